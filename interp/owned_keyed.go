// This file extends owned buffers (owned.go) to keyed tables: `kt upsert
// (k;v)`, `kt insert (k;v)` and kt,:(k;v) with one record of atoms, a
// table keyed by one typed column. Done as a join, each copies every
// column and searches the keys from the first, so a stream of records
// (a tickerplant's keyed "last value" table) cost the square of the
// table's size. Instead the first such record gives the table columns of
// its own with room to spare, which later records grow in place; the
// rows of the keys are found through a hash of the key column kept
// beside it (keyHash), which each lookup extends by the keys appended
// since, so a record costs amortised constant time. A new key appends
// (beyond the count any reader's header sees); an existing key writes
// the record's values over its row, in place only when no reader holds
// the table (a local the record's own slot owns, or a root global no
// read has snapshot since it was copied: read marks it seen), else into
// a copy of the value columns that the target then owns.

package interp

import (
	"qgo/interp/k"
	"qgo/interp/prim"
	"qgo/interp/syntax"
)

// keyIxMax bounds how many key columns keep a hash at once.
const keyIxMax = 16

// keyHash is the row of each key among the first n items of col, a key
// column only an owned append grows (its items below n never change).
type keyHash[E k.Elem] struct {
	col *k.Vec[E]
	n   int
	pos map[E]int
}

// row is the first row of x in h's column, -1 when it has none.
func (h *keyHash[E]) row(x E) int {
	for ; h.n < len(h.col.V); h.n++ {
		if _, dup := h.pos[h.col.V[h.n]]; !dup {
			h.pos[h.col.V[h.n]] = h.n
		}
	}
	if p, ok := h.pos[x]; ok {
		return p
	}
	return -1
}

// keyRow is the row of the key atom a in the owned key column col, from
// col's hash (built, or extended by the keys appended since).
func (in *Interp) keyRow(col, a k.Value) int {
	switch c := col.(type) {
	case *k.Vec[bool]:
		return keyRowIn(in, c, a)
	case *k.Vec[uint8]:
		return keyRowIn(in, c, a)
	case *k.Vec[int16]:
		return keyRowIn(in, c, a)
	case *k.Vec[int32]:
		return keyRowIn(in, c, a)
	case *k.Vec[int64]:
		return keyRowIn(in, c, a)
	case *k.Vec[string]:
		return keyRowIn(in, c, a)
	case *k.Vec[k.GUID]:
		return keyRowIn(in, c, a)
	}
	panic("keyRow: a key column keyedRecord does not take")
}

func keyRowIn[E k.Elem](in *Interp, c *k.Vec[E], a k.Value) int {
	h, _ := in.keyIx[c].(*keyHash[E])
	if h == nil {
		if in.keyIx == nil || len(in.keyIx) >= keyIxMax {
			in.keyIx = map[k.Value]any{}
		}
		h = &keyHash[E]{col: c, pos: map[E]int{}}
		in.keyIx[c] = h
	}
	return h.row(a.(k.Atom[E]).V)
}

// dropKeyIx forgets the hash of the key column of v, a value whose
// global no longer owns it.
func (in *Interp) dropKeyIx(v k.Value) {
	if d, ok := v.(*k.Dict); ok {
		if kt, ok := d.K.(*k.Table); ok && len(kt.Data) == 1 {
			delete(in.keyIx, kt.Data[0])
		}
	}
}

// keyedRecord is the record y as the atoms of a row of the keyed table
// d, when the in-place path takes them: d keyed by one column of typed
// items compared exactly (no float), its value columns typed vectors,
// none with an attribute, and y a general list of an atom per column,
// each of its column's type. ok is false for anything else, which the
// join then upserts.
func keyedRecord(d *k.Dict, y k.Value) (rec []k.Value, ok bool) {
	kt, ok1 := d.K.(*k.Table)
	vt, ok2 := d.V.(*k.Table)
	l, ok3 := y.(*k.List)
	if !ok1 || !ok2 || !ok3 || len(kt.Data) != 1 || len(l.V) != 1+len(vt.Data) || kt.Len() != vt.Len() {
		return nil, false
	}
	key := kt.Data[0]
	if !isTypedVec(key) || key.Type() == k.KE || key.Type() == k.KF || key.Type() == k.KZ {
		return nil, false
	}
	if l.V[0].Type() != -key.Type() {
		return nil, false
	}
	for i, c := range vt.Data {
		if !isTypedVec(c) || l.V[i+1].Type() != -c.Type() {
			return nil, false
		}
	}
	return l.V, true
}

