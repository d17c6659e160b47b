// This file defines Take (`#`, with reshape and set-attribute), Drop and
// Cut (`_`), and the cut keyword.

package prim

import (
	"slices"

	"qgo/interp/k"
)

func init() {
	defDyad("#", Take)
	defDyad("take", Take)
	defDyad("_", Drop)
	defDyad("drop", Drop)
	defDyad("cut", CutKw)
}

// attrNames maps the symbols that set an attribute with `#` to it.
var attrNames = map[string]k.Attr{"": k.AttrNone, "s": k.AttrS, "u": k.AttrU, "p": k.AttrP, "g": k.AttrG}

// Take is `x#y`. An integer x takes that many items from the front of y
// (from the back if negative), cycling when y is short; an atom y is
// repeated. An integer vector x reshapes y (a null dimension is maximal).
// Symbols x select entries of a dictionary or columns of a table; a table
// x selects rows of keyed table y by key (or entries of any dictionary
// keyed by a table). One of the symbols ` s u p g
// sets that attribute on y.
func Take(x, y k.Value) k.Value {
	if !isData(y) {
		// n copies of a function, as of any other atom
		if n, ok := intAtom(x); ok && x.Type() != -k.KB {
			c := max(n, -n)
			if c < 0 || c > maxItems {
				k.Signal("limit")
			}
			k.Reserve(int(c), 16)
			items := make([]k.Value, c)
			for i := range items {
				items[i] = y
			}
			return &k.List{V: items}
		}
		k.Signal(k.ErrType)
	}
	if s, ok := x.(k.Atom[string]); ok {
		if a, ok := attrNames[s.V]; ok {
			return SetAttr(a, y)
		}
	}
	if b, ok := x.(k.Atom[bool]); ok {
		x = k.J(0) // a boolean count takes 0 or 1: (x<m)#enlist x
		if b.V {
			x = k.J(1)
		}
	}
	switch v := x.(type) {
	case *k.Table:
		d, ok := y.(*k.Dict)
		if !ok || !rowKeyed(d) {
			k.Signal(k.ErrType)
		}
		return takeKeys(d, v)
	case k.Atom[string], *k.Vec[string]:
		return takeNames(x, y)
	}
	if n, ok := intAtom(x); ok {
		return takeN(n, y)
	}
	dims, ok := intVec(x)
	if !ok {
		k.Signal(k.ErrType)
	}
	if len(dims) == 1 {
		return takeN(dims[0], y)
	}
	if len(dims) == 0 {
		return First(y)
	}
	return reshape(dims, y)
}

// takeN takes n items of y from the front (back, for negative n),
// cycling.
func takeN(n int64, y k.Value) k.Value {
	if n == k.NJ {
		if k.IsAtom(y) {
			return k.Enlist(y)
		}
		return y
	}
	neg := n < 0
	if neg {
		n = -n
	}
	cnt := clampLen(n)
	switch v := y.(type) {
	case *k.Dict:
		return gatherList(v, takeIdx(cnt, v.Len(), neg))
	case *k.Table:
		return gatherList(v, takeIdx(cnt, v.Len(), neg))
	}
	if k.IsAtom(y) {
		return opsOf(y).cycle(y, 0, cnt)
	}
	c := y.Len()
	if c == 0 {
		if cnt == 0 {
			return y
		}
		if _, general := y.(*k.List); general {
			// the prototype of an empty general list is ()
			items := make([]k.Value, cnt)
			for i := range items {
				items[i] = k.NewList()
			}
			return k.NewList(items...)
		}
		return gatherList(y, make([]int64, cnt))
	}
	start := 0
	if neg {
		start = ((c-cnt)%c + c) % c
	}
	if !neg && cnt <= c {
		return sliceCopy(y, 0, cnt)
	}
	if neg && cnt <= c {
		return sliceCopy(y, c-cnt, c)
	}
	return opsOf(y).cycle(y, start, cnt)
}

