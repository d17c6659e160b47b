package prim

import (
	"math"
	"math/rand"
	"runtime"
	"slices"
	"testing"

	"qgo/interp/k"
)

// splitSmall makes every reduction of more than a few items split into
// pieces on four goroutines for the rest of the test.
func splitSmall(t *testing.T) {
	old, procs := parMin, runtime.GOMAXPROCS(4)
	parMin = 8
	t.Cleanup(func() { parMin = old; runtime.GOMAXPROCS(procs) })
}

// randLongs is n longs, some null, some infinite and some large enough
// that their sum wraps around.
func randLongs(r *rand.Rand, n int) []int64 {
	v := make([]int64, n)
	for i := range v {
		switch r.Intn(8) {
		case 0:
			v[i] = k.NJ
		case 1:
			v[i] = k.WJ
		case 2:
			v[i] = -k.WJ
		case 3:
			v[i] = r.Int63() // sums of these wrap
		default:
			v[i] = r.Int63n(2001) - 1000
		}
	}
	return v
}

var testLens = []int{0, 1, 7, 8, 15, 16, 17, 33, 100, 1000, 4099}

// TestParallelSumLongs checks that sum split in pieces gives what one
// pass item by item gives, wraparound and nulls (skipped) included.
func TestParallelSumLongs(t *testing.T) {
	splitSmall(t)
	r := rand.New(rand.NewSource(12))
	split := false
	for _, n := range testLens {
		for range 20 {
			v := randLongs(r, n)
			var want int64
			for _, x := range v {
				if x != k.NJ {
					want += x
				}
			}
			split = split || parPieces(n) > 1
			if got := aggSumLongs(v); got != want {
				t.Fatalf("n=%d: sum %d, one pass %d", n, got, want)
			}
			if got := Sum(k.Longs(v...)); !Match(got, k.J(want)) {
				t.Fatalf("n=%d: Sum %v, one pass %d", n, got, want)
			}
		}
	}
	if !split {
		t.Fatal("no reduction was split")
	}
}

// TestParallelMaxMin checks max and min of longs, ints and shorts split
// in pieces against one pass, nulls skipped and all-null pieces included.
func TestParallelMaxMin(t *testing.T) {
	splitSmall(t)
	r := rand.New(rand.NewSource(13))
	for _, n := range testLens {
		for range 20 {
			v := randLongs(r, n)
			if r.Intn(3) == 0 { // a run of nulls fills whole pieces
				for i := range v[:n/2] {
					v[i] = k.NJ
				}
			}
			i32 := make([]int32, n)
			i16 := make([]int16, n)
			for i, x := range v {
				i32[i], i16[i] = int32(x), int16(x)
				if x == k.NJ {
					i32[i], i16[i] = k.NI, k.NH
				}
			}
			for _, greater := range []bool{true, false} {
				if got, want := maxInts(v, greater, k.NJ, k.WJ), onePassMax(v, greater, k.NJ, k.WJ); got != want {
					t.Fatalf("n=%d greater=%v: longs %d, one pass %d", n, greater, got, want)
				}
				if got, want := maxInts(i32, greater, k.NI, k.WI), onePassMax(i32, greater, k.NI, k.WI); got != want {
					t.Fatalf("n=%d greater=%v: ints %d, one pass %d", n, greater, got, want)
				}
				if got, want := maxInts(i16, greater, k.NH, k.WH), onePassMax(i16, greater, k.NH, k.WH); got != want {
					t.Fatalf("n=%d greater=%v: shorts %d, one pass %d", n, greater, got, want)
				}
			}
		}
	}
}

func onePassMax[E numInt](v []E, greater bool, null, inf E) E {
	r := -inf
	if !greater {
		r = inf
	}
	for _, x := range v {
		if x != null && (greater && x > r || !greater && x < r) {
			r = x
		}
	}
	return r
}

// TestParallelMaxMinFloats checks max and min of floats split in pieces
// bit for bit against one pass: nulls skipped, and of 0 and -0 (equal)
// the first kept.
func TestParallelMaxMinFloats(t *testing.T) {
	splitSmall(t)
	r := rand.New(rand.NewSource(14))
	negZero := math.Copysign(0, -1)
	for _, n := range testLens {
		for range 20 {
			v := make([]float64, n)
			kinds := 6
			if r.Intn(2) == 0 {
				kinds = 3 // only nulls and zeros: which zero comes first shows
			}
			for i := range v {
				switch r.Intn(kinds) {
				case 0:
					v[i] = math.NaN()
				case 1:
					v[i] = negZero
				case 2:
					v[i] = 0
				case 3:
					v[i] = math.Inf(1 - 2*r.Intn(2))
				default:
					v[i] = r.NormFloat64()
				}
			}
			for _, greater := range []bool{true, false} {
				want := math.Inf(-1)
				if !greater {
					want = math.Inf(1)
				}
				for _, f := range v {
					if greater && f > want || !greater && f < want {
						want = f
					}
				}
				if got := maxFloats(v, greater); math.Float64bits(got) != math.Float64bits(want) {
					t.Fatalf("n=%d greater=%v: %v, one pass %v", n, greater, got, want)
				}
			}
		}
	}
}

