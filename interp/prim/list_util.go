// This file holds the typed-vector kernels the structural primitives share:
// gathering by index, slicing, joining and reversing, written once over the
// element type and reached through one type switch (opsOf).

package prim

import (
	"unsafe"

	"qgo/interp/k"
)

// vops is the set of structural kernels over one storage class. The
// implementation for typed vectors is vecOps[E]; general lists use listOps.
type vops interface {
	// gather picks items idx of list x; an index out of range gives the
	// null of x's items.
	gather(x k.Value, idx []int64) k.Value
	// slice is items lo..hi-1 of x, sharing storage (capacity clipped).
	slice(x k.Value, lo, hi int) k.Value
	// concat joins x and y, each a list or atom of the same q type.
	concat(x, y k.Value) k.Value
	// reverse reverses x.
	reverse(x k.Value) k.Value
	// cycle takes n items from x starting at item s, wrapping around.
	cycle(x k.Value, s, n int) k.Value
}

// vecOps implements vops for *k.Vec[E].
type vecOps[E k.Elem] struct{}

// listOps implements vops for *k.List.
type listOps struct{}

// opsOf gives the kernels for the storage class of x (a list or an atom).
func opsOf(x k.Value) vops {
	switch x.(type) {
	case *k.Vec[bool], k.Atom[bool]:
		return vecOps[bool]{}
	case *k.Vec[uint8], k.Atom[uint8]:
		return vecOps[uint8]{}
	case *k.Vec[int16], k.Atom[int16]:
		return vecOps[int16]{}
	case *k.Vec[int32], k.Atom[int32]:
		return vecOps[int32]{}
	case *k.Vec[int64], k.Atom[int64]:
		return vecOps[int64]{}
	case *k.Vec[float32], k.Atom[float32]:
		return vecOps[float32]{}
	case *k.Vec[float64], k.Atom[float64]:
		return vecOps[float64]{}
	case *k.Vec[string], k.Atom[string]:
		return vecOps[string]{}
	case *k.Vec[k.GUID], k.Atom[k.GUID]:
		return vecOps[k.GUID]{}
	case *k.Enum, k.EnumAtom:
		return enumOps{}
	}
	return listOps{}
}

// elems gives the items of an atom or vector of storage E.
func elems[E k.Elem](x k.Value) []E {
	if a, ok := x.(k.Atom[E]); ok {
		return []E{a.V}
	}
	return x.(*k.Vec[E]).V
}

// vecType is the vector type of x: its own type for a list, the negation
// for an atom.
func vecType(x k.Value) k.Type {
	if t := x.Type(); t < 0 {
		return -t
	}
	return x.Type()
}

// nullElem is the null item of q vector type t in storage E.
func nullElem[E k.Elem](t k.Type) E {
	if a, ok := k.Null(t).(k.Atom[E]); ok {
		return a.V
	}
	var z E
	return z
}

func (vecOps[E]) gather(x k.Value, idx []int64) k.Value {
	v := x.(*k.Vec[E])
	k.Reserve(len(idx), int(unsafe.Sizeof(*new(E))))
	out := make([]E, len(idx))
	n := int64(len(v.V))
	var null E
	nullSet := false
	for j, i := range idx {
		if uint64(i) < uint64(n) {
			out[j] = v.V[i]
			continue
		}
		if !nullSet {
			null, nullSet = nullElem[E](v.T), true
		}
		out[j] = null
	}
	return &k.Vec[E]{T: v.T, V: out}
}

func (vecOps[E]) slice(x k.Value, lo, hi int) k.Value {
	v := x.(*k.Vec[E])
	return &k.Vec[E]{T: v.T, V: v.V[lo:hi:hi]}
}

func (vecOps[E]) concat(x, y k.Value) k.Value {
	a, b := elems[E](x), elems[E](y)
	k.Reserve(len(a)+len(b), int(unsafe.Sizeof(*new(E))))
	out := make([]E, len(a)+len(b))
	copy(out, a)
	copy(out[len(a):], b)
	return &k.Vec[E]{T: vecType(x), V: out}
}

func (vecOps[E]) reverse(x k.Value) k.Value {
	v := x.(*k.Vec[E])
	n := len(v.V)
	out := make([]E, n)
	for i, e := range v.V {
		out[n-1-i] = e
	}
	return &k.Vec[E]{T: v.T, V: out}
}