// sliceCopy is sliceList for a vector or list.
func sliceCopy(y k.Value, lo, hi int) k.Value {
	if l, ok := y.(*k.List); ok {
		return unifyList(l.V[lo:hi:hi])
	}
	return sliceList(y, lo, hi)
}

// takeIdx is the indices n#til c (or, if neg, the last n cyclically).
func takeIdx(n, c int, neg bool) []int64 {
	out := make([]int64, n)
	if c == 0 {
		for i := range out {
			out[i] = -1
		}
		return out
	}
	start := 0
	if neg {
		start = ((c-n)%c + c) % c
	}
	for i := range out {
		out[i] = int64((start + i) % c)
	}
	return out
}

// takeNames selects entries of a dictionary, or columns of a table, by
// name; missing dictionary keys give nulls.
func takeNames(x, y k.Value) k.Value {
	switch v := y.(type) {
	case *k.Dict:
		if isKeyed(v) {
			k.Signal(k.ErrType)
		}
		keys := x
		if k.IsAtom(x) {
			keys = k.Enlist(x)
		}
		pos := findList(v.K, keys)
		return &k.Dict{K: keys, V: gatherList(v.V, pos)}
	case *k.Table:
		names := symsOf(x)
		data := make([]k.Value, len(names))
		for i, n := range names {
			j := colIndex(v, n)
			if j < 0 {
				k.Signal(n)
			}
			data[i] = v.Data[j]
		}
		return &k.Table{Cols: k.Syms(names...), Data: data}
	}
	k.Signal(k.ErrType)
	return nil
}

// takeKeys is t#kt: the rows of keyed table kt whose keys are the rows of
// t, keys included. kt may be any dictionary keyed by a table's rows (the
// groups of a table, group t), whose values are then gathered as a list.
func takeKeys(kt *k.Dict, t *k.Table) k.Value {
	keyT := kt.K.(*k.Table)
	cols := make([]k.Value, len(keyT.Data))
	for i, name := range keyT.Cols.V {
		j := colIndex(t, name)
		if j < 0 {
			k.Signal(k.ErrLength)
		}
		cols[i] = t.Data[j]
	}
	want := &k.Table{Cols: keyT.Cols, Data: cols}
	pos := findList(keyT, want)
	return &k.Dict{K: want, V: gatherList(kt.V, pos)}
}

// reshape is dims#y for two or more dimensions.
func reshape(dims []int64, y k.Value) k.Value {
	nulls := 0
	for _, d := range dims {
		if d == k.NJ {
			nulls++
		} else if d < 0 {
			k.Signal(k.ErrDomain)
		}
	}
	if nulls > 0 {
		if len(dims) != 2 || nulls == 2 {
			k.Signal(k.ErrDomain)
		}
		if k.IsAtom(y) {
			y = k.Enlist(y)
		}
		c := int64(y.Len())
		var starts []int64
		if dims[0] == k.NJ {
			w := dims[1]
			if w == 0 {
				k.Signal(k.ErrDomain)
			}
			for s := int64(0); s < c; s += w {
				starts = append(starts, s)
			}
		} else {
			rows := dims[0]
			k.Reserve(clampLen(rows), 64+8) // a row, and where it starts
			w := int64(0)
			if rows > 0 {
				w = c / rows
			}
			for r := int64(0); r < rows; r++ {
				starts = append(starts, r*w)
			}
		}
		return cutAt(starts, y)
	}
	for _, d := range dims[:len(dims)-1] {
		if d == 0 && len(dims) > 2 {
			k.Signal(k.ErrDomain) // only the last of 3+ dimensions may be empty
		}
	}
	total := int64(1)
	for _, d := range dims {
		if d > 0 && total > maxItems/d {
			k.Signal("limit")
		}
		total *= d
	}
	flat := takeN(total, y)
	return splitDims(dims, flat, 0)
}

