// This file holds the set behind a few items sought in a long general
// list (findSerFew): items are hashed as they are, long vectors (grid
// points, the usual items of such lists) by their longs with no serial
// form made, and only an item whose hash meets one sought is serialised,
// to compare exactly.

package prim

import (
	"bytes"
	"hash/maphash"
	"math/bits"
	"slices"
	"unsafe"

	"qgo/interp/k"
)

// itemSet is an open-addressing set of the items of a list y, by
// itemHash, each slot holding the high half of its item's hash above one
// more than the index of the first item of y of its value (0: empty).
type itemSet struct {
	ys    *serKeys // y's items serialised, to compare exactly
	seed  maphash.Seed
	slots []uint64
	mask  uint64
	buf   []byte // the serial form of the item last hashed, when made
	made  bool   // whether buf holds it
	longs bool   // every item of y is a long vector: nothing else matches
}

// newItemSet makes an empty set for the items of y, serialised in ys.
func newItemSet(ys *serKeys) *itemSet {
	size := 1 << bits.Len(uint(2*ys.n()+1))
	return &itemSet{ys: ys, seed: maphash.MakeSeed(), slots: make([]uint64, size), mask: uint64(size - 1)}
}

// hash is the hash of v: a long vector's by longsHash, anything else's
// of its serial form, which it leaves in s.buf (made).
func (s *itemSet) hash(v k.Value) uint64 {
	switch l := v.(type) {
	case *k.Vec[int64]:
		s.made = false
		return longsHash(l)
	case *k.Vec[uint8]:
		// strings and bytes by their bytes, with no serial form made for
		// an item that only passes by (a string key sought among many)
		s.made = false
		return maphash.Bytes(s.seed, l.V) ^ uint64(l.T)*0x9e3779b97f4a7c15
	case *k.Vec[bool]:
		s.made = false
		if len(l.V) == 0 {
			return uint64(l.T) * 0x9e3779b97f4a7c15
		}
		return maphash.Bytes(s.seed, unsafe.Slice((*byte)(unsafe.Pointer(&l.V[0])), len(l.V))) ^ uint64(l.T)*0x9e3779b97f4a7c15
	}
	s.buf, s.made = ser(s.buf[:0], v), true
	return maphash.Bytes(s.seed, s.buf)
}

// longsHash is the hash of a long vector (of any type whose items are
// longs: timestamps, timespans, ...) by its type, count and items. An
// item that is not a *k.Vec[int64] never matches one exactly (ser writes
// no other value so), so the two kinds of hash never need to agree.
func longsHash(l *k.Vec[int64]) uint64 {
	h := uint64(l.T)*0x9e3779b97f4a7c15 ^ uint64(len(l.V))
	for _, e := range l.V {
		h = (h ^ uint64(e)) * 0xbf58476d1ce4e5b9
		h ^= h >> 31
	}
	h *= 0x94d049bb133111eb
	return h ^ h>>29
}

// equal reports whether v, just hashed, is item j of y exactly.
func (s *itemSet) equal(v k.Value, j int) bool {
	if !s.made {
		s.buf, s.made = serItem(s.buf[:0], v), true
	}
	return bytes.Equal(s.buf, s.ys.at(j))
}

// add returns the index of the first item of y equal to v, item j of y,
// adding j when it is the first.
func (s *itemSet) add(v k.Value, j int) int {
	h := s.hash(v)
	tag := h &^ 0xffffffff
	for p := h & s.mask; ; p = (p + 1) & s.mask {
		e := s.slots[p]
		if e == 0 {
			s.slots[p] = tag | uint64(j+1)
			return j
		}
		if e&^0xffffffff == tag {
			if i := int(uint32(e)) - 1; s.equal(v, i) {
				return i
			}
		}
	}
}

// find returns the index of the first item of y equal to v, or -1.
func (s *itemSet) find(v k.Value) int {
	if _, ok := v.(*k.Vec[int64]); !ok && s.longs {
		return -1 // no serial form made of an item that cannot match
	}
	h := s.hash(v)
	tag := h &^ 0xffffffff
	for p := h & s.mask; ; p = (p + 1) & s.mask {
		e := s.slots[p]
		if e == 0 {
			return -1
		}
		if e&^0xffffffff == tag {
			if i := int(uint32(e)) - 1; s.equal(v, i) {
				return i
			}
		}
	}
}

