// This file defines the set-like primitives distinct, group, in, except,
// inter, union, within, bin and binr.

package prim

import (
	"cmp"
	"math"
	"sort"

	"qgo/interp/k"
)

func init() {
	defMonad("distinct", Distinct)
	defMonad("?", Distinct)
	defMonad("group", Group)
	defMonad("=", Group)
	defDyad("in", In)
	defDyad("except", Except)
	defDyad("inter", Inter)
	defDyad("union", Union)
	defDyad("within", Within)
	defDyad("bin", Bin)
	defDyad("binr", Binr)
}

// Distinct is `distinct x` (`?x`): the unique items of list x (rows of a
// table) in order of first occurrence; a dictionary gives its distinct
// values.
func Distinct(x k.Value) k.Value {
	if d, ok := x.(*k.Dict); ok {
		if isKeyed(d) {
			k.Signal(k.ErrType)
		}
		return Distinct(d.V)
	}
	if x.Type() == -k.KC {
		x = k.Enlist(x) // a char atom is a one-char string
	}
	if k.IsAtom(x) || !isData(x) {
		k.Signal(k.ErrRank)
	}
	return gatherList(x, distinctRows(x))
}

// Group is `group x` (`=x`): a dictionary from the distinct items of x to
// the indices where each occurs; for a dictionary, to the keys.
func Group(x k.Value) k.Value {
	if d, ok := x.(*k.Dict); ok {
		if isKeyed(d) {
			k.Signal(k.ErrType)
		}
		g := Group(d.V).(*k.Dict)
		vals := k.Items(g.V)
		out := make([]k.Value, len(vals))
		for i, v := range vals {
			out[i] = gatherList(d.K, v.(*k.Vec[int64]).V)
		}
		return &k.Dict{K: g.K, V: &k.List{V: out}}
	}
	if k.IsAtom(x) || !isData(x) {
		k.Signal(k.ErrRank)
	}
	firsts, groups := groupRows(x)
	vals := make([]k.Value, len(groups))
	for i, g := range groups {
		vals[i] = longs(g)
	}
	return &k.Dict{K: gatherList(x, firsts), V: &k.List{V: vals}}
}

// inRows is x in table t for x not a table: a record (dictionary), the
// values of one row, or, for a one-column table, a value or a list of
// values of that column; an atom result for one row.
func inRows(x k.Value, t *k.Table) k.Value {
	one := func(row []k.Value) k.Value {
		cols := make([]k.Value, len(row))
		for i, v := range row {
			if !k.IsAtom(v) {
				cols[i] = k.NewList(v)
			} else {
				cols[i] = k.Enlist(v)
			}
		}
		pos := findList(t, &k.Table{Cols: t.Cols, Data: cols})
		// a table of no columns has no rows: nothing is in it
		return k.B(len(pos) > 0 && pos[0] < int64(t.Len()))
	}
	switch v := x.(type) {
	case *k.Dict:
		names, ok := v.K.(*k.Vec[string])
		if !ok || len(names.V) != len(t.Cols.V) {
			k.Signal(k.ErrType)
		}
		return In(recordRow(v, t), t)
	}
	if len(t.Cols.V) == 1 {
		if k.IsAtom(x) {
			return one([]k.Value{x})
		}
		pos := findList(t, &k.Table{Cols: t.Cols, Data: []k.Value{x}})
		return k.Bools(lessThan(pos, int64(t.Len()))...)
	}
	if k.IsList(x) && x.Len() == len(t.Cols.V) {
		return one(k.Items(x))
	}
	k.Signal(k.ErrLength)
	return nil
}

// recordRow is the values of record d in the column order of t.
func recordRow(d *k.Dict, t *k.Table) k.Value {
	vals := make([]k.Value, len(t.Cols.V))
	for i, c := range t.Cols.V {
		vals[i] = Index(d, k.S(c))
	}
	return k.NewList(vals...)
}

