// This file holds the verb table's index of names: an open-addressing
// hash table of verb ids, made for the few hundred names the table
// holds. It replaces a Go map, whose construction at every start cost
// more than the lookups it serves: a name is hashed with FNV-1a (a verb's
// name is a glyph or a short keyword) and probed linearly; a slot holds
// the verb's id, and the name compared is the verb's own.

package interp

// verbIndex maps names to ids of the verbs of one table.
type verbIndex struct {
	slots []int32 // a verb's id, 0 for an empty slot; length a power of two
	n     int     // the names held
}

// indexSlots is the index's first size: room for the table's verbs at a
// third full, so that a probe seldom goes past its first slot.
const indexSlots = 1024

// nameHash is FNV-1a of s.
func nameHash(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

// id is the id of the verb called name, or 0.
func (t *verbTable) id(name string) int32 {
	x := &t.index
	if x.slots == nil {
		return 0
	}
	mask := uint32(len(x.slots) - 1)
	for i := nameHash(name) & mask; ; i = (i + 1) & mask {
		id := x.slots[i]
		if id == 0 || t.verbs[id-1].name == name {
			return id
		}
	}
}

// setID records that the verb with id is called name, a name not yet in
// the index, growing the index when it is half full.
func (t *verbTable) setID(name string, id int32) {
	x := &t.index
	if 2*(x.n+1) > len(x.slots) {
		size := indexSlots
		for size < 4*(x.n+1) {
			size *= 2
		}
		old := x.slots
		x.slots = make([]int32, size)
		for _, o := range old {
			if o != 0 {
				x.put(t.verbs[o-1].name, o)
			}
		}
	}
	x.put(name, id)
	x.n++
}

// put stores id in the first empty slot from name's hash.
func (x *verbIndex) put(name string, id int32) {
	mask := uint32(len(x.slots) - 1)
	i := nameHash(name) & mask
	for x.slots[i] != 0 {
		i = (i + 1) & mask
	}
	x.slots[i] = id
}
