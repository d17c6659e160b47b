// This file defines the moving-window functions msum, mcount, mavg, mdev,
// mmax and mmin: x is the window length, y a list; item i of the result
// covers items i-x+1 .. i of y.

package prim

import (
	"math"

	"qgo/interp/k"
)

func init() {
	defDyad("msum", Msum)
	defDyad("mcount", Mcount)
	defDyad("mavg", Mavg)
	defDyad("mdev", Mdev)
	defDyad("mmax", Mmax)
	defDyad("mmin", Mmin)
}

// movWindow reads the window length: an integral atom (boolean, byte,
// short, int or long), negative lengths signalling 'domain.
func movWindow(x k.Value) int {
	if x.Type() >= 0 || !numPlain(numBase(x)) || numFloatStore(numBase(x)) {
		k.Signal(k.ErrType)
	}
	n := numReadI(x, k.KJ)[0]
	if n < 0 || n == k.NJ {
		k.Signal(k.ErrDomain)
	}
	return int(min(n, math.MaxInt32))
}

// movApply applies the vector form f of a moving function to y: a
// dictionary maps its values, a table each column, a matrix (a list of
// equal-length lists) each column.
func movApply(y k.Value, f func(k.Value) k.Value) k.Value {
	switch v := y.(type) {
	case *k.Dict:
		return &k.Dict{K: v.K, V: movApply(v.V, f)}
	case *k.Table:
		out := make([]k.Value, len(v.Data))
		for i, c := range v.Data {
			out[i] = movApply(c, f)
		}
		return &k.Table{Cols: v.Cols, Data: out}
	case *k.List:
		k.Nest()
		defer k.Unnest()
		cols, matrix := statColumns(v.V)
		if !matrix {
			if len(cols) == 0 {
				return v
			}
			return f(k.Unify(v.V))
		}
		res := make([]k.Value, len(cols))
		for i, c := range cols {
			res[i] = movApply(c, f) // a column of lists is a matrix again, as q's atomic sums see it
		}
		rows := make([]k.Value, len(v.V))
		row := make([]k.Value, len(cols))
		for i := range rows {
			for j, c := range res {
				row[j] = k.At(c, i)
			}
			rows[i] = k.Unify(append([]k.Value(nil), row...))
		}
		return k.Unify(rows)
	}
	if !IsSimple(y) || y.Type() < 0 {
		k.Signal(k.ErrType)
	}
	return f(y)
}

// movSums gives the moving sums and counts of the non-null values of y.
func movSums(w int, v []float64) (sum, cnt []float64) {
	sum, cnt = make([]float64, len(v)), make([]float64, len(v))
	var s, c float64
	for i, f := range v {
		if f == f {
			s += f
			c++
		}
		if i >= w && w > 0 {
			if g := v[i-w]; g == g {
				s -= g
				c--
			}
		}
		if w == 0 {
			s, c = 0, 0
		}
		sum[i], cnt[i] = s, c
	}
	return
}

// Msum is x msum y: the x-item moving sums of y, nulls counting as zero.
func Msum(x, y k.Value) k.Value {
	w := movWindow(x)
	return movApply(y, func(y k.Value) k.Value {
		r := numResult(msumTable, numBase(x), numBase(y))
		if numFloatStore(r) {
			s, _ := movSums(w, numReadF(y, k.KF))
			return Convert(&k.Vec[float64]{T: k.KF, V: s}, r)
		}
		in := numReadI(y, k.KJ)
		out := make([]int64, len(in))
		var s int64
		for i, n := range in {
			if n != k.NJ {
				s += n
			}
			if i >= w {
				if m := in[i-w]; m != k.NJ {
					s -= m
				}
			}
			out[i] = s
		}
		return numRaw(&k.Vec[int64]{T: k.KJ, V: out}, r)
	})
}

// Mcount is x mcount y: the x-item moving counts of the non-null items.
func Mcount(x, y k.Value) k.Value {
	w := movWindow(x)
	return movApply(y, func(y k.Value) k.Value {
		nulls := numSlice[bool](Null(y))
		out := make([]int64, len(nulls))
		var c int64
		for i, n := range nulls {
			if !n {
				c++
			}
			if i >= w && !nulls[i-w] {
				c--
			}
			out[i] = c
		}
		return &k.Vec[int64]{T: k.KJ, V: out}
	})
}

