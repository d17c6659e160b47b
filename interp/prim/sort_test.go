package prim

import (
	"math"
	"math/rand/v2"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"qgo/interp/k"
)

func TestSort(t *testing.T) {
	runCases(t, []qcase{
		{"asc 2 1 3 4 2 1 2", "`s#1 1 2 2 2 3 4"},
		{"asc `s#0 1", "`s#0 1"},
		{"a:0 1\nb:a\nasc b\na", "`s#0 1"},
		{"asc (1;1b;\"b\";2009.01.01;\"a\";0)", "`s#(1b;0;1;\"a\";\"b\";2009.01.01)"},
		{"asc (\"bat\";\"dog\";\"cow\";\"cat\")", "`s#(\"bat\";\"cat\";\"cow\";\"dog\")"}, // the sorted attribute, as on vectors (docs/ref/asc.md)
		{"attr asc (\"bat\";\"dog\")", "`s"},
		{"l:asc (\"bat\";\"dog\")\nl[0]:\"zz\"\nattr l", "`"},
		{"asc `a`b`c!2 1 3", "(`b`a`c)!`s#1 2 3"},
		{"asc ([]a:4 3 4;b:`s`a`d)", "+(`a`b)!(`p#3 4 4;`a`d`s)"},
		{"asc ([]a:3 4 1)", "+(,`a)!enlist `s#1 3 4"},
		{"asc 0n 1 -0w 0w 0n 2", "`s#0n 0n -0w 1 2 0w"},
		{"asc 0N 5 -3 0N", "`s#0N 0N -3 5"},
		{"asc `c`a``b", "`s#``a`b`c"},
		{"asc \"hello\"", "`s#\"ehllo\""},
		{"asc 3 1 2h", "`s#1 2 3h"},
		{"asc 3 1 2i", "`s#1 2 3i"},
		{"asc 3 1 2e", "`s#1 2 3e"},
		{"asc 101b", "`s#011b"},
		{"asc 2009.01.03 2009.01.01", "`s#2009.01.01 2009.01.03"},
		{"asc 5", "'type"},
		{"desc 2 1 3 4 2 1 2", "4 3 2 2 2 1 1"},
		{"desc (1;1b;\"b\";2009.01.01;\"a\";0)", "(2009.01.01;\"b\";\"a\";1;0;1b)"},
		{"desc `a`b`c!2 1 3", "(`c`a`b)!3 2 1"},
		{"desc([]a:4 4 1;b:`a`d`s)", "([]a:4 4 1;b:`d`a`s)"},
		{"desc 0n 1 2", "2 1 0n"},
		{"iasc 2 1 3 4 2 1 2", "1 5 0 4 6 2 3"},
		{"iasc `a`b`c!2 3 1", "`c`a`b"},
		{"idesc 2 1 3 4 2 1 2", "3 2 0 4 6 1 5"},
		{"idesc `a`c`b!1 2 3", "`b`c`a"},
		{"<`b`a`c", "1 0 2"},
		{">3 1 2", "0 2 1"},
		{"iasc 1 0.99999999999989997", "1 0"},
		{"iasc ([]a:2 1 2;b:3 4 1)", "1 2 0"},
		{"rank 2 7 3 2 5", "0 4 2 1 3"},
		{"iasc iasc 2 7 3 2 5", "0 4 2 1 3"},
		{"iasc idesc 2 7 3 2 5", "3 0 2 4 1"},
		{"rank `b`a", "1 0"},
	})
}

func TestXascXdesc(t *testing.T) {
	const tt = "t:([]sym:`c`a`b`b`a`c; date:2025.01.01 2025.01.02 2025.01.01 2025.01.02 2025.01.01 2025.01.02; val:1 2 3 4 5 6)\n"
	runCases(t, []qcase{
		{tt + "`date xasc t", "([]sym:`c`b`a`a`b`c; date:`s#2025.01.01 2025.01.01 2025.01.01 2025.01.02 2025.01.02 2025.01.02; val:1 3 5 2 4 6)"},
		{tt + "`sym`date xasc t", "([]sym:`s#`a`a`b`b`c`c; date:2025.01.01 2025.01.02 2025.01.01 2025.01.02 2025.01.01 2025.01.02; val:5 2 3 4 1 6)"},
		{tt + "`date xdesc t", "([]sym:`a`b`c`c`b`a; date:2025.01.02 2025.01.02 2025.01.02 2025.01.01 2025.01.01 2025.01.01; val:2 4 6 1 3 5)"},
		{tt + "`sym`date xdesc t", "([]sym:`c`c`b`b`a`a; date:2025.01.02 2025.01.01 2025.01.02 2025.01.01 2025.01.02 2025.01.01; val:6 1 4 3 2 5)"},
		{tt + "`nope xasc t", "'nope"},
		{"`v xdesc ([k:`a`b]v:1 2)", "([k:`b`a]v:2 1)"},
	})
}

