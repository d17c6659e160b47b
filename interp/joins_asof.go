// This file defines the joins on column lists: ej (equi join), aj, aj0,
// ajf, ajf0 and asof (as-of joins), and wj, wj1 (window joins).

package interp

import (
	"qgo/interp/k"
	"qgo/interp/prim"
)

// asofJoinVerbs registers this file's verbs (verbtab.go calls it).
func asofJoinVerbs(t *verbTable) {
	t.triad("ej", func(in *Interp, c, t1, t2 k.Value) k.Value { return in.ej([]k.Value{c, t1, t2}) })
	modes := map[string]ajMode{
		"aj": {}, "aj0": {actual: true}, "ajf": {fill: true}, "ajf0": {actual: true, fill: true},
	}
	for _, name := range sortedKeys(modes) {
		mode := modes[name]
		t.triad(name, func(in *Interp, c, t1, t2 k.Value) k.Value { return in.aj([]k.Value{c, t1, t2}, mode) })
	}
	t.nary("wj", 4, func(in *Interp, args []k.Value) k.Value { return in.wj(args, false) })
	t.nary("wj1", 4, func(in *Interp, args []k.Value) k.Value { return in.wj(args, true) })
	t.dyad("asof", func(in *Interp, x, y k.Value) k.Value { return asof(x, y) })
}

// plainTable is the table of a table or keyed table (unkeyed); 'type for
// anything else.
func plainTable(v k.Value) *k.Table {
	if !isTable(v) {
		k.Signal(k.ErrType)
	}
	t, _ := unkey(v)
	return t
}

// grouping is the rows of a table grouped by the values of some of its
// columns, and the lookup of other rows into those groups.
type grouping struct {
	keys   *k.Table  // one row per group
	groups [][]int64 // each group's rows, in order
}

// groupBy groups the rows of t by the columns names (one group of every
// row when names is empty).
func groupBy(t *k.Table, names []string) grouping {
	if len(names) == 0 {
		return grouping{groups: [][]int64{tilVec(t.Len()).V}}
	}
	g := prim.Group(columnsOf(t, names)).(*k.Dict)
	items := k.Items(g.V)
	groups := make([][]int64, len(items))
	for i, it := range items {
		groups[i] = it.(*k.Vec[int64]).V
	}
	return grouping{keys: g.K.(*k.Table), groups: groups}
}

// find gives, for each row of u, the group with the same values in the
// grouping columns: -1 where there is none.
func (g grouping) find(u *k.Table) []int64 {
	if g.keys == nil {
		return make([]int64, u.Len())
	}
	return lookupRows(u, g.keys)
}

// ej is ej[c;t1;t2]: for each row of t1, a row for every row of t2 with
// the same values in the columns c; t2's columns replace or follow t1's.
func (in *Interp) ej(args []k.Value) k.Value {
	names := symList(args[0])
	t1, t2 := plainTable(args[1]), plainTable(args[2])
	g := groupBy(t2, names)
	var left, right []int64
	for i, gi := range g.find(t1) {
		if gi < 0 {
			continue
		}
		// a pair of rows for each match: 'wsfull when the matches of many
		// keys repeated on both sides would take more than there is
		left = k.Grow(left, len(g.groups[gi]))
		right = k.Grow(right, len(g.groups[gi]))
		for _, r := range g.groups[gi] {
			left = append(left, int64(i))
			right = append(right, r)
		}
	}
	res := subTable(t1, longsOf(left).V)
	add := subTable(t2, longsOf(right).V)
	return setColumns(res, add, func(old, nv k.Value) k.Value { return nv })
}

