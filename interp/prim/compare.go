// This file defines the comparison operators = <> < > <= >= (atomic,
// boolean results, tolerant for floats, nulls equal to each other and below
// everything, temporal values of different kinds compared as instants or
// durations per docs/basics/comparison.md).

package prim

import (
	"bytes"
	"math"

	"qgo/interp/k"
)

func init() {
	defDyad("=", Eq)
	defDyad("<>", Ne)
	defDyad("<", Lt)
	defDyad(">", Gt)
	defDyad("<=", Le)
	defDyad(">=", Ge)
}

// cmpOp selects the primitive comparisons the kernels implement.
type cmpOp uint8

const (
	cmpEq cmpOp = 0
	cmpLt cmpOp = 1
)

// Eq is x=y: 1b where the values are equal (1=1h, chars as numbers, floats
// within comparison tolerance, any two nulls).
func Eq(x, y k.Value) k.Value {
	if r, ok := relAtoms(cmpEq, x, y); ok {
		return r
	}
	return Atomic2(x, y, eqSimple, cmpMissing)
}

// Ne is x<>y: the negation of x=y.
func Ne(x, y k.Value) k.Value {
	return Atomic2(x, y, func(x, y k.Value) k.Value { return cmpNot(eqSimple(x, y)) }, cmpMissing)
}

// Lt is x<y; symbols compare lexicographically, nulls below everything.
func Lt(x, y k.Value) k.Value {
	if r, ok := relAtoms(cmpLt, x, y); ok {
		return r
	}
	return Atomic2(x, y, ltSimple, cmpMissing)
}

// Gt is x>y.
func Gt(x, y k.Value) k.Value {
	return Atomic2(x, y, func(x, y k.Value) k.Value { return ltSimple(y, x) }, cmpMissing)
}

// Le is x<=y: not x>y.
func Le(x, y k.Value) k.Value {
	return Atomic2(x, y, func(x, y k.Value) k.Value { return cmpNot(ltSimple(y, x)) }, cmpMissing)
}

// Ge is x>=y: not x<y.
func Ge(x, y k.Value) k.Value {
	return Atomic2(x, y, func(x, y k.Value) k.Value { return cmpNot(ltSimple(x, y)) }, cmpMissing)
}

// cmpMissing compares a dictionary value whose key the other side lacks
// with nothing: the result is 0b for each item.
func cmpMissing(v k.Value, _ bool) k.Value {
	return Atomic1(v, func(v k.Value) k.Value {
		if v.Type() < 0 {
			return k.B(false)
		}
		return k.NewVec(k.KB, v.Len())
	})
}

func eqSimple(x, y k.Value) k.Value { return cmpSimple(cmpEq, x, y) }
func ltSimple(x, y k.Value) k.Value { return cmpSimple(cmpLt, x, y) }

// cmpNot negates a boolean atom or vector (a fresh vector).
func cmpNot(v k.Value) k.Value {
	switch b := v.(type) {
	case k.Atom[bool]:
		return cmpBool(!b.V)
	case *k.Vec[bool]:
		for i, x := range b.V {
			b.V[i] = !x
		}
		return b
	}
	return v
}

// cmpCommon gives the type x and y are compared in. Equal types compare
// natively; temporal values of different kinds meet at the duration type
// when one is a duration (a point in time is converted to it), otherwise at
// the finer of the two; other numeric pairs compare underlying values, as
// floats when either is float-stored (0 means long, k.KF float).
func cmpCommon(tx, ty k.Type) k.Type {
	if tx == ty {
		return tx
	}
	if tx == k.KS || ty == k.KS || tx == k.KG || ty == k.KG || !IsNumeric(tx) || !IsNumeric(ty) {
		k.Signal(k.ErrType)
	}
	if IsTemporal(tx) && IsTemporal(ty) {
		ox, oy := numOrdinal(tx), numOrdinal(ty)
		switch {
		case ox && !oy:
			return ty
		case oy && !ox:
			return tx
		}
		if cmpFiner(tx) > cmpFiner(ty) {
			return tx
		}
		return ty
	}
	if numFloatStore(tx) || numFloatStore(ty) {
		return k.KF
	}
	return 0
}

// cmpTimeOfDay is a timestamp or datetime x (of base type t) as the
// timespan of its time of day; anything else is x.
func cmpTimeOfDay(x k.Value, t k.Type) k.Value {
	if t == k.KP || t == k.KZ {
		return castTimeOfDay(x)
	}
	return x
}

// cmpFiner ranks temporal types of one kind by precision.
func cmpFiner(t k.Type) int {
	switch t {
	case k.KP, k.KN:
		return 4
	case k.KZ, k.KT:
		return 3
	case k.KD, k.KV:
		return 2
	}
	return 1
}

