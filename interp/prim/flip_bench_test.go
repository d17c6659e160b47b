package prim

import (
	"testing"
	"time"

	"qgo/interp/k"
)

// bitRows is 100,000 boolean vectors of 64 bits, as 0b vs/:til n makes.
func bitRows() *k.List {
	out := make([]k.Value, 100_000)
	for i := range out {
		v := make([]bool, 64)
		for j := range v {
			v[j] = (i>>(j%20))&1 == 1
		}
		out[i] = &k.Vec[bool]{T: k.KB, V: v}
	}
	return &k.List{V: out}
}

// BenchmarkFlipTyped is flip of 100,000 bit vectors (64 rows out),
// reported beside raze of the same list (one pass over the bits) in the
// same run: flip builds typed rows (ratio about 5 on a loaded 2-core
// machine; about 33 when each bit was boxed and unified).
func BenchmarkFlipTyped(b *testing.B) {
	x := bitRows()
	var tf, tr time.Duration
	for b.Loop() {
		t0 := time.Now()
		f := Flip(x)
		t1 := time.Now()
		r := Raze(x)
		t2 := time.Now()
		tf += t1.Sub(t0)
		tr += t2.Sub(t1)
		if f.Len() != 64 || r.Len() != 6_400_000 {
			b.Fatal("wrong shape")
		}
	}
	n := float64(b.N)
	b.ReportMetric(float64(tf.Microseconds())/n, "flip-µs")
	b.ReportMetric(float64(tr.Microseconds())/n, "raze-µs")
	b.ReportMetric(float64(tf)/float64(tr), "ratio")
}

// TestFlipTypedRows checks that flip of same-typed vectors gives typed
// rows equal to the boxed path's, and that mixed types keep general rows.
func TestFlipTypedRows(t *testing.T) {
	x := &k.List{V: []k.Value{k.Longs(1, 2, 3), k.Longs(4, 5, 6)}}
	f := Flip(x).(*k.List)
	if len(f.V) != 3 || f.V[1].Type() != k.KJ || !Match(f.V[1], k.Longs(2, 5)) {
		t.Fatalf("flip of longs: %v", f.V)
	}
	m := &k.List{V: []k.Value{k.Longs(1, 2), &k.Vec[float64]{T: k.KF, V: []float64{3, 4}}}}
	g := Flip(m).(*k.List)
	if g.V[0].Type() != 0 {
		t.Fatalf("flip of longs and floats: row type %d, want a general list", g.V[0].Type())
	}
}
