// This file defines Lesser & (and), Greater | (or), Fill ^, not and null:
// the atomic primitives that pick between values or test them.

package prim

import (
	"math"

	"qgo/interp/k"
)

func init() {
	defDyad("&", Lesser)
	defDyad("and", Lesser)
	defDyad("|", Greater)
	defDyad("or", Greater)
	defDyad("^", Fill)
	defMonad("not", Not)
	defMonad("null", Null)
}

// Lesser is x&y (and x and y): the lesser of the underlying values, in the
// higher of the two types (docs/ref/lesser.md); logical AND for booleans.
func Lesser(x, y k.Value) k.Value {
	return Atomic2(x, y, func(x, y k.Value) k.Value { return minmaxSimple(x, y, false) }, nil)
}

// Greater is x|y (and x or y): the greater of the underlying values;
// logical OR for booleans.
func Greater(x, y k.Value) k.Value {
	return Atomic2(x, y, func(x, y k.Value) k.Value { return minmaxSimple(x, y, true) }, nil)
}

func minmaxSimple(x, y k.Value, max bool) k.Value {
	tx, ty := numBase(x), numBase(y)
	if tx == k.KS || ty == k.KS || tx == k.KG || ty == k.KG {
		k.Signal(k.ErrType)
	}
	r := numResult(minTable, tx, ty)
	xa, ya := x.Type() < 0, y.Type() < 0
	atom := xa && ya
	cx, cy := Convert(x, r), Convert(y, r)
	switch v := cx.(type) {
	case k.Atom[bool], *k.Vec[bool]:
		return numMake(r, atom, numMap2(numSlice[bool](v), numSlice[bool](cy), xa, ya, func(a, b bool) bool {
			if max {
				return a || b
			}
			return a && b
		}))
	case k.Atom[uint8], *k.Vec[uint8]:
		return numMake(r, atom, minmaxOrdered(numSlice[uint8](v), numSlice[uint8](cy), xa, ya, max))
	case k.Atom[int16], *k.Vec[int16]:
		return numMake(r, atom, minmaxOrdered(numSlice[int16](v), numSlice[int16](cy), xa, ya, max))
	case k.Atom[int32], *k.Vec[int32]:
		return numMake(r, atom, minmaxOrdered(numSlice[int32](v), numSlice[int32](cy), xa, ya, max))
	case k.Atom[int64], *k.Vec[int64]:
		return numMake(r, atom, minmaxOrdered(numSlice[int64](v), numSlice[int64](cy), xa, ya, max))
	case k.Atom[float32], *k.Vec[float32]:
		return numMake(r, atom, numMap2(numSlice[float32](v), numSlice[float32](cy), xa, ya, func(a, b float32) float32 {
			return float32(minmaxFloat(float64(a), float64(b), max))
		}))
	case k.Atom[float64], *k.Vec[float64]:
		return numMake(r, atom, numMap2(numSlice[float64](v), numSlice[float64](cy), xa, ya, func(a, b float64) float64 {
			return minmaxFloat(a, b, max)
		}))
	}
	k.Signal(k.ErrType)
	return nil
}

// minmaxOrdered is the lesser or greater of integers; the null, the least
// value, is below everything.
func minmaxOrdered[E uint8 | int16 | int32 | int64](x, y []E, xa, ya, greater bool) []E {
	switch {
	case xa && !ya:
		out := make([]E, len(y))
		a := x[0]
		for i, b := range y {
			if greater {
				out[i] = max(a, b)
			} else {
				out[i] = min(a, b)
			}
		}
		return out
	case ya && !xa:
		out := make([]E, len(x))
		b := y[0]
		for i, a := range x {
			if greater {
				out[i] = max(a, b)
			} else {
				out[i] = min(a, b)
			}
		}
		return out
	}
	out := make([]E, len(x))
	y = y[:len(x)]
	for i, a := range x {
		if greater {
			out[i] = max(a, y[i])
		} else {
			out[i] = min(a, y[i])
		}
	}
	return out
}

