package prim

import (
	"cmp"
	"math"
	"math/rand"
	"slices"
	"testing"

	"qgo/interp/k"
)

func TestDistinctGroup(t *testing.T) {
	runCases(t, []qcase{
		{"distinct 2 3 7 3 5 3", "2 3 7 5"},
		{"distinct flip `a`b`c!(1 2 1;2 3 2;\"aba\")", "([]a:1 2;b:2 3;c:\"ab\")"},
		{"distinct 2 2.0000000000001", "2 2.0000000000001"},
		{"distinct 0n 0n 1", "0n 1"},
		{"distinct (1;`a;1;\"ab\";`a;\"ab\")", "(1;`a;\"ab\")"},
		{"distinct `a`b!1 1", ",1"},
		{"?`b`a`b", "`b`a"},
		{"distinct 5", "'rank"},
		{"group \"mississippi\"", "\"misp\"!(,0;1 4 7 10;2 3 5 6;8 9)"},
		{"group 96.100000000000009 96.099999999999994", "96.100000000000009 96.099999999999994!(,0;,1)"},
		{"group `a`b`c!1 2 1", "1 2!(`a`c;,`b)"},
		{"=1 1 2", "1 2!(0 1;,2)"},
	})
}

func TestIn(t *testing.T) {
	runCases(t, []qcase{
		{"\"x\" in \"a\"", "0b"},
		{"\"x\" in \"acdexyz\"", "1b"},
		{"\"wx\" in \"acdexyz\"", "01b"},
		{"(\"abc\";(\"def\";\"ghi\");\"jkl\")in \"bed\"", "(010b;(110b;000b);000b)"},
		{"\"wx\" in (\"acdexyz\";\"abcd\";\"wx\")", "1b"},
		{"(\"ab\";\"cd\") in ((\"ab\";\"cd\");0 1 2)", "1b"},
		{"1 3 7 6 4 in 5 4 1 6", "10011b"},
		{"1 2 in (9;(1 2;3 4))", "00b"},
		{"1 2 in (1 2;9)", "1b"},
		{"1 2 in ((1 2;3 4);9)", "0b"},
		{"(1 2;3 4) in ((1 2;3 4);9)", "1b"},
		{"1 2. in 2", "01b"},
		{"1 2. in 1#2", "01b"},
		{"1 2. in 0#2", "'type"},
		{"1 2. in 2#2", "'type"},
		{"3 in (1 2;3)", "0b"},
		{"3 in (3;1 2)", "1b"},
		{"`a in `a`b", "1b"},
		{"`c`a in `a`b", "01b"},
	})
}

func TestExceptInterUnion(t *testing.T) {
	runCases(t, []qcase{
		{"1 2 3 except 2", "1 3"},
		{"1 2 3 4 1 3 except 2 3", "1 4 1"},
		{"1 1f except 0.99999999999989997", "1 1f"},
		{"`a`b`c except `b", "`a`c"},
		{"1 2 except 1 2", "`long$()"},
		{"1 3 4 2 inter 2 3 5 7 11", "3 2"},
		{"1 2 3 1 4 inter 4 1 4", "1 1 4"},
		{"x:(`a`b)!(1 2 3;`x`y`z)\ny:(`a`b`c)!(1 2 3;2 3 5;`x`y`z)\nx inter y", "(1 2 3;`x`y`z)"},
		{"x:([]a:`x`y`z`t;b:10 20 30 40)\ny:([]a:`y`t`x;b:50 40 10)\nx inter y", "([]a:`x`t;b:10 40)"},
		{"1 2 3 3 6 union 2 4 6 8", "1 2 3 6 4 8"},
		{"([]x:2 3 5;y:\"abc\") union ([]x:2 4;y:\"ad\")", "([]x:2 3 5 4;y:\"abcd\")"},
		{"([]a:1 2 3) except ([]a:,2)", "([]a:1 3)"},
	})
}

