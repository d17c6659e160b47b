package interp

import (
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"strconv"
	"strings"
	"testing"
	"time"

	"qgo/interp/k"
)

// mapsOf counts the lines of /proc/self/maps naming the file at p: the
// system's own count of its mappings (-1 where there is no /proc).
func mapsOf(t *testing.T, p string) int {
	t.Helper()
	b, err := os.ReadFile("/proc/self/maps")
	if err != nil {
		return -1
	}
	abs, _ := filepath.Abs(p)
	n := 0
	for l := range strings.Lines(string(b)) {
		if strings.HasSuffix(strings.TrimRight(l, "\n"), " "+abs) {
			n++
		}
	}
	return n
}

// mappedNow reports whether a mapping of the file at p is live in qgo's
// own table of mappings.
func mappedNow(p string) bool {
	abs, _ := filepath.Abs(p)
	mapMu.Lock()
	defer mapMu.Unlock()
	for key, e := range mappings {
		if key.path == abs && e.bytes() != nil {
			return true
		}
	}
	return false
}

// releasedNow reports whether qgo has forgotten every mapping of the file
// at p: the last step of a release, after the mapping is gone from the
// process and from the count. (A mapping stops being live, for mappedNow,
// when the collector finds its object unreachable, before the finalizer
// that unmaps it has run.)
func releasedNow(p string) bool {
	abs, _ := filepath.Abs(p)
	mapMu.Lock()
	defer mapMu.Unlock()
	for key := range mappings {
		if key.path == abs {
			return false
		}
	}
	return true
}

// collectUntil collects garbage, letting finalizers run, until cond holds;
// it fails the test when cond does not hold within a generous bound.
func collectUntil(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("%s: still not so after 30 s of collections", what)
		}
		runtime.GC()
		time.Sleep(5 * time.Millisecond) // the finalizer goroutine's turn
	}
}

// collect runs a few collections, with their finalizers: whatever nothing
// refers to is released by then, in practice.
func collect() {
	for range 4 {
		runtime.GC()
		time.Sleep(5 * time.Millisecond)
	}
}

// TestMappingReleased maps the columns of a splayed table, drops every
// reference to them, and sees the mappings go: from the system's list of
// the process's mappings, from qgo's table of them, and from its count.
func TestMappingReleased(t *testing.T) {
	_, run := fileSession(t)
	expect(t, run, [][2]string{
		{"`:db/t/ set ([]a:1+til 1000000;b:1000000#1.5)", "`:db/t/"},
		{"t:get `:db/t/", ""},
		{"sum t`a", "500000500000"},
		{"0<.Q.w[]`mmap", "1b"},
	})
	if !mappedNow("db/t/a") || !mappedNow("db/t/b") {
		t.Fatal("the columns of t are not mapped")
	}
	if runtime.GOOS == "linux" {
		if a, b := mapsOf(t, "db/t/a"), mapsOf(t, "db/t/b"); a != 1 || b != 1 {
			t.Fatalf("/proc/self/maps lists db/t/a %d times, db/t/b %d times; want 1 each", a, b)
		}
	}
	live := mapLive.Load()
	if runtime.GOOS != "windows" && live < 2 {
		t.Fatalf("%d mappings counted, want 2 at least", live)
	}
	// a second reference shares the mapping
	expect(t, run, [][2]string{
		{"u:get `:db/t/", ""},
		{"u~t", "1b"},
	})
	if runtime.GOOS == "linux" && mapsOf(t, "db/t/a") != 1 {
		t.Fatalf("a second get mapped db/t/a again")
	}
	expect(t, run, [][2]string{
		{"delete t,u from `.", "`."},
		{"1+1", "2"},
	})
	collectUntil(t, "mappings of t released", func() bool {
		return releasedNow("db/t/a") && releasedNow("db/t/b")
	})
	if runtime.GOOS == "linux" {
		if a, b := mapsOf(t, "db/t/a"), mapsOf(t, "db/t/b"); a != 0 || b != 0 {
			t.Errorf("after release /proc/self/maps lists db/t/a %d times, db/t/b %d times", a, b)
		}
	}
	if n := mapLive.Load(); runtime.GOOS != "windows" && n > live-2 {
		t.Errorf("%d mappings counted after release, %d before", n, live)
	}
	// mapped again, the file reads the same
	expect(t, run, [][2]string{
		{"sum get[`:db/t/]`a", "500000500000"},
	})
}