// minmaxFloat is the lesser or greater of two floats with null (NaN) below
// everything.
func minmaxFloat(a, b float64, greater bool) float64 {
	switch {
	case a != a:
		if greater {
			return b
		}
		return a
	case b != b:
		if greater {
			return a
		}
		return b
	case greater:
		return math.Max(a, b)
	}
	return math.Min(a, b)
}

// Fill is x^y: y with its nulls replaced by the corresponding items of x
// (docs/ref/fill.md), in the higher of the two types. For dictionaries,
// keys missing from y are filled from x too.
func Fill(x, y k.Value) k.Value {
	return Atomic2(x, y, fillSimple, nil)
}

func fillSimple(x, y k.Value) k.Value {
	r := numResult(minTable, numBase(x), numBase(y))
	xa, ya := x.Type() < 0, y.Type() < 0
	atom := xa && ya
	cx, cy := Convert(x, r), Convert(y, r)
	switch v := cx.(type) {
	case k.Atom[bool], *k.Vec[bool]:
		return numMake(r, atom, numMap2(numSlice[bool](v), numSlice[bool](cy), xa, ya, func(a, b bool) bool { return b }))
	case k.Atom[uint8], *k.Vec[uint8]:
		var null uint8 = ' '
		if r == k.KX {
			return numMake(r, atom, numMap2(numSlice[uint8](v), numSlice[uint8](cy), xa, ya, func(a, b uint8) uint8 { return b }))
		}
		return numMake(r, atom, numFillOf(numSlice[uint8](v), numSlice[uint8](cy), xa, ya, null))
	case k.Atom[int16], *k.Vec[int16]:
		return numMake(r, atom, numFillOf(numSlice[int16](v), numSlice[int16](cy), xa, ya, k.NH))
	case k.Atom[int32], *k.Vec[int32]:
		return numMake(r, atom, numFillOf(numSlice[int32](v), numSlice[int32](cy), xa, ya, k.NI))
	case k.Atom[int64], *k.Vec[int64]:
		return numMake(r, atom, numFillOf(numSlice[int64](v), numSlice[int64](cy), xa, ya, k.NJ))
	case k.Atom[string], *k.Vec[string]:
		return numMake(r, atom, numFillOf(numSlice[string](v), numSlice[string](cy), xa, ya, ""))
	case k.Atom[k.GUID], *k.Vec[k.GUID]:
		return numMake(r, atom, numFillOf(numSlice[k.GUID](v), numSlice[k.GUID](cy), xa, ya, k.GUID{}))
	case k.Atom[float32], *k.Vec[float32]:
		return numMake(r, atom, numMap2(numSlice[float32](v), numSlice[float32](cy), xa, ya, func(a, b float32) float32 {
			if b != b {
				return a
			}
			return b
		}))
	case k.Atom[float64], *k.Vec[float64]:
		return numMake(r, atom, numMap2(numSlice[float64](v), numSlice[float64](cy), xa, ya, func(a, b float64) float64 {
			if b != b {
				return a
			}
			return b
		}))
	}
	k.Signal(k.ErrType)
	return nil
}

// numFillOf picks y, or x where y is the null.
func numFillOf[E comparable](x, y []E, xa, ya bool, null E) []E {
	return numMap2(x, y, xa, ya, func(a, b E) E {
		if b == null {
			return a
		}
		return b
	})
}

// Not is not x: 1b where the underlying value is zero. Nulls and
// infinities are not zero; symbols signal 'type.
func Not(x k.Value) k.Value {
	return Atomic1(x, func(x k.Value) k.Value {
		t := numBase(x)
		atom := x.Type() < 0
		switch t {
		case k.KS:
			k.Signal(k.ErrType)
		case k.KG:
			return numMake(k.KB, atom, numMap1(numSlice[k.GUID](x), func(g k.GUID) bool { return g == k.GUID{} }))
		case k.KB:
			return numMake(k.KB, atom, numMap1(numSlice[bool](x), func(b bool) bool { return !b }))
		}
		if numFloatStore(t) {
			return numMake(k.KB, atom, numMap1(numReadF(x, t), func(f float64) bool { return f == 0 }))
		}
		return numMake(k.KB, atom, numMap1(numReadI(x, t), func(n int64) bool { return n == 0 }))
	})
}

