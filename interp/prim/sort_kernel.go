// This file holds the sorting kernels: order-preserving integer keys for
// every numeric storage class, an LSD radix sort over them (stable, with
// or without a permutation), and the comparator used for symbols, guids
// and general lists. q sorts nulls first.

package prim

import (
	"bytes"
	"cmp"
	"math"
	"slices"
	"strings"

	"qgo/interp/k"
)

// radixKey is the storage of sort keys.
type radixKey interface{ uint32 | uint64 }

// radixSort sorts keys ascending, stably, and applies the same permutation
// to idx when idx is not nil. Passes whose byte is the same for every key
// are skipped.
func radixSort[K radixKey](keys []K, idx []int64) {
	n := len(keys)
	if n < 2 {
		return
	}
	nb := 8
	var z K
	if any(z) == any(uint32(0)) {
		nb = 4
	}
	var hist [8][256]int
	for _, kv := range keys {
		for b := 0; b < nb; b++ {
			hist[b][byte(kv>>(8*b))]++
		}
	}
	tmpK := make([]K, n)
	var tmpI []int64
	if idx != nil {
		tmpI = make([]int64, n)
	}
	src, dst := keys, tmpK
	srcI, dstI := idx, tmpI
	for b := 0; b < nb; b++ {
		h := &hist[b]
		if h[byte(keys[0]>>(8*b))] == n {
			continue // all keys share this byte
		}
		var off [256]int
		sum := 0
		for i, c := range h {
			off[i] = sum
			sum += c
		}
		shift := uint(8 * b)
		if srcI == nil {
			for _, kv := range src {
				d := byte(kv >> shift)
				dst[off[d]] = kv
				off[d]++
			}
		} else {
			for i, kv := range src {
				d := byte(kv >> shift)
				o := off[d]
				dst[o] = kv
				dstI[o] = srcI[i]
				off[d] = o + 1
			}
		}
		src, dst = dst, src
		srcI, dstI = dstI, srcI
	}
	if &src[0] != &keys[0] {
		copy(keys, src)
		if idx != nil {
			copy(idx, srcI)
		}
	}
}

// Order-preserving keys (nulls, the minimum, first).

func keyI64(v int64) uint64   { return uint64(v) ^ 1<<63 }
func unkeyI64(u uint64) int64 { return int64(u ^ 1<<63) }
func keyI32(v int32) uint32   { return uint32(v) ^ 1<<31 }
func unkeyI32(u uint32) int32 { return int32(u ^ 1<<31) }

func keyF64(f float64) uint64 {
	if f != f {
		return 0
	}
	if f == 0 {
		f = 0
	}
	b := math.Float64bits(f)
	if b>>63 == 1 {
		return ^b
	}
	return b | 1<<63
}

func unkeyF64(u uint64) float64 {
	if u == 0 {
		return math.NaN()
	}
	if u>>63 == 1 {
		return math.Float64frombits(u &^ (1 << 63))
	}
	return math.Float64frombits(^u)
}

func keyF32(f float32) uint32 {
	if f != f {
		return 0
	}
	if f == 0 {
		f = 0
	}
	b := math.Float32bits(f)
	if b>>31 == 1 {
		return ^b
	}
	return b | 1<<31
}

func unkeyF32(u uint32) float32 {
	if u == 0 {
		return float32(math.NaN())
	}
	if u>>31 == 1 {
		return math.Float32frombits(u &^ (1 << 31))
	}
	return math.Float32frombits(^u)
}

// sortKeys maps vs to sort keys, complemented for a descending sort.
func sortKeys[E any, K radixKey](vs []E, key func(E) K, desc bool) []K {
	out := make([]K, len(vs))
	if desc {
		for i, v := range vs {
			out[i] = ^key(v)
		}
	} else {
		for i, v := range vs {
			out[i] = key(v)
		}
	}
	return out
}

// gradeKeys is the stable permutation sorting keys (consumed).
func gradeKeys[K radixKey](keys []K) []int64 {
	idx := iota(len(keys))
	radixSort(keys, idx)
	return idx
}

// gradeSmall is the stable permutation sorting small-range codes c (bytes
// or booleans as 0/1) by counting.
func gradeSmall(n int, code func(i int) int, desc bool) []int64 {
	if n <= 32 {
		return gradeFew(n, code, desc)
	}
	var cnt [257]int
	for i := 0; i < n; i++ {
		c := code(i)
		if desc {
			c = 255 - c
		}
		cnt[c+1]++
	}
	for i := 1; i < 257; i++ {
		cnt[i] += cnt[i-1]
	}
	out := make([]int64, n)
	for i := 0; i < n; i++ {
		c := code(i)
		if desc {
			c = 255 - c
		}
		out[cnt[c]] = int64(i)
		cnt[c]++
	}
	return out
}

