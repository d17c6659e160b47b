// This file defines the atomic unary mathematical keywords: neg, abs,
// signum, reciprocal, floor, ceiling, sqrt, exp, log and the trigonometric
// functions, with the result types of their KX reference pages.

package prim

import (
	"math"

	"qgo/interp/k"
)

func init() {
	defMonad("neg", Neg)
	defMonad("-", Neg)
	defMonad("abs", Abs)
	defMonad("signum", Signum)
	defMonad("reciprocal", Reciprocal)
	defMonad("floor", Floor)
	defMonad("ceiling", Ceiling)
	defMonad("sqrt", mathFloat(math.Sqrt))
	defMonad("exp", mathFloat(math.Exp))
	defMonad("log", Log)
	defMonad("sin", mathFloat(math.Sin))
	defMonad("cos", mathFloat(math.Cos))
	defMonad("tan", mathFloat(math.Tan))
	defMonad("asin", mathFloat(math.Asin))
	defMonad("acos", mathFloat(math.Acos))
	defMonad("atan", mathFloat(math.Atan))
}

// mathNegType is the result type of neg and abs for an argument of type t:
// booleans, bytes and chars give ints, other numeric and temporal types
// keep their type (docs/ref/neg.md, abs.md).
func mathNegType(t k.Type) k.Type {
	switch t {
	case k.KB, k.KX, k.KC:
		return k.KI
	case k.KG, k.KS:
		k.Signal(k.ErrType)
	}
	if !IsNumeric(t) {
		k.Signal(k.ErrType)
	}
	return t
}

// mathSigned applies fi to the integer storages and ff to the float ones
// of x converted to type r.
func mathSigned(x k.Value, r k.Type, neg bool) k.Value {
	c := Convert(x, r)
	atom := x.Type() < 0
	switch v := c.(type) { // an atom without a slice made for it (neg[h] x)
	case k.Atom[int16]:
		return k.Atom[int16]{T: -r, V: mathNegInt1(v.V, neg)}
	case k.Atom[int32]:
		if r == k.KI {
			return k.I(mathNegInt1(v.V, neg)) // neg[h]: a small one boxed already
		}
		return k.Atom[int32]{T: -r, V: mathNegInt1(v.V, neg)}
	case k.Atom[int64]:
		return k.Atom[int64]{T: -r, V: mathNegInt1(v.V, neg)}
	case k.Atom[float32]:
		return k.Atom[float32]{T: -r, V: mathNegFlt1(v.V, neg)}
	case k.Atom[float64]:
		return k.Atom[float64]{T: -r, V: mathNegFlt1(v.V, neg)}
	}
	switch v := c.(type) {
	case k.Atom[int16], *k.Vec[int16]:
		return numMake(r, atom, mathNegInt(numSlice[int16](v), neg))
	case k.Atom[int32], *k.Vec[int32]:
		return numMake(r, atom, mathNegInt(numSlice[int32](v), neg))
	case k.Atom[int64], *k.Vec[int64]:
		return numMake(r, atom, mathNegInt(numSlice[int64](v), neg))
	case k.Atom[float32], *k.Vec[float32]:
		return numMake(r, atom, mathNegFlt(numSlice[float32](v), neg))
	case k.Atom[float64], *k.Vec[float64]:
		return numMake(r, atom, mathNegFlt(numSlice[float64](v), neg))
	}
	k.Signal(k.ErrType)
	return nil
}

// mathNegInt negates (neg) or takes the absolute value of integers; the
// null, the most negative value, is its own negation.
func mathNegInt[E numInt](x []E, neg bool) []E {
	out := make([]E, len(x))
	if neg {
		for i, v := range x {
			out[i] = -v
		}
		return out
	}
	for i, v := range x {
		if v < 0 {
			v = -v
		}
		out[i] = v
	}
	return out
}

// mathNegInt1 is mathNegInt of one integer.
func mathNegInt1[E numInt](v E, neg bool) E {
	if neg || v < 0 {
		return -v
	}
	return v
}

// mathNegFlt1 is mathNegFlt of one float.
func mathNegFlt1[E numFlt](v E, neg bool) E {
	if neg || v < 0 {
		return -v
	}
	return v
}

func mathNegFlt[E numFlt](x []E, neg bool) []E {
	out := make([]E, len(x))
	for i, v := range x {
		if neg || v < 0 {
			v = -v
		}
		out[i] = v
	}
	return out
}

// Neg is neg x (and -x): the negation of the underlying value; a null is
// its own negation; booleans, bytes and chars give ints.
func Neg(x k.Value) k.Value {
	if v, ok := x.(*k.Vec[int64]); ok && v.T == k.KJ {
		return &k.Vec[int64]{T: k.KJ, V: mathNegInt(v.V, true)}
	}
	return Atomic1(x, func(x k.Value) k.Value { return mathSigned(x, mathNegType(numBase(x)), true) })
}

