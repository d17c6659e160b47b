package prim

import (
	"testing"

	"qgo/interp/k"
)

// razeLists is 20,000 general lists of three short paths each, as
// raze{x,/:y}each paths makes when a search extends every path.
func razeLists() *k.List {
	out := make([]k.Value, 20_000)
	for i := range out {
		out[i] = &k.List{V: []k.Value{k.Longs(int64(i), 1), k.Longs(int64(i), 2), k.Longs(int64(i), 3)}}
	}
	return &k.List{V: out}
}

// BenchmarkRazeGeneralLists is raze of 20,000 general lists: one pass
// over the items, as BenchmarkRazeGeneralListsBaseline.
func BenchmarkRazeGeneralLists(bm *testing.B) {
	x := razeLists()
	bm.ResetTimer()
	for bm.Loop() {
		_ = Raze(x)
	}
}

// BenchmarkRazeGeneralListsBaseline is the plain Go append of the same
// items BenchmarkRazeGeneralLists is measured against.
func BenchmarkRazeGeneralListsBaseline(bm *testing.B) {
	x := razeLists()
	bm.ResetTimer()
	for bm.Loop() {
		var out []k.Value
		for _, it := range x.V {
			out = append(out, it.(*k.List).V...)
		}
		_ = &k.List{V: out}
	}
}

// TestRazeGeneralLists checks raze of general lists keeps every item in
// order, empty lists adding none, and a vector among them joining its
// items.
func TestRazeGeneralLists(t *testing.T) {
	x := &k.List{V: []k.Value{
		&k.List{V: []k.Value{k.Longs(1, 2), k.S("a")}},
		&k.List{V: []k.Value{}},
		&k.List{V: []k.Value{k.Longs(3)}},
		k.Longs(4, 5),
	}}
	r, ok := Raze(x).(*k.List)
	if !ok || len(r.V) != 5 {
		t.Fatalf("raze gave %v", Raze(x))
	}
	want := []k.Value{k.Longs(1, 2), k.S("a"), k.Longs(3), k.J(4), k.J(5)}
	for i, w := range want {
		if !Match(r.V[i], w) {
			t.Errorf("item %d: got %v want %v", i, r.V[i], w)
		}
	}
}
