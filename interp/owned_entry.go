// This file extends owned buffers (owned.go) to the entries of a
// dictionary: d[k],:y appends to the vector d holds at key k. Done as an
// amend, it copies the entry (and the list of d's values) each time, so a
// stream of appends into one entry, in a fold such as {x[`k],:y; x}/ or
// in a loop on a global, costs the square of the entry's length. Instead,
// the first append makes d a dictionary of its own (a new list of values,
// each entry a header clipped to its length) with the entry copied into a
// buffer with room to spare; while nothing reads d, later appends write
// into that room in place. In a dictionary so owned, an entry with room
// beyond its length is one these appends made, and no other value shares
// that room: every other entry was clipped when d was copied.

package interp

import (
	"qgo/interp/k"
	"qgo/interp/prim"
	"qgo/interp/syntax"
)

// appendEntry performs d[k],:y for d a dictionary of typed vectors or
// tables (a general list of values), k an atom key d has, written as a constant or
// a name, and y an atom or vector of the entry's type, the entry having no
// attribute: in place when d still owns its buffers, else into a copy of
// d that it then owns. It reports false, changing nothing, for any other
// case; assign then amends as usual (evaluating the index itself).
func (in *Interp) appendEntry(n *syntax.Assign, y k.Value, f *frame, discard bool) (k.Value, bool) {
	switch n.Index[0].(type) {
	case *syntax.Const, *syntax.Ident:
	default:
		return nil, false // evaluated once, by whichever path amends
	}
	slot, g, cur, owned, ok := in.appendTarget(n, f)
	if !ok {
		return nil, false
	}
	d, isDict := cur.(*k.Dict)
	if !isDict {
		return nil, false
	}
	vals, ok := d.V.(*k.List)
	if !ok || !k.IsList(d.K) || d.K.Type() == k.KList || len(vals.V) != d.K.Len() {
		return nil, false
	}
	key := in.eval(n.Index[0], f)
	in.vsIdx = []k.Value{key} // for .z.vs (dotz.go), as assign sets it
	if key.Type() != -d.K.Type() {
		return nil, false
	}
	pos, ok := prim.Find(d.K, key).(k.Atom[int64])
	if !ok || pos.V >= int64(len(vals.V)) {
		return nil, false // a new key: the amend adds it
	}
	i := int(pos.V)
	if !entryTakes(vals.V[i], y) {
		return nil, false
	}
	if slot < 0 {
		in.checkUpdate() // not from a secondary thread
	}
	if !owned {
		d = ownCopy(d)
		vals = d.V.(*k.List)
	}
	// every entry of an owned d is its alone or clipped: grow it in place
	var nv k.Value
	if et, isTable := vals.V[i].(*k.Table); isTable {
		nv, _, ok = growTable(et, y, true, true)
	} else {
		nv, ok = growJoin(vals.V[i], y, true)
	}
	if !ok {
		panic("appendEntry: an entry entryTakes accepted")
	}
	vals.V[i] = nv
	in.keepOwned(n, f, slot, g, owned, d)
	if discard {
		return k.Identity, true
	}
	return clipped(nv), true // the compound assignment's value: the entry
}

// entryTakes reports whether growJoin appends y to the entry e in place of
// a join: e a typed vector of a base type with no attribute, y an atom or
// vector of its type; or e a table of typed columns and y a record that
// growTable appends (insert's, with each atom of its column's type).
func entryTakes(e, y k.Value) bool {
	if et, ok := e.(*k.Table); ok {
		return appendRecord(et, y, false) // a record of its columns' types
	}
	if !isTypedVec(e) {
		return false
	}
	t := e.Type()
	return y.Type() == t || y.Type() == -t && k.IsAtom(y)
}

// ownCopy is d with a list of values of its own, each entry a header
// clipped to its length.
func ownCopy(d *k.Dict) *k.Dict {
	vals := d.V.(*k.List)
	v := make([]k.Value, len(vals.V))
	for i, e := range vals.V {
		if t, ok := e.(*k.Table); ok {
			v[i] = snapshot(t)
		} else {
			v[i] = clipped(e)
		}
	}
	return &k.Dict{K: d.K, V: &k.List{V: v, A: vals.A}}
}
