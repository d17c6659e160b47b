// This file defines the qSQL templates select and exec, and what every
// template shares: the parsed query, its environment of columns and the
// where phrase. update and delete are in query_update.go, the functional
// forms ?[t;c;b;a] and ![t;c;b;a] in query_functional.go.

package interp

import (
	"qgo/interp/k"
	"qgo/interp/prim"
	"qgo/interp/syntax"
)

// query is a qSQL template with its phrases already as closures over an
// environment, so the template form and the functional form share one
// implementation.
type query struct {
	kind    string
	cols    []qcol // select/exec/update columns; delete: names only
	by      []qcol
	hasBy   bool
	where   []func(env *frame) k.Value
	picks   []*wherePick // per constraint: the form an attribute answers, or nil (query_index.go)
	limit   func(env *frame) k.Value
	order   func(env *frame) k.Value // select[<c] or select[n;>c]: a permutation of the rows
	byName  string                   // set when the table was given by name
	noNames bool                     // exec with one unnamed column returns the bare value
	byTable bool                     // exec by a named column (by s:s) keys by a table

	// the names each phrase refers to, for partitioned tables (partition.go)
	refsKnown bool
	whereRefs [][]string // per constraint
	colRefs   []string   // in the columns and the by phrase
	selRefs   []string   // in the columns alone
	byFirst   string     // the first by column when it is a bare name
}

// qcol is one named column expression.
type qcol struct {
	name string
	x    syntax.Node // the expression, when the query was written as a template
	eval func(env *frame) k.Value
}

// evalQuery evaluates a qSQL template.
func (in *Interp) evalQuery(n *syntax.Query, f *frame) k.Value {
	in.noCond(n, f)
	n = execAsSelect(n)
	if n.Kind == "select" {
		checkDupNames(n) // q finds the clash as it parses, before it runs
	}
	q := &query{kind: n.Kind, hasBy: n.HasBy || len(n.By) > 0}
	mk := func(cols []syntax.Col) []qcol {
		names := colNames(cols)
		out := make([]qcol, len(cols))
		for i, c := range cols {
			x := c.X
			out[i] = qcol{name: names[i], x: x, eval: func(env *frame) k.Value { return in.eval(x, env) }}
		}
		return out
	}
	q.cols = mk(n.Cols)
	q.by = mk(n.By)
	distinct := n.Distinct
	if n.Kind == "exec" && distinct && len(q.cols) > 1 {
		// exec distinct a,b keeps the distinct items of its first column
		// alone, the others whole (docs/ref/exec.md, Limit expression)
		first := q.cols[0].eval
		q.cols[0].eval = func(env *frame) k.Value { return in.monad("distinct", first(env)) }
		distinct = false
	}
	if n.Kind == "exec" && len(n.Cols) == 1 && !explicitName(n.Cols[0]) {
		q.noNames = true
	}
	q.byTable = n.Kind == "exec" && len(n.By) == 1 && n.By[0].Named
	for _, w := range n.Where {
		w := w
		q.where = append(q.where, func(env *frame) k.Value { return in.eval(w, env) })
		q.whereRefs = append(q.whereRefs, identRefs(w))
		q.picks = append(q.picks, in.pickOf(w))
	}
	q.refsKnown = true
	for _, c := range append(append([]syntax.Col{}, n.Cols...), n.By...) {
		q.colRefs = append(q.colRefs, identRefs(c.X)...)
	}
	for _, c := range n.Cols {
		q.selRefs = append(q.selRefs, identRefs(c.X)...)
	}
	if len(n.By) > 0 {
		if id, ok := n.By[0].X.(*syntax.Ident); ok {
			q.byFirst = id.Name
		}
	}
	if len(n.Limit) > 0 {
		lim, ord := n.Limit[0], syntax.Node(nil)
		if len(n.Limit) == 1 && isOrder(lim) {
			lim, ord = nil, lim
		} else if len(n.Limit) > 1 {
			ord = n.Limit[1]
		}
		if lim != nil {
			q.limit = func(env *frame) k.Value { return in.eval(lim, env) }
		}
		if m, ok := ord.(*syntax.Monad); ok && isOrder(m) {
			// <c sorts up, >c down, by a column or a table of several
			sort := "iasc"
			if m.F.(*syntax.Op).Name == ">" {
				sort = "idesc"
			}
			q.order = func(env *frame) k.Value { return in.monad(sort, in.eval(m.X, env)) }
		} else if ord != nil {
			k.Signal("type")
		}
	}
	src := in.eval(n.From, f)
	res := in.runQuery(q, src, f)
	if distinct {
		res = in.monad("distinct", res)
	}
	return res
}

