// This file dispatches primitives: the pure ones in package prim, and the
// ones that need the evaluator (apply, amend, trap, iterators as keywords,
// internal functions); value, key and set are in value.go.

package interp

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"qgo/interp/format"
	"qgo/interp/handle"
	"qgo/interp/k"
	"qgo/interp/prim"
	"qgo/interp/syntax"
)

// coreVerbs registers this file's verbs (verbtab.go calls it).
func coreVerbs(t *verbTable) {
	monads := map[string]func(in *Interp, x k.Value) k.Value{
		"value":  (*Interp).get,
		"get":    (*Interp).get,
		".":      (*Interp).get,
		"string": (*Interp).str,
		"$":      (*Interp).str,
		"show":   (*Interp).show,
		"system": (*Interp).systemFn,
		"exit":   (*Interp).exit,
		"key":    (*Interp).keyword,
		"!":      (*Interp).key,
		"count":  (*Interp).count,
		"'":      func(in *Interp, f k.Value) k.Value { return &k.Derived{T: k.FEach, F: f} },
	}
	for _, name := range sortedKeys(monads) {
		t.monad(name, monads[name])
	}
	dyads := map[string]func(in *Interp, x, y k.Value) k.Value{
		"@": func(in *Interp, x, y k.Value) k.Value { return in.apply(x, []k.Value{y}) },
		".": func(in *Interp, x, y k.Value) k.Value { return in.apply(x, k.ArgItems(y)) },
		"!": (*Interp).bang,
		"each": func(in *Interp, f, x k.Value) k.Value {
			return in.applyDerived(&k.Derived{T: k.FEach, F: f}, []k.Value{x})
		},
		"over": func(in *Interp, f, x k.Value) k.Value {
			return in.applyDerived(&k.Derived{T: k.FOver, F: f}, []k.Value{x})
		},
		"scan": func(in *Interp, f, x k.Value) k.Value {
			return in.applyDerived(&k.Derived{T: k.FScan, F: f}, []k.Value{x})
		},
		"prior": func(in *Interp, f, x k.Value) k.Value {
			return in.applyDerived(&k.Derived{T: k.FPrior, F: f}, []k.Value{x})
		},
		"peach": (*Interp).peach,
		"set":   (*Interp).set,
		"deltas": func(in *Interp, x, y k.Value) k.Value {
			return in.eachPrior(&k.Prim{T: k.FB, Name: "-"}, []k.Value{x, y}) // x deltas y seeds with x
		},
		"prev": func(in *Interp, x, y k.Value) k.Value {
			// prev is an Each Prior (type 109h, basics/datatypes.md): x prev y
			// seeds it with x, so the first item's predecessor is x
			return in.eachPrior(&k.Prim{T: k.FB, Name: ":"}, []k.Value{x, y})
		},
		"'": func(in *Interp, f, g k.Value) k.Value { return compose(f, g) },
		":": func(in *Interp, x, y k.Value) k.Value { return y },
	}
	for _, name := range sortedKeys(dyads) {
		t.dyad(name, dyads[name])
	}
	t.internal(k.NJ, func(in *Interp, x k.Value) k.Value {
		fmt.Fprintln(in.out, in.reprOf(x))
		return x
	})
	t.triad("ssr", func(in *Interp, x, y, z k.Value) k.Value {
		return prim.Ssr(x, y, z, func(f, m k.Value) k.Value { return in.apply(f, []k.Value{m}) })
	})
	t.internal(-2, func(in *Interp, x k.Value) k.Value { return prim.AttrOf(x) }) // replaced by attr
	t.internal(-3, func(in *Interp, x k.Value) k.Value { return k.Str(in.reprOf(x)) })
	t.internal(-27, fixedFloat)
}

// glyphs are the operators written as symbols; as nouns they are binary
// primitives (type 102).
const glyphs = "+-*%!&|<>=~,^#_$?@.:"

// iterGlyphs are the characters iterators are written with (' / \).
const iterGlyphs = "'/\\"

// opValue is the function value of an operator glyph. A glyph with a
// colon (`|:`, `#:`) is its unary form.
func opValue(name string) k.Value {
	if name == "::" {
		return k.Identity
	}
	if n := len(name); n > 0 && name[0] < 128 && (n == 1 || n == 2 && name[1] == ':') {
		if p := opValues[n-1][name[0]]; p != nil {
			return p // made once: x+:y looks + up at every step
		}
	}
	return &k.Prim{T: opType(name), Name: name}
}

