// This file holds the hashing of serialised items, the key view of
// general lists and of table rows behind find, distinct and group: every
// item is serialised into one shared buffer (typed table columns cell by
// cell, without boxing an atom per cell) and hashed there, with no string
// allocated per item and no Go map keyed by strings.

package prim

import (
	"bytes"
	"encoding/binary"
	"hash/maphash"
	"math/bits"

	"qgo/interp/k"
)

// serKeys is the serialised items of a list: item i is
// buf[off[i]:off[i+1]], the bytes ser gives it.
type serKeys struct {
	buf []byte
	off []int
}

// n is the count of items.
func (s *serKeys) n() int { return len(s.off) - 1 }

// at is the serial form of item i.
func (s *serKeys) at(i int) []byte { return s.buf[s.off[i]:s.off[i+1]] }

// serKeysOf serialises each item of list-like x (each row of a table) as
// serItems does.
func serKeysOf(x k.Value) *serKeys {
	if d, ok := x.(*k.Dict); ok {
		return serKeysOf(d.V)
	}
	s := &serKeys{}
	if k.IsAtom(x) || !isData(x) {
		s.buf = ser(nil, x)
		s.off = []int{0, len(s.buf)}
		return s
	}
	n := x.Len()
	k.Reserve(n+1, 8)
	s.off = make([]int, 1, n+1)
	if t, ok := x.(*k.Table); ok {
		for i := 0; i < n; i++ {
			for _, c := range t.Data {
				s.buf = serCell(s.buf, c, i)
			}
			s.off = append(s.off, len(s.buf))
			if i == 0 {
				// rows of typed columns are alike in size: room for all
				k.Reserve(len(s.buf)*n+64, 1)
				s.buf = append(make([]byte, 0, len(s.buf)*n+64), s.buf...)
			}
		}
		return s
	}
	for i := 0; i < n; i++ {
		s.buf = k.Grow(s.buf, 64) // the buffer's doublings, checked
		s.buf = ser(s.buf, item(x, i))
		s.off = append(s.off, len(s.buf))
	}
	return s
}

// serKeysRow is the serial form of one table row given as its values,
// as serKeysOf gives a table's rows.
func serKeysRow(vals []k.Value) *serKeys {
	b := []byte(serRow(vals))
	return &serKeys{buf: b, off: []int{0, len(b)}}
}

// serCell appends ser of item i of column c, straight from a typed vector.
func serCell(buf []byte, c k.Value, i int) []byte {
	switch v := c.(type) {
	case *k.Vec[int64]:
		buf = append(buf, byte(-v.T))
		return binary.LittleEndian.AppendUint64(buf, uint64(v.V[i]))
	case *k.Vec[int32]:
		buf = append(buf, byte(-v.T))
		return binary.LittleEndian.AppendUint32(buf, uint32(v.V[i]))
	case *k.Vec[int16]:
		buf = append(buf, byte(-v.T))
		return binary.LittleEndian.AppendUint16(buf, uint16(v.V[i]))
	case *k.Vec[uint8]:
		return append(buf, byte(-v.T), v.V[i])
	case *k.Vec[bool]:
		if v.V[i] {
			return append(buf, byte(-v.T), 1)
		}
		return append(buf, byte(-v.T), 0)
	case *k.Vec[float64]:
		buf = append(buf, byte(-v.T))
		return binary.LittleEndian.AppendUint64(buf, uint64(floatKey(v.V[i])))
	case *k.Vec[string]:
		buf = append(buf, byte(-v.T))
		buf = binary.AppendUvarint(buf, uint64(len(v.V[i])))
		return append(buf, v.V[i]...)
	}
	return ser(buf, item(c, i))
}

// serItem is ser of one item of a general list, with the items of
// grid-point lists (long vectors, strings) serialised before the walk
// through every other kind of value.
func serItem(buf []byte, v k.Value) []byte {
	switch l := v.(type) {
	case *k.Vec[int64]:
		buf = append(buf, byte(l.T))
		buf = binary.AppendUvarint(buf, uint64(len(l.V)))
		for _, e := range l.V {
			buf = binary.LittleEndian.AppendUint64(buf, uint64(e))
		}
		return buf
	case *k.Vec[uint8]:
		buf = append(buf, byte(l.T))
		buf = binary.AppendUvarint(buf, uint64(len(l.V)))
		return append(buf, l.V...)
	}
	return ser(buf, v)
}

// serSet is an open-addressing hash set of the distinct items of a
// serKeys, each slot holding the high half of its item's hash above one
// more than the index of the first item of its value (0: empty), so most
// probes settle without comparing bytes.
type serSet struct {
	keys  *serKeys
	seed  maphash.Seed
	slots []uint64
	mask  uint64
}

