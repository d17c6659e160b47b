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
}

// newItemSet makes an empty set for the items of y, serialised in ys.
func newItemSet(ys *serKeys) *itemSet {
	size := 1 << bits.Len(uint(2*ys.n()+1))
	return &itemSet{ys: ys, seed: maphash.MakeSeed(), slots: make([]uint64, size), mask: uint64(size - 1)}
}

// hash is the hash of v: a long vector's by longsHash, anything else's
// of its serial form, which it leaves in s.buf (made).
func (s *itemSet) hash(v k.Value) uint64 {
	if l, ok := v.(*k.Vec[int64]); ok {
		s.made = false
		return longsHash(l)
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
	for j := range out {
		out[j] = int64(n)
		if rep[j] = set.add(item(y, j), j); rep[j] == j {
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