// Mavg is x mavg y: the x-item moving averages as floats, nulls ignored.
func Mavg(x, y k.Value) k.Value {
	w := movWindow(x)
	return movApply(y, func(y k.Value) k.Value {
		s, c := movSums(w, statFloats(y))
		for i := range s {
			s[i] /= c[i]
		}
		return &k.Vec[float64]{T: k.KF, V: s}
	})
}

// Mdev is x mdev y: the x-item moving standard deviations as floats,
// nulls ignored.
func Mdev(x, y k.Value) k.Value {
	w := movWindow(x)
	return movApply(y, func(y k.Value) k.Value {
		v := statFloats(y)
		sq := make([]float64, len(v))
		for i, f := range v {
			sq[i] = f * f
		}
		s, c := movSums(w, v)
		s2, _ := movSums(w, sq)
		for i := range s {
			m := s[i] / c[i]
			d := s2[i]/c[i] - m*m
			if d < 0 {
				d = 0
			}
			s[i] = math.Sqrt(d)
		}
		return &k.Vec[float64]{T: k.KF, V: s}
	})
}

// Mmax is x mmax y: the x-item moving maximums; nulls are ignored, a
// window of nulls giving the negative infinity.
func Mmax(x, y k.Value) k.Value {
	w := movWindow(x)
	return movApply(y, func(y k.Value) k.Value { return movExtreme(w, y, true) })
}

// Mmin is x mmin y: the x-item moving minimums; a null, the least value,
// is the minimum of any window holding one.
func Mmin(x, y k.Value) k.Value {
	w := movWindow(x)
	return movApply(y, func(y k.Value) k.Value { return movExtreme(w, y, false) })
}

func movExtreme(w int, y k.Value, greater bool) k.Value {
	t := numBase(y)
	switch v := y.(type) {
	case *k.Vec[bool]:
		return &k.Vec[bool]{T: t, V: movDeque(w, v.V, func(a, b bool) bool { return a != b && (a == greater) })}
	case *k.Vec[uint8]:
		return &k.Vec[uint8]{T: t, V: movDeque(w, v.V, movBetter[uint8](greater))}
	case *k.Vec[int16]:
		return &k.Vec[int16]{T: t, V: movDeque(w, movNullTo(v.V, greater, k.NH, -k.WH), movBetter[int16](greater))}
	case *k.Vec[int32]:
		return &k.Vec[int32]{T: t, V: movDeque(w, movNullTo(v.V, greater, k.NI, -k.WI), movBetter[int32](greater))}
	case *k.Vec[int64]:
		return &k.Vec[int64]{T: t, V: movDeque(w, movNullTo(v.V, greater, k.NJ, -k.WJ), movBetter[int64](greater))}
	case *k.Vec[float32], *k.Vec[float64]:
		f := numReadF(y, t)
		if greater {
			for i, g := range f {
				if g != g {
					f[i] = math.Inf(-1)
				}
			}
		}
		out := movDeque(w, f, func(a, b float64) bool {
			if greater {
				return a > b
			}
			return FloatLt(a, b) && !(a != a && b != b)
		})
		return Convert(&k.Vec[float64]{T: k.KF, V: out}, t)
	}
	k.Signal(k.ErrType)
	return nil
}

// movNullTo replaces nulls by the negative infinity for mmax (so they never
// win); mmin keeps them, being the least value.
func movNullTo[E numInt](v []E, greater bool, null, ninf E) []E {
	if !greater {
		return v
	}
	out := make([]E, len(v))
	for i, n := range v {
		if n == null {
			n = ninf
		}
		out[i] = n
	}
	return out
}

func movBetter[E uint8 | int16 | int32 | int64](greater bool) func(a, b E) bool {
	if greater {
		return func(a, b E) bool { return a > b }
	}
	return func(a, b E) bool { return a < b }
}

// movDeque computes the sliding-window extreme of v in linear time; better
// reports whether a strictly beats b. A window of 0 gives each item itself.
func movDeque[E any](w int, v []E, better func(a, b E) bool) []E {
	out := make([]E, len(v))
	if w <= 1 {
		copy(out, v)
		return out
	}
	dq := make([]int, 0, min(w, len(v)))
	for i, e := range v {
		for len(dq) > 0 && !better(v[dq[len(dq)-1]], e) {
			dq = dq[:len(dq)-1]
		}
		dq = append(dq, i)
		if dq[0] <= i-w {
			dq = dq[1:]
		}
		out[i] = v[dq[0]]
	}
	return out
}