func (vecOps[E]) cycle(x k.Value, s, n int) k.Value {
	v := elems[E](x)
	k.Reserve(n, int(unsafe.Sizeof(*new(E))))
	out := make([]E, n)
	if len(v) > 0 {
		s %= len(v)
		for i := 0; i < n; {
			c := copy(out[i:], v[s:])
			i += c
			s = 0
		}
	}
	return &k.Vec[E]{T: vecType(x), V: out}
}

func (listOps) gather(x k.Value, idx []int64) k.Value {
	l := x.(*k.List)
	k.Reserve(len(idx), 16)
	out := make([]k.Value, len(idx))
	n := int64(len(l.V))
	for j, i := range idx {
		if uint64(i) < uint64(n) {
			out[j] = l.V[i]
		} else {
			out[j] = nullItem(x)
		}
	}
	return unifyList(out)
}

func (listOps) slice(x k.Value, lo, hi int) k.Value {
	return unifyList(x.(*k.List).V[lo:hi:hi])
}

func (listOps) concat(x, y k.Value) k.Value {
	a, b := k.Items(x), k.Items(y)
	k.Reserve(len(a)+len(b), 16)
	out := make([]k.Value, len(a)+len(b))
	copy(out, a)
	copy(out[len(a):], b)
	return &k.List{V: out}
}

func (listOps) reverse(x k.Value) k.Value {
	l := x.(*k.List)
	n := len(l.V)
	out := make([]k.Value, n)
	for i, e := range l.V {
		out[n-1-i] = e
	}
	return &k.List{V: out}
}

func (listOps) cycle(x k.Value, s, n int) k.Value {
	v := k.Items(x)
	k.Reserve(n, 16)
	out := make([]k.Value, n)
	for i := range out {
		out[i] = v[(s+i)%len(v)]
	}
	return unifyList(out)
}

// nullItem is what indexing list x out of range gives: the null of its
// item type for a typed vector; for a general list, the null (or empty
// list) of the type of its first item, and () when it has none.
func nullItem(x k.Value) k.Value {
	switch l := x.(type) {
	case *k.List:
		k.Nest()
		defer k.Unnest()
		if len(l.V) == 0 {
			return k.Empty(k.KList) // no first item: () 0 is ()
		}
		return nullLike(l.V[0])
	case *k.Table:
		return tableNullRow(l)
	case *k.Dict:
		return nullItem(l.V)
	case *k.Enum:
		return k.EnumAtom{Dom: l.Dom, V: k.NJ, Env: l.Env}
	}
	return k.Null(x.Type())
}

// nullLike is the null matching the shape of v: the null atom for an atom,
// an empty list of the same type for a vector, the nulls of its items for a
// general list, a dict of nulls for a dict.
func nullLike(v k.Value) k.Value {
	t := v.Type()
	switch {
	case t < 0:
		return k.Null(t)
	case t == k.KList:
		// a general list: each of its items nulled in turn, so a list of
		// strings gives a list of empty strings
		return nullsOf(v)
	case t < k.XT:
		return k.Empty(t)
	case t == k.XT:
		return emptyTable(v.(*k.Table))
	case t == k.XD:
		d := v.(*k.Dict)
		if kt, ok := d.K.(*k.Table); ok {
			// no rows: of a keyed table, or of a table's rows onto a
			// list (group of a table)
			switch vt := d.V.(type) {
			case *k.Table:
				return &k.Dict{K: emptyTable(kt), V: emptyTable(vt)}
			case *k.List:
				return &k.Dict{K: emptyTable(kt), V: k.Empty(k.KList)}
			}
			if k.IsList(d.V) {
				return &k.Dict{K: emptyTable(kt), V: k.Empty(d.V.Type())}
			}
		}
		return &k.Dict{K: d.K, V: nullsOf(d.V)}
	}
	return k.Identity
}

// nullsOf is a list of nulls as long as list x, of x's item types.
func nullsOf(x k.Value) k.Value {
	n := x.Len()
	idx := make([]int64, n)
	for i := range idx {
		idx[i] = -1
	}
	return gatherList(x, idx)
}

// unifyList collapses items to a typed vector when they are all atoms of
// one type, as q does for the results of indexing and restructuring.
func unifyList(items []k.Value) k.Value {
	if len(items) == 0 {
		return &k.List{V: items}
	}
	if _, ok := items[0].(*k.Dict); ok {
		// dictionaries collapse into a table only when their values are
		// lists (a dictionary of table rows stays a dictionary)
		for _, it := range items {
			if d, ok := it.(*k.Dict); ok && !k.IsList(d.V) {
				return &k.List{V: items}
			}
		}
	}
	return k.Unify(items)
}