// newSerSet makes an empty set sized for the items of keys.
func newSerSet(keys *serKeys) *serSet {
	size := 1 << bits.Len(uint(2*keys.n()+1))
	k.Reserve(size, 8)
	return &serSet{keys: keys, seed: maphash.MakeSeed(), slots: make([]uint64, size), mask: uint64(size - 1)}
}

// add returns the index of the first item of keys equal to item i, adding
// i when it is the first.
func (s *serSet) add(i int) int {
	b := s.keys.at(i)
	h := maphash.Bytes(s.seed, b)
	tag := h &^ 0xffffffff
	for p := h & s.mask; ; p = (p + 1) & s.mask {
		e := s.slots[p]
		if e == 0 {
			s.slots[p] = tag | uint64(i+1)
			return i
		}
		if e&^0xffffffff == tag {
			if j := int(uint32(e)) - 1; bytes.Equal(s.keys.at(j), b) {
				return j
			}
		}
	}
}

// find returns the index of the first item equal to b, or -1.
func (s *serSet) find(b []byte) int {
	h := maphash.Bytes(s.seed, b)
	tag := h &^ 0xffffffff
	for p := h & s.mask; ; p = (p + 1) & s.mask {
		e := s.slots[p]
		if e == 0 {
			return -1
		}
		if e&^0xffffffff == tag {
			if j := int(uint32(e)) - 1; bytes.Equal(s.keys.at(j), b) {
				return j
			}
		}
	}
}

// findSer is findG over serialised items: for each item of ys the index
// of its first occurrence in xs, or the count of xs.
func findSer(xs, ys *serKeys) []int64 {
	k.Reserve(ys.n(), 8)
	out := make([]int64, ys.n())
	n := xs.n()
	if ys.n() <= 8 || n <= 16 {
		for j := range out {
			out[j] = int64(n)
			y := ys.at(j)
			for i := 0; i < n; i++ {
				if bytes.Equal(xs.at(i), y) {
					out[j] = int64(i)
					break
				}
			}
		}
		return out
	}
	set := newSerSet(xs)
	for i := 0; i < n; i++ {
		set.add(i)
	}
	for j := range out {
		if i := set.find(ys.at(j)); i >= 0 {
			out[j] = int64(i)
		} else {
			out[j] = int64(n)
		}
	}
	return out
}

// findSerFew is findSer for a y with no more items than list-like x: the
// set is of y's items, and x's items are serialised one at a time into one
// buffer and sought in it, first to last, until every distinct item of y
// has its place. A few items sought in a long list (y in raze x in a loop)
// cost one pass over x that keeps nothing of it, where a set of x's items
// took a serial copy of x and a table twice its count at every search. ok
// is false where x is not a list, or y is the longer.
func findSerFew(x, y k.Value, ys *serKeys) ([]int64, bool) {
	if d, ok := x.(*k.Dict); ok {
		x = d.V
	}
	if k.IsAtom(x) || !isData(x) {
		return nil, false
	}
	n := x.Len()
	if n <= 16 || ys.n() > n {
		return nil, false
	}
	if l, ok := x.(*k.List); ok && (y.Type() == k.KList || y.Type() > 0 && y.Type() < 20) {
		return findItemsFew(l, y, ys), true
	}
	k.Reserve(ys.n(), 8)
	out := make([]int64, ys.n())
	set := newSerSet(ys)
	left := 0 // distinct items of y not yet found
	for j := range out {
		out[j] = int64(n)
		if set.add(j) == j {
			left++
		}
	}
	t, _ := x.(*k.Table)
	var buf []byte
	for i := 0; i < n && left > 0; i++ {
		buf = buf[:0]
		if t != nil {
			for _, c := range t.Data {
				buf = serCell(buf, c, i)
			}
		} else if v, ok := x.(*k.List); ok {
			buf = serItem(buf, v.V[i])
		} else {
			buf = ser(buf, item(x, i))
		}
		if j := set.find(buf); j >= 0 && out[j] == int64(n) {
			out[j] = int64(i)
			left--
		}
	}
	for j := range out {
		out[j] = out[set.find(ys.at(j))]
	}
	return out, true
}

// groupSer is groupG over serialised items.
func groupSer(xs *serKeys) (firsts []int64, groups [][]int64) {
	return groupAdds(xs.n(), newSerSet(xs).add)
}

// distinctSer is distinctG over serialised items.
func distinctSer(xs *serKeys) []int64 {
	set := newSerSet(xs)
	var firsts []int64
	for i := 0; i < xs.n(); i++ {
		if set.add(i) == i {
			firsts = append(firsts, int64(i))
		}
	}
	return firsts
}
