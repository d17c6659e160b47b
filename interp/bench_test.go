package interp

import (
	"io"
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