// gatherList indexes any list-like value (vector, general list, table) by
// long indices; out-of-range indices give nulls.
func gatherList(x k.Value, idx []int64) k.Value {
	switch v := x.(type) {
	case *k.Table:
		cols := make([]k.Value, len(v.Data))
		for i, c := range v.Data {
			cols[i] = gatherList(c, idx)
		}
		return &k.Table{Cols: v.Cols, Data: cols}
	case *k.Dict:
		if kt, ok := v.K.(*k.Table); ok {
			return &k.Dict{K: gatherList(kt, idx), V: gatherList(v.V, idx)}
		}
		return &k.Dict{K: gatherList(v.K, idx), V: gatherList(v.V, idx)}
	}
	if !k.IsList(x) {
		k.Signal(k.ErrType)
	}
	return opsOf(x).gather(x, idx)
}

// sliceList is items lo..hi-1 of a list-like value (vector, list, table,
// dict), sharing storage.
func sliceList(x k.Value, lo, hi int) k.Value {
	switch v := x.(type) {
	case *k.Table:
		cols := make([]k.Value, len(v.Data))
		for i, c := range v.Data {
			cols[i] = sliceList(c, lo, hi)
		}
		return &k.Table{Cols: v.Cols, Data: cols}
	case *k.Dict:
		if v.V.Type() < 0 {
			k.Signal("par") // keys onto one atom, a partitioned table's flip, as indexDict
		}
		return &k.Dict{K: sliceList(v.K, lo, hi), V: sliceList(v.V, lo, hi)}
	case *k.List:
		k.Nest()
		defer k.Unnest()
		return &k.List{V: v.V[lo:hi:hi]}
	}
	return opsOf(x).slice(x, lo, hi)
}

// iota is 0 1 .. n-1 as Go ints.
func iota(n int) []int64 {
	out := make([]int64, n)
	for i := range out {
		out[i] = int64(i)
	}
	return out
}

// longs wraps a []int64 as a q long vector.
func longs(v []int64) *k.Vec[int64] { return &k.Vec[int64]{T: k.KJ, V: v} }

// intAtom gives the value of an integral atom (boolean, byte, short, int,
// long); ok is false for anything else.
func intAtom(x k.Value) (int64, bool) {
	switch a := x.(type) {
	case k.Atom[int64]:
		if a.T == -k.KJ {
			return a.V, true
		}
	case k.Atom[int32]:
		if a.T == -k.KI {
			if a.V == k.NI {
				return k.NJ, true
			}
			return int64(a.V), true
		}
	case k.Atom[int16]:
		if a.V == k.NH {
			return k.NJ, true
		}
		return int64(a.V), true
	case k.Atom[uint8]:
		if a.T == -k.KX {
			return int64(a.V), true
		}
	case k.Atom[bool]:
		if a.V {
			return 1, true
		}
		return 0, true
	}
	return 0, false
}

// intVec gives the items of an integral vector (boolean, byte, short, int,
// long) as longs, nulls mapped to 0N; ok is false for anything else.
func intVec(x k.Value) ([]int64, bool) {
	switch v := x.(type) {
	case *k.Vec[int64]:
		if v.T == k.KJ {
			return v.V, true
		}
	case *k.Vec[int32]:
		if v.T == k.KI {
			out := make([]int64, len(v.V))
			for i, e := range v.V {
				out[i] = int64(e)
				if e == k.NI {
					out[i] = k.NJ
				}
			}
			return out, true
		}
	case *k.Vec[int16]:
		out := make([]int64, len(v.V))
		for i, e := range v.V {
			out[i] = int64(e)
			if e == k.NH {
				out[i] = k.NJ
			}
		}
		return out, true
	case *k.Vec[uint8]:
		if v.T == k.KX {
			out := make([]int64, len(v.V))
			for i, e := range v.V {
				out[i] = int64(e)
			}
			return out, true
		}
	case *k.Vec[bool]:
		out := make([]int64, len(v.V))
		for i, e := range v.V {
			if e {
				out[i] = 1
			}
		}
		return out, true
	case *k.List:
		if len(v.V) == 0 {
			return nil, true
		}
	}
	return nil, false
}