// In is `x in y`: whether x (or each item of x, as deep as Find maps) is
// an item of y. An atom y is a one-item list.
func In(x, y k.Value) k.Value {
	if d, ok := y.(*k.Dict); ok && !isData(x) {
		y = d.V
	}
	if l, ok := y.(*k.List); ok && !isData(x) {
		// a function in a list of values: whether one of them matches it
		for _, e := range l.V {
			if Match(x, e) {
				return k.B(true)
			}
		}
		return k.B(false)
	}
	if !isData(x) || !isData(y) {
		k.Signal(k.ErrType)
	}
	if d, ok := y.(*k.Dict); ok {
		y = d.V
	}
	if k.IsAtom(y) {
		y = k.Enlist(y)
	}
	if y.Len() == 1 && y.Type() > 0 && y.Type() < k.KC && vecType(x) != y.Type() && isNumVal(x) {
		return inOne(x, item(y, 0))
	}
	if tt, ok := y.(*k.Table); ok {
		if _, ok := x.(*k.Table); !ok {
			return inRows(x, tt)
		}
	}
	if t, ok := x.(*k.Table); ok {
		pos := findList(y, t)
		return k.Bools(lessThan(pos, int64(y.Len()))...)
	}
	if y.Len() == 0 && y.Type() == k.KList {
		return notFound(x)
	}
	return isFound(Find(y, x), int64(y.Len()))
}

// isNumVal reports whether x is numeric (an atom, vector or nest of them).
func isNumVal(x k.Value) bool {
	t := vecType(x)
	return t == k.KB || t == k.KX || (t >= k.KH && t <= k.KF)
}

// inOne compares each atom of numeric x with the one numeric item y, as
// q's `in` does for a one-item y of another numeric type.
func inOne(x, y k.Value) k.Value {
	yf := numF(y)
	if k.IsAtom(x) {
		return k.B(numF(x) == yf)
	}
	n := x.Len()
	out := make([]bool, n)
	for i := range out {
		out[i] = numF(item(x, i)) == yf
	}
	return k.Bools(out...)
}

// numF is a numeric atom as a float.
func numF(x k.Value) float64 {
	switch a := x.(type) {
	case k.Atom[float64]:
		return a.V
	case k.Atom[float32]:
		return float64(a.V)
	}
	if i, ok := intAtom(x); ok {
		if i == k.NJ {
			return math.NaN()
		}
		return float64(i)
	}
	k.Signal(k.ErrType)
	return 0
}

// lessThan is the booleans p < n.
func lessThan(p []int64, n int64) []bool {
	out := make([]bool, len(p))
	for i, e := range p {
		out[i] = e < n
	}
	return out
}

// isFound turns Find's result (an atom, vector or nest) into booleans.
func isFound(r k.Value, n int64) k.Value {
	switch v := r.(type) {
	case k.Atom[int64]:
		return k.B(v.V < n)
	case *k.Vec[int64]:
		return k.Bools(lessThan(v.V, n)...)
	case *k.List:
		k.Nest()
		defer k.Unnest()
		out := make([]k.Value, len(v.V))
		for i, e := range v.V {
			out[i] = isFound(e, n)
		}
		return unifyList(out)
	case *k.Dict:
		return &k.Dict{K: v.K, V: isFound(v.V, n)}
	}
	k.Signal(k.ErrType)
	return nil
}

// notFound is the all-false answer of x in an empty general list: false
// for an atom, one false for each item of a list. The empty list has no
// rank of its own, so each item of x is sought whole (a BFS's
// `p in visited` on pairs, visited:() at the start, is one flag a pair).
func notFound(x k.Value) k.Value {
	if k.IsAtom(x) {
		return k.B(false)
	}
	return k.Bools(make([]bool, x.Len())...)
}

