package prim

import (
	"math"
	"slices"
	"testing"

	"qgo/interp/k"
)

// TestStatReadsFloatsInPlace checks var, dev and cov reading a float
// vector's own items leave it as it was, skip its nulls, and give what
// they give a copy of its non-null items.
func TestStatReadsFloatsInPlace(t *testing.T) {
	nan := math.NaN()
	xs := []float64{2, nan, 3, 5, nan, 7.5}
	ys := []float64{1, 4, nan, 2, 8, 3}
	x, y := k.Floats(xs...), k.Floats(ys...)
	before := slices.Clone(xs)
	v := Var(x).(k.Atom[float64]).V
	if want := statVar([]float64{2, 3, 5, 7.5}, false); v != want {
		t.Fatalf("var: %v, want %v", v, want)
	}
	if d := Dev(x).(k.Atom[float64]).V; d != math.Sqrt(v) {
		t.Fatalf("dev: %v, want %v", d, math.Sqrt(v))
	}
	c := Dyads["cov"](x, y).(k.Atom[float64]).V
	if want := statCov([]float64{2, 5, 7.5}, []float64{1, 2, 3}); c != want {
		t.Fatalf("cov: %v, want %v", c, want)
	}
	for i := range xs {
		if math.Float64bits(xs[i]) != math.Float64bits(before[i]) {
			t.Fatalf("x changed: %v, was %v", xs, before)
		}
	}
	if v := Var(k.Floats()).(k.Atom[float64]).V; v == v {
		t.Fatalf("var of no floats: %v", v)
	}
}
