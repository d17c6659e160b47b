// This file defines how a select's by phrase splits the rows into groups
// (groups: by one typed column with group, by rows numbered column by
// column with prim.RowIDs, or by a composite key), and grouped
// aggregation in one pass: select with a by phrase whose columns are all
// simple aggregates of table columns (sum avg count min max first last)
// is computed by one walk over the rows into per-group accumulators, with
// no list of rows per group and no column gathered (selectByDense for one
// small-range long key, selectByIDs for any keys RowIDs numbers). Any
// other query takes the general path in query.go, which gathers per group
// only the columns its phrases name.

package interp

import (
	"fmt"
	"math"
	"strings"

	"qgo/interp/k"
	"qgo/interp/prim"
	"qgo/interp/syntax"
)

// maxDense bounds the key range the dense path allocates for.
const maxDense = 1 << 20

// aggCol is one column of a grouped select recognised as agg applied to
// the table column col (nil for count i).
type aggCol struct {
	agg string
	col k.Value
}

// selectByDense computes select aggs by key from t in one pass, or reports
// false when the query is not of that form (see the file comment).
func (in *Interp) selectByDense(q *query, t *k.Table, rows []int64, f *frame) (k.Value, bool) {
	if rows != nil || len(q.by) != 1 || len(q.cols) == 0 || q.by[0].x == nil {
		return nil, false
	}
	byID, ok := q.by[0].x.(*syntax.Ident)
	if !ok {
		return nil, false
	}
	var kv []int64
	enum, isEnum := column(t, byID.Name).(*k.Enum)
	if isEnum {
		kv = enum.V // grouped by index, then ordered by symbol
	} else {
		kc, ok := column(t, byID.Name).(*k.Vec[int64])
		if !ok || kc.T != k.KJ {
			return nil, false
		}
		kv = kc.V
	}
	if len(kv) == 0 {
		return nil, false
	}
	aggs, ok := in.aggsOf(q, t, f)
	if !ok {
		return nil, false
	}
	lo, hi := kv[0], kv[0]
	for _, v := range kv {
		lo, hi = min(lo, v), max(hi, v)
	}
	if lo == k.NJ || uint64(hi-lo) >= maxDense || uint64(hi-lo) > uint64(2*len(kv)) {
		return nil, false // nulls sort first and need the general path
	}
	// slot of each key value, groups numbered in ascending key order
	slot := make([]int32, hi-lo+1)
	for _, v := range kv {
		slot[v-lo] = 1
	}
	var keys []int64
	for i, s := range slot {
		if s != 0 {
			slot[i] = int32(len(keys))
			keys = append(keys, lo+int64(i))
		}
	}
	gid := make([]int32, len(kv))
	for i, v := range kv {
		gid[i] = slot[v-lo]
	}
	ng := len(keys)
	names := make([]string, len(q.cols))
	data := make([]k.Value, len(q.cols))
	for j, a := range aggs {
		names[j] = q.cols[j].name
		data[j] = aggByGroup(a, gid, ng)
	}
	var key k.Value = k.Longs(keys...)
	if isEnum {
		key = &k.Enum{Dom: enum.Dom, V: keys, Env: enum.Env}
		if perm := in.monad("iasc", key); !isIdentity(perm) {
			key = prim.Index(key, perm)
			for j := range data {
				data[j] = prim.Index(data[j], perm)
			}
		}
	}
	kt := &k.Table{Cols: k.Syms(byID.Name), Data: []k.Value{key}}
	if q.by[0].name != byID.Name {
		kt.Cols = k.Syms(q.by[0].name)
	}
	return &k.Dict{K: kt, V: &k.Table{Cols: k.Syms(names...), Data: data}}, true
}

