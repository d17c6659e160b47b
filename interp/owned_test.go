package interp

import (
	"io"
	"testing"
	"unsafe"

	"qgo/interp/k"
)

// TestAppendsGrowInPlace checks that a stream of single appends to a
// global (or a lambda's local) that nothing else reads copies its buffer
// only when it must grow: a thousand appends see a few dozen buffers, not
// a thousand. A read of the global in between forces exactly one copy.
func TestAppendsGrowInPlace(t *testing.T) {
	cases := []struct {
		name, setup, step, col string
	}{
		{"C,:1", "C:0#0", "C,:1", ""},
		{"S,:sym", "S:0#`", "S,:`a", ""},
		{"s#,:", "C:`s#0#0", "C,:1", ""},
		{"insert list", "t:([]a:0#0;b:0#0f)", "`t insert (1;2f)", "a"},
		{"insert dict", "t:([]a:0#0;b:0#0f)", "`t insert `a`b!(1;2f)", "b"},
		{"insert vector", "t:([]a:0#0;b:0#0)", "`t insert 1 2", "b"},
		{"upd lambda", "t:([]a:0#0;b:0#0f);upd:{x insert y}", "upd[`t;(1;2f)]", "a"},
		{"upsert", "t:([]a:0#0;s:`g#0#`)", "`t upsert (1;`x)", "s"},
		{"t,:record", "t:([]a:0#0;b:0#0f)", "t,:(1;2f)", "b"},
		{"t,:dict", "t:([]a:0#0;b:0#0f)", "t,:`a`b!(1;2f)", "a"},
	}
	const n = 1000
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in := New(io.Discard)
			mustEval(t, in, c.setup)
			name := "C"
			if c.col != "" {
				name = "t"
			} else if c.step[0] == 'S' {
				name = "S"
			}
			buffers := map[uintptr]bool{}
			for range n {
				mustEval(t, in, c.step)
				buffers[backing(t, in.globals[name], c.col)] = true
			}
			if len(buffers) > 40 {
				t.Errorf("%d appends used %d buffers: copied, not grown in place", n, len(buffers))
			}
			if got := in.globals[name]; got.Len() != n {
				t.Fatalf("count %d, want %d", got.Len(), n)
			}
			// a read hands the value out: the next append copies once, then
			// grows the copy in place again
			mustEval(t, in, "keep:"+name)
			before := backing(t, in.globals[name], c.col)
			mustEval(t, in, c.step)
			after := backing(t, in.globals[name], c.col)
			mustEval(t, in, c.step)
			if after == before || backing(t, in.globals[name], c.col) != after {
				t.Errorf("after a read: buffers %x %x %x, want a copy, then growth in place", before, after, backing(t, in.globals[name], c.col))
			}
			if in.globals["keep"].Len() != n {
				t.Errorf("the value read before changed: count %d", in.globals["keep"].Len())
			}
		})
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
