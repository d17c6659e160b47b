// This file defines the qSQL templates update and delete (the part each
// has of its own: the rest is query.go's).

package interp

import (
	"slices"
	"strings"

	"qgo/interp/k"
	"qgo/interp/prim"
)

// doUpdate is update: new or replaced columns, for the selected rows
// (others keep their values, or get nulls in a new column), per group
// with by.
func (in *Interp) doUpdate(q *query, t *k.Table, rows []int64, f *frame) k.Value {
	n := t.Len()
	cols := append([]string{}, t.Cols.V...)
	data := append([]k.Value{}, t.Data...)
	// own marks the columns this update has already copied (by amending
	// them, or making them anew): later groups amend those in place, so
	// an update by n groups costs one copy of a column, not n
	own := make([]bool, len(data))
	set := func(name string, v k.Value, at []int64) {
		j := -1
		for i, c := range cols {
			if c == name {
				j = i
			}
		}
		if at == nil {
			v = extend(v, n)
			if v.Len() != n {
				k.Signal("length")
			}
			if j < 0 {
				cols, data, own = append(cols, name), append(data, v), append(own, false)
			} else {
				data[j], own[j] = v, false
			}
			return
		}
		if j < 0 {
			cols = append(cols, name)
			data, own = append(data, nullColumn(v, n)), append(own, true)
			j = len(data) - 1
		}
		if !k.IsList(v) && v.Type() != k.XT {
			v = extend(v, len(at)) // a table gives its rows
		}
		ct, vt := data[j].Type(), v.Type()
		switch {
		case ct != vt && integral(ct) && integral(vt):
			// a short, int or long goes into a short, int or long column
			// as the column's type, as insert takes it (TorQ's stp sets
			// update handle:0N ... where on its int handles, then reads
			// them back as null ints; KX's csvguess sets int counts on
			// some rows of a long column)
			v = prim.CastTo(ct, v)
		case ct > 0 && ct < 20 && vt > 0 && vt < 20 && ct != vt:
			// values of another type on some rows: the column becomes a
			// general list holding both
			data[j], own[j] = k.NewList(k.Items(data[j])...), true
		}
		if own[j] {
			data[j] = prim.AmendOwned(data[j], k.Longs(at...), v)
		} else {
			old := data[j]
			data[j] = prim.Amend(old, k.Longs(at...), v)
			own[j] = !sameValue(old, data[j]) // a copy, unless nothing was written
		}
	}
	// each phrase is evaluated right to left over the rows, before any is set
	update := func(rows []int64) {
		env := in.env(t, rows, f)
		vals := make([]k.Value, len(q.cols))
		for i := len(q.cols) - 1; i >= 0; i-- {
			vals[i] = q.cols[i].eval(env)
		}
		for i, c := range q.cols {
			set(c.name, vals[i], rows)
		}
	}
	if q.hasBy {
		_, grp := in.groups(q, t, rows, f)
		for _, g := range grp {
			update(g)
		}
		if len(grp) == 0 {
			// no rows selected, so no groups: a new column is still
			// made, of nulls of the type its phrase gives over no rows,
			// as an update with no by makes it
			update([]int64{})
		}
	} else {
		update(rows)
	}
	return &k.Table{Cols: k.Syms(cols...), Data: data}
}

// nullColumn is a column of n nulls of v's item type (for a new column
// update sets on some rows only).
func nullColumn(v k.Value, n int) k.Value {
	t := v.Type()
	if t < 0 {
		t = -t
	}
	if t == k.KList || t >= k.XT {
		// an empty item: the one indexing past the end gives where the
		// items are lists (`long$() for long vectors, "" for strings),
		// else () — never an atom, so count reads 0 on the rows not set
		fill := k.Value(k.Identity)
		if t == k.KList && v.Len() > 0 {
			if fill = prim.Index(v, k.J(int64(v.Len()))); k.IsAtom(fill) {
				fill = k.NewList()
			}
		}
		items := make([]k.Value, n)
		for i := range items {
			items[i] = fill
		}
		return k.NewList(items...)
	}
	return extend(k.Null(-t), n)
}

