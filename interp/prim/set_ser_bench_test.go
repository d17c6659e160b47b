package prim

import (
	"fmt"
	"testing"
	"time"

	"qgo/interp/k"
)

// symLongTable is a table of n rows, a symbol column of m names and a
// long column of i mod 7.
func symLongTable(n, m int) *k.Table {
	s := make([]string, n)
	j := make([]int64, n)
	for i := range s {
		s[i] = fmt.Sprintf("s%d", i%m)
		j[i] = int64(i % 7)
	}
	return &k.Table{Cols: k.Syms("a", "b"), Data: []k.Value{&k.Vec[string]{T: k.KS, V: s}, &k.Vec[int64]{T: k.KJ, V: j}}}
}

// BenchmarkFindTableRows times t?t on 100,000 rows of a symbol and a long
// column through the serialised-key hash (findSer over serKeysOf) beside
// the baseline it replaced, one string per row in a Go map (findG over
// serItems), in the same run, and reports the ratio.
func BenchmarkFindTableRows(b *testing.B) {
	t := symLongTable(100000, 5000)
	var tn, to time.Duration
	for b.Loop() {
		t0 := time.Now()
		r := findSer(serKeysOf(t), serKeysOf(t))
		t1 := time.Now()
		o := findG(serItems(t), serItems(t))
		t2 := time.Now()
		tn += t1.Sub(t0)
		to += t2.Sub(t1)
		if len(r) != len(o) || r[99999] != o[99999] {
			b.Fatal("results differ")
		}
	}
	n := float64(b.N)
	b.ReportMetric(float64(tn.Microseconds())/n, "new-µs")
	b.ReportMetric(float64(to.Microseconds())/n, "strings-µs")
	b.ReportMetric(float64(tn)/float64(to), "ratio")
}
