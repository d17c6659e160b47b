// This file defines implicit iteration for atomic primitives: scalar
// extension between atoms and lists, recursion into general lists, and the
// extension to dictionaries (with key alignment), tables and keyed tables.

package prim

import (
	"slices"
	"strconv"
	"strings"

	"qgo/interp/k"
)

// eachItem is f of each item of the general list v, one level deeper for
// 'stack.
func eachItem(v *k.List, f func(k.Value) k.Value) []k.Value {
	k.Nest()
	defer k.Unnest()
	out := make([]k.Value, len(v.V))
	for i, it := range v.V {
		out[i] = f(it)
	}
	return out
}

// Atomic1 applies f, which takes an atom or typed vector, to x with q's
// implicit iteration for atomic unary functions: items of a general list,
// values of a dictionary, columns of a table. Functions signal 'type.
func Atomic1(x k.Value, f func(k.Value) k.Value) k.Value {
	switch v := x.(type) {
	case *k.List:
		return k.Unify(eachItem(v, func(it k.Value) k.Value { return Atomic1(it, f) }))
	case *k.Dict:
		k.Nest()
		defer k.Unnest()
		return &k.Dict{K: v.K, V: Atomic1(v.V, f)}
	case *k.Table:
		k.Nest()
		defer k.Unnest()
		cols := make([]k.Value, len(v.Data))
		for i, c := range v.Data {
			cols[i] = Atomic1(c, f)
		}
		return &k.Table{Cols: v.Cols, Data: cols}
	}
	if !IsSimple(x) {
		k.Signal(k.ErrType)
	}
	return f(x)
}

// Missing says what an atomic binary function gives for a dictionary key
// present in only one argument: the value v from the side that has it (xSide
// tells which). Nil means the value is kept as it is (upsert semantics).
type Missing func(v k.Value, xSide bool) k.Value

// Atomic2 applies f, which takes two conformable atoms or typed vectors, to
// x and y with q's implicit iteration for atomic binary functions: scalar
// extension, pairwise recursion into general lists ('length when counts
// differ), dictionaries aligned by key, tables column by column. miss says
// what keys present on one side only give (nil: their values unchanged).
func Atomic2(x, y k.Value, f func(x, y k.Value) k.Value, miss Missing) k.Value {
	xs, ys := IsSimple(x), IsSimple(y)
	if xs && ys {
		if x.Type() > 0 && y.Type() > 0 && x.Len() != y.Len() {
			k.Signal(k.ErrLength)
		}
		return f(x, y)
	}
	k.Nest()
	defer k.Unnest()
	if xd, ok := x.(*k.Dict); ok {
		if yd, ok := y.(*k.Dict); ok {
			return atomicDicts(xd, yd, f, miss)
		}
		return &k.Dict{K: xd.K, V: Atomic2(xd.V, y, f, miss)}
	}
	if yd, ok := y.(*k.Dict); ok {
		return &k.Dict{K: yd.K, V: Atomic2(x, yd.V, f, miss)}
	}
	if xt, ok := x.(*k.Table); ok {
		if yt, ok := y.(*k.Table); ok {
			return atomicTables(xt, yt, f, miss)
		}
		cols := make([]k.Value, len(xt.Data))
		for i, c := range xt.Data {
			cols[i] = Atomic2(c, y, f, miss)
		}
		return &k.Table{Cols: xt.Cols, Data: cols}
	}
	if yt, ok := y.(*k.Table); ok {
		cols := make([]k.Value, len(yt.Data))
		for i, c := range yt.Data {
			cols[i] = Atomic2(x, c, f, miss)
		}
		return &k.Table{Cols: yt.Cols, Data: cols}
	}
	xl, yl := k.IsList(x), k.IsList(y)
	switch {
	case xl && yl:
		n := x.Len()
		if y.Len() != n {
			k.Signal(k.ErrLength)
		}
		out := make([]k.Value, n)
		for i := range out {
			out[i] = Atomic2(k.At(x, i), k.At(y, i), f, miss)
		}
		return k.Unify(out)
	case xl && (ys || IsSimple(y)):
		out := make([]k.Value, x.Len())
		for i := range out {
			out[i] = Atomic2(k.At(x, i), y, f, miss)
		}
		return k.Unify(out)
	case yl && xs:
		out := make([]k.Value, y.Len())
		for i := range out {
			out[i] = Atomic2(x, k.At(y, i), f, miss)
		}
		return k.Unify(out)
	}
	k.Signal(k.ErrType)
	return nil
}