// execAsSelect is n, or for exec ... by 0b (or 1b) the select it is: q
// parses both to ?[t;c;b;a] with the boolean as b, which is select's form
// (no grouping; 1b: distinct rows), so the result is a table
// (docs/ref/exec.md: exec qty, s by 0b from sp).
func execAsSelect(n *syntax.Query) *syntax.Query {
	if n.Kind != "exec" || len(n.By) != 1 || n.By[0].Named {
		return n
	}
	c, ok := n.By[0].X.(*syntax.Const)
	if !ok {
		return n
	}
	b, ok := c.V.(k.Atom[bool])
	if !ok {
		return n
	}
	sel := *n
	sel.Kind, sel.By, sel.HasBy = "select", nil, false
	sel.Distinct = n.Distinct || b.V
	return &sel
}

// noCond signals 'rank at a Cond $[..] written in a query's columns, by
// or where phrases (outside a lambda): q evaluates those phrases through
// their parse trees, where $ is the binary cast, so Cond is not supported
// inside qSQL (docs/basics/qsql.md#cond).
func (in *Interp) noCond(n *syntax.Query, f *frame) {
	var bad *syntax.Cond
	look := func(x syntax.Node) {
		syntax.Inspect(x, func(m syntax.Node) bool {
			switch m := m.(type) {
			case *syntax.Lambda:
				return false
			case *syntax.Cond:
				if m.Kind == "$" && bad == nil {
					bad = m
				}
			}
			return bad == nil
		})
	}
	for _, c := range append(append([]syntax.Col{}, n.Cols...), n.By...) {
		look(c.X)
	}
	for _, w := range n.Where {
		look(w)
	}
	if bad != nil {
		in.at(f, bad.Pos())
		k.Signal(k.ErrRank)
	}
}

// explicitName reports whether a column was written `name:expr`; the
// parser also names a bare column `a` after itself.
func explicitName(c syntax.Col) bool {
	if c.Name == "" {
		return false
	}
	if c.Named {
		return true // written name:expr, even i:i (the virtual column named i)
	}
	id, ok := c.X.(*syntax.Ident)
	return !ok || id.Name != c.Name
}

