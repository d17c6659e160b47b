// This file defines the keywords that reach outside the session:
// getenv, setenv, gtime and ltime, and rand.

package interp

import (
	"os"
	"time"

	"qgo/interp/k"
	"qgo/interp/prim"
)

// envVerbs registers this file's verbs (verbtab.go calls it).
func envVerbs(t *verbTable) {
	t.monad("getenv", func(in *Interp, x k.Value) k.Value {
		s, ok := x.(k.Atom[string])
		if !ok {
			k.Signal("type")
		}
		return k.Str(os.Getenv(s.V))
	})
	t.dyad("setenv", func(in *Interp, x, y k.Value) k.Value {
		s, ok := x.(k.Atom[string])
		if !ok {
			k.Signal("type")
		}
		if err := os.Setenv(s.V, textOf(y)); err != nil {
			k.Signal("os")
		}
		return k.Identity
	})
	t.monad("ltime", func(in *Interp, x k.Value) k.Value { return shiftZone(x, 1) })
	t.monad("gtime", func(in *Interp, x k.Value) k.Value { return shiftZone(x, -1) })
	t.monad("rand", func(in *Interp, x k.Value) k.Value {
		return prim.First(in.dyad("?", k.J(1), x)) // first 1?x
	})
}

// shiftZone moves a timestamp or datetime between UTC and local time:
// dir 1 is UTC to local (ltime), -1 local to UTC (gtime). Other types are
// returned as they are.
func shiftZone(x k.Value, dir int) k.Value {
	epoch := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	offset := func(ns int64) int64 {
		_, off := epoch.Add(time.Duration(ns)).In(time.Local).Zone()
		return int64(dir) * int64(off) * k.NsPerSec
	}
	switch v := x.(type) {
	case k.Atom[int64]:
		if v.T == -k.KP && v.V != k.NJ {
			return k.Atom[int64]{T: v.T, V: v.V + offset(v.V)}
		}
	case *k.Vec[int64]:
		if v.T == k.KP {
			out := make([]int64, len(v.V))
			for i, t := range v.V {
				out[i] = t
				if t != k.NJ {
					out[i] = t + offset(t)
				}
			}
			return &k.Vec[int64]{T: v.T, V: out}
		}
	case k.Atom[float64]:
		if v.T == -k.KZ {
			ns := int64(v.V * float64(k.NsPerDay))
			return k.Atom[float64]{T: v.T, V: v.V + float64(offset(ns))/float64(k.NsPerDay)}
		}
	}
	return x
}