// atomicTables combines two tables column by column, aligning columns by name.
func atomicTables(x, y *k.Table, f func(x, y k.Value) k.Value, miss Missing) k.Value {
	if x.Len() != y.Len() {
		k.Signal(k.ErrLength)
	}
	d := atomicDicts(&k.Dict{K: x.Cols, V: k.NewList(x.Data...)},
		&k.Dict{K: y.Cols, V: k.NewList(y.Data...)}, f, miss)
	cols := k.Items(d.(*k.Dict).V)
	return &k.Table{Cols: d.(*k.Dict).K.(*k.Vec[string]), Data: cols}
}

// atomicDicts combines two dictionaries (or keyed tables) by key: f on
// common keys, the keys of y missing from x appended after those of x.
func atomicDicts(x, y *k.Dict, f func(x, y k.Value) k.Value, miss Missing) k.Value {
	if xt, ok := x.V.(*k.Table); ok {
		yt, ok := y.V.(*k.Table)
		if !ok {
			k.Signal(k.ErrType)
		}
		return atomicKeyed(x, y, xt, yt, f, miss)
	}
	if _, keyed := y.V.(*k.Table); keyed {
		k.Signal(k.ErrType) // a dictionary and a keyed table
	}
	xk, yk := numKeys(x.K), numKeys(y.K)
	pos := make(map[string]int, len(xk))
	for i, s := range xk {
		if _, dup := pos[s]; !dup {
			pos[s] = i
		}
	}
	xv, yv := k.Items(x.V), k.Items(y.V)
	if len(xv) != len(xk) || len(yv) != len(yk) {
		k.Signal(k.ErrLength)
	}
	out := make([]k.Value, len(xv), len(xv)+len(yv))
	for i, v := range xv {
		out[i] = v
	}
	seen := make([]bool, len(xv))
	var extra []int
	for i, s := range yk {
		if j, ok := pos[s]; ok {
			out[j] = Atomic2(xv[j], yv[i], f, miss)
			seen[j] = true
		} else {
			extra = append(extra, i)
			v := yv[i]
			if miss != nil {
				v = miss(v, false)
			}
			out = append(out, v)
		}
	}
	if miss != nil {
		for j, ok := range seen {
			if !ok {
				out[j] = miss(out[j], true)
			}
		}
	}
	keys := x.K
	if len(extra) > 0 {
		ki := k.Items(x.K)
		all := make([]k.Value, len(ki), len(ki)+len(extra))
		copy(all, ki)
		for _, i := range extra {
			all = append(all, k.At(y.K, i))
		}
		keys = k.Unify(all)
	}
	if len(out) == 0 {
		return &k.Dict{K: keys, V: Atomic2(x.V, y.V, f, miss)} // typed as f makes it
	}
	return &k.Dict{K: keys, V: k.Unify(out)}
}

