// This file queries partitioned tables as q does (docs/kb/partition.md,
// docs/ref/dotq.md#ind-partitioned-index): the partition field is a
// virtual column; the leading where constraints that name only it are
// applied to the partition values first, so only the partitions they keep
// are touched; the other constraints run in each partition, where i
// numbers the rows of that partition; the rows kept, from the columns the
// query names, are joined in partition order and the select or exec runs
// on them, which combines aggregates across partitions as q does. A query
// grouped first by the partition field runs partition by partition, since
// no group spans two. count, .Q.cn, .Q.pn and .Q.ind count partitions
// from their column files' headers.

package interp

import (
	"os"
	"path/filepath"
	"slices"
	"strings"

	"qgo/interp/files"
	"qgo/interp/k"
	"qgo/interp/prim"
	"qgo/interp/syntax"
)

// partitionVerbs registers this file's verbs (verbtab.go calls it).
func partitionVerbs(t *verbTable) {
	t.native1(".Q.cn", func(in *Interp, x k.Value) k.Value {
		pt := in.partOf(x)
		if pt == nil {
			k.Signal(k.ErrType)
		}
		return k.Longs(in.partCounts(pt)...)
	})
	t.native2(".Q.ind", (*Interp).partIndex)
	t.native1(".Q.view", (*Interp).viewParts)
	partitionLoadVerbs(t) // .Q.bv .Q.li .Q.lo (partition_load.go)
}

// noParVerbs are the verbs that reach a table's rows, which a partitioned
// table gives only through qSQL: first t, t 0 and 2#t signal 'par.
var noParVerbs = [...]string{"first", "*:", "last", "#", "_", "reverse", "|:"}

// notPart signals 'par when x is a partitioned table.
func (in *Interp) notPart(x k.Value) {
	if in.partOf(x) != nil {
		k.Signal("par")
	}
}

// count is the keyword count: a partitioned table counts its partitions'
// rows, anything else is counted by prim.
func (in *Interp) count(x k.Value) k.Value {
	if n, ok := in.countPart(x); ok {
		return k.J(n)
	}
	return prim.Count(x)
}

// countPart is the count of a partitioned table; ok is false for anything
// else.
func (in *Interp) countPart(x k.Value) (int64, bool) {
	pt := in.partOf(x)
	if pt == nil {
		return 0, false
	}
	var n int64
	for _, c := range in.partCounts(pt) {
		n += c
	}
	return n, true
}

// partDir is the directory of table pt in partition j.
func (pt *partTable) partDir(j int) string {
	db := pt.db
	return db.path(db.pd[j] + "/" + db.partName(db.pv[j]) + "/" + pt.name)
}

// partCount is the row count of partition j, read from the header of
// its first column file (and cached, in .Q.pn too).
func (in *Interp) partCount(pt *partTable, j int) int64 {
	in.syncPartCounts(pt)
	return in.partCountCached(pt, j)
}

// syncPartCounts makes pt's cached counts those of .Q.pn, q's cache of
// them (docs/ref/dotq.md#pn-partition-counts): when its entry for pt is
// no longer the one last seen, a vector of a count for each partition is
// taken as the counts, anything else (.Q.pn:.Q.pt!(count .Q.pt)#(), as a
// process does when its partitions grow) leaves them all to count again.
func (in *Interp) syncPartCounts(pt *partTable) {
	var entry k.Value
	if d, ok := in.absVal(".Q.pn").(*k.Dict); ok {
		if names, ok := d.K.(*k.Vec[string]); ok {
			if i := slices.Index(names.V, pt.name); i >= 0 && i < d.V.Len() {
				entry = k.Items(d.V)[i]
			}
		}
	}
	if entry == pt.pnSeen {
		return
	}
	pt.pnSeen = entry
	if v, ok := entry.(*k.Vec[int64]); ok && len(v.V) == len(pt.counts) {
		copy(pt.counts, v.V)
		return
	}
	for j := range pt.counts {
		pt.counts[j] = -1
	}
}

