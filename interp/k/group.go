// This file defines the index behind the grouped, parted and unique
// attributes (docs/ref/set-attribute.md: "The grouped attribute causes
// kdb+ to create and maintain an index (hash table)"; the unique one a
// hash table too): for each distinct item of a vector, the positions
// where it occurs, in ascending order, so that `select … where sym=s`,
// `in` and `?` on such a vector find the rows without reading every item,
// and an append to a unique vector learns whether its item is new.

package k

import (
	"math/bits"
	"runtime"
	"sync"
	"sync/atomic"
	"unsafe"
	"weak"
)

// Index is the index of a vector with the grouped or parted attribute.
// It is built the first time a lookup needs it, and it is shared by the
// headers of the same items: the one a global grows in place and the
// clipped headers its readers get (interp's owned buffers, ShareIndex).
// Each entry covers the first n items of the array at base; a lookup
// through a longer header over the same array adds the items appended
// since, one through a shorter header keeps the positions below its
// count, and one through a header over another array (the vector grew
// into a new buffer) builds an entry for that array, which replaces the
// oldest.
//
// A vector's header does not hold its index: most vectors have no
// attribute, and a pointer field would make every header (a million of
// them in raze string til 1000000) a size class larger. The index lives
// in a side table, indexes, keyed by the header's address.
type Index[E Elem] struct {
	ents [2]*indexAt[E] // most recently used first
}

// indexAt is the index of the first n items of the array at base. asc
// says whether the array's first m items ascend strictly (integers
// only): while they do, an item above the last is known to be new
// without the positions being extended (NewItem).
//
// The index of a unique vector of integers (uniq) holds one position per
// item in an IntMap rather than a slice of positions in a map: no
// allocation per item and nothing for the collector to scan. Should an
// item come twice after all (another header over the same array), the
// entry turns into the general form.
type indexAt[E Elem] struct {
	base *E
	n    int
	pos  map[E][]int64
	m    int
	asc  bool
	uniq bool
	one  IntMap
}

// intOf is x as an int64 for the integer kinds; ok is false for others.
func intOf[E Elem](x E) (int64, bool) {
	switch a := any(x).(type) {
	case int64:
		return a, true
	case int32:
		return int64(a), true
	case int16:
		return int64(a), true
	case uint8:
		return int64(a), true
	}
	return 0, false
}

// at is the positions of x among the first n items, ascending.
func (e *indexAt[E]) at(x E, n int) []int64 {
	if e.uniq {
		key, _ := intOf(x)
		if p, ok := e.one.Get(key); ok && p < int64(n) {
			return []int64{p}
		}
		return nil
	}
	return clip(e.pos[x], n)
}

// has reports whether x is among the first n items.
func (e *indexAt[E]) has(x E, n int) bool {
	if e.uniq {
		key, _ := intOf(x)
		p, ok := e.one.Get(key)
		return ok && p < int64(n)
	}
	return len(clip(e.pos[x], n)) > 0
}

// indexRef is a header's entry in indexes: the header, weakly (its
// address may be a later header's once it is collected), and its index.
type indexRef[E Elem] struct {
	v  weak.Pointer[Vec[E]]
	ix *Index[E]
}

// indexes maps the address of a vector's header to its *indexRef. An
// entry is removed by a cleanup when its header is collected; until the
// cleanup runs, a new header at the same address does not match the
// entry's weak pointer and replaces it.
var indexes = map[uintptr]any{}

// nIndexes is len(indexes), read without the lock by DropIndex, which
// amends in place call for every item: almost always there is none.
var nIndexes atomic.Int64

// indexMu guards every Index and the indexes table: lookups run on the
// interpreter's goroutine, and on peach's secondary threads, which read
// the same tables at once; cleanups run on the runtime's goroutine.
var indexMu sync.Mutex

// ixOf is v's index, nil when it has none. indexMu is held.
func ixOf[E Elem](v *Vec[E]) *Index[E] {
	r, ok := indexes[uintptr(unsafe.Pointer(v))].(*indexRef[E])
	if !ok || r.v.Value() != v {
		return nil
	}
	return r.ix
}

// setIx makes ix the index of v (none when ix is nil). indexMu is held.
func setIx[E Elem](v *Vec[E], ix *Index[E]) {
	key := uintptr(unsafe.Pointer(v))
	if ix == nil {
		if r, ok := indexes[key].(*indexRef[E]); ok && r.v.Value() == v {
			delete(indexes, key)
			nIndexes.Store(int64(len(indexes)))
		}
		return
	}
	if r, ok := indexes[key].(*indexRef[E]); ok && r.v.Value() == v {
		r.ix = ix
		return
	}
	r := &indexRef[E]{v: weak.Make(v), ix: ix}
	indexes[key] = r
	nIndexes.Store(int64(len(indexes)))
	runtime.AddCleanup(v, dropRef[E], ixKey[E]{key, r.v})
}

// ixKey names an entry of indexes for the cleanup of its header.
type ixKey[E Elem] struct {
	addr uintptr
	v    weak.Pointer[Vec[E]]
}

// dropRef removes the entry of a header that has been collected, unless
// a later header at the same address has replaced it. It runs on the
// runtime's cleanup goroutine.
func dropRef[E Elem](k ixKey[E]) {
	indexMu.Lock()
	defer indexMu.Unlock()
	if r, ok := indexes[k.addr].(*indexRef[E]); ok && r.v == k.v {
		delete(indexes, k.addr)
		nIndexes.Store(int64(len(indexes)))
	}
}

