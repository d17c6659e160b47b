package k

import (
	"math"
	"runtime"
	"testing"
)

// TestBoxes checks that atoms from Boxes are the atoms J and F make: equal
// as interface values, of the same dynamic type, and intact after the
// garbage collector has run while only some of a block is still held.
func TestBoxes(t *testing.T) {
	var b Boxes
	var keep []Value
	for i := int64(-3000); i < 3000; i += 7 {
		j := b.J(i * 1_000_003)
		if j != J(i*1_000_003) {
			t.Fatalf("Boxes.J(%d) = %#v, want %#v", i*1_000_003, j, J(i*1_000_003))
		}
		f := b.F(float64(i) / 3)
		if f != F(float64(i)/3) {
			t.Fatalf("Boxes.F(%v) = %#v", float64(i)/3, f)
		}
		if a, ok := j.(Atom[int64]); !ok || a.T != -KJ || j.Type() != -KJ || j.Len() != 1 {
			t.Fatalf("Boxes.J(%d) is %T %v", i, j, j)
		}
		if i%3 == 0 {
			keep = append(keep, j, f)
		}
	}
	if b.F(math.NaN()).(Atom[float64]).V == b.F(math.NaN()).(Atom[float64]).V {
		t.Error("NaN atoms compare equal")
	}
	runtime.GC()
	_ = make([]byte, 1<<20) // reuse freed memory, if any were wrongly freed
	runtime.GC()
	n := 0
	for i := int64(-3000); i < 3000; i += 7 {
		if i%3 == 0 {
			if keep[n] != J(i*1_000_003) || keep[n+1] != F(float64(i)/3) {
				t.Fatalf("after GC: %v %v, want %d %v", keep[n], keep[n+1], i*1_000_003, float64(i)/3)
			}
			n += 2
		}
	}
}

// BenchmarkBoxesJ is making a long atom from Boxes, beside J.
func BenchmarkBoxesJ(bm *testing.B) {
	var b Boxes
	var v Value
	for i := 0; bm.Loop(); i++ {
		v = b.J(int64(i) + 1<<20)
	}
	_ = v
}

// BenchmarkJ is J of a long beyond the small atoms made once.
func BenchmarkJ(bm *testing.B) {
	var v Value
	for i := 0; bm.Loop(); i++ {
		v = J(int64(i) + 1<<20)
	}
	_ = v
}

// TestSmallJ checks the generated tables of boxed longs and ints
// (smallj.go) against the bounds J and I use: regenerate them when they
// change.
func TestSmallJ(t *testing.T) {
	if len(smallJ) != smallJHi-smallJLo {
		t.Fatalf("smallJ holds %d atoms, the bounds %d: go generate ./interp/k", len(smallJ), smallJHi-smallJLo)
	}
	for i, v := range smallJ {
		if a, ok := v.(Atom[int64]); !ok || a.T != -KJ || a.V != int64(i+smallJLo) {
			t.Fatalf("smallJ[%d] is %#v, want the long %d", i, v, i+smallJLo)
		}
	}
	if J(5) != smallJ[5-smallJLo] || J(smallJHi) != (Atom[int64]{-KJ, smallJHi}) || J(smallJLo-1) != (Atom[int64]{-KJ, smallJLo - 1}) {
		t.Fatal("J does not use the table within its bounds, or does beyond them")
	}
	if len(smallI) != smallIHi-smallILo {
		t.Fatalf("smallI holds %d atoms, the bounds %d: go generate ./interp/k", len(smallI), smallIHi-smallILo)
	}
	for i, v := range smallI {
		if a, ok := v.(Atom[int32]); !ok || a.T != -KI || a.V != int32(i+smallILo) {
			t.Fatalf("smallI[%d] is %#v, want the int %d", i, v, i+smallILo)
		}
	}
	for _, i := range []int32{smallILo - 1, smallILo, -5, 0, 5, smallIHi - 1, smallIHi, math.MinInt32, math.MaxInt32} {
		if v := I(i); v != (Atom[int32]{-KI, i}) {
			t.Fatalf("I(%d) = %#v", i, v)
		}
	}
	n := int32(-7)
	if I(5) != smallI[5-smallILo] || testing.AllocsPerRun(10, func() { sinkValue = I(n) }) != 0 {
		t.Fatal("I does not use the table within its bounds")
	}
}

// sinkValue keeps a value made in a test from being optimised away.
var sinkValue Value
