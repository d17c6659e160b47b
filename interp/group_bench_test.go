package interp

import (
	"io"
	"testing"

	"qgo/interp/k"
)

// The benchmarks below group a million rows by two keys (100 values
// each, 10,000 groups) beside the plain Go work that does the same: a
// map from the pair of keys to the group's number, in one pass, then the
// aggregate or the rows of each group. Before prim/rowid.go a table's
// rows were serialised into strings to be hashed, and select's by phrase
// of two columns evaluated its aggregate once per group.

// groupSetup is the table the grouping benchmarks share.
const groupSetup = "n:1000000;t:([]a:n?100;b:n?100;c:n?1.0)"

// groupTable makes an interpreter holding groupSetup's t, and gives t's
// columns.
func groupTable(b *testing.B) (*Interp, []int64, []int64, []float64) {
	in := New(io.Discard)
	if _, err := in.Eval(groupSetup); err != nil {
		b.Fatal(err)
	}
	v, _ := in.Get("t")
	t := v.(*k.Table)
	return in, t.Data[0].(*k.Vec[int64]).V, t.Data[1].(*k.Vec[int64]).V, t.Data[2].(*k.Vec[float64]).V
}

// groupPairsGo numbers the pairs (a[i];b[i]) in order of first
// occurrence through a map, as a Go program would group them.
func groupPairsGo(a, b []int64) ([]int32, int) {
	m := map[[2]int64]int32{}
	ids := make([]int32, len(a))
	for i := range a {
		key := [2]int64{a[i], b[i]}
		g, ok := m[key]
		if !ok {
			g = int32(len(m))
			m[key] = g
		}
		ids[i] = g
	}
	return ids, len(m)
}

// BenchmarkSelectBy2Keys is select sum c by a,b from t.
func BenchmarkSelectBy2Keys(b *testing.B) {
	in, a, bb, c := groupTable(b)
	benchRatio(b, in, "select sum c by a,b from t", func() {
		ids, n := groupPairsGo(a, bb)
		sums := make([]float64, n)
		for i, g := range ids {
			sums[g] += c[i]
		}
		sink = int64(len(sums))
	})
}

// BenchmarkGroupTable is group select a,b from t: the rows of each
// distinct pair.
func BenchmarkGroupTable(b *testing.B) {
	in, a, bb, _ := groupTable(b)
	benchRatio(b, in, "group select a,b from t", func() {
		ids, n := groupPairsGo(a, bb)
		rows := make([][]int64, n)
		for i, g := range ids {
			rows[g] = append(rows[g], int64(i))
		}
		sink = int64(len(rows))
	})
}

// BenchmarkFbyTable is fby of a table of two columns: each row's group
// maximum.
func BenchmarkFbyTable(b *testing.B) {
	in, a, bb, c := groupTable(b)
	benchRatio(b, in, "select from t where c=(max;c) fby ([]a;b)", func() {
		ids, n := groupPairsGo(a, bb)
		mx := make([]float64, n)
		for i, g := range ids {
			mx[g] = max(mx[g], c[i])
		}
		var keep []int64
		for i, g := range ids {
			if c[i] == mx[g] {
				keep = append(keep, int64(i))
			}
		}
		sink = int64(len(keep))
	})
}
