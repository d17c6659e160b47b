package prim

import (
	"math"
	"math/rand"
	"testing"

	"qgo/interp/k"
)

// TestFindFewRowsMatchesSerialised checks the column-by-column lookup of a
// few rows in a table against the lookup by serialised rows it replaces:
// symbols, longs and floats (nulls, -0 and NaN among them), rows present,
// repeated and absent.
func TestFindFewRowsMatchesSerialised(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	fl := []float64{0, math.Copysign(0, -1), math.NaN(), 1.5, 2.5}
	mk := func(n int) *k.Table {
		s, j, f := make([]string, n), make([]int64, n), make([]float64, n)
		for i := range s {
			s[i] = string(rune('a' + rng.Intn(3)))
			j[i] = int64(rng.Intn(3))
			if rng.Intn(5) == 0 {
				j[i] = k.NJ
			}
			f[i] = fl[rng.Intn(len(fl))]
		}
		return &k.Table{Cols: k.Syms("s", "j", "f"), Data: []k.Value{k.Syms(s...), k.Longs(j...), k.Floats(f...)}}
	}
	for trial := 0; trial < 200; trial++ {
		x, y := mk(1+rng.Intn(60)), mk(1+rng.Intn(8))
		got, ok := findFewRows(x, y)
		if !ok {
			t.Fatal("findFewRows refused typed columns")
		}
		want := findG(serItems(x), serItems(y))
		for i := range want {
			if got[i] != want[i] {
				t.Fatalf("trial %d row %d: %d, want %d", trial, i, got[i], want[i])
			}
		}
	}
}
