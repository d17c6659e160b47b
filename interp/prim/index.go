// This file defines indexing of data: x@i and x[i] (Index), and x . i
// (IndexDeep), for vectors, lists, dictionaries, tables and keyed tables.

package prim

import "qgo/interp/k"

// Index returns x at index i as q's x@i and x[i] do on data. Vectors and
// lists take integral indices, dictionaries keys (a sorted-key dictionary
// is a step function), tables row numbers or column names, keyed tables
// keys. i may be an atom, a vector, a general list (the result follows its
// shape) or a dictionary (the result keeps its keys); `::` selects all.
// An index out of range or a missing key gives the null of the item type.
// Functions and other non-data signal 'type.
func Index(x, i k.Value) k.Value {
	if !isData(x) {
		k.Signal(k.ErrType)
	}
	if k.IsIdentity(i) {
		return x
	}
	if d, ok := i.(*k.Dict); ok && !isKeyed(d) && !rowKeyed(x) {
		return &k.Dict{K: d.K, V: Index(x, d.V)}
	}
	switch v := x.(type) {
	case *k.Dict:
		return indexDict(v, i)
	case *k.Table:
		return indexTable(v, i)
	}
	if r, ok := enumField(x, i); ok {
		return r
	}
	i = enumAsIndex(i)
	if x.Type() == -k.KC && (isIntIndex(i)) {
		x = k.Enlist(x) // a char atom is a one-char string: "B" 0, "a" where 0b
	}
	if k.IsAtom(x) {
		k.Signal(k.ErrType)
	}
	if n, ok := intAtom(i); ok {
		if n < 0 || n >= int64(x.Len()) {
			return nullItem(x)
		}
		return item(x, int(n))
	}
	if idx, ok := intVec(i); ok {
		if idx == nil {
			idx = []int64{}
		}
		return gatherList(x, idx)
	}
	if l, ok := i.(*k.List); ok {
		return indexEach(x, l)
	}
	k.Signal(k.ErrType)
	return nil
}

// isKeyedValue reports whether x is a keyed table.
func isKeyedValue(x k.Value) bool {
	d, ok := x.(*k.Dict)
	return ok && isKeyed(d)
}

// rowKeyed reports whether x is a dictionary whose keys are a table's
// rows: a keyed table, or the rows of one onto another list.
func rowKeyed(x k.Value) bool {
	d, ok := x.(*k.Dict)
	if !ok {
		return false
	}
	_, ok = d.K.(*k.Table)
	return ok
}

// indexEach indexes x by each item of the general list l.
func indexEach(x k.Value, l *k.List) k.Value {
	out := make([]k.Value, len(l.V))
	for j, e := range l.V {
		out[j] = Index(x, e)
	}
	return unifyList(out)
}

// indexDict looks up keys i in dictionary d.
func indexDict(d *k.Dict, i k.Value) k.Value {
	if d.V.Type() < 0 {
		k.Signal("par") // keys onto one atom, a partitioned table's flip
	}
	if kt, ok := d.K.(*k.Table); ok && isKeyed(d) {
		return indexKeyed(kt, d.V.(*k.Table), i)
	}
	if kt, ok := d.K.(*k.Table); ok {
		if len(kt.Data) == 1 && (k.IsAtom(i) || kt.Data[0].Type() == k.KList && listRank(i) < listRank(kt.Data[0])) {
			// one key column: a key value, as a keyed table takes one
			// (kt[;`c] each keys, docs/wp/foreign-keys.md)
			return Index(d.V, Find(kt.Data[0], Resolved(i)))
		}
		// keys that are rows, values another list: looked up as rows are
		// in a keyed table, by a record, a table or a list of values
		return Index(d.V, findRows(kt, i))
	}
	if IsEnum(i) && !IsEnum(d.K) {
		i = Resolved(i) // symbol keys looked up by an enumeration's symbols: bs sym on a splayed sym column
	}
	if attrOf(d.K) == k.AttrS {
		pos := Bin(d.K, i)
		return Index(d.V, pos)
	}
	if l, ok := i.(*k.List); ok && d.K.Type() != k.KList {
		if len(l.V) == 0 {
			// no keys: none of the values, typed as they are (d () is
			// 0#value d, as a vector indexed by () is 0# of it)
			return Index(d.V, &k.Vec[int64]{T: k.KJ, V: []int64{}})
		}
		return indexEach(d, l)
	}
	pos := Find(d.K, keyWidth(d.K, i))
	return Index(d.V, pos)
}

