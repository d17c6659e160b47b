// This file extends owned buffers (owned.go) to amending one item of a
// local typed vector: after the first l[i]op:y copies l, the local owns the
// copy, and while nothing reads l whole (reading one item, l[j], gives an
// atom and shares nothing), the next l[i]op:y writes its item in place
// instead of copying the vector again, which made a loop of them quadratic.

package interp

import (
	"qgo/interp/k"
	"qgo/interp/prim"
	"qgo/interp/syntax"
)

// ownedItemSlot is the local slot of n's name when n amends one item of a
// typed vector that the slot owns, else -1.
func ownedItemSlot(n *syntax.Assign, f *frame) int {
	if len(n.Index) != 1 || n.Index[0] == nil || n.Global || f == nil || !f.local {
		return -1
	}
	if o, ok := n.Op.(*syntax.Op); n.Op != nil && (!ok || o.Name == ",") {
		return -1
	}
	s := f.slot(n.Name)
	if s < 0 || !f.owns(s) || !isTypedVec(f.vals[s]) {
		return -1
	}
	return s
}

// isTypedVec reports whether v is a vector of atoms of one type, with no
// attribute (an amend drops it), not an enumeration.
func isTypedVec(v k.Value) bool {
	switch v.(type) {
	case *k.Vec[bool], *k.Vec[uint8], *k.Vec[int16], *k.Vec[int32], *k.Vec[int64],
		*k.Vec[float32], *k.Vec[float64], *k.Vec[string], *k.Vec[k.GUID]:
		return prim.VecAttr(v) == k.AttrNone
	}
	return false
}

// itemIndex is i as a position in a list of n items, when i is an integer
// atom within it.
func itemIndex(i k.Value, n int) (int, bool) {
	var p int64
	switch a := i.(type) {
	case k.Atom[int64]:
		p = a.V
	case k.Atom[int32]:
		p = int64(a.V)
	case k.Atom[int16]:
		p = int64(a.V)
	default:
		return 0, false
	}
	return int(p), p >= 0 && p < int64(n)
}

// setOwnedItem writes atom a at position p of typed vector x in place,
// reporting false (writing nothing) when a is not an atom of x's type.
func setOwnedItem(x k.Value, p int, a k.Value) bool {
	if a.Type() != -x.Type() {
		return false
	}
	switch v := x.(type) {
	case *k.Vec[bool]:
		return setIn(v, p, a)
	case *k.Vec[uint8]:
		return setIn(v, p, a)
	case *k.Vec[int16]:
		return setIn(v, p, a)
	case *k.Vec[int32]:
		return setIn(v, p, a)
	case *k.Vec[int64]:
		return setIn(v, p, a)
	case *k.Vec[float32]:
		return setIn(v, p, a)
	case *k.Vec[float64]:
		return setIn(v, p, a)
	case *k.Vec[string]:
		return setIn(v, p, a)
	case *k.Vec[k.GUID]:
		return setIn(v, p, a)
	}
	return false
}

func setIn[E k.Elem](v *k.Vec[E], p int, a k.Value) bool {
	e, ok := a.(k.Atom[E])
	if !ok {
		return false
	}
	v.V[p] = e.V
	k.DropIndex(v) // a search index built on the old items is stale
	return true
}

// amendOwnedItem performs l[i]:y or l[i]op:y (op an operator) on the
// typed vector cur that local slot s owns, in place, when i is an
// integer atom within it and the new item an atom of its type. It gives
// the value the assignment gives, and false when it did nothing.
func (in *Interp) amendOwnedItem(f *frame, s int, cur, i, op, y k.Value) (k.Value, bool) {
	if !f.owns(s) || f.vals[s] != cur {
		return nil, false // the index expression read l, or assigned it
	}
	p, nv, ok := in.ownedItemValue(cur, i, op, y)
	if !ok {
		return nil, false
	}
	if !setOwnedItem(cur, p, nv) {
		return nil, false
	}
	if op != nil {
		return nv, true
	}
	return y, true
}

// ownedItemValue is the position p that index i names in cur and the
// item nv an in-place x[i]:y or x[i]op:y (op an operator) writes there;
// ok is false when i is not an integer atom within cur or op is not a
// primitive, for the general amend to do.
func (in *Interp) ownedItemValue(cur, i, op, y k.Value) (p int, nv k.Value, ok bool) {
	if p, ok = itemIndex(i, cur.Len()); !ok {
		return 0, nil, false
	}
	if op == nil {
		return p, y, true
	}
	if _, prim := op.(*k.Prim); !prim {
		return 0, nil, false
	}
	return p, in.applyOp2(op, k.At(cur, p), y), true
}

