// This file defines the constraints of a where phrase that a column's
// attribute answers without reading the column: `c=x` and `c in x`, where
// c has the grouped or parted attribute (its index, interp/k/group.go) or
// the sorted one (a binary search), and x names no column.

package interp

import (
	"slices"
	"sort"

	"qgo/interp/k"
	"qgo/interp/prim"
	"qgo/interp/syntax"
)

// wherePick is a constraint of the form col=x or col in x.
type wherePick struct {
	col  string
	in   bool
	rhs  func(f *frame) k.Value // x, evaluated in the query's frame
	refs []string               // the names x reads
}

// pickOf gives the pick of a where constraint written in a template, or
// nil when it has another form.
func (in *Interp) pickOf(w syntax.Node) *wherePick {
	d, ok := w.(*syntax.Dyad)
	if !ok || d.R == nil {
		return nil
	}
	col, ok := d.L.(*syntax.Ident)
	if !ok || hasDot(col.Name) {
		return nil
	}
	p := &wherePick{col: col.Name}
	switch op := d.F.(type) {
	case *syntax.Op:
		if op.Name != "=" {
			return nil
		}
	case *syntax.Ident:
		if op.Name != "in" {
			return nil
		}
		p.in = true
	default:
		return nil
	}
	r := d.R
	p.refs = identRefs(r)
	p.rhs = func(f *frame) k.Value { return in.eval(r, f) }
	return p
}

// pickTree gives the pick of a where constraint given as a parse tree
// (the functional form), or nil.
func (in *Interp) pickTree(c k.Value) *wherePick {
	l, ok := c.(*k.List)
	if !ok || len(l.V) != 3 {
		return nil
	}
	op, ok := l.V[0].(*k.Prim)
	if !ok || op.Name != "=" && op.Name != "in" {
		return nil
	}
	col, ok := l.V[1].(k.Atom[string])
	if !ok || col.T != -k.KS || hasDot(col.V) {
		return nil
	}
	r := l.V[2]
	return &wherePick{col: col.V, in: op.Name == "in", refs: treeRefs(r),
		rhs: func(f *frame) k.Value { return in.evalTree(r, f) }}
}

// pickRows gives the rows of t, ascending, that the pick keeps among rows
// (all of t's when rows is nil); ok is false when the column has no
// attribute that answers it, or x names a column, and the constraint is
// then evaluated as any other; or when x, evaluated here, is of no type
// the attribute answers: then x is given, so that the constraint is
// applied to it (keep) rather than evaluating x again.
func (in *Interp) pickRows(p *wherePick, t *k.Table, rows []int64, f *frame) (pos []int64, x k.Value, ok bool) {
	j := slices.Index(t.Cols.V, p.col)
	if j < 0 || !answers(t.Data[j]) {
		return nil, nil, false
	}
	for _, r := range p.refs {
		if r == "i" || slices.Contains(t.Cols.V, r) {
			return nil, nil, false
		}
	}
	x = p.rhs(f)
	if pos, ok = attrRows(t.Data[j], x, p.in); !ok {
		return nil, x, false
	}
	if rows == nil {
		return pos, nil, true
	}
	return intersect(rows, pos), nil, true
}

// keep is the constraint col=x or col in x applied to x, its right side
// already evaluated, over the column's items at rows (nil: all).
func (in *Interp) keep(p *wherePick, t *k.Table, rows []int64, x k.Value) k.Value {
	col := t.Data[slices.Index(t.Cols.V, p.col)]
	if rows != nil {
		col = prim.Index(col, k.Longs(rows...))
	}
	if p.in {
		return in.dyad("in", col, x)
	}
	return in.dyad("=", col, x)
}

// answers reports whether column c has an attribute that answers picks.
func answers(c k.Value) bool {
	switch v := c.(type) {
	case *k.Vec[int64]:
		return k.Indexable(v) || v.A == k.AttrS
	case *k.Vec[string]:
		return k.Indexable(v) || v.A == k.AttrS
	case *k.Vec[int32]:
		return k.Indexable(v) || v.A == k.AttrS
	case *k.Vec[int16]:
		return k.Indexable(v) || v.A == k.AttrS
	case *k.Vec[uint8]:
		return k.Indexable(v) || v.A == k.AttrS
	case *k.Vec[k.GUID]:
		return k.Indexable(v)
	}
	return false
}

// attrRows gives the positions in c, ascending and a slice of their
// own, of the atom x (c=x), or of any item of x (c in x); ok is false
// unless x is an atom of c's type (or, with in, an atom or vector of it).
func attrRows(c, x k.Value, in bool) ([]int64, bool) {
	switch v := c.(type) {
	case *k.Vec[int64]:
		return lookupVec(v, x, in)
	case *k.Vec[string]:
		return lookupVec(v, x, in)
	case *k.Vec[int32]:
		return lookupVec(v, x, in)
	case *k.Vec[int16]:
		return lookupVec(v, x, in)
	case *k.Vec[uint8]:
		return lookupVec(v, x, in)
	case *k.Vec[k.GUID]:
		return lookupVec(v, x, in)
	}
	return nil, false
}

func lookupVec[E k.Elem](c *k.Vec[E], x k.Value, in bool) ([]int64, bool) {
	var keys []E
	switch xv := x.(type) {
	case k.Atom[E]:
		if xv.T != -c.T {
			return nil, false
		}
		keys = []E{xv.V}
	case *k.Vec[E]:
		if !in || xv.T != c.T {
			return nil, false
		}
		keys = xv.V
	default:
		return nil, false
	}
	var parts [][]int64
	n := 0
	var seen map[E]bool // x in a list repeating an item keeps each row once
	if len(keys) > 1 {
		seen = make(map[E]bool, len(keys))
	}
	for _, key := range keys {
		if seen != nil {
			if seen[key] {
				continue
			}
			seen[key] = true
		}
		var pos []int64
		if k.Indexable(c) {
			pos, _ = k.Positions(c, key)
		} else {
			pos = sortedRange(c.V, key)
		}
		if len(pos) > 0 {
			parts = append(parts, pos)
			n += len(pos)
		}
	}
	out := make([]int64, 0, n)
	for _, p := range parts {
		out = append(out, p...)
	}
	if len(parts) > 1 {
		slices.Sort(out)
	}
	return out, true
}

// sortedRange is the positions of key in the ascending items s (`s#).
func sortedRange[E k.Elem](s []E, key E) []int64 {
	lo := sort.Search(len(s), func(i int) bool { return !elemLess(s[i], key) })
	hi := lo
	for hi < len(s) && s[hi] == key {
		hi++
	}
	pos := make([]int64, hi-lo)
	for i := range pos {
		pos[i] = int64(lo + i)
	}
	return pos
}

// intersect gives the rows of a that are in b, both ascending.
func intersect(a, b []int64) []int64 {
	out := make([]int64, 0, min(len(a), len(b)))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			out = append(out, a[i])
			i++
			j++
		}
	}
	return out
}