// TestGetMapsVectorFile: get of a vector file maps it as a column is
// mapped (docs/ref/get.md: "read or memory-map"), rather than reading
// it whole: nano's random-read test gets an 800 MB file per block; and
// a file whose items cannot be mapped (a general list) is read as before.
func TestGetMapsVectorFile(t *testing.T) {
	_, run := fileSession(t)
	expect(t, run, [][2]string{
		{"`:v set 1+til 100000", "`:v"},
		{"sym:`a`b", ""},
		{"`:e set `sym$`a`b`a", "`:e"},
		{"`:g set (1 2;`x)", "`:g"},
		{"v:get `:v", ""},
		{"sum v", "5000050000"},
		{"e:get `:e", ""},
		{"e", "`sym$`a`b`a"},
		{"get `:g", "1 2\n`x"},
	})
	if !mappedNow("v") || !mappedNow("e") {
		t.Fatal("get did not map the files v and e")
	}
	if mappedNow("g") {
		t.Error("get mapped the general list g")
	}
}

// TestMappedDerivedValues keeps values made from mapped columns in every
// way that may share their items (slices, sorts, joins, attributes, a
// serialization, a selection, an each, a peach) while the columns
// themselves are dropped and garbage collected: the values must read as
// they did. Then, with them dropped too, the mapping goes.
func TestMappedDerivedValues(t *testing.T) {
	_, run := fileSession(t)
	expect(t, run, [][2]string{
		{"`:db/t/ set ([]a:1+til 1000000;f:0.5+til 1000000)", "`:db/t/"},
		{"t:get `:db/t/", ""},
		{"m:([]a:1+til 1000000;f:0.5+til 1000000)", ""}, // the same in memory
	})
	// T is the table; none of these is its own columns' vector (whose header
	// would keep them, mapped or not)
	derived := []string{
		"100 sublist 500000 _ T`a",
		"200000 _ T`a",
		"-300000#T`f",
		"10#T`a",
		"T[`a] 7 70 700000",
		"T[`a] where 0=T[`a] mod 100000",
		"raze (5#T`a;-5#T`f)",
		"T[`a],T`a",
		"`s#1000#T`a",
		"asc -10#T`a",
		"-8!10#T",
		"select from T where a within 10 20",
		"exec f from T where a>999990",
		"first each 3 cut 9#T`a",
		"{x} peach 5#T`a",
		"250000 100 sublist T`f",
	}
	for i, d := range derived {
		run("d" + strconv.Itoa(i) + ":" + strings.ReplaceAll(d, "T", "t"))
	}
	run("delete t from `.")
	collect()
	for i, d := range derived {
		if got := run("d" + strconv.Itoa(i) + "~" + strings.ReplaceAll(d, "T", "m")); got != "1b" {
			t.Errorf("%s, made from a mapped column, after collections: ~ its in-memory self gave %s", d, got)
		}
	}
	var ds []string
	for i := range derived {
		ds = append(ds, "d"+strconv.Itoa(i))
	}
	run("delete " + strings.Join(ds, ",") + " from `.")
	collectUntil(t, "mappings released once the derived values went", func() bool {
		return releasedNow("db/t/a") && releasedNow("db/t/f")
	})
}

