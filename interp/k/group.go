// This file defines the index behind the grouped and parted attributes
// (docs/ref/set-attribute.md: "The grouped attribute causes kdb+ to create
// and maintain an index (hash table)"): for each distinct item of a
// vector, the positions where it occurs, in ascending order, so that
// `select … where sym=s`, `in` and `?` on such a vector find the rows
// without reading every item.

package k

import "sync"

// Index is the index of a vector with the grouped or parted attribute.
// It is built the first time a lookup needs it, and it is shared by the
// headers of the same items: the one a global grows in place and the
// clipped headers its readers get (interp's owned buffers). Each entry
// covers the first n items of the array at base; a lookup through a
// longer header over the same array adds the items appended since, one
// through a shorter header keeps the positions below its count, and one
// through a header over another array (the vector grew into a new
// buffer) builds an entry for that array, which replaces the oldest.
type Index[E Elem] struct {
	ents [2]*indexAt[E] // most recently used first
}

// indexAt is the index of the first n items of the array at base.
type indexAt[E Elem] struct {
	base *E
	n    int
	pos  map[E][]int64
}

// indexMu guards every Index and the Ix field of every vector: lookups
// run on the interpreter's goroutine, and on peach's secondary threads,
// which read the same tables at once.
var indexMu sync.Mutex

// Indexable reports whether lookups in v can use an index: it has the
// grouped or parted attribute and items that compare exactly (not reals
// or floats, which q compares with a tolerance).
func Indexable[E Elem](v *Vec[E]) bool {
	if v.A != AttrG && v.A != AttrP {
		return false
	}
	switch v.T {
	case KE, KF, KZ:
		return false
	}
	return true
}

// Positions gives the positions of x in v, ascending, from v's index
// (built or extended here as needed); ok is false when v is not
// Indexable. The slice returned is the index's own: the caller must not
// write into it.
func Positions[E Elem](v *Vec[E], x E) (pos []int64, ok bool) {
	if !Indexable(v) || len(v.V) == 0 {
		return nil, Indexable(v)
	}
	indexMu.Lock()
	defer indexMu.Unlock()
	e := v.index()
	return clip(e.pos[x], len(v.V)), true
}

// First is the position of the first x in v by its index, or len(v.V)
// when there is none (as x?y gives); ok is false when v is not Indexable.
func First[E Elem](v *Vec[E], x E) (int, bool) {
	pos, ok := Positions(v, x)
	if !ok {
		return 0, false
	}
	if len(pos) == 0 {
		return len(v.V), true
	}
	return int(pos[0]), true
}

// clip is pos without the positions from n on.
func clip(pos []int64, n int) []int64 {
	if len(pos) == 0 || pos[len(pos)-1] < int64(n) {
		return pos
	}
	lo, hi := 0, len(pos)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if pos[m] < int64(n) {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return pos[:lo]
}

// index is the entry of v's index for v's array, covering at least v's
// items. indexMu is held.
func (v *Vec[E]) index() *indexAt[E] {
	if v.Ix == nil {
		v.Ix = &Index[E]{}
	}
	base := &v.V[0]
	ix := v.Ix
	for i, e := range ix.ents {
		if e != nil && e.base == base {
			if i == 1 {
				ix.ents[0], ix.ents[1] = e, ix.ents[0]
			}
			e.extend(v.V)
			return e
		}
	}
	e := &indexAt[E]{base: base, pos: map[E][]int64{}}
	e.extend(v.V)
	ix.ents[1], ix.ents[0] = ix.ents[0], e
	return e
}

// extend adds the items of s from e.n on (s is over e's array).
func (e *indexAt[E]) extend(s []E) {
	for i := e.n; i < len(s); i++ {
		e.pos[s[i]] = append(e.pos[s[i]], int64(i))
	}
	e.n = max(e.n, len(s))
}

// SharedIndex is v's index, for another header over v's items (a reader's
// clipped header, or a copy that keeps v's items first), so that the
// index built for one serves the other.
func (v *Vec[E]) SharedIndex() *Index[E] {
	indexMu.Lock()
	defer indexMu.Unlock()
	if v.A != AttrG && v.A != AttrP {
		return nil
	}
	return v.Ix
}
