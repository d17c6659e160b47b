// This file numbers the rows of a table, or the items of a vector, by
// their distinct values without serialising them: each column's items
// get a dense number (a slot array indexed by value for integers of a
// narrow range, else a hash of the items themselves), and the numbers of
// the columns are combined one column at a time, each pair renumbered
// densely (through a slot array when the product of the two counts of
// distinct values is small, else a hash of the pair), so no number ever
// exceeds the count of rows. group, distinct and fby of a table, and a
// select's by phrase of several columns, group on these numbers; before,
// each row of a table was serialised into a string that a map then
// hashed.

package prim

import (
	"qgo/interp/k"
)

// denseSpan bounds the slot array a dense numbering allocates, given n
// items: twice n, and never less than 64K slots or more than 16M.
func denseSpan(n int) uint64 { return uint64(min(max(2*n, 1<<16), 1<<24)) }

// RowIDs numbers the rows of the columns cols (n items each) by their
// values, matched exactly as group matches them: ids[i] is the number of
// row i, numbers in order of first occurrence, card how many there are.
// ok is false when a column is not a typed vector this numbers (a
// general list, say), or has not n items.
func RowIDs(cols []k.Value, n int) (ids []int32, card int, ok bool) {
	if len(cols) == 0 {
		return nil, 0, false
	}
	for _, c := range cols {
		if !k.IsList(c) || c.Len() != n {
			return nil, 0, false
		}
	}
	ids, card, ok = colIDs(cols[0])
	if !ok {
		return nil, 0, false
	}
	for _, c := range cols[1:] {
		b, cb, ok := colIDs(c)
		if !ok {
			return nil, 0, false
		}
		card = combineIDs(ids, card, b, cb)
	}
	return ids, card, true
}

// Firsts is the first row of each number of ids (numbered in order of
// first occurrence, card of them).
func Firsts(ids []int32, card int) []int64 {
	firsts := make([]int64, 0, card)
	for i, g := range ids {
		if int(g) == len(firsts) {
			firsts = append(firsts, int64(i))
		}
	}
	return firsts
}

// GroupIDs is the rows of each number of ids (card of them), ascending,
// carved from one array.
func GroupIDs(ids []int32, card int) [][]int64 {
	counts := make([]int, card)
	for _, g := range ids {
		counts[g]++
	}
	return fillGroups(ids, counts)
}

// colIDs numbers the items of the typed vector c by value (an
// enumeration by its symbols, floats by their bits with one null).
func colIDs(c k.Value) ([]int32, int, bool) {
	switch v := c.(type) {
	case *k.Vec[bool]:
		return smallIDs(v.V, func(b bool) int {
			if b {
				return 1
			}
			return 0
		}, 2)
	case *k.Vec[uint8]:
		return smallIDs(v.V, func(b uint8) int { return int(b) }, 256)
	case *k.Vec[int16]:
		return smallIDs(v.V, func(x int16) int { return int(x) + 1<<15 }, 1<<16)
	case *k.Vec[int32]:
		if ids, n, ok := intIDs(v.V); ok {
			return ids, n, true
		}
		return hashIDs(v.V)
	case *k.Vec[int64]:
		if ids, n, ok := intIDs(v.V); ok {
			return ids, n, true
		}
		return hashIDs(v.V)
	case *k.Vec[float32], *k.Vec[float64]:
		return hashIDs(keyView(c).([]int64))
	case *k.Vec[string]:
		return hashIDs(v.V)
	case *k.Vec[k.GUID]:
		return hashIDs(v.V)
	case *k.Enum:
		if s, ok := v.Resolve().(*k.Vec[string]); ok {
			return hashIDs(s.V)
		}
	}
	return nil, 0, false
}

// smallIDs numbers xs, whose items slot maps into [0,span), through a
// slot array.
func smallIDs[E any](xs []E, slot func(E) int, span int) ([]int32, int, bool) {
	k.Reserve(span+len(xs), 4)
	seen := make([]int32, span) // a number plus one; 0 when not seen
	ids := make([]int32, len(xs))
	n := int32(0)
	for i, x := range xs {
		s := &seen[slot(x)]
		if *s == 0 {
			n++
			*s = n
		}
		ids[i] = *s - 1
	}
	return ids, int(n), true
}

// intIDs numbers xs through a slot array over its range, when the range
// is narrow (denseSpan); ok is false otherwise.
func intIDs[E int32 | int64](xs []E) ([]int32, int, bool) {
	if len(xs) == 0 {
		return []int32{}, 0, true
	}
	lo, hi := xs[0], xs[0]
	for _, x := range xs {
		lo, hi = min(lo, x), max(hi, x)
	}
	span := uint64(int64(hi)) - uint64(int64(lo)) // hi >= lo: exact modulo 2^64
	if span >= denseSpan(len(xs)) {
		return nil, 0, false
	}
	k.Reserve(int(span)+1+len(xs), 4)
	seen := make([]int32, span+1)
	ids := make([]int32, len(xs))
	n := int32(0)
	for i, x := range xs {
		s := &seen[uint64(int64(x))-uint64(int64(lo))]
		if *s == 0 {
			n++
			*s = n
		}
		ids[i] = *s - 1
	}
	return ids, int(n), true
}

// hashIDs numbers xs through a hash of its items.
func hashIDs[E comparable](xs []E) ([]int32, int, bool) {
	k.Reserve(len(xs), 4)
	m := make(map[E]int32, 16)
	ids := make([]int32, len(xs))
	for i, x := range xs {
		g, ok := m[x]
		if !ok {
			g = int32(len(m))
			m[x] = g
		}
		ids[i] = g
	}
	return ids, len(m), true
}

// combineIDs renumbers a (ca numbers) by the pairs of a's and b's (cb
// numbers) numbers, in place, in order of first occurrence, and gives
// how many numbers there are now (never more than len(a)).
func combineIDs(a []int32, ca int, b []int32, cb int) int {
	if prod := uint64(ca) * uint64(cb); prod <= denseSpan(len(a)) {
		k.Reserve(int(prod), 4)
		seen := make([]int32, prod)
		n := int32(0)
		for i, x := range a {
			s := &seen[int(x)*cb+int(b[i])]
			if *s == 0 {
				n++
				*s = n
			}
			a[i] = *s - 1
		}
		return int(n)
	}
	m := make(map[int64]int32, 16)
	for i, x := range a {
		key := int64(x)*int64(cb) + int64(b[i])
		g, ok := m[key]
		if !ok {
			g = int32(len(m))
			m[key] = g
		}
		a[i] = g
	}
	return len(m)
}

// tableIDs numbers the rows of the table t through RowIDs; ok is false
// when t has no columns or a column RowIDs does not number.
func tableIDs(t *k.Table) ([]int32, int, bool) {
	if len(t.Data) == 0 {
		return nil, 0, false
	}
	return RowIDs(t.Data, t.Len())
}

// slotIDs numbers the items of x for group and distinct when that needs
// no hash of whole items: the rows of a table of typed columns, or a
// vector of integers of a narrow range (through a slot array). ok is
// false for anything else, which the hash of keyView's keys numbers.
func slotIDs(x k.Value) ([]int32, int, bool) {
	switch v := x.(type) {
	case *k.Table:
		return tableIDs(v)
	case *k.Vec[bool], *k.Vec[uint8], *k.Vec[int16]:
		return colIDs(v)
	case *k.Vec[int32]:
		return intIDs(v.V)
	case *k.Vec[int64]:
		return intIDs(v.V)
	}
	return nil, 0, false
}
