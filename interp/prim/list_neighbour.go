// This file defines the neighbour primitives, which relate each item of
// a list to the ones beside it: prev, next, xprev, differ and fills, and
// rotate and sublist, which move or cut a list's items by position.

package prim

import (
	"math"

	"qgo/interp/k"
)

// shiftIdx is the indices i-s for i in 0..n-1 (out of range where i-s is).
func shiftIdx(n int, s int64) []int64 {
	idx := make([]int64, n)
	for i := range idx {
		idx[i] = int64(i) - s
		if idx[i] >= int64(n) {
			idx[i] = -1
		}
	}
	return idx
}

// shift gives x moved s places (prev for 1, next for -1), nulls filling.
func shift(x k.Value, s int64) k.Value {
	if k.IsAtom(x) || !isData(x) {
		k.Signal(k.ErrType)
	}
	if d, ok := x.(*k.Dict); ok {
		return &k.Dict{K: d.K, V: shift(d.V, s)}
	}
	var r k.Value
	switch v := x.(type) {
	case *k.Vec[bool]:
		r = shiftVec(v, s)
	case *k.Vec[uint8]:
		r = shiftVec(v, s)
	case *k.Vec[int16]:
		r = shiftVec(v, s)
	case *k.Vec[int32]:
		r = shiftVec(v, s)
	case *k.Vec[int64]:
		r = shiftVec(v, s)
	case *k.Vec[float32]:
		r = shiftVec(v, s)
	case *k.Vec[float64]:
		r = shiftVec(v, s)
	case *k.Vec[string]:
		r = shiftVec(v, s)
	}
	if r != nil {
		return r
	}
	return gatherList(x, shiftIdx(x.Len(), s))
}

// shiftVec is shift for a typed vector: its items copied s places over
// in one move, the places left filled with the null of its type (as an
// index out of range gives it), or nil when v is empty.
func shiftVec[E k.Elem](v *k.Vec[E], s int64) k.Value {
	n := int64(len(v.V))
	if n == 0 {
		return nil
	}
	na, ok := k.Null(v.T).(k.Atom[E])
	if !ok {
		return nil
	}
	null := na.V
	out := make([]E, n)
	var fill []E
	switch {
	case s >= n || -s >= n:
		fill = out
	case s >= 0:
		copy(out[s:], v.V[:n-s])
		fill = out[:s]
	default:
		copy(out[:n+s], v.V[-s:])
		fill = out[n+s:]
	}
	for i := range fill {
		fill[i] = null
	}
	return &k.Vec[E]{T: v.T, V: out}
}

// Prev is `prev x`: each item's predecessor, a null first.
func Prev(x k.Value) k.Value { return shift(x, 1) }

// Next is `next x`: each item's successor, a null last.
func Next(x k.Value) k.Value { return shift(x, -1) }

// Xprev is `x xprev y`: y shifted x places (right for positive x).
func Xprev(x, y k.Value) k.Value {
	n := mustInt(x)
	if n == k.NJ {
		k.Signal(k.ErrType)
	}
	return shift(y, n)
}

// Differ is `differ x`: 1b where an item differs from its predecessor
// (always for the first item).
func Differ(x k.Value) k.Value {
	if k.IsAtom(x) {
		return k.B(true)
	}
	if d, ok := x.(*k.Dict); ok {
		return &k.Dict{K: d.K, V: Differ(d.V)}
	}
	n := x.Len()
	out := make([]bool, n)
	if n > 0 {
		out[0] = true
	}
	switch v := x.(type) {
	case *k.Vec[float64]:
		for i := 1; i < n; i++ {
			a, b := v.V[i-1], v.V[i]
			out[i] = !FloatEq(a, b)
		}
	case *k.Vec[float32]:
		for i := 1; i < n; i++ {
			out[i] = !FloatEq(float64(v.V[i-1]), float64(v.V[i]))
		}
	case *k.Vec[int64]:
		differG(out, v.V)
	case *k.Vec[int32]:
		differG(out, v.V)
	case *k.Vec[int16]:
		differG(out, v.V)
	case *k.Vec[uint8]:
		differG(out, v.V)
	case *k.Vec[bool]:
		differG(out, v.V)
	case *k.Vec[string]:
		differG(out, v.V)
	case *k.Vec[k.GUID]:
		differG(out, v.V)
	case *k.Table:
		for i := 1; i < n; i++ {
			out[i] = !Match(tableRow(v, i-1), tableRow(v, i))
		}
	default:
		if !k.IsList(x) {
			k.Signal(k.ErrType)
		}
		for i := 1; i < n; i++ {
			out[i] = !Match(item(x, i-1), item(x, i))
		}
	}
	return k.Bools(out...)
}

