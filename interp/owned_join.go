// This file defines the hand-over of owned buffers (docs/ARCHITECTURE.md,
// "Values") between an accumulating iterator and the lambda it applies:
// in {x,y}/[a;list] each step's x is the previous step's result, which
// the iterator keeps no copy of. When the lambda's last statement is x,y
// and x is a local its body names nowhere else, the join is x's last use,
// so it may grow the buffer x holds in place, if the iterator handed that
// buffer over (a result of the previous step that nothing else
// references), or else copy x once into a buffer with room to spare, which
// it hands back. So a stream of joins costs amortised constant time per
// item, not a copy of the accumulator each. Whatever anyone else can see
// is never written: a buffer is handed over only by the call that made it,
// and the iterator clips the final result (snapshot) before publishing it.

package interp

import (
	"qgo/interp/k"
	"qgo/interp/syntax"
)

// lastJoin compiles s, the last statement of the lambda's body, when it is
// x,y for a local x the body names nowhere else (soleUse): called by an
// iterator that takes the result as its own (frame.hand), it joins in
// place or into a buffer with room, and says so (frame.retOwn). Otherwise
// it returns nil, and s compiles as any statement.
func (c *compiler) lastJoin(s syntax.Node) code {
	d, ok := s.(*syntax.Dyad)
	if !ok || c.lam == nil || len(c.lam.Patterns) > 0 || d.R == nil {
		return nil
	}
	if !d.Noun {
		if _, bare := d.R.(*syntax.Op); isVerbTail(d.R) || !bare && endsInNull(d.R) {
			return nil // a section, a composition, a :: train (dyad)
		}
	}
	o, ok := d.F.(*syntax.Op)
	if !ok || o.Name != "," || verbOf(&o.B) == nil {
		return nil
	}
	x, ok := d.L.(*syntax.Ident)
	if !ok || !c.bound(&x.B) || x.B.Slot == 0 || x.B.Verb != 0 || !soleUse(c.lam, x.Name) {
		return nil
	}
	general, y, i, fn, p := c.expr(s), c.expr(d.R), int(x.B.Slot-1), d.F, d.P
	return func(in *Interp, f *frame) k.Value {
		if !f.hand || in.sys.trapMode == trapSuspend {
			return general(in, f) // no hand-over while the debugger may keep frames
		}
		yv := y(in, f)
		owned := f.owns(i)
		f.disown(i)       // the join is x's last use: the buffer itself, not a reader's header
		xv := f.local1(i) // as dyad: y, then x, then the position
		in.at(f, p)
		if nv, ok := growJoin(xv, yv, owned); ok {
			f.retOwn = true
			return nv
		}
		return in.applyDyad(fn, xv, yv, f)
	}
}

// lastLocal compiles s, the last statement of the lambda's body, or a
// statement :x anywhere in it, when x is a local that the body changes
// only by x,:y, x[k]:y or x[k]op:y, in a body with nothing
// that could read or keep x otherwise (plainUses): called by an iterator
// that takes the result as its own, it hands back x's buffer when x still
// owns it (nothing has read x since x,:y grew it: owned.go). Otherwise it
// returns nil.
func (c *compiler) lastLocal(s syntax.Node) code {
	x, ok := s.(*syntax.Ident)
	if r, isRet := s.(*syntax.Return); isRet {
		x, ok = r.X.(*syntax.Ident) // :x, which ends the call wherever it stands
	}
	if !ok || c.lam == nil || len(c.lam.Patterns) > 0 || !c.bound(&x.B) || x.B.Slot == 0 || x.B.Verb != 0 {
		return nil
	}
	if _, ok := plainUses(c.lam, x.Name, true); !ok {
		return nil
	}
	general, i := c.expr(s), int(x.B.Slot-1)
	return func(in *Interp, f *frame) k.Value {
		if f.hand && f.owns(i) && f.vals[i] != nil && in.sys.trapMode != trapSuspend {
			f.retOwn = true
			f.disown(i) // x is read for the caller: the buffer itself, not a reader's header
		}
		return general(in, f)
	}
}

// reflective names the functions that may read a lambda's locals, or the
// lambda itself, by something other than an identifier in its body.
var reflective = map[string]bool{
	"value": true, "get": true, "eval": true, "reval": true, ".z.s": true, "system": true,
}

// soleUse reports whether the body of lam names the local name exactly
// once, in a body with nothing that could read or keep a local otherwise:
// no nested lambda, no branch or loop, no query or table (whose columns
// read locals by name), no name of name as a symbol, and no reflective
// function (value, get, .z.s, ...).
func soleUse(lam *syntax.Lambda, name string) bool {
	uses, ok := plainUses(lam, name, false)
	return ok && uses == 1
}

