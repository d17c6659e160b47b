// This file defines the arithmetic operators + - * % and the keywords
// div, mod, xexp and xlog: atomic functions over numeric and temporal
// values with q's type promotion (docs/ref/add.md and friends).

package prim

import (
	"math"

	"qgo/interp/k"
)

func init() {
	defDyad("+", Add)
	defDyad("-", Sub)
	defDyad("*", Mul)
	defDyad("%", Div)
	defDyad("div", Idiv)
	defDyad("mod", Mod)
	defDyad("xexp", Xexp)
	defDyad("xlog", Xlog)
	defDyad("xbar", Xbar)
}

// Add is x+y: the sum, with the result type of docs/ref/add.md
// (1i+1 is a long, 1b+1b an int, date+int a date, date+timespan a
// timestamp). Integer nulls stay null; other integer sums wrap.
func Add(x, y k.Value) k.Value {
	if r, ok := numFast(opAdd, x, y); ok {
		return r
	}
	return Atomic2(x, y, addSimple, nil)
}

func addSimple(x, y k.Value) k.Value {
	if r, ok := numFast(opAdd, x, y); ok {
		return r
	}
	return numArith(addTable, opAdd, x, y)
}

// Sub is x-y: the difference (date-date is an int, timestamp-timestamp a
// timespan). For dictionaries, a key only in y gives the negated value.
func Sub(x, y k.Value) k.Value {
	if r, ok := numFast(opSub, x, y); ok {
		return r
	}
	return Atomic2(x, y, subSimple, subMissing)
}

func subMissing(v k.Value, xSide bool) k.Value {
	if xSide {
		return v
	}
	return Neg(v)
}

func subSimple(x, y k.Value) k.Value {
	if r, ok := numFast(opSub, x, y); ok {
		return r
	}
	return numArith(subTable, opSub, x, y)
}

// Mul is x*y: the product.
func Mul(x, y k.Value) k.Value {
	if r, ok := numFast(opMul, x, y); ok {
		return r
	}
	return Atomic2(x, y, mulSimple, nil)
}

func mulSimple(x, y k.Value) k.Value {
	if r, ok := numFast(opMul, x, y); ok {
		return r
	}
	return numArith(mulTable, opMul, x, y)
}

// Div is x%y: the ratio of the underlying values as a float (chars,
// booleans and temporal values included); 1%0 is 0w.
func Div(x, y k.Value) k.Value {
	if x.Type() < 0 && y.Type() < 0 {
		return divSimple(x, y)
	}
	return Atomic2(x, y, divSimple, nil)
}

// numAtomFloat reads a long or float atom as a float (0N as 0n).
func numAtomFloat(x k.Value) float64 {
	if a, ok := x.(k.Atom[float64]); ok {
		return a.V
	}
	return numLongFloat(x.(k.Atom[int64]).V)
}

func divSimple(x, y k.Value) k.Value {
	if x.Type() == -k.KF || x.Type() == -k.KJ {
		if y.Type() == -k.KF || y.Type() == -k.KJ {
			return k.F(numAtomFloat(x) / numAtomFloat(y))
		}
	}
	if !IsNumeric(x.Type()) || !IsNumeric(y.Type()) {
		k.Signal(k.ErrType)
	}
	xa, ya := x.Type() < 0, y.Type() < 0
	fx, fy := numSlice[float64](Convert(x, k.KF)), numSlice[float64](Convert(y, k.KF))
	return numMake(k.KF, xa && ya, numFltOp(opDiv, fx, fy, xa, ya))
}

// numRaw converts simple v to type r by underlying value, even between
// temporal types (where Convert would convert instants or units).
func numRaw(v k.Value, r k.Type) k.Value {
	t := numBase(v)
	if t != r && IsTemporal(t) && IsTemporal(r) {
		v = Convert(v, k.KJ)
	}
	return Convert(v, r)
}

// numPairF reads simple x and y as raw floats.
func numPairF(x, y k.Value) ([]float64, []float64) {
	return numReadF(x, k.KF), numReadF(y, k.KF)
}

// Idiv is x div y: the greatest whole number not exceeding x%y. The result
// keeps the type of x except that bytes, shorts and chars give ints and
// reals floats (docs/ref/div.md). Division by zero gives a null.
func Idiv(x, y k.Value) k.Value {
	return Atomic2(x, y, idivSimple, nil)
}

func idivSimple(x, y k.Value) k.Value {
	tx, ty := numBase(x), numBase(y)
	r := numResult(divTable, tx, ty)
	xa, ya := x.Type() < 0, y.Type() < 0
	atom := xa && ya
	if numFloatStore(tx) || numFloatStore(ty) || numFloatStore(r) {
		fx, fy := numPairF(x, y)
		out := numMap2(fx, fy, xa, ya, func(a, b float64) float64 { return math.Floor(a / b) })
		return numRaw(numMake(k.KF, atom, out), r)
	}
	ix, iy := numViewI(x), numViewI(y)
	out := numMap2(ix, iy, xa, ya, func(a, b int64) int64 {
		if a == k.NJ || b == k.NJ || b == 0 {
			return k.NJ
		}
		return numFloorDiv(a, b)
	})
	return numRaw(numMake(k.KJ, atom, out), r)
}