// differG sets out[i] where v[i] differs from v[i-1].
func differG[E comparable](out []bool, v []E) {
	for i := 1; i < len(v); i++ {
		out[i] = v[i-1] != v[i]
	}
}

// Fills is `fills x`: nulls replaced by the preceding non-null item; the
// columns of a table and values of a dictionary are filled one by one.
func Fills(x k.Value) k.Value {
	switch v := x.(type) {
	case *k.Dict:
		return &k.Dict{K: v.K, V: Fills(v.V)}
	case *k.Table:
		cols := make([]k.Value, len(v.Data))
		for i, c := range v.Data {
			cols[i] = Fills(c)
		}
		return &k.Table{Cols: v.Cols, Data: cols}
	case *k.Vec[bool], *k.Vec[uint8]:
		if x.Type() != k.KC {
			return x
		}
		c := v.(*k.Vec[uint8])
		return fillsG(c, func(e uint8) bool { return e == ' ' })
	case *k.Vec[int16]:
		return fillsG(v, func(e int16) bool { return e == k.NH })
	case *k.Vec[int32]:
		return fillsG(v, func(e int32) bool { return e == k.NI })
	case *k.Vec[int64]:
		return fillsG(v, func(e int64) bool { return e == k.NJ })
	case *k.Vec[float32]:
		return fillsG(v, func(e float32) bool { return e != e })
	case *k.Vec[float64]:
		return fillsG(v, math.IsNaN)
	case *k.Vec[string]:
		return fillsG(v, func(e string) bool { return e == "" })
	case *k.Vec[k.GUID]:
		return fillsG(v, func(e k.GUID) bool { return e == k.GUID{} })
	case *k.List:
		k.Nest()
		defer k.Unnest()
		out := make([]k.Value, len(v.V))
		var last k.Value
		for i, it := range v.V {
			if k.IsAtom(it) && k.IsNull(it) && last != nil && last.Type() == it.Type() {
				out[i] = last
				continue
			}
			out[i] = it
			last = it
		}
		return &k.List{V: out}
	}
	return x
}

func fillsG[E k.Elem](v *k.Vec[E], null func(E) bool) k.Value {
	out := make([]E, len(v.V))
	copy(out, v.V)
	for i := 1; i < len(out); i++ {
		if null(out[i]) {
			out[i] = out[i-1]
		}
	}
	return &k.Vec[E]{T: v.T, V: out}
}

// Rotate is `x rotate y`: the items of list or table y rotated x places
// to the left (right for negative x).
func Rotate(x, y k.Value) k.Value {
	n := mustInt(x)
	if k.IsAtom(y) || !isData(y) {
		return y
	}
	if _, ok := y.(*k.Dict); ok {
		k.Signal(k.ErrType)
	}
	c := int64(y.Len())
	if c == 0 {
		return y
	}
	s := n % c
	if s < 0 {
		s += c
	}
	idx := make([]int64, c)
	for i := range idx {
		idx[i] = (int64(i) + s) % c
	}
	return gatherList(y, idx)
}

// Sublist is `x sublist y`: the first (or, for negative x, last) x items
// of y, without the overtake of Take; or for a pair x, x[1] items from
// index x[0].
func Sublist(x, y k.Value) k.Value {
	if n, ok := intAtom(x); ok && (k.IsAtom(y) || k.IsIdentity(y)) {
		// q.k's sublist is x#y only where |x| is below count y, else y
		// itself: an atom, or the :: a function returned, comes back
		if n == 0 {
			return Take(x, y)
		}
		return y
	}
	if !isData(y) || k.IsAtom(y) {
		k.Signal(k.ErrType)
	}
	c := int64(y.Len())
	var lo, hi int64
	if n, ok := intAtom(x); ok {
		if n >= 0 {
			lo, hi = 0, min(n, c)
		} else {
			lo, hi = max(c+n, 0), c
		}
	} else {
		v, ok := intVec(x)
		if !ok || len(v) != 2 {
			k.Signal(k.ErrType)
		}
		if v[0] < 0 || v[1] < 0 {
			k.Signal(k.ErrDomain)
		}
		lo = min(v[0], c)
		hi = lo + min(v[1], c-lo) // not lo+v[1], which 0W overflows
	}
	return sliceList(y, int(lo), int(hi))
}
