package prim

import (
	"testing"
	"time"

	"qgo/interp/k"
)

// deepList is 0 enlisted n times.
func deepList(n int) k.Value {
	var v k.Value = k.J(0)
	for range n {
		v = k.Unify([]k.Value{v})
	}
	return v
}

// BenchmarkFindDeep times x?y for a y nested 10,000 deep in a list x of
// rank 2, which maps over y's levels, beside the baseline y~y, one walk
// over the same levels, in the same run, and reports the ratio: Find
// reckons each rank once, so it costs a few walks, not one walk per
// level (it cost about 10,000/2 walks before).
func BenchmarkFindDeep(b *testing.B) {
	x := k.Unify([]k.Value{k.Longs(1, 2), k.Longs(3)})
	y := deepList(10000)
	var tf, tm time.Duration
	for b.Loop() {
		t0 := time.Now()
		r := Find(x, y)
		t1 := time.Now()
		same := Match(y, y)
		t2 := time.Now()
		tf += t1.Sub(t0)
		tm += t2.Sub(t1)
		if r == nil || !same {
			b.Fatal("no result")
		}
	}
	n := float64(b.N)
	b.ReportMetric(float64(tf.Microseconds())/n, "find-µs")
	b.ReportMetric(float64(tm.Microseconds())/n, "match-µs")
	b.ReportMetric(float64(tf)/float64(tm), "ratio")
}