// itemsIn is, for each item of list x, whether it is an item of y.
func itemsIn(x, y k.Value) []bool {
	if d, ok := y.(*k.Dict); ok {
		y = d.V
	}
	if k.IsAtom(y) {
		y = k.Enlist(y)
	}
	if x.Type() > 0 && x.Type() < k.XT && y.Type() > 0 && y.Type() < k.XT &&
		x.Type() != y.Type() && !(y.Len() == 1 && isNumVal(x) && isNumVal(y)) {
		k.Signal(k.ErrType)
	}
	if x.Type() > 0 && y.Len() == 1 && x.Type() != y.Type() && isNumVal(x) && isNumVal(y) {
		return inOne(x, item(y, 0)).(*k.Vec[bool]).V
	}
	return lessThan(findList(y, x), int64(y.Len()))
}

// listOf makes x a list: atoms are enlisted, dictionaries give values.
func listOf(x k.Value) k.Value {
	if !isData(x) {
		k.Signal(k.ErrType)
	}
	if d, ok := x.(*k.Dict); ok {
		if isKeyed(d) {
			return unkey(d)
		}
		return d.V
	}
	if k.IsAtom(x) {
		return k.Enlist(x)
	}
	return x
}

// Except is `x except y`: the items of x that are not items of y, in
// order, duplicates kept.
func Except(x, y k.Value) k.Value {
	x = listOf(x)
	in := itemsIn(x, y)
	var keep []int64
	for i, b := range in {
		if !b {
			keep = append(keep, int64(i))
		}
	}
	if keep == nil {
		keep = []int64{}
	}
	return gatherList(x, keep)
}

// Inter is `x inter y`: the items of x that are also items of y.
func Inter(x, y k.Value) k.Value {
	x = listOf(x)
	in := itemsIn(x, listOf(y))
	keep := whereBool(in)
	return gatherList(x, keep)
}

// Union is `x union y`: the distinct items of x,y.
func Union(x, y k.Value) k.Value {
	return Distinct(Join(listOf(x), listOf(y)))
}

// Within is `x within y`: for y a pair (lo;hi), whether lo<=x<=hi,
// atomic in x, lo and hi, with the comparison rules of <= and >=.
func Within(x, y k.Value) k.Value {
	if !isData(x) || !k.IsList(y) {
		k.Signal(k.ErrType)
	}
	if y.Len() != 2 {
		k.Signal(k.ErrLength)
	}
	return Lesser(Ge(x, item(y, 0)), Le(x, item(y, 1)))
}

// cmpOrder orders two atoms for within and bin: numbers (and temporal
// values of one type) by value, symbols and chars by code; 'type for
// atoms that q will not compare.
func cmpOrder(a, b k.Value) int {
	if a.Type() == b.Type() {
		return cmpAtoms(a, b)
	}
	if isNumVal(a) && isNumVal(b) {
		fa, fb := numF(a), numF(b)
		switch {
		case fa != fa && fb != fb:
			return 0
		case fa != fa:
			return -1
		case fb != fb:
			return 1
		case fa < fb:
			return -1
		case fa > fb:
			return 1
		}
		return 0
	}
	k.Signal(k.ErrType)
	return 0
}

// Bin is `x bin y`: for sorted x, the index of the last item of x not
// greater than y (-1 if none); y may be a list of such.
func Bin(x, y k.Value) k.Value { return binSearch(x, y, false) }

// Binr is `x binr y`: the index of the first item of x not less than y
// (count x if none).
func Binr(x, y k.Value) k.Value { return binSearch(x, y, true) }