// opValues are the values of the glyph operators, c and c: for each
// character c of glyphs, made once and never changed.
var opValues = func() (t [2][128]*k.Prim) {
	for _, c := range []byte(glyphs) {
		for i, name := range []string{string(c), string(c) + ":"} {
			if name != "::" {
				t[i][c] = &k.Prim{T: opType(name), Name: name}
			}
		}
	}
	return t
}()

// opType is the type of opValue(name) for a name other than ::.
func opType(name string) k.Type {
	if len(name) == 2 && name[1] == ':' && strings.IndexByte(glyphs, name[0]) >= 0 && name != "::" {
		return k.FU
	}
	switch name {
	case "'", "/", "\\", "':", "/:", "\\:":
		return k.FA // an iterator itself
	}
	return k.FB
}

// isBuiltin reports whether name is a keyword with a native primitive.
func isBuiltin(name string) bool {
	if name == "" || strings.ContainsAny(name[:1], glyphs+iterGlyphs) {
		return false
	}
	return verbs.id(name) > 0
}

// resWords are q's .Q.res: the control words and keywords of k.
var resWords = []string{
	"abs", "acos", "asin", "atan", "avg", "bin", "binr", "cor", "cos", "cov", "delete", "dev", "div",
	"do", "enlist", "exec", "exit", "exp", "getenv", "hopen", "if", "in", "insert", "last", "like",
	"log", "max", "min", "prd", "select", "setenv", "sin", "sqrt", "ss", "sum", "tan", "update",
	"var", "wavg", "while", "within", "wsum", "xexp",
}

// reservedWord reports whether name is a word of .Q.res or a name of the
// .q namespace (resWords and qWords): the words user code may not assign
// at the root, and that always mean the keyword. It is a switch, which
// the compiler lays out as a search among constants, where a map of the
// same words would be built at every start (a tenth of a million
// instructions); TestReservedWords keeps the two lists and it equal.
func reservedWord(name string) bool {
	switch name {
	case "abs", "acos", "aj", "aj0", "ajf", "ajf0", "all", "and", "any", "asc", "asin", "asof", "atan",
		"attr", "avg", "avgs", "bin", "binr", "ceiling", "cols", "cor", "cos", "count", "cov", "cross",
		"csv", "cut", "delete", "deltas", "desc", "dev", "differ", "distinct", "div", "do", "dsave",
		"each", "ej", "ema", "enlist", "eval", "except", "exec", "exit", "exp", "fby", "fills", "first",
		"fkeys", "flip", "floor", "get", "getenv", "group", "gtime", "hclose", "hcount", "hdel", "hopen",
		"hsym", "iasc", "idesc", "if", "ij", "ijf", "in", "insert", "inter", "inv", "key", "keys",
		"last", "like", "lj", "ljf", "load", "log", "lower", "lsq", "ltime", "ltrim", "mavg", "max",
		"maxs", "mcount", "md5", "mdev", "med", "meta", "min", "mins", "mmax", "mmin", "mmu", "mod",
		"msum", "neg", "next", "not", "null", "or", "over", "parse", "peach", "pj", "prd", "prds",
		"prev", "prior", "rand", "rank", "ratios", "raze", "read0", "read1", "reciprocal", "reval",
		"reverse", "rload", "rotate", "rsave", "rtrim", "save", "scan", "scov", "sdev", "select", "set",
		"setenv", "show", "signum", "sin", "sqrt", "ss", "ssr", "string", "sublist", "sum", "sums", "sv",
		"svar", "system", "tables", "tan", "til", "trim", "type", "uj", "ujf", "ungroup", "union",
		"update", "upper", "upsert", "value", "var", "view", "views", "vs", "wavg", "where", "while",
		"within", "wj", "wj1", "wsum", "ww", "xasc", "xbar", "xcol", "xcols", "xdesc", "xexp", "xgroup",
		"xkey", "xlog", "xprev", "xrank":
		return true
	}
	return false
}

// parseQ parses q source, whose reserved words are isReserved's.
func parseQ(src string) (syntax.Node, error) { return syntax.ParseIn(src, isReserved) }

// isReserved reports whether name is one of q's reserved words and has a
// native primitive here. Other primitives qgo names internally (find,
// drop, take) are free for user code to define.
func isReserved(name string) bool {
	return reservedWord(name) && isBuiltin(name)
}