// asofRows finds for each row of u the last row of t (within the rows
// whose columns eq match u's) whose column tm is not after u's: -1 when
// there is none. The rows of each group are taken as sorted by tm, as
// bin does.
func asofRows(t *k.Table, eq []string, tm string, u *k.Table) []int64 {
	g := groupBy(t, eq)
	at := g.find(u)
	out := make([]int64, u.Len())
	for i := range out {
		out[i] = -1
	}
	byGroup := make([][]int64, len(g.groups)) // the rows of u in each group of t
	for i, gi := range at {
		if gi >= 0 {
			byGroup[gi] = append(byGroup[gi], int64(i))
		}
	}
	tcol, ucol := columnsOf(t, []string{tm}).Data[0], columnsOf(u, []string{tm}).Data[0]
	for gi, rows := range byGroup {
		if len(rows) == 0 {
			continue
		}
		grp := g.groups[gi]
		times := prim.Index(tcol, longsOf(grp))
		found := prim.Bin(times, prim.Index(ucol, longsOf(rows)))
		if v, ok := found.(*k.Vec[int64]); ok {
			for j, q := range v.V {
				if q >= 0 {
					out[rows[j]] = grp[q]
				}
			}
			continue
		}
		for j, p := range k.Items(found) {
			if q := toInt(p); q >= 0 {
				out[rows[j]] = grp[q]
			}
		}
	}
	return out
}

// ajMode selects the variant of aj: actual takes the time from t2 (aj0),
// fill keeps t1's value where t2's is null (ajf).
type ajMode struct{ actual, fill bool }

// aj is aj[c;t1;t2] and its variants: t1 with, for each row, the columns
// of the last row of t2 matching the columns c, the last of which
// matches as of its time. t1 may be given by name (updated in place).
func (in *Interp) aj(args []k.Value, mode ajMode) k.Value {
	names := symList(args[0])
	if len(names) == 0 {
		k.Signal(k.ErrLength)
	}
	src := args[1]
	name, byName := src.(k.Atom[string])
	if byName {
		src = in.tableNamed(name.V)
	}
	if !isTable(src) {
		k.Signal(k.ErrType)
	}
	t, nk := unkey(src)
	t2 := plainTable(args[2])
	eq, tm := names[:len(names)-1], names[len(names)-1]
	idx := asofRows(t2, eq, tm, t)
	skip := names
	if mode.actual {
		skip = eq
	}
	var dn []string
	var dd []k.Value
	for i, c := range t2.Cols.V {
		if indexOf(skip, c) < 0 {
			dn = append(dn, c)
			dd = append(dd, prim.Index(t2.Data[i], longsOf(idx)))
		}
	}
	hit := found(idx)
	merge := func(old, nv k.Value) k.Value { return mergeAt(old, nv, hit) }
	if mode.fill {
		merge = func(old, nv k.Value) k.Value { return prim.Fill(old, nv) }
	}
	res := rekey(setColumns(t, tableOf(dn, dd), merge), nk)
	if byName {
		in.setGlobal(name.V, res)
		return name
	}
	return res
}

// asof is `t asof d`: the columns of t other than d's for the last row
// of t matching the record d (or each record of the table d), the last
// column of d as of its value.
func asof(x, y k.Value) k.Value {
	t := plainTable(x)
	var u *k.Table
	d, isRec := y.(*k.Dict)
	if isRec && !isKeyedTable(d) {
		u = recordTable(d)
	} else {
		u = plainTable(y)
	}
	names := u.Cols.V
	if len(names) == 0 {
		k.Signal(k.ErrLength)
	}
	idx := asofRows(t, names[:len(names)-1], names[len(names)-1], u)
	var rn []string
	var rd []k.Value
	for i, c := range t.Cols.V {
		if indexOf(names, c) < 0 {
			rn = append(rn, c)
			rd = append(rd, t.Data[i])
		}
	}
	res := subTable(tableOf(rn, rd), longsOf(idx).V)
	if isRec && !isKeyedTable(d) {
		return prim.Index(res, k.J(0))
	}
	return res
}

