// This file defines inv (matrix inverse), ema and xrank.

package prim

import (
	"math"

	"qgo/interp/k"
)

func init() {
	Monads["inv"] = Inv
	Dyads["ema"] = Ema
	Dyads["xrank"] = Xrank
}

// floatMatrix reads a square matrix (a list of equal-length numeric
// vectors) as rows of float64; it signals 'type or 'length otherwise.
func floatMatrix(x k.Value) [][]float64 {
	l, ok := x.(*k.List)
	if !ok {
		k.Signal("type")
	}
	n := len(l.V)
	m := make([][]float64, n)
	for i, row := range l.V {
		if row.Len() != n || row.Type() <= 0 || !IsNumeric(row.Type()) {
			k.Signal("length")
		}
		m[i] = Convert(row, k.KF).(*k.Vec[float64]).V
		m[i] = append([]float64(nil), m[i]...)
	}
	return m
}

// Inv is `inv`: the inverse of a square float matrix, by Gauss-Jordan
// elimination with partial pivoting. A singular matrix gives nulls, as q
// gives.
func Inv(x k.Value) k.Value {
	a := floatMatrix(x)
	n := len(a)
	inv := make([][]float64, n)
	for i := range inv {
		inv[i] = make([]float64, n)
		inv[i][i] = 1
	}
	for c := 0; c < n; c++ {
		p := c
		for r := c + 1; r < n; r++ {
			if math.Abs(a[r][c]) > math.Abs(a[p][c]) {
				p = r
			}
		}
		if a[p][c] == 0 {
			return nullMatrix(n)
		}
		a[c], a[p] = a[p], a[c]
		inv[c], inv[p] = inv[p], inv[c]
		d := a[c][c]
		for j := 0; j < n; j++ {
			a[c][j] /= d
			inv[c][j] /= d
		}
		for r := 0; r < n; r++ {
			if r == c || a[r][c] == 0 {
				continue
			}
			f := a[r][c]
			for j := 0; j < n; j++ {
				a[r][j] -= f * a[c][j]
				inv[r][j] -= f * inv[c][j]
			}
		}
	}
	rows := make([]k.Value, n)
	for i, r := range inv {
		rows[i] = k.Floats(r...)
	}
	return k.NewList(rows...)
}

func nullMatrix(n int) k.Value {
	rows := make([]k.Value, n)
	for i := range rows {
		r := make([]float64, n)
		for j := range r {
			r[j] = math.NaN()
		}
		rows[i] = k.Floats(r...)
	}
	return k.NewList(rows...)
}

// Ema is `x ema y`: the exponential moving average of y with smoothing x
// (an atom, or one factor per item): r[i] = (1-x)*r[i-1] + x*y[i],
// starting from y[0].
func Ema(x, y k.Value) k.Value {
	if y.Type() <= 0 || !IsNumeric(y.Type()) {
		k.Signal("type")
	}
	ys := Convert(y, k.KF).(*k.Vec[float64]).V
	alpha := func(int) float64 { return 0 }
	switch {
	case x.Type() < 0 && IsNumeric(x.Type()):
		a := Convert(x, -k.KF).(k.Atom[float64]).V
		alpha = func(int) float64 { return a }
	case x.Type() > 0 && IsNumeric(x.Type()):
		if x.Len() != len(ys) {
			k.Signal("length")
		}
		as := Convert(x, k.KF).(*k.Vec[float64]).V
		alpha = func(i int) float64 { return as[i] }
	default:
		k.Signal("type")
	}
	out := make([]float64, len(ys))
	if len(ys) == 0 {
		return k.Floats(out...)
	}
	prev := ys[0]
	for i, v := range ys {
		a := alpha(i)
		prev = (1-a)*prev + a*v
		out[i] = prev
	}
	return k.Floats(out...)
}

// Xrank is `x xrank y`: the bucket, of x equal-sized buckets, of each
// item of y by its rank: floor rank[y] * x % count y.
func Xrank(x, y k.Value) k.Value {
	if y.Type() < 0 {
		k.Signal("rank")
	}
	n := y.Len()
	r := Monads["rank"](y)
	return Monads["floor"](Dyads["*"](r, Dyads["%"](x, k.J(int64(n)))))
}

func init() { Dyads["lsq"] = Lsq }

// Lsq is `x lsq y`: the least-squares solution w of w mmu y = x, that is
// x mmu (flip y) mmu inv y mmu flip y. x may be one row (a vector).
func Lsq(x, y k.Value) k.Value {
	b := floatRows(y)
	a := floatRows(x)
	vec := x.Type() > 0
	if vec {
		a = [][]float64{Convert(x, k.KF).(*k.Vec[float64]).V}
	}
	if len(b) == 0 { // no rows: no columns for x's to match
		k.Signal("length")
	}
	n := len(b[0])
	for _, r := range append(a, b...) {
		if len(r) != n {
			k.Signal("length")
		}
	}
	// g = b mmu flip b (k×k), r = a mmu flip b (m×k); w = r mmu inv g
	gram := make([]k.Value, len(b))
	for i := range b {
		row := make([]float64, len(b))
		for j := range b {
			row[j] = dot(b[i], b[j])
		}
		gram[i] = k.Floats(row...)
	}
	inv := floatRows(Inv(k.NewList(gram...)))
	out := make([]k.Value, len(a))
	for i := range a {
		r := make([]float64, len(b))
		for j := range b {
			r[j] = dot(a[i], b[j])
		}
		w := make([]float64, len(b))
		for j := range w {
			for l := range r {
				w[j] += r[l] * inv[l][j]
			}
		}
		out[i] = k.Floats(w...)
	}
	if vec {
		return out[0]
	}
	return k.NewList(out...)
}

// floatRows reads a list of numeric vectors as float rows.
func floatRows(x k.Value) [][]float64 {
	l, ok := x.(*k.List)
	if !ok {
		if x.Type() > 0 && IsNumeric(x.Type()) {
			return [][]float64{Convert(x, k.KF).(*k.Vec[float64]).V}
		}
		k.Signal("type")
	}
	out := make([][]float64, len(l.V))
	for i, r := range l.V {
		if r.Type() <= 0 || !IsNumeric(r.Type()) {
			k.Signal("type")
		}
		out[i] = Convert(r, k.KF).(*k.Vec[float64]).V
	}
	return out
}

func dot(a, b []float64) float64 {
	s := 0.0
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}
