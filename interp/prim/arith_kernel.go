// This file holds the element kernels of the arithmetic operators, written
// once over the storage types with generics: tight loops over slices for
// vector-vector, atom-vector and vector-atom, with q's integer null
// propagation (a null operand gives a null; other values wrap).

package prim

import (
	"math"

	"qgo/interp/k"
)

// numInt is the set of integer storages that have nulls.
type numInt interface{ int16 | int32 | int64 }

// numFlt is the set of float storages.
type numFlt interface{ float32 | float64 }

// numOp names an elementwise arithmetic operation.
type numOp uint8

const (
	opAdd numOp = 0
	opSub numOp = 1
	opMul numOp = 2
	opDiv numOp = 3 // float division, for float storages only
)

// numIntOp applies op to integer slices x and y (xa, ya: the operand is an
// atom, extended to the other's length), propagating nulls.
func numIntOp[E numInt](op numOp, x, y []E, xa, ya bool, null E) []E {
	return numIntOpTo(op, nil, x, y, xa, ya, null)
}

// numIntOpTo is numIntOp writing into dst when it has the result's length
// (dst may be x or y themselves: each item is read before it is written);
// a long result in pieces on the processors (parallel.go).
func numIntOpTo[E numInt](op numOp, dst, x, y []E, xa, ya bool, null E) []E {
	n := len(x)
	if xa && !ya {
		n = len(y)
	}
	stream := !(xa && ya) && n >= streamMin // stream.go
	if xa == ya && len(x) != len(y) || parPieces(n) == 1 && !stream {
		return numIntOpSeq(op, dst, x, y, xa, ya, null)
	}
	out := numOut(dst, n)
	parFor(n, func(lo, hi int) {
		if stream && streamInt(op, out[lo:hi], parPart(x, xa, lo, hi), parPart(y, ya, lo, hi), xa, ya, null) {
			return
		}
		numIntOpSeq(op, out[lo:hi], parPart(x, xa, lo, hi), parPart(y, ya, lo, hi), xa, ya, null)
	})
	return out
}

// numIntOpSeq is numIntOpTo in one pass.
func numIntOpSeq[E numInt](op numOp, dst, x, y []E, xa, ya bool, null E) []E {
	switch {
	case xa && !ya:
		out := numOut(dst, len(y))
		a := x[0]
		if a == null {
			for i := range out {
				out[i] = null
			}
			return out
		}
		switch op {
		case opAdd:
			for i, b := range y {
				s := a + b
				if b == null {
					s = null
				}
				out[i] = s
			}
		case opSub:
			for i, b := range y {
				s := a - b
				if b == null {
					s = null
				}
				out[i] = s
			}
		case opMul:
			for i, b := range y {
				s := a * b
				if b == null {
					s = null
				}
				out[i] = s
			}
		}
		return out
	case ya && !xa:
		out := numOut(dst, len(x))
		b := y[0]
		if b == null {
			for i := range out {
				out[i] = null
			}
			return out
		}
		switch op {
		case opAdd:
			for i, a := range x {
				s := a + b
				if a == null {
					s = null
				}
				out[i] = s
			}
		case opSub:
			for i, a := range x {
				s := a - b
				if a == null {
					s = null
				}
				out[i] = s
			}
		case opMul:
			for i, a := range x {
				s := a * b
				if a == null {
					s = null
				}
				out[i] = s
			}
		}
		return out
	}
	out := numOut(dst, len(x))
	y = y[:len(x)]
	switch op {
	case opAdd:
		for i, a := range x {
			b := y[i]
			s := a + b
			if a == null || b == null {
				s = null
			}
			out[i] = s
		}
	case opSub:
		for i, a := range x {
			b := y[i]
			s := a - b
			if a == null || b == null {
				s = null
			}
			out[i] = s
		}
	case opMul:
		for i, a := range x {
			b := y[i]
			s := a * b
			if a == null || b == null {
				s = null
			}
			out[i] = s
		}
	}
	return out
}

// numFltOp applies op to float slices x and y with IEEE semantics.
func numFltOp[E numFlt](op numOp, x, y []E, xa, ya bool) []E {
	return numFltOpTo(op, nil, x, y, xa, ya)
}