// aggOf recognises x as `agg c` for a column c of t (or `count i`), with
// agg the keyword itself: not a local, column or global of that name.
func (in *Interp) aggOf(x syntax.Node, t *k.Table, f *frame) (aggCol, bool) {
	m, ok := x.(*syntax.Monad)
	if !ok {
		return aggCol{}, false
	}
	fn, ok1 := m.F.(*syntax.Ident)
	arg, ok2 := m.X.(*syntax.Ident)
	if !ok1 || !ok2 || column(t, fn.Name) != nil || f.slot(fn.Name) >= 0 {
		return aggCol{}, false
	}
	if _, ok := in.absGet(in.qualify(fn.Name, f)); ok {
		return aggCol{}, false
	}
	switch fn.Name {
	case "sum", "avg", "min", "max", "first", "last", "count":
	default:
		return aggCol{}, false
	}
	if arg.Name == "i" && fn.Name == "count" && column(t, "i") == nil {
		return aggCol{agg: "count"}, true
	}
	c := column(t, arg.Name)
	switch cv := c.(type) {
	case *k.Vec[int64]:
		if cv.T == k.KJ {
			return aggCol{fn.Name, c}, true
		}
	case *k.Vec[float64]:
		if cv.T == k.KF {
			return aggCol{fn.Name, c}, true
		}
	}
	return aggCol{}, false
}

// aggByGroup computes one aggregate for each of ng groups, rows taken in
// order (so float sums add in the order the gathered column would).
func aggByGroup(a aggCol, gid []int32, ng int) k.Value {
	if a.agg == "count" {
		n := make([]int64, ng)
		for _, g := range gid {
			n[g]++
		}
		return k.Longs(n...)
	}
	switch c := a.col.(type) {
	case *k.Vec[int64]:
		return aggLongs(a.agg, c.V, gid, ng)
	case *k.Vec[float64]:
		return aggFloats(a.agg, c.V, gid, ng)
	}
	panic("interp: aggByGroup of an unrecognised column")
}

// aggLongs is aggByGroup for a long column, with prim's null rules: sum
// and avg skip nulls, min and max ignore them (±0W when none is left).
func aggLongs(agg string, v []int64, gid []int32, ng int) k.Value {
	r := make([]int64, ng)
	switch agg {
	case "sum":
		for i, x := range v {
			if x != k.NJ {
				r[gid[i]] += x
			}
		}
	case "avg":
		s := make([]float64, ng)
		n := make([]int64, ng)
		for i, x := range v {
			if x != k.NJ {
				s[gid[i]] += float64(x)
				n[gid[i]]++
			}
		}
		for g := range s {
			s[g] /= float64(n[g])
		}
		return k.Floats(s...)
	case "min", "max":
		init := int64(k.WJ)
		if agg == "max" {
			init = -k.WJ
		}
		for g := range r {
			r[g] = init
		}
		for i, x := range v {
			if g := gid[i]; x != k.NJ && (agg == "max" && x > r[g] || agg == "min" && x < r[g]) {
				r[g] = x
			}
		}
	case "first", "last":
		seen := make([]bool, ng)
		for i, x := range v {
			if g := gid[i]; agg == "last" || !seen[g] {
				r[g], seen[g] = x, true
			}
		}
	}
	return k.Longs(r...)
}

// aggFloats is aggByGroup for a float column.
func aggFloats(agg string, v []float64, gid []int32, ng int) k.Value {
	r := make([]float64, ng)
	switch agg {
	case "sum":
		for i, x := range v {
			if x == x {
				r[gid[i]] += x
			}
		}
	case "avg":
		n := make([]int64, ng)
		for i, x := range v {
			if x == x {
				r[gid[i]] += x
				n[gid[i]]++
			}
		}
		for g := range r {
			r[g] /= float64(n[g])
		}
	case "min", "max":
		// as prim's kernel (maxFloatsSeq): from -0w (0w), a later item
		// replaces the best only when strictly better, so nulls never do
		// and of 0 and -0 the first stays
		if agg == "max" {
			for g := range r {
				r[g] = math.Inf(-1)
			}
			for i, x := range v {
				if g := gid[i]; x > r[g] {
					r[g] = x
				}
			}
			break
		}
		for g := range r {
			r[g] = math.Inf(1)
		}
		for i, x := range v {
			if g := gid[i]; x < r[g] {
				r[g] = x
			}
		}
	case "first", "last":
		seen := make([]bool, ng)
		for i, x := range v {
			if g := gid[i]; agg == "last" || !seen[g] {
				r[g], seen[g] = x, true
			}
		}
	}
	return k.Floats(r...)
}

