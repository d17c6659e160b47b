// This file registers the keywords that reach outside the session:
// getenv, setenv, gtime and ltime (package environ), and rand.

package interp

import (
	"qgo/interp/environ"
	"qgo/interp/k"
	"qgo/interp/prim"
)

// envVerbs registers this file's verbs (verbtab.go calls it).
func envVerbs(t *verbTable) {
	t.monad("getenv", func(in *Interp, x k.Value) k.Value { return environ.Getenv(x) })
	t.dyad("setenv", func(in *Interp, x, y k.Value) k.Value { return environ.Setenv(x, textOf(y)) })
	t.monad("ltime", func(in *Interp, x k.Value) k.Value { return environ.Ltime(x) })
	t.monad("gtime", func(in *Interp, x k.Value) k.Value { return environ.Gtime(x) })
	t.monad("rand", func(in *Interp, x k.Value) k.Value {
		return prim.First(in.dyad("?", k.J(1), x)) // first 1?x
	})
}
