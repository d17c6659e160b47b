// This file defines owned buffers (DESIGN.md 3.4): the table that insert
// last built for a global is that global's alone until anything reads the
// global, so the next insert may grow its columns in place instead of
// copying the table, which made a stream of inserts quadratic.

package interp

import "qgo/interp/k"

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
	if in.owned != nil {
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
	if c.A != k.AttrNone {
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