// names is the set of names the query's columns and by phrase refer to
// (for a dotted name, also its first part), or nil when unknown (the
// functional form): the columns a per-group environment must hold.
func (q *query) names() map[string]bool {
	if !q.refsKnown {
		return nil
	}
	return refsNeed(q.colRefs)
}

// refsNeed is the set of names refs refer to, with the first part of each
// dotted name (a foreign key or temporal field: sym.name, time.hh).
func refsNeed(refs []string) map[string]bool {
	need := make(map[string]bool, len(refs))
	for _, r := range refs {
		need[r] = true
		for i := 1; i < len(r); i++ {
			if r[i] == '.' {
				need[r[:i]] = true
				break
			}
		}
	}
	return need
}

// isIdentity reports whether perm, a permutation as iasc gives it, leaves
// every item where it is.
func isIdentity(perm k.Value) bool {
	p, ok := perm.(*k.Vec[int64])
	if !ok {
		return false
	}
	for i, v := range p.V {
		if v != int64(i) {
			return false
		}
	}
	return true
}

// groupsComposite groups by several columns of n items at once (or by one
// general list, whose items are numbered by match, as group does): each
// column's items are numbered by their distinct values (an enumeration by
// its indices), the numbers combined into one long per row, and the rows
// grouped on that with the group primitive; the groups come in ascending
// key order, as groups gives them. ok is false when a column is not a
// typed vector or the combined numbers would not fit in a long.
func (in *Interp) groupsComposite(names []string, vals []k.Value, n int, rows []int64) (*k.Table, [][]int64, bool) {
	if len(vals) < 2 && (len(vals) == 0 || vals[0].Type() != k.KList) || n == 0 {
		return nil, nil, false
	}
	comp := make([]int64, n)
	mult := int64(1)
	for c := len(vals) - 1; c >= 0; c-- {
		v := vals[c]
		if !k.IsList(v) || v.Type() < 0 || v.Type() >= k.XT || v.Len() != n {
			return nil, nil, false
		}
		var ids []int64
		var card int64
		if e, ok := v.(*k.Enum); ok {
			ids = e.V
			for _, x := range ids {
				if x < 0 || x >= 1<<31 {
					return nil, nil, false
				}
				card = max(card, x+1)
			}
		} else {
			d := in.monad("distinct", v)
			r, ok := in.dyad("?", d, v).(*k.Vec[int64])
			if !ok {
				return nil, nil, false
			}
			ids, card = r.V, int64(d.Len())
		}
		if card > 0 && mult > (1<<62)/card {
			return nil, nil, false
		}
		for i, x := range ids {
			comp[i] += x * mult
		}
		mult *= max(card, 1)
	}
	g, ok := in.monad("group", k.Longs(comp...)).(*k.Dict)
	if !ok {
		return nil, nil, false
	}
	pos := k.Items(g.V)
	firsts := make([]int64, len(pos))
	for i, p := range pos {
		firsts[i] = p.(*k.Vec[int64]).V[0]
	}
	grp := groupRows(pos, rows)
	idx := k.Longs(firsts...)
	kdata := make([]k.Value, len(vals))
	for c, v := range vals {
		kdata[c] = prim.Index(v, idx)
	}
	kt := &k.Table{Cols: k.Syms(names...), Data: kdata}
	if len(grp) > 1 {
		perm := in.monad("iasc", kt)
		kt = prim.Index(kt, perm).(*k.Table)
		pg := make([][]int64, len(grp))
		for i, p := range k.Items(perm) {
			pg[i] = grp[p.(k.Atom[int64]).V]
		}
		grp = pg
	}
	return kt, grp, true
}