// builtinValue is the function value of a keyword, or nil.
func builtinValue(name string) k.Value {
	if !isBuiltin(name) {
		return nil
	}
	if name == "upsert" {
		// q.k defines upsert as .[;();,;], and so it prints and matches
		// (docs/wp/permissions: (.[;();,;])~first parse"`t upsert x")
		return &k.Proj{F: &k.Prim{T: k.FB, Name: "."}, Args: []k.Value{nil, k.NewList(), &k.Prim{T: k.FB, Name: ","}, nil}}
	}
	v := verbNamed(name)
	if v.kform != "" {
		return &k.Prim{T: k.FU, Name: v.kform}
	}
	if v.hasMonad() {
		return &k.Prim{T: k.FU, Name: name, Disp: v.disp}
	}
	return &k.Prim{T: k.FB, Name: name, Disp: v.disp}
}

// kLambdas are the keywords q defines in k, each with that definition,
// which its value prints as.
var kLambdas = [...][2]string{
	{"iasc", "k){$[0h>@x;'`rank;<x]}"},
	{"idesc", "k){$[0h>@x;'`rank;>x]}"},
	{"fby", "k){@[(#y)#x[0]0#x 1;g;:;x[0]'x[1]g:.=y]}"},
	{"each", "k){x'y}"},
	{"til", "k){$[0>@x;!x;'`type]}"},
	{"deltas", "-':"},
	{"xbar", `k){x*y div x:$[16h=abs[@x];"j"$x;x]}`},
}

// kForms are the keywords q implements as the unary form of a glyph; their
// values print, and parse, as that form (`count` is `#:`).
var kForms = map[string]string{
	"neg": "-:", "not": "~:", "count": "#:", "first": "*:", "reciprocal": "%:",
	"where": "&:", "reverse": "|:", "null": "^:", "flip": "+:", "type": "@:",
	"distinct": "?:", "group": "=:", "key": "!:", "value": ".:", "get": ".:",
	"string": "$:", "ltime": "%:", "hclose": ">:", "hdel": "~:",
}

// kFormsAlias are the keywords q.k binds to a glyph another keyword (or
// the glyph's own monad) already names; the glyph's unary form then
// dispatches on its argument (kFormShared).
var kFormsAlias = map[string]bool{"get": true, "ltime": true, "hclose": true, "hdel": true}

// kFormShared are the unary glyphs q.k binds to two keywords, and when the
// second applies: %: of a timestamp or datetime is ltime, reciprocal
// otherwise (docs/ref/reciprocal.md: p gives p, z gives z); ~: of a symbol
// is hdel, not otherwise; >: of an atom is hclose, a grade down otherwise;
// <: of an atom is hopen, a grade up otherwise (docs/basics/funsql.md: iasc
// and hopen were once one, as idesc and hclose; k code such as k4unit's
// still opens files with <`:f), hopen keeping its own monad for the
// (handle;timeout) pair.
var kFormShared = []struct {
	glyph, kw string
	when      func(x k.Value) bool
	glyphOnly bool
}{
	{"%:", "ltime", func(x k.Value) bool { t := x.Type(); return t == k.KP || t == -k.KP || t == k.KZ || t == -k.KZ }, false},
	{"~:", "hdel", func(x k.Value) bool { return x.Type() == -k.KS }, false},
	{">:", "hclose", func(x k.Value) bool { return x.Type() < 0 }, false},
	{"<:", "hopen", func(x k.Value) bool { return x.Type() < 0 }, true},
}

// kFormsRev maps a glyph's unary form back to its keyword.
var kFormsRev = func() map[string]string {
	m := map[string]string{}
	for kw, g := range kForms {
		if !kFormsAlias[kw] {
			m[g] = kw
		}
	}
	return m
}()

// hasDyad reports whether the primitive name has a binary form.
func hasDyad(name string) bool {
	v := verbNamed(name)
	return v != nil && v.hasDyad()
}

// adverbType maps an iterator's spelling to its derived-function type.
func adverbType(a string) k.Type {
	switch a {
	case "'":
		return k.FEach
	case "/":
		return k.FOver
	case "\\":
		return k.FScan
	case "':":
		return k.FPrior
	case "/:":
		return k.FRight
	case "\\:":
		return k.FLeft
	}
	k.Signal("nyi")
	return 0
}

// monad applies the unary form of the primitive name: for a glyph with
// a colon (|:), the unary form of the glyph, or the keyword it is.
func (in *Interp) monad(name string, x k.Value) k.Value {
	if v := verbNamed(name); v != nil {
		return in.monadV(v, x)
	}
	if name == "::" {
		return x
	}
	k.Signal("nyi")
	return nil
}

