package interp

import (
	"io"
	"testing"

	"qgo/interp/k"
)

// The benchmarks below are the relatives of BenchmarkInsertRow that real
// tick code uses (kdb-tick's r.q and u.q, TorQ's rdb): each appends a
// million records, or 100,000 batches of ten, to a global table, beside
// the plain Go work that does the same (slices grown by append, a map
// from key to row for a keyed table), so each append must cost amortised
// constant time: no copy of a whole column, no index rebuilt per call.

// insN is how many records each benchmark appends.
const insN = 1_000_000

// benchInsert evaluates setup once, then src beside base.
func benchInsert(b *testing.B, setup, src string, base func()) {
	b.Helper()
	in := New(io.Discard)
	if _, err := in.Eval(setup); err != nil {
		b.Fatal(err)
	}
	benchRatio(b, in, src, base)
}

// BenchmarkUpsertUpd is a subscriber's upd:{x upsert y}.
func BenchmarkUpsertUpd(b *testing.B) {
	benchInsert(b, "upd:{x upsert y}", "t:([]a:0#0;b:0#0f);do[1000000;upd[`t;(1;2f)]]", appendColumnsGo)
}

// BenchmarkInsertUpdVerb is .u.upd-style upd:insert, the verb itself.
func BenchmarkInsertUpdVerb(b *testing.B) {
	benchInsert(b, "upd:insert", "t:([]a:0#0;b:0#0f);do[1000000;upd[`t;(1;2f)]]", appendColumnsGo)
}

// BenchmarkInsertBracket is insert[`t;(1;2f)], the keyword applied with
// brackets.
func BenchmarkInsertBracket(b *testing.B) {
	benchInsert(b, "", "t:([]a:0#0;b:0#0f);do[1000000;insert[`t;(1;2f)]]", appendColumnsGo)
}

// BenchmarkUpsertRow is `t upsert (1;2f).
func BenchmarkUpsertRow(b *testing.B) {
	benchInsert(b, "", "t:([]a:0#0;b:0#0f);do[1000000;`t upsert (1;2f)]", appendColumnsGo)
}

// BenchmarkInsertGrouped is inserts into a table whose sym column has
// the grouped attribute, as kdb-tick's r.q keeps it.
func BenchmarkInsertGrouped(b *testing.B) {
	benchInsert(b, "", "t:([]s:`g#`symbol$();b:0#0f);i:0;do[1000000;`t insert (`a`b`c`d i mod 4;2f);i+:1]", func() {
		var s []string
		var f []float64
		g := map[string][]int{}
		syms := []string{"a", "b", "c", "d"}
		for i := 0; i < insN; i++ {
			x := syms[i%4]
			g[x] = append(g[x], len(s))
			s = append(s, x)
			f = append(f, 2)
		}
		sink = int64(len(s) + len(f) + len(g))
	})
}

// BenchmarkInsertUnique is inserts of new values into a column with the
// unique attribute.
func BenchmarkInsertUnique(b *testing.B) {
	benchInsert(b, "", "t:([]a:`u#0#0;b:0#0f);i:0;do[1000000;`t insert (i;2f);i+:1]", keyedGo(false))
}

// BenchmarkInsertUniqueShuffled is inserts of new values in random order
// into a column with the unique attribute (no ascending shortcut: each
// is looked up in the column's index), beside a Go map from value to row.
func BenchmarkInsertUniqueShuffled(b *testing.B) {
	in := New(io.Discard)
	if _, err := in.Eval("p:neg[1000000]?1000000"); err != nil {
		b.Fatal(err)
	}
	pv, _ := in.Get("p")
	p := pv.(*k.Vec[int64]).V
	benchRatio(b, in, "t:([]a:`u#0#0;b:0#0f);i:0;do[1000000;`t insert (p i;2f);i+:1]", func() {
		idx := map[int64]int{}
		var ks []int64
		var vs []float64
		for _, x := range p {
			if _, ok := idx[x]; ok {
				continue
			}
			idx[x] = len(ks)
			ks = append(ks, x)
			vs = append(vs, 2)
		}
		sink = int64(len(ks) + len(vs))
	})
}

// BenchmarkInsertBatch is 100,000 inserts of ten rows each.
func BenchmarkInsertBatch(b *testing.B) {
	benchInsert(b, "a:til 10;f:10#2f", "t:([]a:0#0;b:0#0f);do[100000;`t insert (a;f)]", appendBatchGo)
}

// BenchmarkUpsertTable is 100,000 upserts of a table of ten rows.
func BenchmarkUpsertTable(b *testing.B) {
	benchInsert(b, "x:([]a:til 10;b:10#2f)", "t:([]a:0#0;b:0#0f);do[100000;`t upsert x]", appendBatchGo)
}

// BenchmarkJoinTable is 100,000 appends t,:x of a table of ten rows.
func BenchmarkJoinTable(b *testing.B) {
	benchInsert(b, "x:([]a:til 10;b:10#2f)", "t:([]a:0#0;b:0#0f);do[100000;t,:x]", appendBatchGo)
}