func TestWithinBin(t *testing.T) {
	runCases(t, []qcase{
		{"1 3 10 6 4 within 2 6", "01011b"},
		{"\"acyxmpu\" within \"br\"", "0100110b"},
		{"`dd`ccc`ccc within `c`d", "011b"},
		{"5 within (1 2 6;3 5 7)", "010b"},
		{"2 5 6 within (1 2 6;3 5 7)", "111b"},
		{"(1 3 10 6 4;\"acyxmpu\") within ((2;\"b\");(6;\"r\"))", "(01011b;0100110b)"},
		{"2.5 within 1 3", "1b"},
		{"`a within 1 2", "'type"},
		{"0 2 4 6 8 10 bin 5", "2"},
		{"0 2 4 6 8 10 bin -10 0 4 5 6 20", "-1 0 2 2 3 5"},
		{"0 1 1 2 bin 0 1 2", "0 2 3"},
		{"0 1 1 2 binr 0 1 2", "0 1 3"},
		{"(`a`b`c!0 2 4) bin -1 3", "``b"},
		{"(\"apple\";\"banana\";\"coffee\") bin (\"anise\";\"berry\";\"curry\")", "-1 1 2"},
		{"`a`c`e bin `d", "1"},
		{"t:([]a:`p`p`p`q`q`q;b:0 2 4 0 2 4)\nt bin `a`b!(`p;3)", "1"},
		{"t:([]a:`p`p`p`q`q`q;b:0 2 4 0 2 4)\nt bin ([]a:`q;b:-1 1 3 5)", "0N 3 4 5"},
		{"t:([]a:`p`p`p`q`q`q;b:0 2 4 0 2 4)\nt bin `a`b!(`r;2)", "0N"},
		{"kt:([k:`c`d`e`f`g`h`j`l]a:`p`p`q`q`p`p`q`q;b:0 1 0 1 0 1 0 1;c:3 3 3 3 7 7 7 7)\nkt bin ([]a:`p`q`q`r;b:1;c:4 8 2 4)", "([]k:`d`l``)"},
	})
}

func TestFind(t *testing.T) {
	const w = "w:10 -8 3 5 -1 2 3\n"
	const u = "u:(\"abcde\";10 2 -6;(2 3;`ab))\n"
	runCases(t, []qcase{
		{w + "w?-8", "1"},
		{w + "w?3", "2"},
		{w + "w?17", "7"},
		{"\"abcde\"?\"d\"", "3"},
		{w + "w?(10 5 -1;-8;3 17)", "(0 3 4;1;2 7)"},
		{w + "w[w?(10 5 -1;-8;3 17)]", "(10 5 -1;-8;3 0N)"},
		{u + "u?10 2 -6", "1"},
		{u + "u?\"abcde\"", "0"},
		{u + "u?(2 3;`ab)", "3 3"},
		// a y deeper than x's items maps over its items, each by its own rank
		{u + "(u?((2 3;`ab);\"abcde\"))~(u?(2 3;`ab);u?\"abcde\")", "1b"},
		{"1 2 3?`a", "'type"},
		{"1 2 3?1.0", "'type"},
		{"96.100000000000009 96.099999999999994 ? 96.099999999999994", "1"},
		{"1 1f?0.99999999999989997", "2"},
		{"d:`a`b`c`d!10 20 30 10\nd?30", "`c"},
		{"d:`a`b`c`d!10 20 30 10\nd?30 10 99", "`c`a`"},
		{"sp:([]s:`s1`s1`s2;p:`p1`p4`p5;qty:300 200 450)\nsp?(`s1;`p4;200)", "1"},
		{"sp:([]s:`s1`s1`s2;p:`p1`p4`p5;qty:300 200 450)\nsp?`s`p`qty!(`s2;`p5;450)", "2"},
		{"sp:([]s:`s1`s1`s2;p:`p1`p4`p5;qty:300 200 450)\nsp?([]s:`s2`s9;p:`p5`p1;qty:450 1)", "2 3"},
		{"`a`b?`b`c", "1 2"},
		{"()?1", "0"},
	})
}

func TestRoll(t *testing.T) {
	for i := 0; i < 20; i++ {
		v, err := evalLines("distinct asc -10?10")
		if err != nil || qs(v) != qs(q("til 10")) {
			t.Fatalf("deal: %s %v", qs(v), err)
		}
		v, err = evalLines("all 5?`a`b")
		_ = v
		v, err = evalLines("5?10")
		if err != nil || v.Len() != 5 || qs(Within(v, q("0 9"))) != "11111b" {
			t.Fatalf("roll: %s %v", qs(v), err)
		}
		v, err = evalLines("5?`a`b")
		if err != nil || qs(In(v, q("`a`b"))) != "11111b" {
			t.Fatalf("roll syms: %s %v", qs(v), err)
		}
		v, err = evalLines("asc 0N?til 5")
		if err != nil || qs(v) != "`s#0 1 2 3 4" {
			t.Fatalf("shuffle: %s %v", qs(v), err)
		}
	}
	runCases(t, []qcase{{"-5?3", "'length"}, {"5?-1", "'domain"}})
}