// partCountCached is partCount without looking at .Q.pn first.
func (in *Interp) partCountCached(pt *partTable, j int) int64 {
	if pt.counts[j] >= 0 {
		return pt.counts[j]
	}
	var n int64
	if cols := pt.cols; len(cols) > 0 && (pt.missing == nil || !pt.missing[j]) {
		// the columns of the last partition's .d, as kdb+ reads them:
		// a partition without the table fails on its first column
		p := pt.partDir(j) + "/" + cols[0]
		c, ok := fileCount(p)
		if !ok {
			if _, err := os.Stat(p); err != nil {
				k.Signal(p + ": " + files.Strerror(err))
			}
			c = int64(in.mapColumn(p).Len())
		}
		n = c
	}
	pt.counts[j] = n
	return n
}

// partCounts counts every partition, filling .Q.pn.
func (in *Interp) partCounts(pt *partTable) []int64 {
	in.syncPartCounts(pt)
	out := make([]int64, len(pt.counts))
	for j := range out {
		out[j] = in.partCountCached(pt, j)
	}
	if d, ok := in.absVal(".Q.pn").(*k.Dict); ok {
		if names, ok := d.K.(*k.Vec[string]); ok {
			vals := append([]k.Value{}, k.Items(d.V)...)
			for i, n := range names.V {
				if n == pt.name && i < len(vals) {
					vals[i] = k.Longs(append([]int64{}, out...)...)
					pt.pnSeen = vals[i]
				}
			}
			in.put(".Q.pn", &k.Dict{K: d.K, V: k.NewList(vals...)})
		}
	}
	return out
}

// partTableAt builds partition j's table of the columns in need (nil:
// every column), the partition column as a constant vector, with i as a
// column when withI.
func (in *Interp) partTableAt(pt *partTable, j int, need map[string]bool, withI bool) *k.Table {
	in.syncPartCounts(pt)
	return in.partTableCounted(pt, j, need, withI, false)
}

// partTableCounted is partTableAt once .Q.pn is seen. A column whose
// length is not the cached count has the partition counted again from
// its files (rows appended since, as a process writing the partition
// does): only columns that disagree among themselves are 'length.
func (in *Interp) partTableCounted(pt *partTable, j int, need map[string]bool, withI, recounted bool) *k.Table {
	n := int(in.partCountCached(pt, j))
	dir := pt.partDir(j)
	var names []string
	var data []k.Value
	for ci, c := range pt.value.Cols.V {
		if need != nil && !need[c] {
			continue
		}
		names = append(names, c)
		if pt.missing != nil && pt.missing[j] {
			data = append(data, pt.value.Data[ci]) // empty here (.Q.bv)
			continue
		}
		if c == pt.db.field {
			v := make([]int32, n)
			for r := range v {
				v[r] = pt.db.pv[j]
			}
			data = append(data, in.partVec(pt.db, v))
			continue
		}
		col := in.mapColumn(dir + "/" + c)
		if col.Len() != n {
			if !recounted {
				pt.counts[j] = -1
				return in.partTableCounted(pt, j, need, withI, true)
			}
			k.Signal(dir + "/" + c + ": length")
		}
		data = append(data, col)
	}
	names, data = in.partLinks(dir, need, names, data)
	if withI {
		names = append(names, "i")
		data = append(data, tilVec(n))
	}
	return &k.Table{Cols: k.Syms(names...), Data: data}
}

// partLinks adds to a partition's columns each c.f the query needs where
// c is a link column (`t1!indices, docs/kb/linking-columns.md) into a
// table t1 splayed in the same partition: the link resolves within its
// partition, so c.f is t1's column f of that partition at c's indices, as
// a column named c.f that the query's dotted name finds.
func (in *Interp) partLinks(dir string, need map[string]bool, names []string, data []k.Value) ([]string, []k.Value) {
	for ref := range need {
		head, fld, dotted := strings.Cut(ref, ".")
		if !dotted || head == "" || strings.Contains(fld, ".") {
			continue
		}
		ci := slices.Index(names, head)
		if ci < 0 {
			continue
		}
		e, ok := data[ci].(*k.Enum)
		if !ok || e.Dom == "" {
			continue
		}
		tdir := filepath.Join(filepath.Dir(dir), e.Dom)
		if _, err := os.Stat(tdir + "/.d"); err != nil {
			continue
		}
		if _, err := os.Stat(tdir + "/" + fld); err != nil {
			k.Signal(fld)
		}
		col := in.mapColumn(tdir + "/" + fld)
		names = append(names, ref)
		data = append(data, prim.Index(col, k.Longs(e.V...)))
	}
	return names, data
}

