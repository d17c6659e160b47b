// This file defines what q reports of how values are held: the reference
// count -16!x and the memory domain -120!x (docs/basics/internal.md), and
// -23!x, which makes a mapped value resident.
// qgo's values are Go values, shared between the names that hold them;
// both are answered from the globals that hold x itself.

package interp

import (
	"strings"
	"sync/atomic"

	"qgo/interp/k"
)

// memoryVerbs registers this file's verbs (verbtab.go calls it).
func memoryVerbs(t *verbTable) {
	// -16!x: the references to x, the globals holding this very value
	// (a:b:c:1 2 3 makes three), at least the argument's own
	t.internal(-16, func(in *Interp, x k.Value) k.Value {
		return k.J(max(1, int64(in.holders(x, ""))))
	})
	// -120!x: the memory domain of x, 1 for a value held in .m
	// (docs/ref/dotm.md), 0 otherwise
	t.internal(-120, func(in *Interp, x k.Value) k.Value {
		if in.holders(x, ".m.") > 0 {
			return k.J(1)
		}
		return k.J(0)
	})
	// -23!x: "attempts to force the object x to be resident in memory by
	// hinting to the OS and/or faulting the underlying memory pages"
	// (docs/basics/internal.md): one item a page of every vector in x is
	// read, as KX's nano benchmark times reading a mapped file. The page
	// says nothing of the result: x is given back.
	t.internal(-23, func(in *Interp, x k.Value) k.Value {
		atomic.AddUint64(&pageSink, touchPages(x))
		return x
	})
}

// pageSink keeps touchPages's reads from being optimised away.
var pageSink uint64

// touchPages reads one item in each 4096 bytes of every vector in x (the
// items of a list, the columns of a table, a dictionary's keys and
// values), faulting in the pages of a mapped file, and sums what it read.
func touchPages(x k.Value) (n uint64) {
	switch v := x.(type) {
	case *k.Vec[bool]:
		n += touchEvery(v.V, 4096, func(b bool) uint64 {
			if b {
				return 1
			}
			return 0
		})
	case *k.Vec[uint8]:
		n += touchEvery(v.V, 4096, func(b uint8) uint64 { return uint64(b) })
	case *k.Vec[int16]:
		n += touchEvery(v.V, 2048, func(i int16) uint64 { return uint64(i) })
	case *k.Vec[int32]:
		n += touchEvery(v.V, 1024, func(i int32) uint64 { return uint64(i) })
	case *k.Vec[int64]:
		n += touchEvery(v.V, 512, func(i int64) uint64 { return uint64(i) })
	case *k.Vec[float32]:
		n += touchEvery(v.V, 1024, func(f float32) uint64 { return uint64(f) })
	case *k.Vec[float64]:
		n += touchEvery(v.V, 512, func(f float64) uint64 { return uint64(f) })
	case *k.Enum:
		n += touchEvery(v.V, 512, func(i int64) uint64 { return uint64(i) })
	case *k.List:
		for _, it := range v.V {
			n += touchPages(it)
		}
	case *k.Table:
		for _, c := range v.Data {
			n += touchPages(c)
		}
	case *k.Dict:
		n += touchPages(v.K) + touchPages(v.V)
	}
	return n
}

// touchEvery reads every step-th item of s and the last.
func touchEvery[E any](s []E, step int, f func(E) uint64) uint64 {
	var n uint64
	for i := 0; i < len(s); i += step {
		n += f(s[i])
	}
	if len(s) > 0 {
		n += f(s[len(s)-1])
	}
	return n
}

// holders counts the globals under prefix that hold x itself (not an
// equal copy). Atoms are values, each held once.
func (in *Interp) holders(x k.Value, prefix string) int {
	if k.IsAtom(x) || k.IsIdentity(x) {
		return 0
	}
	n := 0
	for name, v := range in.allGlobals() {
		if strings.HasPrefix(name, prefix) && v == x {
			n++
		}
	}
	return n
}
