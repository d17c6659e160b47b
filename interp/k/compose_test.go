package k

import (
	"runtime"
	"testing"
)

// A chain built by composing one function at a time onto the last
// composition, on either side, costs each step what it adds: before the
// room, each step copied the whole chain, 10,000 steps about 800 MB.
func TestComposeChainLinear(t *testing.T) {
	neg := &Prim{T: FU, Name: "-:"}
	const n = 10000
	var ms0, ms1 runtime.MemStats
	runtime.ReadMemStats(&ms0)
	var left, right Value = neg, neg
	for range n {
		left = Compose(neg, left)
		right = Compose(right, neg)
	}
	runtime.ReadMemStats(&ms1)
	if got := ms1.TotalAlloc - ms0.TotalAlloc; got > 64*n*16 {
		t.Errorf("2 chains of %d: %d bytes allocated, want linear", n, got)
	}
	for _, c := range []Value{left, right} {
		fs := c.(*Comp).Fs
		if len(fs) != n+1 {
			t.Fatalf("chain of %d functions, want %d", len(fs), n+1)
		}
		for i, f := range fs {
			if f != Value(neg) {
				t.Fatalf("item %d is %v", i, f)
			}
		}
	}
}

// Two compositions built from one on the same side take distinct
// slots: the second copies, and neither sees the other's function.
func TestComposeBranches(t *testing.T) {
	var c Value = &Prim{T: FU, Name: "-:"}
	for range 10 {
		c = Compose(&Prim{T: FU, Name: "-:"}, c)
	}
	a, b := &Prim{T: FU, Name: "a"}, &Prim{T: FU, Name: "b"}
	ca, cb := Compose(a, c), Compose(b, c)
	da, db := Compose(c, a), Compose(c, b)
	if ca.Fs[0] != Value(a) || cb.Fs[0] != Value(b) {
		t.Errorf("prepended: %v %v", ca.Fs[0], cb.Fs[0])
	}
	if da.Fs[len(da.Fs)-1] != Value(a) || db.Fs[len(db.Fs)-1] != Value(b) {
		t.Errorf("appended: %v %v", da.Fs[len(da.Fs)-1], db.Fs[len(db.Fs)-1])
	}
	if n := len(c.(*Comp).Fs); len(ca.Fs) != n+1 || len(db.Fs) != n+1 {
		t.Errorf("lengths %d %d from %d", len(ca.Fs), len(db.Fs), n)
	}
	// a composition of two long ones keeps both whole
	cc := Compose(ca, db)
	if len(cc.Fs) != len(ca.Fs)+len(db.Fs) || cc.Fs[0] != Value(a) || cc.Fs[len(cc.Fs)-1] != Value(b) {
		t.Errorf("composed chains: %d items", len(cc.Fs))
	}
}
