// This file defines Join (`,`) with q's type rules, for lists,
// dictionaries, tables and keyed tables, and cross.

package prim

import "qgo/interp/k"

func init() {
	defDyad(",", Join)
	defDyad("cross", Cross)
}

// Join is `x,y`. Two atoms or vectors of one type give a vector of that
// type; otherwise the items of x and y form a general list (an empty
// general list takes the type of the other side). Dictionaries merge,
// with y's values winning; tables append rows (a dictionary or a list of
// values on the right is a row); keyed tables upsert by key.
func Join(x, y k.Value) k.Value {
	switch a := x.(type) {
	case *k.Dict:
		b, isDict := y.(*k.Dict)
		if isKeyed(a) {
			if isDict && isKeyed(b) {
				return upsertKeyed(a, b)
			}
			return upsertKeyed(a, rowsAsKeyed(a, y))
		}
		if !isDict && y.Type() == k.KList && y.Len() == 0 {
			return a // d,() is d
		}
		if !isDict || isKeyed(b) {
			k.Signal(k.ErrType)
		}
		return joinDict(a, b)
	case *k.Table:
		return joinTable(a, y)
	}
	switch y.(type) {
	case *k.Dict:
		if x.Type() == k.KList && x.Len() == 0 {
			return y // (),d is d
		}
		k.Signal(k.ErrType)
	case *k.Table:
		if x.Type() == k.KList && x.Len() == 0 {
			return y
		}
		if !k.IsList(x) {
			k.Signal(k.ErrType)
		}
		// a list joined with a table is a general list of x's items
		// followed by the table's rows (dictionaries)
		t := y.(*k.Table)
		a := k.Items(x)
		out := make([]k.Value, len(a), len(a)+t.Len())
		copy(out, a)
		for i := 0; i < t.Len(); i++ {
			out = append(out, tableRow(t, i))
		}
		return &k.List{V: out}
	}
	tx, ty := x.Type(), y.Type()
	if tx == k.KList && x.Len() == 0 {
		if k.IsList(y) {
			return y
		}
		return Enlist(y)
	}
	if ty == k.KList && y.Len() == 0 {
		if k.IsList(x) {
			return x
		}
		return Enlist(x)
	}
	if r, ok := joinEnum(x, y); ok {
		return r
	}
	if tx != k.KList && ty != k.KList && !k.IsFunc(tx) && !k.IsFunc(ty) &&
		tx != k.KErr && ty != k.KErr && vecType(x) == vecType(y) {
		return opsOf(x).concat(x, y)
	}
	return listOps{}.concat(x, y)
}

// rowsAsKeyed gives rows y for keyed table kt as a keyed table: y is a
// record (a dictionary of all columns), a table of all columns, one row
// of values (keys first) or a list of such rows.
func rowsAsKeyed(kt *k.Dict, y k.Value) *k.Dict {
	kk, kv := kt.K.(*k.Table), kt.V.(*k.Table)
	all := unkey(kt)
	var t *k.Table
	switch r := y.(type) {
	case *k.Table:
		t = r
	case *k.Dict:
		t = recordTable(r)
	default:
		tt, ok := joinTable(emptyTable(all), y).(*k.Table)
		if !ok {
			k.Signal(k.ErrType)
		}
		t = tt
	}
	// pick takes the named columns of t; a missing key column is an
	// error, a missing value column is left alone by the upsert
	pick := func(names []string, keys bool) *k.Table {
		var cols []string
		var data []k.Value
		for _, n := range names {
			j := colIndex(t, n)
			if j < 0 {
				if keys {
					k.Signal(k.ErrLength)
				}
				continue
			}
			cols = append(cols, n)
			data = append(data, t.Data[j])
		}
		return &k.Table{Cols: k.Syms(cols...), Data: data}
	}
	if len(t.Data) > len(all.Data) {
		k.Signal("mismatch")
	}
	return &k.Dict{K: pick(kk.Cols.V, true), V: pick(kv.Cols.V, false)}
}

// isKeyed reports whether d is a keyed table: a table of keys to a table
// of values (group of a table has table keys and lists of indices).
func isKeyed(d *k.Dict) bool {
	_, ok := d.K.(*k.Table)
	_, vals := d.V.(*k.Table)
	return ok && vals
}