func binSearch(x, y k.Value, right bool) k.Value {
	switch v := x.(type) {
	case *k.Dict:
		if kt, ok := v.K.(*k.Table); ok {
			r := binSearch(v.V, y, right)
			if a, ok := r.(k.Atom[int64]); ok {
				return tableRow(kt, int(a.V))
			}
			return gatherList(kt, r.(*k.Vec[int64]).V)
		}
		r := binSearch(v.V, y, right)
		if a, ok := r.(k.Atom[int64]); ok {
			return item(gatherList(v.K, []int64{a.V}), 0)
		}
		return gatherList(v.K, r.(*k.Vec[int64]).V)
	case *k.Table:
		return binTable(v, y, right)
	}
	if k.IsAtom(x) || !isData(x) {
		k.Signal(k.ErrType)
	}
	if r, ok := binTyped(x, y, right); ok {
		return r
	}
	n := x.Len()
	one := func(it k.Value) int64 {
		var i int
		if right {
			i = sort.Search(n, func(j int) bool { return cmpBin(item(x, j), it) >= 0 })
		} else {
			i = sort.Search(n, func(j int) bool { return cmpBin(item(x, j), it) > 0 }) - 1
		}
		return int64(i)
	}
	if x.Type() == k.KList {
		if listRank(y) <= listRank(x)-1 {
			return k.J(one(y))
		}
	} else if k.IsAtom(y) {
		return k.J(one(y))
	}
	if !k.IsList(y) {
		k.Signal(k.ErrType)
	}
	out := make([]int64, y.Len())
	for i := range out {
		out[i] = one(item(y, i))
	}
	return longs(out)
}

// binTyped is bin for a vector x and an atom or vector y of its type,
// searching the items in place; ok is false for other arguments.
func binTyped(x, y k.Value, right bool) (k.Value, bool) {
	t := x.Type()
	if t <= 0 || t >= k.XT || y.Type() == k.KList || vecType(y) != t {
		return nil, false
	}
	atom := k.IsAtom(y)
	var out []int64
	switch v := x.(type) {
	case *k.Vec[int64]:
		out = binMerge(v.V, elems[int64](y), keyI64, right)
		if out == nil {
			out = binOrdered(v.V, elems[int64](y), right)
		}
	case *k.Vec[int32]:
		out = binMerge(v.V, elems[int32](y), keyI32w, right)
		if out == nil {
			out = binOrdered(v.V, elems[int32](y), right)
		}
	case *k.Vec[float64]:
		ys := elems[float64](y)
		if out = binMerge(v.V, ys, keyF64, right); out != nil {
			break
		}
		if len(ys) < 64 {
			return binG(v.V, ys, func(a, b float64) int { return cmp.Compare(keyF64(a), keyF64(b)) }, right, atom), true
		}
		// many probes: the order-preserving keys of both sides made once
		out = binOrdered(sortKeys(v.V, keyF64, false), sortKeys(ys, keyF64, false), right)
	case *k.Vec[string]:
		out = binOrdered(v.V, elems[string](y), right)
	default:
		return nil, false
	}
	if atom {
		return k.J(out[0]), true
	}
	return longs(out), true
}

// keyI32w is keyI32 widened to the 64-bit keys binMerge takes.
func keyI32w(v int32) uint64 { return uint64(keyI32(v)) }

// binMerge is bin (binr when right) of many probes ys in a long sorted xs,
// each side as its order-preserving keys: the probes are put in order by
// a radix sort and xs is walked once beside them, rather than searched
// once a probe, every step of which misses the cache once xs outgrows
// it (asc[f] bin f on 1,000,000 floats took 240 ns a probe). It returns
// nil, leaving the search to the caller, for fewer probes than about a
// sixteenth of xs, or an xs out of order (whose answers are the
// search's).
func binMerge[E any](xs, ys []E, key func(E) uint64, right bool) []int64 {
	if len(ys) < 256 || 16*len(ys) < len(xs) {
		return nil
	}
	for i := 1; i < len(xs); i++ {
		if key(xs[i]) < key(xs[i-1]) {
			return nil
		}
	}
	k.Reserve(len(ys), 32) // the keys, their order, the radix sort's room, the answer
	ks := make([]uint64, len(ys))
	for i, y := range ys {
		ks[i] = key(y)
	}
	idx := gradeKeys(ks) // ks sorted, idx where each came from
	out := make([]int64, len(ys))
	p := 0
	for i, ky := range ks {
		if right {
			for p < len(xs) && key(xs[p]) < ky {
				p++
			}
			out[idx[i]] = int64(p)
			continue
		}
		for p < len(xs) && key(xs[p]) <= ky {
			p++
		}
		out[idx[i]] = int64(p - 1)
	}
	return out
}

