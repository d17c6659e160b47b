// This file defines the keyed joins lj, ljf, ij, ijf, pj, uj and ujf,
// fby, and how keywords of rank four and more (wj, wj1) apply.

package interp

import (
	"qgo/interp/k"
	"qgo/interp/prim"
)

// joinVerbs registers this file's verbs (verbtab.go calls it).
func joinVerbs(t *verbTable) {
	dyads := map[string]func(in *Interp, x, y k.Value) k.Value{
		"lj":  func(in *Interp, x, y k.Value) k.Value { return in.leftJoin(x, y, false) },
		"ljf": func(in *Interp, x, y k.Value) k.Value { return in.leftJoin(x, y, true) },
		"ij":  func(in *Interp, x, y k.Value) k.Value { return keyedJoin(x, y, false, true) },
		"ijf": func(in *Interp, x, y k.Value) k.Value { return keyedJoin(x, y, true, true) },
		"pj":  func(in *Interp, x, y k.Value) k.Value { return plusJoin(x, y) },
		"uj":  func(in *Interp, x, y k.Value) k.Value { return unionJoin(x, y, false) },
		"ujf": func(in *Interp, x, y k.Value) k.Value { return unionJoin(x, y, true) },
		"fby": (*Interp).fby,
	}
	for _, name := range sortedKeys(dyads) {
		t.dyad(name, dyads[name])
	}
}

// naryRank is the rank of the keyword name when it has rank four or
// more, else 0.
func naryRank(name string) int {
	if v := verbNamed(name); v != nil {
		return v.nrank
	}
	return 0
}

// applyNary applies the keyword name of rank four or more to args: with
// fewer arguments (or elided ones) it makes a projection, with more it
// signals 'rank. ok is false when name is not such a keyword.
func (in *Interp) applyNary(name string, args []k.Value) (v k.Value, ok bool) {
	p := verbNamed(name)
	if p == nil || p.nf == nil {
		return nil, false
	}
	if len(args) > p.nrank {
		k.Signal(k.ErrRank)
	}
	if len(args) < p.nrank || hasHole(args) {
		if len(args) == 1 && k.IsIdentity(args[0]) {
			return &k.Prim{T: k.FB, Name: name}, true
		}
		return &k.Proj{F: &k.Prim{T: k.FB, Name: name}, Args: args}, true
	}
	return p.nf(in, args), true
}

// keyedTable checks that y is a keyed table, a table of keys onto a
// table of values, and returns its parts: 'type for anything else, such
// as a table's rows onto a list (group of a table, ([]a:1 2)!3 4).
func keyedTable(y k.Value) (keys, vals *k.Table) {
	d, ok := y.(*k.Dict)
	if !ok {
		k.Signal(k.ErrType)
	}
	keys, ok1 := d.K.(*k.Table)
	vals, ok2 := d.V.(*k.Table)
	if !ok1 || !ok2 {
		k.Signal(k.ErrType)
	}
	return keys, vals
}

// lookupRows finds for each row of t the row of the key table keys with
// the same values in the key columns (for a sorted key table, the last
// not above them): -1 where there is none.
func lookupRows(t, keys *k.Table) []int64 {
	probe := columnsOf(t, keys.Cols.V)
	if rows, ok := prim.StepRows(keys, probe); ok {
		return rows // a sorted keyed table is a step function
	}
	n := int64(keys.Len())
	found := prim.Find(keys, probe)
	if v, ok := found.(*k.Vec[int64]); ok {
		// a table's rows found are a vector made for this call (findRows
		// shares none): marked in place, not copied
		for i, p := range v.V {
			if p >= n {
				v.V[i] = -1
			}
		}
		return v.V
	}
	pos := k.Items(found)
	out := make([]int64, len(pos))
	for i, p := range pos {
		if out[i] = toInt(p); out[i] >= n {
			out[i] = -1
		}
	}
	return out
}

// found lists the positions of idx that are not -1.
func found(idx []int64) []int64 {
	n := 0
	for _, j := range idx {
		if j >= 0 {
			n++
		}
	}
	k.Reserve(n, 8)
	out := make([]int64, 0, n)
	for i, j := range idx {
		if j >= 0 {
			out = append(out, int64(i))
		}
	}
	return out
}