// byIDs numbers the rows by the values of the by phrase (byVals: names,
// vals, n rows) through prim.RowIDs: gid is each row's group, groups
// numbered in order of first occurrence; kt is the key table, a row per
// group in ascending key order, and kt's row p is group perm[p] (perm
// nil when there is one group). ok is false when RowIDs does not number
// the values (a general list, an atom) or there are no rows.
func (in *Interp) byIDs(names []string, vals []k.Value, n int) (kt *k.Table, gid []int32, perm []int64, ok bool) {
	if n == 0 {
		return nil, nil, nil, false
	}
	gid, card, ok := prim.RowIDs(vals, n)
	if !ok {
		return nil, nil, nil, false
	}
	idx := k.Longs(prim.Firsts(gid, card)...)
	kdata := make([]k.Value, len(vals))
	for c, v := range vals {
		kdata[c] = prim.Index(v, idx)
	}
	kt = &k.Table{Cols: k.Syms(names...), Data: kdata}
	if card > 1 {
		p, ok := in.monad("iasc", kt).(*k.Vec[int64])
		if !ok {
			return nil, nil, nil, false
		}
		kt = prim.Index(kt, p).(*k.Table)
		perm = p.V
	}
	return kt, gid, perm, true
}

// groupsByIDs is groupVals through byIDs: the key table and each group's
// rows (positions mapped through rows when the where phrase kept some),
// in ascending key order.
func (in *Interp) groupsByIDs(names []string, vals []k.Value, n int, rows []int64) (*k.Table, [][]int64, bool) {
	kt, gid, perm, ok := in.byIDs(names, vals, n)
	if !ok {
		return nil, nil, false
	}
	ng := kt.Len()
	grp := prim.GroupIDs(gid, ng)
	if rows != nil {
		for _, g := range grp {
			for j, x := range g {
				g[j] = rows[x]
			}
		}
	}
	if perm != nil {
		pg := make([][]int64, ng)
		for i, p := range perm {
			pg[i] = grp[p]
		}
		grp = pg
	}
	return kt, grp, true
}

// selectByIDs computes select aggs by keys from t in one pass, as
// selectByDense does, for any by phrase byIDs numbers (several columns,
// symbols, expressions such as time.hh) and with a where phrase's rows:
// each aggregate is computed for every group in one walk of its column,
// then put in the key table's order. ok is false, having computed
// nothing but the numbering, when a column is not such an aggregate.
func (in *Interp) selectByIDs(q *query, t *k.Table, rows []int64, names []string, vals []k.Value, n int, f *frame) (k.Value, bool) {
	if len(q.cols) == 0 {
		return nil, false
	}
	aggs, ok := in.aggsOf(q, t, f)
	if !ok {
		return nil, false
	}
	kt, gid, perm, ok := in.byIDs(names, vals, n)
	if !ok {
		return nil, false
	}
	ng := kt.Len()
	var sel, order k.Value
	if rows != nil {
		sel = k.Longs(rows...)
	}
	if perm != nil {
		order = k.Longs(perm...)
	}
	cnames := make([]string, len(q.cols))
	data := make([]k.Value, len(q.cols))
	for j, a := range aggs {
		cnames[j] = q.cols[j].name
		if sel != nil && a.col != nil {
			a.col = prim.Index(a.col, sel)
		}
		data[j] = aggByGroup(a, gid, ng)
		if order != nil {
			data[j] = prim.Index(data[j], order)
		}
	}
	return &k.Dict{K: kt, V: &k.Table{Cols: k.Syms(cnames...), Data: data}}, true
}

// aggsOf is aggOf of each of q's columns: ok is false when one is not a
// simple aggregate of a column of t.
func (in *Interp) aggsOf(q *query, t *k.Table, f *frame) ([]aggCol, bool) {
	aggs := make([]aggCol, len(q.cols))
	for j, c := range q.cols {
		a, ok := in.aggOf(c.x, t, f)
		if !ok {
			return nil, false
		}
		aggs[j] = a
	}
	return aggs, true
}

// groups splits rows into groups by the values of the by columns, in
// ascending order of the group keys; it returns the key table (one row
// per group) and each group's rows.
func (in *Interp) groups(q *query, t *k.Table, rows []int64, f *frame) (*k.Table, [][]int64) {
	names, vals, n := in.byVals(q, t, rows, f)
	return in.groupVals(names, vals, n, rows)
}