// numFltOpTo is numFltOp writing into dst when it has the result's
// length; a long result in pieces on the processors (parallel.go).
func numFltOpTo[E numFlt](op numOp, dst, x, y []E, xa, ya bool) []E {
	n := len(x)
	if xa && !ya {
		n = len(y)
	}
	stream := !(xa && ya) && n >= streamMin // stream.go
	if xa == ya && len(x) != len(y) || parPieces(n) == 1 && !stream {
		return numFltOpSeq(op, dst, x, y, xa, ya)
	}
	out := numOut(dst, n)
	parFor(n, func(lo, hi int) {
		if stream && streamFlt(op, out[lo:hi], parPart(x, xa, lo, hi), parPart(y, ya, lo, hi), xa, ya) {
			return
		}
		numFltOpSeq(op, out[lo:hi], parPart(x, xa, lo, hi), parPart(y, ya, lo, hi), xa, ya)
	})
	return out
}

// numFltOpSeq is numFltOpTo in one pass.
func numFltOpSeq[E numFlt](op numOp, dst, x, y []E, xa, ya bool) []E {
	switch {
	case xa && !ya:
		out := numOut(dst, len(y))
		a := x[0]
		switch op {
		case opAdd:
			for i, b := range y {
				out[i] = a + b
			}
		case opSub:
			for i, b := range y {
				out[i] = a - b
			}
		case opMul:
			for i, b := range y {
				out[i] = a * b
			}
		case opDiv:
			for i, b := range y {
				out[i] = a / b
			}
		}
		return out
	case ya && !xa:
		out := numOut(dst, len(x))
		b := y[0]
		switch op {
		case opAdd:
			for i, a := range x {
				out[i] = a + b
			}
		case opSub:
			for i, a := range x {
				out[i] = a - b
			}
		case opMul:
			for i, a := range x {
				out[i] = a * b
			}
		case opDiv:
			for i, a := range x {
				out[i] = a / b
			}
		}
		return out
	}
	out := numOut(dst, len(x))
	y = y[:len(x)]
	switch op {
	case opAdd:
		for i, a := range x {
			out[i] = a + y[i]
		}
	case opSub:
		for i, a := range x {
			out[i] = a - y[i]
		}
	case opMul:
		for i, a := range x {
			out[i] = a * y[i]
		}
	case opDiv:
		for i, a := range x {
			out[i] = a / y[i]
		}
	}
	return out
}

// numMap2 applies f pairwise to x and y, extending an atom operand.
func numMap2[E, R any](x, y []E, xa, ya bool, f func(a, b E) R) []R {
	switch {
	case xa && !ya:
		out := make([]R, len(y))
		a := x[0]
		for i, b := range y {
			out[i] = f(a, b)
		}
		return out
	case ya && !xa:
		out := make([]R, len(x))
		b := y[0]
		for i, a := range x {
			out[i] = f(a, b)
		}
		return out
	}
	out := make([]R, len(x))
	y = y[:len(x)]
	for i, a := range x {
		out[i] = f(a, y[i])
	}
	return out
}

// numArith computes x op y for simple x and y with result types from tab:
// both operands are converted to the result type, then combined.
func numArith(tab *numTable, op numOp, x, y k.Value) k.Value {
	r := numResult(tab, numBase(x), numBase(y))
	xa, ya := x.Type() < 0, y.Type() < 0
	atom := xa && ya
	cx, cy := Convert(x, r), Convert(y, r)
	switch r {
	case k.KJ, k.KP, k.KN:
		return numMake(r, atom, numIntOp(op, numSlice[int64](cx), numSlice[int64](cy), xa, ya, k.NJ))
	case k.KI, k.KM, k.KD, k.KU, k.KV, k.KT:
		return numMake(r, atom, numIntOp(op, numSlice[int32](cx), numSlice[int32](cy), xa, ya, k.NI))
	case k.KH:
		return numMake(r, atom, numIntOp(op, numSlice[int16](cx), numSlice[int16](cy), xa, ya, k.NH))
	case k.KE:
		return numMake(r, atom, numFltOp(op, numSlice[float32](cx), numSlice[float32](cy), xa, ya))
	case k.KF, k.KZ:
		return numMake(r, atom, numFltOp(op, numSlice[float64](cx), numSlice[float64](cy), xa, ya))
	}
	k.Signal(k.ErrType)
	return nil
}