// Abs is abs x: the absolute value of the underlying value; a null gives
// itself.
func Abs(x k.Value) k.Value {
	return Atomic1(x, func(x k.Value) k.Value { return mathSigned(x, mathNegType(numBase(x)), false) })
}

// Signum is signum x: -1i for negative or null, 0i for zero, 1i for
// positive underlying values.
func Signum(x k.Value) k.Value {
	return Atomic1(x, func(x k.Value) k.Value {
		t := numBase(x)
		if !IsNumeric(t) {
			k.Signal(k.ErrType)
		}
		atom := x.Type() < 0
		if numFloatStore(t) {
			f := numReadF(x, t)
			out := make([]int32, len(f))
			for i, v := range f {
				switch {
				case v > 0:
					out[i] = 1
				case v == 0:
					out[i] = 0
				default:
					out[i] = -1
				}
			}
			return numMake(k.KI, atom, out)
		}
		n := numReadI(x, t)
		out := make([]int32, len(n))
		for i, v := range n {
			switch {
			case v > 0:
				out[i] = 1
			case v == 0:
				out[i] = 0
			default:
				out[i] = -1
			}
		}
		return numMake(k.KI, atom, out)
	})
}

// mathFloatOf applies f to the underlying values of simple x as floats:
// the result is a float, or a datetime for a datetime x.
func mathFloatOf(x k.Value, f func(float64) float64) k.Value {
	t := numBase(x)
	if !IsNumeric(t) {
		k.Signal(k.ErrType)
	}
	r := k.Type(k.KF)
	if t == k.KZ {
		r = k.KZ
	}
	in := numReadF(x, k.KF)
	for i, v := range in {
		in[i] = f(v)
	}
	return numMake(r, x.Type() < 0, in)
}

// mathFloat makes the atomic unary function applying f to the underlying
// values as floats: sqrt, exp and the trigonometric keywords.
func mathFloat(f func(float64) float64) func(k.Value) k.Value {
	return func(x k.Value) k.Value {
		return Atomic1(x, func(x k.Value) k.Value { return mathFloatOf(x, f) })
	}
}

// Sqrt is sqrt x: the square root as a float; negative or null gives 0n.
func Sqrt(x k.Value) k.Value { return Monads["sqrt"](x) }

// Exp is exp x: e to the power x as a float.
func Exp(x k.Value) k.Value { return Monads["exp"](x) }

// Log is log x: the natural logarithm as a float (0 gives -0w, a negative
// or null 0n); a datetime is returned unchanged (docs/ref/log.md).
func Log(x k.Value) k.Value {
	return Atomic1(x, func(x k.Value) k.Value {
		if numBase(x) == k.KZ {
			return x
		}
		return mathFloatOf(x, math.Log)
	})
}

// Reciprocal is reciprocal x: 1%x as a float (a timestamp or datetime
// keeps its type, per docs/ref/reciprocal.md).
func Reciprocal(x k.Value) k.Value {
	return Atomic1(x, func(x k.Value) k.Value {
		t := numBase(x)
		f := mathFloatOf(x, func(v float64) float64 { return 1 / v })
		if t == k.KP {
			return Convert(numRaw(f, k.KF), k.KP)
		}
		return f
	})
}

// Floor is floor x: the greatest integer not above x. Shorts, ints and
// longs are unchanged; reals and floats give longs; chars and symbols are
// lowered to lower case (docs/ref/floor.md).
func Floor(x k.Value) k.Value {
	return Atomic1(x, func(x k.Value) k.Value { return mathRound(x, math.Floor, false) })
}

// Ceiling is ceiling x: the least integer not below x. Booleans, bytes and
// chars give ints; reals and floats longs (docs/ref/ceiling.md).
func Ceiling(x k.Value) k.Value {
	return Atomic1(x, func(x k.Value) k.Value { return mathRound(x, math.Ceil, true) })
}

func mathRound(x k.Value, f func(float64) float64, ceil bool) k.Value {
	t := numBase(x)
	atom := x.Type() < 0
	switch t {
	case k.KH, k.KI, k.KJ:
		return x
	case k.KE, k.KF:
		in := numReadF(x, k.KF)
		for i, v := range in {
			in[i] = f(v)
		}
		return Convert(numMake(k.KF, atom, in), k.KJ)
	case k.KB, k.KX:
		if ceil {
			return Convert(x, k.KI)
		}
	case k.KC:
		if ceil {
			return Convert(x, k.KI)
		}
		in := numSlice[uint8](x)
		out := make([]uint8, len(in))
		for i, c := range in {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			out[i] = c
		}
		return numMake(k.KC, atom, out)
	case k.KS:
		if !ceil {
			in := numSlice[string](x)
			out := make([]string, len(in))
			for i, s := range in {
				out[i] = mathLower(s)
			}
			return numMake(k.KS, atom, out)
		}
	}
	k.Signal(k.ErrType)
	return nil
}

// mathLower lowers the ASCII letters of s.
func mathLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
