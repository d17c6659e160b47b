// This file defines the sorting primitives asc, desc, iasc, idesc, rank,
// xasc and xdesc, and attr.

package prim

import "qgo/interp/k"

func init() {
	defMonad("asc", Asc)
	defMonad("desc", Desc)
	defMonad("iasc", Iasc)
	defMonad("<", Iasc)
	defMonad("idesc", Idesc)
	defMonad(">", Idesc)
	defMonad("rank", Rank)
	defMonad("attr", AttrOf)
}

// sortable signals 'type unless x is a list, dictionary or table; atoms
// and functions cannot be sorted.
func sortable(x k.Value) {
	if k.IsAtom(x) || !isData(x) {
		k.Signal(k.ErrType)
	}
}

// isSorted reports whether the vector x is already in ascending order.
func isSorted(x k.Value) bool {
	if attrOf(x) == k.AttrS {
		return true
	}
	switch v := x.(type) {
	case *k.Vec[int64]:
		for i := 1; i < len(v.V); i++ {
			if v.V[i] < v.V[i-1] {
				return false
			}
		}
		return true
	case *k.Vec[float64]:
		for i := 1; i < len(v.V); i++ {
			if keyF64(v.V[i]) < keyF64(v.V[i-1]) {
				return false
			}
		}
		return true
	case *k.Vec[int32]:
		for i := 1; i < len(v.V); i++ {
			if v.V[i] < v.V[i-1] {
				return false
			}
		}
		return true
	case *k.Vec[string]:
		for i := 1; i < len(v.V); i++ {
			if v.V[i] < v.V[i-1] {
				return false
			}
		}
		return true
	}
	return false
}

// Asc is `asc x`: the items of x in ascending order (stable, nulls first)
// with the sorted attribute; a dictionary sorts by value; a table by all
// its columns, its first column then being marked sorted (one column) or
// parted.
func Asc(x k.Value) k.Value {
	sortable(x)
	switch v := x.(type) {
	case *k.Dict:
		if isKeyed(v) {
			idx := grade(v.V, false)
			vt := markFirst(gatherList(v.V, idx).(*k.Table))
			return &k.Dict{K: gatherList(v.K, idx), V: vt}
		}
		idx := grade(v.V, false)
		return &k.Dict{K: gatherList(v.K, idx), V: withAttr(gatherList(v.V, idx), k.AttrS)}
	case *k.Table:
		return markFirst(gatherList(v, grade(v, false)).(*k.Table))
	}
	if isSorted(x) {
		// as in q, an argument already in order is marked sorted in place
		// (docs/ref/asc.md: "the application happened in place")
		markSorted(x)
		return x
	}
	if r, ok := sortVals(x, false); ok {
		return withAttr(r, k.AttrS)
	}
	return withAttr(gatherList(x, grade(x, false)), k.AttrS)
}

// markSorted sets the sorted attribute of vector x in place.
func markSorted(x k.Value) {
	switch v := x.(type) {
	case *k.Vec[int64]:
		v.A = k.AttrS
	case *k.Vec[float64]:
		v.A = k.AttrS
	case *k.Vec[int32]:
		v.A = k.AttrS
	case *k.Vec[string]:
		v.A = k.AttrS
	case *k.List:
		v.A = k.AttrS
	}
}

// markFirst marks the first column of a sorted table: sorted if it is the
// only column, parted otherwise.
func markFirst(t *k.Table) *k.Table {
	if len(t.Data) == 0 {
		return t
	}
	a := k.AttrP
	if len(t.Data) == 1 {
		a = k.AttrS
	}
	data := append([]k.Value(nil), t.Data...)
	data[0] = withAttr(data[0], a)
	return &k.Table{Cols: t.Cols, Data: data}
}

// Desc is `desc x`: the items of x in descending order; ties keep their
// order. No attribute is set.
func Desc(x k.Value) k.Value {
	sortable(x)
	switch v := x.(type) {
	case *k.Dict:
		idx := grade(v.V, true)
		return &k.Dict{K: gatherList(v.K, idx), V: gatherList(v.V, idx)}
	case *k.Table:
		return gatherList(v, grade(v, true))
	}
	if r, ok := sortVals(x, true); ok {
		return r
	}
	return gatherList(x, grade(x, true))
}

// Iasc is `iasc x` (`<x`): the indices that sort x ascending; for a
// dictionary, the keys in the order that sorts its values.
func Iasc(x k.Value) k.Value {
	if x.Type() < 0 {
		k.Signal("rank")
	}
	sortable(x)
	if d, ok := x.(*k.Dict); ok {
		return gatherList(d.K, grade(d.V, false))
	}
	return longs(grade(x, false))
}

// Idesc is `idesc x` (`>x`): the indices that sort x descending.
func Idesc(x k.Value) k.Value {
	if x.Type() < 0 {
		k.Signal("rank")
	}
	sortable(x)
	if d, ok := x.(*k.Dict); ok {
		return gatherList(d.K, grade(d.V, true))
	}
	return longs(grade(x, true))
}

// Rank is `rank x`: the position each item of x takes in `asc x`.
func Rank(x k.Value) k.Value {
	sortable(x)
	if _, ok := x.(*k.Dict); ok {
		k.Signal(k.ErrType)
	}
	g := grade(x, false)
	out := make([]int64, len(g))
	for i, j := range g {
		out[j] = int64(i)
	}
	return longs(out)
}

// AttrOf is `attr x`: the attribute of x as a symbol (` for none).
func AttrOf(x k.Value) k.Value {
	return k.S(attrOf(x).String())
}

// Xasc is `x xasc t`: table (or keyed table) t sorted ascending by the
// columns x, stably; the first of them is marked sorted.
func Xasc(x, y k.Value) k.Value { return xsort(x, y, false) }

// Xdesc is `x xdesc t`: t sorted descending by the columns x, stably.
func Xdesc(x, y k.Value) k.Value { return xsort(x, y, true) }

func xsort(x, y k.Value, desc bool) k.Value {
	names := symsOf(x)
	t := unkey(y)
	idx := iota(t.Len())
	for i := len(names) - 1; i >= 0; i-- {
		j := colIndex(t, names[i])
		if j < 0 {
			k.Signal(names[i])
		}
		sub := grade(gatherList(t.Data[j], idx), desc)
		next := make([]int64, len(idx))
		for p, s := range sub {
			next[p] = idx[s]
		}
		idx = next
	}
	out := gatherList(t, idx).(*k.Table)
	if !desc && len(names) > 0 {
		j := colIndex(out, names[0])
		data := append([]k.Value(nil), out.Data...)
		data[j] = withAttr(data[j], k.AttrS)
		out = &k.Table{Cols: out.Cols, Data: data}
	}
	if d, ok := y.(*k.Dict); ok {
		return enkey(d.K.(*k.Table).Cols.Len(), out)
	}
	return out
}
