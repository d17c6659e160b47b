// Package environ is q's view of the process's environment that needs no
// session: its environment variables (getenv, setenv) and its local time
// zone (ltime, gtime). The interpreter registers the keywords that call
// it. Bad arguments signal q errors (panics with *k.Error), as package
// prim's functions do.
package environ

import (
	"os"
	"time"

	"qgo/interp/k"
)

// Getenv is getenv: the value of the environment variable a symbol x
// names, as a string ("" when unset); of a list of symbols, or of lists
// of them, the value of each (reQ reads its proxy settings with
// getenv`$(floor\)("HTTP";"NO"),\:"_PROXY").
func Getenv(x k.Value) k.Value {
	switch v := x.(type) {
	case k.Atom[string]:
		return k.Str(os.Getenv(v.V))
	case *k.Vec[string]:
		if v.T == k.KS {
			out := make([]k.Value, len(v.V))
			for i, s := range v.V {
				out[i] = k.Str(os.Getenv(s))
			}
			return k.NewList(out...)
		}
	case *k.List:
		out := make([]k.Value, len(v.V))
		for i, e := range v.V {
			out[i] = Getenv(e)
		}
		return k.NewList(out...)
	}
	k.Signal("type")
	return nil
}

// Setenv is x setenv y for a symbol x and the text y: the variable x set
// to y ('os when the system refuses).
func Setenv(x k.Value, y string) k.Value {
	s, ok := x.(k.Atom[string])
	if !ok {
		k.Signal("type")
	}
	if err := os.Setenv(s.V, y); err != nil {
		k.Signal("os")
	}
	return k.Identity
}

// Ltime is ltime: a timestamp or datetime x, in UTC, in local time.
// Other types are returned as they are.
func Ltime(x k.Value) k.Value { return shiftZone(x, 1) }

// Gtime is gtime: a timestamp or datetime x, in local time, in UTC.
func Gtime(x k.Value) k.Value { return shiftZone(x, -1) }

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