// numMap1 applies f to each item.
func numMap1[E, R any](x []E, f func(E) R) []R {
	out := make([]R, len(x))
	for i, v := range x {
		out[i] = f(v)
	}
	return out
}

// Null is null x: 1b where x is null (0N, 0n, " ", `, 0Ng, ...); booleans
// and bytes are never null. A function is not null, except ::.
func Null(x k.Value) k.Value {
	switch a := x.(type) { // the common atoms first: no slice made for one item
	case k.Atom[int64]:
		if a.T == -k.KJ {
			return k.B(a.V == k.NJ)
		}
	case k.Atom[float64]:
		if a.T == -k.KF {
			return k.B(a.V != a.V)
		}
	case k.Atom[int32]:
		if a.T == -k.KI {
			return k.B(a.V == k.NI)
		}
	case k.Atom[string]:
		if a.T == -k.KS {
			return k.B(a.V == "")
		}
	case k.Atom[uint8]:
		if a.T == -k.KC {
			return k.B(a.V == ' ')
		}
	}
	if k.IsFunc(x.Type()) {
		return k.B(k.IsIdentity(x))
	}
	switch v := x.(type) {
	case *k.Vec[int64]:
		if v.T == k.KJ { // the usual vector: no per-item dispatch
			out := make([]bool, len(v.V))
			for i, e := range v.V {
				out[i] = e == k.NJ
			}
			return k.Bools(out...)
		}
	case *k.List:
		return k.Unify(eachItem(v, Null)) // each item, a function among them: (::;1) is 10b
	case *k.Dict:
		return &k.Dict{K: v.K, V: Null(v.V)}
	}
	return Atomic1(x, func(x k.Value) k.Value {
		atom := x.Type() < 0
		switch v := x.(type) {
		case k.Atom[bool], *k.Vec[bool]:
			return numMake(k.KB, atom, make([]bool, x.Len()))
		case k.Atom[uint8], *k.Vec[uint8]:
			c := numBase(x) == k.KC
			return numMake(k.KB, atom, numMap1(numSlice[uint8](v), func(b uint8) bool { return c && b == ' ' }))
		case k.Atom[int16], *k.Vec[int16]:
			return numMake(k.KB, atom, numMap1(numSlice[int16](v), func(n int16) bool { return n == k.NH }))
		case k.Atom[int32], *k.Vec[int32]:
			return numMake(k.KB, atom, numMap1(numSlice[int32](v), func(n int32) bool { return n == k.NI }))
		case k.Atom[int64], *k.Vec[int64]:
			return numMake(k.KB, atom, numMap1(numSlice[int64](v), func(n int64) bool { return n == k.NJ }))
		case k.Atom[float32], *k.Vec[float32]:
			return numMake(k.KB, atom, numMap1(numSlice[float32](v), func(f float32) bool { return f != f }))
		case k.Atom[float64], *k.Vec[float64]:
			return numMake(k.KB, atom, numMap1(numSlice[float64](v), func(f float64) bool { return f != f }))
		case k.Atom[string], *k.Vec[string]:
			return numMake(k.KB, atom, numMap1(numSlice[string](v), func(s string) bool { return s == "" }))
		case k.Atom[k.GUID], *k.Vec[k.GUID]:
			return numMake(k.KB, atom, numMap1(numSlice[k.GUID](v), func(g k.GUID) bool { return g == k.GUID{} }))
		}
		k.Signal(k.ErrType)
		return nil
	})
}
