package interp

import (
	"io"
	"runtime"
	"testing"

	"qgo/interp/k"
)

// TestEntryAppendsGrowInPlace checks that a stream of appends into one
// entry of a dictionary, d[k],:y on a global and x[k],:y in a fold, copies
// the entry only when its buffer must grow, and that every value read
// meanwhile (the dictionary, the entry, the statement's value) keeps the
// items it had.
func TestEntryAppendsGrowInPlace(t *testing.T) {
	const n = 1000
	for _, read := range []string{"", "r:D", "r:D`a", "r:{x}D", "r:get `D", "r:D[`a],:0N;D[`a]:-1_D`a"} {
		t.Run("global "+read, func(t *testing.T) {
			in := New(io.Discard)
			mustEval(t, in, "D:`a`b!(0#0;`x`y)")
			buffers := map[uintptr]bool{}
			var reads, entries []k.Value
			for i := range n {
				mustEval(t, in, "D[`a],:1")
				d := in.absVal("D").(*k.Dict)
				buffers[backing(t, d.V.(*k.List).V[0], "")] = true
				if read != "" {
					mustEval(t, in, read)
				}
				if i%100 == 0 {
					v, _ := in.Get("D")
					reads = append(reads, v)
					entries = append(entries, mustEval(t, in, "D`a"))
				}
			}
			if read == "" && len(buffers) > 40 {
				t.Errorf("%d appends used %d buffers: copied, not grown in place", n, len(buffers))
			}
			for i, v := range reads {
				want := 100*i + 1
				if got := v.(*k.Dict).V.(*k.List).V[0].Len(); got != want {
					t.Errorf("read %d: entry count %d, want %d: an append reached it", i, got, want)
				}
				if got := entries[i].Len(); got != want {
					t.Errorf("entry %d: count %d, want %d: an append reached it", i, got, want)
				}
			}
			if got := mustEval(t, in, "count D`a").(k.Atom[int64]).V; got != n {
				t.Errorf("count D`a is %d, want %d", got, n)
			}
		})
	}
	t.Run("table entry", func(t *testing.T) {
		in := New(io.Discard)
		mustEval(t, in, "B:`x`y!(([]p:0#0f;z:0#0);([]p:0#0f;z:0#0))")
		buffers := map[uintptr]bool{}
		var reads []k.Value
		for i := range n {
			mustEval(t, in, "B[`x],:`p`z!(1.5;2)")
			buffers[backing(t, in.absVal("B").(*k.Dict).V.(*k.List).V[0], "z")] = true
			if i%100 == 0 {
				reads = append(reads, mustEval(t, in, "B`x"), mustEval(t, in, "B"))
			}
		}
		if len(buffers) > 40 {
			t.Errorf("%d appends used %d buffers: copied, not grown in place", n, len(buffers))
		}
		for i := 0; i < len(reads); i += 2 {
			want := 50*i + 1
			if got := reads[i].Len(); got != want {
				t.Errorf("read %d: count %d, want %d: an append reached it", i, got, want)
			}
			if got := reads[i+1].(*k.Dict).V.(*k.List).V[0].Len(); got != want {
				t.Errorf("dictionary read %d: count %d, want %d: an append reached it", i, got, want)
			}
		}
	})
	t.Run("fold", func(t *testing.T) {
		in := New(io.Discard)
		mustEval(t, in, "d0:`a`b!(0#0;\"\");f:{x[`a],:y; x}")
		var m0, m1 runtime.MemStats
		runtime.ReadMemStats(&m0)
		r := mustEval(t, in, "r:f/[d0;til 20000];count r`a")
		runtime.ReadMemStats(&m1)
		// copying the entry at each step allocates 20000*20000/2 longs (1.6 GB)
		if b := m1.TotalAlloc - m0.TotalAlloc; b > 100<<20 {
			t.Errorf("the fold allocated %d MB: the entry is copied at each step", b>>20)
		}
		if r.(k.Atom[int64]).V != 20000 {
			t.Fatalf("count r`a: %v", r)
		}
		// the seed is not written, and the result is no one's buffer
		if mustEval(t, in, "count d0`a").(k.Atom[int64]).V != 0 {
			t.Errorf("the fold wrote into its seed")
		}
		mustEval(t, in, "s:r`a;r[`a],:5")
		if mustEval(t, in, "(count s;count r`a)~20000 20001").(k.Atom[bool]).V != true {
			t.Errorf("an append to the fold's result reached a value read before it")
		}
		if mustEval(t, in, "(til 20000)~s").(k.Atom[bool]).V != true {
			t.Errorf("the fold's entry is not til 20000")
		}
	})
}
