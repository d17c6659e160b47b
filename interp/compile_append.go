// This file compiles the appends a feed makes a million times, x,:y to a
// global: the value its global owns (owned.go) grown in place with no
// more than a look at the hot cell, and every other case left to assign,
// which does the same work the long way.

package interp

import (
	"unsafe"

	"qgo/interp/k"
	"qgo/interp/syntax"
)

// joinGlobal compiles x,:y for x a plain name bound to a global (no dot,
// no local of that name), as assignTo runs it: when the statement's
// value is not used and x's cell is the hot one (the global last found
// owning its value), y is appended in place by appendHot; anything else
// goes to assignTo with y already evaluated.
func (c *compiler) joinGlobal(n *syntax.Assign) code {
	x, id := c.expr(n.X), n.B.G
	return func(in *Interp, f *frame) k.Value {
		discard := in.discard
		in.discard = false // as assign: the flag is for this statement only
		v := x(in, f)
		if discard && in.hot.v != nil && len(in.views) == 0 {
			if cell := in.cellOf(id, in.frameCtx(f)); cell != nil && cell == in.hot.c && in.appendHot(v) {
				if in.valueSetOn() {
					in.valueSet(n, f)
				}
				return k.Identity
			}
		}
		nv := in.assignTo(n, v, f, discard)
		if in.valueSetOn() {
			in.valueSet(n, f)
		}
		return nv
	}
}

// appendHot appends y in place to the value the hot global owns, as
// appendOwned does for an owned target whose value is not used: an atom
// of a typed vector's type when the vector has no attribute, or a record
// or rows a table's columns take (growTable). It reports false, changing
// nothing, for anything else.
func (in *Interp) appendHot(y k.Value) bool {
	switch c := in.hot.v.(type) {
	case *k.Vec[int64]:
		return pushAtom(c, y)
	case *k.Vec[float64]:
		return pushAtom(c, y)
	case *k.Vec[string]:
		return pushAtom(c, y)
	case *k.Vec[bool]:
		return pushAtom(c, y)
	case *k.Vec[uint8]:
		return pushAtom(c, y)
	case *k.Vec[int16]:
		return pushAtom(c, y)
	case *k.Vec[int32]:
		return pushAtom(c, y)
	case *k.Vec[float32]:
		return pushAtom(c, y)
	case *k.Vec[k.GUID]:
		return pushAtom(c, y)
	case *k.Table:
		in.checkUpdate() // before a column grows in place
		if _, ok := y.(*k.List); ok {
			return appendRow(c, y) // growTable's record, with no call between
		}
		_, _, ok := growTable(c, y, true, true)
		return ok
	}
	return false
}

// appendRow is appendRecord(t, y, true), with a record given as a list
// (the commonest) taken to appendAtoms at once.
func appendRow(t *k.Table, y k.Value) bool {
	l, ok := y.(*k.List)
	if !ok || len(l.V) != len(t.Data) || len(l.V) == 0 {
		return appendRecord(t, y, true)
	}
	n0 := t.Len()
	if appendAtoms(t.Data, l.V) {
		return true
	}
	for _, c := range t.Data {
		truncate(c, n0) // as appendRecord undoes a partial append
	}
	return false
}

// pushAtom appends y to c when c has no attribute and y is an atom of
// its type, as growVec's common case does.
func pushAtom[E k.Elem](c *k.Vec[E], y k.Value) bool {
	a, ok := y.(k.Atom[E])
	if !ok || c.A != k.AttrNone || a.T != -c.T {
		return false
	}
	c.V = append(room(c.V, 1), a.V)
	return true
}

// appendNamed is x insert y (insert true) or x upsert y, for x a symbol
// naming the global that owns the hot table, when y is a record its
// columns take in place (appendRecord): the work insertOwned and upsert
// do, without looking the name up. Its value is insert's row index or
// upsert's x, or :: when want says nothing uses it. ok is false, with
// nothing changed, for anything else, which the keyword then does the
// long way.
func (in *Interp) appendNamed(x, y k.Value, insert, want bool) (k.Value, bool) {
	s, ok := x.(k.Atom[string])
	if !ok || in.hot.v == nil || !sameName(s.V, in.hot.g) || in.ctx != "" && s.V[0] != '.' {
		return nil, false // a name in a namespace is qualified by insert
	}
	t, ok := in.hot.v.(*k.Table)
	if !ok {
		return nil, false
	}
	in.checkUpdate() // not from a secondary thread
	n0 := 0
	if want && insert {
		n0 = t.Len()
	}
	if !appendRow(t, y) {
		return nil, false
	}
	in.grew(s.V)
	switch {
	case !want:
		return k.Identity, true
	case insert:
		return in.rowIndex(n0), true
	}
	return x, true
}

