// This file compiles application (compile.go): f[a;b] with one to four
// arguments, where an item l[i] of a local vector keeps the local's
// buffer, a binary keyword k[x;y] is its verb bound once, and a global
// lambda of the arguments' rank is read from its cell and called with no
// other check; and f[], f applied to the generic null. Anything else is
// applied as the tree walker (evalApply) applies it.

package interp

import (
	"qgo/interp/k"
	"qgo/interp/syntax"
)

// apply compiles f[a;b;...] with one to four arguments and no holes.
func (c *compiler) apply(n *syntax.Apply) code { return c.applyUse(n, false) }

// applyUse is apply; unused says the value is discarded (a statement),
// which a lambda called learns (frame.unused).
func (c *compiler) applyUse(n *syntax.Apply, unused bool) code {
	if len(n.Args) == 0 {
		return c.applyNone(n, unused)
	}
	if len(n.Args) > 4 {
		return walk(n)
	}
	for _, a := range n.Args {
		if a == nil {
			return walk(n) // a projection
		}
	}
	switch n.F.(type) {
	case *syntax.Op, *syntax.Iter:
		return walk(n)
	}
	fn, args, p := c.expr(n.F), c.exprs(n.Args), n.F.Pos()
	if id, ok := n.F.(*syntax.Ident); ok && len(n.Args) == 1 && c.bound(&id.B) && id.B.Slot > 0 {
		// l[i] of a local: an item of a typed vector is an atom, which
		// shares nothing, so l keeps owning its buffer (owned_item.go)
		x, s := args[0], int(id.B.Slot-1)
		return func(in *Interp, f *frame) k.Value {
			if in.sys.trapMode == trapSuspend && in.suspending(f) {
				return in.eval(n, f)
			}
			xv := x(in, f)
			in.at(f, p)
			if v := f.vals[s]; isTypedVec(v) {
				if _, ok := itemIndex(xv, v.Len()); ok {
					return in.index(v, xv)
				}
			}
			fv := f.local1(s)
			if l, ok := fv.(*k.Lambda); ok && max(1, len(l.Params)) == 1 {
				return in.callLambda(l, []k.Value{xv})
			}
			return in.apply(fv, []k.Value{xv})
		}
	}
	if id, ok := n.F.(*syntax.Ident); ok && id.B.Verb != 0 && id.B.Slot == 0 && len(n.Args) == 2 {
		if vb := verbOf(&id.B); vb != nil && vb.fb {
			// k[x;y] of a keyword that is a plain binary primitive
			// (insert[`t;r]) is x k y: its verb, bound once, unless a
			// global of that name hides it (applyMonad)
			x, y := args[0], args[1]
			return func(in *Interp, f *frame) k.Value {
				if in.sys.trapMode == trapSuspend && in.suspending(f) {
					return in.eval(n, f)
				}
				yv := y(in, f)
				xv := x(in, f)
				in.at(f, p)
				if !in.globalNamed(id, f) {
					return in.dyadV(vb, xv, yv)
				}
				return in.apply(fn(in, f), []k.Value{xv, yv})
			}
		}
	}
	if id, ok := n.F.(*syntax.Ident); ok && id.B.Verb != 0 && len(n.Args) == 1 {
		x := args[0]
		return func(in *Interp, f *frame) k.Value {
			if in.sys.trapMode == trapSuspend && in.suspending(f) {
				return in.eval(n, f)
			}
			xv := x(in, f)
			in.at(f, p)
			return in.applyMonad(id, xv, f) // neg[h] is neg h (evalApply)
		}
	}
	if gid, name, ok := c.globalName(n.F); ok {
		// f[a;b] of a global f: a lambda of that rank in f's cell is
		// called with no other check, as the one below finds it (a
		// lambda is neither a map nor a vector to index)
		rest := c.applyRest(n, fn, unused)
		if len(args) == 1 {
			// f[x], the commonest of all (a recursion's f[x-1])
			x := args[0]
			return func(in *Interp, f *frame) k.Value {
				if in.sys.trapMode == trapSuspend && in.suspending(f) {
					return in.eval(n, f)
				}
				var buf [1]k.Value
				buf[0] = x(in, f)
				in.at(f, p)
				ctx := in.frameCtx(f)
				c := in.cellOf(gid, ctx) // globalByID's common case, inline
				if c == nil {
					c = in.globalByID(gid, name, ctx)
				}
				if c != nil {
					if l, ok := c.v.(*k.Lambda); ok && len(l.Params) <= 1 {
						in.unused = unused // callOwning takes it first
						return in.callLambda(l, buf[:])
					}
				}
				return rest(in, f, buf[:])
			}
		}
		if len(args) == 2 {
			// the commonest rank, with no loop over the arguments
			x, y := args[0], args[1]
			return func(in *Interp, f *frame) k.Value {
				if in.sys.trapMode == trapSuspend && in.suspending(f) {
					return in.eval(n, f)
				}
				yv := y(in, f)
				xv := x(in, f)
				in.at(f, p)
				ctx := in.frameCtx(f)
				c := in.cellOf(gid, ctx) // globalByID's common case, inline
				if c == nil {
					c = in.globalByID(gid, name, ctx)
				}
				// the arguments go into an array only on the ways that
				// take them as a slice: an append (upd) takes them as they are
				if c != nil {
					if l, ok := c.v.(*k.Lambda); ok && len(l.Params) == 2 {
						if v, ok := in.appendLambda(l, xv, yv, !unused); ok {
							return v // upd:{x insert y} (compile_append.go)
						}
						in.unused = unused // callOwning takes it first
						buf := [2]k.Value{xv, yv}
						return in.callLambda(l, buf[:])
					}
					if v, ok := in.appendPrim(c.v, xv, yv, !unused); ok {
						return v // upd:insert (compile_append.go)
					}
				}
				buf := [2]k.Value{xv, yv}
				return rest(in, f, buf[:])
			}
		}
		return func(in *Interp, f *frame) k.Value {
			if in.sys.trapMode == trapSuspend && in.suspending(f) {
				return in.eval(n, f)
			}
			var buf [4]k.Value
			for i := len(args) - 1; i >= 0; i-- {
				buf[i] = args[i](in, f)
			}
			in.at(f, p)
			ctx := in.frameCtx(f)
			c := in.cellOf(gid, ctx) // globalByID's common case, inline
			if c == nil {
				c = in.globalByID(gid, name, ctx)
			}
			if c != nil {
				if l, ok := c.v.(*k.Lambda); ok && max(1, len(l.Params)) == len(args) {
					in.unused = unused // callOwning takes it first
					return in.callLambda(l, buf[:len(args)])
				}
			}
			return rest(in, f, buf[:len(args)])
		}
	}
	rest := c.applyRest(n, fn, unused)
	return func(in *Interp, f *frame) k.Value {
		if in.sys.trapMode == trapSuspend && in.suspending(f) {
			return in.eval(n, f)
		}
		// as evalApply: the arguments in a buffer on the stack, which a
		// lambda of their rank takes into its frame
		var buf [4]k.Value
		for i := len(args) - 1; i >= 0; i-- {
			buf[i] = args[i](in, f)
		}
		in.at(f, p)
		return rest(in, f, buf[:len(args)])
	}
}