// TestGradeRandom checks the radix grades against sort.SliceStable on
// random data with duplicates and nulls, ascending and descending.
func TestGradeRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{0, 1, 2, 17, 1000, 5000} {
		f := make([]float64, n)
		j := make([]int64, n)
		i32 := make([]int32, n)
		h := make([]int16, n)
		for x := range f {
			f[x] = float64(r.IntN(50)-25) / 4
			if r.IntN(10) == 0 {
				f[x] = math.NaN()
			}
			j[x] = int64(r.IntN(100)) - 50
			if r.IntN(10) == 0 {
				j[x] = k.NJ
			}
			if r.IntN(50) == 0 {
				j[x] = r.Int64()
			}
			i32[x] = int32(r.IntN(1000) - 500)
			h[x] = int16(r.IntN(1000) - 500)
		}
		check := func(name string, x k.Value, less func(a, b int) bool) {
			for _, desc := range []bool{false, true} {
				want := make([]int64, n)
				for p := range want {
					want[p] = int64(p)
				}
				sort.SliceStable(want, func(a, b int) bool {
					if desc {
						return less(int(want[b]), int(want[a]))
					}
					return less(int(want[a]), int(want[b]))
				})
				if got := grade(x, desc); !slices.Equal(got, want) {
					t.Errorf("%s n=%d desc=%v: grade differs", name, n, desc)
				}
			}
		}
		fkey := func(v float64) float64 {
			if v != v {
				return math.Inf(-1) - 1
			}
			return v
		}
		check("float", k.Floats(f...), func(a, b int) bool {
			fa, fb := f[a], f[b]
			if fa != fa {
				return fb == fb
			}
			return fb == fb && fkey(fa) < fkey(fb)
		})
		check("long", k.Longs(j...), func(a, b int) bool { return j[a] < j[b] })
		check("int", k.Ints(k.KI, i32...), func(a, b int) bool { return i32[a] < i32[b] })
		check("short", &k.Vec[int16]{T: k.KH, V: h}, func(a, b int) bool { return h[a] < h[b] })
		asc := Asc(k.Floats(f...)).(*k.Vec[float64]).V
		for x := 1; x < len(asc); x++ {
			if keyF64(asc[x]) < keyF64(asc[x-1]) {
				t.Fatalf("asc floats not sorted at %d", x)
			}
		}
		ascJ := Asc(k.Longs(j...)).(*k.Vec[int64]).V
		if !slices.IsSorted(ascJ) {
			t.Fatalf("asc longs not sorted")
		}
		descJ := Desc(k.Longs(j...)).(*k.Vec[int64]).V
		slices.Reverse(descJ)
		if !slices.Equal(descJ, ascJ) {
			t.Fatalf("desc longs is not reverse asc")
		}
	}
}

// TestGradeSymbolsByRank checks the grade of a symbol column with many
// repeats (ranked, then radix sorted) against the stable sort by string
// comparison, ascending and descending, ties in their first order.
func TestGradeSymbolsByRank(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{64, 100, 1000, 5000} {
		for _, distinct := range []int{1, 2, 7, n / 8} {
			v := make([]string, n)
			for i := range v {
				v[i] = "s" + strconv.Itoa(r.IntN(max(distinct, 1))*7919%1000)
			}
			if _, ok := symRanks(v); !ok {
				t.Fatalf("n %d, %d distinct: not ranked", n, distinct)
			}
			for _, desc := range []bool{false, true} {
				got := grade(k.Syms(v...), desc)
				want := gradeFunc(n, func(a, b int64) int { return strings.Compare(v[a], v[b]) }, desc)
				if !slices.Equal(got, want) {
					t.Errorf("n %d, %d distinct, desc %v: grade differs from the stable sort", n, distinct, desc)
				}
			}
		}
	}
}