// partQuery runs select or exec q on partitioned table pt.
func (in *Interp) partQuery(q *query, pt *partTable, f *frame) k.Value {
	if q.kind == "update" || q.kind == "delete" {
		k.Signal("par")
	}
	if q.limit != nil || q.order != nil {
		// select[n], select[>c]: the extra-argument forms are not for a
		// partitioned table (docs/ref/flip-splayed.md)
		k.Signal(k.ErrNyi)
	}
	field := pt.db.field
	isCol := map[string]bool{"i": true}
	for _, c := range pt.value.Cols.V {
		isCol[c] = true
	}
	// leading constraints on the partition field alone pick partitions
	npart := 0
	if q.refsKnown {
		for _, refs := range q.whereRefs {
			if !onlyField(refs, field, isCol) {
				break
			}
			npart++
		}
	}
	sel := make([]int, len(pt.db.pv))
	for j := range sel {
		sel[j] = j
	}
	if npart > 0 {
		pq := &query{where: q.where[:npart]}
		ptab := &k.Table{Cols: k.Syms(field), Data: []k.Value{in.partVec(pt.db, pt.db.pv)}}
		if rows := in.where(pq, ptab, f); rows != nil {
			sel = sel[:0]
			for _, r := range rows {
				sel = append(sel, int(r))
			}
		}
	}
	rest := &query{where: q.where[npart:]}
	if q.refsKnown {
		rest.whereRefs = q.whereRefs[npart:]
	}
	// the columns the query needs
	var need map[string]bool
	withI := false
	if q.refsKnown && (len(q.cols) > 0 || q.kind == "exec") {
		need = map[string]bool{}
		for _, r := range q.colRefs {
			need[r] = true
		}
		for _, refs := range q.whereRefs[npart:] {
			for _, r := range refs {
				need[r] = true
			}
		}
		withI = need["i"]
	}
	q2 := *q
	q2.where = nil
	q2.whereRefs = nil
	if res, ok := in.partAggBy(q, pt, sel, need, withI, rest, f); ok {
		return res
	}
	if q.hasBy && len(q.by) > 0 && q.refsKnown && q.byFirst == field && q.limit == nil {
		// grouped by the partition field first: no group spans partitions
		var results []k.Value
		for _, j := range sel {
			t := in.partFiltered(pt, j, need, withI, rest, f)
			results = append(results, in.runQuery(&q2, t, f))
		}
		if len(results) > 0 {
			out := results[0]
			for _, r := range results[1:] {
				out = in.dyad(",", out, r)
			}
			return out
		}
	}
	if res, ok := in.partMapReduce(q, pt, sel, need, withI, rest, f); ok {
		return res
	}
	var tabs []*k.Table
	for _, j := range sel {
		tabs = append(tabs, in.partFiltered(pt, j, need, withI, rest, f))
	}
	var t *k.Table
	if len(tabs) == 0 {
		t = in.emptyPart(pt, need, withI)
	} else {
		t = concatTables(in, tabs)
	}
	return in.runQuery(&q2, t, f)
}

