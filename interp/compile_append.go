// This file compiles the appends a feed makes a million times, x,:y to a
// global: the value its global owns (owned.go) grown in place with no
// more than a look at the hot cell, and every other case left to assign,
// which does the same work the long way.

package interp

import (
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
		_, _, ok := growTable(c, y, true, true)
		return ok
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
