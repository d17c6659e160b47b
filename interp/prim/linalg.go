// This file defines inv (matrix inverse), ema and xrank.

package prim

import (
	"math"

	"qgo/interp/k"
)

func init() {
	defMonad("inv", Inv)
	defDyad("ema", Ema)
	defDyad("xrank", Xrank)
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

// Inv is `inv`: the inverse of a square float matrix, by LU
// decomposition with partial pivoting (as q does since 3.6), then forward
// and back substitution of the permuted identity, all rows at once. A
// singular matrix (a zero pivot) gives nulls.
func Inv(x k.Value) k.Value {
	a := floatMatrix(x)
	n := len(a)
	perm, ok := luDecompose(a)
	if !ok {
		return nullMatrix(n)
	}
	inv := make([][]float64, n)
	for i := range inv {
		inv[i] = make([]float64, n)
		inv[i][perm[i]] = 1
	}
	luSolveCols(a, inv, n)
	rows := make([]k.Value, n)
	for i, r := range inv {
		rows[i] = k.Floats(r...)
	}
	return k.NewList(rows...)
}

// luDecompose factors the square matrix a in place into L (below the
// diagonal, unit diagonal implied) and U (on and above it), choosing as
// pivot the largest item of each column and swapping rows to it; perm[i]
// is the original row of row i. ok is false when a pivot is zero. The
// rows below a pivot are independent: a large matrix's are split over
// the processors.
func luDecompose(a [][]float64) (perm []int, ok bool) {
	n := len(a)
	perm = make([]int, n)
	for i := range perm {
		perm[i] = i
	}
	for c := 0; c < n; c++ {
		p := c
		for r := c + 1; r < n; r++ {
			if math.Abs(a[r][c]) > math.Abs(a[p][c]) {
				p = r
			}
		}
		if a[p][c] == 0 {
			return nil, false
		}
		a[c], a[p] = a[p], a[c]
		perm[c], perm[p] = perm[p], perm[c]
		d, pr := a[c][c], a[c][c+1:]
		elim := func(lo, hi int) {
			for r := lo; r < hi; r++ {
				row := a[r]
				row[c] /= d
				axpyNeg(row[c+1:], pr, row[c])
			}
		}
		rest := n - c - 1
		parForWork(rest, 16*rest*rest, func(lo, hi int) { elim(c+1+lo, c+1+hi) }) // off the interpreter's goroutine: arithmetic on rows
	}
	return perm, true
}

// luSolveCols overwrites the n×m rows b with the solution x of L U x = b,
// a and its factors as luDecompose leaves them. Columns are independent,
// so a large b is solved in column pieces on the processors; every item
// gets the arithmetic a single pass gives it.
func luSolveCols(a, b [][]float64, m int) {
	n := len(a)
	solve := func(lo, hi int) {
		for i := 0; i < n; i++ { // forward: L y = b, unit diagonal
			row := b[i][lo:hi]
			kk := 0
			for ; kk+4 <= i; kk += 4 {
				axpyNeg4(row, b[kk][lo:hi], b[kk+1][lo:hi], b[kk+2][lo:hi], b[kk+3][lo:hi], a[i][kk], a[i][kk+1], a[i][kk+2], a[i][kk+3])
			}
			for ; kk < i; kk++ {
				axpyNeg(row, b[kk][lo:hi], a[i][kk])
			}
		}
		for i := n - 1; i >= 0; i-- { // back: U x = y
			row := b[i][lo:hi]
			kk := i + 1
			for ; kk+4 <= n; kk += 4 {
				axpyNeg4(row, b[kk][lo:hi], b[kk+1][lo:hi], b[kk+2][lo:hi], b[kk+3][lo:hi], a[i][kk], a[i][kk+1], a[i][kk+2], a[i][kk+3])
			}
			for ; kk < n; kk++ {
				axpyNeg(row, b[kk][lo:hi], a[i][kk])
			}
			d := a[i][i]
			for j := range row {
				row[j] /= d
			}
		}
	}
	parForWork(m, 16*n*m, solve) // off the interpreter's goroutine: arithmetic on rows
}

// axpyNeg is dst -= f*src, item by item.
func axpyNeg(dst, src []float64, f float64) {
	src = src[:len(dst)]
	for j := range dst {
		dst[j] -= f * src[j]
	}
}

// axpyNeg4 is dst -= f0*s0, then f1*s1, f2*s2 and f3*s3, item by item:
// the arithmetic of four axpyNeg in turn, with one pass over dst.
func axpyNeg4(dst, s0, s1, s2, s3 []float64, f0, f1, f2, f3 float64) {
	n := len(dst)
	s0, s1, s2, s3 = s0[:n], s1[:n], s2[:n], s3[:n]
	for j := range dst {
		dst[j] = dst[j] - f0*s0[j] - f1*s1[j] - f2*s2[j] - f3*s3[j]
	}
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

func init() { defDyad("lsq", Lsq) }

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
