package interp

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"testing"

	"qgo/interp/k"
)

// TestDatabaseTranscripts replays testdata/db/*.q, each a fresh session
// in its own empty directory, which the transcript fills with a database
// (`\l` changes the working directory, so these do not run in parallel).
func TestDatabaseTranscripts(t *testing.T) {
	files, _ := filepath.Glob("testdata/db/*.q")
	if len(files) == 0 {
		t.Fatal("no transcripts in testdata/db")
	}
	for _, path := range files {
		abs, _ := filepath.Abs(path)
		t.Run(filepath.Base(path), func(t *testing.T) {
			t.Chdir(t.TempDir()) // each database is built in a directory of its own
			replayTranscript(t, abs)
		})
	}
}

// TestDatabaseFileBytes checks the files .Q.dpft writes byte for byte:
// the sym domain and .d as `set` writes a symbol vector (ff 01, then the
// -8! body), a fixed-width column in the fe 20 form, and an enumerated
// column in the fd 20 form (a 4096-byte page naming its domain, a vector
// descriptor at 4080 carrying the sort column's `p#, then the indices as
// longs; kdb+ appends the parted index after them, in a layout KX does
// not document, which qgo does not write).
func TestDatabaseFileBytes(t *testing.T) {
	_, run := fileSession(t)
	expect(t, run, [][2]string{
		{"t:([]s:`b`a`b;v:1 2 3i)", ""},
		{".Q.dpft[`:db;2026.01.02;`s;`t]", "`t"},
	})
	check := func(name string, want []byte) {
		t.Helper()
		got, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s:\n got %x\nwant %x", name, got, want)
		}
	}
	check("db/sym", []byte("\xff\x01\x0b\x00\x02\x00\x00\x00b\x00a\x00"))
	check("db/2026.01.02/t/.d", []byte("\xff\x01\x0b\x00\x02\x00\x00\x00s\x00v\x00"))
	check("db/2026.01.02/t/v", []byte("\xfe\x20\x06\x00\x00\x00\x00\x00\x03\x00\x00\x00\x00\x00\x00\x00\x02\x00\x00\x00\x01\x00\x00\x00\x03\x00\x00\x00"))
	enum := make([]byte, 4096+24)
	copy(enum, "\xfd\x20")
	copy(enum[16:], "sym")
	// the attribute byte (4083) is p: dpft ends @[d;f;`p#] (docs/wp/foreign-keys.md)
	copy(enum[4080:], "\xfd\x00\x14\x03\x00\x00\x00\x00\x03")
	copy(enum[4096:], "\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00")
	check("db/2026.01.02/t/s", enum)
}

// TestAppendFileInPlace: .[`:f;();,;y] on a vector or enumeration file
// writes y's items after the last one and raises the header's count in
// the same file (no rewrite of what is there, the cost nano's append
// benchmark measures), a vector mapped before keeps its items, and a file
// this cannot extend (another type, a general list) is written as before.
func TestAppendFileInPlace(t *testing.T) {
	_, run := fileSession(t)
	expect(t, run, [][2]string{
		{"`:v set 1 2 3i", "`:v"},
		{"m:get`:v", ""},
	})
	before, err := os.Stat("v")
	if err != nil {
		t.Fatal(err)
	}
	expect(t, run, [][2]string{
		{".[`:v;();,;4 5i]", "`:v"},
		{"m", "1 2 3i"},
		{"get`:v", "1 2 3 4 5i"},
		{".[`:v;();,;1 2]", "'type"},
		{"sym:`a`b`c", ""},
		{"`:e set `sym$`b`a", "`:e"},
		{".[`:e;();,;`sym$`c`c`a]", "`:e"},
		{"get`:e", "`sym$`b`a`c`c`a"},
		{"`:g set (1 2;3)", "`:g"},
		{".[`:g;();,;enlist 4 5]", "`:g"},
		{"get`:g", "1 2\n3\n4 5"},
	})
	after, err := os.Stat("v")
	if err != nil {
		t.Fatal(err)
	}
	if !os.SameFile(before, after) {
		t.Error("the append replaced the file rather than extending it")
	}
	got, _ := os.ReadFile("v")
	want := []byte("\xfe\x20\x06\x00\x00\x00\x00\x00\x05\x00\x00\x00\x00\x00\x00\x00" +
		"\x01\x00\x00\x00\x02\x00\x00\x00\x03\x00\x00\x00\x04\x00\x00\x00\x05\x00\x00\x00")
	if !bytes.Equal(got, want) {
		t.Errorf("v:\n got %x\nwant %x", got, want)
	}
	e, _ := os.ReadFile("e")
	if len(e) != 4096+5*8 || e[4088] != 5 {
		t.Errorf("e: %d bytes, count %d; want 4136 bytes, count 5", len(e), e[4088])
	}
}

