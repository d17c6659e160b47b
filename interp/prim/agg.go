// This file defines the aggregates sum, prd, max, min, avg, all and any,
// and the iteration every aggregate shares: a dictionary aggregates its
// values, a table each column (giving a dictionary), a general list by
// folding the matching atomic operator over its items.

package prim

import (
	"math"

	"qgo/interp/k"
)

func init() {
	defMonad("sum", Sum)
	defMonad("prd", Prd)
	defMonad("max", Max)
	defMonad("min", Min)
	defMonad("avg", Avg)
	defMonad("all", All)
	defMonad("any", Any)
}

// aggFuncs is how one aggregate treats each kind of argument.
type aggFuncs struct {
	atom func(k.Value) k.Value   // an atom
	vec  func(k.Value) k.Value   // a typed vector
	list func([]k.Value) k.Value // the items of a general list
}

// aggregate applies an aggregate to x: a dictionary (or keyed table)
// aggregates its values, a table each column into a dictionary.
func (a aggFuncs) apply(x k.Value) k.Value {
	switch v := x.(type) {
	case *k.Dict:
		return a.apply(v.V)
	case *k.Table:
		out := make([]k.Value, len(v.Data))
		for i, c := range v.Data {
			out[i] = a.apply(c)
		}
		return &k.Dict{K: v.Cols, V: k.Unify(out)}
	case *k.List:
		k.Nest()
		defer k.Unnest()
		return a.list(v.V)
	}
	if !IsSimple(x) {
		k.Signal(k.ErrType)
	}
	if x.Type() < 0 {
		return a.atom(x)
	}
	return a.vec(x)
}

// aggSelf is the aggregate of an atom that is the atom itself.
func aggSelf(x k.Value) k.Value {
	if !IsNumeric(x.Type()) {
		k.Signal(k.ErrType)
	}
	return x
}

// aggFold folds the atomic binary f over items, skipping null atoms when
// skip is set; empty gives zero.
func aggFold(items []k.Value, f func(x, y k.Value) k.Value, skip bool, zero k.Value) k.Value {
	var acc k.Value
	for _, it := range items {
		if skip && it.Type() < 0 && k.IsNull(it) {
			continue
		}
		if acc == nil {
			acc = it
			continue
		}
		acc = f(acc, it)
	}
	if acc == nil {
		return zero
	}
	return acc
}

// aggSumType is the result type of sum and prd (and sums, prds) over a
// vector of type t.
func aggSumType(t k.Type) k.Type {
	if t < 1 || t > KTmax || t == k.KC {
		k.Signal(k.ErrType)
	}
	r := k.Type(sumRange[t])
	if r == 0 {
		k.Signal(k.ErrType)
	}
	return r
}

// Sum is sum x: the total of a numeric or temporal list, nulls counting as
// zero; booleans, bytes, shorts and ints sum to an int. A list of vectors
// sums item-wise (keeping nulls).
func Sum(x k.Value) k.Value {
	if v, ok := x.(*k.Vec[int64]); ok && v.T == k.KJ {
		return k.J(aggSumLongs(v.V))
	}
	return aggFuncs{aggSelf, sumVec, func(items []k.Value) k.Value {
		return aggFold(items, Add, true, k.J(0))
	}}.apply(x)
}

// aggSumLongs sums longs skipping nulls, a long vector in pieces on
// the processors (parallel.go): the sum wraps the same in any order.
func aggSumLongs(v []int64) int64 {
	if parPieces(len(v)) == 1 {
		return sumLongs(v)
	}
	var s int64
	for _, p := range parReduce(len(v), func(lo, hi int) int64 { return sumLongs(v[lo:hi]) }) {
		s += p
	}
	return s
}

// sumLongs sums longs skipping nulls: a long vector by the processor's
// vector kernel where it has one (sum_amd64.s: the items summed and the
// nulls counted, no branch on an item), else eight items a step into
// four sums (additions the processor can overlap), a step with a null
// (rare) summed item by item; the items the kernel's blocks leave, the
// same way.
func sumLongs(v []int64) int64 {
	var s0, s1, s2, s3 int64
	if len(v) >= sumWideMin {
		var n int
		s0, n = sumLongsWide(v)
		v = v[n:]
	}
	i := 0
	for ; i <= len(v)-8; i += 8 {
		w := (*[8]int64)(v[i:])
		x0, x1, x2, x3, x4, x5, x6, x7 := w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]
		if x0 == k.NJ || x1 == k.NJ || x2 == k.NJ || x3 == k.NJ || x4 == k.NJ || x5 == k.NJ || x6 == k.NJ || x7 == k.NJ {
			for _, x := range w {
				if x != k.NJ {
					s0 += x
				}
			}
			continue
		}
		s0 += x0 + x4
		s1 += x1 + x5
		s2 += x2 + x6
		s3 += x3 + x7
	}
	for _, x := range v[i:] {
		if x != k.NJ {
			s0 += x
		}
	}
	return s0 + s1 + s2 + s3
}

