// This file defines the folds of the arithmetic operators over a vector
// from an atom, x op/ y and x op\ y, item by item as the atoms' dyad does
// them but with no atom made per step.

package prim

import "qgo/interp/k"

// foldOp is the kernel operation of the operator glyph op (+ - *).
func foldOp(op byte) (numOp, bool) {
	switch op {
	case '+':
		return opAdd, true
	case '-':
		return opSub, true
	case '*':
		return opMul, true
	}
	return 0, false
}

// FoldArith is x op/ y for op one of + - *, the atom x a long and y a
// long vector, or both float: ((x op y0) op y1) ..., each step the same
// arithmetic as Add, Sub or Mul of two atoms (nulls, overflow and float
// rounding alike). ok is false, and nothing is computed, for any other
// operands.
func FoldArith(op byte, x, y k.Value) (k.Value, bool) {
	o, ok := foldOp(op)
	if !ok {
		return nil, false
	}
	switch a := x.(type) {
	case k.Atom[int64]:
		v, ok := y.(*k.Vec[int64])
		if a.T != -k.KJ || !ok || v.T != k.KJ {
			return nil, false
		}
		acc := a.V
		for _, e := range v.V {
			acc = numIntScalar(o, acc, e)
		}
		return k.J(acc), true
	case k.Atom[float64]:
		v, ok := y.(*k.Vec[float64])
		if a.T != -k.KF || !ok || v.T != k.KF {
			return nil, false
		}
		acc := a.V
		for _, e := range v.V {
			acc = numFltScalar(o, acc, e)
		}
		return k.F(acc), true
	}
	return nil, false
}

// ScanArith is x op\ y for the operands FoldArith takes: the vector of
// every step's result.
func ScanArith(op byte, x, y k.Value) (k.Value, bool) {
	o, ok := foldOp(op)
	if !ok {
		return nil, false
	}
	switch a := x.(type) {
	case k.Atom[int64]:
		v, ok := y.(*k.Vec[int64])
		if a.T != -k.KJ || !ok || v.T != k.KJ {
			return nil, false
		}
		out := make([]int64, len(v.V))
		acc := a.V
		for i, e := range v.V {
			acc = numIntScalar(o, acc, e)
			out[i] = acc
		}
		return &k.Vec[int64]{T: k.KJ, V: out}, true
	case k.Atom[float64]:
		v, ok := y.(*k.Vec[float64])
		if a.T != -k.KF || !ok || v.T != k.KF {
			return nil, false
		}
		out := make([]float64, len(v.V))
		acc := a.V
		for i, e := range v.V {
			acc = numFltScalar(o, acc, e)
			out[i] = acc
		}
		return &k.Vec[float64]{T: k.KF, V: out}, true
	}
	return nil, false
}
