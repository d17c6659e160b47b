// This file maps primitives to the one-byte codes kdb+ gives them on the
// wire (types 101, 102 and 103), and q keywords to the primitives q.k
// defines them as.

package k

import (
	"strings"
	"sync"
)

// Sources for the byte codes. The three tables below agree, index for
// index, across three independent public clients that decode kdb+
// functions: Studio for kdb+ (studio.kdb.K.UnaryPrimitive/BinaryPrimitive,
// which adds binr cov cor), the Rust client "kola" (Q_UNARY_PRIMITIVES,
// Q_BINARY_PRIMITIVES, Q_TERNARY_PRIMITIVES) and a Go client's unaryops /
// binaryops / ternaryops. The only byte pinned by KX's own documentation is
// 101 0 for `::` (docs/basics/ipc.md). The keyword aliases come from q.k
// (kdb+ 4.0): neg:-:, count:#:, sums:+\ and so on.

// unaryPrims are the primitives of type 101 by code.
var unaryPrims = [...]string{
	"::", "+:", "-:", "*:", "%:", "&:", "|:", "^:", "=:", "<:", ">:", "$:", ",:", "#:", "_:", "~:",
	"!:", "?:", "@:", ".:", "0::", "1::", "2::", "avg", "last", "sum", "prd", "min", "max", "exit",
	"getenv", "abs", "sqrt", "log", "exp", "sin", "asin", "cos", "acos", "tan", "atan", "enlist",
}

// binaryPrims are the primitives of type 102 by code.
var binaryPrims = [...]string{
	":", "+", "-", "*", "%", "&", "|", "^", "=", "<", ">", "$", ",", "#", "_", "~", "!", "?", "@",
	".", "0:", "1:", "2:", "in", "within", "like", "bin", "ss", "insert", "wsum", "wavg", "div",
	"xexp", "setenv", "binr", "cov", "cor",
}

// iterPrims are the iterators as values (type 103) by code. Only the
// first three are attested; each-prior, each-right and each-left as bare
// values are not encoded.
var iterPrims = [...]string{"'", "/", "\\"}

// unaryAlias gives the q keywords that q.k defines as a unary primitive.
var unaryAlias = map[string]string{
	"flip": "+:", "neg": "-:", "first": "*:", "reciprocal": "%:", "where": "&:", "reverse": "|:",
	"null": "^:", "group": "=:", "string": "$:", "count": "#:", "floor": "_:", "not": "~:",
	"key": "!:", "distinct": "?:", "type": "@:", "value": ".:", "get": ".:", "read0": "0::",
	"read1": "1::", "hclose": ">:", "hdel": "~:",
}

// binaryAlias gives the q keywords that q.k defines as an operator.
var binaryAlias = map[string]string{"and": "&", "or": "|", "mmu": "$", "lsq": "!"}

// derivedAlias gives the q keywords that q.k defines as an operator with
// an iterator: sums:+\ and the like.
var derivedAlias = map[string]struct {
	t  Type
	op string
}{
	"sums": {FScan, "+"}, "prds": {FScan, "*"}, "mins": {FScan, "&"}, "maxs": {FScan, "|"},
	"fills": {FScan, "^"}, "deltas": {FPrior, "-"}, "ratios": {FPrior, "%"}, "prev": {FPrior, ":"},
	"raze": {FOver, ","},
}

// primCode is a primitive's wire type and code.
type primCode struct {
	t    Type
	code byte
}

// primCodes maps a primitive's name to its wire type and code; made when
// a primitive first goes on the wire, not at every start.
var primCodes = sync.OnceValue(func() map[string]primCode {
	m := make(map[string]primCode, len(unaryPrims)+len(binaryPrims)+len(iterPrims))
	for i, n := range unaryPrims {
		m[n] = primCode{FU, byte(i)}
	}
	for i, n := range binaryPrims {
		if _, dup := m[n]; !dup {
			m[n] = primCode{FB, byte(i)}
		}
	}
	for i, n := range iterPrims {
		m["iter"+n] = primCode{FA, byte(i)}
	}
	return m
})