// byVals evaluates the by phrase of q over the rows of t (all when rows
// is nil), n of them: its columns' names and values.
func (in *Interp) byVals(q *query, t *k.Table, rows []int64, f *frame) (names []string, vals []k.Value, n int) {
	env := in.envOnly(t, rows, f, q.names())
	names = make([]string, len(q.by))
	vals = make([]k.Value, len(q.by))
	for i := len(q.by) - 1; i >= 0; i-- {
		names[i] = q.by[i].name
		vals[i] = q.by[i].eval(env)
	}
	n = t.Len()
	if rows != nil {
		n = len(rows)
	}
	return names, vals, n
}

// groupVals splits rows (n of them; all of the table's when nil) into
// groups by vals, the by phrase's values (byVals), as groups does.
func (in *Interp) groupVals(names []string, vals []k.Value, n int, rows []int64) (*k.Table, [][]int64) {
	if len(vals) == 1 && vals[0].Type() > 0 && vals[0].Type() < k.XT && vals[0].Len() == n {
		return in.groupOne(names[0], vals[0], rows)
	}
	for _, v := range vals {
		if k.IsList(v) && v.Len() != n {
			k.Signal(k.ErrLength)
		}
	}
	if kt, grp, ok := in.groupsByIDs(names, vals, n, rows); ok {
		return kt, grp
	}
	if kt, grp, ok := in.groupsComposite(names, vals, n, rows); ok {
		return kt, grp
	}
	var order []string
	members := map[string][]int64{}
	first := map[string]int{}
	for i := 0; i < n; i++ {
		var b strings.Builder
		for _, v := range vals {
			if k.IsList(v) {
				fmt.Fprintf(&b, "%v\x00", k.At(v, i))
			} else {
				fmt.Fprintf(&b, "%v\x00", v)
			}
		}
		key := b.String()
		if _, ok := members[key]; !ok {
			order = append(order, key)
			first[key] = i
		}
		members[key] = append(members[key], rowAt(rows, i))
	}
	firsts := make([]int64, len(order))
	for i, key := range order {
		firsts[i] = int64(first[key])
	}
	idx := k.Longs(firsts...)
	kdata := make([]k.Value, len(vals))
	for i, v := range vals {
		if k.IsList(v) {
			kdata[i] = prim.Index(v, idx)
		} else {
			kdata[i] = extend(v, len(order))
		}
	}
	kt := &k.Table{Cols: k.Syms(names...), Data: kdata}
	grp := make([][]int64, len(order))
	for i, key := range order {
		grp[i] = members[key]
	}
	// ascending by key, as q's select by sorts its groups
	if len(order) > 1 {
		perm := in.monad("iasc", kt)
		kt = prim.Index(kt, perm).(*k.Table)
		pg := make([][]int64, len(grp))
		for i, p := range k.Items(perm) {
			pg[i] = grp[toInt(p)]
		}
		grp = pg
	}
	return kt, grp
}

// groupOne groups by one typed column with the group primitive, which
// hashes typed items directly; the groups come in ascending key order.
func (in *Interp) groupOne(name string, col k.Value, rows []int64) (*k.Table, [][]int64) {
	g := in.monad("group", col).(*k.Dict)
	keys := g.K
	grp := groupRows(k.Items(g.V), rows)
	if len(grp) > 1 {
		perm := in.monad("iasc", keys)
		keys = prim.Index(keys, perm)
		pg := make([][]int64, len(grp))
		for i, p := range perm.(*k.Vec[int64]).V {
			pg[i] = grp[p]
		}
		grp = pg
	}
	return &k.Table{Cols: k.Syms(name), Data: []k.Value{keys}}, grp
}

// groupRows turns group's positions, one long vector per group, into the
// table's rows: positions are into rows when the where phrase kept some
// (rows not nil), else they are the rows.
func groupRows(pos []k.Value, rows []int64) [][]int64 {
	grp := make([][]int64, len(pos))
	for i, p := range pos {
		v := p.(*k.Vec[int64]).V
		if rows == nil {
			grp[i] = v
			continue
		}
		r := make([]int64, len(v))
		for j, x := range v {
			r[j] = rows[x]
		}
		grp[i] = r
	}
	return grp
}
