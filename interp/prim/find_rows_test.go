package prim

import (
	"math"
	"math/rand"
	"testing"

	"qgo/interp/k"
)

// TestFindFewRowsMatchesSerialised checks the column-by-column lookup of a
// few rows in a table against the lookup by serialised rows it replaces:
// symbols, longs and floats (nulls, -0 and NaN among them), rows present,
// repeated and absent.
func TestFindFewRowsMatchesSerialised(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	fl := []float64{0, math.Copysign(0, -1), math.NaN(), 1.5, 2.5}
	mk := func(n int) *k.Table {
		s, j, f := make([]string, n), make([]int64, n), make([]float64, n)
		for i := range s {
			s[i] = string(rune('a' + rng.Intn(3)))
			j[i] = int64(rng.Intn(3))
			if rng.Intn(5) == 0 {
				j[i] = k.NJ
			}
			f[i] = fl[rng.Intn(len(fl))]
		}
		return &k.Table{Cols: k.Syms("s", "j", "f"), Data: []k.Value{k.Syms(s...), k.Longs(j...), k.Floats(f...)}}
	}
	for trial := 0; trial < 200; trial++ {
		x, y := mk(1+rng.Intn(60)), mk(1+rng.Intn(8))
		got, ok := findFewRows(x, y)
		if !ok {
			t.Fatal("findFewRows refused typed columns")
		}
		want := findG(serItems(x), serItems(y))
		for i := range want {
			if got[i] != want[i] {
				t.Fatalf("trial %d row %d: %d, want %d", trial, i, got[i], want[i])
			}
		}
	}
}

// TestFindTypedRowsMatchesSerialised checks finding many rows by their
// columns' positions (findTypedRows) against the lookup by serialised
// rows it replaces: one, two and three key columns of symbols, longs
// (nulls among them), ints, chars and floats (nulls, -0 and NaN), rows
// present, repeated and absent.
func TestFindTypedRowsMatchesSerialised(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	fl := []float64{0, math.Copysign(0, -1), math.NaN(), 1.5, 2.5}
	col := func(c, n int) k.Value {
		switch c {
		case 0:
			s := make([]string, n)
			for i := range s {
				s[i] = string(rune('a' + rng.Intn(4)))
			}
			return k.Syms(s...)
		case 1:
			j := make([]int64, n)
			for i := range j {
				if j[i] = int64(rng.Intn(40) - 5); rng.Intn(9) == 0 {
					j[i] = k.NJ
				}
			}
			return k.Longs(j...)
		case 2:
			v := make([]int32, n)
			for i := range v {
				v[i] = int32(rng.Intn(30))
			}
			return &k.Vec[int32]{T: k.KI, V: v}
		case 3:
			return k.Str(string(rune('a' + rng.Intn(3))))
		}
		f := make([]float64, n)
		for i := range f {
			f[i] = fl[rng.Intn(len(fl))]
		}
		return k.Floats(f...)
	}
	for trial := 0; trial < 300; trial++ {
		kinds := rng.Perm(5)[:1+rng.Intn(3)]
		mk := func(n int) *k.Table {
			names, data := make([]string, len(kinds)), make([]k.Value, len(kinds))
			for i, c := range kinds {
				names[i] = string(rune('a' + i))
				if c == 3 {
					b := make([]byte, n)
					for r := range b {
						b[r] = byte('a' + rng.Intn(3))
					}
					data[i] = k.Str(string(b))
					continue
				}
				data[i] = col(c, n)
			}
			return &k.Table{Cols: k.Syms(names...), Data: data}
		}
		x, y := mk(1+rng.Intn(80)), mk(9+rng.Intn(200))
		got, ok := findTypedRows(x, y.Data)
		if !ok {
			t.Fatal("findTypedRows refused typed columns")
		}
		want := findG(serItems(x), serItems(y))
		for i := range want {
			if got[i] != want[i] {
				t.Fatalf("trial %d row %d: %d, want %d", trial, i, got[i], want[i])
			}
		}
	}
}

// TestFindDense checks finding integers through a table indexed by value
// against the hash map: duplicates, negatives, values out of range, and
// keys whose range is too wide (a null among them) refused.
func TestFindDense(t *testing.T) {
	rng := rand.New(rand.NewSource(5))
	for trial := 0; trial < 200; trial++ {
		xs, ys := make([]int64, 17+rng.Intn(300)), make([]int64, 9+rng.Intn(300))
		off := int64(rng.Intn(1000) - 500)
		for i := range xs {
			xs[i] = off + int64(rng.Intn(2*len(xs)))
		}
		for i := range ys {
			ys[i] = off + int64(rng.Intn(3*len(xs))-len(xs)/2)
		}
		got, ok := findDense(xs, ys)
		if !ok {
			t.Fatalf("trial %d: refused a narrow range", trial)
		}
		want := findG(xs, ys)
		for i := range want {
			if got[i] != want[i] {
				t.Fatalf("trial %d item %d: %d, want %d", trial, i, got[i], want[i])
			}
		}
		xs[rng.Intn(len(xs))] = k.NJ
		if _, ok := findDense(xs, ys); ok {
			t.Fatalf("trial %d: took a null key", trial)
		}
	}
	x16 := []int16{-32768, 32767, 5, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18}
	if _, ok := findDense(x16, []int16{5, 6, 7, 8, 9, 10, 11, 12, -32768}); ok {
		t.Fatal("took shorts spanning their whole range")
	}
}
