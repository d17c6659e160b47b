// This file holds the hashing kernels behind find, distinct, group, in,
// except, inter and union: the items of a list are viewed as a slice of
// Go-comparable keys (the values themselves for typed vectors, normalised
// bits for floats, a serialisation for anything nested), and the work is
// done once, generically, over that slice.

package prim

import (
	"encoding/binary"
	"math"
	"unsafe"

	"qgo/interp/k"
)

// keyView gives the items of list-like x as a slice of comparable keys:
// []bool, []uint8, []int16, []int32, []int64 (also floats, as bits),
// []string (symbols, or serialised items of general lists and rows of
// tables) or []k.GUID. Comparisons by key are exact, as find's are.
func keyView(x k.Value) any {
	switch v := x.(type) {
	case *k.Vec[bool]:
		return v.V
	case *k.Vec[uint8]:
		return v.V
	case *k.Vec[int16]:
		return v.V
	case *k.Vec[int32]:
		return v.V
	case *k.Vec[int64]:
		return v.V
	case *k.Vec[float32]:
		k.Reserve(len(v.V), 8)
		out := make([]int64, len(v.V))
		for i, f := range v.V {
			out[i] = floatKey(float64(f))
		}
		return out
	case *k.Vec[float64]:
		k.Reserve(len(v.V), 8)
		out := make([]int64, len(v.V))
		for i, f := range v.V {
			out[i] = floatKey(f)
		}
		return out
	case *k.Vec[string]:
		return v.V
	case *k.Vec[k.GUID]:
		return v.V
	case *k.Enum:
		if s, ok := v.Resolve().(*k.Vec[string]); ok {
			return s.V // by value, so an enumeration finds its symbols
		}
	}
	return serKeysOf(x)
}

// floatKey is the hash key of a float: its bits, with every NaN one null
// and -0 equal to 0.
func floatKey(f float64) int64 {
	if f != f {
		return math.MinInt64
	}
	if f == 0 {
		return 0
	}
	return int64(math.Float64bits(f))
}

// serItems serialises each item of list-like x (each row of a table).
func serItems(x k.Value) []string {
	if t, ok := x.(*k.Table); ok {
		n := t.Len()
		k.Reserve(n, 16)
		out := make([]string, n)
		var buf []byte
		for i := 0; i < n; i++ {
			buf = buf[:0]
			for _, c := range t.Data {
				buf = ser(buf, item(c, i))
			}
			out[i] = string(buf)
		}
		return out
	}
	if d, ok := x.(*k.Dict); ok {
		return serItems(d.V)
	}
	if k.IsAtom(x) || !isData(x) {
		return []string{string(ser(nil, x))}
	}
	n := x.Len()
	k.Reserve(n, 16)
	out := make([]string, n)
	var buf []byte
	for i := 0; i < n; i++ {
		buf = ser(buf[:0], item(x, i))
		out[i] = string(buf)
	}
	return out
}

// serRow serialises a table row given as a dictionary or list of values,
// as serItems does a table's rows.
func serRow(vals []k.Value) string {
	var buf []byte
	for _, v := range vals {
		buf = ser(buf, v)
	}
	return string(buf)
}

