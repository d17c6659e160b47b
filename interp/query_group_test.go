package interp

import (
	"io"
	"math"
	"math/rand"
	"runtime"
	"strings"
	"testing"

	"qgo/interp/k"
	"qgo/interp/prim"
)

// TestSelectByDense checks the one-pass grouped aggregation against the
// general path (which gathers each group and applies the keyword) on
// random tables with nulls, negative keys and few or many groups.
func TestSelectByDense(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	in := New(io.Discard)
	for trial := 0; trial < 40; trial++ {
		n := 1 + r.Intn(300)
		span := int64(1 + r.Intn(50))
		ks := make([]int64, n)
		js := make([]int64, n)
		fs := make([]float64, n)
		for i := range ks {
			ks[i] = r.Int63n(span) - span/2
			js[i] = r.Int63n(1000) - 500
			fs[i] = r.NormFloat64() * 1e3
			if r.Intn(7) == 0 {
				js[i] = k.NJ
			}
			if r.Intn(7) == 0 {
				fs[i] = math.NaN()
			}
		}
		in.Set("t", &k.Table{Cols: k.Syms("k", "j", "f"), Data: []k.Value{k.Longs(ks...), k.Longs(js...), k.Floats(fs...)}})
		for _, agg := range []string{"sum", "avg", "min", "max", "first", "last", "count"} {
			for _, col := range []string{"j", "f"} {
				fast := "select " + agg + " " + col + ", c:count i by k from t"
				slow := "select " + agg + " (" + col + "), c:count (i) by k from t"
				a, err1 := in.Eval(fast)
				b, err2 := in.Eval(slow)
				if err1 != nil || err2 != nil {
					t.Fatalf("%s: %v / %v", fast, err1, err2)
				}
				if !prim.Match(a, b) {
					t.Fatalf("%s differs from the general path:\n%s\n%s", fast, in.Show(a), in.Show(b))
				}
			}
		}
	}
}

// TestWhereIndexPastRows gives a where constraint an index list that
// reaches past the rows an earlier constraint kept: a row past the table
// (a null row, as indexing gives) or nothing deleted, never a Go panic.
func TestWhereIndexPastRows(t *testing.T) {
	in := session(t, "t:([]a:1 2 3;b:`x`y`z)")
	for src, want := range map[string]string{
		"count select from t where a>1, 0 5": "2",
		"exec a from t where a>1, 0 5":       "2 0N",
		"count delete from t where a>1, 0 5": "2",
		"count delete from t where 5":        "3",
		"count delete from t where -1 0":     "2",
	} {
		if got := evalText(t, in, src); got != want {
			t.Errorf("q)%s: %q, want %q", src, got, want)
		}
	}
}

// TestExecDictOfTable execs from a dictionary whose values are a table
// (not one value per key): a q error, not a Go index panic; a dictionary
// of one value per key still execs.
func TestExecDictOfTable(t *testing.T) {
	in := session(t)
	if got := evalText(t, in, "exec b from `a`b!([]x:1 2)"); got != "'type" {
		t.Errorf("exec from a dictionary of a table: %q, want 'type", got)
	}
	if got := evalText(t, in, "exec b from `a`b!1 2"); got != "2" {
		t.Errorf("exec b from `a`b!1 2: %q, want 2", got)
	}
}

// TestWhereGathersNamedColumns checks that a where constraint after the
// first gathers, at the rows kept so far, only the columns it names, as
// do the select's columns at the rows kept in the end: the same query
// over a table of ten more columns allocates what it allocates over the
// two columns alone (gathering every column for each constraint and for
// the result's columns allocated 2.6 times as much).
func TestWhereGathersNamedColumns(t *testing.T) {
	in := session(t, "n:200000;narrow:([]a:til n;b:n?100)")
	evalText(t, in, "wide:narrow,'flip (`$\"c\",/:string til 10)!10#enlist n?1.0")
	allocated := func(src string) int64 {
		var m0, m1 runtime.MemStats
		runtime.ReadMemStats(&m0)
		got := evalText(t, in, src)
		runtime.ReadMemStats(&m1)
		if want := evalText(t, in, strings.ReplaceAll(src, "wide", "narrow")); got != want {
			t.Fatalf("q)%s: %q, over the two columns alone %q", src, got, want)
		}
		return k.Allocated(&m1) - k.Allocated(&m0)
	}
	for _, q := range []string{
		"select count i from %s where a<100000, (a mod 2)=0",
		"select sum b from %s where a<100000, (a mod 2)=0, b>=0",
	} {
		narrow := allocated(strings.ReplaceAll(q, "%s", "narrow"))
		wide := allocated(strings.ReplaceAll(q, "%s", "wide"))
		t.Logf("%s: narrow %d bytes, wide %d", q, narrow, wide)
		if float64(wide) > 1.25*float64(narrow) {
			t.Errorf("%s over ten more columns allocated %d bytes, %.1f times the two columns' %d: the constraints gathered columns they do not name",
				q, wide, float64(wide)/float64(narrow), narrow)
		}
	}
}
