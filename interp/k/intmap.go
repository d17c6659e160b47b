// This file defines IntMap, the hash table behind the indexes that grow
// an item at a time: the row of each key of a keyed table (interp's
// owned_keyed.go) and the position of each item of a unique vector
// (group.go). Go's map costs these two probes for each new item (a
// lookup that misses, then the assignment), each a cache miss once the
// table outgrows the cache, and its growth moves every entry through the
// map's own hash; IntMap finds or adds a key in one probe sequence of
// one flat array (open addressing, linear probing, Fibonacci hashing)
// and holds no pointers for the collector to scan.

package k

import "math/bits"

// IntMap maps int64 keys to non-negative int64 values (rows, positions).
// The zero IntMap is empty and ready to use.
type IntMap struct {
	slots []intSlot
	n     int  // entries
	shift uint // 64 - log2(len(slots))
}

// intSlot is one entry: v is the value plus one, 0 when the slot is free.
type intSlot struct {
	k, v int64
}

// Len is the number of keys in m.
func (m *IntMap) Len() int { return m.n }

// home is the first slot of key x's probe sequence.
func (m *IntMap) home(x int64) uint64 {
	return (uint64(x) * 0x9E3779B97F4A7C15) >> m.shift
}

// Get is the value of key x, ok false when m has none.
func (m *IntMap) Get(x int64) (v int64, ok bool) {
	if m.n == 0 {
		return 0, false
	}
	mask := uint64(len(m.slots) - 1)
	for i := m.home(x); ; i = (i + 1) & mask {
		s := &m.slots[i]
		if s.v == 0 {
			return 0, false
		}
		if s.k == x {
			return s.v - 1, true
		}
	}
}

// GetOrPut is the value of key x when m has it (found true), else it
// adds x with value v (v >= 0) and gives v.
func (m *IntMap) GetOrPut(x, v int64) (int64, bool) {
	if 2*(m.n+1) > len(m.slots) {
		m.grow()
	}
	mask := uint64(len(m.slots) - 1)
	for i := m.home(x); ; i = (i + 1) & mask {
		s := &m.slots[i]
		if s.v == 0 {
			s.k, s.v = x, v+1
			m.n++
			return v, false
		}
		if s.k == x {
			return s.v - 1, true
		}
	}
}

// grow doubles m's slots (at least 16), at most half of them in use.
func (m *IntMap) grow() {
	old := m.slots
	size := max(16, 2*len(old))
	Reserve(size, 16)
	m.slots = make([]intSlot, size)
	m.shift = uint(64 - bits.TrailingZeros(uint(size)))
	mask := uint64(size - 1)
	for _, s := range old {
		if s.v == 0 {
			continue
		}
		i := m.home(s.k)
		for m.slots[i].v != 0 {
			i = (i + 1) & mask
		}
		m.slots[i] = s
	}
}