// TestForceResident: -23!x reads the pages of a mapped file's vector and
// of a splayed table's columns (nano's sequential read test), and leaves
// the value as it was.
func TestForceResident(t *testing.T) {
	_, run := fileSession(t)
	expect(t, run, [][2]string{
		{"`:v set til 5000", "`:v"},
		{"m:get`:v", ""},
		{"{-23!x;} m", ""},
		{"sum m", "12497500"},
		{"`:t/ set ([]a:til 3000;b:3000#1.5)", "`:t/"},
		{"(-23!get`:t/)~([]a:til 3000;b:3000#1.5)", "1b"},
		{"-23!(1 2;`a`b!3 4)", "1 2\n`a`b!3 4"},
	})
}

// TestQueriesLeaveDiskAlone runs queries, amends of mapped columns and a
// reload over a database and checks that no file changed.
func TestQueriesLeaveDiskAlone(t *testing.T) {
	_, run := fileSession(t)
	expect(t, run, [][2]string{
		{"t:([]sym:`ibm`msft`ibm`goog;price:1 2 3 4f;size:10 20 30 40)", ""},
		{"{.Q.dpft[`:db;x;`sym;`t]}each 2026.01.01 2026.01.02", "`t`t"},
		{"`:db/s/ set ([]a:1 2 3;b:1.5 2.5 3.5)", "`:db/s/"},
	})
	db, _ := filepath.Abs("db")
	snapshot := func() map[string]string {
		files := map[string]string{}
		filepath.Walk(db, func(p string, info os.FileInfo, err error) error {
			if err == nil && !info.IsDir() {
				b, _ := os.ReadFile(p)
				files[p] = info.ModTime().String() + string(b)
			}
			return nil
		})
		return files
	}
	before := snapshot()
	expect(t, run, [][2]string{
		{`\l db`, ""},
		{"v:exec size from t where date=2026.01.01", ""},
		{"v[0]:99", ""},
		{"v", "99 10 30 20"},
		{"s[`a]:7", ""},
		{"update a:a+1 from `s", "`s"},
		{"x:select from t where date=2026.01.02", ""},
		{"x[`size;0]:1000", ""},
		{"select sum size by date from t", "date      | size\n----------| ----\n2026.01.01| 100 \n2026.01.02| 100 "},
		{`\l .`, ""},
		{"get `:s/a", "1 2 3"},
		{"select count i from t", "x\n-\n8"},
	})
	after := snapshot()
	if len(after) != len(before) {
		t.Errorf("files before %d, after %d", len(before), len(after))
	}
	for p, b := range before {
		if after[p] != b {
			t.Errorf("%s changed", p)
		}
	}
}

// TestMappedFileCutShort truncates a column file under its mapping, as
// another process might: reading it is an error, not a crash.
func TestMappedFileCutShort(t *testing.T) {
	in, run := fileSession(t)
	expect(t, run, [][2]string{
		{"`:db/t/ set ([]a:til 100000)", "`:db/t/"},
		{"t:get `:db/t/", ""},
		{"sum t`a", "4999950000"},
	})
	if err := os.Truncate("db/t/a", 16); err != nil {
		t.Fatal(err)
	}
	_, err := in.Line("sum t`a")
	if err == nil {
		t.Fatal("sum of a column cut short: no error")
	}
	t.Log(err)
}

// TestPartitionedAggregateMapReduces checks that an aggregate over every
// partition is combined from each partition's own result, as kdb+
// map-reduces it, rather than computed over all the rows gathered into
// memory: gathering the sym and size columns of 1,000,000 rows would
// allocate at least 16 bytes a row; aggregating one partition at a time
// allocates a few (a group number a row, in the partition at hand).
func TestPartitionedAggregateMapReduces(t *testing.T) {
	_, run := fileSession(t)
	const rows = 1_000_000
	expect(t, run, [][2]string{
		{"t:([]sym:250000#`a`b`c`d`e;size:250000#1 2 3 4 5)", ""},
		{"{.Q.dpft[`:db;x;`sym;`t]}each 2026.01.01+til 4", "`t`t`t`t"},
		{`\l db`, ""},
		{"count t", strconv.Itoa(rows)},
		{"select sum size by sym from t", "sym| size   \n---| -------\na  | 200000 \nb  | 400000 \nc  | 600000 \nd  | 800000 \ne  | 1000000"},
	})
	allocated := func() int64 { // less the heap objects columns are mapped over
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return k.Allocated(&m)
	}
	for _, c := range []struct {
		q     string
		limit float64 // bytes a row
	}{
		{"select sum size by sym from t", 10},
		{"select n:count size,s:sum size,hi:max size,f:first size by sym from t", 10},
		{"select count i by date from t", 4}, // the partitions' counts: no row touched (8 with an index of rows)
	} {
		before := allocated()
		run(c.q)
		perRow := float64(allocated()-before) / rows
		t.Logf("%s: %.2f bytes allocated a row", c.q, perRow)
		if perRow > c.limit {
			t.Errorf("%s allocated %.1f bytes a row: the rows were gathered", c.q, perRow)
		}
	}
}