// cmpTrue and cmpFalse are the boolean atoms, boxed once.
var cmpTrue, cmpFalse = k.B(true), k.B(false)

func cmpBool(b bool) k.Value {
	if b {
		return cmpTrue
	}
	return cmpFalse
}

// relAtoms is the fast path for two long or two float atoms of one type.
func relAtoms(op cmpOp, x, y k.Value) (k.Value, bool) {
	switch a := x.(type) {
	case k.Atom[int64]:
		if b, ok := y.(k.Atom[int64]); ok && a.T == b.T {
			if op == cmpEq {
				return cmpBool(a.V == b.V), true
			}
			return cmpBool(a.V < b.V), true
		}
	case k.Atom[float64]:
		if b, ok := y.(k.Atom[float64]); ok && a.T == b.T {
			if op == cmpEq {
				return cmpBool(FloatEq(a.V, b.V)), true
			}
			return cmpBool(FloatLt(a.V, b.V)), true
		}
	}
	return nil, false
}

// cmpSimple compares simple x and y.
func cmpSimple(op cmpOp, x, y k.Value) k.Value {
	if r, ok := relAtoms(op, x, y); ok {
		return r
	}
	tx, ty := numBase(x), numBase(y)
	xa, ya := x.Type() < 0, y.Type() < 0
	atom := xa && ya
	c := cmpCommon(tx, ty)
	switch c {
	case 0:
		return numMake(k.KB, atom, cmpOrdered(op, numViewI(x), numViewI(y), xa, ya))
	case k.KF:
		if tx != ty {
			return numMake(k.KB, atom, cmpFloat(op, numReadF(x, k.KF), numReadF(y, k.KF), xa, ya))
		}
	}
	if c == k.KN {
		// a timestamp or datetime meets a timespan as its time of day, as
		// `timespan$ casts it (docs/basics/comparison.md: they compare as
		// timespans): .z.P<0D16:00 is before four in the afternoon
		x, y = cmpTimeOfDay(x, tx), cmpTimeOfDay(y, ty)
	}
	cx, cy := Convert(x, c), Convert(y, c)
	var out []bool
	switch v := cx.(type) {
	case k.Atom[bool], *k.Vec[bool]:
		out = numMap2(numSlice[bool](v), numSlice[bool](cy), xa, ya, func(a, b bool) bool {
			if op == cmpEq {
				return a == b
			}
			return !a && b
		})
	case k.Atom[uint8], *k.Vec[uint8]:
		out = cmpOrdered(op, numSlice[uint8](v), numSlice[uint8](cy), xa, ya)
	case k.Atom[int16], *k.Vec[int16]:
		out = cmpOrdered(op, numSlice[int16](v), numSlice[int16](cy), xa, ya)
	case k.Atom[int32], *k.Vec[int32]:
		out = cmpOrdered(op, numSlice[int32](v), numSlice[int32](cy), xa, ya)
	case k.Atom[int64], *k.Vec[int64]:
		out = cmpOrdered(op, numSlice[int64](v), numSlice[int64](cy), xa, ya)
	case k.Atom[string], *k.Vec[string]:
		out = cmpOrdered(op, numSlice[string](v), numSlice[string](cy), xa, ya)
	case k.Atom[float32], *k.Vec[float32]:
		out = cmpFloat(op, numReadF(v, k.KE), numReadF(cy, k.KE), xa, ya)
	case k.Atom[float64], *k.Vec[float64]:
		out = cmpFloat(op, numSlice[float64](v), numSlice[float64](cy), xa, ya)
	case k.Atom[k.GUID], *k.Vec[k.GUID]:
		out = numMap2(numSlice[k.GUID](v), numSlice[k.GUID](cy), xa, ya, func(a, b k.GUID) bool {
			if op == cmpEq {
				return a == b
			}
			return bytes.Compare(a[:], b[:]) < 0
		})
	default:
		k.Signal(k.ErrType)
	}
	return numMake(k.KB, atom, out)
}

// cmpOrdered compares exactly: = or <.
func cmpOrdered[E int16 | int32 | int64 | uint8 | string](op cmpOp, x, y []E, xa, ya bool) []bool {
	switch {
	case xa && !ya:
		out := make([]bool, len(y))
		a := x[0]
		if op == cmpEq {
			for i, b := range y {
				out[i] = a == b
			}
		} else {
			for i, b := range y {
				out[i] = a < b
			}
		}
		return out
	case ya && !xa:
		out := make([]bool, len(x))
		b := y[0]
		if op == cmpEq {
			for i, a := range x {
				out[i] = a == b
			}
		} else {
			for i, a := range x {
				out[i] = a < b
			}
		}
		return out
	}
	out := make([]bool, len(x))
	y = y[:len(x)]
	if op == cmpEq {
		for i, a := range x {
			out[i] = a == y[i]
		}
	} else {
		for i, a := range x {
			out[i] = a < y[i]
		}
	}
	return out
}