// ownAmended makes local slot s own nv, the fresh copy of cur that an
// amend of one item made (amendAt copies a vector it amends).
func ownAmended(f *frame, s int, cur, nv k.Value) {
	if s >= 0 && s < 64 && nv != cur && isTypedVec(nv) && isTypedVec(cur) && f.vals[s] == nv {
		f.own |= 1 << uint(s)
	}
}

// amendOwnedGlobal performs g[i]:y or g[i]op:y (op an operator) in place
// on the typed vector a global owns, when no reader has taken a header of
// it since it was copied (read marks it seen) and i is an integer atom
// within it: a loop amending a global item by item costs constant time a
// step, not a copy of the vector each. It gives the value the assignment
// gives, and false when it did nothing.
func (in *Interp) amendOwnedGlobal(n *syntax.Assign, f *frame, i, op, y k.Value) (k.Value, bool) {
	if in.seen == nil || n.Index == nil || len(n.Index) != 1 || hasDot(n.Name) {
		return nil, false
	}
	slot, g, cur, owned, ok := in.appendTarget(n, f)
	if !ok || slot >= 0 || !owned || !isTypedVec(cur) && !isPlainList(cur) {
		return nil, false
	}
	if g == "" {
		g = in.qualify(n.Name, f)
	}
	if g != n.Name || in.seen[g] {
		return nil, false // a root global only: readers name it as it is stored
	}
	p, nv, ok := in.ownedItemValue(cur, i, op, y)
	if !ok {
		return nil, false
	}
	in.checkUpdate() // not from a secondary thread
	if l, ok := cur.(*k.List); ok {
		if k.IsAtom(nv) || nv.Type() >= 100 {
			return nil, false // an atom may make the list a vector: the amend decides
		}
		l.V[p] = nv // a list for a list: the list stays general
	} else if !setOwnedItem(cur, p, nv) {
		return nil, false
	}
	if len(in.views) > 0 {
		in.grew(g)
	}
	if op != nil {
		return nv, true
	}
	return y, true
}

// ownGlobalAmended makes the global n names own nv, the fresh copy of cur
// that an amend of one item made, so that the next amend of an item may
// write in place (amendOwnedGlobal).
func (in *Interp) ownGlobalAmended(n *syntax.Assign, f *frame, cur, nv k.Value) {
	if hasDot(n.Name) || nv == cur || !(isTypedVec(nv) && isTypedVec(cur) || isPlainList(nv) && isPlainList(cur)) {
		return
	}
	if f != nil && f.local && !n.Global && f.slot(n.Name) >= 0 {
		return // a local: ownAmended
	}
	g := in.qualify(n.Name, f)
	if g != n.Name {
		return // a root global only, as amendOwnedGlobal
	}
	if v, ok := in.absGet(g); !ok || v != nv {
		return
	}
	if in.seen == nil {
		in.seen = map[string]bool{}
	}
	in.own(g, nv)
}

// amendItemCell is the cell of the global that g[i]:y or g[i]op:y amends
// when it holds a typed vector or a plain general list: the amend reads
// it as it is, with no snapshot and no seen mark (read), since what it
// reads it replaces (amendAt copies) or writes in place (amendOwnedGlobal),
// and no reader is left holding it.
func (in *Interp) amendItemCell(n *syntax.Assign, f *frame) (*global, bool) {
	row := len(n.Index) == 2 && n.Index[0] != nil && n.Index[1] != nil
	if len(n.Index) != 1 && !row || hasDot(n.Name) {
		return nil, false
	}
	c := in.assignCell(n, f)
	if c == nil || c.v == nil || !isTypedVec(c.v) && !isPlainList(c.v) || row && !isPlainList(c.v) {
		return nil, false
	}
	return c, true
}

// ownedRowSlot is the local slot of n's name when n amends one cell,
// l[i;j], of a plain general list (a grid held as rows) that the slot
// owns, else -1.
func ownedRowSlot(n *syntax.Assign, f *frame) int {
	if len(n.Index) != 2 || n.Index[0] == nil || n.Index[1] == nil || n.Global || f == nil || !f.local {
		return -1
	}
	if o, ok := n.Op.(*syntax.Op); n.Op != nil && (!ok || o.Name == ",") {
		return -1
	}
	s := f.slot(n.Name)
	if s < 0 || !f.owns(s) || !isPlainList(f.vals[s]) {
		return -1
	}
	return s
}