// wj is wj[w;c;t;(q;(f0;c0);(f1;c1))] and wj1: for each row of t, each
// f applied to its columns of q over the rows matching t's in the columns
// c but the last, whose last column lies in the window w (a pair of
// lists, begin and end). wj also takes the quote prevailing at the start
// of the window; wj1 only those inside it.
func (in *Interp) wj(args []k.Value, inside bool) k.Value {
	w := k.Items(args[0])
	if len(w) != 2 {
		k.Signal(k.ErrLength)
	}
	names := symList(args[1])
	if len(names) == 0 {
		k.Signal(k.ErrLength)
	}
	src := args[2]
	name, byName := src.(k.Atom[string])
	if byName {
		src = in.tableNamed(name.V)
	}
	t := plainTable(src)
	spec := k.Items(args[3])
	if len(spec) == 0 {
		k.Signal(k.ErrLength)
	}
	q := plainTable(spec[0])
	begin, end := w[0], w[1]
	if begin.Len() != t.Len() || end.Len() != t.Len() {
		k.Signal(k.ErrLength)
	}
	eq, tm := names[:len(names)-1], names[len(names)-1]
	windows := windowRows(q, eq, tm, t, begin, end, inside)
	// the aggregates join t as q's t,'flip names!values does: a name of
	// t's replaces its column, the others append, each of them, so two
	// aggregates of one column give two columns of that name
	// (docs/learn/brief-introduction.md: (max;`cpu);(avg;`cpu) shows cpu cpu)
	var newNames []string
	var newCols []k.Value
	for _, s := range spec[1:] {
		parts := k.Items(s)
		if len(parts) < 2 {
			k.Signal(k.ErrLength)
		}
		f := parts[0]
		var cols []k.Value
		var last string
		for _, p := range parts[1:] {
			last = symList(p)[0]
			cols = append(cols, columnsOf(q, []string{last}).Data[0])
		}
		vals := make([]k.Value, len(windows))
		for i, rows := range windows {
			a := make([]k.Value, len(cols))
			for j, c := range cols {
				a[j] = prim.Index(c, longsOf(rows))
			}
			vals[i] = in.apply(f, a)
		}
		newNames = append(newNames, last)
		newCols = append(newCols, k.Unify(vals))
	}
	outNames := append([]string{}, t.Cols.V...)
	data := append([]k.Value{}, t.Data...)
	for j, name := range newNames {
		if i := indexOf(t.Cols.V, name); i >= 0 {
			data[i] = newCols[j]
		} else {
			outNames = append(outNames, name)
			data = append(data, newCols[j])
		}
	}
	res := tableOf(outNames, data)
	if byName {
		in.setGlobal(name.V, res)
		return name
	}
	return res
}

// windowRows gives for each row of t the rows of q in its window: those
// matching t's columns eq whose column tm lies between begin and end
// (inclusive), preceded for wj by the one prevailing at the start.
func windowRows(q *k.Table, eq []string, tm string, t *k.Table, begin, end k.Value, inside bool) [][]int64 {
	g := groupBy(q, eq)
	at := g.find(t)
	out := make([][]int64, t.Len())
	byGroup := map[int64][]int64{}
	for i, gi := range at {
		if gi >= 0 {
			byGroup[gi] = append(byGroup[gi], int64(i))
		}
	}
	qcol := columnsOf(q, []string{tm}).Data[0]
	for gi, rows := range byGroup {
		grp := g.groups[gi]
		times := prim.Index(qcol, longsOf(grp))
		sel := longsOf(rows)
		var lo []k.Value
		if inside {
			lo = k.Items(prim.Binr(times, prim.Index(begin, sel)))
		} else {
			lo = k.Items(prim.Bin(times, prim.Index(begin, sel)))
		}
		hi := k.Items(prim.Bin(times, prim.Index(end, sel)))
		for j, r := range rows {
			a, b := max(toInt(lo[j]), 0), toInt(hi[j])
			var win []int64
			for p := a; p <= b; p++ {
				win = append(win, grp[p])
			}
			out[r] = win
		}
	}
	for i := range out {
		if out[i] == nil {
			out[i] = []int64{}
		}
	}
	return out
}