// runQuery runs a query against src (a table, keyed table, or a symbol
// naming one).
func (in *Interp) runQuery(q *query, src k.Value, f *frame) k.Value {
	if s, ok := src.(k.Atom[string]); ok && (q.kind == "update" || q.kind == "delete") {
		q.byName = s.V
		if s.V == "." || s.V == "" {
			return in.deleteGlobals(q, "")
		}
		if pre, ok := in.namespaceTarget(s.V); ok && q.kind == "delete" && len(q.cols) > 0 && len(q.where) == 0 {
			return in.deleteGlobals(q, pre) // delete a from `.ns (docs/ref/delete.md)
		}
		src = in.lookup(s.V, nil) // a table named by a symbol: in the current namespace, where the result goes
	} else if p, isFile := in.filePath(src); isFile {
		src = in.readFile(p) // select from `:dir: a splayed table, mapped
	} else if ok {
		src = in.lookup(s.V, nil) // select from `t reads t as value`t does
	}
	if pt := in.partOf(src); pt != nil {
		return in.partQuery(q, pt, f)
	}
	if q.kind == "delete" && len(q.cols) > 0 && in.isSplay(src) {
		// a splayed table's schema is its .d file: delete volume from
		// trade is 'splay, in place or not (docs/kb/splayed-tables.md)
		k.Signal("splay")
	}
	if d, ok := src.(*k.Dict); ok && q.kind == "delete" {
		if _, keyed := d.K.(*k.Table); !keyed {
			return in.storeResult(q, in.deleteKeys(d, q))
		}
	}
	if d, ok := src.(*k.Dict); ok && q.kind == "exec" && !q.hasBy && len(q.where) == 0 && len(q.cols) > 0 {
		// exec from a dictionary: its entries are the columns, as they are
		// (one value per key: a table of values is no such dictionary)
		if names, ok := d.K.(*k.Vec[string]); ok && names.T == k.KS {
			if vals := k.Items(d.V); len(vals) == len(names.V) {
				return in.execCols(q, in.dictEnv(names.V, vals, f))
			}
		}
	}
	if d, ok := src.(*k.Dict); ok && q.kind == "select" && len(q.where) == 0 && !q.hasBy && q.limit == nil && q.order == nil {
		// select from a dictionary, one record: its entries are the
		// columns and the result is a dictionary (docs/basics/qsql.md)
		if names, ok := d.K.(*k.Vec[string]); ok && names.T == k.KS {
			if vals := k.Items(d.V); len(vals) == len(names.V) {
				if len(q.cols) == 0 {
					return d
				}
				return in.selectDict(q, names.V, vals, f)
			}
		}
	}
	if d, ok := src.(*k.Dict); ok && q.kind == "update" && len(q.where) == 0 {
		if names, ok := d.K.(*k.Vec[string]); ok && names.T == k.KS {
			if vals := k.Items(d.V); len(vals) == len(names.V) {
				if q.hasBy {
					k.Signal("type") // q 4.1 2024.04.29 (docs/ref/update.md)
				}
				return in.storeResult(q, in.updateDict(q, names.V, vals, f))
			}
		}
	}
	t, keys := unkey(src)
	rows := in.where(q, t, f)
	var res k.Value
	switch q.kind {
	case "select":
		res = in.doSelect(q, t, keys, rows, f)
		if r, ok := res.(*k.Table); ok && r == t && in.isSplay(r) {
			res = &k.Table{Cols: r.Cols, Data: r.Data} // a table in memory, not the splayed one
		}
	case "exec":
		res = in.doExec(q, t, rows, f)
	case "update":
		res = rekey(in.doUpdate(q, t, rows, f), keys)
	case "delete":
		res = rekey(doDelete(q, t, rows), keys)
	default:
		k.Signal("nyi")
	}
	return in.storeResult(q, res)
}

// storeResult assigns the result of an update or delete by name.
func (in *Interp) storeResult(q *query, res k.Value) k.Value {
	if q.byName == "" {
		return res
	}
	in.checkUpdate() // not from a secondary thread
	in.put(in.qualify(q.byName, nil), res)
	return k.S(q.byName)
}

// unkey gives the plain table of a table or keyed table, and the key
// column count (0 for a plain table).
func unkey(v k.Value) (*k.Table, int) {
	switch t := v.(type) {
	case *k.Table:
		return t, 0
	case *k.Dict:
		kt, ok1 := t.K.(*k.Table)
		vt, ok2 := t.V.(*k.Table)
		if ok1 && ok2 {
			cols := append(append([]string{}, kt.Cols.V...), vt.Cols.V...)
			data := append(append([]k.Value{}, kt.Data...), vt.Data...)
			return &k.Table{Cols: k.Syms(cols...), Data: data}, len(kt.Data)
		}
	}
	k.Signal("type")
	return nil, 0
}

// rekey makes the first n columns of t its key (n = 0: t itself).
func rekey(v k.Value, n int) k.Value {
	t, ok := v.(*k.Table)
	if n == 0 || !ok {
		return v
	}
	return &k.Dict{
		K: &k.Table{Cols: k.Syms(t.Cols.V[:n]...), Data: t.Data[:n]},
		V: &k.Table{Cols: k.Syms(t.Cols.V[n:]...), Data: t.Data[n:]},
	}
}