// findItemsFew is findSerFew for x a general list and y a general list
// or typed vector, by itemSet: for each item of y the index of its first
// occurrence in x, or the count of x.
func findItemsFew(x *k.List, y k.Value, ys *serKeys) []int64 {
	n := len(x.V)
	out := make([]int64, ys.n())
	rep := make([]int, ys.n()) // the first item of y of each item's value
	set := newItemSet(ys)
	left := 0 // distinct items of y not yet found
	set.longs = y.Type() == k.KList
	for j := range out {
		out[j] = int64(n)
		v := item(y, j)
		if _, ok := v.(*k.Vec[int64]); !ok {
			set.longs = false
		}
		if rep[j] = set.add(v, j); rep[j] == j {
			left++
		}
	}
	for i := 0; i < n && left > 0; i++ {
		if j := set.find(x.V[i]); j >= 0 && out[j] == int64(n) {
			out[j] = int64(i)
			left--
		}
	}
	for j := range out {
		out[j] = out[rep[j]]
	}
	return out
}

// vecItems reports whether every item of l is a long vector, a byte or
// char vector or a boolean vector (points, strings, bit rows): the lists
// vecSet groups by value.
func vecItems(l *k.List) bool {
	for _, v := range l.V {
		if !isVecItem(v) {
			return false
		}
	}
	return len(l.V) > 0
}

// isVecItem reports whether v is of a kind vecSet hashes: a long vector,
// a byte or char vector, or a boolean vector.
func isVecItem(v k.Value) bool {
	switch v.(type) {
	case *k.Vec[int64], *k.Vec[uint8], *k.Vec[bool]:
		return true
	}
	return false
}

// vecSet is an open-addressing set of the distinct items of a list whose
// items are long, byte or boolean vectors (vecItems), by value, each slot holding
// the high half of its item's hash above one more than the index of the
// first item of its value (0: empty): distinct and group of such lists
// hash each item where it is, with no serial form made.
type vecSet struct {
	items []k.Value
	seed  maphash.Seed
	slots []uint64
	mask  uint64
}

// newVecSet makes an empty set for the items of l (vecItems).
func newVecSet(l *k.List) *vecSet {
	size := 1 << bits.Len(uint(2*len(l.V)+1))
	return &vecSet{items: l.V, seed: maphash.MakeSeed(), slots: make([]uint64, size), mask: uint64(size - 1)}
}

// hash is the hash of v, a long, byte or boolean vector, by type and
// items.
func (s *vecSet) hash(v k.Value) uint64 {
	switch l := v.(type) {
	case *k.Vec[int64]:
		return longsHash(l)
	case *k.Vec[bool]:
		if len(l.V) == 0 {
			return uint64(l.T) * 0x9e3779b97f4a7c15
		}
		return maphash.Bytes(s.seed, unsafe.Slice((*byte)(unsafe.Pointer(&l.V[0])), len(l.V))) ^ uint64(l.T)*0x9e3779b97f4a7c15
	}
	b := v.(*k.Vec[uint8])
	return maphash.Bytes(s.seed, b.V) ^ uint64(b.T)*0x9e3779b97f4a7c15
}

// sameVec reports whether long, byte or boolean vectors a and b match
// exactly: the same type and items (attributes aside).
func sameVec(a, b k.Value) bool {
	switch x := a.(type) {
	case *k.Vec[bool]:
		y, ok := b.(*k.Vec[bool])
		return ok && x.T == y.T && slices.Equal(x.V, y.V)
	case *k.Vec[int64]:
		y, ok := b.(*k.Vec[int64])
		return ok && x.T == y.T && slices.Equal(x.V, y.V)
	case *k.Vec[uint8]:
		y, ok := b.(*k.Vec[uint8])
		return ok && x.T == y.T && bytes.Equal(x.V, y.V)
	}
	return false
}

// add returns the index of the first item equal to item i, adding i
// when it is the first.
func (s *vecSet) add(i int) int {
	v := s.items[i]
	h := s.hash(v)
	tag := h &^ 0xffffffff
	for p := h & s.mask; ; p = (p + 1) & s.mask {
		e := s.slots[p]
		if e == 0 {
			s.slots[p] = tag | uint64(i+1)
			return i
		}
		if e&^0xffffffff == tag {
			if j := int(uint32(e)) - 1; sameVec(s.items[j], v) {
				return j
			}
		}
	}
}

