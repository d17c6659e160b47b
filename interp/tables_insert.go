// This file defines insert and upsert: appending records to a table by
// name with q's type checks, and upserting into tables and keyed tables.

package interp

import (
	"qgo/interp/k"
	"qgo/interp/prim"
	"qgo/interp/syntax"
)

// discardInsert evaluates n, a statement whose value is not used, when it
// is `x insert y` with insert the primitive (bound as applyDyad binds it)
// and x not a file, and reports whether it was: the row indices insert
// returns are then not made.
func (in *Interp) discardInsert(n syntax.Node, f *frame) bool {
	d, ok := n.(*syntax.Dyad)
	if !ok {
		return false
	}
	id, ok := d.F.(*syntax.Ident)
	if !ok || !isInsert(d, id) {
		return false
	}
	y := in.eval(d.R, f)
	in.insertStmt(d, in.eval(d.L, f), y, f)
	return true
}

// isInsert reports whether the dyad d, whose verb is the name id, is
// `x insert y` with insert the primitive (bound as applyDyad binds it).
func isInsert(d *syntax.Dyad, id *syntax.Ident) bool {
	if !id.B.Done || id.B.Slot != 0 || id.B.Verb == 0 {
		return false
	}
	return verbOf(&id.B).name == "insert" && (d.Noun || d.R != nil && !isVerbTail(d.R))
}

// insertStmt is x insert y for the statement d, whose value is not used,
// once x and y are evaluated: a file or a suspension goes the general
// way, and a table in memory gets its records without row indices made.
func (in *Interp) insertStmt(d *syntax.Dyad, x, y k.Value, f *frame) {
	in.at(f, d.P)
	if _, file := in.filePath(x); file || (in.sys.trapMode == trapSuspend && in.suspending(f)) {
		in.applyDyad(d.F, x, y, f)
		return
	}
	in.insertRows(x, y, false)
}

// insert is `x insert y`: append the records y to the table named x and
// return their row indices. A keyed table refuses keys it already has
// ('insert); a typed column refuses values of another type ('type); an
// empty general column takes the type of what is inserted first. An
// undefined x, or one that is the empty list (), becomes the table y.
func (in *Interp) insert(x, y k.Value) k.Value { return in.insertRows(x, y, true) }

// insertRows is insert; when want is false, a record appended in place
// returns :: instead of its row index (the caller discards it).
func (in *Interp) insertRows(x, y k.Value, want bool) k.Value {
	s, ok := x.(k.Atom[string])
	if !ok {
		k.Signal(k.ErrType)
	}
	if r := in.insertOwned(s.V, y, want); r != nil {
		return r
	}
	if row, ok := in.keyedGlobal(in.qualify(s.V, nil), y, true); ok {
		if !want {
			return k.Identity
		}
		return in.rowIndex(row) // a keyed table grown in place: owned_keyed.go
	}
	return in.insertCopy(s, y)
}

// insertOwned is insertRows into a table its global owns, in place: nil
// when the global owns no table or the rows do not fit its columns as
// they are (insertCopy then does the insert).
func (in *Interp) insertOwned(name string, y k.Value, want bool) k.Value {
	g := name // a plain name from the root: qualify's answer, with no call
	if in.ctx != "" || name == "" || name[0] == '.' {
		g = in.qualify(name, nil)
	}
	t := in.ownedTable(g)
	if t == nil {
		return nil
	}
	in.checkUpdate() // not from a secondary thread
	in.grew(g)
	n0 := t.Len()
	if appendRecord(t, y, true) {
		if !want {
			return k.Identity
		}
		return in.rowIndex(n0) // grown in place, still the global's alone
	}
	if appendInPlace(t, newRows(t, y)) {
		return tilFrom(n0, t.Len())
	}
	return nil
}