// appendBatchGo is the baseline of the batch appends: ten longs and ten
// floats appended to two slices 100,000 times.
func appendBatchGo() {
	a, f := make([]int64, 10), make([]float64, 10)
	var ca []int64
	var cf []float64
	for i := 0; i < insN/10; i++ {
		ca = append(ca, a...)
		cf = append(cf, f...)
	}
	sink = int64(len(ca) + len(cf))
}

// BenchmarkUpsertKeyedNew is `kt upsert (k;v) with a new key each time.
func BenchmarkUpsertKeyedNew(b *testing.B) {
	benchInsert(b, "", "kt:([k:`long$()] v:`float$());i:0;do[1000000;`kt upsert (i;2f);i+:1]", keyedGo(false))
}

// BenchmarkUpsertKeyedOld is `kt upsert (k;v) with keys already there.
func BenchmarkUpsertKeyedOld(b *testing.B) {
	benchInsert(b, "", "kt:([k:til 1000] v:1000#0f);i:0;do[1000000;`kt upsert (i mod 1000;2f);i+:1]", keyedGo(true))
}

// BenchmarkJoinKeyedNew is kt,:(k;v) with a new key each time.
func BenchmarkJoinKeyedNew(b *testing.B) {
	benchInsert(b, "", "kt:([k:`long$()] v:`float$());i:0;do[1000000;kt,:(i;2f);i+:1]", keyedGo(false))
}

// BenchmarkJoinKeyedOld is kt,:(k;v) with keys already there.
func BenchmarkJoinKeyedOld(b *testing.B) {
	benchInsert(b, "", "kt:([k:til 1000] v:1000#0f);i:0;do[1000000;kt,:(i mod 1000;2f);i+:1]", keyedGo(true))
}

// BenchmarkUpsertKeyed2New is 100,000 `kt upsert (k;s;v) with new keys
// into a table keyed by two columns (a long and a symbol), beside a Go
// map from the pair of keys to the row. It was a join per record, the
// square of the table's size (20,000 records: 26 s).
func BenchmarkUpsertKeyed2New(b *testing.B) {
	benchInsert(b, "", "kt:([a:`long$();b:`symbol$()] v:`float$());i:0;do[100000;`kt upsert (i;`x;2f);i+:1]", func() {
		type key struct {
			a int64
			b string
		}
		idx := map[key]int{}
		var as []int64
		var bs []string
		var vs []float64
		for i := 0; i < insN/10; i++ {
			x := key{int64(i), "x"}
			if r, ok := idx[x]; ok {
				vs[r] = 2
				continue
			}
			idx[x] = len(as)
			as, bs, vs = append(as, x.a), append(bs, x.b), append(vs, 2)
		}
		sink = int64(len(as) + len(bs) + len(vs))
	})
}

// BenchmarkUpsertKeyedTable is 100,000 upserts of a keyed table of ten
// rows, half of their keys new, into a keyed table, as a "last value"
// table takes select last by sym from each batch.
func BenchmarkUpsertKeyedTable(b *testing.B) {
	benchInsert(b, "", "kt:([k:`long$()] v:`float$());i:0;do[100000;`kt upsert ([k:(5*i)+til 10] v:10#2f);i+:1]", func() {
		idx := map[int64]int{}
		var ks []int64
		var vs []float64
		for i := 0; i < insN/10; i++ {
			for j := 0; j < 10; j++ {
				x := int64(5*i + j)
				if r, ok := idx[x]; ok {
					vs[r] = 2
					continue
				}
				idx[x] = len(ks)
				ks = append(ks, x)
				vs = append(vs, 2)
			}
		}
		sink = int64(len(ks) + len(vs))
	})
}

// keyedGo is the baseline of the keyed appends: a map from key to row
// beside a key and a value slice, a million records with new keys, or
// (old) keys 0..999 over and over.
func keyedGo(old bool) func() {
	return func() {
		idx := map[int64]int{}
		var ks []int64
		var vs []float64
		for i := 0; i < insN; i++ {
			x := int64(i)
			if old {
				x %= 1000
			}
			if r, ok := idx[x]; ok {
				vs[r] = 2
				continue
			}
			idx[x] = len(ks)
			ks = append(ks, x)
			vs = append(vs, 2)
		}
		sink = int64(len(ks) + len(vs))
	}
}

// BenchmarkInsertEnumRecord is `t insert y and t,:y of a record of
// enumerated atoms, as k4unit's sp.csv repeats on sp.q's shipments.
func BenchmarkInsertEnumRecord(b *testing.B) {
	benchInsert(b, "s:`s1`s2;y:(`s$`s1;2f)",
		"t:([]a:`s$();b:0#0f);do[500000;`t insert y];do[500000;t,:y]", appendColumnsGo)
}
