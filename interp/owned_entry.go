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
// tables (a general list of values) keyed by a typed vector, k an atom
// key, and y an atom or vector of the entry's type, the entry having no
// attribute: in place when d still owns its buffers, else into a copy of
// d that it then owns. A key d lacks is appended with the entry (),y, as
// the amend seeds it (amend.go's seedMissing), so a multimap built by
// d[k],:y costs amortised constant time per append. It reports false,
// changing nothing, for any other case; assign then amends as usual, with
// the index key when appendEntry evaluated it (an index is evaluated once).
func (in *Interp) appendEntry(n *syntax.Assign, y k.Value, f *frame, discard bool) (r, key k.Value, done bool) {
	switch n.Index[0].(type) {
	case *syntax.Const, *syntax.Ident:
	default:
		key = in.eval(n.Index[0], f) // first: it may read d, ending d's ownership
	}
	slot, g, cur, owned, ok := in.appendTarget(n, f)
	if !ok {
		return nil, key, false
	}
	d, isDict := cur.(*k.Dict)
	if !isDict {
		return nil, key, false
	}
	vals, ok := d.V.(*k.List)
	if !ok || !k.IsList(d.K) || d.K.Type() == k.KList || len(vals.V) != d.K.Len() {
		return nil, key, false
	}
	if key == nil {
		key = in.eval(n.Index[0], f)
	}
	in.vsIdx = []k.Value{key} // for .z.vs (dotz.go), as assign sets it
	if key.Type() != -d.K.Type() {
		return nil, key, false
	}
	pos, ok := prim.Find(d.K, key).(k.Atom[int64])
	if !ok {
		return nil, key, false
	}
	i := int(pos.V)
	if i >= len(vals.V) {
		r, done = in.appendNewEntry(n, f, slot, g, owned, d, key, y, discard)
		return r, key, done
	}
	if !entryTakes(vals.V[i], y) {
		return nil, key, false
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
		return k.Identity, key, true
	}
	return clipped(nv), key, true // the compound assignment's value: the entry
}

// appendNewEntry is appendEntry for a key d lacks and y an atom or vector
// of a base type: the key is appended to d's keys and (),y to its values,
// each in place. d's keys are its own header, clipped by ownCopy when d or
// a reader's copy was made, so room past their length is d's alone.
func (in *Interp) appendNewEntry(n *syntax.Assign, f *frame, slot int, g string, owned bool, d *k.Dict, key, y k.Value, discard bool) (k.Value, bool) {
	if t := y.Type(); !(t > -20 && t < 20 && t != k.KList && t != 0) {
		return nil, false
	}
	if a := prim.VecAttr(d.K); a != k.AttrNone && a != k.AttrU {
		return nil, false // a sorted or grouped key vector: the join decides
	}
	if slot < 0 {
		in.checkUpdate() // not from a secondary thread
	}
	if !owned {
		d = ownCopy(d)
	}
	nv := clipped(prim.Join(k.NewList(), y)) // (),y: its own header, no room to share
	appendItem(d.K, key)
	vals := d.V.(*k.List)
	vals.V = append(vals.V, nv)
	in.keepOwned(n, f, slot, g, owned, d)
	if discard {
		return k.Identity, true
	}
	return nv, true
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
// clipped to its length, and keys in a header of its own clipped to their
// length (appendNewEntry appends a key in place).
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
	return &k.Dict{K: clipped(d.K), V: &k.List{V: v, A: vals.A}}
}
