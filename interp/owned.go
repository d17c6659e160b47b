// This file defines owned buffers (docs/ARCHITECTURE.md, "Values"): a global whose vector
// `,:` grew, or whose table insert, upsert or `,:` built, holds buffers
// with room to spare that are its alone, so the next append writes into
// them in place instead of copying the value, which made a stream of
// appends quadratic. A reader of the global gets headers whose capacity
// ends at their length (read): it shares the items it can see, which no
// append changes, and never the spare room; so reading costs no copy and
// the appends after it stay in place.

package interp

import (
	"slices"

	"qgo/interp/k"
	"qgo/interp/prim"
	"qgo/interp/syntax"
)

// put assigns v to the global of absolute name g, ending g's ownership of
// what it held. Every assignment of a global goes through put (or drop):
// so while the global g owns a value, g holds that very value, and an
// append need look up only in.owned.
func (in *Interp) put(g string, v k.Value) { in.putIn(in.cell(g), g, v) }

// putIn is put into c, the cell of g (globals.go).
func (in *Interp) putIn(c *global, g string, v k.Value) {
	if len(in.owned) > 0 {
		in.disown(g)
	}
	in.created(c)
	c.v = v // put/drop
	if len(in.views) > 0 {
		in.touchViews(g) // the views that read g are pending (view.go)
	}
	if len(g) > 3 && g[:3] == ".q." {
		// a function in .q is a verb from now on: source parsed before
		// is parsed again (userInfix)
		in.qDefined, in.parsed = true, nil
	}
}

// drop deletes the global of absolute name g.
func (in *Interp) drop(g string) {
	if len(in.owned) > 0 {
		in.disown(g)
	}
	in.absDel(g) // put/drop
	if len(in.views) > 0 {
		in.touchViews(g)
	}
}

// grew marks pending the views that read the global g, whose value grew
// in place (an owned append), as put does for a new value.
func (in *Interp) grew(g string) {
	if len(in.views) > 0 {
		in.touchViews(g)
	}
}

// ownedTable is the table the global g (absolute) holds and owns, or nil.
func (in *Interp) ownedTable(g string) *k.Table {
	v, _ := in.ownedValue(g)
	t, _ := v.(*k.Table)
	return t
}

// own records that the global name, just assigned v by put, holds a value
// whose spare room no other value shares.
func (in *Interp) own(name string, t k.Value) {
	if in.owned == nil {
		in.owned = map[string]k.Value{}
	}
	in.owned[name] = t
	in.hot = hotOwned{name, in.globals[name], t}
	if in.seen != nil {
		delete(in.seen, name)
	}
}

// read is the value v of the global name as a reader gets it: when name
// owns v, a copy of v's headers clipped to their length (snapshot), so
// that growing the global in place never reaches what the reader holds.
func (in *Interp) read(name string, v k.Value) k.Value {
	if len(in.owned) == 0 || !ownable(v) {
		return v // a lambda, an atom, ...: no lookup for the reads of upd
	}
	if o, ok := in.ownedValue(name); !ok || o != v {
		return v
	}
	if in.seen != nil {
		in.seen[name] = true // its items may no longer be written in place
	}
	if d, ok := mapDict(v); ok {
		if in.seen == nil {
			// amendEntry writes its items in place, and no read is
			// recorded: the reader has it whole and the global no
			// longer owns it
			in.disown(name)
			return v
		}
		// the reader's headers end at its length: new keys still go in
		// place past them, and an entry it sees is written in a copy
		// (amendEntryKey), so (x in key d) then d[x]:y in a loop costs
		// no copy of d per key
		return &k.Dict{K: clipped(d.K), V: clipped(d.V)}
	}
	return snapshot(v)
}

// ownable reports whether v is of a kind a global may own: a typed
// vector, a general list (growList), a table, or a dictionary whose
// entries d[k],:y grew.
func ownable(v k.Value) bool {
	switch v.(type) {
	case *k.Table, *k.Dict, *k.Vec[int64], *k.Vec[float64], *k.Vec[string], *k.Vec[bool], *k.Vec[uint8],
		*k.Vec[int16], *k.Vec[int32], *k.Vec[float32], *k.Vec[k.GUID], *k.List:
		return true
	}
	return false
}