// ownAmendedRows makes local slot s own nv, the fresh list of rows that
// an amend of one cell of cur made (amendDeep copies the list and the
// row), as ownAmended does for a vector: the next l[i;j]:y replaces row i
// in place (amendOwnedRow).
func ownAmendedRows(f *frame, s int, cur, nv k.Value) {
	if s >= 0 && s < 64 && nv != cur && isPlainList(nv) && isPlainList(cur) && f.vals[s] == nv {
		f.own |= 1 << uint(s)
	}
}

// amendOwnedRow performs l[i;j]:y or l[i;j]op:y (op a primitive) on the
// plain list of rows cur that a local slot owns: row i, amended at j in
// a copy of its own (a reader may hold the row), replaces item i of cur
// in place. It reports false, doing nothing, when i is not an integer
// atom within cur or the new row is an atom.
func (in *Interp) amendOwnedRow(cur k.Value, idx []k.Value, op, y k.Value) bool {
	l, ok := cur.(*k.List)
	if !ok {
		return false
	}
	p, ok := itemIndex(idx[0], len(l.V))
	if !ok {
		return false
	}
	if op != nil {
		if _, ok := op.(*k.Prim); !ok {
			return false
		}
	}
	nv := in.amendDeep(l.V[p], idx[1:], op, y)
	if k.IsAtom(nv) || nv.Type() >= 100 {
		return false
	}
	l.V[p] = nv
	return true
}

// amendOwnedGlobalRow performs g[i;j]:y or g[i;j]op:y (op an operator) on
// the plain general list a global owns, as amendOwnedGlobal does g[i]:y:
// item i, amended at j in a copy of its own (a reader may hold the item),
// replaces item i in place, when no reader has taken g since it was
// copied and i is an integer atom within it. So a loop setting the cells
// of a grid held as a list of rows costs a copy of one row a step, not
// of the whole grid. It gives the value the assignment gives, and false
// when it did nothing.
func (in *Interp) amendOwnedGlobalRow(n *syntax.Assign, f *frame, idx []k.Value, op, y k.Value) (k.Value, bool) {
	if in.seen == nil || len(idx) != 2 || idx[0] == nil || idx[1] == nil || hasDot(n.Name) {
		return nil, false
	}
	slot, g, cur, owned, ok := in.appendTarget(n, f)
	if !ok || slot >= 0 || !owned || !isPlainList(cur) {
		return nil, false
	}
	if g == "" {
		g = in.qualify(n.Name, f)
	}
	if g != n.Name || in.seen[g] {
		return nil, false // a root global only: readers name it as it is stored
	}
	l := cur.(*k.List)
	p, ok := itemIndex(idx[0], len(l.V))
	if !ok {
		return nil, false
	}
	if op != nil {
		if _, ok := op.(*k.Prim); !ok {
			return nil, false // a lambda may read g while it is amended
		}
	}
	nv := in.amendDeep(l.V[p], idx[1:], op, y)
	if k.IsAtom(nv) || nv.Type() >= 100 {
		return nil, false
	}
	in.checkUpdate() // not from a secondary thread
	l.V[p] = nv
	if len(in.views) > 0 {
		in.grew(g)
	}
	return y, true
}

// holdSeen keeps the seen mark of the global that x[i]:y amends as it is
// before the assignment reads x (that read replaces x, and no reader
// keeps it): the function it returns puts the mark back.
func (in *Interp) holdSeen(n *syntax.Assign, f *frame) func() {
	if in.seen == nil || len(n.Index) != 1 || hasDot(n.Name) {
		return func() {}
	}
	g := in.qualify(n.Name, f)
	if in.seen[g] {
		return func() {}
	}
	return func() { delete(in.seen, g) }
}

// isPlainList reports whether v is a general list with no attribute,
// whose items amendOwnedGlobal may replace in place.
func isPlainList(v k.Value) bool {
	l, ok := v.(*k.List)
	return ok && l.A == k.AttrNone
}

