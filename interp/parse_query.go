// This file defines the parse trees of the qSQL templates, and the parts of
// the functional forms ?[t;c;b;a] and ![t;c;b;a] that have no template
// counterpart: exec by a tree, select with a row limit and an order,
// select distinct, and the simple exec ?[t;i;p].

package interp

import (
	"qgo/interp/k"
	"qgo/interp/prim"
	"qgo/interp/syntax"
)

// queryTree is the functional form of a qSQL template, as q's parse gives
// it: (?;t;c;b;a) for select and exec, (!;t;c;b;a) for update and delete,
// and (?;t;c;b;a;n) or (?;t;c;b;a;n;,o) for select[n] and select[n;o].
// c is the enlisted list of constraints or (); b is 0b (1b for distinct)
// or a dictionary of groupings; a is () or a dictionary of columns.
// exec takes () for no grouping, and a bare column as an enlisted tree.
// delete takes the enlisted column names or an empty symbol vector.
func (in *Interp) queryTree(n *syntax.Query) k.Value {
	n = execAsSelect(n) // exec ... by 0b is (?;t;c;0b;a), select's tree
	from := in.tree(n.From)
	var where k.Value = k.NewList()
	if len(n.Where) > 0 {
		items := make([]k.Value, len(n.Where))
		for i, w := range n.Where {
			items[i] = in.tree(w)
		}
		where = k.Enlist(k.Unify(items))
	}
	sel, upd := opValue("?"), opValue("!")
	switch n.Kind {
	case "select":
		checkDupNames(n)
		var b k.Value = k.B(n.Distinct)
		if n.HasBy || len(n.By) > 0 {
			b = in.colsTree(n.By)
		}
		var a k.Value = k.NewList()
		if len(n.Cols) > 0 {
			a = in.colsTree(n.Cols)
		}
		items := []k.Value{sel, from, where, b, a}
		return k.NewList(append(items, in.limitTree(n.Limit)...)...)
	case "exec":
		var b k.Value = k.NewList()
		if n.HasBy || len(n.By) > 0 {
			b = in.execTree(n.By)
		}
		return k.NewList(sel, from, where, b, in.execTree(n.Cols))
	case "update":
		var b k.Value = k.B(false)
		if n.HasBy || len(n.By) > 0 {
			b = in.colsTree(n.By)
		}
		var a k.Value = k.NewList()
		if len(n.Cols) > 0 {
			a = in.colsTree(n.Cols)
		}
		return k.NewList(upd, from, where, b, a)
	case "delete":
		names := make([]string, len(n.Cols))
		for i, c := range n.Cols {
			names[i] = c.Name
		}
		var a k.Value = k.Syms(names...)
		if len(names) > 0 {
			a = k.Enlist(a)
		}
		return k.NewList(upd, from, where, k.B(false), a)
	}
	k.Signal("nyi")
	return nil
}

// colsTree is the dictionary of column names to their trees.
func (in *Interp) colsTree(cols []syntax.Col) k.Value {
	names := colNames(cols)
	trees := make([]k.Value, len(cols))
	for i, c := range cols {
		trees[i] = in.tree(c.X)
	}
	return &k.Dict{K: k.Syms(names...), V: k.Unify(trees)}
}

// execTree is exec's phrase: () for none, the enlisted tree of one bare
// column, else the dictionary of columns.
func (in *Interp) execTree(cols []syntax.Col) k.Value {
	switch {
	case len(cols) == 0:
		return k.NewList()
	case len(cols) == 1 && !explicitName(cols[0]):
		return k.Enlist(in.tree(cols[0].X))
	}
	return in.colsTree(cols)
}

// limitTree is the tail select[n] and select[n;o] add: n, and the
// enlisted order tree (<price is (<:;`price)). An order alone takes all
// rows, 0W.
func (in *Interp) limitTree(lim []syntax.Node) []k.Value {
	switch len(lim) {
	case 0:
		return nil
	case 1:
		if isOrder(lim[0]) {
			return []k.Value{k.J(k.WJ), k.Enlist(in.tree(lim[0]))}
		}
		return []k.Value{in.tree(lim[0])}
	}
	return []k.Value{in.tree(lim[0]), k.Enlist(in.tree(lim[1]))}
}

// isOrder reports whether n is a select order phrase, <col or >col.
func isOrder(n syntax.Node) bool {
	m, ok := n.(*syntax.Monad)
	if !ok {
		return false
	}
	op, ok := m.F.(*syntax.Op)
	return ok && (op.Name == "<" || op.Name == ">")
}

