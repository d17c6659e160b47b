package prim

import (
	"math"
	"math/rand"
	"slices"
	"testing"

	"qgo/interp/k"
)

// streamSmall makes every vector op vector of more than a few items use
// the streaming kernels (where the processor has them) for the test.
func streamSmall(t *testing.T) {
	old := streamMin
	streamMin = 4
	t.Cleanup(func() { streamMin = old })
	if !streamAvailable() {
		t.Log("no streaming kernel on this processor: the Go loops are checked")
	}
}

// TestStreamLongs checks + and - of long vectors (or a vector and an
// atom) through the streaming kernel against one item at a time: every
// alignment of the result, odd lengths, nulls, wraparound, and in place
// into an operand, alone and split over goroutines.
func TestStreamLongs(t *testing.T) {
	streamSmall(t)
	r := rand.New(rand.NewSource(21))
	for _, split := range []bool{false, true} {
		if split {
			splitSmall(t)
		}
		for _, n := range []int{4, 5, 7, 8, 9, 31, 64, 1001} {
			for off := range 4 { // the result starts off items into its buffer
				for _, op := range []numOp{opAdd, opSub, opMul} {
					x, y := randLongs(r, n), randLongs(r, n)
					xa, ya := false, false
					switch r.Intn(4) { // an atom, maybe null, on one side
					case 0:
						x, xa = x[:1], true
					case 1:
						y, ya = y[:1], true
					}
					want := make([]int64, n)
					for i := range want {
						a, b := x[min(i, len(x)-1)], y[min(i, len(y)-1)]
						switch {
						case a == k.NJ || b == k.NJ:
							want[i] = k.NJ
						case op == opAdd:
							want[i] = a + b
						case op == opSub:
							want[i] = a - b
						default:
							want[i] = a * b
						}
					}
					buf := make([]int64, n+off)
					got := numIntOpTo(op, buf[off:], x, y, xa, ya, k.NJ)
					if !slices.Equal(got, want) {
						t.Fatalf("n=%d off=%d op=%d split=%v xa=%v ya=%v: %v, one by one %v", n, off, op, split, xa, ya, got, want)
					}
					if !xa { // in place into x
						xs := slices.Clone(x)
						if got := numIntOpTo(op, xs, xs, y, false, ya, k.NJ); !slices.Equal(got, want) {
							t.Fatalf("n=%d op=%d split=%v in place: %v, one by one %v", n, op, split, got, want)
						}
					}
				}
			}
		}
	}
}

// TestStreamFloats checks + - * % of float vectors (or a vector and an
// atom) through the streaming kernel bit for bit against one item at a time, nulls and infinities
// included.
func TestStreamFloats(t *testing.T) {
	streamSmall(t)
	r := rand.New(rand.NewSource(22))
	rf := func(n int) []float64 {
		v := make([]float64, n)
		for i := range v {
			switch r.Intn(6) {
			case 0:
				v[i] = math.NaN()
			case 1:
				v[i] = math.Inf(1 - 2*r.Intn(2))
			case 2:
				v[i] = math.Copysign(0, float64(r.Intn(2)*2-1))
			default:
				v[i] = r.NormFloat64() * 1e6
			}
		}
		return v
	}
	for _, n := range []int{4, 6, 9, 33, 1000} {
		for off := range 4 {
			for _, op := range []numOp{opAdd, opSub, opMul, opDiv} {
				x, y := rf(n), rf(n)
				xa, ya := false, false
				switch r.Intn(4) { // an atom on one side
				case 0:
					x, xa = x[:1], true
				case 1:
					y, ya = y[:1], true
				}
				buf := make([]float64, n+off)
				got := numFltOpTo(op, buf[off:], x, y, xa, ya)
				for i, g := range got {
					a, b := x[min(i, len(x)-1)], y[min(i, len(y)-1)]
					w := [...]float64{a + b, a - b, a * b, a / b}[op]
					if math.Float64bits(g) != math.Float64bits(w) && !(w != w && g != g) {
						t.Fatalf("n=%d off=%d op=%d xa=%v ya=%v item %d: %v %v gives %v, one by one %v", n, off, op, xa, ya, i, a, b, g, w)
					}
				}
			}
		}
	}
}