// globalIndexed is g[i], g[i;j].. of the global g that id names, from
// frame f, given its evaluated indexes, when g holds a typed vector or a
// general list and every index is an integer atom or vector. The result
// is then an atom, an item of g, or a fresh list of them: nothing that
// shares g's own buffer (an in-place amend replaces an item, never writes
// into one). So g is indexed where it is, without read's mark that a
// reader holds it, and the next g[i]:y may still write in place
// (amendOwnedGlobal). ok is false for any other name, value or index,
// and while no global is owned, when the plain read is the same and
// cheaper (a call f[x-1] of a global lambda looks f up once).
func (in *Interp) globalIndexed(id *syntax.Ident, f *frame, idx []k.Value) (k.Value, bool) {
	if len(in.owned) == 0 || id.B.Slot != 0 || id.B.Verb != 0 || !bound(&id.B, f) {
		return nil, false
	}
	c := in.globalByID(id.B.G, id.Name, in.frameCtx(f))
	if c != nil && len(idx) == 1 {
		if d, ok := mapDict(c.v); ok && mapIndex(d, idx[0]) {
			// d[k] of a map dictionary: its values at keys, atoms or a
			// fresh vector, so d keeps owning its buffers (owned_dict.go)
			return in.index(d, idx[0]), true
		}
		if v, ok := entryItem(c.v, idx[0]); ok {
			return v, true // d[k] of a dictionary whose entries grow (owned_entry.go)
		}
	}
	if !intIndexes(idx) {
		return nil, false
	}
	if c == nil || c.v == nil || !isTypedVec(c.v) && !isPlainList(c.v) {
		return nil, false
	}
	if len(idx) == 1 {
		return in.index(c.v, idx[0]), true
	}
	return in.apply(c.v, append([]k.Value(nil), idx...)), true
}

// mapIndex reports whether i indexes the map dictionary d by keys of
// its keys' kind: a key (isMapKey), or a list of them, so that the result
// holds items of d's values and never a buffer of d.
func mapIndex(d *k.Dict, i k.Value) bool {
	if isMapKey(d, i) {
		return true
	}
	if l, ok := i.(*k.List); ok {
		for _, e := range l.V {
			if !isMapKey(d, e) {
				return false
			}
		}
		return len(l.V) > 0
	}
	_, list := d.K.(*k.List)
	return !list && isTypedVec(i) && i.Type() == d.K.Type()
}

// intIndexes reports whether every index is an integer atom or a vector
// of integers (short, int or long).
func intIndexes(idx []k.Value) bool {
	for _, i := range idx {
		switch t := i.Type(); t {
		case -k.KH, -k.KI, -k.KJ, k.KH, k.KI, k.KJ:
		default:
			return false
		}
	}
	return true
}

// peekArg is the value of the global g (or of a local holding a typed
// vector) in count g, first g, last g or type g (n) from frame f: these give an atom or an item of g, never g's
// buffer, so g is read as it is stored, without read's mark that a
// reader holds it (and without its clipped copy). ok is false for any
// other form or value.
func (in *Interp) peekArg(n *syntax.Monad, f *frame) (k.Value, bool) {
	fn, ok := n.F.(*syntax.Ident)
	if !ok || fn.B.Verb == 0 || !bound(&fn.B, f) {
		return nil, false
	}
	switch fn.Name {
	case "count", "first", "last", "type":
	default:
		return nil, false
	}
	if s := localSlot(n.X, f); s >= 0 {
		// a local's typed vector, read without ending the local's
		// ownership of its buffer: while[i<count l; l[i]:...] amends l in
		// place
		if in.sys.trapMode == trapSuspend || in.globalNamed(fn, f) || !isTypedVec(f.vals[s]) {
			return nil, false
		}
		in.at(f, n.X.Pos())
		return f.vals[s], true
	}
	id, ok := n.X.(*syntax.Ident)
	if !ok || !bound(&id.B, f) || id.B.Slot != 0 || id.B.Verb != 0 || in.sys.trapMode == trapSuspend || in.globalNamed(fn, f) {
		return nil, false
	}
	c := in.globalByID(id.B.G, id.Name, in.frameCtx(f))
	if c == nil || c.v == nil || !isTypedVec(c.v) && !isPlainList(c.v) {
		return nil, false
	}
	in.at(f, id.P)
	return c.v, true
}

// peekable reports whether n has the form peekArg reads: a keyword
// applied to a name.
func peekable(n *syntax.Monad) bool {
	fn, ok := n.F.(*syntax.Ident)
	if !ok || fn.B.Verb == 0 {
		return false
	}
	_, ok = n.X.(*syntax.Ident)
	return ok
}