// binOrdered searches sorted xs for each of ys, as binG with Go's order
// (that of cmp.Compare for integers and strings) and no function called
// a step: sort.Search through a closure calling the comparison cost
// about 15 ns a step, asc[f] bin f on 1,000,000 floats 300 ms.
func binOrdered[E cmp.Ordered](xs, ys []E, right bool) []int64 {
	k.Reserve(len(ys), 8)
	out := make([]int64, len(ys))
	for j, y := range ys {
		lo, hi := 0, len(xs)
		if right {
			for lo < hi {
				m := int(uint(lo+hi) >> 1)
				if xs[m] < y {
					lo = m + 1
				} else {
					hi = m
				}
			}
			out[j] = int64(lo)
			continue
		}
		for lo < hi {
			m := int(uint(lo+hi) >> 1)
			if xs[m] <= y {
				lo = m + 1
			} else {
				hi = m
			}
		}
		out[j] = int64(lo - 1)
	}
	return out
}

// binG searches sorted xs for each of ys: the last index whose item is not
// greater (bin), or the first not less (binr).
func binG[E any](xs, ys []E, c func(a, b E) int, right, atom bool) k.Value {
	out := make([]int64, len(ys))
	for j, y := range ys {
		if right {
			out[j] = int64(sort.Search(len(xs), func(i int) bool { return c(xs[i], y) >= 0 }))
		} else {
			out[j] = int64(sort.Search(len(xs), func(i int) bool { return c(xs[i], y) > 0 }) - 1)
		}
	}
	if atom {
		return k.J(out[0])
	}
	return longs(out)
}

// cmpBin orders an item of a sorted list against a sought value.
func cmpBin(a, b k.Value) int {
	if k.IsAtom(a) && k.IsAtom(b) {
		return cmpOrder(a, b)
	}
	return cmpItems(a, b)
}

// binTable is bin on a table: the rows whose leading columns equal the
// record's are searched on the last column; no such row gives 0N.
func binTable(t *k.Table, y k.Value, right bool) k.Value {
	rec := func(vals []k.Value) int64 {
		nc := len(t.Data)
		if len(vals) != nc || nc == 0 {
			k.Signal(k.ErrLength)
		}
		var cand []int64
		for i := 0; i < t.Len(); i++ {
			ok := true
			for j := 0; j < nc-1 && ok; j++ {
				ok = Match(item(t.Data[j], i), vals[j])
			}
			if ok {
				cand = append(cand, int64(i))
			}
		}
		if len(cand) == 0 {
			return k.NJ
		}
		ra, ok := binSearch(gatherList(t.Data[nc-1], cand), vals[nc-1], right).(k.Atom[int64])
		if !ok {
			k.Signal(k.ErrType)
		}
		r := ra.V
		if r < 0 || r >= int64(len(cand)) {
			return k.NJ
		}
		return cand[r]
	}
	switch r := y.(type) {
	case *k.Dict:
		vals := make([]k.Value, len(t.Data))
		for i, name := range t.Cols.V {
			j := findList(r.K, k.S(name))[0]
			if j >= int64(r.Len()) {
				k.Signal(k.ErrLength)
			}
			vals[i] = item(r.V, int(j))
		}
		return k.J(rec(vals))
	case *k.Table:
		out := make([]int64, r.Len())
		for i := range out {
			row := tableRow(r, i).(*k.Dict)
			out[i] = binTable(t, row, right).(k.Atom[int64]).V
		}
		return longs(out)
	}
	if !k.IsList(y) {
		k.Signal(k.ErrType)
	}
	return k.J(rec(k.Items(y)))
}