// partFiltered is partition j of pt with the rows the constraints of rest
// keep (i numbering that partition's rows).
func (in *Interp) partFiltered(pt *partTable, j int, need map[string]bool, withI bool, rest *query, f *frame) *k.Table {
	if len(rest.where) == 0 {
		return in.partTableAt(pt, j, need, withI)
	}
	var cols map[string]bool // the columns asked for and those the constraints name
	if need != nil && rest.whereRefs != nil {
		cols = map[string]bool{}
		for c := range need {
			cols[c] = true
		}
		for _, refs := range rest.whereRefs {
			for _, r := range refs {
				cols[r] = true
			}
		}
	}
	linked := false // every column, and a link's field the constraints name
	if need == nil && rest.whereRefs != nil {
		for _, refs := range rest.whereRefs {
			for _, r := range refs {
				if strings.Contains(r, ".") {
					linked = true
				}
			}
		}
		if linked {
			cols = map[string]bool{}
			for _, c := range pt.value.Cols.V {
				cols[c] = true
			}
			for _, refs := range rest.whereRefs {
				for _, r := range refs {
					cols[r] = true
				}
			}
		}
	}
	t := in.partTableAt(pt, j, cols, false)
	rows := in.where(rest, t, f)
	if linked {
		t = &k.Table{Cols: k.Syms(t.Cols.V[:len(pt.value.Cols.V)]...), Data: t.Data[:len(pt.value.Cols.V)]}
	}
	if withI {
		t = &k.Table{Cols: k.Syms(append(append([]string{}, t.Cols.V...), "i")...), Data: append(append([]k.Value{}, t.Data...), tilVec(t.Len()))}
	}
	return subTable(t, rows)
}

// emptyPart is pt with no rows, of the needed columns.
func (in *Interp) emptyPart(pt *partTable, need map[string]bool, withI bool) *k.Table {
	var names []string
	var data []k.Value
	for i, c := range pt.value.Cols.V {
		if need == nil || need[c] {
			names = append(names, c)
			data = append(data, pt.value.Data[i])
		}
	}
	if withI {
		names = append(names, "i")
		data = append(data, k.Longs())
	}
	return &k.Table{Cols: k.Syms(names...), Data: data}
}

// onlyField reports whether a constraint naming refs names the partition
// field and no other column.
func onlyField(refs []string, field string, isCol map[string]bool) bool {
	saw := false
	for _, r := range refs {
		if r == field {
			saw = true
		} else if isCol[r] {
			return false
		}
	}
	return saw
}

// identRefs lists the names n refers to.
func identRefs(n syntax.Node) []string {
	var out []string
	if n == nil {
		return nil
	}
	syntax.Inspect(n, func(x syntax.Node) bool {
		if id, ok := x.(*syntax.Ident); ok {
			out = append(out, id.Name)
			if head, _, dotted := strings.Cut(id.Name, "."); dotted && head != "" {
				out = append(out, head) // date.month: a column's field
			}
		}
		return true
	})
	return out
}

// treeRefs lists the symbols in parse tree t: every name it may refer to.
func treeRefs(t k.Value) []string {
	switch x := t.(type) {
	case k.Atom[string]:
		return []string{x.V}
	case *k.Vec[string]:
		return x.V
	case *k.List:
		var out []string
		for _, it := range x.V {
			out = append(out, treeRefs(it)...)
		}
		return out
	case *k.Dict:
		return append(treeRefs(x.K), treeRefs(x.V)...)
	}
	return nil
}

// concatTables joins tables of the same columns row-wise.
func concatTables(in *Interp, tabs []*k.Table) *k.Table {
	if len(tabs) == 1 {
		return tabs[0]
	}
	t0 := tabs[0]
	data := make([]k.Value, len(t0.Data))
	for c := range t0.Data {
		cols := make([]k.Value, len(tabs))
		for i, t := range tabs {
			cols[i] = t.Data[c]
		}
		data[c] = concatCols(in, cols)
	}
	return &k.Table{Cols: t0.Cols, Data: data}
}

