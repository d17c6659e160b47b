// This file defines the table primitives flip, cols, xcol, xcols, ungroup
// and xgroup, and the row helpers the other structural primitives share.

package prim

import (
	"slices"
	"unsafe"

	"qgo/interp/k"
)

func init() {
	defMonad("flip", Flip)
	defMonad("+", Flip)
	defMonad("ungroup", Ungroup)
	defDyad("xcol", Xcol)
	defDyad("xcols", Xcols)
	defDyad("xgroup", Xgroup)
}

// tableRow is row i of t as a dictionary from column names to values; an
// index out of range gives a row of nulls.
func tableRow(t *k.Table, i int) k.Value {
	if i < 0 || i >= t.Len() {
		return tableNullRow(t)
	}
	vals := make([]k.Value, len(t.Data))
	for j, c := range t.Data {
		vals[j] = item(c, i)
	}
	return &k.Dict{K: t.Cols, V: unifyList(vals)}
}

// tableNullRow is the row of nulls of t's columns.
func tableNullRow(t *k.Table) k.Value {
	vals := make([]k.Value, len(t.Data))
	for j, c := range t.Data {
		vals[j] = nullItem(c)
	}
	return &k.Dict{K: t.Cols, V: unifyList(vals)}
}

// emptyTable is 0#t: t's columns with no rows.
func emptyTable(t *k.Table) *k.Table {
	return sliceList(t, 0, 0).(*k.Table)
}

// colIndex is the position of column name in t, or -1.
func colIndex(t *k.Table, name string) int {
	for i, c := range t.Cols.V {
		if c == name {
			return i
		}
	}
	return -1
}

// unkey gives the simple table of a keyed table (keys then values); a
// simple table is returned as it is; 'type for anything else.
func unkey(x k.Value) *k.Table {
	switch v := x.(type) {
	case *k.Table:
		return v
	case *k.Dict:
		kt, ok := v.K.(*k.Table)
		vt, ok2 := v.V.(*k.Table)
		if ok && ok2 { // a keyed table; table keys to other values are not
			names := append(append([]string(nil), kt.Cols.V...), vt.Cols.V...)
			data := append(append([]k.Value(nil), kt.Data...), vt.Data...)
			return &k.Table{Cols: k.Syms(names...), Data: data}
		}
	}
	k.Signal(k.ErrType)
	return nil
}

// enkey makes a keyed table of t with its first n columns as key.
func enkey(n int, t *k.Table) k.Value {
	if n < 0 || n > len(t.Data) {
		k.Signal(k.ErrLength)
	}
	if n == 0 {
		return t
	}
	kt := &k.Table{Cols: k.Syms(t.Cols.V[:n:n]...), Data: t.Data[:n:n]}
	vt := &k.Table{Cols: k.Syms(t.Cols.V[n:]...), Data: t.Data[n:]}
	return &k.Dict{K: kt, V: vt}
}

// Flip is `flip x` (`+x`): a dictionary of symbol keys and equal-length
// columns becomes a table (atoms are extended), a table its column
// dictionary, and a list of equal-length lists is transposed.
func Flip(x k.Value) k.Value {
	switch v := x.(type) {
	case *k.Table:
		return &k.Dict{K: v.Cols, V: &k.List{V: v.Data}}
	case *k.Dict:
		if isKeyed(v) {
			k.Signal(k.ErrType)
		}
		names, ok := v.K.(*k.Vec[string])
		if !ok {
			k.Signal(k.ErrType)
		}
		cols := extendRect(k.Items(v.V))
		if len(names.V) != len(cols) {
			k.Signal(k.ErrLength)
		}
		return &k.Table{Cols: &k.Vec[string]{T: k.KS, V: names.V}, Data: cols}
	case *k.List:
		cols := extendRect(v.V)
		if len(cols) == 0 {
			return v
		}
		n := cols[0].Len()
		if r, ok := flipTyped(cols, n); ok {
			return r
		}
		out := make([]k.Value, n)
		for i := range out {
			items := make([]k.Value, len(cols))
			for j, c := range cols {
				items[j] = item(c, i)
			}
			out[i] = unifyList(items)
		}
		return &k.List{V: out}
	}
	k.Signal(k.ErrRank)
	return nil
}

