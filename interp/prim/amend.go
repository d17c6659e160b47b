// This file defines assignment into data: x[i]:v (Amend, AmendOwned) and
// x[i;j;..]:v (AmendDeep).

package prim

import "qgo/interp/k"

// Amend returns a copy of x with the items at i replaced by v, as q's
// x[i]:v does. i may be an index or key atom, a list of them (v is then
// an atom for all of them or a list of one value each), or `::`/nil for
// every item. A typed vector accepts only items of its own type ('type
// otherwise); an index out of range signals 'length. A dictionary gains
// entries for new keys; a table takes column names (a whole column) or
// row numbers (a record per row); a keyed table upserts by key.
func Amend(x, i, v k.Value) k.Value { return amend(x, i, v, false) }

// AmendOwned is Amend for a caller that owns x outright (no other
// reference can see it): typed vectors and general lists are updated in
// place when the shape allows, and x itself is returned.
func AmendOwned(x, i, v k.Value) k.Value { return amend(x, i, v, true) }

func amend(x, i, v k.Value, own bool) k.Value {
	if !isData(x) {
		k.Signal(k.ErrType)
	}
	if i == nil || k.IsIdentity(i) {
		switch d := x.(type) {
		case *k.Dict:
			if !isKeyed(d) {
				return &k.Dict{K: d.K, V: amend(d.V, nil, v, own)}
			}
		case *k.Table:
			k.Signal(k.ErrNyi)
		}
		if k.IsAtom(x) {
			return v
		}
		return amend(x, longs(iota(x.Len())), v, own)
	}
	switch d := x.(type) {
	case *k.Dict:
		if isKeyed(d) {
			return amendKeyed(d, i, v)
		}
		return amendDict(d, i, v)
	case *k.Table:
		return amendTable(d, i, v)
	}
	if k.IsAtom(x) {
		k.Signal(k.ErrType)
	}
	i = enumAsIndex(i)
	if e, ok := x.(*k.Enum); ok {
		return amendEnum(e, i, v, own)
	}
	if l, ok := i.(*k.List); ok {
		vs := spread(v, len(l.V))
		for j, e := range l.V {
			x = amend(x, e, vs[j], own)
			own = true // x is now a private copy
		}
		return x
	}
	n := int64(x.Len())
	single := false
	idx, ok := intVec(i)
	if !ok {
		a, ok := intAtom(i)
		if !ok {
			k.Signal(k.ErrType)
		}
		idx, single = []int64{a}, true
	}
	for _, e := range idx {
		if e < 0 || e >= n {
			k.Signal(k.ErrLength)
		}
	}
	// a table is a list of records: at several indices it gives each one
	// of its rows
	scalar := single || k.IsAtom(v) || !k.IsList(v) && v.Type() != k.XT
	if !scalar && v.Len() != len(idx) {
		k.Signal(k.ErrLength)
	}
	if !scalar && len(idx) == 0 && v.Type() == k.KList {
		return x // nothing to write: the empty general list () fits any list
	}
	return setItems(x, idx, v, scalar, own)
}

// spread gives v's value for each of n targets: v itself n times for an
// atom, else v's items (count must be n).
func spread(v k.Value, n int) []k.Value {
	out := make([]k.Value, n)
	if _, rows := v.(*k.Table); !rows && (k.IsAtom(v) || !k.IsList(v)) { // a table: its rows
		for j := range out {
			out[j] = v
		}
		return out
	}
	if v.Len() != n {
		k.Signal(k.ErrLength)
	}
	for j := range out {
		out[j] = item(v, j)
	}
	return out
}

// setItems writes v (one value for all, if scalar) at idx in list x.
func setItems(x k.Value, idx []int64, v k.Value, scalar, own bool) k.Value {
	switch l := x.(type) {
	case *k.List:
		out := l.V
		if !own {
			out = append([]k.Value(nil), l.V...)
		}
		if scalar {
			for _, e := range idx {
				out[e] = v
			}
		} else {
			for j, e := range idx {
				out[e] = item(v, j)
			}
		}
		return collapse(&k.List{V: out}, l, own)
	case *k.Vec[bool]:
		return setVec(l, idx, v, scalar, own)
	case *k.Vec[uint8]:
		return setVec(l, idx, v, scalar, own)
	case *k.Vec[int16]:
		return setVec(l, idx, v, scalar, own)
	case *k.Vec[int32]:
		return setVec(l, idx, v, scalar, own)
	case *k.Vec[int64]:
		return setVec(l, idx, v, scalar, own)
	case *k.Vec[float32]:
		return setVec(l, idx, v, scalar, own)
	case *k.Vec[float64]:
		return setVec(l, idx, v, scalar, own)
	case *k.Vec[string]:
		return setVec(l, idx, v, scalar, own)
	case *k.Vec[k.GUID]:
		return setVec(l, idx, v, scalar, own)
	}
	k.Signal(k.ErrType)
	return nil
}

