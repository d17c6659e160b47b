// This file extends owned buffers (owned.go) to a dictionary used as a
// map: d[k]:v and d[k]op:v for d a dictionary of a typed vector of keys
// and a typed vector of values. Done as an amend, each copies d's values
// (and a new key both vectors), so filling or counting into a dictionary
// in a loop cost the square of its size. Instead, the first such
// assignment gives d vectors of its own with room to spare; while nothing
// reads d, later ones write the value in place or append the new key and
// value into that room. Unlike the dictionaries appendEntry grows, the
// items a reader could see change in place here, so a reader of such a
// global ends its ownership (read) rather than sharing its buffers.

package interp

import (
	"qgo/interp/k"
	"qgo/interp/prim"
	"qgo/interp/syntax"
)

// mapDict reports whether v is a dictionary that amendEntry writes in
// place: typed vectors of keys and of values, of one count, with no
// attribute but the keys' unique one.
func mapDict(v k.Value) (*k.Dict, bool) {
	d, ok := v.(*k.Dict)
	if !ok || !isTypedVec(d.K) && !uniqueKeys(d.K) || !isTypedVec(d.V) || d.K.Len() != d.V.Len() {
		return nil, false
	}
	return d, true
}

// uniqueKeys reports whether v is a general list with the unique
// attribute, whose hash (prim's find_unique.go) finds a key among the
// keys of a map dictionary (grid points as pairs: (`u#enlist 0 0)!enlist 0),
// or a typed vector with it, whose index (k.Positions) does: an append
// in place keeps the items unique, as the key appended is new (a tape of
// cells, (`u#enlist 0N)!enlist 0N, written at new positions).
func uniqueKeys(v k.Value) bool {
	if l, ok := v.(*k.List); ok {
		return l.A == k.AttrU && len(l.V) > 0
	}
	switch v.(type) {
	case *k.Vec[bool], *k.Vec[uint8], *k.Vec[int16], *k.Vec[int32], *k.Vec[int64],
		*k.Vec[float32], *k.Vec[float64], *k.Vec[string], *k.Vec[k.GUID]:
		return prim.VecAttr(v) == k.AttrU
	}
	return false
}

// isMapKey reports whether key is one key of d's keys: an atom of their type,
// or a vector of atoms for a list of them.
func isMapKey(d *k.Dict, key k.Value) bool {
	if l, ok := d.K.(*k.List); ok {
		t := key.Type()
		return t > 0 && t < 20 && t != k.KS && isTypedVec(key) && l.V[0].Type() == t
	}
	return k.IsAtom(key) && key.Type() == -d.K.Type()
}

// amendEntry performs d[k]:y, or d[k]op:y for an operator op and a key d
// has, on a mapDict d, k an atom of its keys' type, and the new value an
// atom of its values' type: in place when d owns its vectors, else into a
// copy of d that it then owns. It reports false, changing nothing, for
// any other case; assign then amends as usual, with the key evaluated
// here when key is not nil (an index is evaluated once).
func (in *Interp) amendEntry(n *syntax.Assign, y k.Value, f *frame, discard bool) (r, key k.Value, done bool) {
	r, done = in.amendEntryKey(n, y, f, discard, &key)
	return r, key, done
}

// amendEntryKey is amendEntry, setting *key once it evaluates the index.
func (in *Interp) amendEntryKey(n *syntax.Assign, y k.Value, f *frame, discard bool, keyOut *k.Value) (k.Value, bool) {
	var op k.Value
	if n.Op != nil {
		if _, ok := n.Op.(*syntax.Op); !ok {
			return nil, false
		}
		if op = in.verbValue(n.Op, f); op == nil {
			return nil, false
		}
		if _, ok := op.(*k.Prim); !ok {
			return nil, false
		}
	}
	key := in.eval(n.Index[0], f) // first: it may read d, ending d's ownership
	*keyOut = key
	slot, g, cur, owned, ok := in.appendTarget(n, f)
	if !ok {
		return nil, false
	}
	d, ok := mapDict(cur)
	if !ok {
		return nil, false
	}
	if !isMapKey(d, key) {
		return nil, false
	}
	in.vsIdx = []k.Value{key} // for .z.vs (dotz.go), as assign sets it
	pos, ok := prim.Find(d.K, key).(k.Atom[int64])
	if !ok {
		return nil, false
	}
	p, count := int(pos.V), d.K.Len()
	nv := y
	if p < count && op != nil {
		nv = in.apply(op, []k.Value{k.At(d.V, p), y})
	} else if op != nil {
		// a new key starts at op's identity element, as seedMissing has
		// the amend do: d[k]+:1 on a new k gives 1
		seed, ok := opIdentity(op, d.V.Type())
		if !ok {
			return nil, false
		}
		nv = in.apply(op, []k.Value{seed, y})
	}
	if nv.Type() != -d.V.Type() || !k.IsAtom(nv) {
		return nil, false
	}
	if slot >= 0 && owned && p < count && !f.owns(slot) {
		owned = false // a reader holds the entry (readLocal): write it in a copy
	}
	if slot < 0 {
		in.checkUpdate() // not from a secondary thread
		if owned && p < count && len(in.seen) > 0 {
			if g == "" {
				g = in.qualify(n.Name, f)
			}
			owned = !in.seen[g] // a reader holds the entry: write it in a copy
		}
	}
	d = putEntry(d, owned, p, count, key, nv)
	in.keepOwned(n, f, slot, g, owned, d)
	if slot < 0 && in.seen == nil {
		in.seen = map[string]bool{} // its reads are recorded from now on (read)
	}
	if discard {
		return k.Identity, true
	}
	if op != nil {
		return nv, true // a compound assignment gives the new item
	}
	return y, true
}