// gradeFew is gradeSmall for a few codes (asc of a short string): a
// stable insertion sort, with no counting table to clear and sum.
func gradeFew(n int, code func(i int) int, desc bool) []int64 {
	out := make([]int64, n)
	var buf [32]int
	c := buf[:n]
	for i := range c {
		c[i] = code(i)
		if desc {
			c[i] = 255 - c[i]
		}
	}
	for i := 0; i < n; i++ {
		j := i
		for j > 0 && c[out[j-1]] > c[i] {
			out[j] = out[j-1]
			j--
		}
		out[j] = int64(i)
	}
	return out
}

// grade is the stable permutation sorting the items of list x ascending
// (or descending: ties still keep their order). Tables sort by all
// columns, dictionaries by value.
func grade(x k.Value, desc bool) []int64 {
	switch v := x.(type) {
	case *k.Vec[bool]:
		return gradeSmall(len(v.V), func(i int) int {
			if v.V[i] {
				return 1
			}
			return 0
		}, desc)
	case *k.Vec[uint8]:
		return gradeSmall(len(v.V), func(i int) int { return int(v.V[i]) }, desc)
	case *k.Vec[int16]:
		return gradeKeys(sortKeys(v.V, func(e int16) uint32 { return uint32(uint16(e) ^ 1<<15) }, desc))
	case *k.Vec[int32]:
		return gradeKeys(sortKeys(v.V, keyI32, desc))
	case *k.Vec[int64]:
		return gradeKeys(sortKeys(v.V, keyI64, desc))
	case *k.Vec[float32]:
		return gradeKeys(sortKeys(v.V, keyF32, desc))
	case *k.Vec[float64]:
		return gradeKeys(sortKeys(v.V, keyF64, desc))
	case *k.Vec[string]:
		if r, ok := symRanks(v.V); ok {
			return gradeKeys(sortKeys(r, func(e uint32) uint32 { return e }, desc))
		}
		return gradeStrings(v.V, desc)
	case *k.Vec[k.GUID]:
		return gradeFunc(len(v.V), func(a, b int64) int { return bytes.Compare(v.V[a][:], v.V[b][:]) }, desc)
	case *k.List:
		return gradeFunc(len(v.V), func(a, b int64) int { return cmpItems(v.V[a], v.V[b]) }, desc)
	case *k.Table:
		idx := iota(v.Len())
		for j := len(v.Data) - 1; j >= 0; j-- {
			sub := grade(gatherList(v.Data[j], idx), desc)
			next := make([]int64, len(idx))
			for i, s := range sub {
				next[i] = idx[s]
			}
			idx = next
		}
		return idx
	case *k.Dict:
		return grade(v.V, desc)
	case *k.Enum:
		return grade(Resolved(v), desc) // by value, as q sorts an enumerated column
	}
	k.Signal(k.ErrType)
	return nil
}

// gradeFunc is a stable grade by comparator: items that compare equal are
// ordered by position, which makes the order total, so that pdqsort
// (slices.SortFunc, n log n comparisons) gives the stable grade; the
// stable sort's merges without a buffer (SortStableFunc) made a few times
// more comparisons and rotated the indices at each, iasc of 1,000,000
// distinct symbols some 2 s.
func gradeFunc(n int, c func(a, b int64) int, desc bool) []int64 {
	idx := iota(n)
	if desc {
		slices.SortFunc(idx, func(a, b int64) int {
			if r := c(b, a); r != 0 {
				return r
			}
			return cmp.Compare(a, b)
		})
	} else {
		slices.SortFunc(idx, func(a, b int64) int {
			if r := c(a, b); r != 0 {
				return r
			}
			return cmp.Compare(a, b)
		})
	}
	return idx
}

// gradeStrings is gradeFunc for symbols mostly distinct: each symbol is
// sorted beside its position, so that a comparison reads the two strings'
// headers where they lie rather than through the positions.
func gradeStrings(v []string, desc bool) []int64 {
	type pos struct {
		s string
		i int64
	}
	k.Reserve(len(v), 24+8)
	ps := make([]pos, len(v))
	for i, s := range v {
		ps[i] = pos{s, int64(i)}
	}
	slices.SortFunc(ps, func(a, b pos) int {
		r := strings.Compare(a.s, b.s)
		if desc {
			r = -r
		}
		if r != 0 {
			return r
		}
		return cmp.Compare(a.i, b.i)
	})
	idx := make([]int64, len(v))
	for i, p := range ps {
		idx[i] = p.i
	}
	return idx
}

