package prim

import (
	"math"
	"testing"

	"qgo/interp/k"
)

// matrixRows reads a q matrix back as rows of floats.
func matrixRows(t *testing.T, v k.Value) [][]float64 {
	t.Helper()
	l, ok := v.(*k.List)
	if !ok {
		t.Fatalf("not a matrix: %T", v)
	}
	out := make([][]float64, len(l.V))
	for i, r := range l.V {
		out[i] = r.(*k.Vec[float64]).V
	}
	return out
}

// refLUInverse is the inverse by LU with partial pivoting and
// substitution of each column of the permuted identity, in plain loops on
// one goroutine: the arithmetic Inv must give each item, however it is
// split.
func refLUInverse(m [][]float64) [][]float64 {
	n := len(m)
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
			if math.Abs(a[r][c]) > math.Abs(a[p][c]) {
				p = r
			}
		}
		a[c], a[p] = a[p], a[c]
		perm[c], perm[p] = perm[p], perm[c]
		for r := c + 1; r < n; r++ {
			a[r][c] /= a[c][c]
			for j := c + 1; j < n; j++ {
				a[r][j] -= a[r][c] * a[c][j]
			}
		}
	}
	x := make([][]float64, n)
	for i := range x {
		x[i] = make([]float64, n)
		x[i][perm[i]] = 1
	}
	for j := range n {
		for i := range n {
			for kk := range i {
				x[i][j] -= a[i][kk] * x[kk][j]
			}
		}
		for i := n - 1; i >= 0; i-- {
			for kk := i + 1; kk < n; kk++ {
				x[i][j] -= a[i][kk] * x[kk][j]
			}
			x[i][j] /= a[i][i]
		}
	}
	return x
}

// TestInvLU checks inv of random matrices of several orders, on one
// goroutine and split over four, against the plain LU inverse item for
// item, and that x mmu inv x is the identity within rounding.
func TestInvLU(t *testing.T) {
	for _, split := range []bool{false, true} {
		if split {
			splitSmall(t)
		}
		for _, n := range []int{1, 2, 3, 5, 17, 64} {
			m := benchMatrix(n, uint64(n))
			x := benchMatrixValue(m)
			got := matrixRows(t, Inv(x))
			want := refLUInverse(m)
			for i := range want {
				for j := range want[i] {
					if math.Float64bits(got[i][j]) != math.Float64bits(want[i][j]) {
						t.Fatalf("split %v n %d: inv[%d][%d] = %v, want %v", split, n, i, j, got[i][j], want[i][j])
					}
				}
			}
			id := matrixRows(t, Mmu(x, Inv(x)))
			for i := range id {
				for j := range id[i] {
					want := 0.0
					if i == j {
						want = 1
					}
					if math.Abs(id[i][j]-want) > 1e-8 {
						t.Fatalf("split %v n %d: (x mmu inv x)[%d][%d] = %v", split, n, i, j, id[i][j])
					}
				}
			}
		}
	}
}

// TestInvSingular checks a matrix with a zero pivot gives nulls, and a
// non-square one 'length.
func TestInvSingular(t *testing.T) {
	got := matrixRows(t, Inv(benchMatrixValue([][]float64{{1, 2}, {2, 4}})))
	for _, r := range got {
		for _, v := range r {
			if !math.IsNaN(v) {
				t.Fatalf("inv of a singular matrix: %v", got)
			}
		}
	}
	func() {
		defer func() {
			if e, ok := recover().(*k.Error); !ok || e.Msg != "length" {
				t.Fatalf("inv of a 1×2 matrix: %v", e)
			}
		}()
		Inv(benchMatrixValue([][]float64{{1, 2}}))
	}()
}

// TestMmuSplit checks the matrix product split over four goroutines
// gives each item the plain i-k-j loop's arithmetic, bit for bit.
func TestMmuSplit(t *testing.T) {
	splitSmall(t)
	for _, n := range []int{1, 3, 7, 33} {
		a, b := benchMatrix(n, 3), benchMatrix(n, 4)
		got := matrixRows(t, Mmu(benchMatrixValue(a), benchMatrixValue(b)))
		for i := range a {
			want := make([]float64, n)
			for kk, v := range a[i] {
				for j, w := range b[kk] {
					want[j] += v * w
				}
			}
			for j := range want {
				if math.Float64bits(got[i][j]) != math.Float64bits(want[j]) {
					t.Fatalf("n %d: [%d][%d] = %v, want %v", n, i, j, got[i][j], want[j])
				}
			}
		}
	}
}
