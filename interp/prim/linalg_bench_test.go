package prim

import (
	"math/rand/v2"
	"testing"

	"qgo/interp/k"
)

// benchMatN is the order of the matrices of the linear-algebra benchmarks.
const benchMatN = 1000

// benchMatrix is an n×n matrix of uniform floats in [0,1), as rows.
func benchMatrix(n int, seed uint64) [][]float64 {
	r := rand.New(rand.NewPCG(seed, 1))
	m := make([][]float64, n)
	for i := range m {
		m[i] = make([]float64, n)
		for j := range m[i] {
			m[i][j] = r.Float64()
		}
	}
	return m
}

// benchMatrixValue is benchMatrix as a q matrix: a list of float vectors.
func benchMatrixValue(m [][]float64) k.Value {
	rows := make([]k.Value, len(m))
	for i, r := range m {
		rows[i] = k.Floats(r...)
	}
	return k.NewList(rows...)
}

// BenchmarkInv is inv of a 1000×1000 float matrix.
func BenchmarkInv(bm *testing.B) {
	x := benchMatrixValue(benchMatrix(benchMatN, 1))
	bm.ResetTimer()
	for bm.Loop() {
		_ = Inv(x)
	}
}

// BenchmarkInvBaseline is the plain Go loop BenchmarkInv is measured
// against: copy the rows, LU with partial pivoting, then solve for each
// row of the permuted identity, on one processor.
func BenchmarkInvBaseline(bm *testing.B) {
	m := benchMatrix(benchMatN, 1)
	n := len(m)
	bm.ResetTimer()
	for bm.Loop() {
		a := make([][]float64, n)
		for i := range a {
			a[i] = append([]float64(nil), m[i]...)
		}
		perm := make([]int, n)
		for i := range perm {
			perm[i] = i
		}
		for c := range n {
			p := c
			for r := c + 1; r < n; r++ {
				if abs(a[r][c]) > abs(a[p][c]) {
					p = r
				}
			}
			a[c], a[p] = a[p], a[c]
			perm[c], perm[p] = perm[p], perm[c]
			for r := c + 1; r < n; r++ {
				a[r][c] /= a[c][c]
				f := a[r][c]
				for j := c + 1; j < n; j++ {
					a[r][j] -= f * a[c][j]
				}
			}
		}
		x := make([][]float64, n)
		for i := range x {
			x[i] = make([]float64, n)
			x[i][perm[i]] = 1
		}
		for i := range n {
			for kk := range i {
				f := a[i][kk]
				for j := range n {
					x[i][j] -= f * x[kk][j]
				}
			}
		}
		for i := n - 1; i >= 0; i-- {
			for kk := i + 1; kk < n; kk++ {
				f := a[i][kk]
				for j := range n {
					x[i][j] -= f * x[kk][j]
				}
			}
			for j := range n {
				x[i][j] /= a[i][i]
			}
		}
	}
}

func abs(f float64) float64 {
	if f < 0 {
		return -f
	}
	return f
}

// BenchmarkMmu is x mmu y on two 1000×1000 float matrices.
func BenchmarkMmu(bm *testing.B) {
	x := benchMatrixValue(benchMatrix(benchMatN, 1))
	y := benchMatrixValue(benchMatrix(benchMatN, 2))
	bm.ResetTimer()
	for bm.Loop() {
		_ = Mmu(x, y)
	}
}

// BenchmarkMmuBaseline is the plain Go loop BenchmarkMmu is measured
// against: the i-k-j product into fresh rows, on one processor.
func BenchmarkMmuBaseline(bm *testing.B) {
	x, y := benchMatrix(benchMatN, 1), benchMatrix(benchMatN, 2)
	bm.ResetTimer()
	for bm.Loop() {
		out := make([][]float64, len(x))
		for i, r := range x {
			o := make([]float64, len(y[0]))
			for kk, v := range r {
				for j, w := range y[kk] {
					o[j] += v * w
				}
			}
			out[i] = o
		}
	}
}
