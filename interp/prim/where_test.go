package prim

import (
	"math/rand"
	"slices"
	"testing"

	"qgo/interp/k"
)

// TestWhereBool checks the word-at-a-time where against the plain loop on
// random boolean vectors of every length up to 200 and some longer ones,
// dense and sparse, and made of runs of 64 alike (whole words skipped or
// written as a run); WhereInto must give the same into a spare vector.
func TestWhereBool(t *testing.T) {
	r := rand.New(rand.NewSource(2))
	lens := []int{1000, 4096, 4099}
	for n := 0; n <= 200; n++ {
		lens = append(lens, n)
	}
	for _, n := range lens {
		for _, p := range []float64{0, 0.05, 0.5, 0.95, 1, -1} {
			b := make([]bool, n)
			var want []int64
			run := false
			for i := range b {
				if p < 0 { // runs: each aligned 64 all true or all false, some mixed
					if i%64 == 0 {
						run = r.Intn(2) == 0
					}
					b[i] = run != (r.Intn(50) == 0)
				} else {
					b[i] = r.Float64() < p
				}
				if b[i] {
					want = append(want, int64(i))
				}
			}
			if got := whereBool(b); !slices.Equal(got, want) || len(got) != cap(got) {
				t.Fatalf("where %v: got %v, want %v", b, got, want)
			}
			spare := k.Longs(make([]int64, len(want)+r.Intn(3))...)
			got, ok := WhereInto(spare, k.Bools(b...))
			if len(want) == 0 {
				if ok {
					t.Fatalf("WhereInto of no trues reused its spare")
				}
				continue
			}
			if gv := got.(*k.Vec[int64]).V; !ok || got != k.Value(spare) || !slices.Equal(gv, want) || len(gv) != cap(gv) {
				t.Fatalf("WhereInto %v: got %v, want %v", b, got, want)
			}
		}
	}
}

// TestSumLongs checks the four-way sum of longs against the plain loop
// skipping nulls, with nulls anywhere in a step of four or in the tail,
// and sums that wrap around.
func TestSumLongs(t *testing.T) {
	r := rand.New(rand.NewSource(3))
	for _, n := range []int{0, 1, 3, 4, 5, 2047, 2048, 2049, 4100, 10000} {
		for _, p := range []float64{0, 0.001, 0.5, 1} {
			v := make([]int64, n)
			var want int64
			for i := range v {
				v[i] = r.Int63() - r.Int63()
				if r.Float64() < p {
					v[i] = k.NJ
				} else {
					want += v[i]
				}
			}
			if got := aggSumLongs(v); got != want {
				t.Fatalf("sum of %d longs (nulls %v): got %d, want %d", n, p, got, want)
			}
		}
	}
}