// doDelete is delete: columns by name, or the rows the where phrase
// selects.
func doDelete(q *query, t *k.Table, rows []int64) k.Value {
	if len(q.cols) > 0 {
		var cols []string
		var data []k.Value
		drop := map[string]bool{}
		for _, c := range q.cols {
			drop[c.name] = true
		}
		for i, c := range t.Cols.V {
			if !drop[c] {
				cols = append(cols, c)
				data = append(data, t.Data[i])
			}
		}
		return &k.Table{Cols: k.Syms(cols...), Data: data}
	}
	if len(q.where) == 0 {
		return subTable(t, []int64{})
	}
	gone := make([]bool, t.Len())
	for _, r := range rows {
		if r >= 0 && r < int64(len(gone)) { // an index past the table deletes nothing
			gone[r] = true
		}
	}
	keep := []int64{}
	for i, g := range gone {
		if !g {
			keep = append(keep, int64(i))
		}
	}
	return subTable(t, keep)
}

// deleteKeys is `delete k from d` on a dictionary.
func (in *Interp) deleteKeys(d *k.Dict, q *query) k.Value {
	if len(q.cols) == 0 && len(q.where) == 0 {
		return in.dyad("#", k.J(0), d) // delete from d: every entry
	}
	names := make([]string, len(q.cols))
	for i, c := range q.cols {
		names[i] = c.name
	}
	return in.dyad("_", k.Syms(names...), d)
}

// updateDict is update on a dictionary, one record: its entries are the
// columns; each new column replaces the entry of its name or is added.
func (in *Interp) updateDict(q *query, keys []string, vals []k.Value, f *frame) k.Value {
	env := in.dictEnv(keys, vals, f)
	ks := append([]string{}, keys...)
	vs := append([]k.Value{}, vals...)
	for _, c := range q.cols {
		v := c.eval(env)
		j := slices.Index(ks, c.name)
		if j < 0 {
			ks, vs = append(ks, c.name), append(vs, v)
		} else {
			vs[j] = v
		}
	}
	return &k.Dict{K: k.Syms(ks...), V: k.Unify(vs)}
}

// selectDict is select on a dictionary, one record: its entries are the
// columns, and the result is the dictionary of the columns selected.
func (in *Interp) selectDict(q *query, keys []string, vals []k.Value, f *frame) k.Value {
	env := in.dictEnv(keys, vals, f)
	var ks []string
	var vs []k.Value
	for _, c := range q.cols {
		v := c.eval(env)
		if j := slices.Index(ks, c.name); j >= 0 {
			vs[j] = v
			continue
		}
		ks, vs = append(ks, c.name), append(vs, v)
	}
	return &k.Dict{K: k.Syms(ks...), V: k.Unify(vs)}
}

// deleteGlobals is `delete a from `. and `delete a from `.ns: the
// named objects of a namespace, given by the prefix of its globals ("" for
// the root, ".ns." for .ns), are deleted (docs/ref/delete.md).
func (in *Interp) deleteGlobals(q *query, prefix string) k.Value {
	for _, c := range q.cols {
		in.dropNamed(prefix + c.name)
	}
	return k.S(q.byName)
}

// dropNamed deletes the global g and, when g is a namespace, its entries
// with it (![`.mem;();0b;enlist t] in the intraday write-down white
// paper clears the namespace .mem.t before making it again).
func (in *Interp) dropNamed(g string) {
	in.drop(g)
	if g == "" || g == "." {
		return
	}
	var nested []string
	for n := range in.allGlobals() {
		if strings.HasPrefix(n, g+".") {
			nested = append(nested, n)
		}
	}
	for _, n := range nested {
		in.drop(n)
	}
}