// A table of no columns (the value table of 1!([]v:3 4)) has no rows:
// a record, a row's values or a value is never in it, and never a Go
// panic (a search of no rows indexed the first position found).
func TestInNoColumns(t *testing.T) {
	empty := &k.Table{Cols: k.Syms(), Data: []k.Value{}}
	for _, x := range []k.Value{&k.Dict{K: k.Syms(), V: k.NewList()}, k.NewList(), k.J(1), k.Longs(1)} {
		got := func() (v k.Value) {
			defer func() {
				if p := recover(); p != nil {
					if _, ok := p.(*k.Error); !ok {
						t.Errorf("%s in a table of no columns: Go panic %v", qs(x), p)
					}
				}
			}()
			return In(x, empty)
		}()
		if b, ok := got.(k.Atom[bool]); got != nil && (!ok || b.V) {
			t.Errorf("%s in a table of no columns: %s, want 0b or a q error", qs(x), qs(got))
		}
	}
}

// A dictionary of no keys joined or upserted to a table, keyed or not, is
// no record: a q error, never a Go panic (a table was taken from its
// enlist, a general list).
func TestJoinEmptyRecord(t *testing.T) {
	rec := &k.Dict{K: k.Syms(), V: k.Longs()}
	for _, x := range []k.Value{q("([]v:3 4)"), q("([k:1 2]v:3 4)")} {
		func() {
			defer func() {
				p := recover()
				if _, ok := p.(*k.Error); !ok {
					t.Errorf("%s,(`$())!`long$(): %v, want a q error", qs(x), p)
				}
			}()
			Join(x, rec)
		}()
	}
}

// TestBinMergeMatchesSearch checks bin and binr of many probes by the
// merge walk (binMerge) against the search of each probe (binG), on
// sorted longs (nulls, repeats) and floats (nulls, infinities, -0 and 0),
// probes within, between and beyond them; and that an xs out of order is
// left to the search.
func TestBinMergeMatchesSearch(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	fl := []float64{math.NaN(), math.Inf(-1), -2.5, math.Copysign(0, -1), 0, 1, 1.5, 3, math.Inf(1)}
	for trial := 0; trial < 100; trial++ {
		n := 1 + rng.Intn(2000)
		xj, xf := make([]int64, n), make([]float64, n)
		for i := range xj {
			xj[i] = int64(rng.Intn(50) - 25)
			if rng.Intn(20) == 0 {
				xj[i] = k.NJ
			}
			xf[i] = fl[rng.Intn(len(fl))]
		}
		slices.Sort(xj)
		slices.SortFunc(xf, func(a, b float64) int { return cmp.Compare(keyF64(a), keyF64(b)) })
		m := 256 + rng.Intn(3000)
		yj, yf := make([]int64, m), make([]float64, m)
		for i := range yj {
			yj[i] = int64(rng.Intn(60) - 30)
			yf[i] = fl[rng.Intn(len(fl))]
		}
		for _, right := range []bool{false, true} {
			got, want := binMerge(xj, yj, keyI64, right), binG(xj, yj, cmp.Compare[int64], right, false)
			if got == nil || !slices.Equal(got, want.(*k.Vec[int64]).V) {
				t.Fatalf("trial %d longs right=%v: %v, want %v", trial, right, got, want)
			}
			got, want = binMerge(xf, yf, keyF64, right), binG(xf, yf, func(a, b float64) int { return cmp.Compare(keyF64(a), keyF64(b)) }, right, false)
			if got == nil || !slices.Equal(got, want.(*k.Vec[int64]).V) {
				t.Fatalf("trial %d floats right=%v: %v, want %v", trial, right, got, want)
			}
		}
	}
	xs := []int64{3, 1, 2}
	if binMerge(xs, make([]int64, 300), keyI64, false) != nil {
		t.Fatal("merged an unsorted xs")
	}
}
