package prim

import (
	"testing"

	"qgo/interp/k"
)

// TestSerKeysMatchSerItems checks that the shared-buffer serial form of
// each row of a table (typed columns serialised cell by cell) is the
// serialisation of the row's atoms, as serRow gives a record sought in
// the table, for columns of every typed vector kind and a general one.
func TestSerKeysMatchSerItems(t *testing.T) {
	tab := &k.Table{
		Cols: k.Syms("j", "i", "h", "c", "b", "f", "s", "d", "g", "l"),
		Data: []k.Value{
			k.Longs(1, -2, k.NJ),
			&k.Vec[int32]{T: k.KI, V: []int32{3, 0, -1}},
			&k.Vec[int16]{T: k.KH, V: []int16{5, 6, 7}},
			&k.Vec[uint8]{T: k.KC, V: []uint8("abc")},
			&k.Vec[bool]{T: k.KB, V: []bool{true, false, true}},
			&k.Vec[float64]{T: k.KF, V: []float64{0.5, -0.0, 2}},
			k.Syms("x", "", "yy"),
			&k.Vec[int32]{T: k.KD, V: []int32{1, 2, 3}},
			&k.Vec[k.GUID]{T: k.KG, V: make([]k.GUID, 3)},
			&k.List{V: []k.Value{k.Longs(1), k.C('a'), k.S("z")}},
		},
	}
	keys := serKeysOf(tab)
	old := serItems(tab)
	if keys.n() != len(old) {
		t.Fatalf("count %d, want %d", keys.n(), len(old))
	}
	for i, s := range old {
		if string(keys.at(i)) != s {
			t.Errorf("row %d: %x, want %x", i, keys.at(i), s)
		}
		row := make([]k.Value, len(tab.Data))
		for c, col := range tab.Data {
			row[c] = k.At(col, i)
		}
		if got := findSer(keys, serKeysRow(row))[0]; got != int64(i) {
			t.Errorf("row %d found at %d", i, got)
		}
	}
}