// concatCols joins columns of one type into one; enumerations over one
// domain stay enumerated.
func concatCols(in *Interp, cols []k.Value) k.Value {
	switch c0 := cols[0].(type) {
	case *k.Enum:
		var idx []int64
		for _, c := range cols {
			e, ok := c.(*k.Enum)
			if !ok || e.Dom != c0.Dom {
				return razeCols(in, cols)
			}
			idx = append(idx, e.V...)
		}
		return &k.Enum{Dom: c0.Dom, V: idx, Env: c0.Env}
	case *k.Vec[bool]:
		return concatVec(c0, cols, in)
	case *k.Vec[uint8]:
		return concatVec(c0, cols, in)
	case *k.Vec[int16]:
		return concatVec(c0, cols, in)
	case *k.Vec[int32]:
		return concatVec(c0, cols, in)
	case *k.Vec[int64]:
		return concatVec(c0, cols, in)
	case *k.Vec[float32]:
		return concatVec(c0, cols, in)
	case *k.Vec[float64]:
		return concatVec(c0, cols, in)
	case *k.Vec[string]:
		return concatVec(c0, cols, in)
	case *k.Vec[k.GUID]:
		return concatVec(c0, cols, in)
	}
	return razeCols(in, cols)
}

// concatVec joins vectors of c0's type; anything else is joined by `,`.
func concatVec[E k.Elem](c0 *k.Vec[E], cols []k.Value, in *Interp) k.Value {
	n := 0
	for _, c := range cols {
		v, ok := c.(*k.Vec[E])
		if !ok || v.T != c0.T {
			return razeCols(in, cols)
		}
		n += len(v.V)
	}
	out := make([]E, 0, n)
	for _, c := range cols {
		out = append(out, c.(*k.Vec[E]).V...)
	}
	return &k.Vec[E]{T: c0.T, V: out}
}

// razeCols joins columns with `,`.
func razeCols(in *Interp, cols []k.Value) k.Value {
	out := cols[0]
	for _, c := range cols[1:] {
		out = in.dyad(",", out, c)
	}
	return out
}

// partIndex is .Q.ind[t;y]: rows y (longs, indices over all partitions in
// order) of partitioned table t.
func (in *Interp) partIndex(x, y k.Value) k.Value {
	pt := in.partOf(x)
	if pt == nil {
		k.Signal(k.ErrType)
	}
	var idx []int64
	switch v := y.(type) {
	case *k.Vec[int64]:
		idx = v.V
	case k.Atom[int64]:
		idx = []int64{v.V}
	default:
		k.Signal(k.ErrType)
	}
	counts := in.partCounts(pt)
	starts := make([]int64, len(counts)+1)
	for j, c := range counts {
		starts[j+1] = starts[j] + c
	}
	var tabs []*k.Table
	for i := 0; i < len(idx); {
		r := idx[i]
		if r < 0 || r >= starts[len(counts)] {
			k.Signal("index")
		}
		j := 0
		for starts[j+1] <= r {
			j++
		}
		var local []int64
		for ; i < len(idx) && idx[i] >= starts[j] && idx[i] < starts[j+1]; i++ {
			local = append(local, idx[i]-starts[j])
		}
		tabs = append(tabs, subTable(in.partTableAt(pt, j, nil, false), local))
	}
	if len(tabs) == 0 {
		return in.emptyPart(pt, nil, false)
	}
	return concatTables(in, tabs)
}

// chkDB is .Q.chk[db]: each partition that lacks a table of the database
// gets it, empty, shaped as in the most recent partition that has it.
// The result has an item per partition: () when nothing was missing, else
// the partition's directory.
func (in *Interp) chkDB(x k.Value) k.Value {
	root := in.mustPath(x)
	names := dirNames(root)
	var parts []string
	for _, n := range names {
		if _, _, ok := parsePart(n); ok {
			if st, err := os.Stat(filepath.Join(root, n)); err == nil && st.IsDir() {
				parts = append(parts, n)
			}
		}
	}
	tables := map[string]string{} // table -> most recent partition holding it
	var order []string
	for i := len(parts) - 1; i >= 0; i-- {
		for _, t := range dirNames(filepath.Join(root, parts[i])) {
			if _, err := os.Stat(filepath.Join(root, parts[i], t, ".d")); err == nil {
				if _, seen := tables[t]; !seen {
					tables[t] = parts[i]
					order = append(order, t)
				}
			}
		}
	}
	out := make([]k.Value, len(parts))
	for i, p := range parts {
		out[i] = k.NewList()
		for _, t := range order {
			dir := filepath.Join(root, p, t)
			if _, err := os.Stat(filepath.Join(dir, ".d")); err == nil {
				continue
			}
			tmpl := in.readSplay(filepath.Join(root, tables[t], t)).(*k.Table)
			empty := make([]k.Value, len(tmpl.Data))
			for c, col := range tmpl.Data {
				empty[c] = in.dyad("#", k.J(0), col)
			}
			in.splay(dir, &k.Table{Cols: tmpl.Cols, Data: empty})
			abs, _ := filepath.Abs(filepath.Join(root, p))
			out[i] = k.NewList(k.S(":" + abs))
		}
	}
	return k.NewList(out...)
}