// env makes the frame in which column expressions run: the columns of t
// restricted to rows (nil: all), the virtual column i, and the locals of
// the enclosing lambda.
func (in *Interp) env(t *k.Table, rows []int64, f *frame) *frame {
	return in.envOnly(t, rows, f, nil)
}

// envOnly is env with only the columns need holds (nil: all of them); the
// others are not gathered.
func (in *Interp) envOnly(t *k.Table, rows []int64, f *frame, need map[string]bool) *frame {
	names := make([]string, 0, len(t.Data)+1)
	vals := make([]k.Value, 0, len(t.Data)+1)
	var idx k.Value
	if rows != nil {
		idx = k.Longs(rows...)
	}
	for i, c := range t.Cols.V {
		if need != nil && !need[c] {
			continue
		}
		names = append(names, c)
		if idx == nil {
			vals = append(vals, t.Data[i])
		} else {
			vals = append(vals, prim.Index(t.Data[i], idx))
		}
	}
	switch {
	case need != nil && !need["i"]:
	case idx != nil:
		names = append(names, "i")
		vals = append(vals, idx)
	default:
		names = append(names, "i")
		vals = append(vals, tilVec(t.Len()))
	}
	ctx := in.ctx
	if f != nil && f.local {
		f.own, f.grow = 0, 0 // the query may keep what it reads of the locals (owned.go)
		for i, n := range f.code.locals {
			if f.vals[i] != nil {
				names = append(names, n)
				vals = append(vals, f.vals[i])
			}
		}
		ctx = f.ctx
	}
	return &frame{code: &lambdaCode{locals: names}, vals: vals, ctx: ctx, local: true}
}

// dictEnv is the frame exec evaluates its columns in over a dictionary:
// each key names its value, with the locals of the enclosing lambda.
func (in *Interp) dictEnv(keys []string, vals []k.Value, f *frame) *frame {
	names := append([]string{}, keys...)
	vs := append([]k.Value{}, vals...)
	ctx := in.ctx
	if f != nil && f.local {
		f.own, f.grow = 0, 0 // as envOnly
		for i, n := range f.code.locals {
			if f.vals[i] != nil {
				names = append(names, n)
				vs = append(vs, f.vals[i])
			}
		}
		ctx = f.ctx
	}
	return &frame{code: &lambdaCode{locals: names}, vals: vs, ctx: ctx, local: true}
}

func tilVec(n int) *k.Vec[int64] {
	v := make([]int64, n)
	for i := range v {
		v[i] = int64(i)
	}
	return k.Longs(v...)
}

// where applies the constraints in order, each to the rows the previous
// ones kept; nil means every row.
func (in *Interp) where(q *query, t *k.Table, f *frame) []int64 {
	var rows []int64
	for j, w := range q.where {
		var c k.Value
		if j < len(q.picks) && q.picks[j] != nil {
			keep, x, ok := in.pickRows(q.picks[j], t, rows, f)
			if ok {
				rows = keep // the column's attribute answered it
				continue
			}
			if x != nil {
				c = in.keep(q.picks[j], t, rows, x) // x is evaluated once
			}
		}
		if c == nil {
			// only the columns the constraint names are gathered (not i,
			// a fresh til of the rows, unless it is named)
			var need map[string]bool
			if q.refsKnown && j < len(q.whereRefs) {
				need = refsNeed(q.whereRefs[j])
			}
			c = w(in.envOnly(t, rows, f, need))
		}
		n := t.Len()
		if rows != nil {
			n = len(rows)
		}
		var keep []int64
		switch b := c.(type) {
		case *k.Vec[bool]:
			if len(b.V) != n {
				k.Signal("length")
			}
			kept := 0
			for _, ok := range b.V {
				if ok {
					kept++
				}
			}
			keep = make([]int64, 0, kept)
			for i, ok := range b.V {
				if ok {
					keep = append(keep, rowAt(rows, i))
				}
			}
		case k.Atom[bool]:
			keep = []int64{}
			if b.V {
				keep = make([]int64, 0, n)
				for i := 0; i < n; i++ {
					keep = append(keep, rowAt(rows, i))
				}
			}
		default:
			// an index list, as `where` gives
			keep = make([]int64, 0, c.Len())
			for _, it := range k.Items(c) {
				keep = append(keep, rowAt(rows, int(toInt(it))))
			}
		}
		rows = keep
	}
	if q.order != nil {
		if rows == nil {
			rows = tilVec(t.Len()).V
		}
		perm := q.order(in.env(t, rows, f))
		sorted := make([]int64, 0, len(rows))
		for _, p := range k.Items(perm) {
			sorted = append(sorted, rows[toInt(p)])
		}
		rows = sorted
	}
	if q.limit != nil {
		rows = applyLimit(q.limit(in.env(t, rows, f)), rows, t.Len())
	}
	return rows
}