// mergeAt is column old with the items at rows replaced by those of
// vals (a column as long as old): a typed vector when the types agree,
// else a general list.
func mergeAt(old, vals k.Value, rows []int64) k.Value {
	if len(rows) == old.Len() {
		return vals
	}
	if len(rows) == 0 {
		return old
	}
	if old.Type() == vals.Type() && old.Type() != k.KList {
		at := longsOf(rows)
		return prim.Amend(old, at, prim.Index(vals, at))
	}
	items := append([]k.Value{}, k.Items(old)...)
	for _, r := range rows {
		items[r] = prim.Index(vals, k.J(r)) // a record where vals is a table
	}
	return k.Unify(items)
}

// setColumns puts the columns of add into t: a column t has is replaced
// by merge(old, new), a new one is appended.
func setColumns(t *k.Table, add *k.Table, merge func(old, nv k.Value) k.Value) *k.Table {
	names := append([]string{}, t.Cols.V...)
	data := append([]k.Value{}, t.Data...)
	for j, name := range add.Cols.V {
		nv := add.Data[j]
		if i := indexOf(names, name); i >= 0 {
			data[i] = merge(data[i], nv)
		} else {
			names = append(names, name)
			data = append(data, nv)
		}
	}
	return tableOf(names, data)
}

// indexOf is the position of s in names, or -1.
func indexOf(names []string, s string) int {
	for i, n := range names {
		if n == s {
			return i
		}
	}
	return -1
}

// keyedJoin is lj, ljf, ij and ijf: x (a table or keyed table) with the
// value columns of the keyed table y for the rows whose key y has. lj
// keeps x's values where y has no row; ij drops those rows. The f forms
// keep x's value where y's is null.
func keyedJoin(x, y k.Value, fill, inner bool) k.Value {
	keys, vals := keyedTable(y)
	if !isTable(x) {
		k.Signal(k.ErrType)
	}
	t, nk := unkey(x)
	idx := lookupRows(t, keys)
	if inner {
		rows := found(idx)
		t = subTable(t, rows)
		kept := make([]int64, len(rows))
		for i, r := range rows {
			kept[i] = idx[r]
		}
		idx = kept
	}
	add := subTable(vals, idx)
	var hit []int64 // the rows y has, listed when a column of x is merged
	merge := func(old, nv k.Value) k.Value {
		if hit == nil {
			hit = found(idx)
		}
		return mergeAt(old, nv, hit)
	}
	if fill {
		merge = func(old, nv k.Value) k.Value { return prim.Fill(old, nv) }
	}
	return rekey(setColumns(t, add, merge), nk)
}

// leftJoin is `x lj y` (ljf when fill): y a keyed table, or the general
// empty list, which leaves x as it is; x a table, or the name of one,
// which is updated in place and the name returned (docs/ref/lj.md, kdb+
// 4.1).
func (in *Interp) leftJoin(x, y k.Value, fill bool) k.Value {
	name, byName := x.(k.Atom[string])
	t := x
	if byName {
		t = in.tableNamed(name.V)
	}
	if l, ok := y.(*k.List); ok && len(l.V) == 0 {
		if !isTable(t) {
			k.Signal(k.ErrType)
		}
		return x
	}
	res := keyedJoin(t, y, fill, false)
	if byName {
		in.setGlobal(name.V, res)
		return name
	}
	return res
}

// plusJoin is `x pj y`: x with the value columns of the keyed table y
// added to its own (0 where y has no row or a null); columns x lacks are
// appended.
func plusJoin(x, y k.Value) k.Value {
	keys, vals := keyedTable(y)
	if !isTable(x) {
		k.Signal(k.ErrType)
	}
	t, nk := unkey(x)
	add := subTable(vals, lookupRows(t, keys))
	for i, c := range add.Data {
		add.Data[i] = prim.Fill(zeroOf(c.Type()), c)
	}
	return rekey(setColumns(t, add, prim.Add), nk)
}