// flipTyped transposes columns that are all vectors of one type without
// boxing each item: the rows are vectors of that type, as unifyList
// makes them (flip of a million bit-vectors from 0b vs/:).
func flipTyped(cols []k.Value, n int) (k.Value, bool) {
	switch c := cols[0].(type) {
	case *k.Vec[bool]:
		return flipVecs[bool](cols, c.T, n)
	case *k.Vec[uint8]:
		return flipVecs[uint8](cols, c.T, n)
	case *k.Vec[int16]:
		return flipVecs[int16](cols, c.T, n)
	case *k.Vec[int32]:
		return flipVecs[int32](cols, c.T, n)
	case *k.Vec[int64]:
		return flipVecs[int64](cols, c.T, n)
	case *k.Vec[float32]:
		return flipVecs[float32](cols, c.T, n)
	case *k.Vec[float64]:
		return flipVecs[float64](cols, c.T, n)
	case *k.Vec[string]:
		return flipVecs[string](cols, c.T, n)
	}
	return nil, false
}

// flipVecs is flipTyped for vectors of element E and type t; false when
// a column is of another type.
func flipVecs[E k.Elem](cols []k.Value, t k.Type, n int) (k.Value, bool) {
	vs := make([][]E, len(cols))
	for j, c := range cols {
		v, ok := c.(*k.Vec[E])
		if !ok || v.T != t {
			return nil, false
		}
		vs[j] = v.V
	}
	// the rows, each a vector header and its items: checked first
	k.Reserve(n, 64+len(vs)*int(unsafe.Sizeof(*new(E))))
	out := make([]k.Value, n)
	for i := range out {
		row := make([]E, len(vs))
		for j, v := range vs {
			row[j] = v[i]
		}
		out[i] = &k.Vec[E]{T: t, V: row}
	}
	return &k.List{V: out}, true
}

// extendRect checks that the lists among items have one count and
// extends atoms to it; 'rank if there are no lists, 'length on mismatch.
func extendRect(items []k.Value) []k.Value {
	n := -1
	for _, it := range items {
		if it.Type() == k.XT || it.Type() == k.XD {
			k.Signal(k.ErrType)
		}
		if k.IsList(it) {
			if n >= 0 && it.Len() != n {
				k.Signal(k.ErrLength)
			}
			n = it.Len()
		}
	}
	if n < 0 {
		if len(items) == 0 {
			return nil
		}
		k.Signal(k.ErrRank)
	}
	out := make([]k.Value, len(items))
	for i, it := range items {
		if k.IsList(it) {
			out[i] = it
		} else {
			out[i] = Take(k.J(int64(n)), it)
		}
	}
	return out
}

// Cols is `cols x`: the column names of a table or keyed table.
func Cols(x k.Value) k.Value {
	switch v := x.(type) {
	case *k.Table:
		return v.Cols
	case *k.Dict:
		if isKeyed(v) {
			return unkey(v).Cols
		}
		return v.K
	}
	k.Signal(k.ErrType)
	return nil
}

// Xcol is `x xcol t`: t with its first count x columns renamed to the
// symbols x, or, for a dictionary x, the columns named by its keys
// renamed to its values.
func Xcol(x, y k.Value) k.Value {
	t := unkey(y)
	names := append([]string(nil), t.Cols.V...)
	if d, ok := x.(*k.Dict); ok {
		from, to := symsOf(d.K), symsOf(d.V)
		if len(from) != len(to) {
			k.Signal(k.ErrLength)
		}
		for i, f := range from {
			j := colIndex(t, f)
			if j < 0 {
				k.Signal(k.ErrLength)
			}
			names[j] = to[i]
		}
	} else {
		to := symsOf(x)
		if len(to) > len(names) {
			k.Signal(k.ErrLength)
		}
		copy(names, to)
	}
	out := &k.Table{Cols: k.Syms(names...), Data: t.Data}
	if d, ok := y.(*k.Dict); ok {
		return enkey(d.K.(*k.Table).Cols.Len(), out)
	}
	return out
}