// TestNestedColumnFileBytes checks a splayed column of long vectors byte
// for byte: the column file is fe 20 and type 84 (77+7, as q.k's .Q.Xf
// writes the header), the row count, then each row's end offset in bytes
// into the companion w#, which holds the rows' items back to back.
func TestNestedColumnFileBytes(t *testing.T) {
	_, run := fileSession(t)
	expect(t, run, [][2]string{
		{"`:sp/ set ([]w:(1 2;0#0;enlist 3))", "`:sp/"},
	})
	le := func(xs ...uint64) []byte {
		var b []byte
		for _, x := range xs {
			b = append(b, byte(x), byte(x>>8), byte(x>>16), byte(x>>24), byte(x>>32), byte(x>>40), byte(x>>48), byte(x>>56))
		}
		return b
	}
	// a mapped list (k/file_anymap.go): an entry per row (offset, form 1
	// compact in the high byte), and in w# each row as 7f+7, count, longs
	want := append(anyPageOf(1, 77), le(0|1<<56, 18|1<<56, 20|1<<56)...)
	if got, _ := os.ReadFile("sp/w"); !bytes.Equal(got, want) {
		t.Errorf("sp/w:\n got %x\nwant %x", got[4080:], want[4080:])
	}
	wantData := append(anyPageOf(0, 4), 0x86, 2)
	wantData = append(wantData, le(1, 2)...)
	wantData = append(wantData, 0x86, 0, 0x86, 1)
	wantData = append(wantData, le(3)...)
	if got, _ := os.ReadFile("sp/w#"); !bytes.Equal(got, wantData) {
		t.Errorf("sp/w#:\n got %x\nwant %x", got[4080:], wantData[4080:])
	}
}

// TestCorruptDatabase damages each file of a database in turn, in several
// ways (cut in half, emptied, replaced by garbage, by a vector header
// claiming more items than the file holds, by another file's kind of
// content), then opens it and queries it: each failure must be a q error
// (a Go panic fails the test, as Debug re-raises it), and no query may
// change a file.
func TestCorruptDatabase(t *testing.T) {
	in, run := fileSession(t)
	in.Debug = true
	expect(t, run, [][2]string{
		{"t:([]sym:`ibm`msft`ibm`goog;price:1 2 3 4f;size:10 20 30 40;note:(\"a1\";\"bb\";\"\";\"ccc\");w:(1 2;0#0;3 4 5;1#6))", ""},
		{"{.Q.dpft[`:db;x;`sym;`t]}each 2026.01.01 2026.01.02 2026.01.03", "`t`t`t"},
		{".z.zd:17 2 6", ""},
		{".Q.dpft[`:db;2026.01.04;`sym;`t]", "`t"},
		{"\\x .z.zd", ""},
		{`\l db`, ""},
	})
	clean := map[string][]byte{}
	filepath.Walk(".", func(p string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() {
			clean[p], _ = os.ReadFile(p)
		}
		return nil
	})
	names := make([]string, 0, len(clean))
	for p := range clean {
		names = append(names, p)
	}
	sort.Strings(names)
	restore := func() {
		for p, b := range clean {
			os.WriteFile(p, b, 0o666)
		}
	}
	corruptions := []func(b []byte) []byte{
		func(b []byte) []byte { return b[:len(b)/2] },
		func(b []byte) []byte { return nil },
		func(b []byte) []byte { return []byte("\x9e\x11garbage that is no kdb+ file at all\x00\x01") },
		func(b []byte) []byte {
			return []byte("\xfe\x20\x07\x00\x00\x00\x00\x00\xff\xff\xff\xff\xff\xff\xff\x7f\x01")
		},
		func(b []byte) []byte { return clean["2026.01.01/t/.d"] },
		func(b []byte) []byte { return clean["2026.01.01/t/note"] },
	}
	queries := []string{`\l .`, "count t", "select sum size by date from t", "select from t where date=2026.01.02",
		"select avg price,first note,last w by sym from t", "meta t", ".Q.ind[t;0 5 9 13]",
		"exec note from t where date=2026.01.04", "select count i by date from t", "exec sum each w from t where date=2026.01.03"}
	errs := 0
	for _, p := range names {
		for ci, c := range corruptions {
			restore()
			os.WriteFile(p, c(append([]byte(nil), clean[p]...)), 0o666)
			damaged := map[string][]byte{}
			for q := range clean {
				damaged[q], _ = os.ReadFile(q)
			}
			for _, q := range queries {
				if _, err := in.Line(q); err != nil {
					errs++
				}
			}
			for q, b := range damaged {
				if now, _ := os.ReadFile(q); !bytes.Equal(now, b) {
					t.Errorf("%s damaged (%d): the queries changed %s", p, ci, q)
				}
			}
		}
	}
	restore()
	t.Logf("%d files x %d corruptions: %d q errors", len(names), len(corruptions), errs)
	expect(t, run, [][2]string{{`\l .`, ""}, {"select sum size by date from t", "date      | size\n----------| ----\n2026.01.01| 100 \n2026.01.02| 100 \n2026.01.03| 100 \n2026.01.04| 100 "}})
}
