// This file defines a lambda's resolved form, made once from its literal:
// its locals by slot, the operator it may be, and the returns written
// inside expressions; and how such a `:x` leaves the function.
//
// `:x` written inside an expression whose value is used
// (f $[c;:x;y], a:$[c;:x;y], 1+:x): q leaves the function there, with
// nothing after it evaluated. A return where a statement's value is not
// used (a statement, a branch of $[..] or a body of if[..] that is one)
// sets the frame's flag, which the statement loops test; one inside an
// expression unwinds to its call instead.

package interp

import (
	"slices"
	"sync/atomic"

	"qgo/interp/k"
	"qgo/interp/syntax"
)

// lambdaCode is a lambda's resolved form: its locals (parameters first,
// then names assigned with a single colon) by slot.
type lambdaCode struct {
	node   *syntax.Lambda
	locals []string
	nparam int
	nested map[*syntax.Return]bool // returns inside expressions: nestedReturns
	asOp   string                  // the operator, when the whole body is `x op y`

	comp atomic.Pointer[compiled] // the body compiled, from its first call: compile.go
}

// makeLambda makes the function value of a lambda literal.
func (in *Interp) makeLambda(n *syntax.Lambda, f *frame) k.Value {
	code := nodeCode(n)
	ctx := in.ctx
	if f != nil && f.local {
		ctx = f.ctx
	}
	return &k.Lambda{Src: n.Src, Params: n.Params, Ctx: ctx, Code: code}
}

// nodeCode is the resolved form of the lambda literal n, made once and
// kept in n.
func nodeCode(n *syntax.Lambda) *lambdaCode {
	code, _ := n.Code.Load().(*lambdaCode)
	if code == nil {
		code = &lambdaCode{node: n, nparam: len(n.Params)}
		code.locals = lambdaLocals(n)
		code.asOp = bodyOp(n)
		code.nested = nestedReturns(n)
		n.Code.Store(code) // bootstrap trees are shared: another interpreter may store an equal one
	}
	return code
}

// bodyOp returns the operator op when a lambda is exactly {x op y} (or
// {[a;b] a op b}): such a lambda is that operator, and the iterators run it
// as one. It returns "" otherwise.
func bodyOp(n *syntax.Lambda) string {
	if len(n.Params) != 2 || len(n.Body) != 1 || n.Patterns != nil {
		return ""
	}
	d, ok := n.Body[0].(*syntax.Dyad)
	if !ok {
		return ""
	}
	op, ok := d.F.(*syntax.Op)
	l, okl := d.L.(*syntax.Ident)
	r, okr := d.R.(*syntax.Ident)
	if !ok || !okl || !okr || l.Name != n.Params[0] || r.Name != n.Params[1] || !atomicPrim(op.Name) {
		return ""
	}
	return op.Name
}

// asPrim gives the operator a lambda is equivalent to, or f itself.
func asPrim(f k.Value) k.Value {
	if l, ok := f.(*k.Lambda); ok {
		if code := codeOf(l); code != nil && code.asOp != "" {
			return &k.Prim{T: k.FB, Name: code.asOp}
		}
	}
	return f
}

// maxLocals is how many locals besides its parameters a lambda may
// assign: q's limit, 110 (docs/basics/function-notation.md); one more is
// 'locals when the lambda is defined. It also keeps the search of the
// locals' list by name short.
const maxLocals = 110

// collectLocals appends the names assigned with a single colon in n (not
// inside nested lambdas) to locals. globals holds the names already
// assigned with a double colon: assigning one of them locally afterwards
// signals its name, as q does for {a::1;a:1}, by panicking with a
// localConflict, which resolve turns into the signal. More than
// maxLocals locals besides the params parameters signal 'locals.
func collectLocals(n syntax.Node, locals *[]string, globals map[string]bool, params int) {
	add := func(name string, pos int) {
		if globals[name] {
			panic(localConflict{name, pos})
		}
		for _, l := range *locals {
			if l == name {
				return
			}
		}
		if len(*locals)-params >= maxLocals {
			k.Signal("locals")
		}
		*locals = append(*locals, name)
	}
	var walk func(n syntax.Node)
	walk = func(n syntax.Node) {
		switch n := n.(type) {
		case *syntax.Assign:
			if !n.Global && n.Index == nil && n.Op == nil && n.Pattern == nil && !hasDot(n.Name) {
				add(n.Name, n.P)
			}
			if n.Global && n.Index == nil && n.Op == nil && n.Pattern == nil {
				if !slices.Contains(*locals, n.Name) {
					globals[n.Name] = true
				}
			}
			for _, x := range n.Index {
				walk(x)
			}
			walk(n.Pattern)
			walk(n.X)
		case *syntax.Iter:
			walk(n.F)
		case *syntax.Apply:
			walk(n.F)
			for _, a := range n.Args {
				walk(a)
			}
		case *syntax.Monad:
			walk(n.F)
			walk(n.X)
		case *syntax.Dyad:
			walk(n.F)
			walk(n.L)
			walk(n.R)
		case *syntax.List:
			for _, a := range n.Items {
				walk(a)
			}
		case *syntax.Paren:
			walk(n.X)
		case *syntax.Return:
			walk(n.X)
		case *syntax.Signal:
			walk(n.X)
		case *syntax.Cond:
			for _, a := range n.Args {
				walk(a)
			}
		case *syntax.Seq:
			for _, a := range n.Items {
				walk(a)
			}
		default: // the names a pattern binds are locals too
			for _, name := range syntax.PatternNames(n) {
				if !hasDot(name) {
					add(name, -1)
				}
			}
		}
	}
	walk(n)
}