// spareKeyed copies the keyed table d, whose record keyedRecord took,
// into fresh buffers with room for more rows.
func spareKeyed(d *k.Dict) *k.Dict {
	return &k.Dict{K: spareCopy(d.K.(*k.Table)), V: spareCopy(d.V.(*k.Table))}
}

// upsertRecordInto upserts the record rec (keyedRecord) into the keyed
// table d: in place when owned (d's buffers are its target's alone), else
// into a copy of d with room to grow; a new key appended, an existing
// key's values written over its row, in place when overwrite says no
// reader holds d, else into a copy of d's value columns. With insert, an
// existing key is an 'insert error. It returns the keyed table now
// holding the record (d, or a copy the target must own: fresh) and the
// record's row.
func (in *Interp) upsertRecordInto(d *k.Dict, rec []k.Value, owned, overwrite, insert bool) (nd *k.Dict, fresh bool, row int) {
	if !owned {
		d, fresh, overwrite = spareKeyed(d), true, true
	}
	kt, vt := d.K.(*k.Table), d.V.(*k.Table)
	p := in.keyRow(kt.Data[0], rec[0])
	if p < 0 {
		appendAtom(kt.Data[0], rec[0], true)
		for i, c := range vt.Data {
			appendAtom(c, rec[i+1], true)
		}
		return d, fresh, kt.Len() - 1
	}
	if insert {
		k.Signal("insert") // insert takes only new keys
	}
	if !overwrite {
		vt = spareCopy(vt) // a reader holds the items of the old row
		d, fresh = &k.Dict{K: kt, V: vt}, true
	}
	for i, c := range vt.Data {
		setOwnedItem(c, p, rec[i+1])
	}
	return d, fresh, p
}

// keyedGlobal upserts (insert: inserts) the record y into the keyed table
// the global g (absolute) holds, in place or into a copy the global then
// owns, and gives the record's row; ok is false, changing nothing, when
// keyedRecord does not take y.
func (in *Interp) keyedGlobal(g string, y k.Value, insert bool) (row int, ok bool) {
	cur, owned := in.ownedValue(g)
	if !owned {
		if cur, ok = in.absGet(g); !ok {
			return 0, false
		}
		if _, isView := in.views[g]; isView {
			return 0, false
		}
	}
	d, ok := cur.(*k.Dict)
	if !ok || prim.IsStep(d) {
		return 0, false
	}
	rec, ok := keyedRecord(d, y)
	if !ok {
		return 0, false
	}
	in.checkUpdate() // not from a secondary thread
	overwrite := owned && !hasDot(g) && !in.seen[g]
	nd, fresh, row := in.upsertRecordInto(d, rec, owned, overwrite, insert)
	if fresh {
		in.put(g, nd)
		in.ownKeyed(g, nd)
	} else {
		in.grew(g)
	}
	return row, true
}

// ownKeyed records that the global g owns the keyed table d, and that a
// read of it from now on marks it seen (its rows may then no longer be
// overwritten in place).
func (in *Interp) ownKeyed(g string, d *k.Dict) {
	if in.seen == nil {
		in.seen = map[string]bool{}
	}
	in.own(g, d)
}

// growKeyed is x,:y for x the keyed table d and y one record (keyedRecord)
// for the target appendTarget found (a local slot >= 0, else the global
// g): upserted in place when owned, else into a copy the target then
// owns (fresh). It gives the value of the expression, and ok false,
// changing nothing, when keyedRecord does not take y.
func (in *Interp) growKeyed(n *syntax.Assign, f *frame, slot int, g string, d *k.Dict, y k.Value, owned, discard bool) (out k.Value, ok bool) {
	if prim.IsStep(d) {
		return nil, false
	}
	rec, ok := keyedRecord(d, y)
	if !ok {
		return nil, false
	}
	overwrite := owned
	if slot < 0 {
		in.checkUpdate() // not from a secondary thread
		if g == "" {
			g = in.qualify(n.Name, f)
		}
		overwrite = owned && !hasDot(g) && !in.seen[g]
	}
	nd, fresh, _ := in.upsertRecordInto(d, rec, owned, overwrite, false)
	if fresh && slot < 0 && in.seen == nil {
		in.seen = map[string]bool{}
	}
	in.keepOwned(n, f, slot, g, owned && !fresh, nd)
	if discard {
		return k.Identity, true
	}
	return snapshot(nd), true
}