// insertCopy is insertRows into the table the global s holds, as a new
// value (which the global then owns, when its columns are fresh).
func (in *Interp) insertCopy(s k.Atom[string], y k.Value) k.Value {
	gname := in.qualify(s.V, nil)
	cur, defined := in.global(s.V)
	if defined && cur.Type() == k.KList && cur.Len() == 0 && isTable(y) {
		// an empty list takes the table as (),y does (KX csvguess's load
		// scripts start DATA:() and insert each chunk)
		defined = false
	}
	if !defined {
		if !isTable(y) {
			k.Signal(s.V)
		}
		in.setGlobal(s.V, y)
		return tilVec(y.Len())
	}
	n0 := cur.Len()
	var nv k.Value
	switch t := cur.(type) {
	case *k.Table:
		if appendRecord(t, y, false) {
			nt := spareCopy(t) // the global owns the copy from now on
			appendRecord(nt, y, true)
			in.setGlobal(s.V, nt)
			in.own(gname, nt)
			return in.rowIndex(n0)
		}
		rows := newRows(t, y)
		nt := appendTyped(t, rows)
		nv = nt
		if freshColumns(t, nt, rows) {
			defer in.own(gname, nt)
		}
	case *k.Dict:
		kt, vt := keyedTable(t)
		all, _ := unkey(t)
		rows := newRows(all, y)
		nk := len(kt.Data)
		newKeys := tableOf(kt.Cols.V, rows[:nk])
		if hasDupKey(kt, newKeys) {
			k.Signal("insert")
		}
		nv = &k.Dict{K: appendTyped(kt, rows[:nk]), V: appendTyped(vt, rows[nk:])}
	default:
		k.Signal(k.ErrType)
	}
	in.setGlobal(s.V, nv)
	return tilFrom(n0, nv.Len())
}

// tilFrom is the row indices n0 to n-1, the new rows insert returns.
func tilFrom(n0, n int) k.Value {
	idx := make([]int64, n-n0)
	for i := range idx {
		idx[i] = int64(n0 + i)
	}
	return longsOf(idx)
}

// hasDupKey reports whether a key of add is already in keys or repeats
// within add.
func hasDupKey(keys, add *k.Table) bool {
	n := int64(keys.Len())
	for _, p := range k.Items(prim.Find(keys, add)) {
		if toInt(p) < n {
			return true
		}
	}
	return add.Len() > 1 && prim.Distinct(add).Len() != add.Len()
}

// newRows reads y as new rows for table t, column by column: a table
// (its columns by name; missing ones null), a record (dictionary), or a
// list with an item per column holding one value or a list of values.
func newRows(t *k.Table, y k.Value) []k.Value {
	names := t.Cols.V
	switch v := y.(type) {
	case *k.Dict:
		if isKeyedTable(v) {
			u, _ := unkey(v)
			return rowsByName(t, u)
		}
		return rowsByName(t, recordTable(v))
	case *k.Table:
		return rowsByName(t, v)
	}
	if !k.IsList(y) {
		k.Signal(k.ErrType)
	}
	items := k.Items(y)
	if len(items) != len(names) {
		k.Signal(k.ErrLength)
	}
	n, record := rowCount(t, items)
	if record && onlyOnes(items) {
		// every list is one long: the lists are columns of one row, an
		// enlisted value the column's part, as insert[`table;
		// (`intel;enlist(123.2;120.4;131.0))] gives a price of
		// 123.2 120.4 131 (docs/kb/faq.md)
		record = false
	}
	out := make([]k.Value, len(items))
	for i, it := range items {
		c := t.Data[i]
		switch {
		case n == 1 && k.IsAtom(it):
			out[i] = k.Enlist(it)
		case n == 1 && !k.IsList(it) && c.Type() == k.KList:
			out[i] = k.NewList(it) // a dictionary is one value of a general column
		case record && c.Type() == k.KList:
			// a record's list is one value of a general column, as it is:
			// TorQ's stp keeps enlisted where clauses (,(c1;c2)) so
			out[i] = k.NewList(it)
		case n == 1 && c.Type() == k.KList && c.Len() > 0 && !(it.Type() == k.KList && it.Len() == 1):
			out[i] = k.NewList(it) // one value of a general column (an enlisted one is the column's part)
		case k.IsList(it) && it.Len() == n:
			out[i] = it
		case k.IsAtom(it):
			out[i] = prim.Take(k.J(int64(n)), it)
		default:
			k.Signal(k.ErrLength)
		}
	}
	return out
}

