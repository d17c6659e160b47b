package prim

import (
	"math"
	"testing"
	"time"

	"qgo/interp/k"
)

// benchN is the vector length of the kernel benchmarks.
const benchN = 10_000_000

func benchLongs() ([]int64, []int64) {
	a, b := make([]int64, benchN), make([]int64, benchN)
	for i := range a {
		a[i], b[i] = int64(i), int64(3*i+1)
	}
	return a, b
}

// BenchmarkAddLongs is a+b on two vectors of 10,000,000 longs.
func BenchmarkAddLongs(bm *testing.B) {
	a, b := benchLongs()
	x, y := k.Longs(a...), k.Longs(b...)
	bm.ResetTimer()
	for bm.Loop() {
		_ = Add(x, y)
	}
}

// BenchmarkAddLongsBaseline is the plain Go loop BenchmarkAddLongs is
// measured against: allocate the result and add.
func BenchmarkAddLongsBaseline(bm *testing.B) {
	a, b := benchLongs()
	bm.ResetTimer()
	for bm.Loop() {
		c := make([]int64, len(a))
		for i := range a {
			c[i] = a[i] + b[i]
		}
		_ = c
	}
}

// BenchmarkSumLongs is sum of a vector of 10,000,000 longs.
func BenchmarkSumLongs(bm *testing.B) {
	a, _ := benchLongs()
	x := k.Longs(a...)
	bm.ResetTimer()
	for bm.Loop() {
		_ = Sum(x)
	}
}

// BenchmarkSumLongsBaseline is the plain Go loop BenchmarkSumLongs is
// measured against.
func BenchmarkSumLongsBaseline(bm *testing.B) {
	a, _ := benchLongs()
	bm.ResetTimer()
	var s int64
	for bm.Loop() {
		s = 0
		for _, v := range a {
			s += v
		}
	}
	_ = s
}

// BenchmarkSumLongsCached is sum of 32,768 longs, which the cache
// holds: what the summing costs the processor, apart from the memory
// traffic that bounds a long vector's sum.
func BenchmarkSumLongsCached(bm *testing.B) {
	a, _ := benchLongs()
	x := k.Longs(a[:1<<15]...)
	bm.ResetTimer()
	for bm.Loop() {
		_ = Sum(x)
	}
}

// BenchmarkSumLongsCachedBaseline is the plain Go loop
// BenchmarkSumLongsCached is measured against.
func BenchmarkSumLongsCachedBaseline(bm *testing.B) {
	a, _ := benchLongs()
	a = a[:1<<15]
	bm.ResetTimer()
	var s int64
	for bm.Loop() {
		s = 0
		for _, v := range a {
			s += v
		}
	}
	_ = s
}

// BenchmarkAddFloatAtom is x+1.5 on 10,000,000 floats.
func BenchmarkAddFloatAtom(bm *testing.B) {
	f := make([]float64, benchN)
	for i := range f {
		f[i] = float64(i)
	}
	x, y := k.Floats(f...), k.F(1.5)
	bm.ResetTimer()
	for bm.Loop() {
		_ = Add(x, y)
	}
}

// BenchmarkLessLongAtom is x<5000000 on 10,000,000 longs.
func BenchmarkLessLongAtom(bm *testing.B) {
	a, _ := benchLongs()
	x, y := k.Longs(a...), k.J(5000000)
	bm.ResetTimer()
	for bm.Loop() {
		_ = Lt(x, y)
	}
}

// BenchmarkAddIntLong is an int vector plus a long vector: promotion.
func BenchmarkAddIntLong(bm *testing.B) {
	a, b := benchLongs()
	ints := make([]int32, benchN)
	for i := range ints {
		ints[i] = int32(a[i])
	}
	x, y := k.Ints(k.KI, ints...), k.Longs(b...)
	bm.ResetTimer()
	for bm.Loop() {
		_ = Add(x, y)
	}
}

// BenchmarkAddAtoms is 1.5+2.5 on atoms: the cost of one scalar add, as
// a lambda applied to each item pays it.
func BenchmarkAddAtoms(bm *testing.B) {
	x, y := k.F(1.5), k.F(2.5)
	for bm.Loop() {
		_ = Add(x, y)
	}
}

