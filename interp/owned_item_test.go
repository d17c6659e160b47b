package interp

import (
	"io"
	"runtime"
	"testing"

	"qgo/interp/k"
)

// TestLocalItemReadAmendInPlace checks that a loop amending a local vector
// item by item from its own items (l[i]:l[i]*2, a running sum) writes in
// place once the first amend copied it: reading an item on the right of
// the assignment shares nothing, so it must not cost a copy of the vector
// per step; and that a value read before the loop keeps its items.
func TestLocalItemReadAmendInPlace(t *testing.T) {
	cases := []struct{ name, fn, want string }{
		{"l[i]:l[i]*2", "{l:0+til x; i:0; do[x; l[i]:l[i]*2; i+:1]; l}", "2*til 20000"},
		{"l[i]:2*l i", "{l:0+til x; i:0; while[i<count l; l[i]:2*l i; i+:1]; l}", "2*til 20000"},
		{"running sum", "{l:x#1; i:1; do[x-1; l[i]:l[i]+l[i-1]; i+:1]; l}", "1+til 20000"},
		{"float item +:", "{l:x#1f; i:0; do[x; l[i]+:l i; i+:1]; l}", "20000#2f"},
	}
	checkLoopAllocs(t, cases, 100<<20, "the vector is copied at each step") // a copy per step: 3.2 GB
	in := New(io.Discard)
	v := mustEval(t, in, "{l:0+til 5; m:l; i:0; do[5; l[i]:l[i]*2; i+:1]; (m;l)}[]~(0 1 2 3 4;0 2 4 6 8)")
	if v.(k.Atom[bool]).V != true {
		t.Errorf("an amend in place reached a value read before the loop: %v", mustEval(t, in, "{l:0+til 5; m:l; i:0; do[5; l[i]:l[i]*2; i+:1]; (m;l)}[]"))
	}
}

// TestDictNewKeyCompoundInPlace checks that counting into a dictionary,
// d[k]+:1 with k new at each step, grows the dictionary's own vectors in
// place rather than copying both at each new key, and that a new key
// starts at the operator's identity (0 for + and -, 1 for *).
func TestDictNewKeyCompoundInPlace(t *testing.T) {
	cases := []struct{ name, fn, want string }{
		{"sym +:", "{d:(`symbol$())!`long$(); i:0; do[x; d[`$string i]+:1; i+:1]; d}", "(`$string til 20000)!20000#1"},
		{"long +: twice", "{d:(`long$())!`long$(); i:0; do[x; d[i mod 10000]+:1; i+:1]; d}", "(til 10000)!10000#2"},
		{"long -:", "{d:(`long$())!`long$(); i:0; do[x; d[i]-:i; i+:1]; d}", "(til 20000)!neg til 20000"},
		{"float *:", "{d:(`long$())!`float$(); i:0; do[x; d[i]*:2f; i+:1]; d}", "(til 20000)!20000#2f"},
	}
	checkLoopAllocs(t, cases, 200<<20, "the dictionary is copied at each new key")
}

// TestDictNewEntryAppendInPlace checks that a multimap built by d[k],:y,
// with k new at most steps and d's entries read between appends (AoC
// 2020/15), grows d's keys and entries in place rather than copying the
// keys at each new key or d at each read (owned_entry.go, entryItem).
func TestDictNewEntryAppendInPlace(t *testing.T) {
	cases := []struct{ name, fn, want string }{
		{"new keys ,:", "{d::(`long$())!(); i:0; do[x; d[i],:i; i+:1]; d}", "(til 20000)!enlist each til 20000"},
		{"u# keys, read, ,:", "{d::(`u#enlist 0)!enlist 0#0; i:0; do[x; e:d i mod 100; d[i div 2],:count e; i+:1]; count each d}",
			"(til 10000)!10000#2"},
		{"index evaluated once", "{d::(`long$())!(); i:0; do[x; d[i+:1],:i]; (i;count d)}", "20000 20000"},
	}
	checkLoopAllocs(t, cases, 200<<20, "the dictionary is copied at each new key or read")
}

// checkLoopAllocs runs each case's f 20000 in a fresh interpreter, and
// fails when the run allocates more than limit bytes (why names the copy
// a step would make) or when its result does not match want.
func checkLoopAllocs(t *testing.T, cases []struct{ name, fn, want string }, limit uint64, why string) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in := New(io.Discard)
			mustEval(t, in, "f:"+c.fn)
			var m0, m1 runtime.MemStats
			runtime.ReadMemStats(&m0)
			mustEval(t, in, "r:f 20000")
			runtime.ReadMemStats(&m1)
			if b := m1.TotalAlloc - m0.TotalAlloc; b > limit {
				t.Errorf("the loop allocated %d MB: %s", b>>20, why)
			}
			if v := mustEval(t, in, "r~"+c.want); v.(k.Atom[bool]).V != true {
				t.Errorf("wrong result: %v", mustEval(t, in, "5#r"))
			}
		})
	}
}