// displayable is v as the console shows it: a partitioned table's first
// rows (one more than the console shows, so it marks the cut), read
// through .Q.ind.
func (in *Interp) displayable(v k.Value) k.Value {
	pt := in.partOf(v)
	if pt == nil {
		return v
	}
	n, _ := in.countPart(v)
	if in.opts.Rows > 0 {
		n = min(n, int64(in.opts.Rows))
	}
	return in.partIndex(v, tilVec(int(n)))
}

// partAggBy is select aggregates by the partition field alone: each
// partition is one group, so each column is evaluated on the partition's
// rows once, with no grouping and no partition column built. ok is false
// when the query is not of that shape or a column is not an aggregate
// (an atom), and the caller runs it generally.
func (in *Interp) partAggBy(q *query, pt *partTable, sel []int, need map[string]bool, withI bool, rest *query, f *frame) (k.Value, bool) {
	field := pt.db.field
	if q.kind != "select" || len(q.by) != 1 || q.byFirst != field || q.by[0].name != field ||
		q.limit != nil || len(q.cols) == 0 || need == nil {
		return nil, false
	}
	inner := map[string]bool{}
	for c := range need {
		if c != field {
			inner[c] = true
		}
	}
	if len(pt.cols) > 0 {
		inner[pt.cols[0]] = true // a mapped column, so the table has its rows
	}
	for _, c := range q.selRefs {
		if c == field {
			return nil, false // the partition column in a column expression
		}
	}
	// count i of a whole partition is its count, read from a file header
	countOnly := make([]bool, len(q.cols))
	allCounts := len(rest.where) == 0
	for c, col := range q.cols {
		m, ok := col.x.(*syntax.Monad)
		if ok && len(rest.where) == 0 && !slices.Contains(pt.value.Cols.V, "i") && !slices.Contains(pt.value.Cols.V, "count") {
			fn, ok1 := m.F.(*syntax.Ident)
			arg, ok2 := m.X.(*syntax.Ident)
			countOnly[c] = ok1 && ok2 && fn.Name == "count" && arg.Name == "i" && f.slot("count") < 0
		}
		allCounts = allCounts && countOnly[c]
	}
	var keys []int32
	cols := make([][]k.Value, len(q.cols))
	for _, j := range sel {
		if allCounts {
			n := in.partCount(pt, j)
			if n == 0 {
				continue
			}
			for c := range q.cols {
				cols[c] = append(cols[c], k.J(n))
			}
			keys = append(keys, pt.db.pv[j])
			continue
		}
		t := in.partFiltered(pt, j, inner, withI && len(rest.where) > 0, rest, f)
		if t.Len() == 0 {
			continue
		}
		env := in.envOnly(t, nil, f, inner)
		for c, col := range q.cols {
			if countOnly[c] {
				cols[c] = append(cols[c], k.J(int64(t.Len())))
				continue
			}
			v := col.eval(env)
			if v.Type() >= 0 {
				return nil, false
			}
			cols[c] = append(cols[c], v)
		}
		keys = append(keys, pt.db.pv[j])
	}
	if len(keys) == 0 {
		return nil, false
	}
	names := make([]string, len(q.cols))
	data := make([]k.Value, len(q.cols))
	for c, col := range q.cols {
		names[c] = col.name
		data[c] = k.Unify(cols[c])
	}
	return &k.Dict{
		K: &k.Table{Cols: k.Syms(field), Data: []k.Value{in.partVec(pt.db, keys)}},
		V: &k.Table{Cols: k.Syms(names...), Data: data},
	}, true
}