// Mod is x mod y: the remainder x-y*x div y, which takes the sign of y
// (docs/ref/mod.md). A zero divisor gives a null.
func Mod(x, y k.Value) k.Value {
	if a, ok := x.(k.Atom[int64]); ok && a.T == -k.KJ {
		if b, ok := y.(k.Atom[int64]); ok && b.T == -k.KJ {
			// two longs, as modSimple has them, with no slices made
			if a.V == k.NJ || b.V == k.NJ || b.V == 0 {
				return k.J(k.NJ)
			}
			return k.J(numFloorMod(a.V, b.V))
		}
	}
	return Atomic2(x, y, modSimple, nil)
}

func modSimple(x, y k.Value) k.Value {
	tx, ty := numBase(x), numBase(y)
	r := numResult(modTable, tx, ty)
	xa, ya := x.Type() < 0, y.Type() < 0
	atom := xa && ya
	if numFloatStore(tx) || numFloatStore(ty) || numFloatStore(r) {
		fx, fy := numPairF(x, y)
		out := numMap2(fx, fy, xa, ya, func(a, b float64) float64 { return a - b*math.Floor(a/b) })
		return numRaw(numMake(k.KF, atom, out), r)
	}
	ix, iy := numViewI(x), numViewI(y)
	out := numMap2(ix, iy, xa, ya, func(a, b int64) int64 {
		if a == k.NJ || b == k.NJ || b == 0 {
			return k.NJ
		}
		return numFloorMod(a, b)
	})
	return numRaw(numMake(k.KJ, atom, out), r)
}

// numPlain reports whether t is boolean, byte or a number (no char or
// temporal): the domain of xexp.
func numPlain(t k.Type) bool {
	return t == k.KB || t == k.KX || (t >= k.KH && t <= k.KF)
}

// Xexp is x xexp y: x to the power y as a float (docs/ref/exp.md). A null
// x or y, or a negative x to a fractional or infinite power, gives 0n. A
// whole power is exact where the float can hold it: 2 xexp 9 is 512 and
// 10 xexp 3 is 1000, which q 4 programs rely on (floor 2 xexp n counts the
// points of a card), though the page's warning, written for kdb+ 3.6,
// shows 2 xexp 3 computed as exp 3*log 2.
func Xexp(x, y k.Value) k.Value {
	if r := xexpFloats(x, y); r != nil {
		return r
	}
	return Atomic2(x, y, func(x, y k.Value) k.Value {
		if !numPlain(numBase(x)) || !numPlain(numBase(y)) {
			k.Signal(k.ErrType)
		}
		xa, ya := x.Type() < 0, y.Type() < 0
		fx, fy := numPairF(x, y)
		return numMake(k.KF, xa && ya, numMap2(fx, fy, xa, ya, xexp1))
	}, nil)
}

// xexp1 is one item of x xexp y.
func xexp1(a, b float64) float64 {
	if a != a || b != b || a < 0 && math.IsInf(b, 0) {
		return math.NaN()
	}
	return pow(a, b) // x xexp 0 is 1, 0 included (docs/ref/lsq.md fits from x 0)
}

// xexpFloats is x xexp y when each of x and y is a float or long atom or
// a float or long vector (equal counts if both are), computed in place of
// the general path's conversions and copies; nil for other operands.
func xexpFloats(x, y k.Value) k.Value {
	fa, xs, xa, ok := xexpOperand(x)
	if !ok {
		return nil
	}
	fb, ys, ya, ok := xexpOperand(y)
	if !ok {
		return nil
	}
	switch {
	case xa && ya:
		return k.F(xexp1(fa, fb))
	case xa:
		out := make([]float64, len(ys))
		xexpBase(fa, ys, out)
		return &k.Vec[float64]{T: k.KF, V: out}
	case ya:
		out := make([]float64, len(xs))
		for i, a := range xs {
			out[i] = xexp1(a, fb)
		}
		return &k.Vec[float64]{T: k.KF, V: out}
	}
	if len(xs) != len(ys) {
		return nil // 'length from the general path
	}
	out := make([]float64, len(xs))
	for i, a := range xs {
		out[i] = xexp1(a, ys[i])
	}
	return &k.Vec[float64]{T: k.KF, V: out}
}

// xexpBase writes a xexp b for each b of ys to out, as xexp1 does, with
// two short cuts for whole powers of one base: a power of two raised to a
// whole power is a power of two, made exactly by math.Ldexp; and a power
// whose result is far out of the float's range (its magnitude beyond
// 2^±1200) is the infinity or zero math.Pow gives, which pow falls back
// to there anyway after squaring until it overflows. 2 xexp til 1000000 took 170 ms, each item
// some twenty double-double products.
func xexpBase(a float64, ys, out []float64) {
	frac, e := math.Frexp(a)
	two := a > 0 && frac == 0.5 // a is 2^(e-1)
	lg := math.Abs(math.Log2(math.Abs(a)))
	for i, b := range ys {
		switch {
		case b != math.Trunc(b) || math.Abs(b) > 1<<62:
			out[i] = xexp1(a, b) // fractional, infinite or null
		case two && math.Abs(b) <= 1<<20:
			out[i] = math.Ldexp(1, (e-1)*int(b))
		case lg*math.Abs(b) > 1200: // math.Pow's infinity or zero
			r := math.Inf(1)
			if (math.Abs(a) > 1) != (b > 0) {
				r = 0
			}
			if math.Signbit(a) && int64(b)&1 == 1 {
				r = -r
			}
			out[i] = r
		default:
			out[i] = xexp1(a, b)
		}
	}
}

