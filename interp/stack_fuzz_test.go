package interp

import (
	"bytes"
	"strings"
	"testing"

	"qgo/interp/k"
)

// fuzzValue builds a value of random shape and depth from b, read as a
// little stack program: each byte pushes an atom or a vector, or
// combines the top of the stack (a list, a dictionary, a table
// column, a projection, keys onto an atom), or wraps it in up to 2^15 enlists at once, so
// that a few bytes reach depths far beyond any walk's bound.
//
// A value is kept to maxFuzzNodes nodes, counted as a walk meets them
// (an item held twice counts twice): a step that would make more is
// skipped. Items are shared, so without the bound each pair of bytes
// (dup, then a list of the top two) could double what a walk goes
// through, and 25 pairs made walks of 2^25 nodes, over the fuzzer's
// 10 s for an input.
func fuzzValue(b []byte) k.Value {
	var st []k.Value
	var nodes []int // nodes[i] is st[i]'s count of nodes
	pop := func() k.Value {
		if len(st) == 0 {
			return k.J(int64(len(b)))
		}
		v := st[len(st)-1]
		st, nodes = st[:len(st)-1], nodes[:len(nodes)-1]
		return v
	}
	top := func(n int) int { // the nodes of the top n items
		c := 0
		for j := max(len(nodes)-n, 0); j < len(nodes); j++ {
			c += nodes[j]
		}
		return c
	}
	for i := 0; i < len(b); i++ {
		op, arg := b[i]>>4, int(b[i]&15)
		made := 1 + arg // the nodes of what this step pushes
		switch op {
		case 5:
			made = 1 + top(arg+1)
		case 6:
			made = top(1) + 1<<arg
		case 7:
			made = 2 + top(1)
		case 9:
			made = 2 + top(2)
		case 15:
			made = 2 + arg + top(1)
		case 11, 12, 13, 14:
			made = top(1)
		}
		if made > maxFuzzNodes {
			continue
		}
		switch op {
		case 0:
			st = append(st, k.J(int64(arg)-3))
		case 1:
			st = append(st, k.F(float64(arg)/3))
		case 2:
			st = append(st, k.S(strings.Repeat("s", arg)))
		case 3:
			st = append(st, k.Str(strings.Repeat("c", arg)))
		case 4:
			v := make([]int64, arg)
			for j := range v {
				v[j] = int64(j * arg)
			}
			st = append(st, k.Longs(v...))
		case 5: // a general list of the top arg+1 items
			n := min(arg+1, len(st))
			items := append([]k.Value{}, st[len(st)-n:]...)
			st = append(st[:len(st)-n], k.Unify(items))
			nodes = nodes[:len(st)-1]
		case 6: // enlisted 2^arg times
			v := pop()
			for range 1 << arg {
				v = k.Unify([]k.Value{v})
			}
			st = append(st, v)
		case 7: // a one-entry dictionary
			st = append(st, &k.Dict{K: k.Syms("a"), V: k.Unify([]k.Value{pop()})})
		case 8: // a one-column table over a long vector
			st = append(st, &k.Table{Cols: k.Syms("c"), Data: []k.Value{k.Longs(make([]int64, arg)...)}})
		case 9: // a dictionary of the two top items
			v, key := pop(), pop()
			st = append(st, &k.Dict{K: k.Unify([]k.Value{key}), V: k.Unify([]k.Value{v})})
		case 10:
			st = append(st, k.B(arg&1 == 1))
		case 15: // arg+1 keys onto the top, an atom (`c1`c2!`t, as kdb+
			// sends the flip of a partitioned table), else a dictionary
			// of one entry
			keys := make([]string, arg+1)
			for j := range keys {
				keys[j] = strings.Repeat("k", j)
			}
			v := pop()
			if v.Type() >= 0 {
				keys, v = keys[:1], k.Unify([]k.Value{v})
			}
			st = append(st, &k.Dict{K: k.Syms(keys...), V: v})
		default: // keep the top as it is
			if len(st) > 0 {
				st = append(st, st[len(st)-1])
			}
		}
		if len(nodes) < len(st) { // each step pushes one value at most
			nodes = append(nodes, made)
		}
		if len(st) > 64 {
			st, nodes = st[len(st)-64:], nodes[len(nodes)-64:]
		}
	}
	return pop()
}

// maxFuzzNodes bounds the nodes of a value fuzzValue makes: walks of
// thousands of levels each, far beyond any walk's bound, and none that
// takes seconds.
const maxFuzzNodes = 1 << 18

// FuzzValueWalks runs values of random shape and depth through display,
// match, comparison, hashing, string, serialization and JSON: each gives
// a value or a q error ('stack for the too deep), never a Go panic, and
// a value that serializes reads back as itself.
func FuzzValueWalks(f *testing.F) {
	f.Add([]byte{0x01, 0x22, 0x53, 0x61})
	f.Add([]byte{0x03, 0x6f, 0x6f, 0x70})
	f.Add([]byte{0x33, 0x44, 0x91, 0x7f, 0x55, 0x63})
	f.Add([]byte{0x85, 0x12, 0x51, 0x6a, 0x6a, 0xa1, 0x91})
	// (v;v)?v for a dictionary of a value 2^14 deep: Find walked the
	// value again at each level, seconds, and the fuzzer's 10 s per input
	// ran out on a loaded machine
	f.Add([]byte{0x6e, 0x91})
	// 0, then 31 times dup and list the top two: 2^31 nodes unbounded
	f.Add(append([]byte{0x00}, bytes.Repeat([]byte{0xbf, 0x51}, 31)...))
	// two keys onto a symbol atom: .j.j indexed the one value by key
	f.Add([]byte{0x21, 0xf1})
	in := New(&bytes.Buffer{})
	in.Debug = true // a Go panic crashes the fuzzer rather than becoming 'internal
	f.Fuzz(func(t *testing.T, b []byte) {
		if len(b) > 64 {
			return
		}
		v := fuzzValue(b)
		in.Set("v", v)
		for _, src := range []string{
			"v", ".Q.s v", ".Q.s1 v", "-3!v", "v~v", "v~{x}v", "iasc (v;v)", "string v",
			"distinct (v;v)", "(v;v)?v", "group (v;v)", ".j.j v", "-8!v",
		} {
			if _, err := in.Line(src); err != nil && strings.HasPrefix(err.Error(), "'internal") {
				t.Fatalf("%s on %x: %v", src, b, err)
			}
		}
		if msg, err := k.Encode(v, k.MsgAsync); err == nil {
			back, err := k.Decode(msg)
			if err != nil {
				t.Fatalf("-9!-8! on %x: %v", b, err)
			}
			in.Set("w", back)
			if got, err := in.Line("v~w"); err == nil && got != "1b" {
				t.Fatalf("-9!-8!v is not v on %x: %s", b, got)
			}
		}
	})
}
