// This file defines q 4.1's patterns — the left side of a pattern
// assignment `(b;c):2 3`, a lambda parameter `{[(a;b);c]...}` and the
// patterns of the conditional `:[v;p1;r1;...]` — and turns the expression
// the parser read into one.

package syntax

import (
	"strings"

	"qgo/interp/k"
)

// A pattern is one of:
//
//   - nil, the null pattern, which matches anything (an elided item or
//     parameter, or `::`);
//   - a *Const, which matches a value equal to it (`~`), else 'match;
//   - a *PatName, *PatList, *PatDict, *PatOp or *PatCheck.

// PatName is a name pattern: it binds Name to the matched value, or, with
// Index (`(a[1]):4`, `(x where x=0W):0N`), amends the name at the index.
type PatName struct {
	P     int
	Name  string
	Index []Node // nil unless indexed; the indices are values, not patterns
}

// PatList is a list pattern `(p1;p2;...)`: it matches a list (or a table)
// of as many items ('length otherwise), item by item. A nil item is the
// null pattern: the item must exist but is not looked at.
type PatList struct {
	P     int
	Items []Node
}

// PatDict is a dictionary pattern `1 2!(one;two)` or `([four:d])`: every
// key of Keys must be in the matched dictionary ('match otherwise), and
// Val is matched with the values at Keys (its items, one per key, when
// Keys is a list). Val nil only checks that the keys exist. KeyPos holds,
// for each key of a list Keys, the position of its value's pattern, where
// a missing key is reported; it may be nil.
type PatDict struct {
	P      int
	Keys   k.Value
	Val    Node
	KeyPos []int
}

// PatOp is an operator pattern. With Op "!" (`(a!b)`, `(a!)`) it matches
// a dictionary, its key with L and its value with R; with Op "flip"
// (`(flip([a;b]))`, and a table pattern `([]cc:e)`) it matches a table,
// flipped into a dictionary, with R. L and R may be nil.
type PatOp struct {
	P    int
	Op   string
	L, R Node
}

// PatCheck checks or transforms the value before matching it with Pat:
// a type check `p:`f` (Type is the type letter: lower case for an atom,
// upper case for a list; 'type on a mismatch), or a filter `p:expr` (F is
// the expression of a function, applied to the value; Type is 0).
type PatCheck struct {
	P    int
	Pat  Node
	Type byte
	F    Node
}

// Pos implementations.
func (n *PatName) Pos() int  { return n.P }
func (n *PatList) Pos() int  { return n.P }
func (n *PatDict) Pos() int  { return n.P }
func (n *PatOp) Pos() int    { return n.P }
func (n *PatCheck) Pos() int { return n.P }

func (*PatName) node()  {}
func (*PatList) node()  {}
func (*PatDict) node()  {}
func (*PatOp) node()    {}
func (*PatCheck) node() {}

// PatternNames lists the names a pattern binds without an index, in
// source order: the names that become locals when it is inside a lambda.
func PatternNames(p Node) []string {
	var names []string
	var walk func(p Node)
	walk = func(p Node) {
		switch p := p.(type) {
		case *PatName:
			if p.Index == nil {
				names = append(names, p.Name)
			}
		case *PatList:
			for _, it := range p.Items {
				walk(it)
			}
		case *PatDict:
			walk(p.Val)
		case *PatOp:
			walk(p.L)
			walk(p.R)
		case *PatCheck:
			walk(p.Pat)
		}
	}
	walk(p)
	return names
}

// pattern turns the expression n, read where a pattern is expected, into
// a pattern, failing with 'assign on what cannot be one.
func (p *parser) pattern(n Node) Node {
	switch n := n.(type) {
	case nil:
		return nil
	case *Const:
		return n
	case *Ident:
		return &PatName{P: n.P, Name: n.Name}
	case *Op:
		if n.Name == "::" {
			return nil
		}
	case *Paren:
		return p.pattern(n.X)
	case *List:
		l := &PatList{P: n.P, Items: make([]Node, len(n.Items))}
		for i, it := range n.Items {
			l.Items[i] = p.pattern(it)
		}
		return l
	case *Apply:
		if id, ok := n.F.(*Ident); ok {
			if id.Name == "flip" && len(n.Args) == 1 {
				return &PatOp{P: n.P, Op: "flip", R: p.pattern(n.Args[0])}
			}
			return &PatName{P: id.P, Name: id.Name, Index: n.Args}
		}
	case *Monad:
		if id, ok := n.F.(*Ident); ok {
			if id.Name == "flip" {
				return &PatOp{P: n.P, Op: "flip", R: p.pattern(n.X)}
			}
			return &PatName{P: id.P, Name: id.Name, Index: []Node{n.X}}
		}
	case *Dyad:
		if op, ok := n.F.(*Op); ok && op.Name == "!" {
			if c, ok := unparen(n.L).(*Const); ok {
				d := &PatDict{P: n.P, Keys: c.V, Val: p.pattern(n.R)}
				if l, ok := n.R.(*List); ok && c.V.Type() >= 0 && len(l.Items) == c.V.Len() {
					d.KeyPos = make([]int, len(l.Items))
					for i, it := range l.Items {
						d.KeyPos[i] = l.P
						if it != nil {
							d.KeyPos[i] = it.Pos()
						}
					}
				}
				return d
			}
			return &PatOp{P: n.P, Op: "!", L: p.pattern(n.L), R: p.pattern(n.R)}
		}
	case *Table:
		return p.tablePattern(n)
	case *Assign:
		switch {
		case n.Pattern != nil:
			return patCheck(n.P, n.Pattern, n.X)
		case n.Op == nil && !n.Global:
			return patCheck(p.colonBefore(n.X), &PatName{P: n.P, Name: n.Name, Index: n.Index}, n.X)
		}
	case *Return:
		return patCheck(n.P, nil, n.X)
	}
	p.fail(n.Pos(), "assign")
	return nil
}