// snapshot is v, an owned vector, table or dictionary, with headers of
// its own whose capacity ends at their length.
func snapshot(v k.Value) k.Value {
	if d, ok := v.(*k.Dict); ok {
		if kt, ok := d.K.(*k.Table); ok {
			return &k.Dict{K: snapshot(kt), V: snapshot(d.V)} // a keyed table: owned_keyed.go
		}
		return ownCopy(d) // a dictionary d[k],:y grew (owned_entry.go)
	}
	t, ok := v.(*k.Table)
	if !ok {
		return clipped(v)
	}
	data := make([]k.Value, len(t.Data))
	for i, c := range t.Data {
		data[i] = clipped(c)
	}
	return &k.Table{Cols: t.Cols, Data: data}
}

// disownAll ends the ownership of every global.
func (in *Interp) disownAll() { in.owned, in.hot, in.keyIx = nil, hotOwned{}, nil }

// disown ends the ownership of the global g.
func (in *Interp) disown(g string) {
	if v, ok := in.owned[g]; ok {
		if len(in.keyIx) > 0 {
			in.dropKeyIx(v)
		}
		delete(in.owned, g)
	}
	if in.hot.g == g {
		in.hot = hotOwned{}
	}
}

// hotOwned is the global last found owning a value, its cell, and that
// value: a stream of appends to one global finds it here without a map
// lookup (by cell, when the resolver bound the name to it, without even
// qualifying the name).
type hotOwned struct {
	g string
	c *global
	v k.Value
}

// ownedValue is the value the global g owns, if it owns one.
func (in *Interp) ownedValue(g string) (k.Value, bool) {
	if in.hot.v != nil && in.hot.g == g {
		return in.hot.v, true
	}
	if len(in.owned) == 0 {
		return nil, false
	}
	v, ok := in.owned[g]
	if ok {
		in.hot = hotOwned{g, in.globals[g], v}
	}
	return v, ok
}

// ownedCell is the value the global of cell c owns, when c is the hot
// cell (the cell of the global last found owning its value).
func (in *Interp) ownedCell(c *global) (k.Value, bool) {
	if c != nil && in.hot.c == c && in.hot.v != nil {
		return in.hot.v, true // put and drop end the ownership of c's global
	}
	return nil, false
}

// disown ends a local slot's ownership of its buffer (its value is being
// read, or replaced).
func (f *frame) disown(i int) {
	if f != nil && i < 64 {
		f.own &^= 1 << uint(i)
		f.grow &^= 1 << uint(i)
	}
}

// owns reports whether local slot i still holds the buffer `,:` grew.
func (f *frame) owns(i int) bool { return i < 64 && f.own&(1<<uint(i)) != 0 }

// grows reports whether local slot i holds a list `,:` grew that readers
// have clipped headers of (readLocal): its items are theirs too, and
// only its spare room is the slot's, for appends.
func (f *frame) grows(i int) bool { return i < 64 && f.grow&(1<<uint(i)) != 0 }

// readLocal is the value v of local slot i of f as a reader gets it. A
// general list or typed vector the slot owns or grows comes as a header
// clipped to its length, and the slot keeps the right to append in place
// (grows): a loop that reads a list and appends to it (x in seen; seen,:x)
// keeps one buffer rather than copying it at each append. Anything else
// the slot no longer owns, as the reader may keep it.
func (f *frame) readLocal(i int, v k.Value) k.Value {
	if i >= 64 || (f.own|f.grow)&(1<<uint(i)) == 0 {
		return v
	}
	if isTypedVec(v) || isList(v) {
		f.own &^= 1 << uint(i)
		f.grow |= 1 << uint(i)
		return clipped(v)
	}
	if d, ok := mapDict(v); ok {
		// a map dictionary too: new keys still go in place past the
		// reader's headers, an entry it sees is written in a copy
		// (amendEntryKey)
		f.own &^= 1 << uint(i)
		f.grow |= 1 << uint(i)
		return &k.Dict{K: clipped(d.K), V: clipped(d.V)}
	}
	f.disown(i)
	return v
}

// isList reports whether v is a general list.
func isList(v k.Value) bool {
	_, ok := v.(*k.List)
	return ok
}

