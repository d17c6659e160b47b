package interp

import (
	"io"
	"strings"
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

// BenchmarkLoopOverLambda is a lambda applied a million times by over:
// 1000000{x+1}/0.
func BenchmarkLoopOverLambda(b *testing.B) { benchEval(b, New(io.Discard), "1000000{x+1}/0") }

// BenchmarkLoopScanLambda is a projected lambda of three arguments scanned
// over a million items: {1+(x+y) mod z}[3]\[til 1000000].
func BenchmarkLoopScanLambda(b *testing.B) {
	benchEval(b, New(io.Discard), "{1+(x+y) mod z}[3]\\[til 1000000]")
}

// BenchmarkLoopScanGo is their baseline: the same recurrence in Go,
// keeping each step's value.
func BenchmarkLoopScanGo(b *testing.B) {
	for b.Loop() {
		out := make([]int64, 1000000)
		var x int64
		for i := range out {
			x = 1 + (x+int64(i))%3
			out[i] = x
		}
		sink = out[len(out)-1]
	}
}

// BenchmarkLoopUniqueMap is a dictionary with unique keys used as a map:
// 20,000 new keys set, then each looked up.
func BenchmarkLoopUniqueMap(b *testing.B) {
	benchEval(b, New(io.Discard),
		"t:(`u#enlist 0N)!enlist 0N;p:0;do[20000;t[p]:p;p+:1];do[20000;p-:1;t p];count t")
}

// BenchmarkLoopUniqueMapGo is its baseline: a Go map filled, then read.
func BenchmarkLoopUniqueMapGo(b *testing.B) {
	for b.Loop() {
		m := map[int64]int64{}
		for p := int64(0); p < 20000; p++ {
			m[p] = p
		}
		var s int64
		for p := int64(19999); p >= 0; p-- {
			s += m[p]
		}
		sink = s
	}
}

// BenchmarkLoopPairMap is a dictionary keyed by a `u# list of pairs used
// as a map (a grid by coordinates): 5,000 new keys set, then each read.
func BenchmarkLoopPairMap(b *testing.B) {
	benchEval(b, New(io.Discard),
		"V:(`u#enlist 0 0)!enlist 0;p:0;do[5000;p+:1;V[(p;p)]:p];do[5000;V[(p;p)];p-:1];count V")
}

// BenchmarkLoopPairMapGo is its baseline: a Go map keyed by pairs.
func BenchmarkLoopPairMapGo(b *testing.B) {
	for b.Loop() {
		m := map[[2]int64]int64{}
		for p := int64(1); p <= 5000; p++ {
			m[[2]int64{p, p}] = p
		}
		var s int64
		for p := int64(5000); p > 0; p-- {
			s += m[[2]int64{p, p}]
		}
		sink = s
	}
}

// BenchmarkLoopZsRecursion is a recursion through .z.s: fib 20 (21,891
// calls).
func BenchmarkLoopZsRecursion(b *testing.B) {
	in := New(io.Discard)
	if _, err := in.Eval("f:{$[x<2;x;.z.s[x-1]+.z.s[x-2]]}"); err != nil {
		b.Fatal(err)
	}
	benchEval(b, in, "f 20")
}

// BenchmarkLoopZsRecursionGo is its baseline: the same recursion in Go.
func BenchmarkLoopZsRecursionGo(b *testing.B) {
	var fib func(int64) int64
	fib = func(x int64) int64 {
		if x < 2 {
			return x
		}
		return fib(x-1) + fib(x-2)
	}
	for b.Loop() {
		sink = fib(20)
	}
}

// BenchmarkLoopUniqueListAppend grows a `u# list of pairs by 5,000
// appends, each new (the list stays unique), seeking each before.
func BenchmarkLoopUniqueListAppend(b *testing.B) {
	benchEval(b, New(io.Discard),
		"s:`u#enlist 0 1;do[5000;r:2#count s;if[not r in s;s,:enlist r]];count s")
}

// BenchmarkLoopUniqueListAppendGo is its baseline: a Go set of pairs.
func BenchmarkLoopUniqueListAppendGo(b *testing.B) {
	for b.Loop() {
		set := map[[2]int64]bool{{0, 1}: true}
		l := [][2]int64{{0, 1}}
		for range 5000 {
			r := [2]int64{int64(len(l)), int64(len(l))}
			if !set[r] {
				set[r] = true
				l = append(l, r)
			}
		}
		sink = int64(len(l))
	}
}

// BenchmarkLoopVisitedSet is a map of pairs used as a visited set: each
// of 3,000 pairs sought in key v, then added.
func BenchmarkLoopVisitedSet(b *testing.B) {
	benchEval(b, New(io.Discard),
		"v:(`u#enlist 0N 0N)!enlist 0N;p:0;do[3000;p+:1;if[not (p;p) in key v;v[(p;p)]:p]];count v")
}

// BenchmarkLoopVisitedSetGo is its baseline: a Go map of pairs.
func BenchmarkLoopVisitedSetGo(b *testing.B) {
	for b.Loop() {
		m := map[[2]int64]int64{}
		for p := int64(1); p <= 3000; p++ {
			if _, ok := m[[2]int64{p, p}]; !ok {
				m[[2]int64{p, p}] = p
			}
		}
		sink = int64(len(m))
	}
}

// BenchmarkLoopTurnGlobal is a step of a walker that turns by looking its
// direction up in a string: a million calls turn[] of
// turn:{d::"RLUD""UDLR"?d} (a niladic call, a global assigned from inside
// a lambda, x?y of a char), beside the same lookups in Go.
func BenchmarkLoopTurnGlobal(b *testing.B) {
	in := New(io.Discard)
	if _, err := in.Eval(`turn:{d::"RLUD""UDLR"?d}`); err != nil {
		b.Fatal(err)
	}
	benchRatio(b, in, `d:"U";do[1000000;turn[]]`, func() {
		m := map[string]byte{"d": 'U'}
		for i := 0; i < 1_000_000; i++ {
			m["d"] = "RLUD"[strings.IndexByte("UDLR", m["d"])]
		}
		sink = int64(m["d"])
	})
}

// BenchmarkLoopPairState is a fold whose state is a pair the lambda
// rebuilds at each step, (x 1;(x 0)+x 1): a list of computed items
// (500,000 steps), beside the same recurrence in Go on a two-item slice
// made per step.
func BenchmarkLoopPairState(b *testing.B) {
	benchRatio(b, New(io.Discard), `{(x 1;(x 0)+x 1)}/[500000;0 1]`, func() {
		x := []int64{0, 1}
		for i := 0; i < 500_000; i++ {
			x = append(make([]int64, 0, 2), x[1], x[0]+x[1])
		}
		sink = x[0]
	})
}