// xexpOperand reads a float or long atom as its float (atom true), or a
// float or long vector as its floats (a long vector's made once, nulls
// null): 2 xexp til n goes by the vector path too.
func xexpOperand(v k.Value) (f float64, vec []float64, atom, ok bool) {
	switch a := v.(type) {
	case k.Atom[float64]:
		return a.V, nil, true, a.T == -k.KF
	case k.Atom[int64]:
		return numLongFloat(a.V), nil, true, a.T == -k.KJ
	case *k.Vec[float64]:
		return 0, a.V, false, a.T == k.KF
	case *k.Vec[int64]:
		if a.T != k.KJ {
			return 0, nil, false, false
		}
		out := make([]float64, len(a.V))
		for i, e := range a.V {
			out[i] = numLongFloat(e)
		}
		return 0, out, false, true
	}
	return 0, nil, false, false
}

// pow is a to the power b as C's pow gives it, the float nearest the true
// power: a whole power b is multiplied out in double-double precision
// (math.Pow rounds at each squaring, so 3 xexp 40 and 9 xexp 20 could
// differ in their last bit, and distinct counts them twice: Project
// Euler 29 by count distinct x xexp y; for a power of a hundred million
// its error reached the ninth digit). Squaring at most 62 times keeps the
// double-double's error far below the last bit.
func pow(a, b float64) float64 {
	if b != math.Trunc(b) || math.Abs(b) > 1<<62 || a == 0 || math.IsInf(a, 0) || a != a {
		return math.Pow(a, b)
	}
	n := int64(math.Abs(b))
	hi, lo := 1.0, 0.0
	bh, bl := a, 0.0
	for n > 0 {
		if n&1 == 1 {
			hi, lo = ddMul(hi, lo, bh, bl)
		}
		if n >>= 1; n > 0 {
			bh, bl = ddMul(bh, bl, bh, bl)
		}
		if math.IsInf(hi, 0) || math.IsInf(bh, 0) && n > 0 || hi == 0 {
			return math.Pow(a, b) // out of range: overflow or underflow as math.Pow does
		}
	}
	if b < 0 {
		if math.Abs(hi) < 0x1p-1022 {
			return math.Pow(a, b) // a denormal's reciprocal overflows or loses its last bits (0.5 xexp -1074 was 0n)
		}
		q := 1 / hi
		r := math.FMA(-q, hi, 1) - q*lo
		return q + r/hi
	}
	return hi + lo
}

// ddMul multiplies the double-double numbers xh+xl and yh+yl.
func ddMul(xh, xl, yh, yl float64) (float64, float64) {
	p := xh * yh
	if math.IsInf(p, 0) {
		return p, 0
	}
	e := math.FMA(xh, yh, -p) + (xh*yl + xl*yh)
	h := p + e
	return h, e - (h - p)
}

// Xlog is x xlog y: the base-x logarithm of y as a float (docs/ref/log.md);
// a negative y gives 0n and zero -0w.
func Xlog(x, y k.Value) k.Value {
	return Atomic2(x, y, func(x, y k.Value) k.Value {
		tx, ty := numBase(x), numBase(y)
		if !IsNumeric(tx) || !IsNumeric(ty) || tx == k.KZ || ty == k.KZ {
			k.Signal(k.ErrType)
		}
		xa, ya := x.Type() < 0, y.Type() < 0
		fx, fy := numPairF(x, y)
		return numMake(k.KF, xa && ya, numMap2(fx, fy, xa, ya, func(a, b float64) float64 {
			return math.Log(b) / math.Log(a)
		}))
	}, nil)
}

// Xbar is x xbar y: y rounded down to a multiple of x, x*y div x
// (docs/ref/xbar.md); a timespan x counts nanoseconds.
func Xbar(x, y k.Value) k.Value {
	return Atomic2(x, y, func(x, y k.Value) k.Value {
		if numBase(x) == k.KN {
			x = Convert(x, k.KJ)
		}
		return Mul(x, Idiv(y, x))
	}, nil)
}

// AtomDiv is x%y when x and y are long or float atoms: what Div gives for
// them, the atom made by b. ok is false for any other operands.
func AtomDiv(b *k.Boxes, x, y k.Value) (k.Value, bool) {
	tx, ty := x.Type(), y.Type()
	if (tx != -k.KF && tx != -k.KJ) || (ty != -k.KF && ty != -k.KJ) {
		return nil, false
	}
	return b.F(numAtomFloat(x) / numAtomFloat(y)), true
}
