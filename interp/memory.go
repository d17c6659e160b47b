// This file defines what q reports of how values are held: the reference
// count -16!x and the memory domain -120!x (docs/basics/internal.md).
// qgo's values are Go values, shared between the names that hold them;
// both are answered from the globals that hold x itself.

package interp

import (
	"strings"

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
