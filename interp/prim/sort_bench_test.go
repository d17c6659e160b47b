package prim

import (
	"math/rand/v2"
	"slices"
	"sort"
	"testing"
	"time"

	"qgo/interp/k"
)

const sortBenchN = 10_000_000

func benchFloats() []float64 {
	r := rand.New(rand.NewPCG(7, 11))
	f := make([]float64, sortBenchN)
	for i := range f {
		f[i] = r.NormFloat64() * 1e6
	}
	return f
}

func benchBools() []bool {
	r := rand.New(rand.NewPCG(3, 5))
	b := make([]bool, sortBenchN)
	for i := range b {
		b[i] = r.IntN(2) == 1
	}
	return b
}

// BenchmarkAscFloats times `asc` on 10,000,000 random floats against
// the plain-Go baseline (copy the slice, then sort.Float64s) in the same
// run, and reports both times and their ratio (qgo/go).
func BenchmarkAscFloats(b *testing.B) {
	f := benchFloats()
	x := k.Floats(f...)
	var tq, tg time.Duration
	for b.Loop() {
		t0 := time.Now()
		r := Asc(x)
		t1 := time.Now()
		g := slices.Clone(f)
		sort.Float64s(g)
		t2 := time.Now()
		tq += t1.Sub(t0)
		tg += t2.Sub(t1)
		if r.Len() != sortBenchN || g[0] != r.(*k.Vec[float64]).V[0] {
			b.Fatal("asc disagrees with sort.Float64s")
		}
	}
	n := float64(b.N)
	b.ReportMetric(float64(tq.Milliseconds())/n, "asc-ms")
	b.ReportMetric(float64(tg.Milliseconds())/n, "go-ms")
	b.ReportMetric(float64(tq)/float64(tg), "ratio")
}

// BenchmarkIascFloats times `iasc` (a stable grade) on 10,000,000 floats
// against sort.SliceStable over an index slice.
func BenchmarkIascFloats(b *testing.B) {
	f := benchFloats()
	x := k.Floats(f...)
	var tq, tg time.Duration
	for b.Loop() {
		t0 := time.Now()
		Iasc(x)
		t1 := time.Now()
		idx := make([]int64, len(f))
		for i := range idx {
			idx[i] = int64(i)
		}
		sort.SliceStable(idx, func(i, j int) bool { return f[idx[i]] < f[idx[j]] })
		t2 := time.Now()
		tq += t1.Sub(t0)
		tg += t2.Sub(t1)
	}
	n := float64(b.N)
	b.ReportMetric(float64(tq.Milliseconds())/n, "iasc-ms")
	b.ReportMetric(float64(tg.Milliseconds())/n, "go-ms")
	b.ReportMetric(float64(tq)/float64(tg), "ratio")
}

// BenchmarkWhereBools times `where` on 10,000,000 booleans against a
// plain loop appending the indices of the true items.
func BenchmarkWhereBools(b *testing.B) {
	bs := benchBools()
	x := k.Bools(bs...)
	var tq, tg time.Duration
	for b.Loop() {
		t0 := time.Now()
		r := Where(x)
		t1 := time.Now()
		var out []int64
		for i, e := range bs {
			if e {
				out = append(out, int64(i))
			}
		}
		t2 := time.Now()
		tq += t1.Sub(t0)
		tg += t2.Sub(t1)
		if r.Len() != len(out) {
			b.Fatal("where disagrees with the loop")
		}
	}
	n := float64(b.N)
	b.ReportMetric(float64(tq.Microseconds())/n/1000, "where-ms")
	b.ReportMetric(float64(tg.Microseconds())/n/1000, "go-ms")
	b.ReportMetric(float64(tq)/float64(tg), "ratio")
}

// shortStrings is 100,000 random strings of 2 to 7 letters a-g, as the
// segment patterns of a seven-segment puzzle.
func shortStrings() [][]byte {
	r := rand.New(rand.NewPCG(5, 9))
	out := make([][]byte, 100_000)
	for i := range out {
		s := make([]byte, 2+r.IntN(6))
		for j := range s {
			s[j] = byte('a' + r.IntN(7))
		}
		out[i] = s
	}
	return out
}

// BenchmarkAscShortStrings times `asc` of each of 100,000 short strings
// (asc each of words, a learner's sort of letters) against the plain-Go
// baseline (copy each, then slices.Sort) in the same run.
func BenchmarkAscShortStrings(b *testing.B) {
	ss := shortStrings()
	xs := make([]k.Value, len(ss))
	for i, s := range ss {
		xs[i] = k.Str(string(s))
	}
	var tq, tg time.Duration
	for b.Loop() {
		t0 := time.Now()
		for _, x := range xs {
			Asc(x)
		}
		t1 := time.Now()
		for _, s := range ss {
			slices.Sort(slices.Clone(s))
		}
		t2 := time.Now()
		tq += t1.Sub(t0)
		tg += t2.Sub(t1)
	}
	n := float64(b.N)
	b.ReportMetric(float64(tq.Microseconds())/n, "asc-us")
	b.ReportMetric(float64(tg.Microseconds())/n, "go-us")
	b.ReportMetric(float64(tq)/float64(tg), "ratio")
}