// atomicKeyed combines two keyed tables row by row, aligned by key row.
func atomicKeyed(x, y *k.Dict, xt, yt *k.Table, f func(x, y k.Value) k.Value, miss Missing) k.Value {
	xk, yk := numKeys(x.K), numKeys(y.K)
	pos := make(map[string]int, len(xk))
	for i, s := range xk {
		if _, dup := pos[s]; !dup {
			pos[s] = i
		}
	}
	ycol := make(map[string]int, len(yt.Cols.V))
	for i, c := range yt.Cols.V {
		ycol[c] = i
	}
	n := len(xk)
	var extra []int
	match := make([]int, len(yk))
	for i, s := range yk {
		if j, ok := pos[s]; ok {
			match[i] = j
		} else {
			match[i] = -1
			extra = append(extra, i)
		}
	}
	cols := make([]k.Value, len(xt.Cols.V))
	for c, name := range xt.Cols.V {
		items := append([]k.Value(nil), k.Items(xt.Data[c])...)
		yc, has := ycol[name]
		seen := make([]bool, n)
		for i, j := range match {
			if j >= 0 && has {
				items[j] = Atomic2(items[j], k.At(yt.Data[yc], i), f, miss)
				seen[j] = true
			}
		}
		for j := range items {
			if !seen[j] && miss != nil {
				items[j] = miss(items[j], true)
			}
		}
		for _, i := range extra {
			v := k.Null(xt.Data[c].Type())
			if has {
				v = k.At(yt.Data[yc], i)
				if miss != nil {
					v = miss(v, false)
				}
			}
			items = append(items, v)
		}
		cols[c] = k.Unify(items)
		if len(items) == 0 {
			// no rows: typed as f makes the columns, 0#x-0#y
			cols[c] = xt.Data[c]
			if has {
				cols[c] = Atomic2(xt.Data[c], yt.Data[yc], f, miss)
			}
		}
	}
	keys := x.K
	if len(extra) > 0 {
		kt := x.K.(*k.Table)
		ykt, ok := y.K.(*k.Table)
		if !ok {
			k.Signal(k.ErrType)
		}
		if !slices.Equal(kt.Cols.V, ykt.Cols.V) {
			k.Signal("mismatch") // y's new keys are rows of other columns
		}
		kc := make([]k.Value, len(kt.Data))
		for c := range kt.Data {
			items := append([]k.Value(nil), k.Items(kt.Data[c])...)
			for _, i := range extra {
				items = append(items, k.At(ykt.Data[c], i))
			}
			kc[c] = k.Unify(items)
		}
		keys = &k.Table{Cols: kt.Cols, Data: kc}
	}
	return &k.Dict{K: keys, V: &k.Table{Cols: xt.Cols, Data: cols}}
}

// KeyIDs gives a string identifying each key of a dictionary: items of a
// list or rows of a (key) table, equal exactly when the keys match.
func KeyIDs(keys k.Value) []string { return numKeys(keys) }

// numKeys gives a string identifying each key of a dictionary: items of a
// list or rows of a (key) table, equal exactly when the keys match.
func numKeys(keys k.Value) []string {
	if t, ok := keys.(*k.Table); ok {
		n := t.Len()
		out := make([]string, n)
		var b strings.Builder
		for i := range out {
			b.Reset()
			for _, c := range t.Data {
				numKeyString(&b, k.At(c, i))
				b.WriteByte(0)
			}
			out[i] = b.String()
		}
		return out
	}
	if s, ok := keys.(*k.Vec[string]); ok {
		return s.V
	}
	items := k.Items(keys)
	out := make([]string, len(items))
	var b strings.Builder
	for i, it := range items {
		b.Reset()
		numKeyString(&b, it)
		out[i] = b.String()
	}
	return out
}

// numKeyString writes an encoding of v that is equal for matching values.
func numKeyString(b *strings.Builder, v k.Value) {
	b.WriteString(strconv.Itoa(int(v.Type())))
	b.WriteByte(':')
	switch a := v.(type) {
	case k.Atom[bool]:
		b.WriteString(strconv.FormatBool(a.V))
	case k.Atom[uint8]:
		b.WriteByte(a.V)
	case k.Atom[int16]:
		b.WriteString(strconv.Itoa(int(a.V)))
	case k.Atom[int32]:
		b.WriteString(strconv.Itoa(int(a.V)))
	case k.Atom[int64]:
		b.WriteString(strconv.FormatInt(a.V, 10))
	case k.Atom[float32]:
		b.WriteString(strconv.FormatFloat(float64(a.V), 'g', -1, 32))
	case k.Atom[float64]:
		b.WriteString(strconv.FormatFloat(a.V, 'g', -1, 64))
	case k.Atom[string]:
		b.WriteString(strconv.Quote(a.V))
	case k.Atom[k.GUID]:
		b.Write(a.V[:])
	default:
		if k.IsList(v) {
			b.WriteByte('(')
			for i := 0; i < v.Len(); i++ {
				numKeyString(b, k.At(v, i))
				b.WriteByte(';')
			}
			b.WriteByte(')')
			return
		}
		b.WriteString("?")
		b.WriteString(strconv.Itoa(int(v.Type())))
	}
}