// splitDims nests flat (a list of product(dims[i:]) items starting at
// off) into the shape dims.
func splitDims(dims []int64, flat k.Value, off int) k.Value {
	if len(dims) == 1 {
		return sliceCopy(flat, off, off+int(dims[0]))
	}
	size := 1
	for _, d := range dims[1:] {
		size *= int(d)
	}
	k.Reserve(int(dims[0]), 64) // a row: its header and its place in out
	out := make([]k.Value, dims[0])
	for i := range out {
		out[i] = splitDims(dims[1:], flat, off+i*size)
	}
	return &k.List{V: out}
}

// Drop is `x _ y`. An integer x drops that many items from the front (or
// back) of list, dictionary or table y; an integer vector x cuts list or
// table y at those indices (or, for a dictionary y, drops those keys);
// symbols x drop keys of a dictionary or columns of a table; a list or
// dictionary x with an index or key y drops that item.
func Drop(x, y k.Value) k.Value {
	if !isData(x) || !isData(y) {
		k.Signal(k.ErrType)
	}
	if b, ok := x.(k.Atom[bool]); ok {
		x = k.J(0) // a boolean count drops 0 or 1: (":"=first p)_p
		if b.V {
			x = k.J(1)
		}
	}
	if n, ok := intAtom(x); ok {
		if y.Type() == -k.KC {
			y = k.Enlist(y) // a char atom is a one-char string: 0 _ "x"
		}
		return dropN(n, y)
	}
	if d, ok := y.(*k.Dict); ok && isKeyed(d) {
		return dropKeyRows(d, x)
	}
	switch v := x.(type) {
	case *k.Dict:
		if !k.IsAtom(y) {
			k.Signal(k.ErrType)
		}
		return dropKeys(v, k.Enlist(y))
	case *k.Table:
		i, ok := intAtom(y)
		if !ok || y.Type() == -k.KB {
			k.Signal(k.ErrType)
		}
		c := int64(v.Len())
		if i < 0 || i >= c {
			return v
		}
		keep := append(iota(int(i)), iota(int(c))[i+1:]...)
		return gatherList(v, keep)
	}
	if d, ok := y.(*k.Dict); ok {
		keys := x
		if k.IsAtom(x) {
			keys = k.Enlist(x)
		}
		return dropKeys(d, keys)
	}
	if t, ok := y.(*k.Table); ok {
		if isSyms(x) {
			return dropCols(t, symsOf(x))
		}
		if idx, ok := intVec(x); ok {
			return cutAt(idx, t)
		}
		k.Signal(k.ErrType)
	}
	if k.IsList(x) {
		if i, ok := intAtom(y); ok && y.Type() != -k.KB {
			c := int64(x.Len())
			if i < 0 || i >= c {
				return x
			}
			return Join(sliceCopy(x, 0, int(i)), sliceCopy(x, int(i)+1, int(c)))
		}
		if idx, ok := intVec(x); ok && x.Type() != k.KList {
			return cutAt(idx, y)
		}
	}
	k.Signal(k.ErrType)
	return nil
}

// dropN drops n items from the front (back, for negative n) of y.
func dropN(n int64, y k.Value) k.Value {
	if k.IsAtom(y) {
		k.Signal(k.ErrType)
	}
	c := int64(y.Len())
	lo, hi := int64(0), c
	if n >= 0 {
		lo = min(n, c)
	} else if n != k.NJ {
		hi = max(c+n, 0)
	}
	if _, ok := y.(*k.Dict); ok {
		return sliceList(y, int(lo), int(hi))
	}
	return sliceCopy(y, int(lo), int(hi))
}