// cmpItems orders any two q values as asc does: atoms of different types
// by type number, atoms before lists, lists item by item.
func cmpItems(a, b k.Value) int {
	ta, tb := a.Type(), b.Type()
	aa, ab := ta < 0, tb < 0
	switch {
	case aa && ab:
		if ta != tb {
			return cmp.Compare(-ta, -tb)
		}
		return cmpAtoms(a, b)
	case aa:
		return -1
	case ab:
		return 1
	}
	if !k.IsList(a) || !k.IsList(b) {
		return strings.Compare(string(ser(nil, a)), string(ser(nil, b)))
	}
	k.Nest()
	defer k.Unnest()
	n, m := a.Len(), b.Len()
	for i := 0; i < n && i < m; i++ {
		if c := cmpItems(item(a, i), item(b, i)); c != 0 {
			return c
		}
	}
	return cmp.Compare(n, m)
}

// cmpAtoms orders two atoms of the same type, nulls first.
func cmpAtoms(a, b k.Value) int {
	switch x := a.(type) {
	case k.Atom[bool]:
		y := b.(k.Atom[bool]).V
		switch {
		case x.V == y:
			return 0
		case y:
			return -1
		}
		return 1
	case k.Atom[uint8]:
		return cmp.Compare(x.V, b.(k.Atom[uint8]).V)
	case k.Atom[int16]:
		return cmp.Compare(x.V, b.(k.Atom[int16]).V)
	case k.Atom[int32]:
		return cmp.Compare(x.V, b.(k.Atom[int32]).V)
	case k.Atom[int64]:
		return cmp.Compare(x.V, b.(k.Atom[int64]).V)
	case k.Atom[float32]:
		return cmp.Compare(keyF32(x.V), keyF32(b.(k.Atom[float32]).V))
	case k.Atom[float64]:
		return cmp.Compare(keyF64(x.V), keyF64(b.(k.Atom[float64]).V))
	case k.Atom[string]:
		return strings.Compare(x.V, b.(k.Atom[string]).V)
	case k.Atom[k.GUID]:
		y := b.(k.Atom[k.GUID]).V
		return bytes.Compare(x.V[:], y[:])
	}
	return strings.Compare(string(ser(nil, a)), string(ser(nil, b)))
}

// sortVals sorts a typed vector's items ascending or descending, without
// building a permutation where the storage allows. ok is false for lists
// that need a grade.
func sortVals(x k.Value, desc bool) (k.Value, bool) {
	switch v := x.(type) {
	case *k.Vec[int64]:
		keys := sortKeys(v.V, keyI64, desc)
		radixSort(keys, nil)
		return &k.Vec[int64]{T: v.T, V: unkeys(keys, unkeyI64, desc)}, true
	case *k.Vec[int32]:
		keys := sortKeys(v.V, keyI32, desc)
		radixSort(keys, nil)
		return &k.Vec[int32]{T: v.T, V: unkeys(keys, unkeyI32, desc)}, true
	case *k.Vec[float64]:
		keys := sortKeys(v.V, keyF64, desc)
		radixSort(keys, nil)
		return &k.Vec[float64]{T: v.T, V: unkeys(keys, unkeyF64, desc)}, true
	case *k.Vec[float32]:
		keys := sortKeys(v.V, keyF32, desc)
		radixSort(keys, nil)
		return &k.Vec[float32]{T: v.T, V: unkeys(keys, unkeyF32, desc)}, true
	case *k.Vec[string]:
		out := slices.Clone(v.V)
		if desc {
			slices.SortFunc(out, func(a, b string) int { return strings.Compare(b, a) })
		} else {
			slices.Sort(out)
		}
		return &k.Vec[string]{T: v.T, V: out}, true
	}
	return nil, false
}

// unkeys maps sorted keys back to values.
func unkeys[E any, K radixKey](keys []K, un func(K) E, desc bool) []E {
	out := make([]E, len(keys))
	for i, kv := range keys {
		if desc {
			kv = ^kv
		}
		out[i] = un(kv)
	}
	return out
}

// symRanks is, for symbols with many repeats (a column of tickers), each
// item's rank among the distinct symbols, which sorts as the symbols do:
// a radix sort of the ranks then grades the column stably, where a sort
// by string comparison costs a comparison of strings per step. ok is false
// when most items are distinct, for which that sort is as good.
func symRanks(v []string) (ranks []uint32, ok bool) {
	if len(v) < 64 {
		return nil, false
	}
	at := map[string]uint32{}
	for _, s := range v {
		if _, seen := at[s]; !seen {
			if len(at) > len(v)/4 {
				return nil, false
			}
			at[s] = 0
		}
	}
	distinct := make([]string, 0, len(at))
	for s := range at {
		distinct = append(distinct, s)
	}
	slices.Sort(distinct)
	for i, s := range distinct {
		at[s] = uint32(i)
	}
	ranks = make([]uint32, len(v))
	for i, s := range v {
		ranks[i] = at[s]
	}
	return ranks, true
}