// rowAt is the table row of the i-th row kept so far (all rows when rows
// is nil); an index past the rows kept is past the table too, a null row
// as indexing gives.
func rowAt(rows []int64, i int) int64 {
	if rows == nil {
		return int64(i)
	}
	if i < 0 || i >= len(rows) {
		return -1
	}
	return rows[i]
}

// applyLimit is select[n] (first n, or last -n) and select[m n].
func applyLimit(lim k.Value, rows []int64, total int) []int64 {
	if rows == nil {
		rows = tilVec(total).V
	}
	switch l := lim.(type) {
	case k.Atom[int64], k.Atom[int32]:
		n := toInt(l)
		if n >= 0 {
			return rows[:min(int(n), len(rows))]
		}
		return rows[max(0, len(rows)+int(n)):]
	case *k.Vec[int64]:
		if len(l.V) == 2 {
			s := min(int(l.V[0]), len(rows))
			return rows[s:min(s+int(l.V[1]), len(rows))]
		}
	}
	k.Signal("type")
	return nil
}

// subTable is t restricted to rows (nil: t).
func subTable(t *k.Table, rows []int64) *k.Table {
	if rows == nil {
		return t
	}
	idx := k.Longs(rows...)
	data := make([]k.Value, len(t.Data))
	for i, c := range t.Data {
		data[i] = prim.Index(c, idx)
	}
	return &k.Table{Cols: t.Cols, Data: data}
}

// doSelect is select.
func (in *Interp) doSelect(q *query, t *k.Table, keys int, rows []int64, f *frame) k.Value {
	if q.hasBy {
		return in.selectBy(q, t, rows, f)
	}
	if len(q.cols) == 0 {
		return rekey(subTable(t, rows), keys)
	}
	env := in.envOnly(t, rows, f, q.names())
	names := make([]string, len(q.cols))
	vals := make([]k.Value, len(q.cols))
	for i := len(q.cols) - 1; i >= 0; i-- {
		names[i] = q.cols[i].name
		vals[i] = q.cols[i].eval(env)
	}
	return makeTable(names, vals)
}

// makeTable builds a table from columns, extending atoms; all atoms make
// one row.
func makeTable(names []string, vals []k.Value) *k.Table {
	n := -1
	for _, v := range vals {
		if k.IsList(v) {
			if n >= 0 && v.Len() != n {
				k.Signal("length")
			}
			n = v.Len()
		}
	}
	if n < 0 {
		n = 1
	}
	data := make([]k.Value, len(vals))
	for i, v := range vals {
		if k.IsList(v) {
			data[i] = v
		} else {
			data[i] = extend(v, n)
		}
	}
	return &k.Table{Cols: k.Syms(names...), Data: data}
}

