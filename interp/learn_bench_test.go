package interp

import (
	"io"
	"testing"
)

// The benchmarks below time the patterns that real learners' programs
// (Advent of Code solutions in q) spend their time in, each beside a plain
// Go loop doing the same work in the same run:
//
//	go test ./interp -run X -bench Learn -benchmem

// BenchmarkLearnLinkedGlobal is 20,000 steps of a linked list kept in a
// global general list of (prev;value;next) triples, as AoC 2018/09's
// marble circle: each step reads items of the global (n[i;2], count n)
// and amends one item in place.
func BenchmarkLearnLinkedGlobal(b *testing.B) {
	in := New(io.Discard)
	mustBench(b, in, "step:{c:count n;n[x]:n[x;0 1],c;n,:enlist(x;c;0);n[x;2]}")
	benchEval(b, in, "n:enlist 0 0 0;i:0;do[20000;i:step i];count n")
}

// BenchmarkLearnLinkedGlobalGo is its baseline: the same steps on a Go
// slice of triples.
func BenchmarkLearnLinkedGlobalGo(b *testing.B) {
	for b.Loop() {
		n := [][]int64{{0, 0, 0}}
		i := int64(0)
		for range 20000 {
			c := int64(len(n))
			n[i] = []int64{n[i][0], n[i][1], c}
			n = append(n, []int64{i, c, 0})
			i = n[i][2]
		}
		sink = int64(len(n))
	}
}