// primWire gives the wire form of primitive p: its type and code, or a
// derived function for keywords such as sums. ok is false when kdb+ has no
// primitive for it (q.k defines it as a lambda).
func primWire(p *Prim) (t Type, code byte, derived *Derived, ok bool) {
	name := p.Name
	if p.T == FA {
		c, ok := primCodes()["iter"+name]
		return c.t, c.code, nil, ok
	}
	if p.T == FU {
		if a, ok := unaryAlias[name]; ok {
			name = a
		}
		if d, ok := derivedAlias[name]; ok {
			return 0, 0, &Derived{T: d.t, F: &Prim{T: FB, Name: d.op}}, true
		}
		if c, ok := primCodes()[name]; ok && c.t == FU {
			return FU, c.code, nil, true
		}
		// a binary glyph used as a unary value, e.g. (#) applied to one
		// argument, is still the operator
		if c, ok := primCodes()[name]; ok && c.t == FB {
			return FB, c.code, nil, true
		}
		return 0, 0, nil, false
	}
	if a, ok := binaryAlias[name]; ok {
		name = a
	}
	if c, ok := primCodes()[name]; ok {
		if c.t == FB || name == "::" {
			return c.t, c.code, nil, true
		}
	}
	// a keyword the interpreter holds as an operator but kdb+ has as a
	// unary primitive (e.g. enlist, sum): emit the unary code
	if c, ok := primCodes()[name]; ok {
		return c.t, c.code, nil, true
	}
	if a, ok := unaryAlias[name]; ok {
		c := primCodes()[a]
		return c.t, c.code, nil, true
	}
	return 0, 0, nil, false
}

// primFromWire makes the primitive with wire type t and code c, or
// reports that the code is unknown.
func primFromWire(t Type, c byte) (*Prim, bool) {
	switch t {
	case FU:
		if int(c) < len(unaryPrims) {
			return &Prim{T: FU, Name: unaryPrims[c]}, true
		}
	case FB:
		if int(c) < len(binaryPrims) {
			return &Prim{T: FB, Name: binaryPrims[c]}, true
		}
	case FA:
		if int(c) < len(iterPrims) {
			return &Prim{T: FA, Name: iterPrims[c]}, true
		}
	}
	return nil, false
}

// KeywordRank gives the number of arguments the keyword primitive p takes;
// the interpreter sets it. Unset, a unary primitive takes one and any
// other two.
var KeywordRank func(p *Prim) int

// keywordLambda is the source of the lambda that stands for keyword p on
// the wire when kdb+ has no primitive code for it: {system x},
// {set[x;y]}, {ssr[x;y;z]}, {[a;b;c;d]f[a;b;c;d]} beyond three arguments. ok is
// false when p is not named by a keyword.
func keywordLambda(p *Prim) (string, bool) {
	name := p.Name
	if name == "" || !isKeywordName(name) {
		return "", false
	}
	r := 2
	if p.T == FU {
		r = 1
	}
	if KeywordRank != nil {
		r = KeywordRank(p)
	}
	switch {
	case r <= 1:
		return "{" + name + " x}", true
	case r == 2:
		return "{" + name + "[x;y]}", true
	case r == 3:
		return "{" + name + "[x;y;z]}", true
	}
	if r > 8 {
		return "", false // no lambda takes more than eight
	}
	params := strings.Split("a;b;c;d;e;f;g;h", ";")[:r]
	args := strings.Join(params, ";")
	return "{[" + args + "]" + name + "[" + args + "]}", true
}

// isKeywordName reports whether s is a name (letters, digits, a dot or
// an underscore, starting with a letter or a dot), as keywords and the
// functions of .q and .Q are named.
func isKeywordName(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c == '.':
		case (c >= '0' && c <= '9' || c == '_') && i > 0:
		default:
			return false
		}
	}
	return true
}
