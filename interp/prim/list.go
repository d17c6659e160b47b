// This file defines the unary list primitives: til, count, first, last,
// reverse, where, enlist, raze and type (the neighbour primitives, prev,
// next, xprev, differ, fills, rotate and sublist, are in
// list_neighbour.go).

package prim

import (
	"unsafe"

	"qgo/interp/k"
)

func init() {
	defMonad("til", Til)
	defMonad("#", Count)
	defMonad("first", First)
	defMonad("*", First)
	defMonad("last", Last)
	defMonad("reverse", Reverse)
	defMonad("|", Reverse)
	defMonad("where", Where)
	defMonad("&", Where)
	defMonad("enlist", Enlist)
	defMonad(",", Enlist)
	defMonad("raze", Raze)
	defMonad("@", TypeOf)
	defMonad("type", TypeOf)
	defMonad("prev", Prev)
	defMonad("next", Next)
	defMonad("differ", Differ)
	defMonad("fills", Fills)
	defDyad("xprev", Xprev)
	defDyad("rotate", Rotate)
	defDyad("sublist", Sublist)
}

// Til is `til x`: the longs 0 1 .. x-1 for a non-negative integral atom x.
func Til(x k.Value) k.Value {
	n, ok := intAtom(x)
	if !ok {
		k.Signal(k.ErrType)
	}
	if n < 0 {
		k.Signal(k.ErrDomain)
	}
	return longs(iota(clampLen(n)))
}

// Count is `count x` (`#x`): the number of items of a list, the number of
// entries of a dictionary, the number of rows of a table; 1 for an atom or
// a function.
func Count(x k.Value) k.Value { return k.J(int64(x.Len())) }

// TypeOf is `type x` (`@x`): x's type code as a short atom.
func TypeOf(x k.Value) k.Value {
	if l, ok := x.(*k.List); ok && l.Mapped {
		return k.H(77) // an anymap read from a file
	}
	return k.H(int16(x.Type()))
}

// First is `first x` (`*x`): the first item of a list (the null of its
// type if empty), the first value of a dictionary, the first row of a
// table as a dictionary; an atom is its own first item.
func First(x k.Value) k.Value {
	switch v := x.(type) {
	case *k.Dict:
		return First(v.V)
	case *k.Table:
		return tableRow(v, 0)
	}
	if !k.IsList(x) {
		return x
	}
	if x.Len() == 0 {
		if x.Type() == k.KList {
			return x // the empty general list is its own null: first () is ()
		}
		return nullItem(x) // an enumeration's null keeps its domain
	}
	return item(x, 0)
}

// Last is `last x`: the last item of a list, value of a dictionary or row
// of a table; an atom is its own last item.
func Last(x k.Value) k.Value {
	switch v := x.(type) {
	case *k.Dict:
		return Last(v.V)
	case *k.Table:
		return tableRow(v, v.Len()-1)
	}
	if !k.IsList(x) {
		return x
	}
	if x.Len() == 0 {
		if x.Type() == k.KList {
			return x // the empty general list is its own null: first () is ()
		}
		return nullItem(x) // an enumeration's null keeps its domain
	}
	return item(x, x.Len()-1)
}

// Reverse is `reverse x` (`|x`): the items of a list, entries of a
// dictionary or rows of a table in reverse order; an atom is unchanged.
func Reverse(x k.Value) k.Value {
	switch v := x.(type) {
	case *k.Dict:
		return &k.Dict{K: Reverse(v.K), V: Reverse(v.V)}
	case *k.Table:
		cols := make([]k.Value, len(v.Data))
		for i, c := range v.Data {
			cols[i] = Reverse(c)
		}
		return &k.Table{Cols: v.Cols, Data: cols}
	}
	if !k.IsList(x) {
		return x
	}
	return opsOf(x).reverse(x)
}

// Where is `where x` (`&x`): for a boolean vector the indices of its 1s;
// for non-negative integers each index repeated that many times; for a
// dictionary the keys so selected.
func Where(x k.Value) k.Value {
	if d, ok := x.(*k.Dict); ok {
		idx := Where(d.V).(*k.Vec[int64]).V
		return gatherList(d.K, idx)
	}
	if b, ok := x.(*k.Vec[bool]); ok {
		return longs(whereBool(b.V))
	}
	if b, ok := x.(k.Atom[bool]); ok {
		if b.V {
			return longs([]int64{0})
		}
		return longs([]int64{})
	}
	var counts []int64
	if n, ok := intAtom(x); ok {
		counts = []int64{n}
	} else if v, ok := intVec(x); ok {
		counts = v
	} else {
		k.Signal(k.ErrType)
	}
	total := int64(0)
	for _, c := range counts {
		if c < 0 {
			k.Signal(k.ErrDomain)
		}
		total += c
		if total > maxItems {
			k.Signal("limit")
		}
	}
	k.Reserve(int(total), 8)
	out := make([]int64, 0, total)
	for i, c := range counts {
		for ; c > 0; c-- {
			out = append(out, int64(i))
		}
	}
	return longs(out)
}