// ser appends an exact, type-aware serialisation of v to buf: two values
// serialise alike when they match exactly (attributes ignored).
func ser(buf []byte, v k.Value) []byte {
	if a, ok := v.(k.EnumAtom); ok {
		if r := a.Resolve(); r != nil {
			return ser(buf, r) // by value, so an enumeration finds its symbol
		}
	}
	buf = append(buf, byte(v.Type()))
	switch a := v.(type) {
	case k.Atom[bool]:
		if a.V {
			return append(buf, 1)
		}
		return append(buf, 0)
	case k.Atom[uint8]:
		return append(buf, a.V)
	case k.Atom[int16]:
		return binary.LittleEndian.AppendUint16(buf, uint16(a.V))
	case k.Atom[int32]:
		return binary.LittleEndian.AppendUint32(buf, uint32(a.V))
	case k.Atom[int64]:
		return binary.LittleEndian.AppendUint64(buf, uint64(a.V))
	case k.Atom[float32]:
		return binary.LittleEndian.AppendUint64(buf, uint64(floatKey(float64(a.V))))
	case k.Atom[float64]:
		return binary.LittleEndian.AppendUint64(buf, uint64(floatKey(a.V)))
	case k.Atom[string]:
		buf = binary.AppendUvarint(buf, uint64(len(a.V)))
		return append(buf, a.V...)
	case k.Atom[k.GUID]:
		return append(buf, a.V[:]...)
	case *k.Dict:
		k.Nest()
		defer k.Unnest()
		return ser(ser(buf, a.K), a.V)
	case *k.Table:
		k.Nest()
		defer k.Unnest()
		buf = ser(buf, a.Cols)
		for _, c := range a.Data {
			buf = ser(buf, c)
		}
		return buf
	case *k.Lambda:
		return append(append(buf, a.Ctx...), a.Src...)
	case *k.Prim:
		return append(buf, a.Name...)
	case *k.Derived:
		k.Nest()
		defer k.Unnest()
		return ser(buf, a.F)
	case *k.Proj:
		k.Nest()
		defer k.Unnest()
		buf = ser(buf, a.F)
		for _, e := range a.Args {
			if e == nil {
				buf = append(buf, 0xff)
			} else {
				buf = ser(buf, e)
			}
		}
		return buf
	case *k.Comp:
		k.Nest()
		defer k.Unnest()
		for _, f := range a.Fs {
			buf = ser(buf, f)
		}
		return buf
	case *k.ErrVal:
		return append(buf, a.Msg...)
	case *k.ViewDef:
		return append(buf, a.Src...)
	case k.EnumAtom:
		buf = binary.AppendUvarint(buf, uint64(len(a.Dom)))
		buf = append(buf, a.Dom...)
		return binary.LittleEndian.AppendUint64(buf, uint64(a.V))
	}
	n := v.Len()
	buf = binary.AppendUvarint(buf, uint64(n))
	switch l := v.(type) {
	case *k.Vec[uint8]:
		return append(buf, l.V...)
	case *k.Vec[int64]:
		for _, e := range l.V {
			buf = binary.LittleEndian.AppendUint64(buf, uint64(e))
		}
		return buf
	}
	if _, ok := v.(*k.List); ok {
		k.Nest()
		defer k.Unnest()
	}
	for i := 0; i < n; i++ {
		buf = ser(buf, item(v, i))
	}
	return buf
}

// findG returns for each of ys the index of its first occurrence in xs,
// or len(xs).
func findG[E comparable](xs, ys []E) []int64 {
	k.Reserve(len(ys), 8)
	out := make([]int64, len(ys))
	n := int64(len(xs))
	if len(ys) <= 8 || len(xs) <= 16 {
		for j, y := range ys {
			out[j] = n
			for i, x := range xs {
				if x == y {
					out[j] = int64(i)
					break
				}
			}
		}
		return out
	}
	k.Reserve(len(xs), 8+int(unsafe.Sizeof(*new(E)))+mapEntry)
	m := make(map[E]int64, len(xs))
	for i := len(xs) - 1; i >= 0; i-- {
		m[xs[i]] = int64(i)
	}
	for j, y := range ys {
		if i, ok := m[y]; ok {
			out[j] = i
		} else {
			out[j] = n
		}
	}
	return out
}

// groupG returns the index of the first occurrence of each distinct item
// of xs, and the indices of each group, in order of first occurrence.
func groupG[E comparable](xs []E) (firsts []int64, groups [][]int64) {
	k.Reserve(len(xs), 4+8) // the group of each item, and the groups' indices
	m := make(map[E]int32, 16)
	ids := make([]int32, len(xs))
	var counts []int
	for i, x := range xs {
		g, ok := m[x]
		if !ok {
			g = int32(len(firsts))
			m[x] = g
			firsts = append(firsts, int64(i))
			counts = append(counts, 0)
		}
		ids[i] = g
		counts[g]++
	}
	return firsts, fillGroups(ids, counts)
}

// fillGroups is the row numbers of each group, given each row's group
// and the size of each group, carved from one backing array rather than
// grown one append at a time.
func fillGroups(ids []int32, counts []int) [][]int64 {
	k.Reserve(len(ids), 8)
	all := make([]int64, len(ids))
	k.Reserve(len(counts), 24)
	groups := make([][]int64, len(counts))
	off := 0
	for g, c := range counts {
		groups[g] = all[off : off : off+c]
		off += c
	}
	for i, g := range ids {
		groups[g] = append(groups[g], int64(i))
	}
	return groups
}

