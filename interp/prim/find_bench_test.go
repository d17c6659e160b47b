package prim

import (
	"slices"
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

// uniquePairs is 20,000 distinct pairs, with the unique attribute when u.
func uniquePairs(u bool) *k.List {
	out := make([]k.Value, 20_000)
	for i := range out {
		out[i] = k.Longs(int64(i%100), int64(i/100))
	}
	l := &k.List{V: out}
	if u {
		l.A = k.AttrU
	}
	return l
}

// BenchmarkFindUnique is 2,000 searches of 8 pairs in a `u# list of
// 20,000 pairs (AoC 2025/04's neighbours inter `u#cells), reported
// beside the same searches in a list of 100 pairs without the attribute:
// the hash makes each search cost its 8 lookups, not a pass over the list.
func BenchmarkFindUnique(b *testing.B) {
	x, small := uniquePairs(true), &k.List{V: uniquePairs(false).V[:100]}
	y := &k.List{V: []k.Value{k.Longs(3, 4), k.Longs(5, 6), k.Longs(99, 199), k.Longs(7, 300),
		k.Longs(1, 1), k.Longs(2, 2), k.Longs(0, 0), k.Longs(50, 50)}}
	var tu, ts time.Duration
	for b.Loop() {
		t0 := time.Now()
		for range 2000 {
			Find(x, y)
		}
		t1 := time.Now()
		for range 2000 {
			Find(small, y)
		}
		t2 := time.Now()
		tu += t1.Sub(t0)
		ts += t2.Sub(t1)
	}
	n := float64(b.N)
	b.ReportMetric(float64(tu.Microseconds())/n, "unique-µs")
	b.ReportMetric(float64(ts.Microseconds())/n, "small-µs")
	b.ReportMetric(float64(tu)/float64(ts), "ratio")
}

// pairList is n two-item long vectors, i mod m and i mod 7.
func pairList(n, m int) *k.List {
	out := make([]k.Value, n)
	for i := range out {
		out[i] = k.Longs(int64(i%m), int64(i%7))
	}
	return &k.List{V: out}
}

// BenchmarkFindLists times ll?ll for 100,000 pairs (a list of lists
// sought item by item in itself), beside the baseline group of the same
// list, one hash of its items, in the same run, and reports the ratio:
// Find hashes x once for all of y's items (it scanned x for each, a
// quadratic cost: 335 s for a million pairs).
func BenchmarkFindLists(b *testing.B) {
	x := pairList(100000, 1000)
	var tf, tg time.Duration
	for b.Loop() {
		t0 := time.Now()
		r := Find(x, x)
		t1 := time.Now()
		g := Group(x)
		t2 := time.Now()
		tf += t1.Sub(t0)
		tg += t2.Sub(t1)
		if r.Len() != x.Len() || g == nil {
			b.Fatal("bad result")
		}
	}
	n := float64(b.N)
	b.ReportMetric(float64(tf.Microseconds())/n, "find-µs")
	b.ReportMetric(float64(tg.Microseconds())/n, "group-µs")
	b.ReportMetric(float64(tf)/float64(tg), "ratio")
}

// BenchmarkFindFewInMany times 200 pairs sought in a general list of
// 120,000 pairs (y in raze x, AoC 2018/03's claims), beside the baseline in
// the same run: a Go map of the 200 pairs, probed by each pair of the long
// list. Find passes over x once with a set of y's items, keeping nothing of
// x (it serialised all of x and hashed every item, at each search).
func BenchmarkFindFewInMany(b *testing.B) {
	x := pairList(120000, 1000)
	y := &k.List{V: make([]k.Value, 200)}
	for i := range y.V {
		y.V[i] = k.Longs(int64(900+i), int64(i%7)) // the last half are absent
	}
	var tf, tg time.Duration
	for b.Loop() {
		t0 := time.Now()
		r := In(y, x)
		t1 := time.Now()
		m := make(map[[2]int64]int, len(y.V))
		for j, v := range y.V {
			m[[2]int64(v.(*k.Vec[int64]).V)] = j
		}
		found := make([]bool, len(y.V))
		for _, v := range x.V {
			if j, ok := m[[2]int64(v.(*k.Vec[int64]).V)]; ok {
				found[j] = true
			}
		}
		t2 := time.Now()
		tf += t1.Sub(t0)
		tg += t2.Sub(t1)
		if r.Len() != len(found) {
			b.Fatal("bad result")
		}
	}
	n := float64(b.N)
	b.ReportMetric(float64(tf.Microseconds())/n, "in-µs")
	b.ReportMetric(float64(tg.Microseconds())/n, "go-µs")
	b.ReportMetric(float64(tf)/float64(tg), "ratio")
}

// BenchmarkDistinctPoints is distinct of 200,000 pairs, 7,000 of them
// distinct (distinct raze of neighbours, AoC 2020/17's cubes), beside the
// baseline in the same run: a Go map of [2]int64 with the firsts kept in
// order. Each pair is hashed where it is, by its longs, with no serial
// form made.
func BenchmarkDistinctPoints(b *testing.B) {
	x := pairList(200000, 1000)
	var td, tg time.Duration
	for b.Loop() {
		t0 := time.Now()
		r := Distinct(x)
		t1 := time.Now()
		m := make(map[[2]int64]struct{})
		var firsts []int
		for i, v := range x.V {
			p := [2]int64(v.(*k.Vec[int64]).V)
			if _, ok := m[p]; !ok {
				m[p] = struct{}{}
				firsts = append(firsts, i)
			}
		}
		t2 := time.Now()
		td += t1.Sub(t0)
		tg += t2.Sub(t1)
		if r.Len() != len(firsts) {
			b.Fatal("bad count")
		}
	}
	n := float64(b.N)
	b.ReportMetric(float64(td.Microseconds())/n, "distinct-µs")
	b.ReportMetric(float64(tg.Microseconds())/n, "go-µs")
	b.ReportMetric(float64(td)/float64(tg), "ratio")
}

// joinRows is a key table of 1,000 rows (k:til 1000) and 1,000,000 rows to
// find in it (k:1000000?1000), as `t lj kt` finds them.
func joinRows() (*k.Table, *k.Table, []int64) {
	keys, probe := make([]int64, 1000), make([]int64, 1_000_000)
	for i := range keys {
		keys[i] = int64(i)
	}
	for i := range probe {
		probe[i] = int64(i*7919) % 1000
	}
	kt := &k.Table{Cols: k.Syms("k"), Data: []k.Value{k.Longs(keys...)}}
	t := &k.Table{Cols: k.Syms("k"), Data: []k.Value{k.Longs(probe...)}}
	return kt, t, probe
}

// BenchmarkFindKeyRows is kt?t for the rows of joinRows, the lookup of a
// left join (it serialised every row, 2.5 s for `lj` on 10,000,000).
func BenchmarkFindKeyRows(b *testing.B) {
	kt, t, _ := joinRows()
	for b.Loop() {
		_ = Find(kt, t)
	}
}

// BenchmarkFindKeyRowsBaseline is the plain Go BenchmarkFindKeyRows is
// measured against: a map from key to row, and a lookup a probe.
func BenchmarkFindKeyRowsBaseline(b *testing.B) {
	kt, _, probe := joinRows()
	keys := kt.Data[0].(*k.Vec[int64]).V
	for b.Loop() {
		m := make(map[int64]int64, len(keys))
		for i, v := range keys {
			m[v] = int64(i)
		}
		out := make([]int64, len(probe))
		for i, v := range probe {
			if p, ok := m[v]; ok {
				out[i] = p
			} else {
				out[i] = int64(len(keys))
			}
		}
		_ = out
	}
}

// binFloats is 1,000,000 floats in order and the same floats in no order.
func binFloats() ([]float64, []float64) {
	ys := make([]float64, 1_000_000)
	for i := range ys {
		ys[i] = float64(i*7919%1_000_003) / 10
	}
	return slices.Sorted(slices.Values(ys)), ys
}

// BenchmarkBinProbes is asc[f] bin f on 1,000,000 floats.
func BenchmarkBinProbes(b *testing.B) {
	xs, ys := binFloats()
	x, y := k.Floats(xs...), k.Floats(ys...)
	for b.Loop() {
		_ = Bin(x, y)
	}
}

// BenchmarkBinProbesBaseline is the plain Go BenchmarkBinProbes is
// measured against: slices.BinarySearch for each probe.
func BenchmarkBinProbesBaseline(b *testing.B) {
	xs, ys := binFloats()
	for b.Loop() {
		out := make([]int64, len(ys))
		for i, y := range ys {
			p, found := slices.BinarySearch(xs, y)
			if found {
				for p+1 < len(xs) && xs[p+1] == y {
					p++
				}
				p++
			}
			out[i] = int64(p - 1)
		}
		_ = out
	}
}