// HasIndex reports whether v has an index built (for tests and tools).
func HasIndex[E Elem](v *Vec[E]) bool {
	indexMu.Lock()
	defer indexMu.Unlock()
	return ixOf(v) != nil
}

// DropIndex forgets v's index, as an amend in place of v's items must:
// the positions it holds are stale.
func DropIndex[E Elem](v *Vec[E]) {
	if nIndexes.Load() == 0 {
		return
	}
	indexMu.Lock()
	defer indexMu.Unlock()
	setIx(v, nil)
}

// Indexable reports whether lookups in v can use an index: it has the
// grouped, parted or unique attribute and items that compare exactly (not
// reals or floats, which q compares with a tolerance).
func Indexable[E Elem](v *Vec[E]) bool {
	if !indexed(v.A) {
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
	return e.at(x, len(v.V)), true
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

// NewItem reports whether x is not among v's items, for a unique vector
// (append keeps its attribute only then); ok is false when v is not
// Indexable. While v's integers ascend strictly and x is above the last,
// it answers with no lookup and no extension of the positions: a unique
// column of ids or times appended in order costs no hashing.
func NewItem[E Elem](v *Vec[E], x E) (isNew, ok bool) {
	if !Indexable(v) {
		return false, false
	}
	if len(v.V) == 0 {
		return true, true
	}
	indexMu.Lock()
	defer indexMu.Unlock()
	e := v.entry()
	if e.ascends(v.V) && above(x, v.V[len(v.V)-1]) {
		return true, true
	}
	e.extend(v.V)
	return !e.has(x, len(v.V)), true
}

// ascends reports whether the items of s (over e's array) ascend
// strictly, checking those past the m already checked.
func (e *indexAt[E]) ascends(s []E) bool {
	for ; e.asc && e.m < len(s); e.m++ {
		e.asc = e.m == 0 || above(s[e.m], s[e.m-1])
	}
	return e.asc
}

// above reports x > y for integer items; false for any other kind.
func above[E Elem](x, y E) bool {
	switch a := any(x).(type) {
	case int64:
		return a > any(y).(int64)
	case int32:
		return a > any(y).(int32)
	case int16:
		return a > any(y).(int16)
	case uint8:
		return a > any(y).(uint8)
	}
	return false
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
	e := v.entry()
	e.extend(v.V)
	return e
}

// entry is the entry of v's index for v's array (v has items), made
// when there is none, not extended. indexMu is held.
func (v *Vec[E]) entry() *indexAt[E] {
	ix := ixOf(v)
	if ix == nil {
		ix = &Index[E]{}
		setIx(v, ix)
	}
	base := &v.V[0]
	for i, e := range ix.ents {
		if e != nil && e.base == base {
			if i == 1 {
				ix.ents[0], ix.ents[1] = e, ix.ents[0]
			}
			return e
		}
	}
	e := &indexAt[E]{base: base, pos: map[E][]int64{}, asc: true}
	if _, isInt := intOf(v.V[0]); isInt && v.A == AttrU {
		e.uniq = true
	}
	ix.ents[1], ix.ents[0] = ix.ents[0], e
	return e
}

// extend adds the items of s from e.n on (s is over e's array).
func (e *indexAt[E]) extend(s []E) {
	i := e.n
	for ; e.uniq && i < len(s); i++ {
		key, _ := intOf(s[i])
		if _, dup := e.one.GetOrPut(key, int64(i)); dup {
			e.general(s[:i]) // and item i joins below
			break
		}
	}
	for ; i < len(s); i++ {
		e.pos[s[i]] = append(e.pos[s[i]], int64(i))
	}
	e.n = max(e.n, len(s))
}

// general turns a unique entry into the general form, the positions of
// the items of s (the ones it holds).
func (e *indexAt[E]) general(s []E) {
	e.uniq, e.one = false, IntMap{}
	for i, x := range s {
		e.pos[x] = append(e.pos[x], int64(i))
	}
}

// ShareIndex gives to, another header over v's items (a reader's
// clipped header, or a copy that keeps v's items first), v's index, so
// that the index built for one serves the other, when both have the
// grouped, parted or unique attribute. It returns to.
func ShareIndex[E Elem](v, to *Vec[E]) *Vec[E] {
	if !indexed(v.A) || !indexed(to.A) {
		return to
	}
	indexMu.Lock()
	defer indexMu.Unlock()
	if ix := ixOf(v); ix != nil {
		setIx(to, ix)
	}
	return to
}

// indexed reports whether a vector with attribute a keeps an index.
func indexed(a Attr) bool { return a == AttrG || a == AttrP || a == AttrU }

// What follows defines IntMap, the hash table behind the indexes that grow
// an item at a time: the row of each key of a keyed table (interp's
// owned_keyed.go) and the position of each item of a unique vector
// (above). Go's map costs these two probes for each new item (a
// lookup that misses, then the assignment), each a cache miss once the
// table outgrows the cache, and its growth moves every entry through the
// map's own hash; IntMap finds or adds a key in one probe sequence of
// one flat array (open addressing, linear probing, Fibonacci hashing)
// and holds no pointers for the collector to scan.

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
