package interp

import (
	"io"
	"runtime"
	"runtime/metrics"
	"testing"
)

// liveBytes is the heap the program holds after full collections.
func liveBytes() int64 {
	runtime.GC()
	runtime.GC()
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(s)
	return int64(s[0].Value.Uint64())
}

// TestSignalKeepsNothing checks that once an error has come back from an
// entry point, trapped or not, the interpreter keeps nothing of what the
// functions it unwound held: a server whose client's query failed with a
// large local must not keep it until the next error (or for ever).
func TestSignalKeepsNothing(t *testing.T) {
	in := New(io.Discard)
	in.SetErr(io.Discard)
	const big = 80 << 20 // each case holds an 80 MB vector when it fails
	cases := []struct {
		entry string
		src   string
	}{
		{"Input", "{'`boom} til 10000000"},               // an argument
		{"Input", "{a:til 10000000; 'a}[]"},              // a local
		{"Input", "@[{x+`a};til 10000000;::]"},           // trapped
		{"Input", ".[{x;'`b};(til 10000000;1);{x}]"},     // trapped, two arguments
		{"Input", "{'`boom}{x,x}/[20;enlist til 10]"},    // made by an iteration
		{"Line", "{'`boom} til 10000000"},                // the embedding entry point
		{"Line", "@[{x+`a};til 10000000;::]"},            // trapped there
		{"Eval", "{x;'`boom} til 10000000"},              // and the value one
		{"Input", ".Q.trp[{x;'`boom};til 10000000;{x}]"}, // a trap with its backtrace
	}
	run := func(entry, src string) {
		switch entry {
		case "Input":
			in.Input(src)
		case "Line":
			in.Line(src)
		case "Eval":
			in.Eval(src)
		}
	}
	run("Input", "{x}1") // warm up
	base := liveBytes()
	for _, c := range cases {
		run(c.entry, c.src)
		if grew := liveBytes() - base; grew > big/2 {
			t.Errorf("%s %q: the live heap kept %d MB after the error", c.entry, c.src, grew>>20)
		}
	}
}
