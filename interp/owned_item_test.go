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
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in := New(io.Discard)
			mustEval(t, in, "f:"+c.fn)
			var m0, m1 runtime.MemStats
			runtime.ReadMemStats(&m0)
			mustEval(t, in, "r:f 20000")
			runtime.ReadMemStats(&m1)
			// a copy per step allocates 20000 vectors of 20000 items (3.2 GB)
			if b := m1.TotalAlloc - m0.TotalAlloc; b > 100<<20 {
				t.Errorf("the loop allocated %d MB: the vector is copied at each step", b>>20)
			}
			if v := mustEval(t, in, "r~"+c.want); v.(k.Atom[bool]).V != true {
				t.Errorf("wrong result: %v", mustEval(t, in, "10#r"))
			}
		})
	}
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
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in := New(io.Discard)
			mustEval(t, in, "f:"+c.fn)
			var m0, m1 runtime.MemStats
			runtime.ReadMemStats(&m0)
			mustEval(t, in, "r:f 20000")
			runtime.ReadMemStats(&m1)
			// copying keys and values at each new key allocates gigabytes
			if b := m1.TotalAlloc - m0.TotalAlloc; b > 200<<20 {
				t.Errorf("the loop allocated %d MB: the dictionary is copied at each new key", b>>20)
			}
			if v := mustEval(t, in, "r~"+c.want); v.(k.Atom[bool]).V != true {
				t.Errorf("wrong result: %v", mustEval(t, in, "5#r"))
			}
		})
	}
}
