// This file extends owned buffers (owned.go) to keyed tables: `kt upsert
// (k;v)`, `kt insert (k;v)` and kt,:(k;v) with one record of atoms, and
// `kt upsert y and kt,:y with y a table of kt's columns, into a table
// keyed by typed columns (several: keysRow, at the end of the file). Done
// as a join, each copies every column and searches the keys from the
// first, so a stream of records (a tickerplant's keyed "last value" table)
// cost the square of the table's size. Instead the first such record gives
// the table columns of its own with room to spare, which later records
// grow in place; the rows of the keys are found through a hash of the key
// column kept beside it (keyHash), which each lookup extends by the keys
// appended since, so a record costs amortised constant time. A new key
// appends (beyond the count any reader's header sees); an existing key
// writes the record's values over its row, in place only when no reader
// holds the table (a local the record's own slot owns, or a root global no
// read has snapshot since it was copied: read marks it seen), else into a
// copy of the value columns that the target then owns.

package interp

import (
	"encoding/binary"
	"slices"

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
		return intKeyRow(in, c, a.(k.Atom[uint8]).V)
	case *k.Vec[int16]:
		return intKeyRow(in, c, a.(k.Atom[int16]).V)
	case *k.Vec[int32]:
		return intKeyRow(in, c, a.(k.Atom[int32]).V)
	case *k.Vec[int64]:
		return intKeyRow(in, c, a.(k.Atom[int64]).V)
	case *k.Vec[string]:
		return keyRowIn(in, c, a)
	case *k.Vec[k.GUID]:
		return keyRowIn(in, c, a)
	}
	panic("keyRow: a key column keyedRecords does not take")
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

// intKeyHash is keyHash for a key column of integers (bytes, shorts,
// ints, longs and the temporal types held as them): a k.IntMap, which
// finds a key in one probe of a flat array and holds no pointers.
// While the column's keys ascend strictly (asc, checked over its first m
// items), a key above the last is new with no probe at all, and the hash
// is filled only when a key at or below the last is looked up: a stream
// of new keys in order (ids, times) costs no hashing.
type intKeyHash[E uint8 | int16 | int32 | int64] struct {
	col *k.Vec[E]
	n   int
	pos k.IntMap
	m   int
	asc bool
}

// intKeyRow is keyRowIn for a column of integers.
func intKeyRow[E uint8 | int16 | int32 | int64](in *Interp, c *k.Vec[E], x E) int {
	h, _ := in.keyIx[c].(*intKeyHash[E])
	if h == nil {
		if in.keyIx == nil || len(in.keyIx) >= keyIxMax {
			in.keyIx = map[k.Value]any{}
		}
		h = &intKeyHash[E]{col: c, asc: true}
		in.keyIx[c] = h
	}
	for ; h.asc && h.m < len(c.V); h.m++ {
		h.asc = h.m == 0 || c.V[h.m] > c.V[h.m-1]
	}
	if h.asc && (len(c.V) == 0 || x > c.V[len(c.V)-1]) {
		return -1
	}
	for ; h.n < len(c.V); h.n++ {
		h.pos.GetOrPut(int64(c.V[h.n]), int64(h.n)) // a duplicate keeps its first row
	}
	if p, ok := h.pos.Get(int64(x)); ok {
		return int(p)
	}
	return -1
}

// dropKeyIx forgets the hash of the key column of v, a value whose
// global no longer owns it.
func (in *Interp) dropKeyIx(v k.Value) {
	if d, ok := v.(*k.Dict); ok {
		if kt, ok := d.K.(*k.Table); ok && len(kt.Data) > 0 {
			delete(in.keyIx, kt.Data[0])
		}
	}
}

// keyedRecords is y as the rows of atoms the in-place path upserts into
// the keyed table d: d keyed by columns of typed items compared
// exactly (no float), its value columns typed vectors, none with an
// attribute; y one record, a general list of an atom per column, or a
// table (keyed or not) of d's columns in d's order, each of its column's
// type. ok is false for anything else, which the join then upserts.
//
// The rows are appended to buf: a caller passing a slice of room for one
// (an array of its own) gets one record with no allocation.
func keyedRecords(d *k.Dict, y k.Value, buf [][]k.Value) (rows [][]k.Value, ok bool) {
	kt, ok1 := d.K.(*k.Table)
	vt, ok2 := d.V.(*k.Table)
	if !ok1 || !ok2 || len(kt.Data) == 0 || kt.Len() != vt.Len() {
		return nil, false
	}
	nk := len(kt.Data)
	for _, key := range kt.Data {
		if !isTypedVec(key) || key.Type() == k.KE || key.Type() == k.KF || key.Type() == k.KZ {
			return nil, false
		}
	}
	for _, c := range vt.Data {
		if !isTypedVec(c) {
			return nil, false
		}
	}
	if l, ok := y.(*k.List); ok {
		if len(l.V) != nk+len(vt.Data) {
			return nil, false
		}
		for i, c := range kt.Data {
			if l.V[i].Type() != -c.Type() {
				return nil, false
			}
		}
		for i, c := range vt.Data {
			if l.V[nk+i].Type() != -c.Type() {
				return nil, false
			}
		}
		return append(buf, l.V), true
	}
	cols := append(append([]k.Value(nil), kt.Data...), vt.Data...)
	ycols, ok := recordColumns(kt, vt, y)
	if !ok {
		return nil, false
	}
	for i, c := range cols {
		if ycols[i].Type() != c.Type() {
			return nil, false
		}
	}
	n := ycols[0].Len()
	rows = make([][]k.Value, n)
	for r := range rows {
		row := make([]k.Value, len(ycols))
		for i, c := range ycols {
			row[i] = k.At(c, r)
		}
		rows[r] = row
	}
	return rows, true
}