// onlyOnes reports whether the items are atoms and lists of count one,
// one list at least: what can be read as the columns of one row. A
// dictionary, a table or a list of another count makes them a record
// (TorQ's stp keeps an enlisted where clause beside a dictionary of
// columns so).
func onlyOnes(items []k.Value) bool {
	seen := false
	for _, it := range items {
		switch {
		case k.IsList(it):
			if it.Len() != 1 {
				return false
			}
			seen = true
		case !k.IsAtom(it):
			return false
		}
	}
	return seen
}

// rowCount is how many rows the items of an insert make: the count of
// the lists going into typed columns; else one when an item is an atom,
// and then the items are a record (its lists are values of general
// columns, as .api.add's strings are); else the count of the lists going
// into empty columns.
func rowCount(t *k.Table, items []k.Value) (n int, record bool) {
	typed := func(i int) bool { return t.Data[i].Type() != k.KList }
	if n := listsCount(items, typed); n >= 0 {
		return n, false
	}
	for _, it := range items {
		if k.IsAtom(it) {
			return 1, true
		}
	}
	empty := func(i int) bool { c := t.Data[i]; return c.Type() != k.KList || c.Len() == 0 }
	if n := listsCount(items, empty); n >= 0 {
		return n, false
	}
	m := -1
	for _, it := range items {
		if m >= 0 && it.Len() != m {
			return 1, false
		}
		m = it.Len()
	}
	return max(m, 1), false
}

// listsCount is the count of the list items whose column pick takes,
// 'length when they differ, -1 when there are none.
func listsCount(items []k.Value, pick func(i int) bool) int {
	n := -1
	for i, it := range items {
		if !k.IsList(it) || !pick(i) {
			continue
		}
		if n >= 0 && it.Len() != n {
			k.Signal(k.ErrLength)
		}
		n = it.Len()
	}
	return n
}

// rowsByName takes the columns of u in the order of t's; a column of t
// that u lacks is null, a column of u that t lacks is a 'mismatch.
func rowsByName(t, u *k.Table) []k.Value {
	out := make([]k.Value, len(t.Data))
	used := 0
	for i, name := range t.Cols.V {
		if c := column(u, name); c != nil {
			out[i] = c
			used++
		} else {
			out[i] = nullRows(t.Data[i], u.Len())
		}
	}
	if used != len(u.Data) {
		k.Signal("mismatch")
	}
	return out
}

// appendTyped appends new column values to t's columns: a typed column
// takes only its own type ('type otherwise), an empty general column
// takes whatever comes, a general column takes the items as they are.
func appendTyped(t *k.Table, add []k.Value) *k.Table {
	data := make([]k.Value, len(t.Data))
	for i, c := range t.Data {
		data[i] = appendColumn(c, add[i])
	}
	return &k.Table{Cols: t.Cols, Data: data}
}

// appendColumn is column c with the values v appended, keeping c's type.
func appendColumn(c, v k.Value) k.Value {
	if c.Type() != k.KList && v.Type() == k.KList {
		v = k.Unify(k.Items(v))
	}
	switch {
	case c.Type() == k.KList && c.Len() == 0:
		return v
	case c.Type() == k.KList:
		items := append(append([]k.Value{}, k.Items(c)...), k.Items(v)...)
		return k.NewList(items...)
	case v.Len() == 0:
		return c
	case v.Type() == k.KS && isEnumVec(c):
		// symbols into an enumerated column, a foreign key among them, are
		// enumerated over its domain ('cast when one is missing), as
		// `trade insert (.z.T;`A;20.3) is (docs/wp/foreign-keys.md)
		v = enumAppendArg(c, v)
	case v.Type() != c.Type() && integral(v.Type()) && integral(c.Type()):
		// a short, int or long goes into a short, int or long column as
		// the column's type (KX's k4unit inserts 0 into an int column)
		v = prim.CastTo(c.Type(), v)
	case v.Type() != c.Type():
		k.Signal(k.ErrType)
	}
	return prim.KeepAttr(c, primDyad(",")(c, v)) // `g, `s, `u survive an append
}