// joinDict merges dictionaries: keys of x in order, then new keys of y;
// values of y replace those of x for shared keys.
func joinDict(a, b *k.Dict) k.Value {
	if a.Len() == 0 {
		return b
	}
	pos := findList(a.K, b.K)
	n := int64(a.Len())
	var upd, add []int64
	for j, p := range pos {
		if p < n {
			upd = append(upd, int64(j))
		} else {
			add = append(add, int64(j))
		}
	}
	vals := a.V
	if len(upd) > 0 {
		at := make([]int64, len(upd))
		for i, j := range upd {
			at[i] = pos[j]
		}
		vals = Amend(vals, longs(at), gatherList(b.V, upd))
	}
	keys := a.K
	if len(add) > 0 {
		keys = Join(keys, gatherList(b.K, add))
		_, rows := vals.(*k.Table)
		if _, bRows := b.V.(*k.Table); rows && !bRows {
			// values that are a table's rows: each new key's value is one
			// record (a list of them is not one record)
			for _, j := range add {
				vals = Join(vals, item(b.V, int(j)))
			}
		} else {
			vals = Join(vals, gatherList(b.V, add))
		}
		if vals.Len() != keys.Len() {
			k.Signal(k.ErrLength) // never a dictionary whose keys and values differ in count
		}
	}
	return &k.Dict{K: keys, V: vals}
}

// recordTable is record d (a dictionary of column names) as a table of
// one row; a dictionary of other keys, or of no keys, is no record.
func recordTable(d *k.Dict) *k.Table {
	if !isSyms(d.K) {
		k.Signal(k.ErrType)
	}
	t, ok := Enlist(d).(*k.Table)
	if !ok {
		k.Signal(k.ErrType) // (`$())!(): no columns, so no row
	}
	return t
}

// joinTable appends rows to table a: a table, a record (dictionary), a
// list of values for one row, or a list of such rows.
func joinTable(a *k.Table, y k.Value) k.Value {
	switch b := y.(type) {
	case *k.Table:
		return appendTable(a, b)
	case *k.Dict:
		return appendTable(a, recordTable(b))
	case *k.List:
		if len(b.V) == 0 {
			return a
		}
		if allRecords(b.V) {
			// a list of records (a general column of dictionaries joined
			// to a table column): each is a row
			out := k.Value(a)
			for _, r := range b.V {
				t, ok := out.(*k.Table)
				if !ok {
					k.Signal(k.ErrType)
				}
				out = joinTable(t, r)
			}
			return out
		}
		if allRows(b.V, len(a.Data)) {
			rows := make([]k.Value, len(b.V))
			for i, r := range b.V {
				rows[i] = &k.Dict{K: a.Cols, V: r}
			}
			out := k.Value(a)
			for _, r := range rows {
				out = joinTable(out.(*k.Table), r)
			}
			return out
		}
	}
	if k.IsList(y) && y.Len() == len(a.Data) {
		return joinTable(a, &k.Dict{K: a.Cols, V: y})
	}
	if k.IsAtom(y) || k.IsFunc(y.Type()) {
		// a table is a list of records: joined with an atom (or a
		// function, which joins as an atom does) it gives a general
		// list, so raze (t;`file;5) is t's rows, `file and 5
		out := make([]k.Value, 0, a.Len()+1)
		for i := 0; i < a.Len(); i++ {
			out = append(out, tableRow(a, i))
		}
		return &k.List{V: append(out, y)}
	}
	if k.IsList(y) {
		// with a list of other things, too: t's rows, then its items (a
		// column of records that was emptied takes () again), as a list
		// joined to a table gives its items, then the table's rows
		items := k.Items(y)
		out := make([]k.Value, 0, a.Len()+len(items))
		for i := 0; i < a.Len(); i++ {
			out = append(out, tableRow(a, i))
		}
		return &k.List{V: append(out, items...)}
	}
	k.Signal(k.ErrType)
	return nil
}

// allRecords reports whether items are all dictionaries keyed by symbols.
func allRecords(items []k.Value) bool {
	for _, it := range items {
		d, ok := it.(*k.Dict)
		if !ok || !isSyms(d.K) {
			return false
		}
	}
	return true
}

// allRows reports whether items are all lists of count n.
func allRows(items []k.Value, n int) bool {
	for _, it := range items {
		if !k.IsList(it) || it.Len() != n {
			return false
		}
	}
	return true
}