// opIdentity is the identity element seedMissing gives a new key of a
// dictionary whose values are of type t amended by op: 0 for + and -, 1
// for * and %, as an atom of type t; ok is false for another op.
func opIdentity(op k.Value, t k.Type) (k.Value, bool) {
	p, ok := op.(*k.Prim)
	if !ok {
		return nil, false
	}
	var one int64
	switch p.Name {
	case "+", "-":
	case "*", "%":
		one = 1
	default:
		return nil, false
	}
	return prim.CastTo(t, k.J(one)), true
}

// putEntry sets the entry at p of map dictionary d to nv, or adds key
// with nv when p is count (d's count, the key not found), in d's own
// buffers when they are its holder's (owned), else in copies with room to
// grow, which it returns for the holder to own.
func putEntry(d *k.Dict, owned bool, p, count int, key, nv k.Value) *k.Dict {
	if !owned {
		d = &k.Dict{K: roomCopy(d.K), V: roomCopy(d.V)}
	}
	if p < count {
		setOwnedItem(d.V, p, nv)
	} else {
		appendItem(d.K, key)
		appendItem(d.V, nv)
	}
	return d
}

// roomCopy is a copy of the typed vector v (isTypedVec), or of the
// unique list v (uniqueKeys), with room to grow.
func roomCopy(v k.Value) k.Value {
	if l, ok := v.(*k.List); ok {
		nl := make([]k.Value, len(l.V), len(l.V)+len(l.V)/2+8)
		copy(nl, l.V)
		c := &k.List{V: nl, A: l.A}
		if l.A == k.AttrU {
			// the hash of `u# keys goes with the copy, which the amend
			// extends, rather than the copy hashing every key again:
			// (x in key d) then d[x]:y in a loop cost the square
			prim.CarryUnique(l, c)
		}
		return c
	}
	nv, _, ok := growAny(v, nil, false)
	if !ok {
		panic("roomCopy: not a typed vector")
	}
	return nv
}

// appendItem appends atom a of its type to the owned typed vector v in
// place.
func appendItem(v, a k.Value) {
	if l, ok := v.(*k.List); ok {
		prim.AppendUnique(l, a) // a new key: the list stays unique
		return
	}
	if _, _, ok := growAny(v, a, true); !ok {
		panic("appendItem: an atom of another type")
	}
}

// growAny is growVec for any typed vector v: y appended (none when y is
// nil) in place when owned, else into a copy with room to grow.
func growAny(v, y k.Value, owned bool) (k.Value, k.Value, bool) {
	switch c := v.(type) {
	case *k.List: // the `u# keys of a map, y a key not among them
		if !owned {
			c = &k.List{A: c.A, V: append(make([]k.Value, 0, len(c.V)+len(c.V)/2+8), c.V...)}
		}
		if y != nil {
			c.V = append(c.V, y)
		}
		return c, k.Identity, true
	case *k.Vec[bool]:
		return growOrCopy(c, y, owned)
	case *k.Vec[uint8]:
		return growOrCopy(c, y, owned)
	case *k.Vec[int16]:
		return growOrCopy(c, y, owned)
	case *k.Vec[int32]:
		return growOrCopy(c, y, owned)
	case *k.Vec[int64]:
		return growOrCopy(c, y, owned)
	case *k.Vec[float32]:
		return growOrCopy(c, y, owned)
	case *k.Vec[float64]:
		return growOrCopy(c, y, owned)
	case *k.Vec[string]:
		return growOrCopy(c, y, owned)
	case *k.Vec[k.GUID]:
		return growOrCopy(c, y, owned)
	}
	return nil, nil, false
}

func growOrCopy[E k.Elem](c *k.Vec[E], y k.Value, owned bool) (k.Value, k.Value, bool) {
	if y == nil {
		v := make([]E, len(c.V), len(c.V)+len(c.V)/2+8)
		copy(v, c.V)
		return k.ShareIndex(c, &k.Vec[E]{T: c.T, A: c.A, V: v}), k.Identity, true
	}
	return growVec(c, y, owned, true)
}
