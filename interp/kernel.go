// This file defines long kernels: a lambda whose body is one expression of
// + - * over its (at most two) parameters and long constants, such as
// {x+1} or {x+2*y}, is also compiled into a Go function of int64s. Given
// long atoms, such a body can neither fail nor reach anything but its
// arguments, so each, over and scan of it over a long vector run the
// function item by item with no atom, frame or call made: what calling the
// lambda per item gives, unboxed.

package interp

import (
	"qgo/interp/k"
	"qgo/interp/prim"
	"qgo/interp/syntax"
)

// longKernel is a lambda's body as a function of its parameters' values
// (y is 0 for a lambda of one parameter).
type longKernel func(x, y int64) int64

// kernelOf compiles lam's body into a long kernel, or gives nil when it is
// not one expression of + - * over parameters and long constants.
func kernelOf(lam *syntax.Lambda) longKernel {
	if len(lam.Params) > 2 || len(lam.Body) != 1 || lam.Patterns != nil || lam.Body[0] == nil {
		return nil
	}
	return kernelExpr(lam, lam.Body[0])
}

func kernelExpr(lam *syntax.Lambda, n syntax.Node) longKernel {
	switch n := n.(type) {
	case *syntax.Const:
		if a, ok := n.V.(k.Atom[int64]); ok && a.T == -k.KJ {
			v := a.V
			return func(int64, int64) int64 { return v }
		}
	case *syntax.Paren:
		return kernelExpr(lam, n.X)
	case *syntax.Ident:
		if !n.B.Done || n.B.Lam != lam || n.B.Slot < 1 || int(n.B.Slot) > max(1, len(lam.Params)) {
			return nil
		}
		if n.B.Slot == 1 {
			return func(x, _ int64) int64 { return x }
		}
		return func(_, y int64) int64 { return y }
	case *syntax.Dyad:
		if !n.Noun && (n.R == nil || isVerbTail(n.R)) {
			return nil
		}
		op := arithVerb(n)
		if op == 0 {
			return nil
		}
		l, r := kernelExpr(lam, n.L), kernelExpr(lam, n.R)
		if l == nil || r == nil {
			return nil
		}
		return func(x, y int64) int64 { return prim.LongArith(op, l(x, y), r(x, y)) }
	}
	return nil
}

// kernel is the long kernel of the lambda fn of rank r, or nil.
func (in *Interp) kernel(fn k.Value, r int) longKernel {
	l, ok := fn.(*k.Lambda)
	if !ok || in.walkOnly || max(1, len(l.Params)) != r {
		return nil
	}
	code := codeOf(l)
	if code == nil {
		return nil
	}
	return compiledBody(code).kern
}

// longs is the items of x when x is a non-empty long vector.
func longs(x k.Value) ([]int64, bool) {
	v, ok := x.(*k.Vec[int64])
	if !ok || v.T != k.KJ || len(v.V) == 0 {
		return nil, false
	}
	return v.V, true
}

// eachKernel is f each x for f with a long kernel and x a long vector; ok
// is false when they are not.
func (in *Interp) eachKernel(f, x k.Value) (k.Value, bool) {
	kern := in.kernel(f, 1)
	xs, ok := longs(x)
	if kern == nil || !ok {
		return nil, false
	}
	out := make([]int64, len(xs))
	for i, v := range xs {
		in.checkStop()
		out[i] = kern(v, 0)
	}
	return k.Longs(out...), true
}

// foldKernel is fold of f from acc over items, for f with a long kernel,
// acc a long atom and items a long vector; ok is false when they are not.
func (in *Interp) foldKernel(f, acc k.Value, items itemSeq, from int, scan, first bool) (k.Value, bool) {
	kern := in.kernel(f, 2)
	a, ok := acc.(k.Atom[int64])
	if kern == nil || !ok || a.T != -k.KJ || items.kind != seqVec || from >= items.n {
		return nil, false
	}
	ys, ok := longs(items.x)
	if !ok {
		return nil, false
	}
	var out []int64
	if scan {
		out = make([]int64, 0, len(ys)-from+1)
		if first {
			out = append(out, a.V)
		}
	}
	x := a.V
	for _, y := range ys[from:] {
		in.checkStop()
		x = kern(x, y)
		if scan {
			out = append(out, x)
		}
	}
	if scan {
		return k.Longs(out...), true
	}
	return k.J(x), true
}
