package interp

import (
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"testing"

	"qgo/interp/k"
)

// The benchmarks of issue 11: a database of 10 date partitions of
// `trade` (sym price size), 10,000,000 rows each unless QGO_HDB_ROWS says
// fewer, written once into a temporary directory by Go (as .Q.dpft lays
// it out: sym sorted and enumerated against the database's sym file):
//
//	go test ./interp -run X -bench HDB -benchtime 10x
//
// load is `\l db` (its resident memory growth reported as rss-MB), count
// is `count trade`, countby `select count i by date from trade`, part is `select sum size by sym from trade where
// date=d` on one partition, mem the same query on that partition's rows
// as an in-memory table, its baseline; all is the query over every
// partition (combined by map-reduce, so about parts times part).
func BenchmarkHDB(b *testing.B) {
	rows := 10_000_000
	if s := os.Getenv("QGO_HDB_ROWS"); s != "" {
		rows, _ = strconv.Atoi(s)
	}
	const parts, nsym = 10, 100
	dir := b.TempDir()
	syms := make([]string, nsym)
	for i := range syms {
		syms[i] = "s" + strconv.Itoa(i)
	}
	b.Logf("building %d partitions x %d rows in %s", parts, rows, dir)
	writeFile := func(p string, v k.Value) {
		data, err := k.EncodeFile(v)
		if err != nil {
			b.Fatal(err)
		}
		if err := os.MkdirAll(filepath.Dir(p), 0o777); err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o666); err != nil {
			b.Fatal(err)
		}
	}
	writeFile(filepath.Join(dir, "sym"), k.Syms(syms...))
	idx := make([]int64, rows)
	price := make([]float64, rows)
	size := make([]int64, rows)
	for r := range idx {
		idx[r] = int64(r * nsym / rows) // sorted on sym, as .Q.dpft sorts
		price[r] = float64(r%1000) / 10
		size[r] = int64(r%500 + 1)
	}
	for p := 0; p < parts; p++ {
		d := filepath.Join(dir, partString("date", int32(9800+p)), "trade")
		writeFile(filepath.Join(d, "sym"), &k.Enum{Dom: "sym", V: idx})
		writeFile(filepath.Join(d, "price"), &k.Vec[float64]{T: k.KF, V: price})
		writeFile(filepath.Join(d, "size"), k.Longs(size...))
		writeFile(filepath.Join(d, ".d"), k.Syms("sym", "price", "size"))
	}
	last := partString("date", 9800+parts-1)
	wd, _ := os.Getwd()
	b.Cleanup(func() { os.Chdir(wd) })
	in := New(io.Discard)
	eval := func(src string) k.Value {
		v, err := in.Eval(src)
		if err != nil {
			b.Fatal(src, ": ", err)
		}
		return v
	}
	b.Run("load", func(b *testing.B) {
		runtime.GC()
		debug.FreeOSMemory()
		before := rss()
		for b.Loop() {
			eval(`\l ` + dir)
		}
		b.ReportMetric(float64(rss()-before)/(1<<20), "rss-MB")
	})
	eval(`\l ` + dir)
	b.Run("count", func(b *testing.B) {
		for b.Loop() {
			eval("count trade")
		}
	})
	b.Run("countby", func(b *testing.B) {
		for b.Loop() {
			eval("select count i by date from trade")
		}
	})
	q := "select sum size by sym from trade where date=" + last
	want := eval(q)
	b.Run("part", func(b *testing.B) {
		for b.Loop() {
			eval(q)
		}
	})
	b.Run("all", func(b *testing.B) { // every partition: map-reduced, about parts × part
		for b.Loop() {
			eval("select sum size by sym from trade")
		}
	})
	mem := &k.Table{Cols: k.Syms("sym", "price", "size"), Data: []k.Value{
		&k.Enum{Dom: "sym", V: append([]int64{}, idx...), Env: domains{in}},
		&k.Vec[float64]{T: k.KF, V: append([]float64{}, price...)},
		k.Longs(append([]int64{}, size...)...),
	}}
	in.Set("mem", mem)
	mq := "select sum size by sym from mem"
	if got := eval(mq); in.Show(got) != in.Show(want) {
		b.Fatalf("in memory:\n%s\npartitioned:\n%s", in.Show(got), in.Show(want))
	}
	b.Run("mem", func(b *testing.B) {
		for b.Loop() {
			eval(mq)
		}
	})
}

// rss is the process's resident memory in bytes.
func rss() int64 {
	b, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return 0
	}
	f := strings.Fields(string(b))
	if len(f) < 2 {
		return 0
	}
	n, _ := strconv.ParseInt(f[1], 10, 64)
	return n * int64(os.Getpagesize())
}
