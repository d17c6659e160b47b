package files

import (
	"io"
	"math"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"qgo/interp/format"
	"qgo/interp/k"
)

// run is f(), and whether it succeeded; a panic other than a q error
// fails the test.
func run(t *testing.T, what string, f func() k.Value) (v k.Value, ok bool) {
	t.Helper()
	defer func() {
		if r := recover(); r != nil {
			if _, qerr := r.(*k.Error); !qerr {
				t.Fatalf("%s panicked: %v", what, r)
			}
			ok = false
		}
	}()
	return f(), true
}

// TestDocs checks examples of docs/ref/file-text.md and
// docs/ref/file-binary.md, as the console shows them.
func TestDocs(t *testing.T) {
	o := format.Default()
	cases := []struct {
		x, y k.Value
		want string
	}{
		{k.Str("S=;"), k.Str("one=1;two=2;three=3"), "one  two  three\n,\"1\" ,\"2\" ,\"3\""},
		{k.NewList(k.Str("SJ"), k.Enlist(k.C(','))), k.NewList(k.Str("name,qty"), k.Str("ibm,10"), k.Str("msft,20")),
			"name qty\n--------\nibm  10\nmsft 20"},
		{k.NewList(k.Enlist(k.C('i')), k.Enlist(k.J(4))), &k.Vec[uint8]{T: k.KX, V: []byte{1, 0, 0, 0}}, "1"},
	}
	for i, c := range cases {
		var v k.Value
		if c.x.Type() == k.KC {
			v = Text(c.x, c.y, o, nil)
		} else if items := k.Items(c.x); items[1].Type() == k.KJ {
			v = Binary(c.x, c.y, nil)
		} else {
			v = Text(c.x, c.y, o, nil)
		}
		if got := trimLines(format.Console(v, o)); got != c.want {
			t.Errorf("case %d: got\n%s\nwant\n%s", i, got, c.want)
		}
	}
}

// FuzzText feeds arbitrary text to 0: (delimited, fixed-width and
// key-value) and bytes to 1:: a value or a q error, never a Go panic.
func FuzzText(f *testing.F) {
	for _, s := range []string{"one=1;two=2;three=3", "name,qty\nibm,10\nmsft,20\n", "a,\"b,c\"\n1,2", "x,\"\"\"(a;\"*\")\"\"\"\n", "\x00\x01\xff", ""} {
		f.Add(s)
	}
	o := format.Default()
	f.Fuzz(func(t *testing.T, s string) {
		text := k.Str(s)
		for _, x := range []k.Value{
			k.Str("S=;"), k.Str("J:*/"),
			k.NewList(k.Str("SJFDTC* "), k.Enlist(k.C(','))),
			k.NewList(k.Str("SJF"), k.C(',')),
			k.NewList(k.Str("SJ*"), k.Longs(2, 3, 1)),
		} {
			run(t, "0:", func() k.Value { return Text(x, text, o, nil) })
		}
		bytes := &k.Vec[uint8]{T: k.KX, V: []byte(s)}
		for _, x := range []k.Value{
			k.NewList(k.Str("ich"), k.Longs(4, 1, 2)),
			k.NewList(k.Str("jfe"), k.Longs(8, 8, 4)),
			k.NewList(k.Str("sx"), k.Longs(3, 1)),
		} {
			run(t, "1:", func() k.Value { return Binary(x, bytes, nil) })
		}
	})
}

// trimLines drops trailing blanks from every line, as the docs lose them.
func trimLines(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return strings.Join(lines, "\n")
}

// TestSplitFields checks how a record's fields are read: in a field that
// starts with a quote, quotes open and close stretches that may hold the
// delimiter and "" inside one is a quote (TorQ's dataaccess test data
// writes the string "(like;`source;*)" as """(like;`source;"*")"""); any
// other field keeps its quotes (k4unit's code column: system "sleep 1").
func TestSplitFields(t *testing.T) {
	cases := []struct {
		rec  string
		want []string
	}{
		{`a,b`, []string{"a", "b"}},
		{`"a,b",c`, []string{"a,b", "c"}},
		{`"a""b",""`, []string{`a"b`, ""}},
		{`x,"""(like;` + "`s" + `;"*")"""`, []string{"x", `"(like;` + "`s" + `;*)"`}},
		{`"a"b,c"d,e`, []string{"ab", `c"d`, "e"}},
		{`system "sleep 1",2`, []string{`system "sleep 1"`, "2"}},
		{`"a,b`, []string{"a,b"}},
		{`,`, []string{"", ""}},
	}
	for _, c := range cases {
		got := splitFields(c.rec, ',')
		if strings.Join(got, "|") != strings.Join(c.want, "|") || len(got) != len(c.want) {
			t.Errorf("splitFields(%q) = %q, want %q", c.rec, got, c.want)
		}
	}
}

// hugeFile is a reader that says, by its Stat, it is a regular file of
// size bytes; it reads nothing.
type hugeFile struct{ size int64 }

func (h hugeFile) Read([]byte) (int, error)   { return 0, io.EOF }
func (h hugeFile) Stat() (os.FileInfo, error) { return hugeInfo(h), nil }
func (h hugeFile) String() string             { return "huge" }

type hugeInfo hugeFile

func (h hugeInfo) Name() string       { return "huge" }
func (h hugeInfo) Size() int64        { return h.size }
func (h hugeInfo) Mode() os.FileMode  { return 0o644 }
func (h hugeInfo) ModTime() time.Time { return time.Time{} }
func (h hugeInfo) IsDir() bool        { return false }
func (h hugeInfo) Sys() any           { return nil }

// A file larger than the address space (over 2 GB in a 32-bit process:
// GOARCH=386 go test) is 'wsfull, as in q: its size made an int that
// wrapped, and make panicked with Go's "cap out of range". On 64 bits a
// size of 2^63-1 wraps the same way.
func TestReadAllHuge(t *testing.T) {
	sizes := []int64{math.MaxInt64}
	if strconv.IntSize == 32 {
		sizes = append(sizes, 3<<30, 4<<30+100, 5<<30)
	}
	for _, n := range sizes {
		_, ok := run(t, "ReadAll", func() k.Value { ReadAll(hugeFile{n}, -1); return nil })
		if ok {
			t.Errorf("ReadAll of %d bytes: no 'wsfull", n)
		}
	}
	if strconv.IntSize == 32 {
		if _, ok := run(t, "Reserve", func() k.Value { k.Reserve(1<<30, 4); return nil }); ok {
			t.Errorf("Reserve of 4 GB in a 32-bit process: no 'wsfull")
		}
	}
}