// Xcols is `x xcols t`: t with the columns x moved to the front.
func Xcols(x, y k.Value) k.Value {
	if d, ok := y.(*k.Dict); ok && isSyms(d.K) {
		// q.k's xcols is (x,f where not (f:cols y) in x)#y, and the cols
		// of a dictionary are its keys: its entries reordered so
		first := symsOf(x)
		names := append([]string(nil), first...)
		for _, n := range d.K.(*k.Vec[string]).V {
			if !slices.Contains(first, n) {
				names = append(names, n)
			}
		}
		return Take(k.Syms(names...), d)
	}
	t, ok := y.(*k.Table)
	if !ok {
		k.Signal(k.ErrType)
	}
	first := symsOf(x)
	order := make([]int, 0, len(t.Data))
	seen := make([]bool, len(t.Data))
	for _, n := range first {
		j := colIndex(t, n)
		if j < 0 {
			k.Signal(n)
		}
		if !seen[j] {
			order = append(order, j)
			seen[j] = true
		}
	}
	for j := range t.Data {
		if !seen[j] {
			order = append(order, j)
		}
	}
	names := make([]string, len(order))
	data := make([]k.Value, len(order))
	for i, j := range order {
		names[i], data[i] = t.Cols.V[j], t.Data[j]
	}
	return &k.Table{Cols: k.Syms(names...), Data: data}
}

// Ungroup is `ungroup x`: the rows of a table (or keyed table) whose
// list-valued columns hold one list per row are expanded to one row per
// item; the other columns are repeated.
func Ungroup(x k.Value) k.Value {
	t := unkey(x)
	var nested []int
	for j, c := range t.Data {
		if c.Type() == k.KList {
			nested = append(nested, j)
		}
	}
	if len(nested) == 0 {
		return t
	}
	rows := t.Len()
	counts := make([]int64, rows)
	for i := 0; i < rows; i++ {
		counts[i] = -1
		for _, j := range nested {
			it := item(t.Data[j], i)
			n := int64(1)
			if k.IsList(it) {
				n = int64(it.Len())
			}
			if counts[i] >= 0 && counts[i] != n {
				k.Signal(k.ErrLength)
			}
			counts[i] = n
		}
	}
	rep := Where(longs(counts)).(*k.Vec[int64]).V
	data := make([]k.Value, len(t.Data))
	isNested := make([]bool, len(t.Data))
	for _, j := range nested {
		isNested[j] = true
	}
	for j, c := range t.Data {
		if isNested[j] {
			data[j] = Raze(c)
		} else {
			data[j] = gatherList(c, rep)
		}
	}
	return &k.Table{Cols: t.Cols, Data: data}
}

// Xgroup is `x xgroup t`: a table keyed by the distinct values of the
// columns x (in order of first occurrence), each other column holding the
// list of its values in that group.
func Xgroup(x, y k.Value) k.Value {
	t := unkey(y)
	names := symsOf(x)
	keyIdx := make([]int, len(names))
	isKey := make([]bool, len(t.Data))
	for i, n := range names {
		j := colIndex(t, n)
		if j < 0 {
			k.Signal(n)
		}
		keyIdx[i] = j
		isKey[j] = true
	}
	kcols := make([]k.Value, len(names))
	for i, j := range keyIdx {
		kcols[i] = t.Data[j]
	}
	kt := &k.Table{Cols: k.Syms(names...), Data: kcols}
	firsts, groups := groupRows(kt)
	var vnames []string
	var vcols []k.Value
	for j, c := range t.Data {
		if isKey[j] {
			continue
		}
		items := make([]k.Value, len(groups))
		for g, idx := range groups {
			items[g] = gatherList(c, idx)
		}
		vnames = append(vnames, t.Cols.V[j])
		vcols = append(vcols, &k.List{V: items})
	}
	return &k.Dict{K: gatherList(kt, firsts), V: &k.Table{Cols: k.Syms(vnames...), Data: vcols}}
}
