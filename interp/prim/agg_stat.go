// This file defines the statistical aggregates var, svar, dev, sdev, med,
// cov, scov, cor, wsum and wavg. They work in floats, ignore nulls, and
// traverse the columns of a matrix (a general list of equal-length lists).

package prim

import (
	"math"
	"slices"

	"qgo/interp/k"
)

func init() {
	defMonad("var", statMonad(func(f []float64) float64 { return statVar(f, false) }))
	defMonad("svar", statMonad(func(f []float64) float64 { return statVar(f, true) }))
	defMonad("dev", statMonad(func(f []float64) float64 { return math.Sqrt(statVar(f, false)) }))
	defMonad("sdev", statMonad(func(f []float64) float64 { return math.Sqrt(statVar(f, true)) }))
	defMonad("med", Med)
	defDyad("cov", func(x, y k.Value) k.Value { return statPair(x, y, statCov) })
	defDyad("scov", func(x, y k.Value) k.Value { return statPair(x, y, statScov) })
	defDyad("cor", Cor)
	defDyad("wsum", Wsum)
	defDyad("wavg", Wavg)
}

// Var is var x: the variance of a numeric list as a float, nulls ignored.
func Var(x k.Value) k.Value { return Monads["var"](x) }

// Svar is svar x: the sample variance, var x times n%n-1.
func Svar(x k.Value) k.Value { return Monads["svar"](x) }

// Dev is dev x: the standard deviation, sqrt var x.
func Dev(x k.Value) k.Value { return Monads["dev"](x) }

// Sdev is sdev x: the sample standard deviation, sqrt svar x.
func Sdev(x k.Value) k.Value { return Monads["sdev"](x) }

// middle is the items at (n-1)/2 and n/2 of v (n items, nulls first)
// in q's order, that of x iasc x: exact, stable, -0 beside 0. A radix sort
// of order-preserving keys finds them (a comparison sort through a
// closure took four times as long as asc); a zero is then the zero in
// that place among v's zeros in their order, as its sign is kept.
func middle(v []float64) (a, b float64) {
	keys := make([]uint64, len(v))
	for i, f := range v {
		keys[i] = keyF64(f)
	}
	radixSort(keys, nil)
	at := func(p int) float64 {
		f := unkeyF64(keys[p])
		if f != 0 {
			return f
		}
		lo, _ := slices.BinarySearch(keys, keyF64(0)) // the items before the zeros
		for _, z := range v {
			if z == 0 {
				if lo == p {
					return z
				}
				lo++
			}
		}
		return f
	}
	return at((len(v) - 1) / 2), at(len(v) / 2)
}

// statFloats gives the underlying values of a simple numeric value as floats.
func statFloats(x k.Value) []float64 {
	t := numBase(x)
	if !IsNumeric(t) {
		k.Signal(k.ErrType)
	}
	return numReadF(x, k.KF)
}

// statView is statFloats reading a float vector's own items (not to be
// written), and a fresh slice for any other value.
func statView(x k.Value) []float64 {
	if v, ok := x.(*k.Vec[float64]); ok && v.T == k.KF && len(v.V) > 0 {
		return v.V
	}
	return statFloats(x)
}

// statColumns gives the columns of a matrix (a list of equal-length lists)
// or, for a list of atoms, the one vector they make; ok is false otherwise.
func statColumns(items []k.Value) ([]k.Value, bool) {
	if len(items) == 0 {
		return nil, false
	}
	if items[0].Type() < 0 {
		for _, it := range items {
			if !IsSimple(it) || it.Type() > 0 || !IsNumeric(it.Type()) {
				k.Signal(k.ErrType)
			}
		}
		f := make([]float64, len(items))
		for i, it := range items {
			f[i] = numReadF(it, k.KF)[0]
		}
		return []k.Value{&k.Vec[float64]{T: k.KF, V: f}}, false
	}
	n := items[0].Len()
	for _, it := range items {
		if !k.IsList(it) {
			k.Signal(k.ErrType)
		}
		if it.Len() != n {
			k.Signal(k.ErrLength)
		}
	}
	cols := make([]k.Value, n)
	col := make([]k.Value, len(items))
	for j := range cols {
		for i, it := range items {
			col[i] = k.At(it, j)
		}
		cols[j] = k.Unify(append([]k.Value(nil), col...))
	}
	return cols, true
}

// statMonad makes a float aggregate from f over the non-null values: a
// matrix gives one result per column.
func statMonad(f func([]float64) float64) func(k.Value) k.Value {
	var fn func(k.Value) k.Value
	vec := func(x k.Value) k.Value {
		if !IsSimple(x) {
			k.Signal(k.ErrType)
		}
		fs, vals := statView(x), []float64(nil)
		if fv, ok := x.(*k.Vec[float64]); ok && fv.T == k.KF && len(fv.V) > 0 { // statView's own-items case
			vals = make([]float64, 0, len(fs)) // x's own items: the non-null ones copied out
		} else {
			vals = fs[:0] // a fresh slice: the non-null values kept in it, in order
		}
		for _, v := range fs {
			if v == v {
				vals = append(vals, v)
			}
		}
		if len(vals) == 0 {
			vals = nil
		}
		return k.F(f(vals))
	}
	fn = aggFuncs{vec, vec, func(items []k.Value) k.Value {
		cols, matrix := statColumns(items)
		if !matrix {
			if len(cols) == 0 {
				return k.F(f(nil))
			}
			return vec(cols[0])
		}
		out := make([]float64, len(cols))
		for i, c := range cols {
			out[i] = numReadF(vec(c), k.KF)[0]
		}
		return &k.Vec[float64]{T: k.KF, V: out}
	}}.apply
	return fn
}

