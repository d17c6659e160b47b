package interp

import (
	"io"
	"os"
	"regexp"
	"strings"
	"testing"
	"unsafe"

	"qgo/interp/k"
)

// TestAppendsGrowInPlace checks that a stream of single appends to a
// global copies its buffer only when it must grow: a thousand appends see
// a few dozen buffers, not a thousand, even when the global is read after
// each one; and that every value read meanwhile keeps its items.
func TestAppendsGrowInPlace(t *testing.T) {
	cases := []struct {
		name, setup, step, col string
	}{
		{"C,:1", "C:0#0", "C,:1", ""},
		{"C,:sym", "C:0#`", "C,:`a", ""},
		{"s#,:", "C:`s#0#0", "C,:1", ""},
		{"insert list", "C:([]a:0#0;b:0#0f)", "`C insert (1;2f)", "a"},
		{"insert dict", "C:([]a:0#0;b:0#0f)", "`C insert `a`b!(1;2f)", "b"},
		{"insert vector", "C:([]a:0#0;b:0#0)", "`C insert 1 2", "b"},
		{"insert columns", "C:([]a:0#0;b:0#0)", "`C insert (1 2;3 4)", "b"},
		{"upd lambda", "C:([]a:0#0;b:0#0f);upd:{x insert y}", "upd[`C;(1;2f)]", "a"},
		{"upsert", "C:([]a:0#0;s:`g#0#`)", "`C upsert (1;`x)", "s"},
		{"t,:record", "C:([]a:0#0;b:0#0f)", "C,:(1;2f)", "b"},
		{"t,:dict", "C:([]a:0#0;b:0#0f)", "C,:`a`b!(1;2f)", "a"},
	}
	const n = 1000
	for _, c := range cases {
		for _, read := range []string{"", "r:C", "r:count C", "r:{x}C", "r:get `C"} {
			t.Run(c.name+" "+read, func(t *testing.T) {
				in := New(io.Discard)
				mustEval(t, in, c.setup)
				buffers := map[uintptr]bool{}
				var reads []k.Value
				for i := range n {
					mustEval(t, in, c.step)
					buffers[backing(t, in.absVal("C"), c.col)] = true
					if read != "" {
						mustEval(t, in, read)
					}
					if i%100 == 0 {
						v, _ := in.Get("C")
						reads = append(reads, v)
					}
				}
				if len(buffers) > 40 {
					t.Errorf("%d appends used %d buffers: copied, not grown in place", n, len(buffers))
				}
				per := in.absVal("C").Len() / n
				for i, v := range reads {
					if want := (100*i + 1) * per; v.Len() != want {
						t.Errorf("read %d: count %d, want %d: an append reached it", i, v.Len(), want)
					}
				}
			})
		}
	}
}

// backing is the address of the first item of vector v, or of column col
// of table v.
func backing(t *testing.T, v k.Value, col string) uintptr {
	t.Helper()
	if col != "" {
		v = column(v.(*k.Table), col)
	}
	switch x := v.(type) {
	case *k.Vec[int64]:
		return uintptr(unsafe.Pointer(unsafe.SliceData(x.V)))
	case *k.Vec[float64]:
		return uintptr(unsafe.Pointer(unsafe.SliceData(x.V)))
	case *k.Vec[string]:
		return uintptr(unsafe.Pointer(unsafe.SliceData(x.V)))
	}
	t.Fatalf("not a long, float or symbol vector: %T", v)
	return 0
}

// TestGlobalsWrittenThroughPut checks the invariant owned buffers rest on:
// no code of the package assigns or deletes a global except put and drop,
// which end the name's ownership (a global that owns a value holds it).
func TestGlobalsWrittenThroughPut(t *testing.T) {
	write := regexp.MustCompile(`\.globals\[[^\n]*\]\s*=[^=]|delete\([^,\n]*\.globals,|\.globals\s*=[^=]`)
	files, err := os.ReadDir(".")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		name := f.Name()
		if !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			continue
		}
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		for i, line := range strings.Split(string(src), "\n") {
			if write.MatchString(line) && !strings.Contains(line, "// put/drop") {
				t.Errorf("%s:%d: a global written without put or drop: %s", name, i+1, strings.TrimSpace(line))
			}
		}
	}
}