// mustInt is intAtom that signals 'type for a non-integral argument.
func mustInt(x k.Value) int64 {
	i, ok := intAtom(x)
	if !ok {
		k.Signal(k.ErrType)
	}
	return i
}

// mustInts is intVec that also accepts an atom, and signals 'type for
// anything else.
func mustInts(x k.Value) []int64 {
	if i, ok := intAtom(x); ok {
		return []int64{i}
	}
	v, ok := intVec(x)
	if !ok {
		k.Signal(k.ErrType)
	}
	return v
}

// isData reports whether x is data: an atom, list, dict or table (not a
// function).
func isData(x k.Value) bool { return !k.IsFunc(x.Type()) }

// isSym reports whether x is a symbol atom.
func isSym(x k.Value) bool { return x != nil && x.Type() == -k.KS }

// isSyms reports whether x is a symbol vector.
func isSyms(x k.Value) bool { return x != nil && x.Type() == k.KS }

// symsOf gives the names in a symbol atom or vector; 'type otherwise.
func symsOf(x k.Value) []string {
	switch v := x.(type) {
	case k.Atom[string]:
		return []string{v.V}
	case *k.Vec[string]:
		return v.V
	case *k.List:
		if len(v.V) == 0 {
			return nil
		}
	}
	k.Signal(k.ErrType)
	return nil
}

// maxItems is the longest list the structural primitives will build: a
// longer request signals 'limit rather than exhausting memory.
const maxItems = 1 << 30

// clampLen converts a Go count to an int, signalling 'limit on absurd
// sizes instead of letting make panic.
func clampLen(n int64) int {
	if n < 0 || n > maxItems {
		k.Signal("limit")
	}
	k.Reserve(int(n), 8) // most often longs (til, where): checked before they are made
	return int(n)
}

// withAttr returns a shallow copy of vector x with attribute a; other
// values are returned unchanged.
func withAttr(x k.Value, a k.Attr) k.Value {
	switch v := x.(type) {
	case *k.Vec[bool]:
		return &k.Vec[bool]{T: v.T, A: a, V: v.V}
	case *k.Vec[uint8]:
		return &k.Vec[uint8]{T: v.T, A: a, V: v.V}
	case *k.Vec[int16]:
		return &k.Vec[int16]{T: v.T, A: a, V: v.V}
	case *k.Vec[int32]:
		return &k.Vec[int32]{T: v.T, A: a, V: v.V}
	case *k.Vec[int64]:
		return &k.Vec[int64]{T: v.T, A: a, V: v.V}
	case *k.Vec[float32]:
		return &k.Vec[float32]{T: v.T, A: a, V: v.V}
	case *k.Vec[float64]:
		return &k.Vec[float64]{T: v.T, A: a, V: v.V}
	case *k.Vec[string]:
		return &k.Vec[string]{T: v.T, A: a, V: v.V}
	case *k.Vec[k.GUID]:
		return &k.Vec[k.GUID]{T: v.T, A: a, V: v.V}
	case *k.Enum:
		return &k.Enum{Dom: v.Dom, A: a, V: v.V, Env: v.Env}
	case *k.List:
		return &k.List{V: v.V, A: a}
	}
	return x
}

// attrOf is the attribute of vector x (none for anything else).
func attrOf(x k.Value) k.Attr {
	switch v := x.(type) {
	case *k.Vec[bool]:
		return v.A
	case *k.Vec[uint8]:
		return v.A
	case *k.Vec[int16]:
		return v.A
	case *k.Vec[int32]:
		return v.A
	case *k.Vec[int64]:
		return v.A
	case *k.Vec[float32]:
		return v.A
	case *k.Vec[float64]:
		return v.A
	case *k.Vec[string]:
		return v.A
	case *k.Vec[k.GUID]:
		return v.A
	case *k.Enum:
		return v.A
	case *k.List:
		return v.A
	}
	return k.AttrNone
}

// item is item i of list-like x: an item of a vector or list, a row (as a
// dictionary) of a table or keyed table, a value of a dictionary; 'type
// for anything else. i must be in range.
func item(x k.Value, i int) k.Value {
	switch v := x.(type) {
	case *k.Table:
		return tableRow(v, i)
	case *k.Dict:
		return item(v.V, i)
	}
	if !k.IsList(x) {
		k.Signal(k.ErrType)
	}
	return k.At(x, i)
}
