package prim

import (
	"testing"
	"time"

	"qgo/interp/k"
)

// BenchmarkIndexColumn is x[;0] for x 20,000 (point;length) pairs (a
// search's queue of nodes, AoC 2018/15), beside the baseline in the same
// run: the first of each item gathered from Go slices. Each item is taken
// as it is, not indexed through a boxed position.
func BenchmarkIndexColumn(b *testing.B) {
	items := make([]k.Value, 20000)
	gs := make([][]k.Value, len(items))
	for i := range items {
		v := []k.Value{k.Longs(int64(i), 1), k.J(int64(i))}
		items[i], gs[i] = &k.List{V: v}, v
	}
	x := &k.List{V: items}
	path := []k.Value{nil, k.J(0)}
	var tq, tg time.Duration
	for b.Loop() {
		t0 := time.Now()
		r := IndexDeep(x, path)
		t1 := time.Now()
		g := make([]k.Value, len(gs))
		for i, v := range gs {
			g[i] = v[0]
		}
		t2 := time.Now()
		tq += t1.Sub(t0)
		tg += t2.Sub(t1)
		if r.Len() != len(g) {
			b.Fatal("bad count")
		}
	}
	n := float64(b.N)
	b.ReportMetric(float64(tq.Microseconds())/n, "q-µs")
	b.ReportMetric(float64(tg.Microseconds())/n, "go-µs")
	b.ReportMetric(float64(tq)/float64(tg), "ratio")
}