// dropKeyRows is x _ kt for a keyed table kt, a dictionary whose keys are
// the rows of its key table (docs/ref/drop.md, drop keys from a
// dictionary): x is a table of key rows (key select ... from kt, as KX's
// ml graph library drops a node's edges by key[inputEdges]_), or, with
// one key column, a key value or a list of them.
func dropKeyRows(d *k.Dict, x k.Value) k.Value {
	kt := d.K.(*k.Table)
	keys, ok := x.(*k.Table)
	if !ok {
		if len(kt.Data) != 1 || !isData(x) || x.Type() == k.XD {
			k.Signal(k.ErrType)
		}
		col := x
		if k.IsAtom(x) {
			col = k.Enlist(x)
		}
		keys = &k.Table{Cols: kt.Cols, Data: []k.Value{col}}
	}
	n := int64(keys.Len())
	idx, ok := findRows(keys, kt).(*k.Vec[int64])
	if !ok {
		k.Signal(k.ErrType)
	}
	var keep []int64
	for i, p := range idx.V {
		if p >= n {
			keep = append(keep, int64(i))
		}
	}
	if keep == nil {
		keep = []int64{}
	}
	return &k.Dict{K: gatherList(kt, keep), V: gatherList(d.V, keep)}
}

// dropKeys removes the entries of d whose keys are items of keys.
func dropKeys(d *k.Dict, keys k.Value) k.Value {
	in := lessThan(findList(keys, d.K), int64(keys.Len()))
	var keep []int64
	for i, b := range in {
		if !b {
			keep = append(keep, int64(i))
		}
	}
	if keep == nil {
		keep = []int64{}
	}
	return &k.Dict{K: gatherList(d.K, keep), V: gatherList(d.V, keep)}
}

// dropCols removes the named columns of t.
func dropCols(t *k.Table, names []string) k.Value {
	var cols []string
	var data []k.Value
	for i, c := range t.Cols.V {
		drop := false
		for _, n := range names {
			if n == c {
				drop = true
			}
		}
		if !drop {
			cols = append(cols, c)
			data = append(data, t.Data[i])
		}
	}
	return &k.Table{Cols: k.Syms(cols...), Data: data}
}

// cutAt cuts list or table y into pieces starting at the ascending
// indices idx.
func cutAt(idx []int64, y k.Value) k.Value {
	if k.IsAtom(y) {
		k.Signal(k.ErrType)
	}
	c := int64(y.Len())
	out := make([]k.Value, len(idx))
	for i, s := range idx {
		e := c
		if i+1 < len(idx) {
			e = idx[i+1]
		}
		if s < 0 || s > c || e < s || e > c {
			k.Signal(k.ErrDomain)
		}
		out[i] = sliceCopy(y, int(s), int(e))
	}
	return &k.List{V: out}
}

// CutKw is `x cut y`: for an integer atom x, y in pieces of x items; for
// a vector x, the same as x _ y.
func CutKw(x, y k.Value) k.Value {
	if n, ok := intAtom(x); ok && x.Type() != -k.KB {
		if n <= 0 {
			k.Signal(k.ErrDomain)
		}
		return Take(longs([]int64{k.NJ, n}), y)
	}
	return Drop(x, y)
}

// SetAttr is a#y for an attribute symbol a (s u p g, or empty): y with attribute a, checked as q does ('s-fail
// for an unsorted list, 'u-fail for duplicates, 'p-fail for items that are
// not in contiguous runs). A table takes the attribute on its first
// column; a dictionary on its keys.
func SetAttr(a k.Attr, y k.Value) k.Value {
	switch v := y.(type) {
	case *k.Dict:
		if kt, ok := v.K.(*k.Table); ok {
			return &k.Dict{K: SetAttr(a, kt), V: v.V}
		}
		return &k.Dict{K: SetAttr(a, v.K), V: v.V}
	case *k.Table:
		if len(v.Data) == 0 {
			return v
		}
		if a == k.AttrS {
			if !Match(gatherList(v, grade(v, false)), v) {
				k.Signal("s-fail")
			}
			return markFirst(v)
		}
		data := append([]k.Value(nil), v.Data...)
		data[0] = SetAttr(a, data[0])
		return &k.Table{Cols: v.Cols, Data: data}
	}
	if k.IsAtom(y) {
		if a == k.AttrNone {
			return y
		}
		k.Signal(k.ErrType)
	}
	switch a {
	case k.AttrS:
		g := grade(y, false)
		for i, j := range g {
			if int64(i) != j && !Match(item(y, i), item(y, int(j))) {
				k.Signal("s-fail")
			}
		}
	case k.AttrU:
		if len(distinctRows(y)) != y.Len() {
			k.Signal("u-fail")
		}
	case k.AttrP:
		_, groups := groupRows(y)
		for _, g := range groups {
			if g[len(g)-1]-g[0] != int64(len(g)-1) {
				k.Signal("p-fail")
			}
		}
	}
	return withAttr(y, a)
}