// localConflict is the panic of collectLocals for a name a lambda assigns
// locally after assigning it globally: the name, and where in the source
// the local assignment is (-1 if unknown).
type localConflict struct {
	name string
	pos  int
}

// hasDot reports whether name s holds a dot (a namespaced name, or a
// dictionary entry's path).
func hasDot(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == '.' {
			return true
		}
	}
	return false
}

// returnUnwind is what a nested `:x` panics with: the frame it leaves,
// whose ret and retv it has already set. Only the call of that frame
// recovers it (catchReturn); traps let it pass, as they do Go panics.
type returnUnwind struct{ f *frame }

// nestedReturns lists the returns of lambda lam that sit inside an
// expression whose value is used, or nil when there are none. Inner
// lambdas have their own calls and are not looked into.
func nestedReturns(lam *syntax.Lambda) map[*syntax.Return]bool {
	var out map[*syntax.Return]bool
	expr := func(n syntax.Node) {
		if n == nil {
			return
		}
		syntax.Inspect(n, func(x syntax.Node) bool {
			switch x := x.(type) {
			case *syntax.Lambda:
				return false
			case *syntax.Return:
				if out == nil {
					out = map[*syntax.Return]bool{}
				}
				out[x] = true
			}
			return true
		})
	}
	var stmt func(n syntax.Node)
	stmt = func(n syntax.Node) {
		switch n := n.(type) {
		case *syntax.Return:
			expr(n.X)
		case *syntax.Seq:
			for _, it := range n.Items {
				stmt(it)
			}
		case *syntax.Cond:
			switch n.Kind {
			case "$":
				// a condition that is itself :x is tested for (cond)
				for _, a := range n.Args {
					stmt(a)
				}
			case "if", "do", "while":
				if len(n.Args) > 0 {
					expr(n.Args[0])
					for _, a := range n.Args[1:] {
						stmt(a)
					}
				}
			default:
				expr(n)
			}
		default:
			expr(n)
		}
	}
	for _, s := range lam.Body {
		stmt(s)
	}
	return out
}

// returnNow ends the evaluation of the expression holding a nested `:x`
// whose value is v: it sets f's flag and unwinds to f's call.
func returnNow(f *frame, v k.Value) {
	f.ret, f.retv = true, v
	panic(returnUnwind{f})
}

// catchReturn, deferred by a call of frame fr whose lambda holds nested
// returns, takes back the unwinding of a nested `:x` of fr as the call's
// result (v and own); any other panic goes on.
func catchReturn(fr *frame, v *k.Value, own *bool) {
	if r := recover(); r != nil {
		if u, ok := r.(returnUnwind); ok && u.f == fr {
			fr.done = true
			*v, *own = fr.retv, false
			return
		}
		panic(r)
	}
}

// walkCatching is walkBody for a lambda holding nested returns, for
// callWalk.
func (in *Interp) walkCatching(code *lambdaCode, fr *frame) (v k.Value, own bool) {
	defer catchReturn(fr, &v, &own)
	return in.walkBody(code, fr)
}

// runCatching runs the compiled body of a lambda holding nested returns in
// its frame fr, as callOwning runs one, taking back the unwinding of a
// nested `:x` of this frame as its result.
func (in *Interp) runCatching(body *compiled, fr *frame) (v k.Value, own bool) {
	defer catchReturn(fr, &v, &own)
	v = k.Identity
	for _, s := range body.body {
		v = s(in, fr)
		if fr.ret {
			fr.done = true
			return fr.retv, fr.retOwn
		}
	}
	fr.done = true
	if body.trail {
		return k.Identity, false
	}
	return v, fr.retOwn
}