// BenchmarkAddAtomsMixed is 1+2.5, a long atom plus a float atom.
func BenchmarkAddAtomsMixed(bm *testing.B) {
	x, y := k.J(1), k.F(2.5)
	for bm.Loop() {
		_ = Add(x, y)
	}
}

// BenchmarkLessAtoms is 1<2 on long atoms.
func BenchmarkLessAtoms(bm *testing.B) {
	x, y := k.J(1), k.J(2)
	for bm.Loop() {
		_ = Lt(x, y)
	}
}

// BenchmarkAddLongsInto is y+y written into a dead vector of the result's
// size (the evaluator's spare buffer, as \t:10 y+y reuses it), reported
// beside the plain Go loop doing the same into the same buffer, with the
// ratio (q/go).
func BenchmarkAddLongsInto(bm *testing.B) {
	a, _ := benchLongs()
	x, dst := k.Longs(a...), k.Longs(make([]int64, benchN)...)
	var qt, gt float64
	for bm.Loop() {
		t0 := nowNanos()
		if _, ok := ArithInto('+', dst, x, x); !ok {
			bm.Fatal("ArithInto refused")
		}
		t1 := nowNanos()
		for i, v := range a {
			dst.V[i] = v + v
		}
		gt += float64(nowNanos() - t1)
		qt += float64(t1 - t0)
	}
	bm.ReportMetric(qt/float64(bm.N)/1e6, "q-ms/op")
	bm.ReportMetric(gt/float64(bm.N)/1e6, "go-ms/op")
	bm.ReportMetric(qt/max(gt, 1), "q/go")
}

func nowNanos() int64 { return time.Now().UnixNano() }

// xexpN is the vector length of the xexp benchmarks.
const xexpN = 1_000_000

// BenchmarkXexpFloats is x xexp 1.5 on a million floats.
func BenchmarkXexpFloats(bm *testing.B) {
	f := make([]float64, xexpN)
	for i := range f {
		f[i] = float64(i) * 0.001
	}
	x, y := k.Floats(f...), k.F(1.5)
	for bm.Loop() {
		_ = Xexp(x, y)
	}
}

// BenchmarkXexpFloatsBaseline is the plain Go loop BenchmarkXexpFloats is
// measured against: math.Pow of each item into a new slice.
func BenchmarkXexpFloatsBaseline(bm *testing.B) {
	f := make([]float64, xexpN)
	for i := range f {
		f[i] = float64(i) * 0.001
	}
	for bm.Loop() {
		out := make([]float64, len(f))
		for i, v := range f {
			out[i] = math.Pow(v, 1.5)
		}
		_ = out
	}
}

// BenchmarkXexpAtoms is 1.0001 xexp 2.5, two float atoms, a million times.
func BenchmarkXexpAtoms(bm *testing.B) {
	x, y := k.F(1.0001), k.F(2.5)
	for bm.Loop() {
		for range xexpN {
			_ = Xexp(x, y)
		}
	}
}

// BenchmarkXexpAtomsBaseline is the plain Go loop BenchmarkXexpAtoms is
// measured against: math.Pow a million times, each result boxed as a q
// atom.
func BenchmarkXexpAtomsBaseline(bm *testing.B) {
	a, b := 1.0001, 2.5
	var sink k.Value
	for bm.Loop() {
		for i := range xexpN {
			sink = k.F(math.Pow(a+float64(i&1), b))
		}
	}
	_ = sink
}

// BenchmarkXexpPowers is 2 xexp til 1000000 and 1.5 xexp til 1000000:
// an atom base to a vector of whole powers, most far out of range.
func BenchmarkXexpPowers(bm *testing.B) {
	p := make([]int64, 1_000_000)
	for i := range p {
		p[i] = int64(i)
	}
	y := k.Longs(p...)
	for bm.Loop() {
		_ = Xexp(k.F(2), y)
		_ = Xexp(k.F(1.5), y)
	}
}

// BenchmarkXexpPowersBaseline is the plain Go BenchmarkXexpPowers is
// measured against: the powers made floats, then math.Pow of each, for
// each base.
func BenchmarkXexpPowersBaseline(bm *testing.B) {
	for bm.Loop() {
		for _, a := range []float64{2, 1.5} {
			f := make([]float64, 1_000_000)
			for i := range f {
				f[i] = float64(i)
			}
			out := make([]float64, len(f))
			for i, b := range f {
				out[i] = math.Pow(a, b)
			}
			_ = out
		}
	}
}