// numFast is the fast path of x+y, x-y and x*y for long or float vectors
// with a vector or atom of the same type; ok is false when it does not apply.
func numFast(op numOp, x, y k.Value) (k.Value, bool) {
	switch xv := x.(type) {
	case k.Atom[int64]:
		if xv.T != -k.KJ {
			return nil, false
		}
		switch yv := y.(type) {
		case k.Atom[int64]:
			if yv.T != -k.KJ {
				return nil, false
			}
			return k.J(numIntScalar(op, xv.V, yv.V)), true
		case k.Atom[float64]:
			if yv.T != -k.KF {
				return nil, false
			}
			return k.F(numFltScalar(op, numLongFloat(xv.V), yv.V)), true
		}
	case k.Atom[float64]:
		if xv.T != -k.KF {
			return nil, false
		}
		switch yv := y.(type) {
		case k.Atom[float64]:
			if yv.T != -k.KF {
				return nil, false
			}
			return k.F(numFltScalar(op, xv.V, yv.V)), true
		case k.Atom[int64]:
			if yv.T != -k.KJ {
				return nil, false
			}
			return k.F(numFltScalar(op, xv.V, numLongFloat(yv.V))), true
		}
	case *k.Vec[int64]:
		if xv.T != k.KJ {
			return nil, false
		}
		switch yv := y.(type) {
		case *k.Vec[int64]:
			if yv.T != k.KJ {
				return nil, false
			}
			if len(xv.V) != len(yv.V) {
				k.Signal(k.ErrLength)
			}
			return &k.Vec[int64]{T: k.KJ, V: numIntOp(op, xv.V, yv.V, false, false, k.NJ)}, true
		case k.Atom[int64]:
			if yv.T != -k.KJ {
				return nil, false
			}
			return &k.Vec[int64]{T: k.KJ, V: numIntOp(op, xv.V, []int64{yv.V}, false, true, k.NJ)}, true
		}
	case *k.Vec[float64]:
		if xv.T != k.KF {
			return nil, false
		}
		switch yv := y.(type) {
		case *k.Vec[float64]:
			if yv.T != k.KF {
				return nil, false
			}
			if len(xv.V) != len(yv.V) {
				k.Signal(k.ErrLength)
			}
			return &k.Vec[float64]{T: k.KF, V: numFltOp(op, xv.V, yv.V, false, false)}, true
		case k.Atom[float64]:
			if yv.T != -k.KF {
				return nil, false
			}
			return &k.Vec[float64]{T: k.KF, V: numFltOp(op, xv.V, []float64{yv.V}, false, true)}, true
		}
	}
	return nil, false
}

// numIntScalar is a op b on two longs, nulls propagating.
func numIntScalar(op numOp, a, b int64) int64 {
	if a == k.NJ || b == k.NJ {
		return k.NJ
	}
	switch op {
	case opAdd:
		return a + b
	case opSub:
		return a - b
	}
	return a * b
}

// numFltScalar is a op b on two floats.
func numFltScalar(op numOp, a, b float64) float64 {
	switch op {
	case opAdd:
		return a + b
	case opSub:
		return a - b
	case opMul:
		return a * b
	}
	return a / b
}

// numLongFloat converts a long to a float, 0N to 0n.
func numLongFloat(v int64) float64 {
	if v == k.NJ {
		return math.NaN()
	}
	return float64(v)
}

// numOut is dst when it holds n items, else a new slice of n.
func numOut[E numInt | numFlt](dst []E, n int) []E {
	if len(dst) == n {
		return dst
	}
	return make([]E, n)
}

// ArithInto is x+y, x-y or x*y (op '+', '-' or '*') for a long or float
// vector and a vector or atom of the same type, as x op y computes it,
// but written into the items of dst, a vector of the result's type and
// count that nothing else references: x or y themselves when the
// evaluator knows them to be temporaries only this operation consumes, or
// a dead one kept for reuse (the interpreter's owned buffers). ok is false, and
// nothing is written, for any other operands.
func ArithInto(op byte, dst, x, y k.Value) (k.Value, bool) {
	var o numOp
	switch op {
	case '+':
		o = opAdd
	case '-':
		o = opSub
	case '*':
		o = opMul
	default:
		return nil, false
	}
	switch d := dst.(type) {
	case *k.Vec[int64]:
		xv, xa := numLongs(x)
		yv, ya := numLongs(y)
		if d.T != k.KJ || d.A != k.AttrNone || !numFits(len(d.V), len(xv), len(yv), xa, ya) {
			return nil, false
		}
		numIntOpTo(o, d.V, xv, yv, xa, ya, k.NJ)
		return d, true
	case *k.Vec[float64]:
		xv, xa := numFloats(x)
		yv, ya := numFloats(y)
		if d.T != k.KF || d.A != k.AttrNone || !numFits(len(d.V), len(xv), len(yv), xa, ya) {
			return nil, false
		}
		numFltOpTo(o, d.V, xv, yv, xa, ya)
		return d, true
	}
	return nil, false
}

