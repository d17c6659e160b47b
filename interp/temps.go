// This file defines temporaries reused in place (owned buffers: owned.go):
// in an arithmetic expression such as (a+b)*c, the vector a+b is made by
// one operation and consumed by the next, which nothing else can see, so
// the next operation writes its result into a+b's items instead of
// allocating another vector; and the result of such an operation whose
// value a statement discards becomes the session's spare buffer.

package interp

import (
	"unsafe"

	"qgo/interp/k"
	"qgo/interp/prim"
	"qgo/interp/syntax"
)

// arithVerb is the glyph of n when n is an infix application of + - or *
// bound at resolution (so it is the primitive, whatever the frame), else 0.
func arithVerb(n *syntax.Dyad) byte {
	op, ok := n.F.(*syntax.Op)
	if !ok || n.R == nil || !op.B.Done || op.B.Verb == 0 || len(op.Name) != 1 {
		return 0
	}
	switch c := op.Name[0]; c {
	case '+', '-', '*':
		return c
	}
	return 0
}

// evalOperand evaluates n and reports whether its value is a temporary:
// a vector just made by an arithmetic operation, shared with nothing.
func (in *Interp) evalOperand(n syntax.Node, f *frame) (k.Value, bool) {
	if d, ok := n.(*syntax.Dyad); ok && (d.Noun || d.R != nil && !isVerbTail(d.R)) {
		if op := arithVerb(d); op != 0 {
			return in.evalArith(d, op, f)
		}
	}
	return in.eval(n, f), false
}

// evalArith evaluates x op y (see arithVerb), into the storage of an
// operand that is a temporary when prim can, and reports whether the
// result is itself a temporary.
func (in *Interp) evalArith(n *syntax.Dyad, op byte, f *frame) (k.Value, bool) {
	y, yt := in.evalOperand(n.R, f)
	x, xt := in.evalOperand(n.L, f)
	in.at(f, n.P)
	if xt {
		if r, ok := prim.ArithInto(op, x, x, y); ok {
			return r, true
		}
	}
	if yt {
		if r, ok := prim.ArithInto(op, y, x, y); ok {
			return r, true
		}
	}
	if in.spare != nil {
		if r, ok := prim.ArithInto(op, in.spare, x, y); ok {
			in.spare = nil
			return r, true
		}
	}
	if in.sys.trapMode == trapSuspend && in.suspending(f) {
		// the debugger may resume with any value, a global's too
		return in.applySuspending(f, n.F, []k.Value{x, y}, func() k.Value { return in.applyDyad(n.F, x, y, f) }), false
	}
	r := in.applyDyad(n.F, x, y, f)
	return r, fresh(r, x, y)
}

// discardArith evaluates n, a statement whose value is not used, and
// reports whether it was an arithmetic operation; its result, a
// temporary nothing has seen, is kept as the spare the next such
// operation of the same type and count writes into (so `\t:10 y+y` or a
// loop of vector arithmetic reuses one buffer instead of allocating).
func (in *Interp) discardArith(n syntax.Node, f *frame) bool {
	d, ok := n.(*syntax.Dyad)
	if !ok || !d.Noun && (d.R == nil || isVerbTail(d.R)) {
		return false
	}
	op := arithVerb(d)
	if op == 0 {
		return false
	}
	if v, tmp := in.evalArith(d, op, f); tmp {
		in.spare = v
	}
	return true
}

// discardWhere evaluates n, a statement whose value is not used, when it
// is `where x` with where the primitive, and reports whether it was. For
// a boolean x the indices are written into the spare buffer when it has
// room, and the result, which nothing has seen, becomes the spare (so
// `\t:10 where b` writes one buffer instead of faulting in a fresh one).
func (in *Interp) discardWhere(n syntax.Node, f *frame) bool {
	m, ok := n.(*syntax.Monad)
	if !ok || isVerbNode(m.X) {
		return false
	}
	id, ok := m.F.(*syntax.Ident)
	if !ok || !bound(&id.B, f) || id.B.Slot != 0 || id.B.Verb == 0 {
		return false
	}
	v := verbOf(&id.B)
	if v.name != "where" {
		return false
	}
	if _, ok := in.absGet(in.qualify(id.Name, f)); ok {
		return false
	}
	x := in.eval(m.X, f)
	in.at(f, id.P)
	if in.sys.trapMode == trapSuspend && in.suspending(f) {
		in.applySuspending(f, m.F, []k.Value{x}, func() k.Value { return in.monadV(v, x) })
		return true
	}
	if in.spare != nil {
		if r, ok := prim.WhereInto(in.spare, x); ok {
			in.spare = r
			return true
		}
	}
	r := in.monadV(v, x)
	if b, ok := x.(*k.Vec[bool]); ok && b.T == k.KB && r.Len() > 0 {
		in.spare = r // made here from x, shared with nothing
	}
	return true
}

// fresh reports whether r, the result of an operation on x and y, is a
// long or float vector sharing neither itself nor its items with x or y.
func fresh(r, x, y k.Value) bool {
	switch v := r.(type) {
	case *k.Vec[int64]:
		return v.T == k.KJ && len(v.V) > 0 && apart(v.V, x) && apart(v.V, y)
	case *k.Vec[float64]:
		return v.T == k.KF && len(v.V) > 0 && apart(v.V, x) && apart(v.V, y)
	}
	return false
}

// apart reports whether the operand o is an atom or a vector of its own
// storage, not the items s (anything else might hold them).
func apart[E k.Elem](s []E, o k.Value) bool {
	switch v := o.(type) {
	case *k.Vec[E]:
		if len(v.V) == 0 {
			return true
		}
		// the two item ranges in memory must not overlap
		a0, a1 := uintptr(unsafe.Pointer(&v.V[0])), uintptr(unsafe.Pointer(&v.V[len(v.V)-1]))
		b0, b1 := uintptr(unsafe.Pointer(&s[0])), uintptr(unsafe.Pointer(&s[len(s)-1]))
		return a1 < b0 || b1 < a0
	case k.Atom[int64], k.Atom[float64], k.Atom[int32], k.Atom[int16], k.Atom[bool], k.Atom[uint8], k.Atom[float32]:
		return true
	}
	return false
}