// dyad applies the binary form of the primitive name.
func (in *Interp) dyad(name string, x, y k.Value) k.Value {
	if v := verbNamed(name); v != nil {
		return in.dyadV(v, x, y)
	}
	k.Signal("nyi")
	return nil
}

// applyPrimN applies @ . ? ! with three or four arguments: amend, trap,
// vector conditional and the functional qSQL forms.
func (in *Interp) applyPrimN(name string, args []k.Value) k.Value {
	switch name {
	case "@":
		if len(args) == 3 && trapTarget(args[0]) {
			return in.trap(args[0], []k.Value{args[1]}, args[2])
		}
		return in.amend(args, false)
	case ".":
		if len(args) == 3 && trapTarget(args[0]) {
			return in.trap(args[0], k.ArgItems(args[1]), args[2])
		}
		return in.amend(args, true)
	case "?":
		if len(args) == 3 {
			switch args[0].Type() {
			case k.XT, k.XD, -k.KS:
				return in.funcSelect(args)
			}
			return in.vcond(args[0], args[1], args[2])
		}
		return in.funcSelect(args)
	case "!":
		return in.funcUpdate(args)
	}
	k.Signal("rank")
	return nil
}

// lambdaGlobals lists the global names a lambda's body refers to, in
// the order they first appear: names that are not its parameters or
// locals, nor keywords, outside any inner lambda (whose globals are its
// own); a query contributes the table it reads from.
func lambdaGlobals(fn *k.Lambda) []string {
	code := codeOf(fn)
	if code == nil || code.node == nil {
		return nil
	}
	own := map[string]bool{}
	for _, l := range code.locals {
		own[l] = true
	}
	for _, p := range fn.Params {
		own[p] = true
	}
	var out []string
	seen := map[string]bool{}
	add := func(name string) {
		if name == "" || own[name] || seen[name] || isBuiltin(name) {
			return
		}
		seen[name] = true
		out = append(out, name)
	}
	root := code.node
	var visit func(n syntax.Node) bool
	visit = func(n syntax.Node) bool {
		switch n := n.(type) {
		case *syntax.Lambda:
			return n == root
		case *syntax.Ident:
			add(n.Name)
		case *syntax.Assign:
			add(n.Name)
		case *syntax.Query:
			syntax.Inspect(n.From, visit)
			return false
		}
		return true
	}
	syntax.Inspect(root, visit)
	return out
}

// opCodes are the operators in the order of their internal codes, which
// value gives for an operator (value each (::;+;-) is 0 1 2).
const opCodes = ":+-*%&|^=<>$,#_~!?@."

// opCode is the internal code of an operator, its unary form (#:) or a
// keyword q defines as one (count is #:).
func opCode(name string) (int64, bool) {
	if g, ok := kForms[name]; ok {
		name = g
	}
	return glyphCode(name)
}

// glyphCode is opCode of a name that is not a keyword with a k form.
func glyphCode(name string) (int64, bool) {
	if name == "::" {
		return 0, true
	}
	if len(name) == 2 && name[1] == ':' {
		name = name[:1]
	}
	if len(name) == 1 {
		if i := strings.IndexByte(opCodes, name[0]); i >= 0 {
			return int64(i), true
		}
	}
	return 0, false
}

// trapTarget reports whether @[x;i;e] and .[x;i;e] trap applying x rather
// than amend it: x is a function, or an atom other than a symbol (a handle
// such as neg h is applied, and whatever that signals is caught), or a
// symbol naming a process (`:host:port, `::port), a handle to a function
// whose application is the one-shot request (docs/ref/apply.md: "a handle
// to one"; docs/ref/hopen.md), so @[`::5001;"x";e] catches a refused
// connection as KX's nano benchmark expects.
func trapTarget(x k.Value) bool {
	t := x.Type()
	if t == -k.KS {
		return isProcessSym(x.(k.Atom[string]).V)
	}
	return k.IsFunc(t) || t < 0
}

// isProcessSym reports whether sym (a symbol's text) addresses a process,
// as hopen reads it (:host:port, ::port, :unix://port, :tcps://host:port),
// rather than a file or a global.
func isProcessSym(sym string) bool {
	if !strings.HasPrefix(sym, ":") {
		return false
	}
	_, ok := handle.Parse(k.S(sym))
	return ok
}