// isJoinOp reports whether the verb of a compound assignment is `,`.
func isJoinOp(op syntax.Node) bool {
	o, ok := op.(*syntax.Op)
	return ok && o.Name == ","
}

// appendTarget is what the compound assignment n (x,:y or d[k],:y)
// appends to: the local in slot of f (slot >= 0), or else the global
// named g (g is "" when the hot cell answered: qualify n.Name then); its
// value cur; and whether that value's buffer is owned. ok is false for a
// view, an undefined global, and a global assigned by name (::) from
// inside a function that has a local of that name.
func (in *Interp) appendTarget(n *syntax.Assign, f *frame) (slot int, g string, cur k.Value, owned, ok bool) {
	slot = -1
	if f != nil && f.local {
		slot = f.slot(n.Name)
	}
	switch {
	case slot >= 0 && !n.Global:
		return slot, "", f.vals[slot], f.owns(slot) || f.grows(slot), true
	case slot >= 0:
		return 0, "", nil, false, false
	}
	if cur, owned = in.ownedCell(in.assignCell(n, f)); owned {
		return -1, "", cur, true, true // an owned global is no view: defining a view drops it
	}
	g = in.qualify(n.Name, f)
	if _, isView := in.views[g]; isView {
		return 0, "", nil, false, false
	}
	if cur, owned = in.ownedValue(g); !owned {
		if cur, ok = in.absGet(g); !ok {
			return 0, "", nil, false, false
		}
	}
	return -1, g, cur, owned, true
}

// appendOwned performs x,:y for a typed vector x and an atom or vector y
// of its type by growing a buffer that x alone references: in place when
// x still owns it (nothing has read x since the last x,:y), else in a
// fresh copy with room to grow that x then owns. So a stream of appends
// costs amortised constant time per item, not a copy of x each. It
// reports false, changing nothing, for any other case; assign then joins
// as usual.
func (in *Interp) appendOwned(n *syntax.Assign, y k.Value, f *frame, discard bool) (k.Value, bool) {
	slot, g, cur, owned, ok := in.appendTarget(n, f)
	if !ok {
		return nil, false
	}
	var nv, out k.Value
	ok = false // a value of no type below is joined as usual
	switch c := cur.(type) {
	case *k.Vec[bool]:
		nv, out, ok = growVec(c, y, owned, discard)
	case *k.Vec[uint8]:
		nv, out, ok = growVec(c, y, owned, discard)
	case *k.Vec[int16]:
		nv, out, ok = growVec(c, y, owned, discard)
	case *k.Vec[int32]:
		nv, out, ok = growVec(c, y, owned, discard)
	case *k.Vec[int64]:
		nv, out, ok = growVec(c, y, owned, discard)
	case *k.Vec[float32]:
		nv, out, ok = growVec(c, y, owned, discard)
	case *k.Vec[float64]:
		nv, out, ok = growVec(c, y, owned, discard)
	case *k.Vec[string]:
		nv, out, ok = growVec(c, y, owned, discard)
	case *k.Vec[k.GUID]:
		nv, out, ok = growVec(c, y, owned, discard)
	case *k.Table:
		if slot < 0 {
			in.checkUpdate() // before a column grows in place
		}
		nv, out, ok = growTable(c, y, owned, discard)
	case *k.List:
		nv, out, ok = growList(c, y, owned, discard)
	case *k.Dict:
		if isKeyedTable(c) {
			return in.growKeyed(n, f, slot, g, c, y, owned, discard) // owned_keyed.go
		}
	}
	if !ok {
		return nil, false
	}
	in.keepOwned(n, f, slot, g, owned, nv)
	return out, true
}

// keepOwned stores nv, grown in place or a fresh buffer, as the value of
// the target appendTarget found: a local slot, which owns it; a global g
// (n's qualified name when g is empty), which owns a fresh buffer from
// now on; or, grown in place, a global whose views must learn it changed.
func (in *Interp) keepOwned(n *syntax.Assign, f *frame, slot int, g string, owned bool, nv k.Value) {
	switch {
	case slot >= 0:
		if owned && f.grows(slot) && f.vals[slot] == nv {
			return // grown in place: readers still hold headers of its items
		}
		f.vals[slot] = nv
		f.grow &^= 1 << uint(slot)
		f.own |= 1 << uint(slot) // slots past 63 simply never own
	case !owned: // a fresh buffer; one grown in place is already there
		if g == "" {
			g = in.qualify(n.Name, f)
		}
		in.checkUpdate() // not from a secondary thread
		in.put(g, nv)
		in.own(g, nv)
	case len(in.views) > 0:
		in.grew(in.qualify(n.Name, f))
	}
}

