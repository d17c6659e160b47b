package interp

import (
	"io"
	"slices"
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

// BenchmarkLearnUniqueMap fills a dictionary keyed by a `u# list of grid
// points, 10,000 of them, each from two neighbours already in it (AoC
// 2018/22's cave): every key is found through the list's hash, kept as
// the keys grow in place.
func BenchmarkLearnUniqueMap(b *testing.B) {
	in := New(io.Discard)
	mustBench(b, in, "f:{g[x,y]:1+sum g (-1 0;0 -1)+\\:x,y}")
	benchEval(b, in, "g:(`u#enlist 0 0)!enlist 0;f .' til[100] cross til 100;count g")
}

// BenchmarkLearnUniqueMapGo is its baseline: a Go map from points.
func BenchmarkLearnUniqueMapGo(b *testing.B) {
	for b.Loop() {
		g := map[[2]int64]int64{{0, 0}: 0}
		for x := int64(0); x < 100; x++ {
			for y := int64(0); y < 100; y++ {
				g[[2]int64{x, y}] = 1 + g[[2]int64{x - 1, y}] + g[[2]int64{x, y - 1}]
			}
		}
		sink = int64(len(g))
	}
}

// BenchmarkLearnRecurseZS is a recursion through .z.s (fib 16) in a
// workspace of 2,000 globals: .z.s is found without listing them.
func BenchmarkLearnRecurseZS(b *testing.B) {
	in := New(io.Discard)
	mustBench(b, in, "{x set 0} each `$\"v\",/:string til 2000;fz:{$[x<2;x;.z.s[x-1]+.z.s x-2]}")
	benchEval(b, in, "fz 16")
}

// BenchmarkLearnRecurseZSGo is its baseline: the same recursion in Go.
func BenchmarkLearnRecurseZSGo(b *testing.B) {
	var fib func(int64) int64
	fib = func(x int64) int64 {
		if x < 2 {
			return x
		}
		return fib(x-1) + fib(x-2)
	}
	for b.Loop() {
		sink = fib(16)
	}
}

// BenchmarkLearnUniqueAppend appends 5,000 new points one at a time to a
// `u# list, each first sought in it (a BFS's visited list, AoC 2022/12):
// the list's hash is carried over to each longer list.
func BenchmarkLearnUniqueAppend(b *testing.B) {
	in := New(io.Discard)
	benchEval(b, in, "v:`u#enlist 0 0;i:0;do[5000;i+:1;if[not(i,i) in v;v,:enlist i,i]];count v")
}

// BenchmarkLearnUniqueAppendGo is its baseline: a Go set and slice.
func BenchmarkLearnUniqueAppendGo(b *testing.B) {
	for b.Loop() {
		seen := map[[2]int64]bool{{0, 0}: true}
		v := [][2]int64{{0, 0}}
		for i := int64(1); i <= 5000; i++ {
			if p := [2]int64{i, i}; !seen[p] {
				seen[p] = true
				v = append(v, p)
			}
		}
		sink = int64(len(v))
	}
}

// BenchmarkLearnOverAmend folds 5,000 points into a dictionary through a
// lambda that amends its accumulator and returns it ({[x;y] x[y]:"#"; :x}/,
// AoC 2022/14's cave): the over hands the dictionary from step to step,
// amended in place.
func BenchmarkLearnOverAmend(b *testing.B) {
	in := New(io.Discard)
	benchEval(b, in, "count {[x;y] x[y]:\"#\"; :x;}/[(`u#enlist 0N 0N)!enlist \"X\";(til 5000),'1]")
}

// BenchmarkLearnOverAmendGo is its baseline: a Go map filled in a loop.
func BenchmarkLearnOverAmendGo(b *testing.B) {
	for b.Loop() {
		m := map[[2]int64]byte{{-1, -1}: 'X'}
		for i := int64(0); i < 5000; i++ {
			m[[2]int64{i, 1}] = '#'
		}
		sink = int64(len(m))
	}
}

// BenchmarkLearnQueue takes 20,000 points from the front of a local
// queue (q:1 _ q) and appends two at the back (q,:..) at each step, as a
// breadth-first search does (AoC 2022/12): the queue keeps its buffer.
func BenchmarkLearnQueue(b *testing.B) {
	in := New(io.Discard)
	benchEval(b, in, "{q:enlist 0 0;i:0;while[i<20000;q:1 _ q;q,:(i,i;i,i);i+:1];count q}[]")
}

// BenchmarkLearnQueueGo is its baseline: a Go slice used as a queue.
func BenchmarkLearnQueueGo(b *testing.B) {
	for b.Loop() {
		q := [][]int64{{0, 0}}
		for i := int64(0); i < 20000; i++ {
			q = q[1:]
			q = append(q, []int64{i, i}, []int64{i, i})
		}
		sink = int64(len(q))
	}
}

// BenchmarkLearnGridBlock sums 10,000 3x3 blocks of a 300x300 grid, each
// read as .[grid;(rows;cols)] (AoC 2018/11's power grid): a list of
// indices at the top goes straight to the indexing, with no search of the
// grid's 300 rows for functions at each read.
func BenchmarkLearnGridBlock(b *testing.B) {
	in := New(io.Discard)
	mustBench(b, in, "grid:300 300#til 90000;blocks:{(x+til 3;y+til 3)}.'til[100] cross til 100")
	benchEval(b, in, "sum{sum raze .[grid;x]}each blocks")
}

// BenchmarkLearnGridBlockGo is its baseline: the same sums over a Go
// slice of rows.
func BenchmarkLearnGridBlockGo(b *testing.B) {
	grid := make([][]int64, 300)
	for i := range grid {
		grid[i] = make([]int64, 300)
		for j := range grid[i] {
			grid[i][j] = int64(300*i + j)
		}
	}
	for b.Loop() {
		s := int64(0)
		for x := 0; x < 100; x++ {
			for y := 0; y < 100; y++ {
				for i := x; i < x+3; i++ {
					for j := y; j < y+3; j++ {
						s += grid[i][j]
					}
				}
			}
		}
		sink = s
	}
}

// BenchmarkLearnSeenLocal is a breadth-first search over a 60x60 grid
// that keeps the points seen in a local `u# list, read by in and grown by
// ,: at each step (AoC 2022/12's hill climb): the local keeps one buffer
// and one hash, the reader getting a header clipped to its length,
// rather than a copy of the list (and a new hash) per step.
func BenchmarkLearnSeenLocal(b *testing.B) {
	in := New(io.Discard)
	mustBench(b, in, "bfs:{s:`u#enlist 0 0;q:enlist 0 0;while[count q;p:first q;q:1_q;n:p+/:(1 0;0 1;-1 0;0 -1);n:n where all each(n>=0)&n<60;n:n where not n in s;s,:n;q,:n];count s}")
	benchEval(b, in, "bfs[]")
}

// BenchmarkLearnSeenLocalGo is its baseline: the same search with a Go
// map of points seen and a slice as the queue.
func BenchmarkLearnSeenLocalGo(b *testing.B) {
	for b.Loop() {
		seen := map[[2]int64]bool{{0, 0}: true}
		q := [][2]int64{{0, 0}}
		for len(q) > 0 {
			p := q[0]
			q = q[1:]
			for _, d := range [][2]int64{{1, 0}, {0, 1}, {-1, 0}, {0, -1}} {
				n := [2]int64{p[0] + d[0], p[1] + d[1]}
				if n[0] < 0 || n[1] < 0 || n[0] >= 60 || n[1] >= 60 || seen[n] {
					continue
				}
				seen[n] = true
				q = append(q, n)
			}
		}
		sink = int64(len(seen))
	}
}

// BenchmarkLearnMultiMap is AoC 2020/15's game, 30,000 turns: each turn
// reads the entry of the number last spoken and appends the turn to the
// entry of the next, d[k],:y on a dictionary keyed by a `u# vector, whose
// new keys and entries grow in place (owned_entry.go) while its entries
// are read without a copy of d.
func BenchmarkLearnMultiMap(b *testing.B) {
	in := New(io.Discard)
	mustBench(b, in, "g:{[xy] d[i:0-(-/)0^-2#d first xy],:y:last xy; (i;y+1)}")
	benchEval(b, in, "i:0 3 6;d:(`u#i)!enlist each 1+til count i;first g/[30000-count i;(last i;1+count i)]")
}

// BenchmarkLearnMultiMapGo is its baseline: a Go map of slices.
func BenchmarkLearnMultiMapGo(b *testing.B) {
	for b.Loop() {
		d := map[int64][]int64{0: {1}, 3: {2}, 6: {3}}
		x, y := int64(6), int64(4)
		for range 30000 - 3 {
			e := d[x]
			var i int64
			if len(e) > 1 {
				i = e[len(e)-1] - e[len(e)-2]
			}
			d[i] = append(d[i], y)
			x, y = i, y+1
		}
		sink = x
	}
}

// BenchmarkLearnTestThenAdd fills a dictionary keyed by a `u# list of
// grid points, 20,000 of them, each added only after testing that it is
// not a key yet (x in key v, then v[x]:id), as AoC 2017/14's flood fill:
// the read of v between adds must not make each add copy v and hash its
// keys again.
func BenchmarkLearnTestThenAdd(b *testing.B) {
	in := New(io.Discard)
	mustBench(b, in, "f:{[x;id] if[x in key v;:()]; v[x]:id}; p:til[200] cross til 100")
	benchEval(b, in, "v:(`u#enlist 0N 0N)!enlist 0N;f'[p;til count p];count v")
}

// BenchmarkLearnTestThenAddGo is its baseline: a Go map from points,
// tested before each add.
func BenchmarkLearnTestThenAddGo(b *testing.B) {
	for b.Loop() {
		v := map[[2]int64]int64{{-1 << 63, -1 << 63}: 0}
		id := int64(0)
		for x := int64(0); x < 200; x++ {
			for y := int64(0); y < 100; y++ {
				if _, ok := v[[2]int64{x, y}]; !ok {
					v[[2]int64{x, y}] = id
				}
				id++
			}
		}
		sink = int64(len(v))
	}
}

// BenchmarkLearnBoolKeyLookup looks up 20,000 keys one at a time in a
// dictionary keyed by the 512 boolean vectors of 9 bits (AoC 2017/21's
// rule book, keyed by flattened 3x3 grids): each lookup passes over the
// keys, hashing each as it is, with no serial form made of a key that is
// not the one sought.
func BenchmarkLearnBoolKeyLookup(b *testing.B) {
	in := New(io.Discard)
	mustBench(b, in, "r:(-9#'0b vs' til 512)!til 512; ks:-9#'0b vs' 20000?512")
	benchEval(b, in, "sum {r x} each ks")
}

// BenchmarkLearnBoolKeyLookupGo is its baseline: a scan of the 512 keys
// for each of the 20,000 sought, comparing the bits.
func BenchmarkLearnBoolKeyLookupGo(b *testing.B) {
	keys := make([][]bool, 512)
	for i := range keys {
		keys[i] = make([]bool, 9)
		for j := range 9 {
			keys[i][8-j] = i>>j&1 == 1
		}
	}
	for b.Loop() {
		s := int64(0)
		for n := range 20000 {
			want := keys[n*7919%512]
			for i, kv := range keys {
				if slices.Equal(kv, want) {
					s += int64(i)
					break
				}
			}
		}
		sink = s
	}
}

// BenchmarkLearnPrevScan is prev\[100;x] of a row of 100 booleans, 1,000
// times (AoC 2016/18's trap rows, shifted into windows): each prev moves
// the row over by one, a null first.
func BenchmarkLearnPrevScan(b *testing.B) {
	in := New(io.Discard)
	mustBench(b, in, "x:100?0b")
	benchEval(b, in, "do[1000;prev\\[100;x]];count x")
}

// BenchmarkLearnPrevScanGo is its baseline: the same 100 shifted copies
// of the row, 1,000 times.
func BenchmarkLearnPrevScanGo(b *testing.B) {
	x := make([]bool, 100)
	for i := range x {
		x[i] = i%3 == 0
	}
	for b.Loop() {
		for range 1000 {
			out := make([][]bool, 101)
			out[0] = x
			for j := 1; j <= 100; j++ {
				r := make([]bool, 100)
				copy(r[1:], out[j-1][:99])
				out[j] = r
			}
			sink = int64(len(out))
		}
	}
}

// BenchmarkLearnGridWindow sums the 3x3 window at each of 10,000 places
// of a 102x102 grid of longs, .[g;(rows;cols)] (AoC 2018/11's power
// grid): a cross-section of a list of lists, a row at a time.
func BenchmarkLearnGridWindow(b *testing.B) {
	in := New(io.Discard)
	mustBench(b, in, "g:102 102#til 102*102; w:{sum raze .[g;(x+til 3;y+til 3)]}")
	benchEval(b, in, "sum w .' til[100] cross til 100")
}

// BenchmarkLearnGridWindowGo is its baseline: the same window sums over a
// Go slice of rows.
func BenchmarkLearnGridWindowGo(b *testing.B) {
	g := make([][]int64, 102)
	for i := range g {
		g[i] = make([]int64, 102)
		for j := range g[i] {
			g[i][j] = int64(i*102 + j)
		}
	}
	for b.Loop() {
		s := int64(0)
		for x := range 100 {
			for y := range 100 {
				for r := x; r < x+3; r++ {
					for c := y; c < y+3; c++ {
						s += g[r][c]
					}
				}
			}
		}
		sink = s
	}
}

// BenchmarkLearnTestThenAddLocal is BenchmarkLearnTestThenAdd with the
// dictionary a local of the function that fills it (a breadth-first
// search's visited set): the read of v between adds must not make each
// add copy v.
func BenchmarkLearnTestThenAddLocal(b *testing.B) {
	in := New(io.Discard)
	mustBench(b, in, "p:til[200] cross til 100; h:{v:(`u#enlist 0N 0N)!enlist 0N; i:0; do[count p; x:p i; if[not x in key v; v[x]:i]; i+:1]; count v}")
	benchEval(b, in, "h[]")
}

// BenchmarkLearnAmendByName amends a global vector of 1,000,000 longs
// 10,000 times by name, @[`v;i;+;1] (a counter array kept in a global):
// each amend writes its item in place once v owns its copy, as v[i]+:1
// does, not a copy of v each.
func BenchmarkLearnAmendByName(b *testing.B) {
	in := New(io.Discard)
	mustBench(b, in, "v:1000000#0")
	benchEval(b, in, "i:0; do[10000; @[`v;i;+;1]; i+:1]; v 0")
}

// BenchmarkLearnAmendByNameGo is its baseline: the same increments of a
// Go slice.
func BenchmarkLearnAmendByNameGo(b *testing.B) {
	v := make([]int64, 1000000)
	for b.Loop() {
		for i := range 10000 {
			v[i]++
		}
		sink = v[0]
	}
}

// BenchmarkLearnGridCellSet sets 10,000 cells of a global grid of
// 1000x1000 booleans held as a list of rows, g[i;j]:1b (a lights grid):
// each set copies the one row it changes once g owns its list, not the
// whole grid.
func BenchmarkLearnGridCellSet(b *testing.B) {
	in := New(io.Discard)
	mustBench(b, in, "g:1000 1000#0b")
	benchEval(b, in, "i:0; do[10000; g[i mod 1000;i mod 997]:1b; i+:1]; count g")
}

// BenchmarkLearnGridCellSetGo is its baseline: the same cells set in a Go
// slice of rows, each row copied before its cell is set.
func BenchmarkLearnGridCellSetGo(b *testing.B) {
	g := make([][]bool, 1000)
	for i := range g {
		g[i] = make([]bool, 1000)
	}
	for b.Loop() {
		for i := range 10000 {
			r := slices.Clone(g[i%1000])
			r[i%997] = true
			g[i%1000] = r
		}
		sink = int64(len(g))
	}
}

// BenchmarkLearnLocalGridCellSet is BenchmarkLearnGridCellSet with the
// grid a local of the function that fills it.
func BenchmarkLearnLocalGridCellSet(b *testing.B) {
	in := New(io.Discard)
	mustBench(b, in, "f:{g:1000 1000#0b; i:0; do[10000; g[i mod 1000;i mod 997]:1b; i+:1]; count g}")
	benchEval(b, in, "f[]")
}

// BenchmarkLearnAmendEntryByName counts 20,000 keys into a global
// dictionary by name, @[`d;k;+;1] (a tally kept in a global): each count
// is set, or its key added, in the dictionary's own buffers, as d[k]+:1
// does, not in a copy of the dictionary each.
func BenchmarkLearnAmendEntryByName(b *testing.B) {
	in := New(io.Discard)
	mustBench(b, in, "ks:20000?5000")
	benchEval(b, in, "d:(enlist 0N)!enlist 0; i:0; do[20000; @[`d;ks i;+;1]; i+:1]; count d")
}

// BenchmarkLearnAmendEntryByNameGo is its baseline: the same counts in a
// Go map.
func BenchmarkLearnAmendEntryByNameGo(b *testing.B) {
	for b.Loop() {
		d := map[int64]int64{}
		for i := range 20000 {
			d[int64(i*7919%5000)]++
		}
		sink = int64(len(d))
	}
}

// BenchmarkLearnBitRows is 500 rows of a one-dimensional automaton, each
// from the last by its cells' (left;centre;right) triples sought among a
// few patterns (AoC 2016/18's traps): prev scanned over a row of 100
// bits, and a general list of 100 boolean triples found in one of 4.
func BenchmarkLearnBitRows(b *testing.B) {
	in := New(io.Discard)
	mustBench(b, in, "sw3:{2_-3#'reverse prev\\[1+count x;x,0b]};traps:(110b;011b;100b;001b);f:{sw3[x] in traps}")
	benchEval(b, in, "sum sum each f\\[500;100#1101001b]")
}

// BenchmarkLearnBitRowsGo is its baseline: the same rows in Go, each
// cell's triple compared with the patterns.
func BenchmarkLearnBitRowsGo(b *testing.B) {
	traps := [][3]bool{{true, true, false}, {false, true, true}, {true, false, false}, {false, false, true}}
	for b.Loop() {
		row := make([]bool, 100)
		for i := range row {
			row[i] = "1101001"[i%7] == '1'
		}
		total := int64(0)
		for range 500 {
			next := make([]bool, len(row))
			for i := range row {
				var t [3]bool
				if i > 0 {
					t[0] = row[i-1]
				}
				t[1] = row[i]
				if i+1 < len(row) {
					t[2] = row[i+1]
				}
				next[i] = slices.Contains(traps, t)
				if next[i] {
					total++
				}
			}
			row = next
		}
		sink = total
	}
}

// BenchmarkLearnTape is 20,000 steps of a Turing machine's tape kept in a
// global dictionary keyed by a `u# vector of positions (AoC 2017/25's
// t:(`u#enlist 0N)!enlist 0N): each step reads the cell under the head
// and writes it, at a position the tape has or a new one.
func BenchmarkLearnTape(b *testing.B) {
	in := New(io.Discard)
	mustBench(b, in, "step:{$[null t p;[t[p]:1;p+:1];[t[p]:0N;p-:1]]}")
	benchEval(b, in, "t:(`u#enlist 0N)!enlist 0N;p:0;do[20000;step[]];count t")
}

// BenchmarkLearnTapeGo is its baseline: the same steps on a Go map from
// positions.
func BenchmarkLearnTapeGo(b *testing.B) {
	for b.Loop() {
		t := map[int64]bool{}
		p := int64(0)
		for range 20000 {
			if !t[p] {
				t[p] = true
				p++
			} else {
				t[p] = false
				p--
			}
		}
		sink = int64(len(t))
	}
}
