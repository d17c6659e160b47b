package prim

import (
	"math"
	"testing"

	"qgo/interp/k"
)

// TestXexpFloatsPath checks x xexp y on float and long atoms and float
// vectors (the direct path) gives, bit for bit, what the general path
// gives the same operands as vectors of one type, nulls, infinities and
// negative bases included.
func TestXexpFloatsPath(t *testing.T) {
	vals := []float64{0, 1, -1, 2, -2, 0.5, -0.5, 3, 10, 1.5, -3.25, math.NaN(), math.Inf(1), math.Inf(-1)}
	general := func(a, b float64) float64 {
		// the general path, reached through a general list of atoms
		switch r := Xexp(k.NewList(k.F(a), k.F(a)), k.F(b)).(type) {
		case *k.Vec[float64]:
			return r.V[0]
		case *k.List:
			return r.V[0].(k.Atom[float64]).V
		default:
			t.Fatalf("result %T", r)
		}
		return 0
	}
	same := func(what string, got, want float64) {
		t.Helper()
		if math.Float64bits(got) != math.Float64bits(want) && !(got != got && want != want) {
			t.Fatalf("%s: %v, want %v", what, got, want)
		}
	}
	for _, a := range vals {
		for _, b := range vals {
			want := xexp1Reference(a, b)
			same("general", general(a, b), want)
			same("atoms", Xexp(k.F(a), k.F(b)).(k.Atom[float64]).V, want)
			same("atom vector", Xexp(k.F(a), k.Floats(b, b)).(*k.Vec[float64]).V[1], want)
			same("vector atom", Xexp(k.Floats(a, a), k.F(b)).(*k.Vec[float64]).V[1], want)
		}
	}
	same("long atoms", Xexp(k.J(2), k.J(10)).(k.Atom[float64]).V, 1024)
	if v := Xexp(k.J(k.NJ), k.J(2)).(k.Atom[float64]).V; v == v {
		t.Fatalf("0N xexp 2: %v", v)
	}
	defer func() {
		if e, ok := recover().(*k.Error); !ok || e.Msg != k.ErrLength {
			t.Fatalf("1 2f xexp 1 2 3f: %v", e)
		}
	}()
	Xexp(k.Floats(1, 2), k.Floats(1, 2, 3))
}

// xexp1Reference is q's x xexp y for one pair of floats: null for a null
// operand or a negative base to an infinite power, else the power.
func xexp1Reference(a, b float64) float64 {
	if math.IsNaN(a) || math.IsNaN(b) || a < 0 && math.IsInf(b, 0) {
		return math.NaN()
	}
	return pow(a, b)
}

// TestXexpBase checks the short cuts of an atom base raised to a vector
// of powers (xexpBase) bit for bit against xexp1, item by item: powers of
// two and other bases, whole powers across and beyond the float's range
// (denormals, overflow, underflow), and fractional, infinite and null
// powers.
func TestXexpBase(t *testing.T) {
	bases := []float64{2, 4, 0.5, 0.25, 1024, math.Ldexp(1, -1074), math.Ldexp(1, 1023), 10, 1.5, 3,
		0.1, -2, -0.5, -10, 1, -1, 0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN(), 1 + 1e-12}
	var powers []float64
	for b := -2200; b <= 2200; b++ {
		powers = append(powers, float64(b))
	}
	powers = append(powers, 1<<20, 1<<20+1, -(1 << 21), 1<<40, 1<<62, -(1 << 62), 1<<63, 1e300,
		0.5, -0.5, 2.5, math.Inf(1), math.Inf(-1), math.NaN())
	out := make([]float64, len(powers))
	for _, a := range bases {
		xexpBase(a, powers, out)
		for i, b := range powers {
			want := xexp1(a, b)
			if math.Float64bits(out[i]) != math.Float64bits(want) && !(out[i] != out[i] && want != want) {
				t.Fatalf("%v xexp %v: %v, want %v", a, b, out[i], want)
			}
		}
	}
}
