// This file defines owned buffers (DESIGN.md 3.4): the table that insert
// last built for a global is that global's alone until anything reads the
// global, so the next insert may grow its columns in place instead of
// copying the table, which made a stream of inserts quadratic.

package interp

import (
	"qgo/interp/k"
	"qgo/interp/syntax"
)

// ownedTable reports whether the global name (absolute) still holds the
// very table insert built for it, unread since.
func (in *Interp) ownedTable(name string, cur k.Value) bool {
	return in.owned != nil && in.owned[name] == cur
}

// own records that the global name holds a table no other value shares.
func (in *Interp) own(name string, t k.Value) {
	if in.owned == nil {
		in.owned = map[string]k.Value{}
	}
	in.owned[name] = t
}

// disown ends ownership of a global that is being read (its value may now
// be held elsewhere); disownAll does so for every global.
func (in *Interp) disown(name string) {
	if len(in.owned) > 0 {
		delete(in.owned, name)
	}
}

func (in *Interp) disownAll() { in.owned = nil }

// appendInPlace appends rows (one value per column: a vector or an atom of
// the column's type) to t's typed columns in place. It changes nothing and
// reports false unless every column can take its rows.
func appendInPlace(t *k.Table, rows []k.Value) bool {
	if len(rows) != len(t.Data) {
		return false
	}
	for i, c := range t.Data {
		if !appendCol(c, rows[i], false) {
			return false
		}
	}
	for i, c := range t.Data {
		appendCol(c, rows[i], true)
	}
	return true
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
	}
	return false
}

func appendTo[E k.Elem](c *k.Vec[E], v k.Value, do bool) bool {
	if c.A != k.AttrNone && c.A != k.AttrG {
		return false // an attribute must be checked; let the copying path do it
	}
	switch vv := v.(type) {
	case *k.Vec[E]:
		if vv.T != c.T {
			return false
		}
		if do {
			c.V = append(c.V, vv.V...)
		}
	case k.Atom[E]:
		if vv.T != -c.T {
			return false
		}
		if do {
			c.V = append(c.V, vv.V)
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
	}
}

// owns reports whether local slot i still holds the buffer `,:` grew.
func (f *frame) owns(i int) bool { return i < 64 && f.own&(1<<uint(i)) != 0 }

// isJoinOp reports whether the verb of a compound assignment is `,`.
func isJoinOp(op syntax.Node) bool {
	o, ok := op.(*syntax.Op)
	return ok && o.Name == ","
}

// appendOwned performs x,:y for a typed vector x and an atom or vector y
// of its type by growing a buffer that x alone references: in place when
// x still owns it (nothing has read x since the last x,:y), else in a
// fresh copy with room to grow that x then owns. So a stream of appends
// costs amortised constant time per item, not a copy of x each. It
// reports false, changing nothing, for any other case; assign then joins
// as usual.
func (in *Interp) appendOwned(n *syntax.Assign, y k.Value, f *frame, discard bool) (k.Value, bool) {
	slot := -1
	if f != nil && f.local {
		slot = f.slot(n.Name)
	}
	var g string
	var cur k.Value
	owned := false
	switch {
	case slot >= 0 && !n.Global:
		cur = f.vals[slot]
		owned = f.owns(slot)
	case slot < 0:
		g = in.qualify(n.Name, f)
		if _, isView := in.views[g]; isView {
			return nil, false
		}
		var ok bool
		if cur, ok = in.globals[g]; !ok {
			return nil, false
		}
		owned = in.owned != nil && in.owned[g] == cur
	default:
		return nil, false
	}
	var nv, out k.Value
	var ok bool
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
	}
	if !ok {
		return nil, false
	}
	switch {
	case slot >= 0:
		f.vals[slot] = nv
		f.own |= 1 << uint(slot) // slots past 63 simply never own
	case nv != cur: // a fresh buffer; one grown in place is already there
		in.checkUpdate() // not from a secondary thread
		in.globals[g] = nv
		in.own(g, nv)
	}
	return out, true
}

// growVec appends y (an atom or vector of c's type) to c: into c itself
// when owned, else into a fresh copy with spare capacity. It returns the
// grown vector, a separate header for the value of the expression (whose
// items later appends never touch; :: when discard says it is not used),
// and false when y does not fit.
func growVec[E k.Elem](c *k.Vec[E], y k.Value, owned, discard bool) (k.Value, k.Value, bool) {
	if c.A != k.AttrNone {
		return nil, nil, false // an attribute must be checked; the join does it
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
	if !owned {
		n := len(c.V) + len(add)
		v := make([]E, len(c.V), n+n/2+8)
		copy(v, c.V)
		c = &k.Vec[E]{T: c.T, V: v}
	}
	c.V = append(c.V, add...)
	if discard {
		return c, k.Identity, true // nothing will see the value
	}
	return c, &k.Vec[E]{T: c.T, V: c.V[:len(c.V):len(c.V)]}, true
}