// cmpTolerance is q's comparison tolerance, 2 xexp -43.
const cmpTolerance = 1.0 / (1 << 43)

// FloatEq reports whether floats a and b are equal within q's comparison
// tolerance; two nulls are equal.
func FloatEq(a, b float64) bool { return floatEq(a, b) }

// FloatLt reports whether a<b for floats: tolerantly, with null below
// everything.
func FloatLt(a, b float64) bool { return floatLt(a, b) }

func cmpFloat(op cmpOp, x, y []float64, xa, ya bool) []bool {
	// the loops call floatEq and floatLt directly, rather than through
	// numMap2's function value per item: x>50f on a float vector in half
	// the time
	eq := op == cmpEq
	n := len(x)
	if xa && !ya {
		n = len(y)
	}
	out := make([]bool, n)
	switch {
	case xa && !ya:
		a := x[0]
		if eq {
			for i, b := range y {
				out[i] = floatEq(a, b)
			}
		} else {
			for i, b := range y {
				out[i] = floatLt(a, b)
			}
		}
	case ya && !xa:
		b := y[0]
		if eq {
			for i, a := range x {
				out[i] = floatEq(a, b)
			}
		} else {
			for i, a := range x {
				out[i] = floatLt(a, b)
			}
		}
	default:
		y = y[:len(x)]
		if eq {
			for i, a := range x {
				out[i] = floatEq(a, y[i])
			}
		} else {
			for i, a := range x {
				out[i] = floatLt(a, y[i])
			}
		}
	}
	return out
}

// floatEq is FloatEq, the body cmpFloat's loops call directly (its
// common case, a == b, comes first).
func floatEq(a, b float64) bool {
	if a == b {
		return true
	}
	if a != a || b != b {
		return a != a && b != b
	}
	if math.IsInf(a, 0) || math.IsInf(b, 0) {
		return false
	}
	d, m := a-b, math.Abs(a)
	if mb := math.Abs(b); mb > m {
		m = mb
	}
	return math.Abs(d) <= cmpTolerance*m
}

// floatLt is FloatLt, the body cmpFloat's loops call directly: a<b
// beyond the tolerance, a null below everything but a null.
func floatLt(a, b float64) bool {
	if a < b {
		if math.IsInf(a, 0) || math.IsInf(b, 0) {
			return true
		}
		m := math.Abs(a)
		if mb := math.Abs(b); mb > m {
			m = mb
		}
		return b-a > cmpTolerance*m
	}
	return a != a && b == b
}

// AtomCompare is x op y for op one of < > = when x and y are both long or
// both float atoms: what Lt, Gt and Eq give for them. ok is false for any
// other operands (temporal and enumerated atoms among them).
func AtomCompare(op byte, x, y k.Value) (k.Value, bool) {
	if t := x.Type(); t != y.Type() || t != -k.KJ && t != -k.KF {
		return nil, false
	}
	switch op {
	case '<':
		return relAtoms(cmpLt, x, y)
	case '>':
		return relAtoms(cmpLt, y, x)
	case '=':
		return relAtoms(cmpEq, x, y)
	}
	return nil, false
}

// LongCompare is a op b for op one of < > = on the values of two long
// atoms (LongAtoms), as AtomCompareBool compares them: a null is the
// least long.
func LongCompare(op byte, a, b int64) bool {
	switch op {
	case '<':
		return a < b
	case '>':
		return b < a
	}
	return a == b
}

// AtomCompareBool is AtomCompare's boolean, unboxed: x op y for op one of
// < > = when x and y are both long or both float atoms; ok is false for
// any other operands.
func AtomCompareBool(op byte, x, y k.Value) (r, ok bool) {
	switch a := x.(type) {
	case k.Atom[int64]:
		b, ok := y.(k.Atom[int64])
		if !ok || a.T != -k.KJ || b.T != -k.KJ {
			return false, false
		}
		switch op {
		case '<':
			return a.V < b.V, true
		case '>':
			return b.V < a.V, true
		case '=':
			return a.V == b.V, true
		}
	case k.Atom[float64]:
		b, ok := y.(k.Atom[float64])
		if !ok || a.T != -k.KF || b.T != -k.KF {
			return false, false
		}
		switch op {
		case '<':
			return FloatLt(a.V, b.V), true
		case '>':
			return FloatLt(b.V, a.V), true
		case '=':
			return FloatEq(a.V, b.V), true
		}
	}
	return false, false
}