// collapse gives a general list whose items have become atoms of one type
// as a typed vector, as q does after an amend (ref/assign.md: items of the
// same atomic type). Dictionaries stay a general list of dictionaries, not
// a table: d[k;`new]:v then adds a key to the one dictionary at k.
func collapse(l, orig *k.List, own bool) k.Value {
	if len(l.V) == 0 {
		return l
	}
	u := k.Value(l)
	if l.V[0].Type() != k.XD {
		u = k.Unify(l.V)
	}
	if own && u.Type() == k.KList {
		orig.V, orig.A = l.V, k.AttrNone
		return orig
	}
	return u
}

// setVec writes items into a typed vector, which only takes atoms (or a
// vector) of its own type.
func setVec[E k.Elem](x *k.Vec[E], idx []int64, v k.Value, scalar, own bool) k.Value {
	var src []E
	if scalar {
		a, ok := v.(k.Atom[E])
		if !ok || a.T != -x.T {
			k.Signal(k.ErrType)
		}
		src = []E{a.V}
	} else {
		switch w := v.(type) {
		case *k.Vec[E]:
			if w.T != x.T {
				k.Signal(k.ErrType)
			}
			src = w.V
		case *k.List:
			u := k.Unify(w.V)
			uv, ok := u.(*k.Vec[E])
			if !ok || uv.T != x.T {
				k.Signal(k.ErrType)
			}
			src = uv.V
		default:
			k.Signal(k.ErrType)
		}
	}
	out := x
	if !own {
		out = &k.Vec[E]{T: x.T, V: append([]E(nil), x.V...)}
	} else {
		out.A = k.AttrNone
	}
	if len(src) == 1 && scalar {
		e := src[0]
		for _, p := range idx {
			out.V[p] = e
		}
	} else {
		for j, p := range idx {
			out.V[p] = src[j]
		}
	}
	return out
}

// amendDict sets values of d at keys i, adding new keys at the end.
func amendDict(d *k.Dict, i, v k.Value) k.Value {
	if _, rows := d.K.(*k.Table); !rows && !k.IsAtom(i) && !k.IsList(i) {
		k.Signal(k.ErrType)
	}
	i = keyWidth(d.K, i)
	keys := i
	single := k.IsAtom(i) || (d.K.Type() == k.KList && listRank(i) <= listRank(d.K)-1)
	if kt, ok := d.K.(*k.Table); ok {
		keys, single = keyRows(kt, i)
	} else if single {
		keys = k.Enlist(i)
	} else if l, ok := i.(*k.List); ok && d.K.Type() != k.KList {
		vs := spread(v, len(l.V))
		var out k.Value = d
		for j, e := range l.V {
			out = amendDict(out.(*k.Dict), e, vs[j])
		}
		return out
	}
	var vals []k.Value
	if single {
		vals = []k.Value{v}
	} else {
		vals = spread(v, keys.Len())
	}
	pos := findDictKeys(d.K, keys, i, single)
	n := int64(d.Len())
	out := &k.Dict{K: d.K, V: d.V}
	var newK, newV []k.Value
	newAt := map[string]int{}
	for j, p := range pos {
		if p < n {
			out.V = amend(out.V, k.J(p), vals[j], out.V != d.V)
			continue
		}
		kj := item(keys, j)
		s := string(ser(nil, kj))
		if at, ok := newAt[s]; ok {
			newV[at] = vals[j]
			continue
		}
		newAt[s] = len(newK)
		newK = append(newK, kj)
		newV = append(newV, vals[j])
	}
	if len(newK) > 0 {
		// new keys join whatever their values are: the values become a
		// general list when their types differ (d[k]:v upserts)
		out.K = Join(d.K, unifyList(newK))
		if attrOf(d.K) == k.AttrU {
			out.K = withAttr(out.K, k.AttrU) // the keys added are new and distinct
		}
		if _, ok := out.V.(*k.Table); ok {
			// values that are a table's rows: each new key's value is one
			// record, joined as a row (a list of them is not one record)
			for _, nv := range newV {
				out.V = Join(out.V, nv)
			}
		} else {
			out.V = Join(out.V, unifyList(newV))
		}
		if out.V.Len() != out.K.Len() {
			k.Signal(k.ErrLength) // never a dictionary whose keys and values differ in count
		}
	}
	return out
}