// TestMappedPartitionReload selects from a partitioned table, ends the
// day (a new partition, `\l .`) and drops the table's old values: what
// was selected stays as it was, and the old day's mappings go once
// nothing refers to them.
func TestMappedPartitionReload(t *testing.T) {
	_, run := fileSession(t)
	expect(t, run, [][2]string{
		{"trade:([]sym:100000#`a`b`c;size:til 100000)", ""},
		{"want:`sym xasc trade", ""}, // as .Q.dpft lays it out
		{".Q.dpft[`:db;2026.01.01;`sym;`trade]", "`trade"},
		{`\l db`, ""},
		{"p:select from trade where date=2026.01.01", ""},
		{"x:exec size from trade where date=2026.01.01", ""},
		{"s:-8!select sym,size from trade where date=2026.01.01", ""},
	})
	col := "2026.01.01/trade/size"
	if !mappedNow(col) {
		t.Fatal("the size column is not mapped")
	}
	expect(t, run, [][2]string{
		{"trade:([]sym:50000#`c`d;size:50000#7)", ""},
		{".Q.dpft[`:.;2026.01.02;`sym;`trade]", "`trade"},
		{`\l .`, ""},
		{"select count i by date from trade", "date      | x     \n----------| ------\n2026.01.01| 100000\n2026.01.02| 50000 "},
	})
	collect()
	expect(t, run, [][2]string{
		{"x~want`size", "1b"},
		{"(p`size)~want`size", "1b"},
		{"(`symbol$p`sym)~want`sym", "1b"},
		{"(-9!s)~want", "1b"},
		{"delete p,x,s from `.", "`."},
		{"exec sum size from trade where date=2026.01.02", "350000"},
	})
	collectUntil(t, "the old day's mappings released", func() bool { return releasedNow(col) })
	if runtime.GOOS == "linux" && mapsOf(t, col) != 0 {
		t.Errorf("/proc/self/maps still lists %s", col)
	}
}

// TestMappedAmendCopies amends mapped columns in every way q offers: the
// amended values change, the file and every other reference to the
// mapping do not.
func TestMappedAmendCopies(t *testing.T) {
	_, run := fileSession(t)
	expect(t, run, [][2]string{
		{"`:db/t/ set ([]a:til 100000)", "`:db/t/"},
	})
	before, err := os.ReadFile("db/t/a")
	if err != nil {
		t.Fatal(err)
	}
	expect(t, run, [][2]string{
		{"t:get `:db/t/", ""},
		{"u:get `:db/t/", ""},
		{"v:t`a", ""},
		{"v[0]:-1", ""},
		{"t[`a;1]:-2", ""},
		{"update a:a+1 from `t", "`t"},
		{"@[`u;`a;neg]", "`u"},
		{"w:get `:db/t/a", ""},
		{"w,:5", ""},
		{".[`w;enlist 2;:;-3]", "`w"},
		{"5#v", "-1 1 2 3 4"},
		{"5#t`a", "1 -1 3 4 5"},
		{"5#u`a", "0 -1 -2 -3 -4"},
		{"5#w", "0 1 -3 3 4"},
		{"last w", "5"},
		{"5#get[`:db/t/]`a", "0 1 2 3 4"},
	})
	if !mappedNow("db/t/a") {
		t.Error("db/t/a is not mapped")
	}
	after, err := os.ReadFile("db/t/a")
	if err != nil {
		t.Fatal(err)
	}
	if string(after) != string(before) {
		t.Error("amending a mapped column changed its file")
	}
}

// TestMappedPacing holds a large mapped column and checks that Go's
// collector is paced on the rest of the heap: the next collection comes
// after the heap less the mapped bytes has grown by GOGC percent, not
// after as much garbage as there are bytes mapped.
func TestMappedPacing(t *testing.T) {
	if runtime.GOOS == "windows" || gogc() != 100 {
		t.Skip("no mapping here, or GOGC set")
	}
	if w := k.Workspace(); w > 0 { // a -w limit another test set
		k.SetWorkspace(0)
		t.Cleanup(func() { k.SetWorkspace(w) })
	}
	_, run := fileSession(t)
	expect(t, run, [][2]string{
		{"`:db/t/ set ([]a:til 16000000)", "`:db/t/"}, // 128 MB
		{"t:get `:db/t/", ""},
		{"sum t`a", "127999992000000"},
	})
	var m runtime.MemStats
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	// the pacing follows each collection
	collectUntil(t, "the collector paced on the heap less the mapping", func() bool {
		runtime.ReadMemStats(&m)
		metrics.Read(s)
		live, mapped := int64(s[0].Value.Uint64()), k.Mapped()
		goal := int64(m.NextGC)
		t.Logf("live %d MB, mapped %d MB, next collection at %d MB", live>>20, mapped>>20, goal>>20)
		// unpaced, the goal is twice the live heap, mapped bytes and all
		return mapped >= 120<<20 && goal < 2*live-mapped/2
	})
	expect(t, run, [][2]string{{"count t`a", "16000000"}})
}