// whereBool is the indices of the true items of b.
func whereBool(b []bool) []int64 {
	n := countTrue(b)
	k.Reserve(n, 8)
	out := make([]int64, n)
	whereFill(b, out)
	return out
}

// WhereInto is `where x` for a boolean vector x written into the items of
// dst, a long vector nothing else references (the interpreter's spare
// buffer), when its storage has room; it reports false, changing nothing,
// otherwise.
func WhereInto(dst, x k.Value) (k.Value, bool) {
	b, ok := x.(*k.Vec[bool])
	d, ok2 := dst.(*k.Vec[int64])
	if !ok || !ok2 || b.T != k.KB || d.T != k.KJ || d.A != k.AttrNone {
		return nil, false
	}
	n := countTrue(b.V)
	if n > cap(d.V) || n == 0 {
		return nil, false
	}
	d.V = d.V[:n:n]
	whereFill(b.V, d.V)
	return d, true
}

// wordOnes is a word of eight true booleans (a Go bool is one byte, 0 or 1).
const wordOnes = 0x0101010101010101

// boolWords is b read as machine words, eight booleans each (the last
// len(b)%8 are left out).
func boolWords(b []bool) []uint64 {
	if len(b) < 8 {
		return nil
	}
	return unsafe.Slice((*uint64)(unsafe.Pointer(&b[0])), len(b)/8)
}

// countTrue is the number of true items of b: words are added up
// bytewise, each byte lane counting its own trues, for up to 255 words at
// a time before the lanes are summed.
func countTrue(b []bool) int {
	n := 0
	for w := boolWords(b); len(w) > 0; {
		m := min(len(w), 255)
		var lanes uint64
		for _, x := range w[:m] {
			lanes += x
		}
		w = w[m:]
		lanes = lanes&0x00ff00ff00ff00ff + lanes>>8&0x00ff00ff00ff00ff
		n += int(lanes * 0x0001000100010001 >> 48)
	}
	for _, x := range b[len(b)/8*8:] {
		if x {
			n++
		}
	}
	return n
}

// whereFill writes the indices of the true items of b into out, which
// has exactly as many items as b has trues. Sixty-four booleans at a
// time: none true is skipped, all true is a run of indices; otherwise
// each word with a true writes its eight indices, advancing by one only
// past a true (a store without a branch to mispredict). Past the last
// true nothing is written, so the stores stay within out.
func whereFill(b []bool, out []int64) {
	last := len(b) - 1
	for last >= 0 && !b[last] {
		last--
	}
	b = b[:last+1]
	words := boolWords(b)
	j, i := 0, 0
	for ; i+64 <= len(b); i += 64 {
		w := words[i/8 : i/8+8 : i/8+8]
		if w[0]|w[1]|w[2]|w[3]|w[4]|w[5]|w[6]|w[7] == 0 {
			continue
		}
		if w[0]&w[1]&w[2]&w[3]&w[4]&w[5]&w[6]&w[7] == wordOnes {
			o := out[j : j+64 : j+64]
			for d := range o {
				o[d] = int64(i + d)
			}
			j += 64
			continue
		}
		for q, x := range w {
			if x == 0 {
				continue
			}
			base := i + 8*q
			e := b[base : base+8 : base+8]
			out[j] = int64(base)
			j += b2i(e[0])
			out[j] = int64(base + 1)
			j += b2i(e[1])
			out[j] = int64(base + 2)
			j += b2i(e[2])
			out[j] = int64(base + 3)
			j += b2i(e[3])
			out[j] = int64(base + 4)
			j += b2i(e[4])
			out[j] = int64(base + 5)
			j += b2i(e[5])
			out[j] = int64(base + 6)
			j += b2i(e[6])
			out[j] = int64(base + 7)
			j += b2i(e[7])
		}
	}
	for ; i < len(b); i++ {
		out[j] = int64(i)
		j += b2i(b[i])
	}
}

