package zns

import (
	"runtime"
	"runtime/metrics"
	"strconv"
	"testing"
)

// liveHeap is the heap the program holds after a full collection.
func liveHeap() int64 {
	runtime.GC()
	runtime.GC()
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(s)
	return int64(s[0].Value.Uint64())
}

// TestLiveHeapBounded serves many queries of every kind a client sends
// (strings, lambdas with arguments as KX's Java client sends them, parse
// trees, select lambdas, tables) and checks that the server ends with the
// live heap it started with: nothing per query is kept.
func TestLiveHeapBounded(t *testing.T) {
	if testing.Short() {
		t.Skip("serves tens of thousands of queries")
	}
	srv, cli := pair(t)
	srv.eval(t, "t:([]a:til 10;b:10#`x`y`z)")
	queries := []string{
		`h("{x+y}";1;2)`,
		`h("{[a;b] a*b+1}";3;4)`,
		`h"select from t where a>5"`,
		`h"{select a from x where b<>` + "`" + `x} t"`,
		`h(+;2;3)`,
		`h(*;3;4)`,
		`h"([]c:1 2 3;d:` + "`" + `a` + "`" + `b` + "`" + `c)"`,
		`h("{x,y}";"abc";"def")`,
		`h"string 42"`,
		"@[h;\"1+`a\";::]", // an error
		`h"{[t;n] n sublist t}[t;3]"`,
		`h"exec sum a by b from t"`,
		`h"-8!t"`,
	}
	run := func(n int) {
		for _, q := range queries {
			cli.eval(t, "do["+strconv.Itoa(n)+"; "+q+"]")
		}
	}
	run(500) // warm up: caches, symbols and buffers settle
	before := liveHeap()
	const n = 5000
	run(n)
	after := liveHeap()
	grew := after - before
	t.Logf("%d queries: live heap %d -> %d bytes (%+d, %.1f bytes/query)", n*len(queries), before, after, grew, float64(grew)/float64(n*len(queries)))
	// 65,000 queries that kept 100 bytes each would add 6.5 MB.
	if grew > 2<<20 {
		t.Errorf("live heap grew by %d bytes over %d queries", grew, n*len(queries))
	}
}
