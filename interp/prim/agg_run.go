// This file defines the uniform running functions sums, prds, maxs, mins,
// avgs, deltas and ratios: a result item for each item of the argument,
// a dictionary keeping its keys and a table its columns.

package prim

import (
	"math"

	"qgo/interp/k"
)

func init() {
	defMonad("sums", Sums)
	defMonad("prds", Prds)
	defMonad("maxs", Maxs)
	defMonad("mins", Mins)
	defMonad("avgs", Avgs)
	defMonad("deltas", Deltas)
	defMonad("ratios", Ratios)
}

// uniform applies a uniform function: a dictionary maps its values, a
// table each column.
func (a aggFuncs) uniform(x k.Value) k.Value {
	switch v := x.(type) {
	case *k.Dict:
		return &k.Dict{K: v.K, V: a.uniform(v.V)}
	case *k.Table:
		out := make([]k.Value, len(v.Data))
		for i, c := range v.Data {
			out[i] = a.uniform(c)
		}
		return &k.Table{Cols: v.Cols, Data: out}
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

// runFold gives the running results of f over items.
func runFold(items []k.Value, f func(x, y k.Value) k.Value) k.Value {
	out := make([]k.Value, len(items))
	for i, it := range items {
		if i == 0 {
			out[i] = it
		} else {
			out[i] = f(out[i-1], it)
		}
	}
	return k.Unify(out)
}

// Sums is sums x: the running totals, nulls counting as zero.
func Sums(x k.Value) k.Value {
	return aggFuncs{aggSelf, func(x k.Value) k.Value { return runSumVec(x, false) },
		func(items []k.Value) k.Value { return runFold(items, Add) }}.uniform(x)
}

// Prds is prds x: the running products, nulls counting as one.
func Prds(x k.Value) k.Value {
	return aggFuncs{aggSelf, func(x k.Value) k.Value { return runSumVec(x, true) },
		func(items []k.Value) k.Value { return runFold(items, Mul) }}.uniform(x)
}

func runSumVec(x k.Value, prd bool) k.Value {
	t := numBase(x)
	r := aggSumType(t)
	if numFloatStore(r) {
		in := numReadF(x, t)
		acc := 0.0
		if prd {
			acc = 1
		}
		for i, f := range in {
			if f == f {
				if prd {
					acc *= f
				} else {
					acc += f
				}
			}
			in[i] = acc
		}
		return Convert(&k.Vec[float64]{T: k.KF, V: in}, r)
	}
	in := numReadI(x, t)
	acc := int64(0)
	if prd {
		acc = 1
	}
	for i, n := range in {
		if n != k.NJ {
			if prd {
				acc *= n
			} else {
				acc += n
			}
		}
		in[i] = acc
	}
	if r == k.KI || r == k.KM || r == k.KD || r == k.KU || r == k.KV || r == k.KT {
		out := make([]int32, len(in))
		for i, n := range in {
			out[i] = int32(n)
		}
		return &k.Vec[int32]{T: r, V: out}
	}
	return Convert(&k.Vec[int64]{T: k.KJ, V: in}, r)
}

// Maxs is maxs x: the running maximums, nulls ignored (initial nulls give
// the negative infinity).
func Maxs(x k.Value) k.Value {
	return aggFuncs{aggSelf, func(x k.Value) k.Value { return runMaxVec(x, true) },
		func(items []k.Value) k.Value { return runFold(items, Greater) }}.uniform(x)
}

// Mins is mins x: the running minimums, nulls ignored (initial nulls give
// the infinity).
func Mins(x k.Value) k.Value {
	return aggFuncs{aggSelf, func(x k.Value) k.Value { return runMaxVec(x, false) },
		func(items []k.Value) k.Value { return runFold(items, Lesser) }}.uniform(x)
}

func runMaxVec(x k.Value, greater bool) k.Value {
	t := numBase(x)
	switch v := x.(type) {
	case *k.Vec[bool]:
		out := make([]bool, len(v.V))
		acc := !greater
		for i, b := range v.V {
			if greater {
				acc = acc || b
			} else {
				acc = acc && b
			}
			out[i] = acc
		}
		return &k.Vec[bool]{T: t, V: out}
	case *k.Vec[uint8]:
		out := make([]uint8, len(v.V))
		var acc uint8
		if !greater {
			acc = 255
		}
		for i, b := range v.V {
			if greater {
				acc = max(acc, b)
			} else {
				acc = min(acc, b)
			}
			out[i] = acc
		}
		return &k.Vec[uint8]{T: t, V: out}
	case *k.Vec[int16]:
		return &k.Vec[int16]{T: t, V: runMaxInts(v.V, greater, k.NH, k.WH)}
	case *k.Vec[int32]:
		return &k.Vec[int32]{T: t, V: runMaxInts(v.V, greater, k.NI, k.WI)}
	case *k.Vec[int64]:
		return &k.Vec[int64]{T: t, V: runMaxInts(v.V, greater, k.NJ, k.WJ)}
	case *k.Vec[float32]:
		out := runMaxFloats(numReadF(x, t), greater)
		return Convert(&k.Vec[float64]{T: k.KF, V: out}, t)
	case *k.Vec[float64]:
		return &k.Vec[float64]{T: t, V: runMaxFloats(append([]float64(nil), v.V...), greater)}
	}
	k.Signal(k.ErrType)
	return nil
}

func runMaxInts[E numInt](v []E, greater bool, null, inf E) []E {
	out := make([]E, len(v))
	acc := inf
	if greater {
		acc = -inf
	}
	for i, n := range v {
		if n != null && ((greater && n > acc) || (!greater && n < acc)) {
			acc = n
		}
		out[i] = acc
	}
	return out
}

func runMaxFloats(v []float64, greater bool) []float64 {
	acc := math.Inf(1)
	if greater {
		acc = math.Inf(-1)
	}
	for i, f := range v {
		if (greater && f > acc) || (!greater && f < acc) {
			acc = f
		}
		v[i] = acc
	}
	return v
}

// Avgs is avgs x: the running means as floats, nulls ignored.
func Avgs(x k.Value) k.Value {
	return aggFuncs{func(x k.Value) k.Value { return Convert(aggSelf(x), k.KF) }, func(x k.Value) k.Value {
		t := numBase(x)
		if !IsNumeric(t) || t == k.KC {
			k.Signal(k.ErrType)
		}
		in := numReadF(x, t)
		s, n := 0.0, 0
		for i, f := range in {
			if f == f {
				s += f
				n++
			}
			in[i] = s / float64(n)
		}
		return &k.Vec[float64]{T: k.KF, V: in}
	}, func(items []k.Value) k.Value {
		sums := k.Items(runFold(items, Add))
		out := make([]k.Value, len(sums))
		for i, s := range sums {
			out[i] = Div(s, k.J(int64(i+1)))
		}
		return k.Unify(out)
	}}.uniform(x)
}

// Deltas is deltas x: each item minus the one before, the first item minus
// zero (so deltas of timestamps are timespans, of dates ints).
func Deltas(x k.Value) k.Value {
	return aggFuncs{aggSelf, func(x k.Value) k.Value {
		return Sub(x, runPrior(x))
	}, func(items []k.Value) k.Value {
		out := make([]k.Value, len(items))
		for i, it := range items {
			if i == 0 {
				out[i] = it
			} else {
				out[i] = Sub(it, items[i-1])
			}
		}
		return k.Unify(out)
	}}.uniform(x)
}

// Ratios is ratios x: each item divided by the one before, as floats; the
// first item is itself.
func Ratios(x k.Value) k.Value {
	return aggFuncs{aggSelf, func(x k.Value) k.Value {
		r := Div(x, runPrior(x)).(*k.Vec[float64])
		if len(r.V) > 0 {
			r.V[0] = numReadF(x, numBase(x))[0]
		}
		return r
	}, func(items []k.Value) k.Value {
		out := make([]k.Value, len(items))
		for i, it := range items {
			if i == 0 {
				out[i] = Div(it, k.J(1))
			} else {
				out[i] = Div(it, items[i-1])
			}
		}
		return k.Unify(out)
	}}.uniform(x)
}

// runPrior gives vector x shifted right by one, its first item the zero of
// its type (false, 0x00, 0, 0.0 or the temporal origin).
func runPrior(x k.Value) k.Value {
	switch v := x.(type) {
	case *k.Vec[bool]:
		return &k.Vec[bool]{T: v.T, V: runShift(v.V)}
	case *k.Vec[uint8]:
		return &k.Vec[uint8]{T: v.T, V: runShift(v.V)}
	case *k.Vec[int16]:
		return &k.Vec[int16]{T: v.T, V: runShift(v.V)}
	case *k.Vec[int32]:
		return &k.Vec[int32]{T: v.T, V: runShift(v.V)}
	case *k.Vec[int64]:
		return &k.Vec[int64]{T: v.T, V: runShift(v.V)}
	case *k.Vec[float32]:
		return &k.Vec[float32]{T: v.T, V: runShift(v.V)}
	case *k.Vec[float64]:
		return &k.Vec[float64]{T: v.T, V: runShift(v.V)}
	}
	k.Signal(k.ErrType)
	return nil
}

func runShift[E any](v []E) []E {
	out := make([]E, len(v))
	if len(v) > 1 {
		copy(out[1:], v[:len(v)-1])
	}
	return out
}