// b2i is 1 for true, 0 for false, without a branch.
func b2i(t bool) int { return int(*(*uint8)(unsafe.Pointer(&t))) }

// Enlist is `enlist x` (`,x`): a one-item list holding x. An atom gives a
// one-item vector; a dictionary gives a one-row table when its keys are
// symbols (an empty one stays a dictionary in a list).
func Enlist(x k.Value) k.Value {
	if d, ok := x.(*k.Dict); ok && isSyms(d.K) && d.K.Len() > 0 {
		if t, ok := d.V.(*k.Table); ok && t.Len() == d.K.Len() {
			return enlistRecords(d.K.(*k.Vec[string]), t)
		}
		vals := k.Items(d.V)
		if len(vals) != d.K.Len() {
			// a table of values, one row per key: a column per key
			vals = make([]k.Value, d.K.Len())
			for i := range vals {
				vals[i] = item(d.V, i)
			}
		}
		cols := make([]k.Value, len(vals))
		for i, v := range vals {
			cols[i] = Enlist(v)
		}
		return &k.Table{Cols: plainNames(d.K.(*k.Vec[string])), Data: cols}
	}
	return k.Enlist(x)
}

// enlistRecords is enlist of a dictionary whose values are the rows of
// table t, one per name: each column is the enlisted row, a one-row table
// (t itself when it has one row, so a record nested deep enlists in one
// step).
func enlistRecords(names *k.Vec[string], t *k.Table) k.Value {
	cols := make([]k.Value, t.Len())
	for j := range cols {
		if t.Len() == 1 {
			cols[j] = t
			if _, nested := t.Data[0].(*k.Table); nested {
				// a table whose first column is a table again: kept in a
				// general list, so a record enlisted a million deep counts
				// its rows in one step (a table counts its first column)
				cols[j] = k.Enlist(t)
			}
		} else {
			cols[j] = Index(t, k.Longs(int64(j)))
		}
	}
	return &k.Table{Cols: plainNames(names), Data: cols}
}

// plainNames is names without an attribute: a table's column names carry
// none, so a record keyed by `s# names (asc distinct syms, a step
// dictionary) enlists to a table whose rows are not step dictionaries.
func plainNames(names *k.Vec[string]) *k.Vec[string] {
	if names.A == 0 {
		return names
	}
	return &k.Vec[string]{T: names.T, V: append([]string(nil), names.V...)}
}

// Raze is `raze x`: the items of x joined together (one level of
// flattening); an atom gives a one-item list; a dictionary razes its
// values.
func Raze(x k.Value) k.Value {
	switch v := x.(type) {
	case *k.Dict:
		return Raze(v.V)
	case *k.Table:
		// raze is ,/ (ref/raze.md): over a table, its records joined, so
		// a one-row table razes to its record
		n := v.Len()
		if n == 0 {
			return v
		}
		acc := Index(v, k.J(0))
		for i := 1; i < n; i++ {
			acc = Join(acc, Index(v, k.J(int64(i))))
		}
		return acc
	case *k.List:
		k.Nest()
		defer k.Unnest()
		if len(v.V) == 0 {
			return v
		}
		if r := razeSimple(v.V); r != nil {
			return r
		}
		if r := razeGeneral(v.V); r != nil {
			return r
		}
		acc := v.V[0]
		if k.IsAtom(acc) || k.IsFunc(acc.Type()) {
			acc = k.Enlist(acc)
		}
		// general lists joined to a general list are gathered in one
		// slice, not joined pairwise (which copies the whole result at
		// each step: raze of many lists of paths took quadratic time)
		var items []k.Value
		general := false
		flush := func() {
			if general {
				k.Reserve(len(items), 16)
				acc = &k.List{V: items}
				items, general = nil, false
			}
		}
		for _, it := range v.V[1:] {
			if l, ok := it.(*k.List); ok {
				if a, ok := acc.(*k.List); ok && !general {
					items = append(make([]k.Value, 0, 2*(len(a.V)+len(l.V))), a.V...)
					general = true
				}
				if general {
					items = append(items, l.V...)
					continue
				}
			}
			flush()
			acc = Join(acc, it)
		}
		flush()
		return acc
	}
	if k.IsAtom(x) {
		return k.Enlist(x)
	}
	return x
}

