package prim

import (
	"math/rand"
	"slices"
	"testing"
)

// TestWhereBool checks the word-at-a-time where against the plain loop on
// random boolean vectors of every length up to 70, dense and sparse.
func TestWhereBool(t *testing.T) {
	r := rand.New(rand.NewSource(2))
	for n := 0; n <= 70; n++ {
		for _, p := range []float64{0, 0.05, 0.5, 1} {
			b := make([]bool, n)
			var want []int64
			for i := range b {
				b[i] = r.Float64() < p
				if b[i] {
					want = append(want, int64(i))
				}
			}
			if got := whereBool(b); !slices.Equal(got, want) || len(got) != cap(got) {
				t.Fatalf("where %v: got %v, want %v", b, got, want)
			}
		}
	}
}