// zeroOf is the zero atom of the items of a vector of type t (long 0 for
// anything else).
func zeroOf(t k.Type) k.Value {
	switch t {
	case k.KB:
		return k.B(false)
	case k.KX:
		return k.X(0)
	case k.KH:
		return k.H(0)
	case k.KI:
		return k.I(0)
	case k.KE:
		return k.E(0)
	case k.KF:
		return k.F(0)
	}
	return k.J(0)
}

// unionJoin is uj and ujf: the union of the columns of two tables, the
// rows of y appended to those of x; for keyed tables the rows of y whose
// keys x has update them instead (ujf keeps x's value where y's is null).
func unionJoin(x, y k.Value, fill bool) k.Value {
	if x.Type() == k.KList && x.Len() == 0 {
		return y
	}
	if y.Type() == k.KList && y.Len() == 0 {
		return x
	}
	switch a := x.(type) {
	case *k.Table:
		b, ok := y.(*k.Table)
		if !ok {
			if isTable(y) {
				k.Signal(k.ErrNyi) // a table and a keyed table
			}
			k.Signal(k.ErrType)
		}
		return appendUnion(a, b)
	case *k.Dict:
		ak, av := keyedTable(a)
		bk, bv := keyedTable(y)
		if !prim.Match(ak.Cols, bk.Cols) {
			k.Signal("mismatch")
		}
		// q takes the distinct keys of x then y, looks each up in x (its
		// first row with that key, nulls where none), then left-joins y:
		// a key repeated in x or y gives one row, from its first match.
		keys, ok := prim.Distinct(appendUnion(ak, bk)).(*k.Table)
		if !ok {
			k.Signal(k.ErrType)
		}
		ia, ib := lookupRows(keys, ak), lookupRows(keys, bk)
		av = widen(av, bv)
		data := make([]k.Value, len(av.Data))
		for i, c := range av.Data {
			data[i] = prim.Index(c, longsOf(ia))
		}
		var at, from []int64
		for r, p := range ib {
			if p >= 0 {
				at, from = append(at, int64(r)), append(from, p)
			}
		}
		for j, name := range bv.Cols.V {
			i := indexOf(av.Cols.V, name)
			nv := prim.Index(bv.Data[j], longsOf(from))
			if fill {
				nv = prim.Fill(prim.Index(data[i], longsOf(at)), nv)
			}
			data[i] = amendRows(data[i], at, nv)
		}
		return &k.Dict{K: keys, V: &k.Table{Cols: av.Cols, Data: data}}
	}
	k.Signal(k.ErrType)
	return nil
}

// amendRows sets column c at rows at to the items of v, making a general
// list when the types differ.
func amendRows(c k.Value, at []int64, v k.Value) k.Value {
	if len(at) == 0 {
		return c
	}
	if c.Type() == v.Type() && c.Type() != k.KList {
		return prim.Amend(c, longsOf(at), v)
	}
	items := append([]k.Value{}, k.Items(c)...)
	for i, r := range at {
		items[r] = prim.Index(v, k.J(int64(i))) // a record where v is a table
	}
	return k.Unify(items)
}

// widen adds to a the columns of b it lacks, as nulls of b's types.
func widen(a, b *k.Table) *k.Table {
	names := append([]string{}, a.Cols.V...)
	data := append([]k.Value{}, a.Data...)
	for j, name := range b.Cols.V {
		if indexOf(names, name) < 0 {
			names = append(names, name)
			data = append(data, nullRows(b.Data[j], a.Len()))
		}
	}
	return tableOf(names, data)
}

// appendUnion appends the rows of b to a over the union of their
// columns, with nulls where a table lacks a column.
func appendUnion(a, b *k.Table) *k.Table {
	if len(a.Data) == 0 {
		return b
	}
	wa, wb := widen(a, b), widen(b, a)
	data := make([]k.Value, len(wa.Data))
	for i, name := range wa.Cols.V {
		data[i] = primDyad(",")(wa.Data[i], column(wb, name))
	}
	return &k.Table{Cols: wa.Cols, Data: data}
}