// growList appends y to the general list c as x,:y joins them (assign.go):
// y whole when it is one rank below c, else y's items; into c itself when
// owned, else into a fresh copy with room to grow, as growVec does. It
// reports false, changing nothing, unless the result is surely a general
// list of the same kind: c's first item is a list, c has no attribute,
// and y is an atom, a vector or a general list (no dictionary, table,
// enumeration or function, which the join treats on its own).
func growList(c *k.List, y k.Value, owned, discard bool) (k.Value, k.Value, bool) {
	if len(c.V) == 0 || c.A != k.AttrNone && c.A != k.AttrU || !k.IsList(c.V[0]) {
		return nil, nil, false
	}
	t := y.Type()
	if t < -19 || t > 19 {
		return nil, nil, false
	}
	var add []k.Value
	switch {
	case isEmptyGeneral(y):
		// x,:() appends nothing
	case joinRank(c, true) == joinRank(y, false)+1 || t < 0:
		add = []k.Value{y}
	default:
		add = k.Items(y)
	}
	if c.A == k.AttrU {
		// new items keep the list unique, and its hash grows with it
		// (prim.UniqueAppend); any other join loses the attribute, as
		// Join decides
		nc, ok := prim.UniqueAppend(c, add, owned)
		if !ok {
			return nil, nil, false
		}
		if discard {
			return nc, k.Identity, true
		}
		return nc, &k.List{V: nc.V[:len(nc.V):len(nc.V)], A: k.AttrU}, true
	}
	if !owned {
		n := len(c.V) + len(add)
		v := make([]k.Value, len(c.V), n+n/2+8)
		copy(v, c.V)
		c = &k.List{V: v}
	}
	c.V = append(room(c.V, len(add)), add...)
	if discard {
		return c, k.Identity, true // nothing will see the value
	}
	return c, &k.List{V: c.V[:len(c.V):len(c.V)]}, true
}

// growTable appends the record y, or the rows of y a table of t's
// columns, to t as growVec does to a vector: in place when t is owned,
// else into a copy of t whose columns have room to grow. It reports
// false, changing nothing, unless appendRecord (or, for a table,
// appendInPlace) takes y.
func growTable(t *k.Table, y k.Value, owned, discard bool) (k.Value, k.Value, bool) {
	rows := sameColumns(t, y) // a table of t's columns: its rows
	switch {
	case owned && rows != nil:
		if !appendInPlace(t, rows) {
			return nil, nil, false
		}
	case owned:
		if !appendRecord(t, y, true) {
			return nil, nil, false
		}
	case rows != nil && canAppend(t, rows):
		t = spareCopy(t)
		appendInPlace(t, rows)
	case rows == nil && appendRecord(t, y, false):
		t = spareCopy(t)
		appendRecord(t, y, true)
	default:
		return nil, nil, false
	}
	if discard {
		return t, k.Identity, true
	}
	return t, snapshot(t), true
}

// spareCopy copies the table t, whose columns appendRecord took, into
// fresh buffers with room for more rows.
func spareCopy(t *k.Table) *k.Table {
	data := make([]k.Value, len(t.Data))
	for i, c := range t.Data {
		switch cv := c.(type) {
		case *k.Vec[bool]:
			data[i] = spareVec(cv)
		case *k.Vec[uint8]:
			data[i] = spareVec(cv)
		case *k.Vec[int16]:
			data[i] = spareVec(cv)
		case *k.Vec[int32]:
			data[i] = spareVec(cv)
		case *k.Vec[int64]:
			data[i] = spareVec(cv)
		case *k.Vec[float32]:
			data[i] = spareVec(cv)
		case *k.Vec[float64]:
			data[i] = spareVec(cv)
		case *k.Vec[string]:
			data[i] = spareVec(cv)
		case *k.Vec[k.GUID]:
			data[i] = spareVec(cv)
		case *k.Enum:
			n := len(cv.V) + 1
			v := make([]int64, len(cv.V), n+n/2+8)
			copy(v, cv.V)
			data[i] = &k.Enum{Dom: cv.Dom, A: cv.A, V: v, Env: cv.Env}
		default:
			panic("spareCopy: a column appendRecord does not take")
		}
	}
	return &k.Table{Cols: t.Cols, Data: data}
}