// selectBy is select ... by ....
func (in *Interp) selectBy(q *query, t *k.Table, rows []int64, f *frame) k.Value {
	if r, ok := in.selectByDense(q, t, rows, f); ok {
		return r // aggregates by a small-range key, in one pass (query_group.go)
	}
	names, vals, n := in.byVals(q, t, rows, f)
	if r, ok := in.selectByIDs(q, t, rows, names, vals, n, f); ok {
		return r // aggregates by any typed keys, in one pass (query_group.go)
	}
	kt, grp := in.groupVals(names, vals, n, rows)
	if len(q.cols) == 0 {
		// last row of each group, of the columns not in the key
		var names []string
		var data []k.Value
		lastRows := make([]int64, len(grp))
		for i, g := range grp {
			lastRows[i] = g[len(g)-1]
		}
		idx := k.Longs(lastRows...)
		for i, c := range t.Cols.V {
			if hasName(kt.Cols.V, c) {
				continue
			}
			names = append(names, c)
			data = append(data, prim.Index(t.Data[i], idx))
		}
		return &k.Dict{K: kt, V: &k.Table{Cols: k.Syms(names...), Data: data}}
	}
	cols := make([][]k.Value, len(q.cols))
	need := q.names()
	for _, g := range grp {
		env := in.envOnly(t, g, f, need)
		for j := len(q.cols) - 1; j >= 0; j-- {
			cols[j] = append(cols[j], q.cols[j].eval(env))
		}
	}
	names = make([]string, len(q.cols))
	data := make([]k.Value, len(q.cols))
	for j, c := range q.cols {
		names[j] = c.name
		data[j] = k.Unify(cols[j])
		if data[j].Len() != len(grp) {
			data[j] = k.NewList(cols[j]...)
		}
		if len(grp) == 0 {
			data[j] = in.emptyAggregate(c, t, f, need)
		}
	}
	return &k.Dict{K: kt, V: &k.Table{Cols: k.Syms(names...), Data: data}}
}

// emptyAggregate is the column a by phrase gives when there are no groups:
// typed as the column's expression is over no rows, so that an aggregate
// (last x, sum x) of a float column is an empty float vector, as an empty
// table queried gives typed empty results; a list per group, or an error
// over no rows, gives the empty general list.
func (in *Interp) emptyAggregate(c qcol, t *k.Table, f *frame, need map[string]bool) (col k.Value) {
	col = k.NewList()
	if e := in.catch(func() {
		if v := c.eval(in.envOnly(t, []int64{}, f, need)); k.IsAtom(v) && v.Type() > -k.XT {
			col = in.dyad("#", k.J(0), k.Enlist(v))
		}
	}); e != nil {
		return k.NewList()
	}
	return col
}

func hasName(s []string, x string) bool {
	for _, v := range s {
		if v == x {
			return true
		}
	}
	return false
}

// doExec is exec.
func (in *Interp) doExec(q *query, t *k.Table, rows []int64, f *frame) k.Value {
	if q.hasBy {
		kt, grp := in.groups(q, t, rows, f)
		var keys k.Value = kt
		if len(kt.Data) == 1 && !q.byTable {
			keys = kt.Data[0]
		}
		vals := make([]k.Value, len(grp))
		for i, g := range grp {
			env := in.env(t, g, f)
			vals[i] = in.execCols(q, env)
		}
		return &k.Dict{K: keys, V: k.Unify(vals)}
	}
	if len(q.cols) == 0 {
		st := subTable(t, rows)
		n := st.Len()
		if n == 0 {
			return &k.Dict{K: t.Cols, V: k.NewList()}
		}
		return prim.Index(st, k.J(int64(n-1)))
	}
	return in.execCols(q, in.envOnly(t, rows, f, q.names()))
}

// execCols evaluates exec's columns: the bare value for one unnamed
// column, else a dictionary by name.
func (in *Interp) execCols(q *query, env *frame) k.Value {
	if q.noNames {
		return q.cols[0].eval(env)
	}
	names := make([]string, len(q.cols))
	vals := make([]k.Value, len(q.cols))
	for i := len(q.cols) - 1; i >= 0; i-- {
		names[i] = q.cols[i].name
		vals[i] = q.cols[i].eval(env)
	}
	return &k.Dict{K: k.Syms(names...), V: k.NewList(vals...)}
}
