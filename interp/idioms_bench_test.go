package interp

import (
	"io"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// idiomSetup builds the data the idiom benchmarks share: a million rows
// or items.
const idiomSetup = "n:1000000;b:n?0b;pairs:flip(n?100;n?100);" +
	"t1:([]a:n?100;b:n?100;c:n?1.0);s1:n?`4;" +
	"k2:2!([]a:raze 100#'til 100;b:10000#til 100;d:10000?1.0);" +
	"k2s:2!([]a:s1;b:t1`a;d:n?1.0);t2:([]a:s1;b:t1`a;c:n?1.0);" +
	"str:string n?`3;"

// benchIdiom times q expression src on the shared data.
func benchIdiom(b *testing.B, src string) { benchIdiomWith(b, "", src) }

// benchIdiomWith times q expression src on the shared data and what q
// expression setup adds to it.
func benchIdiomWith(b *testing.B, setup, src string) {
	in := New(io.Discard)
	if _, err := in.Eval(idiomSetup + setup); err != nil {
		b.Fatal(err)
	}
	benchEval(b, in, src)
}

func BenchmarkIdiomDotEach(b *testing.B) { benchIdiom(b, "(+;-)[b] .' pairs") }
func BenchmarkIdiomLj2(b *testing.B)     { benchIdiom(b, "lj[t2;k2s]") }
func BenchmarkIdiomIj2(b *testing.B)     { benchIdiom(b, "ij[t2;k2s]") }
func BenchmarkIdiomSsr(b *testing.B)     { benchIdiom(b, `ssr[;"a";"b"] each str`) }

// BenchmarkIdiomLj2Go is the baseline of lj on two key columns: a plain
// Go map keyed by (symbol, long) built over a million key rows, then
// probed by a million rows.
func BenchmarkIdiomLj2Go(b *testing.B) {
	type key struct {
		s string
		j int64
	}
	const n = 1000000
	syms := make([]string, n)
	for i := range syms {
		syms[i] = strconv.Itoa(i * 7919 % n)
	}
	for b.Loop() {
		m := make(map[key]int64, n)
		for i := n - 1; i >= 0; i-- {
			m[key{syms[i], int64(i % 100)}] = int64(i)
		}
		out := make([]int64, n)
		for i := range out {
			out[i] = m[key{syms[i], int64(i % 100)}]
		}
		sink = out[n-1]
	}
}

// BenchmarkIdiomSsrGo is the baseline of ssr each: strings.ReplaceAll on
// a million three-letter strings.
func BenchmarkIdiomSsrGo(b *testing.B) {
	const n = 1000000
	strs := make([]string, n)
	for i := range strs {
		strs[i] = string([]byte{byte('a' + i%26), byte('a' + i/26%26), byte('a' + i/676%26)})
	}
	for b.Loop() {
		out := make([]string, n)
		for i, s := range strs {
			out[i] = strings.ReplaceAll(s, "a", "b")
		}
		sink = int64(len(out[n-1]))
	}
}

func BenchmarkIdiomValueStr(b *testing.B) {
	benchIdiom(b, `{value "1+",string x} each til 100000`)
}
func BenchmarkIdiomFby(b *testing.B) { benchIdiom(b, "select from t1 where c=(max;c) fby a") }

// BenchmarkIdiomFbyMany is fby over 100,000 groups.
func BenchmarkIdiomFbyMany(b *testing.B) {
	benchIdiom(b, "t3:update g:n?100000 from t1;select from t3 where c=(max;c) fby g")
}
func BenchmarkIdiomAj(b *testing.B) {
	benchIdiomWith(b, "q:([]a:n?100;time:asc n?10000);tr:`a`time xasc ([]a:n?100;time:n?10000;px:n?1.0)", "aj[`a`time;q;tr]")
}

func BenchmarkIdiomEachBoth(b *testing.B)  { benchIdiom(b, "{x,y}'[t1`a;t1`b]") }
func BenchmarkIdiomFindTable(b *testing.B) { benchIdiom(b, "t1?t1") }

func BenchmarkIdiomSelectBy2(b *testing.B)     { benchIdiom(b, "select sum c by a,b from t1") }
func BenchmarkIdiomDistinctTable(b *testing.B) { benchIdiom(b, "distinct t1") }

func BenchmarkIdiomDictAdd(b *testing.B) { benchIdiom(b, "d:()!(); {d[x]:x} each til 10000") }
func BenchmarkIdiomDictLookup(b *testing.B) {
	benchIdiomWith(b, "ks:`$string til 10000;d:ks!til 10000", "d each ks")
}

// BenchmarkIdiomDictAddGo is the baseline of d[x]:x over til 10000: the
// same linear search for the key, then an append to two slices.
func BenchmarkIdiomDictAddGo(b *testing.B) {
	for b.Loop() {
		var ks, vs []int64
		for x := int64(0); x < 10000; x++ {
			i := slices.Index(ks, x)
			if i < 0 {
				ks, vs = append(ks, x), append(vs, x)
			} else {
				vs[i] = x
			}
		}
		sink = vs[len(vs)-1]
	}
}

// BenchmarkIdiomJoinEachTables is t,'u on two tables of a million rows;
// its baseline BenchmarkIdiomJoinEachTablesFlip joins the same columns as
// dictionaries, flip(flip t),flip u.
func BenchmarkIdiomJoinEachTables(b *testing.B) {
	benchIdiomWith(b, "u:([]d:n?1.0;e:n?10);", "t1,'u")
}

func BenchmarkIdiomJoinEachTablesFlip(b *testing.B) {
	benchIdiomWith(b, "u:([]d:n?1.0;e:n?10);", "flip(flip t1),flip u")
}