// distinctG returns the index of the first occurrence of each distinct
// item of xs.
func distinctG[E comparable](xs []E) []int64 {
	m := make(map[E]struct{}, 16)
	var firsts []int64
	for i, x := range xs {
		if _, ok := m[x]; !ok {
			m[x] = struct{}{}
			firsts = append(firsts, int64(i))
		}
	}
	return firsts
}

// findKeys runs findG over two key views of the same Go type (findDense
// for integers of a narrow range).
func findKeys(kx, ky any) []int64 {
	switch a := kx.(type) {
	case []bool:
		return findG(a, ky.([]bool))
	case []uint8:
		return findG(a, ky.([]uint8))
	case []int16:
		if out, ok := findDense(a, ky.([]int16)); ok {
			return out
		}
		return findG(a, ky.([]int16))
	case []int32:
		if out, ok := findDense(a, ky.([]int32)); ok {
			return out
		}
		return findG(a, ky.([]int32))
	case []int64:
		if out, ok := findDense(a, ky.([]int64)); ok {
			return out
		}
		return findG(a, ky.([]int64))
	case []string:
		return findG(a, ky.([]string))
	case []k.GUID:
		return findG(a, ky.([]k.GUID))
	case *serKeys:
		return findSer(a, ky.(*serKeys))
	}
	panic("prim: bad key view")
}

// findList gives, for each item of list y, the index of the first item of
// list x that matches it exactly, or count x. Items of different types
// never match.
func findList(x, y k.Value) []int64 {
	if x.Type() == y.Type() && x.Type() > 0 && x.Type() < k.XT {
		return findKeys(keyView(x), keyView(y))
	}
	if xt, ok := x.(*k.Table); ok {
		if yt, ok := y.(*k.Table); ok {
			if pos, ok := findFewRows(xt, yt); ok {
				return pos
			}
		}
	}
	if pos, ok := findUnique(x, y); ok {
		return pos
	}
	if pos, ok := findVecs(x, y); ok {
		return pos
	}
	ys := serKeysOf(y)
	if pos, ok := findSerFew(x, y, ys); ok {
		return pos
	}
	if l, ok := x.(*k.List); ok {
		if yl, ok := y.(*k.List); ok && len(yl.V) == 1 {
			if pos, ok := findOneVec(l, yl.V[0]); ok {
				return []int64{pos}
			}
		}
	}
	return findSer(serKeysOf(x), ys)
}

// findOneVec finds one typed vector v (not symbols, which enumerations
// match by value) among the items of general list x by a scan: Match
// passes the candidates, and their serial forms decide exactly, without
// building a hash of every item of x for one search (x?v in a loop).
func findOneVec(x *k.List, v k.Value) (int64, bool) {
	if t := v.Type(); t <= 0 || t >= k.XT || t == k.KS || !k.IsList(v) {
		return 0, false
	}
	if _, ok := v.(*k.Enum); ok {
		return 0, false
	}
	var want, buf []byte
	for i, it := range x.V {
		if it.Type() != v.Type() || it.Len() != v.Len() || !Match(it, v) {
			continue
		}
		if want == nil {
			want = ser(nil, v)
		}
		buf = ser(buf[:0], it)
		if string(buf) == string(want) {
			return int64(i), true
		}
	}
	return int64(len(x.V)), true
}

// groupRows groups the items of list-like x (rows of a table).
func groupRows(x k.Value) (firsts []int64, groups [][]int64) {
	if ids, card, ok := slotIDs(x); ok {
		return Firsts(ids, card), GroupIDs(ids, card)
	}
	if l, ok := x.(*k.List); ok && vecItems(l) {
		return groupVecs(l)
	}
	switch a := keyView(x).(type) {
	case []bool:
		return groupG(a)
	case []uint8:
		return groupG(a)
	case []int16:
		return groupG(a)
	case []int32:
		return groupG(a)
	case []int64:
		return groupG(a)
	case []string:
		return groupG(a)
	case []k.GUID:
		return groupG(a)
	case *serKeys:
		return groupSer(a)
	}
	panic("prim: bad key view")
}

