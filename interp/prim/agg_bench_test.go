package prim

import (
	"testing"
	"time"

	"qgo/interp/k"
)

// BenchmarkSumEachNull is sum each null x for x 10,000 short long vectors
// with nulls among them (AoC 2024/09's disk map, at each step), beside
// the baseline count of nulls in Go slices in the same run: null of a
// long vector and sum of a boolean vector need no per-item dispatch nor
// longs made of booleans.
func BenchmarkSumEachNull(b *testing.B) {
	items := make([]k.Value, 10000)
	gs := make([][]int64, len(items))
	for i := range items {
		v := []int64{int64(i), k.NJ, k.NJ, int64(i)}[:1+i%4]
		items[i], gs[i] = k.Longs(v...), v
	}
	x := &k.List{V: items}
	var tq, tg time.Duration
	for b.Loop() {
		t0 := time.Now()
		nx := Null(x).(*k.List)
		out := make([]int64, len(nx.V))
		for i, it := range nx.V {
			out[i] = int64(Sum(it).(k.Atom[int32]).V)
		}
		t1 := time.Now()
		g := make([]int64, len(gs))
		for i, v := range gs {
			for _, e := range v {
				if e == k.NJ {
					g[i]++
				}
			}
		}
		t2 := time.Now()
		tq += t1.Sub(t0)
		tg += t2.Sub(t1)
		if out[3] != g[3] {
			b.Fatal("bad count")
		}
	}
	n := float64(b.N)
	b.ReportMetric(float64(tq.Microseconds())/n, "q-µs")
	b.ReportMetric(float64(tg.Microseconds())/n, "go-µs")
	b.ReportMetric(float64(tq)/float64(tg), "ratio")
}