func unparen(n Node) Node {
	for {
		pn, ok := n.(*Paren)
		if !ok {
			return n
		}
		n = pn.X
	}
}

// patCheck makes the check `pat:x`, whose colon is at pos: a type check
// when x is a one-letter symbol naming a type, else a filter.
func patCheck(pos int, pat, x Node) Node {
	if c, ok := x.(*Const); ok {
		if s, ok := c.V.(k.Atom[string]); ok && len(s.V) == 1 && s.V != " " &&
			strings.Contains(typeChars, strings.ToLower(s.V)) {
			return &PatCheck{P: pos, Pat: pat, Type: s.V[0]}
		}
	}
	return &PatCheck{P: pos, Pat: pat, F: x}
}

// colonBefore is the position of the colon before the expression x (of
// an assignment), or x's own position if blanks alone do not separate
// them.
func (p *parser) colonBefore(x Node) int {
	i := x.Pos() - 1
	for i >= 0 && isBlank(p.src[i]) {
		i--
	}
	if i >= 0 && p.src[i] == ':' {
		return i
	}
	return x.Pos()
}

// tablePattern turns a table literal into a pattern: `([k:p])` is a
// dictionary pattern, `([]c:p)` a table one, and `([k:p]c:q)` a keyed
// table one (a dictionary of two tables).
func (p *parser) tablePattern(t *Table) Node {
	delete(p.holes, t)
	switch {
	case t.Keys == nil:
		return &PatOp{P: t.P, Op: "flip", R: p.dictPattern(t.P, t.Cols)}
	case len(t.Cols) == 0:
		return p.dictPattern(t.P, t.Keys)
	}
	return &PatOp{P: t.P, Op: "!",
		L: &PatOp{P: t.P, Op: "flip", R: p.dictPattern(t.P, t.Keys)},
		R: &PatOp{P: t.P, Op: "flip", R: p.dictPattern(t.P, t.Cols)}}
}

// dictPattern makes the dictionary pattern of named columns: keys the
// names, values the column patterns (a hole, `k:`, is the null pattern).
func (p *parser) dictPattern(pos int, cs []Col) Node {
	keys := make([]string, len(cs))
	vals := &PatList{P: pos, Items: make([]Node, len(cs))}
	at := make([]int, len(cs))
	for i, c := range cs {
		if c.Name == "" {
			p.fail(c.X.Pos(), "assign")
		}
		keys[i] = c.Name
		vals.Items[i] = p.pattern(c.X)
		at[i] = c.X.Pos()
	}
	return &PatDict{P: pos, Keys: k.Syms(keys...), Val: vals, KeyPos: at}
}

// patternAssign parses the rest of a pattern assignment `(...):x` whose
// parenthesised left side n has been read and whose `:` is next.
func (p *parser) patternAssign(n Node, st stops) Node {
	a := &Assign{P: p.next().pos, Pattern: p.pattern(n)}
	if a.Pattern == nil {
		p.fail(n.Pos(), "assign") // the null pattern cannot stand alone
	}
	if a.X = p.expr(st); a.X == nil {
		p.fail(p.peek().pos, "parse")
	}
	return a
}

// params parses a lambda's parameter list `[a;b]`, `[(a;b);c]`,
// `[x:`j]` or `[x;]` into f's Params and Patterns.
func (p *parser) params(f *Lambda) {
	br := p.peek()
	items := p.args()
	f.Params = make([]string, len(items))
	if len(items) > 8 {
		pos := br.pos
		if items[8] != nil {
			pos = items[8].Pos()
		}
		p.fail(pos, "params")
	}
	for i, it := range items {
		switch it := it.(type) {
		case nil:
		case *Ident:
			if strings.Contains(it.Name, ".") {
				p.fail(it.P, "parse")
			}
			f.Params[i] = it.Name
		default:
			pat := p.pattern(it)
			if pn, ok := pat.(*PatName); ok {
				if pn.Index != nil || strings.Contains(pn.Name, ".") {
					p.fail(it.Pos(), "parse")
				}
				f.Params[i] = pn.Name
				continue
			}
			if c, ok := pat.(*PatCheck); ok {
				if pn, ok := c.Pat.(*PatName); ok && pn.Index == nil {
					f.Params[i] = pn.Name
				}
			}
			if f.Patterns == nil {
				f.Patterns = make([]Node, len(items))
			}
			f.Patterns[i] = pat
		}
	}
}

// patternCond makes the pattern conditional `:[v;p1;r1;...;rd]` of its
// bracketed arguments: every other one after the value is a pattern.
func (p *parser) patternCond(pos int, args []Node) Node {
	for i := 1; i < len(args)-1; i += 2 {
		args[i] = p.pattern(args[i])
	}
	return &Cond{P: pos, Kind: ":", Args: args}
}
