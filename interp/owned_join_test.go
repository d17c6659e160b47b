package interp

import (
	"io"
	"runtime"
	"testing"
)

// TestOverJoinLinear checks that an accumulating Over grows its
// accumulator in place (owned_join.go) by the bytes it allocates, not by
// time: 20,000 joins that each copied the accumulator would allocate
// gigabytes; grown in place they allocate a few megabytes.
func TestOverJoinLinear(t *testing.T) {
	in := New(io.Discard)
	if _, err := in.Eval("r:{(1+x mod 5)#x} each til 20000"); err != nil {
		t.Fatal(err)
	}
	for _, src := range []string{
		"{x,y}/[0#0;til 20000]",
		"{x,enlist y}/[();til 20000]",
		"{[a;b] a,b}/[0#0;til 20000]",
		"{x,y}/[();r]",
		"{x,enlist y}/[();r]",
		"{x,:y; x}/[0#0;til 20000]",
		"{x,y,z}/[0#0;til 10000;til 10000]",
	} {
		var m0, m1 runtime.MemStats
		runtime.ReadMemStats(&m0)
		v, err := in.Eval(src)
		if err != nil {
			t.Fatalf("%s: %v", src, err)
		}
		runtime.ReadMemStats(&m1)
		if n := v.Len(); n < 20000 {
			t.Fatalf("%s: count %d", src, n)
		}
		if a := m1.TotalAlloc - m0.TotalAlloc; a > 64<<20 {
			t.Errorf("%s allocated %d MB: the accumulator is copied at each step", src, a>>20)
		}
	}
}

// BenchmarkOverJoin is `{x,y}/[0#0;til 1000000]`, a million joins to an
// accumulator, beside a Go slice grown by append.
func BenchmarkOverJoin(b *testing.B) {
	benchRatio(b, New(io.Discard), "{x,y}/[0#0;til 1000000]", func() {
		var c []int64
		for i := 0; i < 1_000_000; i++ {
			c = append(c, int64(i))
		}
		sink = int64(len(c))
	})
}

// BenchmarkOverJoinLists is `{x,y}/[();r]` for 22,672 small lists r,
// beside a Go slice grown by appending each.
func BenchmarkOverJoinLists(b *testing.B) {
	in := New(io.Discard)
	if _, err := in.Eval("r:{(1+x mod 5)#x} each til 22672"); err != nil {
		b.Fatal(err)
	}
	r := make([][]int64, 22672)
	for i := range r {
		for j := 0; j <= i%5; j++ {
			r[i] = append(r[i], int64(i))
		}
	}
	benchRatio(b, in, "{x,y}/[();r]", func() {
		var c []int64
		for _, l := range r {
			c = append(c, l...)
		}
		sink = int64(len(c))
	})
}