// keyWidth is keys i as the integer type of dictionary keys dk when both
// are integers of different widths, so that a long-keyed dictionary is
// looked up and amended by int keys alike: (group signum x)@-1 0 1, and
// d[k]:v with k an int from "I"$ updates d's long key k, not adding one.
func keyWidth(dk, i k.Value) k.Value {
	if kt, it := dk.Type(), i.Type(); kt != it && kt != -it && isIntType(kt) && isIntType(max(it, -it)) {
		return CastTo(kt, i)
	}
	return i
}

// indexKeyed looks up rows of a keyed table: by a table of keys, by a
// record (a dictionary of key columns), or, for a single key column, by
// key values; a multi-column key takes a list of one value per column.
func indexKeyed(kt, vt *k.Table, i k.Value) k.Value {
	if r, ok := stepKeyed(kt, vt, i); ok {
		return r
	}
	switch v := i.(type) {
	case *k.Table:
		cols := make([]k.Value, len(kt.Data))
		for c, name := range kt.Cols.V {
			j := colIndex(v, name)
			if j < 0 {
				k.Signal(k.ErrLength)
			}
			cols[c] = v.Data[j]
		}
		pos := findList(kt, &k.Table{Cols: kt.Cols, Data: cols})
		return gatherList(vt, pos)
	case *k.Dict:
		vals := make([]k.Value, len(kt.Data))
		for c, name := range kt.Cols.V {
			j := findList(v.K, k.S(name))[0]
			if j >= int64(v.Len()) {
				k.Signal(k.ErrLength)
			}
			vals[c] = item(v.V, int(j))
		}
		return keyedRow(kt, vt, vals)
	}
	if len(kt.Data) == 1 {
		if k.IsAtom(i) || kt.Data[0].Type() == k.KList && listRank(i) < listRank(kt.Data[0]) {
			// one key: an atom, or a string where the keys are strings
			return keyedRow(kt, vt, []k.Value{i})
		}
		if t := i.Type(); t > 0 && t < k.XT {
			// a vector is one key row, a value per key column: of a
			// one-column key, only a 1-item one (docs/ref/dotq.md: s 2 3
			// is 'length); many keys are looked up by a table of them
			if i.Len() != 1 {
				k.Signal(k.ErrLength)
			}
			return keyedRow(kt, vt, k.Items(i))
		}
		pos := findList(kt.Data[0], i)
		return gatherList(vt, pos)
	}
	if l, ok := i.(*k.List); ok && len(l.V) > 0 && !k.IsAtom(l.V[0]) && len(kt.Data) > 1 {
		// a list of keys, each a list of one value per key column
		rows := make([]k.Value, len(l.V))
		for j, r := range l.V {
			rows[j] = indexKeyed(kt, vt, r)
		}
		return unifyList(rows)
	}
	if !k.IsList(i) || i.Len() != len(kt.Data) {
		k.Signal(k.ErrLength)
	}
	items := k.Items(i)
	if k.IsAtom(items[0]) {
		return keyedRow(kt, vt, items)
	}
	return indexKeyed(kt, vt, &k.Table{Cols: kt.Cols, Data: items})
}

// stepKeyed is the lookup in a keyed table whose one key column is
// sorted (`s#kt): a step function, as for a sorted dictionary, giving the
// row of the last key not above each key sought (nulls before the first).
// ok is false when the table is not such a table or i is not key values
// (an atom, a vector, or a table of the key column).
func stepKeyed(kt, vt *k.Table, i k.Value) (k.Value, bool) {
	if len(kt.Data) > 1 && attrOf(kt.Data[0]) == k.AttrP {
		// `s#kt on several key columns parts the first (markFirst)
		return stepKeyedRows(kt, vt, i), true
	}
	if len(kt.Data) != 1 || attrOf(kt.Data[0]) != k.AttrS {
		return nil, false
	}
	keys := i
	if t, ok := i.(*k.Table); ok {
		j := colIndex(t, kt.Cols.V[0])
		if j < 0 {
			return nil, false
		}
		keys = t.Data[j]
	} else if _, ok := i.(*k.Dict); ok || (!k.IsAtom(i) && i.Type() == k.KList) {
		return nil, false
	}
	pos := Bin(kt.Data[0], keys)
	if n, ok := intAtom(pos); ok {
		return tableRow(vt, int(max(n, -1))), true
	}
	return gatherList(vt, mustInts(pos)), true
}

// IsStep reports whether d is a step dictionary (docs/ref/apply.md): a
// dictionary with sorted keys (`s#d), or a keyed table given the sorted
// attribute (`s#kt), whose one key column is sorted or whose first of
// several is parted (markFirst).
func IsStep(d *k.Dict) bool {
	kt, ok := d.K.(*k.Table)
	if !ok {
		return attrOf(d.K) == k.AttrS
	}
	if len(kt.Data) == 1 {
		return attrOf(kt.Data[0]) == k.AttrS
	}
	return len(kt.Data) > 1 && attrOf(kt.Data[0]) == k.AttrP
}