// distinctVecs is distinctG over the items of l (vecItems).
func distinctVecs(l *k.List) []int64 {
	set := newVecSet(l)
	var firsts []int64
	for i := range l.V {
		if set.add(i) == i {
			firsts = append(firsts, int64(i))
		}
	}
	return firsts
}

// groupVecs is groupG over the items of l (vecItems).
func groupVecs(l *k.List) (firsts []int64, groups [][]int64) {
	return groupAdds(len(l.V), newVecSet(l).add)
}

// findVecs is findList for x a general list of long, byte or boolean
// vectors (vecItems) and y a general list of more items than x, or x
// short: x's items are hashed where they are and y's looked up, with no
// serial form made of either (traps?rows, rows of bits sought among a
// few patterns, made every step of a scan). A long x with fewer items
// sought is left to findSerFew, which stops once each is found.
func findVecs(x, y k.Value) ([]int64, bool) {
	l, ok := x.(*k.List)
	if !ok {
		return nil, false
	}
	yl, ok := y.(*k.List)
	if !ok || len(yl.V) < 2 || len(l.V) > 16 && len(yl.V) <= len(l.V) || !vecItems(l) {
		return nil, false
	}
	set := newVecSet(l)
	for i := range l.V {
		set.add(i)
	}
	out := make([]int64, len(yl.V))
	for j, v := range yl.V {
		out[j] = int64(len(l.V))
		if i := set.find(v); i >= 0 {
			out[j] = int64(i)
		}
	}
	return out, true
}

// groupAdds is groupG over n items, where add(i), a set's add, gives the
// first item equal to item i.
func groupAdds(n int, add func(int) int) (firsts []int64, groups [][]int64) {
	ids := make([]int32, n) // the group of each item
	var counts []int
	for i := range n {
		f := add(i)
		if f == i {
			ids[i] = int32(len(firsts))
			firsts = append(firsts, int64(i))
			counts = append(counts, 0)
		}
		ids[i] = ids[f]
		counts[ids[i]]++
	}
	return firsts, fillGroups(ids, counts)
}

// growSet is vecSet for a list that grows (the hash of a `u# list of
// points, extended by the items appended): items is the list's array as
// far as it is hashed, and the table doubles as it fills.
type growSet struct {
	vecSet
	count int
}

// newGrowSet makes an empty growSet.
func newGrowSet() *growSet {
	return &growSet{vecSet: vecSet{seed: maphash.MakeSeed(), slots: make([]uint64, 16), mask: 15}}
}

// add adds item i of items (a long or byte vector), unless an item equal
// to it is there already.
func (g *growSet) add(i int) {
	if 2*(g.count+1) > len(g.slots) {
		g.rehash(4 * len(g.slots))
	}
	if g.vecSet.add(i) == i {
		g.count++
	}
}

// rehash moves every item into a table of size slots.
func (g *growSet) rehash(size int) {
	old := g.slots
	g.slots, g.mask = make([]uint64, size), uint64(size-1)
	for _, e := range old {
		if e == 0 {
			continue
		}
		h := g.hash(g.items[int(uint32(e))-1])
		for p := h & g.mask; ; p = (p + 1) & g.mask {
			if g.slots[p] == 0 {
				g.slots[p] = e
				break
			}
		}
	}
}

// find returns the index of the item equal to v, or -1; v of any kind.
func (g *growSet) find(v k.Value) int {
	return g.vecSet.find(v)
}

// find returns the index of the first item equal to v, or -1; v of any
// kind (no item of another kind is in a list of vectors).
func (s *vecSet) find(v k.Value) int {
	if !isVecItem(v) {
		return -1
	}
	h := s.hash(v)
	tag := h &^ 0xffffffff
	for p := h & s.mask; ; p = (p + 1) & s.mask {
		e := s.slots[p]
		if e == 0 {
			return -1
		}
		if e&^0xffffffff == tag {
			if j := int(uint32(e)) - 1; sameVec(s.items[j], v) {
				return j
			}
		}
	}
}