// globalItem is item x of the global that the bound name n holds, read
// without taking the global's value whole (read), when that value is a
// typed vector and x an atom, or a map dictionary (mapDict) and x an
// atom or a list: the result is then an atom, or a list made afresh,
// which shares nothing, so the global keeps its ownership and the next
// g[i]:y or g[i]+:y still writes in place (a loop reading and amending
// items of a global vector, j:l[p];l[p]+:1, copied the vector at each
// step).
func (in *Interp) globalItem(n *syntax.Ident, x k.Value, f *frame) (k.Value, bool) {
	if len(in.owned) == 0 || k.IsIdentity(x) || x.Type() >= 20 || !bound(&n.B, f) || n.B.Slot != 0 || n.B.Verb != 0 {
		return nil, false
	}
	c := in.globalByID(n.B.G, n.Name, in.frameCtx(f))
	if c == nil || c.v == nil {
		return nil, false
	}
	switch c.v.(type) {
	case *k.Vec[bool], *k.Vec[uint8], *k.Vec[int16], *k.Vec[int32], *k.Vec[int64],
		*k.Vec[float32], *k.Vec[float64], *k.Vec[string], *k.Vec[k.GUID]:
		if p, ok := itemIndex(x, c.v.Len()); ok {
			return k.At(c.v, p), true
		}
		if !k.IsAtom(x) {
			return nil, false
		}
	default: // a map: an atom or a list of its values, made afresh
		if _, ok := mapDict(c.v); !ok {
			return entryItem(c.v, x)
		}
	}
	return in.apply1(c.v, x), true
}

// entryItem is d x for a dictionary d whose entries d[k],:y grows in place
// (owned_entry.go) and x a key d has: the entry, a typed vector, in a
// header of its own clipped to its length, so that a later append in
// place stays out of the reader's sight while d keeps owning its buffers.
// ok is false for any other value, key or entry.
func entryItem(v, x k.Value) (k.Value, bool) {
	d, ok := v.(*k.Dict)
	if !ok || !k.IsAtom(x) {
		return nil, false
	}
	vals, ok := d.V.(*k.List)
	if !ok || !k.IsList(d.K) || d.K.Type() == k.KList || x.Type() != -d.K.Type() || len(vals.V) != d.K.Len() {
		return nil, false
	}
	pos, ok := prim.Find(d.K, x).(k.Atom[int64])
	if !ok || pos.V >= int64(len(vals.V)) {
		return nil, false
	}
	if e := vals.V[pos.V]; isTypedVec(e) {
		return clipped(e), true
	}
	return nil, false
}

// applyOp2 is op[x;y] for the operator of an amend x[i]op:y: a primitive's
// dyad directly, with no slice of arguments made at each step of a loop.
func (in *Interp) applyOp2(op, x, y k.Value) k.Value {
	if p, ok := op.(*k.Prim); ok && p.T == k.FB {
		if v := in.primVerb(p); v != nil && v.t3 == nil && v.nf == nil {
			return in.dyadV(v, x, y)
		}
	}
	return in.apply(op, []k.Value{x, y})
}

// dropSelf compiles x:n _ x, for x a local and n a constant count, as a
// drop in place: when x owns a general list (x,:y grew it) of more than n
// items, x keeps its buffer less its first n items, so a queue taken from
// the front and grown at the back (a breadth-first search) is not copied
// at each step. The assignment calls it only when the statement's value
// is not used; it reports false, doing nothing, in any other case. Items
// are only ever appended past the end of what x holds, so no other value
// sees a change. It is nil when the statement has another form.
func (c *compiler) dropSelf(n *syntax.Assign) func(in *Interp, f *frame) bool {
	d, ok := n.X.(*syntax.Dyad)
	if !ok {
		return nil
	}
	o, ok := d.F.(*syntax.Op)
	if !ok || o.Name != "_" || verbOf(&o.B) == nil {
		return nil
	}
	cn, ok := d.L.(*syntax.Const)
	if !ok {
		return nil
	}
	cnt, ok := cn.V.(k.Atom[int64])
	if !ok || cnt.T != -k.KJ || cnt.V < 0 {
		return nil
	}
	id, ok := d.R.(*syntax.Ident)
	if !ok || !c.bound(&id.B) || id.B.Slot != n.B.Slot || id.B.Verb != 0 {
		return nil
	}
	i, m, p := int(n.B.Slot-1), int(cnt.V), d.P
	return func(in *Interp, f *frame) bool {
		if !f.owns(i) || in.sys.trapMode == trapSuspend {
			return false
		}
		v, ok := f.vals[i].(*k.List)
		if !ok || v.A != k.AttrNone || m >= len(v.V) {
			return false
		}
		in.at(f, p)
		v.V = v.V[m:]
		return true
	}
}