// statVar is the variance (sample variance when sample) of v.
func statVar(v []float64, sample bool) float64 {
	if len(v) == 0 {
		// no value that is not null: var is 0n, and so is svar, its
		// var[x]*count[x]%-1+count x (docs/ref/var.md), never -0f
		return math.NaN()
	}
	n := float64(len(v))
	var s float64
	for _, f := range v {
		s += f
	}
	m := s / n
	var ss float64
	for _, f := range v {
		ss += (f - m) * (f - m)
	}
	if sample {
		return ss / (n - 1)
	}
	return ss / n
}

// Med is med x: the median as a float, the mean of the middle two items of
// the sorted list (nulls sort first); a matrix gives one per column.
func Med(x k.Value) k.Value {
	vec := func(x k.Value) k.Value {
		if !IsSimple(x) {
			k.Signal(k.ErrType)
		}
		v := statFloats(x)
		if len(v) == 0 {
			return k.F(math.NaN())
		}
		a, b := middle(v)
		switch {
		case a != a:
			return k.F(b)
		case b != b:
			return k.F(a)
		}
		return k.F((a + b) / 2)
	}
	return aggFuncs{vec, vec, func(items []k.Value) k.Value {
		cols, matrix := statColumns(items)
		if !matrix {
			if len(cols) == 0 {
				return k.F(math.NaN())
			}
			return vec(cols[0])
		}
		out := make([]float64, len(cols))
		for i, c := range cols {
			out[i] = numReadF(vec(c), k.KF)[0]
		}
		return &k.Vec[float64]{T: k.KF, V: out}
	}}.apply(x)
}

// statPairs gives the pairs of x and y (conforming simple numeric values;
// an atom extends) where neither is null.
func statPairs(x, y k.Value) ([]float64, []float64) {
	if !IsSimple(x) || !IsSimple(y) {
		k.Signal(k.ErrType)
	}
	if x.Type() > 0 && y.Type() > 0 && x.Len() != y.Len() {
		k.Signal(k.ErrLength)
	}
	fx, fy := statView(x), statView(y)
	n := max(len(fx), len(fy))
	if x.Type() > 0 {
		n = len(fx)
	} else if y.Type() > 0 {
		n = len(fy)
	}
	ox, oy := make([]float64, 0, n), make([]float64, 0, n)
	for i := 0; i < n; i++ {
		a, b := fx[min(i, len(fx)-1)], fy[min(i, len(fy)-1)]
		if a == a && b == b {
			ox, oy = append(ox, a), append(oy, b)
		}
	}
	return ox, oy
}

func statPair(x, y k.Value, f func(a, b []float64) float64) k.Value {
	a, b := statPairs(x, y)
	return k.F(f(a, b))
}

// statCov is the covariance of equal-length a and b.
func statCov(a, b []float64) float64 {
	n := float64(len(a))
	var sa, sb float64
	for i := range a {
		sa += a[i]
		sb += b[i]
	}
	ma, mb := sa/n, sb/n
	var s float64
	for i := range a {
		s += (a[i] - ma) * (b[i] - mb)
	}
	return s / n
}

func statScov(a, b []float64) float64 {
	n := float64(len(a))
	return statCov(a, b) * n / (n - 1)
}

// Cor is x cor y: the Pearson correlation of two numeric lists as a float,
// null pairs ignored.
func Cor(x, y k.Value) k.Value {
	a, b := statPairs(x, y)
	return k.F(statCov(a, b) / math.Sqrt(statVar(a, false)*statVar(b, false)))
}

// statDot reports whether x and y are both plain numeric vectors, the case
// wsum and wavg compute in floats.
func statDot(x, y k.Value) bool {
	return x.Type() > 0 && y.Type() > 0 && IsSimple(x) && IsSimple(y) &&
		numPlain(x.Type()) && numPlain(y.Type())
}

// Wsum is x wsum y: the sum of the products x*y; for two numeric vectors
// it is computed in floats (null products ignored).
func Wsum(x, y k.Value) k.Value {
	if statDot(x, y) {
		a, b := statPairs(x, y)
		var s float64
		for i := range a {
			s += a[i] * b[i]
		}
		return k.F(s)
	}
	return Sum(Mul(x, y))
}

// Wavg is x wavg y: the average of y weighted by x, (sum x*y)%sum x, as a
// float; pairs with a null are ignored. Conforming lists give one result
// per column.
func Wavg(x, y k.Value) k.Value {
	if statDot(x, y) {
		a, b := statPairs(x, y)
		var s, w float64
		for i := range a {
			s += a[i] * b[i]
			w += a[i]
		}
		return k.F(s / w)
	}
	if x.Type() < 0 && k.IsList(y) {
		items := make([]k.Value, y.Len())
		for i := range items {
			items[i] = x
		}
		x = k.Unify(items)
	}
	return Div(Sum(Mul(x, y)), Sum(x))
}