// trap applies f to args; on a q signal it returns h applied to the
// message (or h itself when h is not a function).
func (in *Interp) trap(f k.Value, args []k.Value, h k.Value) (v k.Value) {
	if e := in.catch(func() { v = in.apply(f, args) }); e != nil {
		if k.IsFunc(h.Type()) {
			return in.apply(h, []k.Value{k.Str(e.Msg)})
		}
		return h
	}
	return v
}

// catch runs body and returns the q signal it raised, if any, as a trap
// does: what body signals is caught, not suspended, the depth is put back
// and the trace of its frames dropped. A Go panic goes on up.
func (in *Interp) catch(body func()) (e *k.Error) {
	depth := in.depth
	restore := in.trapping(trapAbort)
	defer func() {
		restore()
		if r := recover(); r != nil {
			err, ok := r.(*k.Error)
			if !ok {
				panic(r)
			}
			in.depth = depth
			if in.sys.traceErr == err {
				in.sys.resetTrace() // caught: its frames' values are not kept
			}
			e = err
		}
	}()
	body()
	return nil
}

// vcond is ?[c;a;b], the vector conditional.
func (in *Interp) vcond(c, a, b k.Value) k.Value {
	cb, ok := c.(*k.Vec[bool])
	if !ok {
		if ab, ok := c.(k.Atom[bool]); ok {
			if ab.V {
				return a
			}
			return b
		}
		k.Signal("type")
	}
	n := len(cb.V)
	if (k.IsList(a) && a.Len() != n) || (k.IsList(b) && b.Len() != n) {
		k.Signal("length")
	}
	if n == 0 {
		// no items: the empty list of the branches' type ("" stays a string)
		for _, src := range []k.Value{a, b} {
			if k.IsList(src) {
				return prim.Take(k.J(0), src)
			}
		}
		return prim.Take(k.J(0), a)
	}
	items := make([]k.Value, n)
	for i, t := range cb.V {
		src := b
		if t {
			src = a
		}
		if k.IsList(src) {
			items[i] = k.At(src, i)
		} else {
			items[i] = src
		}
	}
	return k.Unify(items)
}

// handleWrite applies an integer hv, handle h, as a handle: 1 and 2
// write text to stdout and stderr, -1 and -2 add a newline, 0 evaluates a
// string. A write to the console or a file gives the handle back as it
// was applied (docs/basics/handles.md: `1 "abc\n"` is 1, `h "…"` 3i).
func (in *Interp) handleWrite(hv k.Value, h int64, x k.Value) k.Value {
	if v, ok := in.wsWrite(h, x); ok { // WebSockets: http.go
		return v
	}
	if v, ok := in.ipcWrite(h, x); ok { // connections and handle 0: ipc.go
		return v
	}
	if k.IsIdentity(x) {
		k.Signal("type") // an atom is not applicable
	}
	switch h {
	case 0:
		return in.value(x) // a string, or a list in parse-tree form
	case 1, -1, 2, -2:
		w := in.out
		if h == 2 || h == -2 {
			w = in.errOut
		}
		text := textOf(x)
		if h < 0 {
			text += "\n"
		}
		fmt.Fprint(w, text)
		return hv
	}
	if _, ok := in.fileWrite(h, x); ok {
		return hv
	}
	k.Signal("nyi")
	return nil
}

// textOf is the text of a string, a char, or a list of strings (lines).
func textOf(x k.Value) string {
	switch x := x.(type) {
	case *k.Vec[uint8]:
		if x.T == k.KC {
			return string(x.V)
		}
	case k.Atom[uint8]:
		if x.T == -k.KC {
			return string([]byte{x.V})
		}
	case *k.List:
		k.Nest()
		defer k.Unnest()
		var b strings.Builder
		for i, it := range x.V {
			if i > 0 {
				b.WriteByte('\n')
			}
			b.WriteString(textOf(it))
		}
		return b.String()
	}
	k.Signal("type")
	return ""
}

// bang is `!` as a dyad: an enumeration for a domain's name on the left
// (docs/ref/enumeration.md), internal functions for a non-positive
// integer left argument (`0N!x`, `-3!x`), else prim's dict and key forms.
func (in *Interp) bang(x, y k.Value) k.Value {
	if dom, ok := prim.EnumName(x); ok {
		if r, ok := in.enumFromIndices(dom, y); ok {
			return r // `x!1 2 3 is `x$`b`c`d (enum.go)
		}
	}
	switch a := x.(type) {
	case k.Atom[int64], k.Atom[int32]:
		if n := toInt(a); n < 0 || n == k.NJ || n == int64(k.NI) {
			return in.internal(n, y)
		}
		if name, ok := y.(k.Atom[string]); ok {
			// n!`t keys (or unkeys) the global table t in place
			g := in.qualify(name.V, nil)
			in.checkUpdate() // not from a secondary thread
			in.put(g, prim.Bang(x, in.lookup(name.V, nil)))
			return y
		}
	}
	return prim.Bang(x, y)
}

