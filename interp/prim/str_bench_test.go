package prim

import (
	"bytes"
	"testing"
	"time"

	"qgo/interp/k"
)

// BenchmarkSsShort is 100,000 searches of a six-character pattern in a
// seven-character string (ss[-7#r;s] at each step of AoC 2018/14's loop),
// beside the baseline bytes.Index of the same in the same run: the pattern
// compiled at each call is a few words an element, not a 256-byte table.
func BenchmarkSsShort(b *testing.B) {
	x, y := k.Str("5158916"), k.Str("515891")
	xs, ys := []byte("5158916"), []byte("515891")
	var ts, tg time.Duration
	for b.Loop() {
		t0 := time.Now()
		for range 100000 {
			Ss(x, y)
		}
		t1 := time.Now()
		for range 100000 {
			if bytes.Index(xs, ys) < 0 {
				b.Fatal("not found")
			}
		}
		t2 := time.Now()
		ts += t1.Sub(t0)
		tg += t2.Sub(t1)
	}
	n := float64(b.N)
	b.ReportMetric(float64(ts.Microseconds())/n, "ss-µs")
	b.ReportMetric(float64(tg.Microseconds())/n, "go-µs")
	b.ReportMetric(float64(ts)/float64(tg), "ratio")
}