// TestParallelArith checks + - * on longs split in pieces against one
// item at a time: vector op vector, atom op vector, vector op atom (null
// atoms included), into a fresh vector and in place into an operand.
func TestParallelArith(t *testing.T) {
	splitSmall(t)
	r := rand.New(rand.NewSource(15))
	one := func(op numOp, a, b int64) int64 {
		if a == k.NJ || b == k.NJ {
			return k.NJ
		}
		switch op {
		case opAdd:
			return a + b
		case opSub:
			return a - b
		}
		return a * b
	}
	for _, n := range testLens[1:] {
		for _, op := range []numOp{opAdd, opSub, opMul} {
			x, y := randLongs(r, n), randLongs(r, n)
			atom := []int64{randLongs(r, 1)[0]}
			cases := []struct {
				x, y   []int64
				xa, ya bool
			}{{x, y, false, false}, {atom, y, true, false}, {x, atom, false, true}, {[]int64{k.NJ}, y, true, false}}
			for _, c := range cases {
				want := make([]int64, n)
				for i := range want {
					a, b := c.x[0], c.y[0]
					if !c.xa {
						a = c.x[i]
					}
					if !c.ya {
						b = c.y[i]
					}
					want[i] = one(op, a, b)
				}
				got := numIntOpTo(op, nil, c.x, c.y, c.xa, c.ya, k.NJ)
				if !slices.Equal(got, want) {
					t.Fatalf("n=%d op=%d xa=%v ya=%v: %v, one by one %v", n, op, c.xa, c.ya, got, want)
				}
				dst := slices.Clone(c.y) // in place into the right operand
				if c.ya {
					dst = slices.Clone(c.x)
				}
				xs, ys := c.x, c.y
				if c.ya {
					xs = dst
				} else {
					ys = dst
				}
				if got := numIntOpTo(op, dst, xs, ys, c.xa, c.ya, k.NJ); !slices.Equal(got, want) || &got[0] != &dst[0] {
					t.Fatalf("n=%d op=%d xa=%v ya=%v in place: %v, one by one %v", n, op, c.xa, c.ya, got, want)
				}
			}
		}
	}
}

// TestParallelArithFloats checks + - * % on floats split in pieces bit
// for bit against one item at a time, nulls and infinities included.
func TestParallelArithFloats(t *testing.T) {
	splitSmall(t)
	r := rand.New(rand.NewSource(16))
	rf := func(n int) []float64 {
		v := make([]float64, n)
		for i := range v {
			switch r.Intn(5) {
			case 0:
				v[i] = math.NaN()
			case 1:
				v[i] = math.Inf(1)
			case 2:
				v[i] = 0
			default:
				v[i] = r.NormFloat64() * 1e3
			}
		}
		return v
	}
	for _, n := range testLens[1:] {
		for _, op := range []numOp{opAdd, opSub, opMul, opDiv} {
			x, y, a := rf(n), rf(n), rf(1)
			for _, c := range []struct {
				x, y   []float64
				xa, ya bool
			}{{x, y, false, false}, {a, y, true, false}, {x, a, false, true}} {
				got := numFltOpTo(op, nil, c.x, c.y, c.xa, c.ya)
				for i := range got {
					p, q := c.x[0], c.y[0]
					if !c.xa {
						p = c.x[i]
					}
					if !c.ya {
						q = c.y[i]
					}
					w := [...]float64{p + q, p - q, p * q, p / q}[op]
					if math.Float64bits(got[i]) != math.Float64bits(w) && !(w != w && got[i] != got[i]) {
						t.Fatalf("n=%d op=%d item %d: %v, one by one %v", n, op, i, got[i], w)
					}
				}
			}
		}
	}
}

// TestSumLongsWide checks sum of longs through the vector kernel (where
// the processor has one) against one pass item by item: every length
// around its blocks of 16, every start within a block, no nulls, one,
// two (an even count, whose 2^63s cancel) and many, and sums that wrap.
func TestSumLongsWide(t *testing.T) {
	old := sumWideMin
	sumWideMin = 16
	t.Cleanup(func() { sumWideMin = old })
	r := rand.New(rand.NewSource(17))
	for _, n := range []int{15, 16, 17, 31, 32, 33, 47, 48, 100, 257, 4099} {
		for off := range 4 {
			for nulls := range 4 {
				v := randLongs(r, n+off)[off:]
				for i := range v {
					if v[i] == k.NJ {
						v[i] = int64(i)
					}
				}
				for range []int{0, 1, 2, n}[nulls] {
					v[r.Intn(n)] = k.NJ
				}
				var want int64
				for _, x := range v {
					if x != k.NJ {
						want += x
					}
				}
				if got := sumLongs(v); got != want {
					t.Fatalf("n=%d off=%d nulls=%d: sum %d, one pass %d", n, off, nulls, got, want)
				}
				if _, done := sumLongsWide(v); streamAvailable() && done != n&^15 {
					t.Fatalf("n=%d: the kernel summed %d items, not %d", n, done, n&^15)
				}
			}
		}
	}
}