// recordColumns is the columns of y, a table or a keyed table, when
// they are the key column of kt then the columns of vt, by name in that
// order.
func recordColumns(kt, vt *k.Table, y k.Value) ([]k.Value, bool) {
	var names []string
	var data []k.Value
	switch yv := y.(type) {
	case *k.Table:
		names, data = yv.Cols.V, yv.Data
	case *k.Dict:
		yk, ok1 := yv.K.(*k.Table)
		yt, ok2 := yv.V.(*k.Table)
		if !ok1 || !ok2 {
			return nil, false
		}
		names = append(append([]string(nil), yk.Cols.V...), yt.Cols.V...)
		data = append(append([]k.Value(nil), yk.Data...), yt.Data...)
	default:
		return nil, false
	}
	nk := len(kt.Cols.V)
	if len(names) != nk+len(vt.Cols.V) || !slices.Equal(names[:nk], kt.Cols.V) || !slices.Equal(names[nk:], vt.Cols.V) {
		return nil, false
	}
	return data, true
}

// spareKeyed copies the keyed table d, whose rows keyedRecords took,
// into fresh buffers with room for more rows.
func spareKeyed(d *k.Dict) *k.Dict {
	return &k.Dict{K: spareCopy(d.K.(*k.Table)), V: spareCopy(d.V.(*k.Table))}
}

// upsertRecordInto upserts the rows (keyedRecords) into the keyed table
// d, in order: in place when owned (d's buffers are its target's alone),
// else into a copy of d with room to grow; a new key appended, a key d
// had before the rows' values written over its row (a key new among the
// rows is appended each time, as the join does), in place when overwrite
// says no reader holds d, else into a copy of d's value columns first.
// With insert, one row whose key d has is an 'insert error. It returns
// the keyed table now holding the rows (d, or a copy the target must own:
// fresh) and the last row's position.
func (in *Interp) upsertRecordInto(d *k.Dict, rows [][]k.Value, owned, overwrite, insert bool) (nd *k.Dict, fresh bool, row int) {
	if !owned {
		d, fresh, overwrite = spareKeyed(d), true, true
	}
	kt, vt := d.K.(*k.Table), d.V.(*k.Table)
	n0, nk := kt.Len(), len(kt.Data)
	for _, rec := range rows {
		var p int
		if nk == 1 {
			p = in.keyRow(kt.Data[0], rec[0])
		} else {
			p = in.keysRow(kt.Data, rec[:nk])
		}
		if p < 0 || p >= n0 {
			for i, c := range kt.Data {
				appendAtom(c, rec[i], true)
			}
			for i, c := range vt.Data {
				appendAtom(c, rec[nk+i], true)
			}
			row = kt.Len() - 1
			continue
		}
		if insert {
			k.Signal("insert") // insert takes only new keys
		}
		if !overwrite {
			vt = spareCopy(vt) // a reader holds the items of the old row
			d, fresh, overwrite = &k.Dict{K: kt, V: vt}, true, true
		}
		for i, c := range vt.Data {
			setOwnedItem(c, p, rec[nk+i])
		}
		row = p
	}
	return d, fresh, row
}

// keyedGlobal upserts (insert: inserts) the record y into the keyed table
// the global g (absolute) holds, in place or into a copy the global then
// owns, and gives the record's row; ok is false, changing nothing, when
// keyedRecords does not take y.
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
	var one [1][]k.Value
	rows, ok := keyedRecords(d, y, one[:0])
	if !ok || insert && len(rows) != 1 {
		return 0, false // insert checks every key before it appends any
	}
	in.checkUpdate() // not from a secondary thread
	overwrite := owned && !hasDot(g) && !in.seen[g]
	nd, fresh, row := in.upsertRecordInto(d, rows, owned, overwrite, insert)
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