// applyRest is what the compiled f[a;b..] of n does once its arguments
// args are evaluated (and the position set), as evalApply does it: fn is
// n.F compiled. args is the caller's buffer: only a lambda of their rank
// is given it, anything else a copy.
func (c *compiler) applyRest(n *syntax.Apply, fn code, unused bool) func(in *Interp, f *frame, args []k.Value) k.Value {
	return func(in *Interp, f *frame, args []k.Value) k.Value {
		if id, ok := n.F.(*syntax.Ident); ok {
			if len(args) == 1 {
				if v, ok := in.globalItem(id, args[0], f); ok {
					return v // g[k] of a map: owned_item.go
				}
			}
			if v, ok := in.globalIndexed(id, f, args); ok {
				return v // g[i;j] of a global: owned_item.go
			}
		}
		fv := fn(in, f)
		if l, ok := fv.(*k.Lambda); ok && max(1, len(l.Params)) == len(args) {
			in.unused = unused // callOwning takes it first
			return in.callLambda(l, args)
		}
		if p, ok := fv.(*k.Prim); ok && len(args) == 2 {
			if v, ok := in.applyPrim2(p, args[0], args[1]); ok {
				return v
			}
		}
		if len(args) == 1 {
			return in.apply1(fv, args[0]) // it copies what it keeps
		}
		return in.apply(fv, append([]k.Value(nil), args...))
	}
}

// globalName is the id and name of n when n is a name the resolver bound
// to a global cell in the code compiled (not a local, nor a keyword).
func (c *compiler) globalName(n syntax.Node) (int32, string, bool) {
	id, ok := n.(*syntax.Ident)
	if !ok || !c.bound(&id.B) || id.B.Slot != 0 || id.B.Verb != 0 || id.B.G == 0 {
		return 0, "", false
	}
	return id.B.G, id.Name, true
}

// applyNone compiles f[], which applies f to the generic null :: (as
// evalApply): a lambda of rank 1 is called with it directly, any other f
// applied as the tree walker applies it.
func (c *compiler) applyNone(n *syntax.Apply, unused bool) code {
	switch n.F.(type) {
	case *syntax.Op, *syntax.Iter:
		return walk(n)
	}
	fn, p := c.expr(n.F), n.F.Pos()
	return func(in *Interp, f *frame) k.Value {
		if in.sys.trapMode == trapSuspend && in.suspending(f) {
			return in.eval(n, f)
		}
		in.at(f, p)
		fv := fn(in, f)
		if l, ok := fv.(*k.Lambda); ok && len(l.Params) <= 1 {
			in.unused = unused
			one := [1]k.Value{k.Identity}
			return in.callLambda(l, one[:])
		}
		return in.apply(fv, []k.Value{k.Identity})
	}
}