// keyRows reads i as keys of a dictionary whose keys are the rows of kt:
// a table of them, or one key (single) given as a record (a dictionary of
// the key columns) or as a list of one value per key column.
func keyRows(kt *k.Table, i k.Value) (rows k.Value, single bool) {
	cols := make([]k.Value, len(kt.Data))
	switch v := i.(type) {
	case *k.Table:
		for c, name := range kt.Cols.V {
			j := colIndex(v, name)
			if j < 0 {
				k.Signal(k.ErrLength)
			}
			cols[c] = v.Data[j]
		}
		return &k.Table{Cols: kt.Cols, Data: cols}, false
	case *k.Dict:
		for c, name := range kt.Cols.V {
			j := findList(v.K, k.S(name))[0]
			if j >= int64(v.Len()) {
				k.Signal(k.ErrLength)
			}
			cols[c] = k.Enlist(item(v.V, int(j)))
		}
	default:
		var items []k.Value
		if len(kt.Data) == 1 && k.IsAtom(i) {
			items = []k.Value{i}
		} else if k.IsList(i) && i.Len() == len(kt.Data) {
			items = k.Items(i)
		} else {
			k.Signal(k.ErrLength)
		}
		for c, e := range items {
			cols[c] = k.Enlist(e)
		}
	}
	return &k.Table{Cols: kt.Cols, Data: cols}, true
}

// findDictKeys is findList(dk, keys) for the keys amendDict reads from i: one
// atom key of a dictionary keyed by a general list is sought as Find seeks
// it, so d[`b]:v replaces the value at the key ,`b of a dictionary grouped
// on lists of one symbol, as d`b reads it.
func findDictKeys(dk, keys, i k.Value, single bool) []int64 {
	if single && dk.Type() == k.KList && k.IsAtom(i) && isData(i) {
		if p, ok := Find(dk, i).(k.Atom[int64]); ok && p.V < int64(dk.Len()) {
			return []int64{p.V}
		}
	}
	return findList(dk, keys)
}

// MissingKeys gives the distinct keys, in order, that d[i]:v would add
// to d: those of i (one key, or a list of keys, read as amendDict reads
// them) that d does not have.
func MissingKeys(d *k.Dict, i k.Value) []k.Value {
	if _, rows := d.K.(*k.Table); !rows && !k.IsAtom(i) && !k.IsList(i) {
		return nil
	}
	i = keyWidth(d.K, i)
	keys := i
	if kt, ok := d.K.(*k.Table); ok {
		keys, _ = keyRows(kt, i)
	} else if k.IsAtom(i) || (d.K.Type() == k.KList && listRank(i) <= listRank(d.K)-1) {
		keys = k.Enlist(i)
	} else if _, ok := i.(*k.List); ok && d.K.Type() != k.KList {
		return nil // keys of several types: amendDict takes them one by one
	}
	n := int64(d.Len())
	var out []k.Value
	seen := map[string]bool{}
	single := k.IsAtom(i) || (d.K.Type() == k.KList && listRank(i) <= listRank(d.K)-1)
	for j, p := range findDictKeys(d.K, keys, i, single) {
		if p < n {
			continue
		}
		kj := item(keys, j)
		if s := string(ser(nil, kj)); !seen[s] {
			seen[s] = true
			out = append(out, kj)
		}
	}
	return out
}

// amendTable sets whole columns (by name) or rows (by number) of t.
func amendTable(t *k.Table, i, v k.Value) k.Value {
	if isSym(i) || isSyms(i) {
		names := symsOf(i)
		vs := []k.Value{v}
		if len(names) != 1 || !isSym(i) {
			vs = spread(v, len(names))
		}
		out := &k.Table{Cols: t.Cols, Data: append([]k.Value(nil), t.Data...)}
		for j, name := range names {
			col := vs[j]
			if k.IsAtom(col) {
				col = Take(k.J(int64(t.Len())), col)
			}
			if !k.IsList(col) || (len(out.Data) > 0 && col.Len() != t.Len()) {
				k.Signal(k.ErrLength)
			}
			c := colIndex(out, name)
			if c < 0 {
				out.Cols = k.Syms(append(append([]string(nil), out.Cols.V...), name)...)
				out.Data = append(out.Data, col)
			} else {
				out.Data[c] = col
			}
		}
		return out
	}
	if !k.IsAtom(i) && i.Len() == 0 && k.IsList(v) && v.Len() == 0 {
		// no rows amended, none given: f applied to the rows of an empty
		// index list gives an empty list, which changes nothing
		return t
	}
	rows := v
	switch r := v.(type) {
	case *k.Dict:
		vals := make([]k.Value, len(t.Data))
		for c, name := range t.Cols.V {
			j := findList(r.K, k.S(name))[0]
			if j >= int64(r.Len()) {
				vals[c] = nullItem(t.Data[c])
			} else {
				vals[c] = item(r.V, int(j))
			}
		}
		rows = &k.List{V: vals}
	case *k.Table:
		rows = &k.List{V: Index(r, t.Cols).(*k.List).V}
	}
	if !k.IsList(rows) || rows.Len() != len(t.Data) {
		k.Signal(k.ErrLength)
	}
	out := &k.Table{Cols: t.Cols, Data: make([]k.Value, len(t.Data))}
	for c, col := range t.Data {
		out.Data[c] = Amend(col, i, item(rows, c))
	}
	return out
}