// growKeyed is x,:y for x the keyed table d and y one record (keyedRecords)
// for the target appendTarget found (a local slot >= 0, else the global
// g): upserted in place when owned, else into a copy the target then
// owns (fresh). It gives the value of the expression, and ok false,
// changing nothing, when keyedRecords does not take y.
func (in *Interp) growKeyed(n *syntax.Assign, f *frame, slot int, g string, d *k.Dict, y k.Value, owned, discard bool) (out k.Value, ok bool) {
	if _, simple := y.(*k.Table); simple || prim.IsStep(d) {
		return nil, false // a keyed table joins a keyed one, or records
	}
	var one [1][]k.Value
	rows, ok := keyedRecords(d, y, one[:0])
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
	nd, fresh, _ := in.upsertRecordInto(d, rows, owned, overwrite, false)
	if fresh && slot < 0 && in.seen == nil {
		in.seen = map[string]bool{}
	}
	in.keepOwned(n, f, slot, g, owned && !fresh, nd)
	if discard {
		return k.Identity, true
	}
	return snapshot(nd), true
}

// What follows extends the in-place upsert of owned keyed tables (above)
// to tables keyed by several columns, ([sym;time] ...):
// such a table's upsert of a record was a join, which copied every
// column and searched its keys, so a stream of new keys cost the square
// of the table's size (20,000 records took 26 s). The rows of the keys
// are found instead through a hash of each row's keys, the bytes of its
// key items one after the other (keysHash), which each lookup extends
// by the rows appended since, as keyHash does for one key column.

// keysHash is the first row of each combination of keys among the first
// n rows of a keyed table's key columns (cols, the headers it indexes,
// which only an owned append grows), by the bytes of the row's keys.
type keysHash struct {
	cols []k.Value
	n    int
	pos  map[string]int
	buf  []byte
}

// keysRow is the row of the keys (an atom per key column, of its type)
// in the owned key columns cols, -1 when they have none.
func (in *Interp) keysRow(cols, keys []k.Value) int {
	h, _ := in.keyIx[cols[0]].(*keysHash)
	if h == nil || !slices.Equal(h.cols, cols) {
		if in.keyIx == nil || len(in.keyIx) >= keyIxMax {
			in.keyIx = map[k.Value]any{}
		}
		h = &keysHash{cols: slices.Clone(cols), pos: map[string]int{}}
		in.keyIx[cols[0]] = h
	}
	for n := cols[0].Len(); h.n < n; h.n++ {
		h.buf = h.buf[:0]
		for _, c := range cols {
			h.buf = cellBytes(h.buf, c, h.n)
		}
		if _, dup := h.pos[string(h.buf)]; !dup {
			h.pos[string(h.buf)] = h.n // a duplicate keeps its first row
		}
	}
	h.buf = h.buf[:0]
	for _, a := range keys {
		h.buf = atomBytes(h.buf, a)
	}
	if p, ok := h.pos[string(h.buf)]; ok {
		return p
	}
	return -1
}

// cellBytes appends the bytes of item i of the typed key column c: as
// atomBytes gives for the atom of that item.
func cellBytes(buf []byte, c k.Value, i int) []byte {
	switch v := c.(type) {
	case *k.Vec[bool]:
		return appendBool(buf, v.V[i])
	case *k.Vec[uint8]:
		return append(buf, v.V[i])
	case *k.Vec[int16]:
		return binary.LittleEndian.AppendUint16(buf, uint16(v.V[i]))
	case *k.Vec[int32]:
		return binary.LittleEndian.AppendUint32(buf, uint32(v.V[i]))
	case *k.Vec[int64]:
		return binary.LittleEndian.AppendUint64(buf, uint64(v.V[i]))
	case *k.Vec[string]:
		return append(binary.AppendUvarint(buf, uint64(len(v.V[i]))), v.V[i]...)
	case *k.Vec[k.GUID]:
		return append(buf, v.V[i][:]...)
	}
	panic("cellBytes: a key column keyedRecords does not take")
}

// atomBytes appends the bytes of the key atom a (cellBytes).
func atomBytes(buf []byte, a k.Value) []byte {
	switch v := a.(type) {
	case k.Atom[bool]:
		return appendBool(buf, v.V)
	case k.Atom[uint8]:
		return append(buf, v.V)
	case k.Atom[int16]:
		return binary.LittleEndian.AppendUint16(buf, uint16(v.V))
	case k.Atom[int32]:
		return binary.LittleEndian.AppendUint32(buf, uint32(v.V))
	case k.Atom[int64]:
		return binary.LittleEndian.AppendUint64(buf, uint64(v.V))
	case k.Atom[string]:
		return append(binary.AppendUvarint(buf, uint64(len(v.V))), v.V...)
	case k.Atom[k.GUID]:
		return append(buf, v.V[:]...)
	}
	panic("atomBytes: a key atom keyedRecords does not take")
}

// appendBool appends the byte of the boolean b, 1 or 0.
func appendBool(buf []byte, b bool) []byte {
	if b {
		return append(buf, 1)
	}
	return append(buf, 0)
}