// appendTable is a,b for tables: b's columns must be among a's; columns
// b lacks are filled with nulls.
func appendTable(a, b *k.Table) k.Value {
	if len(a.Data) == 0 {
		return b
	}
	if len(b.Data) == 0 {
		return a
	}
	nb := b.Len()
	cols := make([]k.Value, len(a.Data))
	used := 0
	for i, name := range a.Cols.V {
		j := colIndex(b, name)
		var bc k.Value
		if j < 0 {
			bc = nullsOf(Take(k.J(int64(nb)), Take(k.J(1), a.Data[i])))
		} else {
			bc = b.Data[j]
			used++
		}
		cols[i] = Join(a.Data[i], bc)
	}
	if used != len(b.Data) {
		// columns that do not conform are 'mismatch, unless one side has
		// no rows: raze of tables, some of them empty and shaped another
		// way, is the others (TorQ's wdb razes its servers so)
		switch {
		case nb == 0:
			return a
		case a.Len() == 0:
			return b
		}
		k.Signal("mismatch")
	}
	return &k.Table{Cols: a.Cols, Data: cols}
}

// upsertKeyed is kt,y for keyed tables: rows of y whose keys are in x
// replace the value columns y has; others are appended.
func upsertKeyed(x, y *k.Dict) k.Value {
	xk, xv := x.K.(*k.Table), x.V.(*k.Table)
	yk, yv := y.K.(*k.Table), y.V.(*k.Table)
	pos := findList(xk, yk)
	n := int64(xk.Len())
	var upd, add []int64
	for j, p := range pos {
		if p < n {
			upd = append(upd, int64(j))
		} else {
			add = append(add, int64(j))
		}
	}
	vals := &k.Table{Cols: xv.Cols, Data: append([]k.Value(nil), xv.Data...)}
	if len(upd) > 0 {
		at := make([]int64, len(upd))
		for i, j := range upd {
			at[i] = pos[j]
		}
		for ci, name := range yv.Cols.V {
			c := colIndex(vals, name)
			if c < 0 {
				k.Signal("mismatch")
			}
			vals.Data[c] = Amend(vals.Data[c], longs(at), gatherList(yv.Data[ci], upd))
		}
	}
	keys := k.Value(xk)
	if len(add) > 0 {
		keys = appendTable(xk, gatherList(yk, add).(*k.Table))
		for c, name := range vals.Cols.V {
			var col k.Value
			j := colIndex(yv, name)
			if j >= 0 {
				col = gatherList(yv.Data[j], add)
			} else {
				col = nullsOf(Take(k.J(int64(len(add))), Take(k.J(1), vals.Data[c])))
			}
			if gl, ok := vals.Data[c].(*k.List); ok && j >= 0 && yv.Data[j].Type() == k.KList {
				// a general column takes the new values as items, as insert
				// appends them: dictionaries stay dictionaries
				items := append([]k.Value(nil), gl.V...)
				for _, r := range add {
					items = append(items, item(yv.Data[j], int(r)))
				}
				vals.Data[c] = &k.List{V: items}
				continue
			}
			vals.Data[c] = Join(vals.Data[c], col)
		}
	}
	return &k.Dict{K: keys, V: vals}
}

// Cross is `x cross y`: every item of x joined with every item of y, x
// varying slowest; for tables, every row of x beside every row of y.
func Cross(x, y k.Value) k.Value {
	if k.IsAtom(x) {
		x = k.Enlist(x)
	}
	if k.IsAtom(y) {
		y = k.Enlist(y)
	}
	if !isData(x) || !isData(y) {
		k.Signal(k.ErrType)
	}
	n, m := x.Len(), y.Len()
	if int64(n)*int64(m) > maxItems {
		k.Signal("limit")
	}
	ix := make([]int64, n*m)
	iy := make([]int64, n*m)
	for i := 0; i < n; i++ {
		for j := 0; j < m; j++ {
			ix[i*m+j] = int64(i)
			iy[i*m+j] = int64(j)
		}
	}
	a, b := gatherList(x, ix), gatherList(y, iy)
	if ta, ok := a.(*k.Table); ok {
		tb, ok := b.(*k.Table)
		if !ok {
			k.Signal(k.ErrType)
		}
		names := append(append([]string(nil), ta.Cols.V...), tb.Cols.V...)
		return &k.Table{Cols: k.Syms(names...), Data: append(append([]k.Value(nil), ta.Data...), tb.Data...)}
	}
	if _, ok := a.(*k.Dict); ok {
		k.Signal(k.ErrType)
	}
	if _, ok := b.(*k.Table); ok {
		k.Signal(k.ErrType)
	}
	if _, ok := b.(*k.Dict); ok {
		k.Signal(k.ErrType)
	}
	out := make([]k.Value, n*m)
	for i := range out {
		out[i] = Join(item(a, i), item(b, i))
	}
	return &k.List{V: out}
}
