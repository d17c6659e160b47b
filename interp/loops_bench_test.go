package interp

import (
	"io"
	"testing"
)

// The benchmarks below time the loops of small learners' programs (as in
// Advent of Code solutions), each beside a plain Go loop doing the same
// work in the same run:
//
//	go test ./interp -run X -bench 'Loop' -benchmem

// BenchmarkLoopWhileAmendGlobal steps through a global vector with while,
// reading an item and amending it in place at each step (100,000 steps).
func BenchmarkLoopWhileAmendGlobal(b *testing.B) {
	benchEval(b, New(io.Discard),
		"l:100000#1;p:c:0;while[not null j:l[p];l[p]+:$[j>2;-1;1];c+:1;p+:j];c")
}

// BenchmarkLoopWhileAmendGlobalGo is its baseline.
func BenchmarkLoopWhileAmendGlobalGo(b *testing.B) {
	for b.Loop() {
		l := make([]int64, 100000)
		for i := range l {
			l[i] = 1
		}
		var p, c int64
		for p >= 0 && p < int64(len(l)) {
			j := l[p]
			if j > 2 {
				l[p]--
			} else {
				l[p]++
			}
			c++
			p += j
		}
		sink = c
	}
}