// fby is `(f;x) fby g`: f applied to the items of x in each group of g
// (a list or a table), its result spread back over the group's rows.
func (in *Interp) fby(x, y k.Value) k.Value {
	l := k.Items(x)
	if !k.IsList(x) || len(l) != 2 {
		k.Signal(k.ErrType)
	}
	f, data := l[0], l[1]
	if data.Len() != y.Len() {
		k.Signal(k.ErrLength)
	}
	if r, ok := fbyAgg(f, data, y); ok {
		return r
	}
	n := int64(y.Len())
	out := prim.Take(k.J(n), in.apply(f, []k.Value{prim.Take(k.J(0), data)}))
	groups := k.Items(prim.Group(y).(*k.Dict).V)
	res := make([]k.Value, len(groups))
	for i, g := range groups {
		res[i] = in.apply(f, []k.Value{prim.Index(data, g)})
	}
	if r := scatterAtoms(out, groups, res); r != nil {
		return r
	}
	for i, g := range groups {
		out = prim.Amend(out, g, res[i])
	}
	return out
}

// fbyAgg is fby in one pass when f is the aggregate keyword sum, avg,
// min, max, first, last or count (the primitive itself) and data a long
// or float vector: y's rows numbered by prim.RowIDs (a table's columns,
// or one typed vector), f computed for every group in one walk of data
// (aggByGroup, as select's by phrase does), and each row given its
// group's result. ok is false for anything else, which groups and
// applies f group by group.
func fbyAgg(f, data, y k.Value) (k.Value, bool) {
	p, ok := f.(*k.Prim)
	if !ok {
		return nil, false
	}
	switch p.Name {
	case "sum", "avg", "min", "max", "first", "last", "count":
	default:
		return nil, false
	}
	switch d := data.(type) {
	case *k.Vec[int64]:
		if d.T != k.KJ {
			return nil, false
		}
	case *k.Vec[float64]:
		if d.T != k.KF {
			return nil, false
		}
	default:
		return nil, false
	}
	n := data.Len()
	cols := []k.Value{y}
	if t, ok := y.(*k.Table); ok {
		cols = t.Data
	}
	if n == 0 {
		return nil, false
	}
	gid, ng, ok := prim.RowIDs(cols, n)
	if !ok {
		return nil, false
	}
	a := aggCol{agg: p.Name, col: data}
	if p.Name == "count" {
		a.col = nil
	}
	res := aggByGroup(a, gid, ng)
	idx := make([]int64, n)
	for i, g := range gid {
		idx[i] = int64(g)
	}
	return prim.Index(res, k.Longs(idx...)), true
}

// scatterAtoms is out with the rows of each group set to that group's
// result, in one copy of out, when out is a typed vector and every result
// an atom of its type; nil otherwise. Amending group by group copied the
// whole column once per group.
func scatterAtoms(out k.Value, groups, res []k.Value) k.Value {
	switch v := out.(type) {
	case *k.Vec[int64]:
		return scatterVec(v, groups, res)
	case *k.Vec[float64]:
		return scatterVec(v, groups, res)
	case *k.Vec[int32]:
		return scatterVec(v, groups, res)
	case *k.Vec[string]:
		return scatterVec(v, groups, res)
	case *k.Vec[bool]:
		return scatterVec(v, groups, res)
	case *k.Vec[uint8]:
		return scatterVec(v, groups, res)
	case *k.Vec[int16]:
		return scatterVec(v, groups, res)
	case *k.Vec[float32]:
		return scatterVec(v, groups, res)
	}
	return nil
}

func scatterVec[E k.Elem](v *k.Vec[E], groups, res []k.Value) k.Value {
	for i, r := range res {
		a, ok := r.(k.Atom[E])
		if !ok || a.T != -v.T {
			return nil
		}
		if _, ok := groups[i].(*k.Vec[int64]); !ok {
			return nil
		}
	}
	out := &k.Vec[E]{T: v.T, V: append([]E(nil), v.V...)}
	for i, g := range groups {
		e := res[i].(k.Atom[E]).V
		for _, j := range g.(*k.Vec[int64]).V {
			out.V[j] = e
		}
	}
	return out
}