// StepRows gives, for each row of the table probe (the key columns),
// the row of the sorted key table keys that a step lookup finds (-1 for
// none); ok is false when keys is not a step function's (`s#kt).
func StepRows(keys, probe *k.Table) (rows []int64, ok bool) {
	multi := len(keys.Data) > 1 && attrOf(keys.Data[0]) == k.AttrP
	if !multi && (len(keys.Data) != 1 || attrOf(keys.Data[0]) != k.AttrS) {
		return nil, false
	}
	rows = make([]int64, probe.Len())
	if !multi {
		copy(rows, mustInts(Bin(keys.Data[0], probe.Data[0])))
		return rows, true
	}
	for j := range rows {
		if p := binTable(keys, tableRow(probe, j), false).(k.Atom[int64]).V; p != k.NJ {
			rows[j] = p
		} else {
			rows[j] = -1
		}
	}
	return rows, true
}

// stepKeyedRows is the step lookup in a sorted keyed table of several key
// columns: each key (a list of one value per column, a table of keys, or
// a list of keys) finds the last row that matches it on all but the last
// key column and is not above it on the last (bin on tables), nulls when
// none does.
func stepKeyedRows(kt, vt *k.Table, i k.Value) k.Value {
	pos := func(r k.Value) int64 {
		if p := binTable(kt, r, false).(k.Atom[int64]).V; p != k.NJ {
			return p
		}
		return -1
	}
	var keys []k.Value
	switch v := i.(type) {
	case *k.Table:
		keys = make([]k.Value, v.Len())
		for j := range keys {
			keys[j] = tableRow(v, j)
		}
	case *k.List:
		if len(v.V) > 0 && !k.IsAtom(v.V[0]) {
			keys = v.V
		}
	}
	if keys == nil {
		return tableRow(vt, int(pos(i)))
	}
	idx := make([]int64, len(keys))
	for j, r := range keys {
		idx[j] = pos(r)
	}
	return gatherList(vt, idx)
}

// keyedRow is the value row of the keyed table whose key is vals.
func keyedRow(kt, vt *k.Table, vals []k.Value) k.Value {
	pos := findSer(serKeysOf(kt), serKeysRow(vals))[0]
	return tableRow(vt, int(pos))
}

// indexTable indexes a table by row numbers or column names.
func indexTable(t *k.Table, i k.Value) k.Value {
	switch v := i.(type) {
	case k.Atom[string]:
		j := colIndex(t, v.V)
		if j < 0 {
			k.Signal(v.V)
		}
		return t.Data[j]
	case *k.Vec[string]:
		out := make([]k.Value, len(v.V))
		for n, name := range v.V {
			out[n] = indexTable(t, k.S(name))
		}
		return unifyList(out)
	case *k.List:
		return indexEach(t, v)
	}
	if n, ok := intAtom(i); ok {
		return tableRow(t, int(max(min(n, int64(t.Len())), -1)))
	}
	if idx, ok := intVec(i); ok {
		if idx == nil {
			idx = []int64{}
		}
		return gatherList(t, idx)
	}
	k.Signal(k.ErrType)
	return nil
}

// IndexDeep implements x . i on data: path[0] indexes x, path[1] each item
// so selected, and so on. A nil or `::` entry (an elided index) selects
// everything at its level; a list entry selects a cross-section.
func IndexDeep(x k.Value, path []k.Value) k.Value {
	if len(path) == 0 {
		return x
	}
	f, rest := path[0], path[1:]
	if f == nil || k.IsIdentity(f) {
		if len(rest) == 0 {
			return x
		}
		return indexAll(x, rest)
	}
	if len(rest) == 0 {
		return Index(x, f)
	}
	if t, ok := x.(*k.Table); ok && isSym(rest[0]) && len(rest) == 1 {
		// t[rows;cols]: the columns, then the rows
		return Index(Index(t, rest[0]), f)
	}
	if d, ok := x.(*k.Dict); ok && isKeyed(d) && (isTableVal(f) || len(d.K.(*k.Table).Data) > 1) {
		// kt[keys;cols]: the rows the keys select (kt keys: one row for
		// one key, a table for a table or list of keys), then the rest;
		// the rows of a table each indexed by it, as a list of keys does
		sel := Index(x, f)
		if _, ok := sel.(*k.Table); ok {
			return IndexDeep(sel, append([]k.Value{nil}, rest...))
		}
		return IndexDeep(sel, rest)
	}
	if !k.IsList(f) || oneKey(x, f) {
		return IndexDeep(Index(x, f), rest)
	}
	if l, ok := x.(*k.List); ok && len(rest) == 1 && rest[0] != nil && !k.IsIdentity(rest[0]) {
		if rows, ok := f.(*k.Vec[int64]); ok && rows.T == k.KJ {
			// x[rows;cols] of a list of lists (a grid's window): each row
			// indexed where it is, with no path or index atom made per row
			out := make([]k.Value, len(rows.V))
			for j, e := range rows.V {
				if e >= 0 && e < int64(len(l.V)) {
					out[j] = Index(l.V[e], rest[0])
				} else {
					out[j] = IndexDeep(x, []k.Value{k.J(e), rest[0]})
				}
			}
			return unifyList(out)
		}
	}
	items := k.Items(f)
	out := make([]k.Value, len(items))
	for j, e := range items {
		out[j] = IndexDeep(x, append([]k.Value{e}, rest...))
	}
	return unifyList(out)
}