// newItems reports whether no item of tail is in old: a scan of old for
// each of a few items (a list with the unique attribute that a join just
// copied has no hash built yet), else findList.
func newItems(old, tail k.Value) bool {
	n := int64(old.Len())
	if l, ok := old.(*k.List); ok && tail.Len() <= 8 {
		for _, it := range k.Items(tail) {
			p, ok := findOneVec(l, it)
			if !ok {
				p = findList(old, k.Enlist(it))[0]
			}
			if p < n {
				return false
			}
		}
		return true
	}
	for _, p := range findList(old, tail) {
		if p < n {
			return false
		}
	}
	return true
}

// iotaFrom is the longs from a up to b.
func iotaFrom(a, b int) []int64 {
	out := make([]int64, b-a)
	for i := range out {
		out[i] = int64(a + i)
	}
	return out
}

// KeepAttr is joined, the list old with items appended in memory, with
// the attribute of old kept where q keeps it on append: `g always, `s and
// `u while the whole still holds them; `p is lost. Tables and keyed
// tables keep each column's attribute.
func KeepAttr(old, joined k.Value) k.Value {
	if od, ok := old.(*k.Dict); ok {
		nd, ok := joined.(*k.Dict)
		_, keyed := od.K.(*k.Table)
		if !ok || !keyed {
			return joined
		}
		return &k.Dict{K: KeepAttr(od.K, nd.K), V: KeepAttr(od.V, nd.V)}
	}
	if ot, ok := old.(*k.Table); ok {
		nt, ok := joined.(*k.Table)
		if !ok || len(nt.Data) != len(ot.Data) {
			return joined
		}
		var data []k.Value
		for i, c := range nt.Data {
			if kc := KeepAttr(ot.Data[i], c); kc != c {
				if data == nil {
					data = append([]k.Value(nil), nt.Data...)
				}
				data[i] = kc
			}
		}
		if data == nil {
			return joined
		}
		return &k.Table{Cols: nt.Cols, Data: data}
	}
	a := attrOf(old)
	if a == k.AttrNone || a == k.AttrP || attrOf(joined) == a || joined.Type() != old.Type() {
		return joined
	}
	if a == k.AttrG {
		return withAttr(joined, a)
	}
	if a == k.AttrU && k.IsList(old) && joined.Len() > old.Len() {
		// old is unique: so is joined when the items appended are
		// unique and not in old, a search for each of them rather
		// than a hash of every item (s,:x on a `u# list in a loop)
		n := old.Len()
		tail := gatherList(joined, iotaFrom(n, joined.Len()))
		if ol, ok := old.(*k.List); ok && len(ol.V) >= uniqueMin {
			// through old's hash, which the result then takes over: a
			// stream of appends to a `u# list extends one hash
			if pos, _ := findUnique(ol, tail); slices.ContainsFunc(pos, func(p int64) bool { return p < int64(n) }) {
				return joined
			}
		} else if !newItems(old, tail) {
			return joined
		}
		if len(distinctRows(tail)) != tail.Len() {
			return joined
		}
		kept := withAttr(joined, a)
		if ol, ok := old.(*k.List); ok {
			if kl, ok := kept.(*k.List); ok {
				carryUnique(ol, kl)
			}
		}
		return kept
	}
	kept := joined
	func() {
		defer func() {
			if r := recover(); r != nil {
				if _, ok := r.(*k.Error); !ok {
					panic(r)
				}
			}
		}()
		kept = SetAttr(a, joined) // `s or `u, when the whole still holds it
	}()
	return kept
}
