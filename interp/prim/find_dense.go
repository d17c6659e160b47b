// This file finds rows and integers fast, for joins: x?y where x is a
// vector of integers whose values span a range not much wider than its
// count (the usual key column: til n, codes, ids) goes through a table
// indexed by value, one load a probe, not a hash map; and a keyed
// table's rows are found by their columns' values (each column found on
// its own, the positions combined into one integer a row), not by
// serialising every row of both tables. `t lj kt` on 10,000,000 rows
// took 2.5 s, nearly all of it serialising and hashing the probe rows.

package prim

import (
	"math"

	"qgo/interp/k"
)

// denseInt is the Go storage of the integer vectors findDense takes.
type denseInt interface{ int16 | int32 | int64 }

// findDense is findG for integer vectors when the values of xs span a
// range of at most about sixteen times their count (and the probes
// justify a table): for each of ys the index of its first occurrence in
// xs, or count xs. ok is false when the range is too wide, which a null
// in xs makes it.
func findDense[E denseInt](xs, ys []E) (out []int64, ok bool) {
	if len(xs) <= 16 || len(ys) <= 8 || len(xs) >= math.MaxInt32 {
		return nil, false
	}
	lo, hi := xs[0], xs[0]
	for _, x := range xs[1:] {
		lo, hi = min(lo, x), max(hi, x)
	}
	span := uint64(int64(hi)) - uint64(int64(lo)) // hi-lo, exact in uint64
	if span > 16*uint64(len(xs))+uint64(len(ys))/2 || span >= 1<<28 {
		return nil, false
	}
	k.Reserve(int(span)+1, 4)
	tab := make([]int32, span+1) // a value's first position plus one; 0 for none
	for i := len(xs) - 1; i >= 0; i-- {
		tab[uint64(int64(xs[i]))-uint64(int64(lo))] = int32(i + 1)
	}
	k.Reserve(len(ys), 8)
	out = make([]int64, len(ys))
	n := int64(len(xs))
	for j, y := range ys {
		out[j] = n
		if d := uint64(int64(y)) - uint64(int64(lo)); d <= span {
			if p := tab[d]; p != 0 {
				out[j] = int64(p - 1)
			}
		}
	}
	return out, true
}

// findTypedRows is t?probe for tables whose columns (probe's in t's
// order) are typed vectors, column for column of one type, not
// enumerations: each column's values are found among t's own, so that
// a row is the positions of its values, which are combined into one
// integer and found among t's rows' combinations. ok is false for other
// columns, or keys too many to combine in 63 bits.
func findTypedRows(t *k.Table, cols []k.Value) ([]int64, bool) {
	if len(t.Data) == 0 || len(cols) != len(t.Data) {
		return nil, false
	}
	for c, col := range t.Data {
		if !plainTyped(col) || !plainTyped(cols[c]) || col.Type() != cols[c].Type() {
			return nil, false
		}
	}
	if len(t.Data) == 1 {
		return findKeys(keyView(t.Data[0]), keyView(cols[0])), true
	}
	n := int64(t.Len())
	// each row's key: its columns' first positions, as digits base n+1
	radix := n + 1
	limit := int64(math.MaxInt64)
	for range t.Data {
		if limit /= radix; limit == 0 {
			return nil, false
		}
	}
	k.Reserve(int(n)+cols[0].Len(), 8)
	keys := make([]int64, n)
	probes := make([]int64, cols[0].Len())
	scale := int64(1)
	for c, col := range t.Data {
		kv := keyView(col)
		own := findKeys(kv, kv)
		at := findKeys(kv, keyView(cols[c]))
		for i, p := range own {
			keys[i] += p * scale
		}
		for i, p := range at {
			if p == n || probes[i] < 0 {
				probes[i] = -1 // a value of no row: no row has it
				continue
			}
			probes[i] += p * scale
		}
		scale *= radix
	}
	out := findKeys(keys, probes)
	for i, p := range probes {
		if p < 0 {
			out[i] = n
		}
	}
	return out, true
}

// plainTyped reports whether x is a typed vector (not a general list, an
// enumeration or a table).
func plainTyped(x k.Value) bool {
	if _, isEnum := x.(*k.Enum); isEnum {
		return false
	}
	t := x.Type()
	return t > 0 && t < k.XT && k.IsList(x)
}
