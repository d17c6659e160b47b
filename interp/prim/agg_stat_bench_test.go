package prim

import (
	"slices"
	"testing"

	"qgo/interp/k"
)

// statN is the vector length of the statistics benchmarks.
const statN = 1_000_000

func statBenchFloats(seed int) []float64 {
	f := make([]float64, statN)
	for i := range f {
		f[i] = float64((i*seed)%1000) * 0.01
	}
	return f
}

// BenchmarkVarFloats is var of a million floats.
func BenchmarkVarFloats(bm *testing.B) {
	x := k.Floats(statBenchFloats(7)...)
	for bm.Loop() {
		_ = Var(x)
	}
}

// BenchmarkVarFloatsBaseline is the plain Go loop BenchmarkVarFloats is
// measured against: copy the items leaving out nulls, mean, then the
// mean squared deviation.
func BenchmarkVarFloatsBaseline(bm *testing.B) {
	f := statBenchFloats(7)
	for bm.Loop() {
		v := make([]float64, 0, len(f))
		for _, x := range f {
			if x == x {
				v = append(v, x)
			}
		}
		_ = statVar(v, false)
	}
}

// BenchmarkCovFloats is x cov y on two vectors of a million floats.
func BenchmarkCovFloats(bm *testing.B) {
	x, y := k.Floats(statBenchFloats(7)...), k.Floats(statBenchFloats(13)...)
	for bm.Loop() {
		_ = Dyads["cov"](x, y)
	}
}

// BenchmarkCovFloatsBaseline is the plain Go loop BenchmarkCovFloats is
// measured against: the pairs without a null copied out, then the
// covariance.
func BenchmarkCovFloatsBaseline(bm *testing.B) {
	a, b := statBenchFloats(7), statBenchFloats(13)
	for bm.Loop() {
		x, y := make([]float64, 0, len(a)), make([]float64, 0, len(b))
		for i := range a {
			if a[i] == a[i] && b[i] == b[i] {
				x, y = append(x, a[i]), append(y, b[i])
			}
		}
		_ = statCov(x, y)
	}
}

// BenchmarkMed is med of 1,000,000 floats.
func BenchmarkMed(b *testing.B) {
	v := k.Floats(medFloats()...)
	for b.Loop() {
		_ = Med(v)
	}
}

// BenchmarkMedBaseline is the plain Go BenchmarkMed is measured against:
// a copy of the floats sorted by slices.Sort, the middle two averaged.
func BenchmarkMedBaseline(b *testing.B) {
	f := medFloats()
	for b.Loop() {
		c := slices.Clone(f)
		slices.Sort(c)
		_ = (c[(len(c)-1)/2] + c[len(c)/2]) / 2
	}
}

// medFloats is 1,000,000 floats in no order.
func medFloats() []float64 {
	f := make([]float64, 1_000_000)
	for i := range f {
		f[i] = float64(i*7919%1_000_003) / 7
	}
	return f
}
