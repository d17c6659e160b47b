// This file keeps, for general lists with the unique attribute (`u#), a
// hash of their items, so that finding in them (x?y, y in x, inter, a
// dictionary's keys) costs a lookup per item sought, as q's hash for `u#
// does, rather than a pass over x for every search.

package prim

import (
	"sync"

	"qgo/interp/k"
)

// uniqueMin is the count below which a scan is as quick as the hash.
const uniqueMin = 16

// uniqueMax bounds how many lists keep a hash at once.
const uniqueMax = 16

// uniqueIndex is the hash of one `u# list: the position of each item's
// serial form, for the first n items of the array that starts at base.
// Every list whose items start at base shares it: the headers a local's
// reader takes of a list the local grows in place (interp's owned
// buffers) see a prefix of the same items, and an append writes only
// past the end of any of them. A position at or past a list's count is
// not that list's.
type uniqueIndex struct {
	base *k.Value
	n    int
	pos  map[string]int64 // by serial form, unless vec
	vec  *growSet         // by value, while every item is a long or byte vector
}

// uniques holds the hashes, by the first item of their array; mu guards
// them, as peach's workers search shared lists at once.
var uniques struct {
	mu sync.Mutex
	m  map[*k.Value]*uniqueIndex
}

// findUnique is findList for a general list x with the unique attribute:
// the position in x of each item of y (count x where absent), from x's
// hash, built or extended as x grew by appends; ok is false for any
// other x.
func findUnique(x, y k.Value) ([]int64, bool) {
	l, ok := x.(*k.List)
	if !ok || l.A != k.AttrU || len(l.V) < uniqueMin {
		return nil, false
	}
	uniques.mu.Lock()
	defer uniques.mu.Unlock()
	idx := uniqueIndexOf(l)
	if idx.vec != nil {
		if d, ok := y.(*k.Dict); ok {
			y = d.V // its values, as serItems takes them
		}
		n := y.Len()
		if k.IsAtom(y) || !isData(y) {
			n = 1
		}
		out := make([]int64, n)
		for j := range out {
			v := y
			if n != 1 || !k.IsAtom(y) && isData(y) {
				v = item(y, j)
			}
			out[j] = int64(len(l.V))
			if p := idx.vec.find(v); p >= 0 && p < len(l.V) {
				out[j] = int64(p)
			}
		}
		return out, true
	}
	ys := serItems(y)
	out := make([]int64, len(ys))
	for j, s := range ys {
		if p, ok := idx.pos[s]; ok && p < int64(len(l.V)) {
			out[j] = p
		} else {
			out[j] = int64(len(l.V))
		}
	}
	return out, true
}

// uniqueIndexOf is l's hash, made to cover its items; uniques.mu is held.
func uniqueIndexOf(l *k.List) *uniqueIndex {
	if uniques.m == nil {
		uniques.m = make(map[*k.Value]*uniqueIndex)
	}
	idx := uniques.m[&l.V[0]]
	if idx == nil {
		if len(uniques.m) >= uniqueMax {
			clear(uniques.m)
		}
		idx = &uniqueIndex{base: &l.V[0]}
		if vecItems(l) {
			idx.vec = newGrowSet()
		} else {
			idx.pos = make(map[string]int64, len(l.V))
		}
		uniques.m[&l.V[0]] = idx
	}
	if len(l.V) <= idx.n {
		return idx // a shorter list of the same items: positions past it are not its
	}
	if idx.vec != nil {
		if vecItems(&k.List{V: l.V[idx.n:]}) {
			idx.vec.items = l.V
			for i := idx.n; i < len(l.V); i++ {
				idx.vec.add(i)
			}
			idx.n = len(l.V)
			return idx
		}
		idx.vec, idx.n, idx.pos = nil, 0, make(map[string]int64, len(l.V)) // an item of another kind: by serial form from now on
	}
	var buf []byte
	for i := idx.n; i < len(l.V); i++ {
		buf = ser(buf[:0], l.V[i])
		if _, seen := idx.pos[string(buf)]; !seen {
			idx.pos[string(buf)] = int64(i)
		}
	}
	idx.n = len(l.V)
	return idx
}

// AppendUnique appends item, which l does not hold, to the `u# list l in
// place (an owned buffer of interp's), keeping l's hash: when the append
// moves l's items to a larger array, the hash is carried over to it, as
// the items it covers are the same, rather than built again.
func AppendUnique(l *k.List, item k.Value) {
	old := l.V
	l.V = append(l.V, item)
	if len(old) == 0 || &l.V[0] == &old[0] {
		return
	}
	moveUnique(old, l.V)
}

// carryUnique gives nw, the list old with items appended, old's hash: the
// items it covers are the same, so nw's first search extends it by the
// items appended rather than hashing every item again. old, which an
// append leaves behind, hashes its items again if it is searched.
func carryUnique(old, nw *k.List) {
	if len(old.V) == 0 || len(nw.V) < len(old.V) {
		return
	}
	moveUnique(old.V, nw.V)
}

// CarryUnique is carryUnique, for interp's copies of a `u# list that it
// then owns (a map dictionary's keys copied to be amended in place): the
// copy, not the list it was copied from, keeps the hash.
func CarryUnique(old, nw *k.List) { carryUnique(old, nw) }

// moveUnique hands the hash of the items of old, if it has one covering
// no more than them, to nw, a new array whose first items are old's.
// Lists of old's array hash their items again if they are searched.
func moveUnique(old, nw []k.Value) {
	if &old[0] == &nw[0] {
		return
	}
	uniques.mu.Lock()
	defer uniques.mu.Unlock()
	idx := uniques.m[&old[0]]
	if idx == nil || idx.n > len(old) {
		return
	}
	delete(uniques.m, &old[0])
	idx.base = &nw[0]
	uniques.m[&nw[0]] = idx
}

// UniqueAppend appends items to the `u# general list l when none of them
// is in l and no two are alike, keeping the attribute and l's hash: into
// l itself when owned (a buffer interp's owned values hold, whose spare
// room no other list sees), else into a copy with room to grow. ok is
// false, changing nothing, when the items would break the attribute:
// the join then decides.
func UniqueAppend(l *k.List, items []k.Value, owned bool) (*k.List, bool) {
	if l.A != k.AttrU || len(l.V) == 0 {
		return nil, false
	}
	add := &k.List{V: items}
	if len(items) > 1 && len(distinctRows(add)) != len(items) {
		return nil, false
	}
	var pos []int64
	if len(l.V) >= uniqueMin {
		pos, _ = findUnique(l, add)
	} else {
		pos = findList(&k.List{V: l.V}, add)
	}
	for _, p := range pos {
		if p < int64(len(l.V)) {
			return nil, false
		}
	}
	old := l.V
	if !owned {
		n := len(l.V) + len(items)
		v := make([]k.Value, len(l.V), n+n/2+8)
		copy(v, l.V)
		l = &k.List{V: v, A: k.AttrU}
	}
	l.V = append(l.V, items...)
	moveUnique(old, l.V)
	return l, true
}
