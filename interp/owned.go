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
	"bytes"
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
	if _, ok := mapDict(v); ok {
		// amendEntry writes its items in place: the reader has it whole
		// and the global no longer owns it
		in.disown(name)
		return v
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

// appendInPlace appends rows (one value per column: a vector or an atom of
// the column's type) to t's typed columns in place. It changes nothing and
// reports false unless every column can take its rows.
func appendInPlace(t *k.Table, rows []k.Value) bool {
	if !canAppend(t, rows) {
		return false
	}
	for i, c := range t.Data {
		appendCol(c, rows[i], true)
	}
	return true
}

// canAppend reports whether appendInPlace takes rows into t's columns.
func canAppend(t *k.Table, rows []k.Value) bool {
	if len(rows) != len(t.Data) {
		return false
	}
	for i, c := range t.Data {
		if !appendCol(c, rows[i], false) {
			return false
		}
	}
	return true
}

// sameColumns is the columns of y when y is a simple table with t's
// column names in t's order: the rows upsert and x,:y append to t by
// name (appendInPlace then checks their types); nil for any other y.
func sameColumns(t *k.Table, y k.Value) []k.Value {
	yt, ok := y.(*k.Table)
	if !ok || !slices.Equal(yt.Cols.V, t.Cols.V) {
		return nil
	}
	return yt.Data
}

// appendCol checks (do false) or performs (do true) appending v to c.
func appendCol(c, v k.Value, do bool) bool {
	switch cv := c.(type) {
	case *k.Vec[bool]:
		return appendTo(cv, v, do)
	case *k.Vec[uint8]:
		return appendTo(cv, v, do)
	case *k.Vec[int16]:
		return appendTo(cv, v, do)
	case *k.Vec[int32]:
		return appendTo(cv, v, do)
	case *k.Vec[int64]:
		return appendTo(cv, v, do)
	case *k.Vec[float32]:
		return appendTo(cv, v, do)
	case *k.Vec[float64]:
		return appendTo(cv, v, do)
	case *k.Vec[string]:
		return appendTo(cv, v, do)
	case *k.Vec[k.GUID]:
		return appendTo(cv, v, do)
	case *k.Enum:
		return appendEnum(cv, v, do)
	}
	return false
}

// appendEnum checks (do false) or performs (do true) appending v, an
// enumerated atom or vector over c's domain, to the enumerated column c
// (sp.q's s and p columns; k4unit's sp,:y).
func appendEnum(c *k.Enum, v k.Value, do bool) bool {
	if c.A != k.AttrNone && c.A != k.AttrG {
		return false // an attribute must be checked; let the copying path do it
	}
	switch vv := v.(type) {
	case *k.Enum:
		if vv.Dom != c.Dom || vv.Env != c.Env {
			return false
		}
		if do {
			c.V = append(room(c.V, len(vv.V)), vv.V...)
		}
	case k.EnumAtom:
		if vv.Dom != c.Dom || vv.Env != c.Env {
			return false
		}
		if do {
			c.V = append(room(c.V, 1), vv.V)
		}
	default:
		return false
	}
	return true
}

func appendTo[E k.Elem](c *k.Vec[E], v k.Value, do bool) bool {
	if c.A != k.AttrNone && c.A != k.AttrG && c.A != k.AttrU {
		return false // an attribute must be checked; let the copying path do it
	}
	switch vv := v.(type) {
	case *k.Vec[E]:
		if vv.T != c.T || c.A == k.AttrU {
			return false
		}
		if do {
			c.V = append(room(c.V, len(vv.V)), vv.V...)
		}
	case k.Atom[E]:
		if vv.T != -c.T || !attrTakes(c, vv.V) {
			return false
		}
		if do {
			c.V = append(room(c.V, 1), vv.V)
		}
	default:
		return false
	}
	return true
}

// freshColumns reports whether every column of nt is a new value, shared
// with neither the old table nor the rows appended.
func freshColumns(old, nt *k.Table, rows []k.Value) bool {
	for i, c := range nt.Data {
		if i < len(old.Data) && c == old.Data[i] {
			return false
		}
		if i < len(rows) && c == rows[i] {
			return false
		}
		if _, typed := c.(*k.List); typed {
			return false
		}
	}
	return true
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

// appendRecord checks (do false) or performs (do true) appending one
// record y to t's columns in place: a list (or a typed vector) with an
// atom per column, or a dictionary of the columns in t's order; each atom
// of its typed column's type, and one that keeps `s not below the
// column's last item. It reports false for anything else, which the
// general paths of insert and ,: then handle; a failed append leaves t
// as it was (the items appended are cut off again, beyond the count any
// reader holds).
func appendRecord(t *k.Table, y k.Value, do bool) bool {
	if do {
		n0 := t.Len()
		if !appendRecord1(t, y, true) {
			for _, c := range t.Data {
				truncate(c, n0)
			}
			return false
		}
		return true
	}
	return appendRecord1(t, y, false)
}

// truncate cuts the typed vector c back to n items.
func truncate(c k.Value, n int) {
	if v, ok := c.(interface{ Truncate(int) }); ok {
		v.Truncate(n)
	}
}

// appendRecord1 is appendRecord, which undoes a partial append.
func appendRecord1(t *k.Table, y k.Value, do bool) bool {
	if l, ok := y.(*k.List); ok { // the usual record: a list of atoms
		if len(l.V) != len(t.Data) || len(l.V) == 0 {
			return false
		}
		for i, c := range t.Data {
			if !appendAtom(c, l.V[i], do) {
				return false
			}
		}
		return true
	}
	if d, ok := y.(*k.Dict); ok {
		ks, ok := d.K.(*k.Vec[string])
		if !ok || ks.T != k.KS || !slices.Equal(ks.V, t.Cols.V) {
			return false
		}
		y = d.V
	}
	n := len(t.Data)
	if n == 0 || y.Len() != n {
		return false
	}
	switch yv := y.(type) {
	case *k.List:
		for i, c := range t.Data {
			if !appendAtom(c, yv.V[i], do) {
				return false
			}
		}
		return true
	case *k.Vec[bool]:
		return appendItems(t, yv, do)
	case *k.Vec[uint8]:
		return appendItems(t, yv, do)
	case *k.Vec[int16]:
		return appendItems(t, yv, do)
	case *k.Vec[int32]:
		return appendItems(t, yv, do)
	case *k.Vec[int64]:
		return appendItems(t, yv, do)
	case *k.Vec[float32]:
		return appendItems(t, yv, do)
	case *k.Vec[float64]:
		return appendItems(t, yv, do)
	case *k.Vec[string]:
		return appendItems(t, yv, do)
	case *k.Vec[k.GUID]:
		return appendItems(t, yv, do)
	}
	return false
}

// appendItems checks or performs appending item i of the typed vector y
// to column i of t, when every column is a vector of y's type.
func appendItems[E k.Elem](t *k.Table, y *k.Vec[E], do bool) bool {
	for i, c := range t.Data {
		cv, ok := c.(*k.Vec[E])
		if !ok || cv.T != y.T || (cv.A != k.AttrNone && !attrTakes(cv, y.V[i])) {
			return false
		}
		if do {
			cv.V = append(room(cv.V, 1), y.V[i])
		}
	}
	return true
}

// appendAtom checks (do false) or performs (do true) appending the atom a
// to the typed column c.
func appendAtom(c, a k.Value, do bool) bool {
	// the commonest columns first, each one comparison, and their atoms
	// with no attribute to keep appended here (a record per call: upd)
	if cv, ok := c.(*k.Vec[int64]); ok {
		if av, ok := a.(k.Atom[int64]); ok && av.T == -cv.T && cv.A == k.AttrNone {
			if do {
				cv.V = append(cv.V, av.V)
			}
			return true
		}
		return appendAtomTo(cv, a, do)
	}
	if cv, ok := c.(*k.Vec[float64]); ok {
		if av, ok := a.(k.Atom[float64]); ok && av.T == -cv.T && cv.A == k.AttrNone {
			if do {
				cv.V = append(cv.V, av.V)
			}
			return true
		}
		return appendAtomTo(cv, a, do)
	}
	if cv, ok := c.(*k.Vec[string]); ok {
		return appendAtomTo(cv, a, do)
	}
	switch cv := c.(type) {
	case *k.Vec[bool]:
		return appendAtomTo(cv, a, do)
	case *k.Vec[uint8]:
		return appendAtomTo(cv, a, do)
	case *k.Vec[int16]:
		return appendAtomTo(cv, a, do)
	case *k.Vec[int32]:
		return appendAtomTo(cv, a, do)
	case *k.Vec[int64]:
		return appendAtomTo(cv, a, do)
	case *k.Vec[float32]:
		return appendAtomTo(cv, a, do)
	case *k.Vec[float64]:
		return appendAtomTo(cv, a, do)
	case *k.Vec[string]:
		return appendAtomTo(cv, a, do)
	case *k.Vec[k.GUID]:
		return appendAtomTo(cv, a, do)
	case *k.Enum:
		if _, ok := a.(k.EnumAtom); ok {
			return appendEnum(cv, a, do)
		}
	}
	return false
}

func appendAtomTo[E k.Elem](c *k.Vec[E], a k.Value, do bool) bool {
	av, ok := a.(k.Atom[E])
	if !ok || av.T != -c.T || (c.A != k.AttrNone && !attrTakes(c, av.V)) {
		return false
	}
	if do {
		c.V = append(room(c.V, 1), av.V)
	}
	return true
}

// attrTakes reports whether appending x to c keeps c's attribute in
// place: always for none and `g (docs/ref/set-attribute.md: `g is kept on
// an append in memory), for `s when x is not below c's last item, for `u
// when c's index (k.First: a hash kept as c grows) does not have x; `u of
// reals and floats, and `p, go to the general path, which checks or drops
// them.
func attrTakes[E k.Elem](c *k.Vec[E], x E) bool {
	switch c.A {
	case k.AttrNone, k.AttrG:
		return true
	case k.AttrS:
		return len(c.V) == 0 || !elemLess(x, c.V[len(c.V)-1])
	case k.AttrU:
		p, ok := k.First(c, x)
		return ok && p == len(c.V)
	}
	return false
}

// elemLess is q's ascending order on two items of a vector: nulls (NaN)
// first for floats, bytes for symbols and GUIDs.
func elemLess[E k.Elem](a, b E) bool {
	switch x := any(a).(type) {
	case bool:
		return !x && any(b).(bool)
	case uint8:
		return x < any(b).(uint8)
	case int16:
		return x < any(b).(int16)
	case int32:
		return x < any(b).(int32)
	case int64:
		return x < any(b).(int64)
	case float32:
		y := any(b).(float32)
		return (x != x && y == y) || x < y
	case float64:
		y := any(b).(float64)
		return (x != x && y == y) || x < y
	case string:
		return x < any(b).(string)
	case k.GUID:
		y := any(b).(k.GUID)
		return bytes.Compare(x[:], y[:]) < 0
	}
	return false
}

// rowIdx is the storage of one ,n that insert returns.
type rowIdx struct {
	v k.Vec[int64]
	a [1]int64
}

// rowIndex is ,n: the row index insert returns for one record appended
// at n. The vectors come from a block allocated for many inserts at once
// (each is immutable once handed out, so they may share the block).
func (in *Interp) rowIndex(n int) k.Value {
	if len(in.rowIdx) == 0 {
		in.rowIdx = make([]rowIdx, 256)
	}
	p := &in.rowIdx[0]
	in.rowIdx = in.rowIdx[1:]
	p.a[0] = int64(n)
	p.v = k.Vec[int64]{T: k.KJ, V: p.a[:]}
	return &p.v
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