// amendKeyed upserts the row(s) keyed by i in a keyed table.
func amendKeyed(d *k.Dict, i, v k.Value) k.Value {
	kt, vt := d.K.(*k.Table), d.V.(*k.Table)
	var keyRow k.Value
	if t, ok := i.(*k.Table); ok {
		keyRow = t
	} else if r, ok := i.(*k.Dict); ok && isSyms(r.K) {
		// a record of the key columns, kt[key[kt]0N]:v (funq's .ut.totals)
		keyRow, _ = keyRows(kt, r)
	} else {
		items := []k.Value{i}
		if len(kt.Data) > 1 {
			items = k.Items(i)
		}
		if len(items) != len(kt.Data) {
			k.Signal(k.ErrLength)
		}
		keyRow = Enlist(&k.Dict{K: kt.Cols, V: unifyList(items)})
	}
	var valRow k.Value
	switch r := v.(type) {
	case *k.Table:
		valRow = r
	case *k.Dict:
		if !isSyms(r.K) {
			k.Signal(k.ErrType)
		}
		valRow = Enlist(r)
	default:
		if !k.IsList(v) && len(vt.Data) == 1 {
			v = k.Enlist(v)
		}
		if !k.IsList(v) || v.Len() != len(vt.Data) {
			k.Signal(k.ErrLength)
		}
		valRow = Enlist(&k.Dict{K: vt.Cols, V: v})
	}
	return Join(d, &k.Dict{K: keyRow, V: valRow})
}

// AmendDeep is x[i;j;..]:v: path[0] selects in x, path[1] within each item
// so selected, and so on; nil or `::` selects everything at its level.
// Where a level selects several items, v is an atom for all or a list
// with one value for each.
func AmendDeep(x k.Value, path []k.Value, v k.Value) k.Value {
	if len(path) == 0 {
		return v
	}
	if len(path) == 1 {
		return Amend(x, path[0], v)
	}
	f, rest := path[0], path[1:]
	if t, ok := x.(*k.Table); ok && len(rest) == 1 && (isSym(rest[0]) || isSyms(rest[0])) {
		names := symsOf(rest[0])
		vs := []k.Value{v}
		if !isSym(rest[0]) {
			vs = spread(v, len(names))
		}
		out := k.Value(t)
		for j, name := range names {
			col := Index(out, k.S(name))
			out = Amend(out, k.S(name), Amend(col, f, vs[j]))
		}
		return out
	}
	if f == nil || k.IsIdentity(f) {
		switch d := x.(type) {
		case *k.Dict:
			f = d.K
		default:
			if k.IsAtom(x) || !isData(x) {
				k.Signal(k.ErrType)
			}
			f = longs(iota(x.Len()))
		}
	}
	if !k.IsList(f) || keyedOneKey(x, f) {
		item := Index(x, f)
		return Amend(x, f, AmendDeep(item, rest, v))
	}
	items := k.Items(f)
	vs := spread(v, len(items))
	for j, e := range items {
		x = AmendDeep(x, append([]k.Value{e}, rest...), vs[j])
	}
	return x
}

// keyedOneKey reports whether f is one key of keyed table x with several
// key columns: a list of one value per key column (a vector, or a general
// list of atoms), which selects one row, as kt[f] does, not a list of keys.
func keyedOneKey(x, f k.Value) bool {
	d, ok := x.(*k.Dict)
	if !ok || !isKeyed(d) {
		return false
	}
	kt := d.K.(*k.Table)
	if len(kt.Data) < 2 || !k.IsList(f) || f.Len() != len(kt.Data) {
		return false
	}
	if t := f.Type(); t > 0 && t < k.XT {
		return true
	}
	l, ok := f.(*k.List)
	return ok && k.IsAtom(l.V[0])
}