// sumWideMin is the fewest items sumLongs gives the vector kernel: a
// shorter vector (sum each of many short ones) costs less in the loop
// than in asking for the processor's features.
var sumWideMin = 64

func sumVec(x k.Value) k.Value {
	switch v := x.(type) {
	case *k.Vec[float64]:
		if v.T == k.KF {
			return k.F(aggSumFloats(v.V))
		}
	case *k.Vec[int64]:
		if v.T == k.KJ {
			return k.J(aggSumLongs(v.V))
		}
	case *k.Vec[bool]:
		n := 0 // a count of the true items: no longs made of them
		for _, b := range v.V {
			if b {
				n++
			}
		}
		if aggSumType(k.KB) == k.KI {
			return k.I(int32(n)) // q sums booleans to an int
		}
		return Convert(k.J(int64(n)), aggSumType(k.KB))
	}
	r := aggSumType(numBase(x))
	if numFloatStore(r) {
		return Convert(k.F(aggSumFloats(numReadF(x, numBase(x)))), r)
	}
	return Convert(k.J(aggSumLongs(numReadI(x, numBase(x)))), r)
}

// aggSumFloats sums floats skipping nulls.
func aggSumFloats(v []float64) float64 {
	var s float64
	for _, f := range v {
		if f == f {
			s += f
		}
	}
	return s
}

// Prd is prd x: the product, nulls counting as one.
func Prd(x k.Value) k.Value {
	return aggFuncs{aggSelf, prdVec, func(items []k.Value) k.Value {
		return aggFold(items, Mul, true, k.J(1))
	}}.apply(x)
}

func prdVec(x k.Value) k.Value {
	r := aggSumType(numBase(x))
	if numFloatStore(r) {
		p := 1.0
		for _, f := range numReadF(x, numBase(x)) {
			if f == f {
				p *= f
			}
		}
		return Convert(k.F(p), r)
	}
	p := int64(1)
	for _, n := range numReadI(x, numBase(x)) {
		if n != k.NJ {
			p *= n
		}
	}
	return Convert(k.J(p), r)
}

// Max is max x: the greatest item, nulls ignored; all nulls (or none) give
// the negative infinity of the type. Symbols signal 'type.
func Max(x k.Value) k.Value {
	return aggFuncs{aggSelf, func(x k.Value) k.Value { return maxVec(x, true) }, func(items []k.Value) k.Value {
		return aggFold(items, Greater, false, k.J(-k.WJ))
	}}.apply(x)
}

// Min is min x: the least item, nulls ignored; all nulls give the
// infinity of the type.
func Min(x k.Value) k.Value {
	return aggFuncs{aggSelf, func(x k.Value) k.Value { return maxVec(x, false) }, func(items []k.Value) k.Value {
		return aggFold(items, Lesser, false, k.J(k.WJ))
	}}.apply(x)
}

func maxVec(x k.Value, greater bool) k.Value {
	t := numBase(x)
	switch v := x.(type) {
	case *k.Vec[bool]:
		r := !greater
		for _, b := range v.V {
			if b == greater {
				r = greater
				break
			}
		}
		return k.B(r)
	case *k.Vec[uint8]:
		var r uint8
		if !greater {
			r = 255
		}
		for _, b := range v.V {
			if greater {
				r = max(r, b)
			} else {
				r = min(r, b)
			}
		}
		return k.Atom[uint8]{T: -t, V: r}
	case *k.Vec[int16]:
		return k.Atom[int16]{T: -t, V: maxInts(v.V, greater, k.NH, k.WH)}
	case *k.Vec[int32]:
		return k.Atom[int32]{T: -t, V: maxInts(v.V, greater, k.NI, k.WI)}
	case *k.Vec[int64]:
		return k.Atom[int64]{T: -t, V: maxInts(v.V, greater, k.NJ, k.WJ)}
	case *k.Vec[float32]:
		return k.Atom[float32]{T: -t, V: float32(maxFloats(numReadF(x, t), greater))}
	case *k.Vec[float64]:
		return k.Atom[float64]{T: -t, V: maxFloats(v.V, greater)}
	}
	k.Signal(k.ErrType)
	return nil
}