// internal applies the internal function n!x.
func (in *Interp) internal(n int64, x k.Value) k.Value {
	if n == int64(k.NI) {
		n = k.NJ
	}
	if f, ok := verbs.internals[n]; ok {
		return f(in, x)
	}
	k.Signal("nyi")
	return nil
}

// str is `string`: the text of an atom, or of each item of a list.
func (in *Interp) str(x k.Value) k.Value {
	switch {
	case x.Type() < 0:
		return k.Str(format.String(x, in.opts))
	case x.Type() == k.KJ:
		if v, ok := x.(*k.Vec[int64]); ok {
			return strLongs(v.V, in.opts)
		}
	}
	if buf, ends, ok := format.Strings(x, in.opts); ok {
		return strArena(buf, ends)
	}
	switch {
	case k.IsList(x):
		k.Nest()
		defer k.Unnest()
		k.Reserve(x.Len(), 64) // a string an item: its header and its text
		items := k.Items(x)
		out := make([]k.Value, len(items))
		for i, it := range items {
			in.checkStop() // 'wsfull for strings too many, 'stop
			out[i] = in.str(it)
		}
		return k.NewList(out...)
	case x.Type() == k.XD:
		k.Nest()
		defer k.Unnest()
		d := x.(*k.Dict)
		if d.V.Type() < 0 {
			// keys onto one atom (`a`b!`t): each key's string is the atom's
			s := in.str(d.V)
			vals := make([]k.Value, d.K.Len())
			for i := range vals {
				vals[i] = s
			}
			return &k.Dict{K: d.K, V: k.NewList(vals...)}
		}
		return &k.Dict{K: d.K, V: in.str(d.V)}
	case x.Type() == k.XT:
		t := x.(*k.Table)
		cols := make([]k.Value, len(t.Data))
		for i, c := range t.Data {
			cols[i] = in.str(c)
		}
		return &k.Table{Cols: t.Cols, Data: cols}
	}
	return k.Str(format.Repr(x, in.opts))
}

// show prints the console form of x and returns ::.
func (in *Interp) show(x k.Value) k.Value {
	if text := format.Console(in.displayable(x), in.opts); text != "" {
		fmt.Fprintln(in.out, text)
	}
	return k.Identity
}

// value is `value`/`get`: evaluate a string, look up a symbol, the values
// of a dictionary, or the parts of a function.
// headCell is the global a list's head named when value last applied
// one: the name, the namespace it was qualified in, the qualified name,
// and the global's cell.
type headCell struct {
	name, ctx, g string
	c            *global
}

// fixedFloat is -27!(n;y): float y as a string of n decimal places, IEEE
// rounded and whatever \P says; atomic in y (docs/basics/internal.md).
func fixedFloat(in *Interp, x k.Value) k.Value {
	items := k.Items(x)
	if !k.IsList(x) || len(items) != 2 {
		k.Signal("type")
	}
	n, ok := items[0].(k.Atom[int32])
	if !ok || n.T != -k.KI || n.V < 0 {
		k.Signal("type")
	}
	var one func(y k.Value) k.Value
	one = func(y k.Value) k.Value {
		switch v := y.(type) {
		case k.Atom[float64]:
			if v.T == -k.KF {
				return k.Str(fixedText(v.V, int(n.V)))
			}
		case *k.Vec[float64]:
			if v.T == k.KF {
				out := make([]k.Value, len(v.V))
				for i, f := range v.V {
					out[i] = k.Str(fixedText(f, int(n.V)))
				}
				return k.NewList(out...)
			}
		case *k.List:
			out := make([]k.Value, len(v.V))
			for i, it := range v.V {
				out[i] = one(it)
			}
			return k.NewList(out...)
		}
		k.Signal("type")
		return nil
	}
	return one(items[1])
}

// fixedText is f with n decimals; nulls and infinities as q writes them.
func fixedText(f float64, n int) string {
	switch {
	case math.IsNaN(f):
		return "0n"
	case math.IsInf(f, 1):
		return "0w"
	case math.IsInf(f, -1):
		return "-0w"
	}
	return strconv.FormatFloat(f, 'f', n, 64)
}