// sameName is a == b, true at once when both are the same text (a
// symbol the parser made and the name the hot table was found by
// usually are): no call to compare their bytes.
func sameName(a, b string) bool {
	return len(a) == len(b) && (unsafe.StringData(a) == unsafe.StringData(b) || a == b)
}

// tableAppend reports whether the dyad d, whose verb is the name id, is
// x insert y or x upsert y with the keyword bound (as isInsert), and
// which.
func tableAppend(d *syntax.Dyad, id *syntax.Ident) (ok, insert bool) {
	if !id.B.Done || id.B.Slot != 0 || id.B.Verb == 0 || !(d.Noun || d.R != nil && !isVerbTail(d.R)) {
		return false, false
	}
	switch verbOf(&id.B).name {
	case "insert":
		return true, true
	case "upsert":
		return true, false
	}
	return false, false
}

// appendDyad compiles x insert y or x upsert y (tableAppend) as dyad
// does, with appendNamed's way first; want is false for a statement,
// whose value nothing uses (insert then makes no row indices).
func (c *compiler) appendDyad(n *syntax.Dyad, insert, want bool) code {
	y, x, fn, p := c.expr(n.R), c.expr(n.L), n.F, n.P
	return func(in *Interp, f *frame) k.Value {
		yv := y(in, f)
		xv := x(in, f)
		in.at(f, p)
		if in.sys.trapMode == trapSuspend && in.suspending(f) {
			return in.applySuspending(f, fn, []k.Value{xv, yv}, func() k.Value { return in.applyDyad(fn, xv, yv, f) })
		}
		if r, ok := in.appendNamed(xv, yv, insert, want); ok {
			return r
		}
		if insert && !want {
			in.insertStmt(n, xv, yv, f) // no row indices made
			return k.Identity
		}
		return in.applyDyad(fn, xv, yv, f)
	}
}

// appendPrim is f[x;y] for f the value of insert or upsert (upd:insert,
// .u.upd's), as appendNamed does it; ok is false for any other f, or
// when appendNamed does not take y.
func (in *Interp) appendPrim(fv k.Value, x, y k.Value, want bool) (k.Value, bool) {
	p, ok := fv.(*k.Prim)
	if !ok || p.Name != "insert" && p.Name != "upsert" {
		return nil, false
	}
	return in.appendNamed(x, y, p.Name == "insert", want)
}

// appendOf is 1 when lam is {x insert y}, 2 when it is {x upsert y}
// (its one statement the keyword applied to its two parameters), else 0.
func appendOf(lam *syntax.Lambda) int8 {
	if len(lam.Params) != 2 || len(lam.Body) != 1 || lam.Patterns != nil {
		return 0
	}
	d, ok := lam.Body[0].(*syntax.Dyad)
	if !ok {
		return 0
	}
	id, ok := d.F.(*syntax.Ident)
	if !ok {
		return 0
	}
	app, insert := tableAppend(d, id)
	x, okx := d.L.(*syntax.Ident)
	y, oky := d.R.(*syntax.Ident)
	if !app || !okx || !oky || !param(lam, x, 1) || !param(lam, y, 2) {
		return 0
	}
	if insert {
		return 1
	}
	return 2
}

// param reports whether id is lam's parameter in slot (1-based).
func param(lam *syntax.Lambda, id *syntax.Ident, slot int32) bool {
	return id.B.Done && id.B.Lam == lam && id.B.Slot == slot && id.B.Verb == 0
}

// appendLambda is the call l[x;y] of l {x insert y} or {x upsert y},
// once its body is compiled, as appendNamed does it (a tickerplant's
// upd, message after message): no frame is made for it, since no error
// can come of it. ok is false, with nothing done, for any other l or
// when appendNamed does not take y: the call is then made.
func (in *Interp) appendLambda(l *k.Lambda, x, y k.Value, want bool) (k.Value, bool) {
	code := codeOf(l)
	if code == nil || in.walkOnly {
		return nil, false
	}
	b := code.comp.Load()
	if b == nil || b.app == 0 {
		return nil, false
	}
	return in.appendNamed(x, y, b.app == 1, want)
}