// maxInts is the greatest (or least) non-null item, -inf (inf) if none;
// a long vector in pieces on the processors (parallel.go).
func maxInts[E numInt](v []E, greater bool, null, inf E) E {
	if parPieces(len(v)) == 1 {
		return maxIntsSeq(v, greater, null, inf)
	}
	ps := parReduce(len(v), func(lo, hi int) E { return maxIntsSeq(v[lo:hi], greater, null, inf) })
	return maxIntsSeq(ps, greater, null, inf)
}

// maxIntsSeq is maxInts in one pass.
func maxIntsSeq[E numInt](v []E, greater bool, null, inf E) E {
	if greater {
		r := -inf
		for _, n := range v {
			if n != null && n > r {
				r = n
			}
		}
		return r
	}
	r := inf
	for _, n := range v {
		if n != null && n < r {
			r = n
		}
	}
	return r
}

// maxFloats is the greatest (or least) item, nulls ignored, -inf (inf)
// if none; a long vector in pieces on the processors (parallel.go), the
// pieces combined in order so that of equal items (0 and -0) the first
// is kept, as one pass keeps it.
func maxFloats(v []float64, greater bool) float64 {
	if parPieces(len(v)) == 1 {
		return maxFloatsSeq(v, greater)
	}
	return maxFloatsSeq(parReduce(len(v), func(lo, hi int) float64 { return maxFloatsSeq(v[lo:hi], greater) }), greater)
}

// maxFloatsSeq is maxFloats in one pass.
func maxFloatsSeq(v []float64, greater bool) float64 {
	if greater {
		r := math.Inf(-1)
		for _, f := range v {
			if f > r {
				r = f
			}
		}
		return r
	}
	r := math.Inf(1)
	for _, f := range v {
		if f < r {
			r = f
		}
	}
	return r
}

// Avg is avg x: the mean as a float, nulls ignored in a vector (0n when
// there are none); a general list gives sum x divided by count x.
func Avg(x k.Value) k.Value {
	return aggFuncs{func(x k.Value) k.Value { return Convert(aggSelf(x), k.KF) }, avgVec, func(items []k.Value) k.Value {
		if len(items) == 0 {
			return k.F(math.NaN())
		}
		return Div(aggFold(items, Add, true, k.J(0)), k.J(int64(len(items))))
	}}.apply(x)
}

func avgVec(x k.Value) k.Value {
	t := numBase(x)
	if !IsNumeric(t) || t == k.KC {
		k.Signal(k.ErrType)
	}
	var s float64
	n := 0
	switch v := x.(type) {
	case *k.Vec[float64]:
		for _, f := range v.V {
			if f == f {
				s += f
				n++
			}
		}
	case *k.Vec[int64]:
		for _, i := range v.V {
			if i != k.NJ {
				s += float64(i)
				n++
			}
		}
	default:
		for _, f := range numReadF(x, t) {
			if f == f {
				s += f
				n++
			}
		}
	}
	return k.F(s / float64(n))
}

// All is all x: 1b when every item is nonzero (an empty list included);
// a table gives a dictionary of its columns' results.
func All(x k.Value) k.Value { return allAny(x, true) }

// Any is any x: 1b when some item is nonzero.
func Any(x k.Value) k.Value { return allAny(x, false) }

func allAny(x k.Value, all bool) k.Value {
	truth := func(v k.Value) []bool {
		t := numBase(v)
		if t == k.KS || t == k.KG {
			k.Signal(k.ErrType)
		}
		return numSlice[bool](Convert(v, k.KB))
	}
	return aggFuncs{func(x k.Value) k.Value {
		return k.B(truth(x)[0])
	}, func(x k.Value) k.Value {
		for _, b := range truth(x) {
			if b != all {
				return k.B(!all)
			}
		}
		return k.B(all)
	}, func(items []k.Value) k.Value {
		f := Greater
		if all {
			f = Lesser
		}
		r := aggFold(items, f, false, k.B(all))
		return Not(Not(r))
	}}.apply(x)
}