// enumRecord is the record y (a general list, one item a column) with the
// symbols bound for an enumerated column of the table or keyed table t
// enumerated over its domain, as insert does ('cast when one is missing);
// any other y is returned as it is.
func enumRecord(t, y k.Value) k.Value {
	rec, ok := y.(*k.List)
	if !ok {
		return y
	}
	all, _ := unkey(t)
	if all == nil || len(all.Data) != len(rec.V) {
		return y
	}
	var out []k.Value
	for i, c := range all.Data {
		if !isEnumVec(c) || !isSymbolic(rec.V[i]) || prim.IsEnum(rec.V[i]) {
			continue
		}
		if out == nil {
			out = append([]k.Value{}, rec.V...)
		}
		out[i] = enumAppendArg(c, rec.V[i])
	}
	if out == nil {
		return y
	}
	return &k.List{V: out}
}

// isEnumVec reports whether c is an enumerated vector.
func isEnumVec(c k.Value) bool {
	_, ok := c.(*k.Enum)
	return ok
}

// integral reports whether t is the short, int or long vector type.
func integral(t k.Type) bool {
	return t == k.KH || t == k.KI || t == k.KJ
}

// upsert is `x upsert y`: records y appended to a table, or upserted by
// key into a keyed table. When x is a table's name the global is updated
// (a typed column refuses another type) and the name returned (x itself,
// not a new value of it: a million upserts allocate no names).
func (in *Interp) upsert(x, y k.Value) k.Value {
	s, ok := x.(k.Atom[string])
	if !ok {
		return in.upsertValue(x, y)
	}
	gname := in.qualify(s.V, nil)
	if _, ok := in.keyedGlobal(gname, y, false); ok {
		return x // a keyed table grown in place: owned_keyed.go
	}
	if t := in.ownedTable(gname); t != nil {
		in.checkUpdate() // not from a secondary thread
		if appendRecord(t, y, true) {
			in.grew(gname)
			return x // grown in place, still the global's alone
		}
		if appendInPlace(t, sameColumns(t, y)) {
			in.grew(gname)
			return x // a table of t's columns, its rows grown in place
		}
	}
	cur, defined := in.global(s.V)
	if defined && cur.Type() == k.KList && cur.Len() == 0 && isTable(y) {
		// an empty list takes the table as (),y does (KX csvguess's load
		// scripts start DATA:() and insert each chunk)
		defined = false
	}
	if !defined {
		if !isTable(y) {
			k.Signal(s.V)
		}
		in.setGlobal(s.V, y)
		return x
	}
	if t, ok := cur.(*k.Table); ok && appendRecord(t, y, false) {
		nt := spareCopy(t) // the global owns the copy from now on
		appendRecord(nt, y, true)
		in.setGlobal(s.V, nt)
		in.own(gname, nt)
		return x
	}
	if t, ok := cur.(*k.Table); ok {
		if rows := sameColumns(t, y); rows != nil && canAppend(t, rows) {
			nt := spareCopy(t) // as for a record
			appendInPlace(nt, rows)
			in.setGlobal(s.V, nt)
			in.own(gname, nt)
			return x
		}
	}
	if d, ok := cur.(*k.Dict); ok && prim.IsStep(d) {
		k.Signal("step") // a step dictionary (`s#d, `s#kt) is not upserted in place
	}
	nv, ok := in.upsertRecords(cur, y)
	if !ok {
		nv = in.upsertValue(cur, enumRecord(cur, y))
	}
	checkKeepsTypes(cur, nv)
	nv = prim.KeepAttr(cur, nv) // an append in memory keeps `g, `s, `u
	in.setGlobal(s.V, nv)
	return x
}