// razeSimple joins items that are all atoms or vectors of one type in one
// pass; nil when the items are not so uniform.
func razeSimple(items []k.Value) k.Value {
	switch v := items[0].(type) {
	case *k.Vec[uint8]:
		if r := razeBytes(v.T, items); r != nil {
			return r
		}
	case *k.Vec[int64]:
		if r := razeVecs(v, items); r != nil {
			return r
		}
	case *k.Vec[float64]:
		if r := razeVecs(v, items); r != nil {
			return r
		}
	case *k.Vec[string]:
		if r := razeVecs(v, items); r != nil {
			return r
		}
	}
	t := vecType(items[0])
	if t <= 0 || t >= k.XT {
		return nil
	}
	n := 0
	for _, it := range items {
		if vecType(it) != t || it.Type() == k.KList {
			return nil
		}
		n += it.Len()
	}
	return concatAll(opsOf(items[0]), t, items, n)
}

// razeGeneral joins items when every one is a general list, into one slice
// of their total count, with no growth on the way; nil for any other list.
func razeGeneral(items []k.Value) k.Value {
	n := 0
	for _, it := range items {
		l, ok := it.(*k.List)
		if !ok {
			return nil
		}
		n += len(l.V)
	}
	k.Reserve(n, 16)
	out := make([]k.Value, 0, n)
	for _, it := range items {
		out = append(out, it.(*k.List).V...)
	}
	return &k.List{V: out}
}

// razeVecs joins items when every one is a vector of the type of the
// first, v (the usual raze, as of a list of strings): one type assertion
// an item, then one copy each. It returns nil for any other list.
func razeVecs[E k.Elem](v *k.Vec[E], items []k.Value) k.Value {
	n := 0
	for _, it := range items {
		w, ok := it.(*k.Vec[E])
		if !ok || w.T != v.T {
			return nil
		}
		n += len(w.V)
	}
	k.Reserve(n, int(unsafe.Sizeof(*new(E))))
	out := make([]E, n)
	pos := 0
	for _, it := range items {
		pos += copy(out[pos:], it.(*k.Vec[E]).V)
	}
	return &k.Vec[E]{T: v.T, V: out}
}

// razeBytes is razeVecs for strings and byte vectors, the usual raze.
// When their text lies end to end in one noted arena (k.Flat), as that of
// `string` of a long vector does, it is copied in one move; else item by
// item.
func razeBytes(t k.Type, items []k.Value) k.Value {
	n := 0
	// Where the text found end to end begins, and the address just past
	// it: an address, not a pointer, as a pointer past the end of an
	// allocation is invalid in Go (checkptr ends the process on it).
	var first *byte
	var end uintptr
	flat := true
	for _, it := range items {
		w, ok := it.(*k.Vec[uint8])
		if !ok || w.T != t {
			return nil
		}
		if len(w.V) == 0 {
			continue
		}
		p := unsafe.SliceData(w.V)
		if first == nil {
			first = p
		} else if uintptr(unsafe.Pointer(p)) != end {
			flat = false
		}
		end = uintptr(unsafe.Pointer(p)) + uintptr(len(w.V))
		n += len(w.V)
	}
	k.Reserve(n, 1)
	out := make([]byte, n)
	if src := k.Flat(first, n); flat && src != nil {
		copy(out, src)
		return &k.Vec[uint8]{T: t, V: out}
	}
	pos := 0
	for _, it := range items {
		pos += copy(out[pos:], it.(*k.Vec[uint8]).V)
	}
	return &k.Vec[uint8]{T: t, V: out}
}

// concatAll joins atoms/vectors of one type t with total count n.
func concatAll(ops vops, t k.Type, parts []k.Value, n int) k.Value {
	switch ops.(type) {
	case vecOps[bool]:
		return concatG[bool](t, parts, n)
	case vecOps[uint8]:
		return concatG[uint8](t, parts, n)
	case vecOps[int16]:
		return concatG[int16](t, parts, n)
	case vecOps[int32]:
		return concatG[int32](t, parts, n)
	case vecOps[int64]:
		return concatG[int64](t, parts, n)
	case vecOps[float32]:
		return concatG[float32](t, parts, n)
	case vecOps[float64]:
		return concatG[float64](t, parts, n)
	case vecOps[string]:
		return concatG[string](t, parts, n)
	case vecOps[k.GUID]:
		return concatG[k.GUID](t, parts, n)
	}
	return nil
}

func concatG[E k.Elem](t k.Type, parts []k.Value, n int) k.Value {
	k.Reserve(n, int(unsafe.Sizeof(*new(E))))
	out := make([]E, 0, n)
	for _, p := range parts {
		out = append(out, elems[E](p)...)
	}
	return &k.Vec[E]{T: t, V: out}
}
