// This file appends records to a table's typed columns in place, the
// owned-buffer path (owned.go) of insert, upsert and ,: of one record or
// of rows: each column takes its atom or vector where its type and
// attribute allow, else nothing is changed and the copying path runs.

package interp

import (
	"bytes"
	"slices"

	"qgo/interp/k"
)

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
		if do {
			return appendAtoms(t.Data, l.V)
		}
		for i, c := range t.Data {
			if !appendAtomTyped(c, l.V[i], false) {
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
func appendAtom(c, a k.Value, do bool) bool { return appendAtomTyped(c, a, do) }

// appendAtoms appends each atom of a record to its column, as appendAtom
// does, and reports false at the first that does not fit (appendRecord
// then cuts the columns back). A long or float column with no attribute
// and room takes an atom of its type here, with no call: the commonest
// columns, a record per call (upd); appendAtomTyped takes the rest, and
// grows a full buffer by room's doubling, not append's quarter.
func appendAtoms(cols, atoms []k.Value) bool {
	atoms = atoms[:len(cols)] // one bounds check, not one an item
	for i, c := range cols {
		// assertions one after the other, each one comparison of the
		// column's type word, not a type switch's search by hash
		if cv, ok := c.(*k.Vec[int64]); ok {
			if av, ok := atoms[i].(k.Atom[int64]); ok && av.T == -cv.T && cv.A == k.AttrNone && len(cv.V) < cap(cv.V) {
				cv.V = append(cv.V, av.V)
				continue
			}
		} else if cv, ok := c.(*k.Vec[float64]); ok {
			if av, ok := atoms[i].(k.Atom[float64]); ok && av.T == -cv.T && cv.A == k.AttrNone && len(cv.V) < cap(cv.V) {
				cv.V = append(cv.V, av.V)
				continue
			}
		}
		if !appendAtomTyped(c, atoms[i], true) {
			return false
		}
	}
	return true
}

// appendAtomTyped is appendAtom past the long and float columns'
// common case.
func appendAtomTyped(c, a k.Value, do bool) bool {
	// the commonest columns first, each one comparison, and their atoms
	// with no attribute to keep appended here (a record per call: upd)
	if cv, ok := c.(*k.Vec[int64]); ok {
		if av, ok := a.(k.Atom[int64]); ok && av.T == -cv.T && cv.A == k.AttrNone {
			if do {
				cv.V = append(room(cv.V, 1), av.V)
			}
			return true
		}
		return appendAtomTo(cv, a, do)
	}
	if cv, ok := c.(*k.Vec[float64]); ok {
		if av, ok := a.(k.Atom[float64]); ok && av.T == -cv.T && cv.A == k.AttrNone {
			if do {
				cv.V = append(room(cv.V, 1), av.V)
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
// when c's index (k.NewItem: a hash kept as c grows) does not have x; `u of
// reals and floats, and `p, go to the general path, which checks or drops
// them.
func attrTakes[E k.Elem](c *k.Vec[E], x E) bool {
	switch c.A {
	case k.AttrNone, k.AttrG:
		return true
	case k.AttrS:
		return len(c.V) == 0 || !elemLess(x, c.V[len(c.V)-1])
	case k.AttrU:
		isNew, ok := k.NewItem(c, x)
		return ok && isNew
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