// enumAsIndex is an enumeration used to index a list: its indices into
// the domain, as the int values that back it (ref/enumerate.md, "i"$e).
func enumAsIndex(i k.Value) k.Value {
	switch e := i.(type) {
	case k.EnumAtom:
		return k.J(e.V)
	case *k.Enum:
		return k.Longs(e.V...)
	}
	return i
}

// isIntType reports whether t is the type of a short, int or long vector.
func isIntType(t k.Type) bool { return t == k.KH || t == k.KI || t == k.KJ }

// oneKey reports whether list f is a single key of dictionary x, not a
// list of keys: x's keys (or a keyed table's one key column) are a
// general list whose items are lists one rank above f, as strings are
// to a string.
func oneKey(x, f k.Value) bool {
	return OneKey(x, f)
}

// OneKey is oneKey, for the interpreter's amend.
func OneKey(x, f k.Value) bool {
	d, ok := x.(*k.Dict)
	if !ok {
		return false
	}
	keys := d.K
	if kt, ok := d.K.(*k.Table); ok {
		if len(kt.Data) != 1 {
			return false
		}
		keys = kt.Data[0]
	}
	return keys.Type() == k.KList && keys.Len() > 0 && listRank(f) < listRank(keys)
}

// indexAll applies the rest of a path to every item of x, keeping x's
// shape: a dictionary stays a dictionary, a table's rows give a list.
func indexAll(x k.Value, rest []k.Value) k.Value {
	switch v := x.(type) {
	case *k.Dict:
		// a keyed table is a dictionary too: kt[;`c] maps its key rows
		// to the values of c
		return &k.Dict{K: v.K, V: indexAll(v.V, rest)}
	case *k.Table:
		if isSym(rest[0]) {
			return IndexDeep(Index(v, rest[0]), append([]k.Value{nil}, rest[1:]...))
		}
	}
	if k.IsAtom(x) || !isData(x) {
		k.Signal(k.ErrType)
	}
	if l, ok := x.(*k.List); ok {
		// x[;i] of a general list (pairs[;0]): each item as it is, an
		// integer i taken from a list or vector item directly
		out := make([]k.Value, len(l.V))
		p, one := int64(-1), false
		if len(rest) == 1 && rest[0] != nil {
			p, one = intAtom(rest[0])
		}
		for j, it := range l.V {
			if one && p >= 0 && p < int64(it.Len()) && isPlainVec(it) {
				out[j] = k.At(it, int(p))
				continue
			}
			out[j] = IndexDeep(it, rest)
		}
		return unifyList(out)
	}
	n := x.Len()
	out := make([]k.Value, n)
	for j := 0; j < n; j++ {
		out[j] = IndexDeep(Index(x, k.J(int64(j))), rest)
	}
	return unifyList(out)
}

// isPlainVec reports whether v is a general list or a typed vector (no
// enumeration, dictionary or table), whose item i k.At gives as Index does.
func isPlainVec(v k.Value) bool {
	switch v.(type) {
	case *k.List, *k.Vec[bool], *k.Vec[uint8], *k.Vec[int16], *k.Vec[int32], *k.Vec[int64],
		*k.Vec[float32], *k.Vec[float64], *k.Vec[string], *k.Vec[k.GUID]:
		return true
	}
	return false
}

// isIntIndex reports whether i is an integer atom or vector (an empty
// general list included), as indexes a list.
func isIntIndex(i k.Value) bool {
	if _, ok := intAtom(i); ok {
		return true
	}
	if l, ok := i.(*k.List); ok {
		return len(l.V) == 0
	}
	_, ok := intVec(i)
	return ok
}

// isTableVal reports whether v is an unkeyed table.
func isTableVal(v k.Value) bool {
	_, ok := v.(*k.Table)
	return ok
}
