// This file defines Match (`~`): q's deep equality, type included,
// attributes ignored, floats compared with q's comparison tolerance.

package prim

import (
	"qgo/interp/k"
)

func init() {
	defDyad("~", func(x, y k.Value) k.Value { return k.B(Match(x, y)) })
	defDyad("match", Dyads["~"])
}

// Match reports q's x~y: whether x and y have the same type, shape and
// items. Vector attributes are ignored.
func Match(x, y k.Value) bool {
	if x.Type() != y.Type() {
		return false
	}
	switch a := x.(type) {
	case k.Atom[float64]:
		return FloatEq(a.V, y.(k.Atom[float64]).V)
	case k.Atom[float32]:
		return FloatEq(float64(a.V), float64(y.(k.Atom[float32]).V))
	case k.Atom[bool]:
		return a == y.(k.Atom[bool])
	case k.Atom[uint8]:
		return a == y.(k.Atom[uint8])
	case k.Atom[int16]:
		return a == y.(k.Atom[int16])
	case k.Atom[int32]:
		return a == y.(k.Atom[int32])
	case k.Atom[int64]:
		return a == y.(k.Atom[int64])
	case k.Atom[string]:
		return a == y.(k.Atom[string])
	case k.Atom[k.GUID]:
		return a == y.(k.Atom[k.GUID])
	case *k.Vec[float64]:
		b := y.(*k.Vec[float64])
		if len(a.V) != len(b.V) {
			return false
		}
		bv := b.V[:len(a.V)]
		for i, e := range a.V {
			if !floatEq(e, bv[i]) { // inlined (compare.go)
				return false
			}
		}
		return true
	case *k.Vec[float32]:
		b := y.(*k.Vec[float32])
		if len(a.V) != len(b.V) {
			return false
		}
		for i, e := range a.V {
			if !FloatEq(float64(e), float64(b.V[i])) {
				return false
			}
		}
		return true
	case *k.Vec[bool]:
		return eqSlice(a.V, y.(*k.Vec[bool]).V)
	case *k.Vec[uint8]:
		return eqSlice(a.V, y.(*k.Vec[uint8]).V)
	case *k.Vec[int16]:
		return eqSlice(a.V, y.(*k.Vec[int16]).V)
	case *k.Vec[int32]:
		return eqSlice(a.V, y.(*k.Vec[int32]).V)
	case *k.Vec[int64]:
		return eqSlice(a.V, y.(*k.Vec[int64]).V)
	case *k.Vec[string]:
		return eqSlice(a.V, y.(*k.Vec[string]).V)
	case *k.Vec[k.GUID]:
		return eqSlice(a.V, y.(*k.Vec[k.GUID]).V)
	case *k.List:
		b := y.(*k.List)
		return matchAll(a.V, b.V)
	case *k.Dict:
		k.Nest()
		defer k.Unnest()
		b := y.(*k.Dict)
		return Match(a.K, b.K) && Match(a.V, b.V)
	case *k.Table:
		b := y.(*k.Table)
		return Match(a.Cols, b.Cols) && matchAll(a.Data, b.Data)
	case *k.Lambda:
		b, ok := y.(*k.Lambda) // a view's definition has a lambda's type
		return ok && (a == b || (a.Src == b.Src && a.Ctx == b.Ctx))
	case *k.ViewDef:
		b, ok := y.(*k.ViewDef)
		return ok && a.Src == b.Src && Match(a.Meta, b.Meta)
	case *k.Prim:
		return a.Name == y.(*k.Prim).Name
	case *k.Derived:
		k.Nest()
		defer k.Unnest()
		return Match(a.F, y.(*k.Derived).F)
	case *k.Proj:
		k.Nest()
		defer k.Unnest()
		b := y.(*k.Proj)
		if !Match(a.F, b.F) || len(a.Args) != len(b.Args) {
			return false
		}
		for i, e := range a.Args {
			f := b.Args[i]
			if (e == nil) != (f == nil) || (e != nil && !Match(e, f)) {
				return false
			}
		}
		return true
	case *k.Comp:
		return matchAll(a.Fs, y.(*k.Comp).Fs)
	case *k.ErrVal:
		return a.Msg == y.(*k.ErrVal).Msg
	case *k.Enum, k.EnumAtom:
		return matchEnum(x, y)
	}
	return false
}

// matchAll reports whether two slices of values match item by item.
func matchAll(a, b []k.Value) bool {
	if len(a) != len(b) {
		return false
	}
	k.Nest()
	defer k.Unnest()
	for i, e := range a {
		if !Match(e, b[i]) {
			return false
		}
	}
	return true
}

// eqSlice reports whether two slices are equal item by item.
func eqSlice[E comparable](a, b []E) bool {
	if len(a) != len(b) {
		return false
	}
	for i, e := range a {
		if e != b[i] {
			return false
		}
	}
	return true
}
