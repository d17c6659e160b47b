package prim

import (
	"math"
	"math/rand"
	"strconv"
	"testing"

	"qgo/interp/k"
)

// TestTokStringsMatchesEach checks "J"$, "I"$, "F"$, "D"$ and `$ of a list of
// strings read in one vector (tokStrings) against Tok of each string on
// its own: plain texts and every other kind the plain readers leave to
// tokString (signs, spaces, nulls, infinities, exponents, overflow, dates
// invalid or in other forms, empty strings).
func TestTokStringsMatchesEach(t *testing.T) {
	rng := rand.New(rand.NewSource(11))
	odd := []string{"", "-", "+5", " 7", "8 ", "0N", "0W", "-0W", "0n", "0w", "1e5", "-2.5e-3", ".5", "5.", "1.2.3",
		"999999999999999999", "9999999999999999999", "2147483647", "2147483648", "-2147483648", "-2147483647",
		"2020.02.29", "2019.02.29", "2020.13.01", "2020.00.10", "0000.01.01", "0001.01.01", "9999.12.31",
		"2020-01-05", "20200105", "01/05/2020", "2020.1.5", "abc", "1.2.3.4", "-0", "-0.0", "00012", "0.1", " ab ", "\tc\n", "a b"}
	var strs []string
	for range 3000 {
		switch rng.Intn(4) {
		case 0:
			strs = append(strs, odd[rng.Intn(len(odd))])
		case 1:
			strs = append(strs, strconv.FormatInt(rng.Int63n(1<<40)-1<<39, 10))
		case 2:
			strs = append(strs, strconv.Itoa(rng.Intn(3000)-1500)+"."+strconv.Itoa(rng.Intn(100000)))
		default:
			y, m, d := 1+rng.Intn(9999), rng.Intn(14), rng.Intn(33)
			strs = append(strs, pad(y, 4)+"."+pad(m, 2)+"."+pad(d, 2))
		}
	}
	items := make([]k.Value, len(strs))
	for i, s := range strs {
		items[i] = k.Str(s)
	}
	for _, typ := range []k.Type{k.KJ, k.KI, k.KF, k.KD, k.KS} {
		for _, dayFirst := range []bool{false, true} {
			got := tokStrings(typ, items, dayFirst)
			if got == nil {
				t.Fatalf("type %d: refused strings", typ)
			}
			for i, s := range strs {
				want := tokString(typ, s, dayFirst)
				g := item(got, i)
				if !Match(g, want) && !(typ == k.KF && math.IsNaN(g.(k.Atom[float64]).V) && math.IsNaN(want.(k.Atom[float64]).V)) {
					t.Fatalf("type %d %q: %v, want %v", typ, s, g, want)
				}
				if typ == k.KF && math.Signbit(g.(k.Atom[float64]).V) != math.Signbit(want.(k.Atom[float64]).V) {
					t.Fatalf("%q: sign of %v, want %v", s, g, want)
				}
			}
		}
	}
	if tokStrings(k.KJ, []k.Value{k.Str("1"), k.C('2')}, false) != nil {
		t.Fatal("took a char atom")
	}
}

func pad(v, w int) string {
	s := strconv.Itoa(v)
	for len(s) < w {
		s = "0" + s
	}
	return s
}