// distinctRows is the index of the first occurrence of each distinct item
// of list-like x.
func distinctRows(x k.Value) []int64 {
	if ids, card, ok := slotIDs(x); ok {
		return Firsts(ids, card)
	}
	if l, ok := x.(*k.List); ok && vecItems(l) {
		return distinctVecs(l)
	}
	switch a := keyView(x).(type) {
	case []bool:
		return distinctG(a)
	case []uint8:
		return distinctG(a)
	case []int16:
		return distinctG(a)
	case []int32:
		return distinctG(a)
	case []int64:
		return distinctG(a)
	case []string:
		return distinctG(a)
	case []k.GUID:
		return distinctG(a)
	case *serKeys:
		return distinctSer(a)
	}
	panic("prim: bad key view")
}

// findFewRows is findList for a few rows of probe (a table of t's columns
// in t's order) in the table t: column by column, each row narrowing the
// rows of t that match it so far, with no serialisation of t's rows, which
// made each lookup of a keyed table by a record cost an allocation per
// row. ok is false unless probe is short and every column of both is a
// typed vector of the same type.
func findFewRows(t, probe *k.Table) ([]int64, bool) {
	if probe.Len() > 8 || len(probe.Data) != len(t.Data) || len(t.Data) == 0 {
		return nil, false
	}
	for c, col := range t.Data {
		if _, isEnum := col.(*k.Enum); isEnum || col.Type() <= 0 || col.Type() >= k.XT || col.Type() != probe.Data[c].Type() {
			return nil, false
		}
		if _, isEnum := probe.Data[c].(*k.Enum); isEnum {
			return nil, false
		}
	}
	n := int64(t.Len())
	k.Reserve(probe.Len(), 8)
	out := make([]int64, probe.Len())
	for r := range out {
		var cand []int64 // nil: every row
		for c, col := range t.Data {
			cand = matchItem(col, probe.Data[c], r, cand)
			if len(cand) == 0 {
				break
			}
		}
		out[r] = n
		if len(cand) > 0 {
			out[r] = cand[0]
		}
	}
	return out, true
}

// matchItem narrows cand (nil: every row) to the rows of the typed vector
// col whose item equals item r of p, a vector of col's type, exactly (as
// keyView compares).
func matchItem(col, p k.Value, r int, cand []int64) []int64 {
	switch c := col.(type) {
	case *k.Vec[bool]:
		return matchKey(c.V, p.(*k.Vec[bool]).V[r], cand)
	case *k.Vec[uint8]:
		return matchKey(c.V, p.(*k.Vec[uint8]).V[r], cand)
	case *k.Vec[int16]:
		return matchKey(c.V, p.(*k.Vec[int16]).V[r], cand)
	case *k.Vec[int32]:
		return matchKey(c.V, p.(*k.Vec[int32]).V[r], cand)
	case *k.Vec[int64]:
		return matchKey(c.V, p.(*k.Vec[int64]).V[r], cand)
	case *k.Vec[string]:
		return matchKey(c.V, p.(*k.Vec[string]).V[r], cand)
	case *k.Vec[k.GUID]:
		return matchKey(c.V, p.(*k.Vec[k.GUID]).V[r], cand)
	case *k.Vec[float64]:
		key := floatKey(p.(*k.Vec[float64]).V[r])
		return matchBy(len(c.V), func(i int64) bool { return floatKey(c.V[i]) == key }, cand)
	case *k.Vec[float32]:
		key := floatKey(float64(p.(*k.Vec[float32]).V[r]))
		return matchBy(len(c.V), func(i int64) bool { return floatKey(float64(c.V[i])) == key }, cand)
	}
	panic("prim: matchItem of a column findFewRows refuses")
}

func matchKey[E comparable](col []E, key E, cand []int64) []int64 {
	if cand != nil {
		out := cand[:0]
		for _, i := range cand {
			if col[i] == key {
				out = append(out, i)
			}
		}
		return out
	}
	var out []int64
	for i, e := range col {
		if e == key {
			out = append(out, int64(i))
		}
	}
	return out
}

// matchBy is the rows among cand (nil: 0 to n-1) for which eq holds.
func matchBy(n int, eq func(int64) bool, cand []int64) []int64 {
	if cand != nil {
		out := cand[:0]
		for _, i := range cand {
			if eq(i) {
				out = append(out, i)
			}
		}
		return out
	}
	var out []int64
	for i := int64(0); i < int64(n); i++ {
		if eq(i) {
			out = append(out, i)
		}
	}
	return out
}