// plainUses counts the identifiers naming the local name in the body of
// lam, and reports whether the body has nothing that could read or keep
// a local otherwise (see soleUse); appends, with appends true, allows x,:y
// assignments of name, which keep its buffer owned (owned.go).
func plainUses(lam *syntax.Lambda, name string, appends bool) (int, bool) {
	uses, ok := 0, true
	for _, s := range lam.Body {
		syntax.Inspect(s, func(n syntax.Node) bool {
			switch n := n.(type) {
			case *syntax.Lambda, *syntax.Cond, *syntax.Query, *syntax.Table:
				ok = false
			case *syntax.Ident:
				if n.Name == name {
					uses++
				}
				if reflective[n.Name] {
					ok = false
				}
			case *syntax.Assign:
				oneIndex := n.Index == nil || len(n.Index) == 1 && n.Index[0] != nil // x,:y or x[k],:y (owned_entry.go)
				_, opOK := n.Op.(*syntax.Op)
				item := n.Index != nil && oneIndex && (n.Op == nil || opOK) // x[k]:y, x[k]+:y (owned_item.go, owned_dict.go)
				if n.Pattern != nil || n.Name == name && !(appends && (isJoinOp(n.Op) || item) && oneIndex && !n.Global) {
					ok = false
				}
			case *syntax.PatName:
				ok = false
			case *syntax.Const:
				if s, isSym := n.V.(k.Atom[string]); isSym && s.T == -k.KS && s.V == name {
					ok = false
				}
				if s, isSyms := n.V.(*k.Vec[string]); isSyms {
					for _, e := range s.V {
						if e == name {
							ok = false
						}
					}
				}
			case *syntax.List:
				if s, isSyms := n.K.(*k.Vec[string]); isSyms {
					for _, e := range s.V {
						if e == name {
							ok = false
						}
					}
				}
			}
			return ok
		})
	}
	return uses, ok
}

// growJoin is x,y for x a typed vector (of a base type, no attribute) and
// y an atom or vector of its type, or x and y general lists with items:
// into x itself when owned (a buffer nothing else references), else into
// a copy of x with room to grow. It reports false, doing nothing, for any
// other x and y, which Join then joins.
func growJoin(x, y k.Value, owned bool) (k.Value, bool) {
	if t := x.Type(); t > 0 && t < 20 {
		var nv k.Value
		ok := false
		switch c := x.(type) {
		case *k.Vec[bool]:
			nv, ok = growBase(c, y, owned)
		case *k.Vec[uint8]:
			nv, ok = growBase(c, y, owned)
		case *k.Vec[int16]:
			nv, ok = growBase(c, y, owned)
		case *k.Vec[int32]:
			nv, ok = growBase(c, y, owned)
		case *k.Vec[int64]:
			nv, ok = growBase(c, y, owned)
		case *k.Vec[float32]:
			nv, ok = growBase(c, y, owned)
		case *k.Vec[float64]:
			nv, ok = growBase(c, y, owned)
		case *k.Vec[string]:
			nv, ok = growBase(c, y, owned)
		case *k.Vec[k.GUID]:
			nv, ok = growBase(c, y, owned)
		}
		return nv, ok
	}
	xl, ok := x.(*k.List)
	yl, ok2 := y.(*k.List)
	if !ok || !ok2 || len(xl.V) == 0 || len(yl.V) == 0 {
		return nil, false // an empty list joins as the other side, not by items
	}
	if !owned {
		n := len(xl.V) + len(yl.V)
		v := make([]k.Value, len(xl.V), n+n/2+8)
		copy(v, xl.V)
		xl = &k.List{V: v}
	}
	xl.V = append(room(xl.V, len(yl.V)), yl.V...)
	return xl, true
}

// growBase is growJoin for the typed vector c, which has no attribute.
func growBase[E k.Elem](c *k.Vec[E], y k.Value, owned bool) (k.Value, bool) {
	if c.A != k.AttrNone {
		return nil, false // the join decides what becomes of it
	}
	nv, _, ok := growVec(c, y, owned, true)
	return nv, ok
}

// clipOwned is v, a buffer handed back by a lambda (growJoin), as anyone
// else may see it: headers whose capacity ends at their length.
func clipOwned(v k.Value) k.Value {
	if l, ok := v.(*k.List); ok {
		return &k.List{V: l.V[:len(l.V):len(l.V)]}
	}
	if d, ok := mapDict(v); ok {
		return &k.Dict{K: clipped(d.K), V: clipped(d.V)} // d[k]:y filled it (owned_dict.go)
	}
	return snapshot(v) // a vector, or a table x,:y grew
}