// numFits reports whether operands of nx and ny items (xa, ya: atoms)
// make a vector of exactly n items.
func numFits(n, nx, ny int, xa, ya bool) bool {
	switch {
	case nx == 0 && !xa || ny == 0 && !ya: // not of the type (or empty)
		return false
	case xa && ya:
		return false
	case xa:
		return n == ny
	case ya:
		return n == nx
	}
	return n == nx && nx == ny
}

// numLongs is the items of a long vector, or a long atom as one item.
func numLongs(v k.Value) ([]int64, bool) {
	switch x := v.(type) {
	case *k.Vec[int64]:
		if x.T == k.KJ {
			return x.V, false
		}
	case k.Atom[int64]:
		if x.T == -k.KJ {
			return []int64{x.V}, true
		}
	}
	return nil, false
}

// numFloats is the items of a float vector, or a float atom as one item.
func numFloats(v k.Value) ([]float64, bool) {
	switch x := v.(type) {
	case *k.Vec[float64]:
		if x.T == k.KF {
			return x.V, false
		}
	case k.Atom[float64]:
		if x.T == -k.KF {
			return []float64{x.V}, true
		}
	}
	return nil, false
}

// AtomArith is x op y for op one of + - * (the byte of ArithInto) when x
// and y are long or float atoms: what Add, Sub and Mul give for them (as
// numFast makes them), the atom made by b, for an evaluator that has the
// operator bound and skips the verb dispatch. ok is false, and nothing is
// made, for any other operands.
func AtomArith(b *k.Boxes, op byte, x, y k.Value) (k.Value, bool) {
	var o numOp
	switch op {
	case '+':
		o = opAdd
	case '-':
		o = opSub
	case '*':
		o = opMul
	default:
		return nil, false
	}
	switch xv := x.(type) {
	case k.Atom[int64]:
		if xv.T != -k.KJ {
			return nil, false
		}
		switch yv := y.(type) {
		case k.Atom[int64]:
			if yv.T == -k.KJ {
				return b.J(numIntScalar(o, xv.V, yv.V)), true
			}
		case k.Atom[float64]:
			if yv.T == -k.KF {
				return b.F(numFltScalar(o, numLongFloat(xv.V), yv.V)), true
			}
		}
	case k.Atom[float64]:
		if xv.T != -k.KF {
			return nil, false
		}
		switch yv := y.(type) {
		case k.Atom[float64]:
			if yv.T == -k.KF {
				return b.F(numFltScalar(o, xv.V, yv.V)), true
			}
		case k.Atom[int64]:
			if yv.T == -k.KJ {
				return b.F(numFltScalar(o, xv.V, numLongFloat(yv.V))), true
			}
		}
	}
	return nil, false
}

// LongAtoms is the values of x and y when both are long atoms (of type
// -KJ, not a temporal one): the commonest operands of compiled arithmetic,
// which it tests inline before AtomArith.
func LongAtoms(x, y k.Value) (a, b int64, ok bool) {
	xv, okx := x.(k.Atom[int64])
	yv, oky := y.(k.Atom[int64])
	if okx && oky && xv.T == -k.KJ && yv.T == -k.KJ {
		return xv.V, yv.V, true
	}
	return 0, 0, false
}

// LongArith is a op b for op one of + - * (the byte of ArithInto) on the
// values of two long atoms: the value of the long atom Add, Sub and Mul give
// for them (a null operand gives null).
func LongArith(op byte, a, b int64) int64 {
	if a == k.NJ || b == k.NJ {
		return k.NJ // as numIntScalar, written out so that it inlines
	}
	switch op {
	case '+':
		return a + b
	case '-':
		return a - b
	}
	return a * b
}
