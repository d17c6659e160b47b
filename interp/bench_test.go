package interp

import (
	"io"
	"math/rand"
	"strconv"
	"testing"
	"time"

	"qgo/interp/k"
)

// The benchmarks below pair each q expression with the plain Go loop that
// does the same work, so the two are measured in one run:
//
//	go test ./interp -run X -bench . -benchmem

const benchN = 10_000_000

var sink int64

func benchEval(b *testing.B, in *Interp, src string) {
	b.Helper()
	for b.Loop() {
		if _, err := in.Eval(src); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSumTil is `sum til 10000000`.
func BenchmarkSumTil(b *testing.B) { benchEval(b, New(io.Discard), "sum til 10000000") }

// BenchmarkSumTilGo is its baseline: build 0..n-1 in a slice, then sum it.
func BenchmarkSumTilGo(b *testing.B) {
	for b.Loop() {
		s := make([]int64, benchN)
		for i := range s {
			s[i] = int64(i)
		}
		var t int64
		for _, v := range s {
			t += v
		}
		sink = t
	}
}

func benchVecs() (*k.Vec[int64], *k.Vec[int64]) {
	a, c := make([]int64, benchN), make([]int64, benchN)
	for i := range a {
		a[i], c[i] = int64(i), int64(2*i)
	}
	return k.Longs(a...), k.Longs(c...)
}

// BenchmarkAdd is `a+b` on two vectors of 10,000,000 longs.
func BenchmarkAdd(b *testing.B) {
	in := New(io.Discard)
	x, y := benchVecs()
	in.Set("a", x)
	in.Set("b", y)
	benchEval(b, in, "a+b")
}

// BenchmarkAddGo is its baseline: a new slice of the item-wise sums.
func BenchmarkAddGo(b *testing.B) {
	x, y := benchVecs()
	for b.Loop() {
		out := make([]int64, benchN)
		for i := range out {
			out[i] = x.V[i] + y.V[i]
		}
		sink = out[benchN-1]
	}
}

// BenchmarkEachLambda is 1,000,000 lambda calls through each.
func BenchmarkEachLambda(b *testing.B) { benchEval(b, New(io.Discard), "{x+1} each til 1000000") }

// BenchmarkEachGo is its baseline: a Go closure called per item.
func BenchmarkEachGo(b *testing.B) {
	f := func(x int64) int64 { return x + 1 }
	for b.Loop() {
		out := make([]int64, 1_000_000)
		for i := range out {
			out[i] = f(int64(i))
		}
		sink = out[len(out)-1]
	}
}

// benchTable is a 10,000,000-row table with a key column of 100 groups.
func benchTable(in *Interp) {
	ks := make([]int64, benchN)
	vs := make([]float64, benchN)
	for i := range ks {
		ks[i] = int64(i*7919) % 100
		vs[i] = float64(i % 1000)
	}
	in.Set("t", &k.Table{Cols: k.Syms("k", "v"), Data: []k.Value{k.Longs(ks...), k.Floats(vs...)}})
}

// BenchmarkSelectBy is `select sum v by k from t` on 10,000,000 rows and
// 100 groups.
func BenchmarkSelectBy(b *testing.B) {
	in := New(io.Discard)
	benchTable(in)
	benchEval(b, in, "select sum v by k from t")
}

// BenchmarkSelectByGo is its baseline: one pass summing into a slice
// indexed by key, then the keys in order.
func BenchmarkSelectByGo(b *testing.B) {
	in := New(io.Discard)
	benchTable(in)
	v, _ := in.Get("t")
	t := v.(*k.Table)
	ks, vs := t.Data[0].(*k.Vec[int64]).V, t.Data[1].(*k.Vec[float64]).V
	for b.Loop() {
		sums := map[int64]float64{}
		for i, key := range ks {
			sums[key] += vs[i]
		}
		sink = int64(len(sums))
	}
}

// benchRatio times the q expression src and the Go function base, which
// does the same work, alternately in one run, and reports each one's time
// per operation and their ratio (q/go).
func benchRatio(b *testing.B, in *Interp, src string, base func()) {
	b.Helper()
	var qt, gt time.Duration
	for b.Loop() {
		t0 := time.Now()
		if _, err := in.Eval(src); err != nil {
			b.Fatal(err)
		}
		t1 := time.Now()
		base()
		gt += time.Since(t1)
		qt += t1.Sub(t0)
	}
	b.ReportMetric(float64(qt.Microseconds())/float64(b.N)/1e3, "q-ms/op")
	b.ReportMetric(float64(gt.Microseconds())/float64(b.N)/1e3, "go-ms/op")
	b.ReportMetric(float64(qt)/float64(max(gt, 1)), "q/go")
}

// BenchmarkAppendGlobal is a million single-item appends to a global
// vector, `C,:1`, beside a Go slice grown by append.
func BenchmarkAppendGlobal(b *testing.B) {
	benchRatio(b, New(io.Discard), "C:0#0;do[1000000;C,:1]", func() {
		var c []int64
		for i := 0; i < 1_000_000; i++ {
			c = append(c, 1)
		}
		sink = int64(len(c))
	})
}

// BenchmarkFoldEntryAppend is 100,000 appends into one entry of a fold's
// dictionary, {x[`k],:y; x}/, beside a Go map of slices grown by append.
func BenchmarkFoldEntryAppend(b *testing.B) {
	benchRatio(b, New(io.Discard), "r:{x[`k],:y; x}/[`k`n!(0#0;0);til 100000]", func() {
		m := map[string][]int64{"k": nil}
		for i := 0; i < 100_000; i++ {
			m["k"] = append(m["k"], int64(i))
		}
		sink = int64(len(m["k"]))
	})
}

// BenchmarkAppendLocal is a million appends to a lambda's local vector.
func BenchmarkAppendLocal(b *testing.B) {
	in := New(io.Discard)
	if _, err := in.Eval("f:{r:0#0;do[x;r,:1];r}"); err != nil {
		b.Fatal(err)
	}
	benchRatio(b, in, "f 1000000", func() {
		var c []int64
		for i := 0; i < 1_000_000; i++ {
			c = append(c, 1)
		}
		sink = int64(len(c))
	})
}

func fib(x int64) int64 {
	if x < 2 {
		return x
	}
	return fib(x-1) + fib(x-2)
}

// BenchmarkFib is `f 25` for f:{$[x<2;x;f[x-1]+f[x-2]]}, beside Go's
// recursive fib.
func BenchmarkFib(b *testing.B) {
	in := New(io.Discard)
	if _, err := in.Eval("f:{$[x<2;x;f[x-1]+f[x-2]]}"); err != nil {
		b.Fatal(err)
	}
	benchRatio(b, in, "f 25", func() { sink = fib(25) })
}

// benchCallee is the Go function BenchmarkCallLambda's baseline calls:
// a variable, so that the call is not inlined away.
var benchCallee = func(x, y k.Value) k.Value { return y }

// BenchmarkCallLambda is a million calls g[1;2] of a global lambda
// g:{[x;y] y} and a million calls h[] of h:{1}, from do loops (the cost
// of a call itself: the frame, the arguments, the name's cell), beside a
// Go function value called as often with the same values.
func BenchmarkCallLambda(b *testing.B) {
	in := New(io.Discard)
	if _, err := in.Eval("g:{[x;y] y};h:{1}"); err != nil {
		b.Fatal(err)
	}
	one, two := k.J(1), k.J(2)
	benchRatio(b, in, "do[1000000;g[1;2]];do[1000000;h[]]", func() {
		var v k.Value
		for i := 0; i < 1_000_000; i++ {
			v = benchCallee(one, two)
		}
		for i := 0; i < 1_000_000; i++ {
			v = benchCallee(k.Identity, v)
		}
		sink = int64(v.Type())
	})
}

// BenchmarkEachRatio is `{x+1} each til 1000000` beside a Go closure
// called per item.
func BenchmarkEachRatio(b *testing.B) {
	f := func(x int64) int64 { return x + 1 }
	benchRatio(b, New(io.Discard), "{x+1} each til 1000000", func() {
		out := make([]int64, 1_000_000)
		for i := range out {
			out[i] = f(int64(i))
		}
		sink = out[len(out)-1]
	})
}

// BenchmarkEachCall is `{$[x>5;x;0]} each til 1000000`, a lambda with
// no long kernel (kernel.go), so called per item, beside a Go closure.
func BenchmarkEachCall(b *testing.B) {
	f := func(x int64) int64 {
		if x > 5 {
			return x
		}
		return 0
	}
	benchRatio(b, New(io.Discard), "{$[x>5;x;0]} each til 1000000", func() {
		out := make([]int64, 1_000_000)
		for i := range out {
			out[i] = f(int64(i))
		}
		sink = out[len(out)-1]
	})
}

// BenchmarkOverLambda is `{x+y}/[0;til 1000000]` beside a Go fold.
func BenchmarkOverLambda(b *testing.B) {
	f := func(x, y int64) int64 { return x + y }
	benchRatio(b, New(io.Discard), "{x+y}/[0;til 1000000]", func() {
		s := make([]int64, 1_000_000)
		for i := range s {
			s[i] = int64(i)
		}
		var t int64
		for _, v := range s {
			t = f(t, v)
		}
		sink = t
	})
}

// BenchmarkOverLambdaBody is `{x+2*y}/[0;til 1000000]`, a fold whose
// lambda is not one operator (so it is called per item), beside a Go fold.
func BenchmarkOverLambdaBody(b *testing.B) {
	f := func(x, y int64) int64 { return x + 2*y }
	benchRatio(b, New(io.Discard), "{x+2*y}/[0;til 1000000]", func() {
		s := make([]int64, 1_000_000)
		for i := range s {
			s[i] = int64(i)
		}
		var t int64
		for _, v := range s {
			t = f(t, v)
		}
		sink = t
	})
}

// BenchmarkDoGlobal is `do[1000000;s+:1]` on a global s, beside a Go
// loop incrementing a map entry.
func BenchmarkDoGlobal(b *testing.B) {
	in := New(io.Discard)
	m := map[string]int64{}
	benchRatio(b, in, "s:0;do[1000000;s+:1]", func() {
		m["s"] = 0
		for i := 0; i < 1_000_000; i++ {
			m["s"]++
		}
		sink = m["s"]
	})
}

// BenchmarkRazeString is `raze string til 1000000` beside Go formatting
// each number into one byte slice.
func BenchmarkRazeString(b *testing.B) {
	benchRatio(b, New(io.Discard), "raze string til 1000000", func() {
		var out []byte
		for i := 0; i < 1_000_000; i++ {
			out = strconv.AppendInt(out, int64(i), 10)
		}
		sink = int64(len(out))
	})
}

// BenchmarkAddInto is `\t:10 y+y` on 10,000,000 longs (ten sums per op),
// beside Go adding into a fresh slice ten times.
func BenchmarkAddInto(b *testing.B) {
	in := New(io.Discard)
	x, _ := benchVecs()
	in.Set("y", x)
	benchRatio(b, in, "do[10;y+y]", func() {
		for j := 0; j < 10; j++ {
			out := make([]int64, benchN)
			for i := range out {
				out[i] = x.V[i] + x.V[i]
			}
			sink = out[benchN-1]
		}
	})
}

// BenchmarkWhere is `\t:10 where b` on 10,000,000 booleans, beside a Go
// loop collecting the true indices ten times.
func BenchmarkWhere(b *testing.B) {
	in := New(io.Discard)
	bs := make([]bool, benchN)
	r := rand.New(rand.NewSource(1))
	for i := range bs {
		bs[i] = r.Intn(2) == 0 // as 10000000?0b
	}
	in.Set("b", k.Bools(bs...))
	benchRatio(b, in, "do[10;where b]", func() {
		for j := 0; j < 10; j++ {
			n := 0
			for _, v := range bs {
				if v {
					n++
				}
			}
			out := make([]int64, 0, n)
			for i, v := range bs {
				if v {
					out = append(out, int64(i))
				}
			}
			sink = int64(len(out))
		}
	})
}

// BenchmarkSumLongs is `sum x` on 100,000,000 longs beside a Go loop.
func BenchmarkSumLongs(b *testing.B) {
	in := New(io.Discard)
	xs := make([]int64, 100_000_000)
	for i := range xs {
		xs[i] = int64(i)
	}
	in.Set("x", k.Longs(xs...))
	benchRatio(b, in, "sum x", func() {
		var t int64
		for _, v := range xs {
			t += v
		}
		sink = t
	})
}

// BenchmarkSelectByRatio is `select sum v by k from t` (10,000,000 rows,
// 100 groups) beside one Go pass summing into a slice indexed by key.
func BenchmarkSelectByRatio(b *testing.B) {
	in := New(io.Discard)
	benchTable(in)
	v, _ := in.Get("t")
	t := v.(*k.Table)
	ks, vs := t.Data[0].(*k.Vec[int64]).V, t.Data[1].(*k.Vec[float64]).V
	benchRatio(b, in, "select sum v by k from t", func() {
		sums := make([]float64, 100)
		for i, key := range ks {
			sums[key] += vs[i]
		}
		sink = int64(sums[0])
	})
}

// peachWork is a CPU-bound function for the peach benchmarks: a q loop.
const peachWork = "f:{s:0;do[x;s+:1];s}"

// BenchmarkPeachEach is its baseline, run on the main thread: f each of
// eight items.
func BenchmarkPeachEach(b *testing.B) {
	in := threads(2, io.Discard)
	in.Eval(peachWork)
	benchEval(b, in, "f each 8#200000")
}

// BenchmarkPeachThreads is f peach of the same eight items on two
// secondary threads (-s 2): on a machine with two free cores, about half
// BenchmarkPeachEach's time.
func BenchmarkPeachThreads(b *testing.B) {
	in := threads(2, io.Discard)
	in.Eval(peachWork)
	benchEval(b, in, "f peach 8#200000")
}

// BenchmarkTemps is `(a+b)*a-1` on 10,000,000 longs, whose temporaries
// are reused in place, beside a Go loop computing it into a fresh slice.
func BenchmarkTemps(b *testing.B) {
	in := New(io.Discard)
	x, y := benchVecs()
	in.Set("a", x)
	in.Set("b", y)
	benchRatio(b, in, "(a+b)*a-1", func() {
		out := make([]int64, benchN)
		for i := range out {
			out[i] = (x.V[i] + y.V[i]) * (x.V[i] - 1)
		}
		sink = out[benchN-1]
	})
}

// BenchmarkInsertRow is a million single-row inserts into a global table,
// `t insert (1;2f)`, beside two Go slices (one per column) grown by append.
func BenchmarkInsertRow(b *testing.B) {
	benchRatio(b, New(io.Discard), "t:([]a:0#0;b:0#0f);do[1000000;`t insert (1;2f)]", appendColumnsGo)
}

// BenchmarkInsertUpd is a million single-row inserts through a lambda, as
// a tickerplant subscriber's upd:{x insert y} does them.
func BenchmarkInsertUpd(b *testing.B) {
	in := New(io.Discard)
	if _, err := in.Eval("upd:{x insert y}"); err != nil {
		b.Fatal(err)
	}
	benchRatio(b, in, "t:([]a:0#0;b:0#0f);do[1000000;upd[`t;(1;2f)]]", appendColumnsGo)
}

// BenchmarkJoinRow is a million single-row appends t,:(1;2f).
func BenchmarkJoinRow(b *testing.B) {
	benchRatio(b, New(io.Discard), "t:([]a:0#0;b:0#0f);do[1000000;t,:(1;2f)]", appendColumnsGo)
}

// appendColumnsGo is the baseline of the row appends: a million rows
// appended to a long and a float slice.
func appendColumnsGo() {
	var a []int64
	var f []float64
	for i := 0; i < 1_000_000; i++ {
		a = append(a, 1)
		f = append(f, 2)
	}
	sink = int64(len(a) + len(f))
}

// BenchmarkSelectWhereGrouped is BenchmarkSelectWhereEq with the grouped
// attribute on the key column: the constraint reads the rows from the
// column's index (query_index.go) instead of comparing every item, beside
// the same Go loop that compares the key column and gathers the rows.
func BenchmarkSelectWhereGrouped(b *testing.B) {
	in := New(io.Discard)
	benchTable(in)
	if _, err := in.Eval("update `g#k from `t;select from t where k=0"); err != nil {
		b.Fatal(err) // the index is built by the first query, not timed
	}
	v, _ := in.Get("t")
	t := v.(*k.Table)
	ks, vs := t.Data[0].(*k.Vec[int64]).V, t.Data[1].(*k.Vec[float64]).V
	benchRatio(b, in, "select from t where k=42", func() {
		var rows []int64
		for i, key := range ks {
			if key == 42 {
				rows = append(rows, int64(i))
			}
		}
		k2, v2 := make([]int64, len(rows)), make([]float64, len(rows))
		for j, r := range rows {
			k2[j], v2[j] = ks[r], vs[r]
		}
		sink = int64(len(k2) + len(v2))
	})
}

// BenchmarkSelectWhereEq is `select from t where k=42` on 10,000,000 rows
// (one row in 100 kept), beside a Go loop comparing the key column and
// gathering both columns at the rows found: the constraint gathers only
// the column it names, and the rows kept are sized by the flags.
func BenchmarkSelectWhereEq(b *testing.B) {
	in := New(io.Discard)
	benchTable(in)
	v, _ := in.Get("t")
	t := v.(*k.Table)
	ks, vs := t.Data[0].(*k.Vec[int64]).V, t.Data[1].(*k.Vec[float64]).V
	benchRatio(b, in, "select from t where k=42", func() {
		flags := make([]bool, len(ks))
		for i, key := range ks {
			flags[i] = key == 42
		}
		var rows []int64
		for i, f := range flags {
			if f {
				rows = append(rows, int64(i))
			}
		}
		k2, v2 := make([]int64, len(rows)), make([]float64, len(rows))
		for j, r := range rows {
			k2[j], v2[j] = ks[r], vs[r]
		}
		sink = int64(len(k2) + len(v2))
	})
}

// BenchmarkLocalItemAmend is a loop of l[i]+:1 on a local vector of 100000
// longs, which after the first copy amends its own buffer in place.
func BenchmarkLocalItemAmend(b *testing.B) {
	in := New(io.Discard)
	if _, err := in.Eval("f:{[n] l:n#0; i:0; while[i<n; l[i]+:1; i+:l i]; sum l}"); err != nil {
		b.Fatal(err)
	}
	benchEval(b, in, "f 100000")
}

// BenchmarkLocalItemAmendGo is its baseline: the same loop over a slice.
func BenchmarkLocalItemAmendGo(b *testing.B) {
	for b.Loop() {
		l := make([]int64, 100000)
		for i := int64(0); i < int64(len(l)); i += l[i] {
			l[i]++
		}
		sink = l[0]
	}
}

// benchCompound sets up a table keyed on two columns, 100 keys, and
// 100,000 pairs of them drawn at random, as rows and as a table.
func benchCompound(b *testing.B) *Interp {
	b.Helper()
	in := New(io.Discard)
	for _, s := range []string{
		"ex:([sym:`$string til 100;id:til 100]loc:100#`LSE`NDQ)",
		"r:100000?100",
		"pairs:(`$string r),'r",
		"q:([]sym:`$string r;id:r)",
	} {
		if _, err := in.Eval(s); err != nil {
			b.Fatal(err)
		}
	}
	return in
}

// BenchmarkEnumCompound is `ex$pairs`: a compound foreign key over 100,000
// key pairs (docs/wp/foreign-keys.md).
func BenchmarkEnumCompound(b *testing.B) { benchEval(b, benchCompound(b), "`ex$pairs") }

// BenchmarkEnumCompoundFind is its baseline: the same keys found in the
// keyed table as a table of them, (key ex)?q.
func BenchmarkEnumCompoundFind(b *testing.B) { benchEval(b, benchCompound(b), "(key ex)?q") }

// BenchmarkUpdateByGroups is `update d:deltas v by g from u` on 200,000
// rows in 20,000 groups (KX kdb nav.q's update deltas price by sym): each
// column is copied once, not once per group, so it stays within a small
// factor of BenchmarkUpdateByGroupsSelect, the same rows grouped by a
// select in the same run.
func BenchmarkUpdateByGroups(b *testing.B) {
	in := New(io.Discard)
	mustBench(b, in, "u:([]g:200000?20000;v:200000?1.0)")
	benchEval(b, in, "update d:deltas v by g from u")
}

// BenchmarkUpdateByGroupsSelect is its baseline: select of the same
// groups' deltas.
func BenchmarkUpdateByGroupsSelect(b *testing.B) {
	in := New(io.Discard)
	mustBench(b, in, "u:([]g:200000?20000;v:200000?1.0)")
	benchEval(b, in, "select d:deltas v by g from u")
}

func mustBench(b *testing.B, in *Interp, src string) {
	b.Helper()
	if _, err := in.Eval(src); err != nil {
		b.Fatal(err)
	}
}

// BenchmarkAppendGeneral is 20,000 appends of a pair to a global general
// list (l,:enlist(i;i), AoC 2018/09's nodes): amortised constant time
// each, so within a small factor of BenchmarkAppendGeneralVec, as many
// appends to a long vector in the same run.
func BenchmarkAppendGeneral(b *testing.B) {
	in := New(io.Discard)
	benchEval(b, in, "l:enlist 0 0;do[20000;l,:enlist 1 2];count l")
}

// BenchmarkAppendGeneralVec is its baseline: appends to a long vector.
func BenchmarkAppendGeneralVec(b *testing.B) {
	in := New(io.Discard)
	benchEval(b, in, "v:0#0;do[20000;v,:1];count v")
}

// BenchmarkAmendGlobalItem is 20,000 amends of one item of a global
// vector of 20,000 longs from a loop (v[i]:x, as AoC solutions update a
// global grid): in place once the global owns its copy, so within a small
// factor of BenchmarkAmendGlobalItemLocal, the same loop on a local.
func BenchmarkAmendGlobalItem(b *testing.B) {
	in := New(io.Discard)
	mustBench(b, in, "v:20000#0;h:{i:0;while[i<20000;v[i]:i;i+:1]}")
	benchEval(b, in, "h[]")
}

// BenchmarkAmendGlobalItemLocal is its baseline: a local vector.
func BenchmarkAmendGlobalItemLocal(b *testing.B) {
	in := New(io.Discard)
	mustBench(b, in, "h:{l:20000#0;i:0;while[i<20000;l[i]:i;i+:1]}")
	benchEval(b, in, "h[]")
}

// BenchmarkZsRecursion is a recursive Fibonacci through .z.s among a
// thousand globals: .z.s resolves before the namespace walk that reads
// every global, so it costs about what naming the function does.
func BenchmarkZsRecursion(b *testing.B) {
	in := New(io.Discard)
	mustBench(b, in, "{x set 0} each `$\"g\",/:string til 1000")
	mustBench(b, in, "fz:{$[x<2;x;.z.s[x-1]+.z.s x-2]}")
	benchEval(b, in, "fz 18")
}

// BenchmarkNamedRecursion is its baseline: the same recursion by name.
func BenchmarkNamedRecursion(b *testing.B) {
	in := New(io.Discard)
	mustBench(b, in, "{x set 0} each `$\"g\",/:string til 1000")
	mustBench(b, in, "fn:{$[x<2;x;fn[x-1]+fn x-2]}")
	benchEval(b, in, "fn 18")
}

// BenchmarkPriorMinus is (-) prior x on 1,000,000 longs, beside a Go loop
// of the differences.
func BenchmarkPriorMinus(b *testing.B) {
	in := New(io.Discard)
	v := make([]int64, 1_000_000)
	for i := range v {
		v[i] = int64(i * 7919 % 1000)
	}
	in.Set("x", k.Longs(v...))
	benchRatio(b, in, "(-) prior x", func() {
		out := make([]int64, len(v))
		out[0] = v[0]
		for i := 1; i < len(v); i++ {
			out[i] = v[i] - v[i-1]
		}
		sink = out[len(out)-1]
	})
}