// spareVec copies c (its type and attribute) into a buffer with room to
// grow.
func spareVec[E k.Elem](c *k.Vec[E]) *k.Vec[E] {
	n := len(c.V) + 1
	v := make([]E, len(c.V), n+n/2+8)
	copy(v, c.V)
	return k.ShareIndex(c, &k.Vec[E]{T: c.T, A: c.A, V: v})
}

// clipped is a header of the typed vector c whose capacity ends at its
// length, so a later append in place to c cannot reach it.
func clipped(c k.Value) k.Value {
	switch cv := c.(type) {
	case *k.Vec[bool]:
		return clipVec(cv)
	case *k.Vec[uint8]:
		return clipVec(cv)
	case *k.Vec[int16]:
		return clipVec(cv)
	case *k.Vec[int32]:
		return clipVec(cv)
	case *k.Vec[int64]:
		return clipVec(cv)
	case *k.Vec[float32]:
		return clipVec(cv)
	case *k.Vec[float64]:
		return clipVec(cv)
	case *k.Vec[string]:
		return clipVec(cv)
	case *k.Vec[k.GUID]:
		return clipVec(cv)
	case *k.List:
		return &k.List{V: cv.V[:len(cv.V):len(cv.V)], A: cv.A} // growList
	case *k.Enum:
		return &k.Enum{Dom: cv.Dom, A: cv.A, V: cv.V[:len(cv.V):len(cv.V)], Env: cv.Env}
	}
	return c
}

func clipVec[E k.Elem](c *k.Vec[E]) *k.Vec[E] {
	return k.ShareIndex(c, &k.Vec[E]{T: c.T, A: c.A, V: c.V[:len(c.V):len(c.V)]})
}

// growVec appends y (an atom or vector of c's type) to c: into c itself
// when owned, else into a fresh copy with spare capacity. It returns the
// grown vector, a separate header for the value of the expression (whose
// items later appends never touch; :: when discard says it is not used),
// and false when y does not fit.
func growVec[E k.Elem](c *k.Vec[E], y k.Value, owned, discard bool) (k.Value, k.Value, bool) {
	if a, ok := y.(k.Atom[E]); ok && owned && discard && c.A == k.AttrNone && a.T == -c.T {
		c.V = append(room(c.V, 1), a.V) // the common case: one item, in place
		return c, k.Identity, true
	}
	var add []E
	var one [1]E
	switch yv := y.(type) {
	case *k.Vec[E]:
		if yv.T != c.T {
			return nil, nil, false
		}
		add = yv.V
	case k.Atom[E]:
		if yv.T != -c.T {
			return nil, nil, false
		}
		one[0] = yv.V
		add = one[:]
	default:
		return nil, nil, false
	}
	if c.A == k.AttrU && len(add) > 1 {
		return nil, nil, false // the join checks the items among themselves
	}
	for i, x := range add {
		if c.A == k.AttrNone {
			break
		}
		if !attrTakes(c, x) || (i > 0 && c.A == k.AttrS && elemLess(x, add[i-1])) {
			return nil, nil, false // the join checks (or drops) the attribute
		}
	}
	if !owned {
		n := len(c.V) + len(add)
		v := make([]E, len(c.V), n+n/2+8)
		copy(v, c.V)
		c = k.ShareIndex(c, &k.Vec[E]{T: c.T, A: c.A, V: v})
	}
	c.V = append(room(c.V, len(add)), add...)
	if discard {
		return c, k.Identity, true // nothing will see the value
	}
	return c, clipVec(c), true
}

// room is s with room for n more items: a full buffer is doubled (as
// kdb+'s allocator does), not grown by a quarter as append grows a large
// slice, so a stream of appends copies each item about once.
func room[E any](s []E, n int) []E {
	if len(s)+n <= cap(s) {
		return s
	}
	return slices.Grow(s, max(n, len(s), 8))
}