// checkDupNames signals q's error for a select whose result columns and
// groups share a name: a name written (c:x) or a column named bare (c).
// A name the column takes from its expression (sum n is n) does not
// clash: select sum n by n runs.
func checkDupNames(n *syntax.Query) {
	if len(n.By) == 0 || len(n.Cols) == 0 {
		return
	}
	by := map[string]bool{}
	for _, b := range n.By {
		if b.Name != "" {
			by[b.Name] = true
		}
	}
	for _, c := range n.Cols {
		if c.Name != "" && by[c.Name] {
			k.Signal("dup names for cols/groups " + c.Name)
		}
	}
}

// tableOf resolves the table argument of a functional form: a table,
// keyed table, or the name of one.
func (in *Interp) tableOf(src k.Value) (*k.Table, int) {
	if s, ok := src.(k.Atom[string]); ok {
		src = in.lookup(s.V, nil)
	}
	return unkey(src)
}

// simpleExec is ?[t;i;p]: the tree p evaluated on the rows i of t.
func (in *Interp) simpleExec(args []k.Value) k.Value {
	t, _ := in.tableOf(args[0])
	var rows []int64
	for _, it := range k.Items(args[1]) {
		r := toInt(it)
		if r < 0 || r >= int64(t.Len()) {
			k.Signal("index")
		}
		rows = append(rows, r)
	}
	if rows == nil {
		rows = []int64{}
	}
	return in.evalTree(args[2], in.env(t, rows, nil))
}

// selectLimit is ?[t;c;b;a;n] and ?[t;c;b;a;n;o]: the rows the
// constraints keep, sorted by the order tree o (whose value is a
// permutation, as (idesc;`c) gives), then cut to n as select[n] does
// (0W: all).
func (in *Interp) selectLimit(q *query, args []k.Value) k.Value {
	t, keys := in.tableOf(args[0])
	rows := in.where(q, t, nil)
	if rows == nil {
		rows = tilVec(t.Len()).V
	}
	if len(args) > 5 {
		perm := in.evalTree(args[5], in.env(t, rows, nil))
		sorted := make([]int64, 0, len(rows))
		for _, p := range k.Items(perm) {
			i := toInt(p)
			if i < 0 || i >= int64(len(rows)) {
				k.Signal("index")
			}
			sorted = append(sorted, rows[i])
		}
		rows = sorted
	}
	if n, ok := args[4].(k.Atom[int64]); !ok || n.V != k.WJ {
		rows = applyLimit(args[4], rows, t.Len())
	}
	return in.doSelect(q, t, keys, rows, nil)
}

// execBy is exec with a grouping that is not a dictionary of named
// columns: ?[t;c;`g;a] and ?[t;c;tree;a]. The result is keyed by the
// groups' values: a dictionary of each group's value of a, or for a
// dictionary a, a table of its columns by group. With a dictionary b
// (named groupings) and a bare a, the key is the table of groups.
func (in *Interp) execBy(q *query, src k.Value, named bool) k.Value {
	t, _ := in.tableOf(src)
	rows := in.where(q, t, nil)
	kt, grp := in.groups(q, t, rows, nil)
	var keys k.Value = kt
	if !named && len(kt.Data) == 1 {
		keys = kt.Data[0]
	}
	if len(q.cols) == 0 {
		// all columns, as their last value in each group
		last := make([]int64, len(grp))
		for i, g := range grp {
			last[i] = g[len(g)-1]
		}
		return &k.Dict{K: keys, V: prim.Index(t, k.Longs(last...))}
	}
	if q.noNames {
		vals := make([]k.Value, len(grp))
		for i, g := range grp {
			vals[i] = q.cols[0].eval(in.env(t, g, nil))
		}
		return &k.Dict{K: keys, V: unifyColumn(vals)}
	}
	names := make([]string, len(q.cols))
	cols := make([][]k.Value, len(q.cols))
	for _, g := range grp {
		env := in.env(t, g, nil)
		for j := len(q.cols) - 1; j >= 0; j-- {
			cols[j] = append(cols[j], q.cols[j].eval(env))
		}
	}
	data := make([]k.Value, len(q.cols))
	for j, c := range q.cols {
		names[j] = c.name
		data[j] = unifyColumn(cols[j])
	}
	return &k.Dict{K: keys, V: &k.Table{Cols: k.Syms(names...), Data: data}}
}

// unifyColumn makes a column of per-group values: a typed vector when
// they are atoms of one type, else a general list.
func unifyColumn(vals []k.Value) k.Value {
	if len(vals) == 0 {
		return k.NewList()
	}
	return k.Unify(vals)
}

// isEmptyList reports whether v is an empty list of any type.
func isEmptyList(v k.Value) bool { return k.IsList(v) && v.Len() == 0 }