// upsertRecords upserts y, a record or a list of records given as a list,
// into the table or keyed table cur, reading y as insert does: a value for
// a typed column takes the column's type (a short, int or long converted;
// anything else 'type), and a dictionary is one value of a general column,
// which stays a general list whatever the keys of its dictionaries. ok is
// false for any other cur or y.
func (in *Interp) upsertRecords(cur, y k.Value) (nv k.Value, ok bool) {
	if isTable(y) || !k.IsList(y) || !isTable(cur) {
		return nil, false // a record dictionary updates only the columns it names
	}
	all, nk := unkey(cur)
	if l, ok := y.(*k.List); ok && (len(l.V) == 0 || allLists(l.V)) {
		return nil, false // none, or records (or columns) in lists, no atom: joined as they are
	}
	all = generalRecords(all)
	rows := newRows(all, y)
	if len(rows) == 0 || rows[0].Len() == 0 {
		return nil, false // no row read: joined as it is
	}
	if nk == 0 {
		return appendTyped(all, rows), true
	}
	add := appendTyped(emptyRows(all), rows)
	return in.upsertValue(cur, rekey(add, nk)), true
}

// generalRecords is t with each column that holds records (dictionaries
// with the same keys, which a list of them makes a table) as a general
// list of those records: a column TorQ's stp fills with column
// dictionaries, emptied by a delete, still takes () as a value.
func generalRecords(t *k.Table) *k.Table {
	var data []k.Value
	for i, c := range t.Data {
		if c.Type() != k.XT {
			continue
		}
		if data == nil {
			data = append([]k.Value(nil), t.Data...)
		}
		data[i] = &k.List{V: k.ArgItems(c)}
	}
	if data == nil {
		return t
	}
	return &k.Table{Cols: t.Cols, Data: data}
}

// emptyRows is t with no rows: each column's first 0 items, keeping its
// type (a general column stays general, an enumeration its domain).
func emptyRows(t *k.Table) *k.Table {
	data := make([]k.Value, len(t.Data))
	for i, c := range t.Data {
		data[i] = prim.Take(k.J(0), c)
	}
	return &k.Table{Cols: t.Cols, Data: data}
}

// upsertValue upserts y into the table, keyed table or dictionary x, and
// joins y to any other x, as .[x;();,;y] does.
func (in *Interp) upsertValue(x, y k.Value) k.Value {
	switch t := x.(type) {
	case *k.Table:
		if isKeyedTable(y) {
			k.Signal(k.ErrType)
		}
		if k.IsList(y) && y.Len() == 0 {
			return t
		}
		return primDyad(",")(t, y)
	case *k.Dict:
		return primDyad(",")(t, y)
	}
	return primDyad(",")(x, y) // upsert is .[;();,;]: anything else is joined
}

// checkKeepsTypes signals 'type when an update in place (`t upsert`,
// and what `x,:y` should check) changed the type of a typed, non-empty
// column of the table old, or of the typed values of the dictionary old.
func checkKeepsTypes(old, nv k.Value) {
	if d, ok := old.(*k.Dict); ok && !isKeyedTable(d) {
		e, ok := nv.(*k.Dict)
		if t := d.V.Type(); ok && t > 0 && d.V.Len() > 0 && e.V.Type() != t {
			k.Signal(k.ErrType)
		}
		return
	}
	if !isTable(old) || !isTable(nv) {
		return
	}
	a, _ := unkey(old)
	b, _ := unkey(nv)
	for i, name := range a.Cols.V {
		c := column(b, name)
		if c == nil {
			continue
		}
		if t := a.Data[i].Type(); t != k.KList && a.Data[i].Len() > 0 && c.Type() != t {
			k.Signal(k.ErrType)
		}
	}
}

// allLists reports whether every item is a list (a record of a row).
func allLists(items []k.Value) bool {
	for _, it := range items {
		if !k.IsList(it) {
			return false
		}
	}
	return len(items) > 0
}
