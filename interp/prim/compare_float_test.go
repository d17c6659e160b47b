package prim

import (
	"math"
	"testing"

	"qgo/interp/k"
)

// TestCmpFloatAgrees checks cmpFloat's inlined loops against FloatEq and
// FloatLt, item by item, over nulls, infinities, signed zeros and values
// within and beyond the comparison tolerance, for each shape of operands.
func TestCmpFloatAgrees(t *testing.T) {
	vals := []float64{math.NaN(), math.Inf(1), math.Inf(-1), 0, math.Copysign(0, -1), 1, -1,
		1 + 1e-14, 1 + 1e-12, 1 - 1e-14, 1e300, -1e300, 5e-324, 2.5, 50}
	for _, op := range []cmpOp{cmpEq, cmpLt} {
		ref := FloatLt
		if op == cmpEq {
			ref = FloatEq
		}
		for _, a := range vals {
			got := cmpFloat(op, []float64{a}, vals, true, false)
			for j, b := range vals {
				if got[j] != ref(a, b) {
					t.Errorf("op %v: atom %v vs %v: got %v", op, a, b, got[j])
				}
			}
			got = cmpFloat(op, vals, []float64{a}, false, true)
			for j, b := range vals {
				if got[j] != ref(b, a) {
					t.Errorf("op %v: %v vs atom %v: got %v", op, b, a, got[j])
				}
			}
			ys := make([]float64, len(vals))
			for j := range ys {
				ys[j] = a
			}
			got = cmpFloat(op, vals, ys, false, false)
			for j, b := range vals {
				if got[j] != ref(b, a) {
					t.Errorf("op %v: vectors %v vs %v: got %v", op, b, a, got[j])
				}
			}
		}
	}
}

// BenchmarkCmpFloat is x<b for a float vector x and atom b, beside a Go
// loop comparing exactly.
func BenchmarkCmpFloat(b *testing.B) {
	x := make([]float64, 100000)
	for i := range x {
		x[i] = float64(i%500) + 0.5
	}
	b.Run("cmpFloat", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			cmpFloat(cmpLt, x, []float64{50}, false, true)
		}
	})
	b.Run("goloop", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			out := make([]bool, len(x))
			for j, a := range x {
				out[j] = a < 50
			}
		}
	})
}

// TestMatchFloatsAgrees checks x~y of float vectors, which loops with the
// inlined floatEq, against FloatEq item by item.
func TestMatchFloatsAgrees(t *testing.T) {
	vals := []float64{math.NaN(), math.Inf(1), math.Inf(-1), 0, 1, 1 + 1e-14, 1 + 1e-12, 2.5}
	for _, a := range vals {
		for _, b := range vals {
			x := k.Floats(1, a, 3)
			y := k.Floats(1, b, 3)
			if got, want := Match(x, y), FloatEq(a, b); got != want {
				t.Errorf("%v ~ %v: got %v, want %v", a, b, got, want)
			}
		}
	}
}
