package k

import (
	"runtime"
	"slices"
	"testing"
	"time"
	"unsafe"
)

// TestVecHeaderSize keeps a vector's header at 32 bytes: its index lives
// beside it (group.go), so the million headers of raze string til 1000000
// stay in the 32-byte size class.
func TestVecHeaderSize(t *testing.T) {
	if n := unsafe.Sizeof(Vec[int64]{}); n != 32 {
		t.Fatalf("Vec header is %d bytes, want 32", n)
	}
}

// scanPositions is where x occurs in v, by reading every item.
func scanPositions(v []int64, x int64) []int64 {
	var pos []int64
	for i, y := range v {
		if y == x {
			pos = append(pos, int64(i))
		}
	}
	return pos
}

// TestIndexShared: a lookup builds the index once; a header sharing it
// (ShareIndex) and shorter than the indexed one sees only its own items;
// an amend in place (DropIndex) and a Truncate followed by other items
// are looked up afresh.
func TestIndexShared(t *testing.T) {
	v := &Vec[int64]{T: KJ, A: AttrG, V: []int64{3, 1, 3, 2, 3}}
	if HasIndex(v) {
		t.Fatal("index before any lookup")
	}
	if pos, ok := Positions(v, 3); !ok || !slices.Equal(pos, []int64{0, 2, 4}) {
		t.Fatalf("Positions(3) = %v %v", pos, ok)
	}
	if !HasIndex(v) {
		t.Fatal("no index after a lookup")
	}
	short := ShareIndex(v, &Vec[int64]{T: KJ, A: AttrG, V: v.V[:3:3]})
	if !HasIndex(short) {
		t.Fatal("ShareIndex did not share the index")
	}
	if pos, _ := Positions(short, 3); !slices.Equal(pos, []int64{0, 2}) {
		t.Fatalf("shorter header: Positions(3) = %v", pos)
	}
	plain := ShareIndex(v, &Vec[int64]{T: KJ, V: v.V})
	if HasIndex(plain) {
		t.Fatal("a header without g# or p# was given an index")
	}

	v.V[1] = 3 // an amend in place, as interp's setIn does
	DropIndex(v)
	if HasIndex(v) {
		t.Fatal("DropIndex kept the index")
	}
	if pos, _ := Positions(v, 3); !slices.Equal(pos, scanPositions(v.V, 3)) {
		t.Fatalf("after an amend: Positions(3) = %v, want %v", pos, scanPositions(v.V, 3))
	}

	v.Truncate(2) // a partial append undone, then other items appended
	v.V = append(v.V, 7, 7, 3)
	for _, x := range []int64{3, 7, 2} {
		if pos, _ := Positions(v, x); !slices.Equal(pos, scanPositions(v.V, x)) {
			t.Fatalf("after Truncate: Positions(%d) = %v, want %v", x, pos, scanPositions(v.V, x))
		}
	}
}

// TestIndexCollected: the side table forgets the index of a header
// that has been collected.
func TestIndexCollected(t *testing.T) {
	base := nIndexes.Load()
	func() {
		v := &Vec[int64]{T: KJ, A: AttrG, V: []int64{1, 2, 1}}
		if _, ok := Positions(v, 1); !ok {
			t.Fatal("not indexable")
		}
	}()
	for deadline := time.Now().Add(20 * time.Second); nIndexes.Load() > base; {
		if time.Now().After(deadline) {
			t.Fatalf("%d indexes left after the headers were collected, want %d", nIndexes.Load(), base)
		}
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
}

// TestIndexUnique: a unique vector of integers keeps one position per item
// (an IntMap), seen whole or through a shorter header sharing the index;
// NewItem answers with and without the ascending shortcut; and an item
// that comes twice after all (a header over the same array) turns the
// entry into the general form with every position.
func TestIndexUnique(t *testing.T) {
	v := &Vec[int64]{T: KJ, A: AttrU, V: []int64{5, 9, 2, 7}}
	if pos, ok := Positions(v, 2); !ok || !slices.Equal(pos, []int64{2}) {
		t.Fatalf("Positions(2) = %v %v", pos, ok)
	}
	short := ShareIndex(v, &Vec[int64]{T: KJ, A: AttrU, V: v.V[:2]})
	if pos, _ := Positions(short, 2); len(pos) != 0 {
		t.Fatalf("short header sees position %v past its count", pos)
	}
	for x, want := range map[int64]bool{5: false, 7: false, 8: true, 10: true, -1: true} {
		if isNew, ok := NewItem(v, x); !ok || isNew != want {
			t.Fatalf("NewItem(%d) = %v %v", x, isNew, ok)
		}
	}
	asc := &Vec[int32]{T: KI, A: AttrU, V: []int32{1, 2, 3}}
	if isNew, _ := NewItem(asc, 4); !isNew {
		t.Fatal("4 above an ascending 1 2 3 is not new")
	}
	if isNew, _ := NewItem(asc, 2); isNew {
		t.Fatal("2 in 1 2 3 is new")
	}
	dup := &Vec[int64]{T: KJ, A: AttrU, V: []int64{4, 6, 4, 8, 6}}
	for x, want := range map[int64][]int64{4: {0, 2}, 6: {1, 4}, 8: {3}} {
		if pos, _ := Positions(dup, x); !slices.Equal(pos, want) {
			t.Fatalf("Positions(%d) after a duplicate = %v, want %v", x, pos, want)
		}
	}
}
