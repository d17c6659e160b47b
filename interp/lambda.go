package interp

// This file is `:x` written inside an expression whose value is used
// (f $[c;:x;y], a:$[c;:x;y], 1+:x): q leaves the function there, with
// nothing after it evaluated. A return where a statement's value is not
// used (a statement, a branch of $[..] or a body of if[..] that is one)
// sets the frame's flag, which the statement loops test; one inside an
// expression unwinds to its call instead.

import (
	"qgo/interp/k"
	"qgo/interp/syntax"
)

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

// runCatching runs the compiled body of a lambda holding nested returns in
// its frame fr, as callOwning runs one, taking back the unwinding of a
// nested `:x` of this frame as its result.
func (in *Interp) runCatching(body *compiled, fr *frame) (v k.Value, own bool) {
	defer func() {
		if r := recover(); r != nil {
			if u, ok := r.(returnUnwind); ok && u.f == fr {
				fr.done = true
				v, own = fr.retv, false
				return
			}
			panic(r)
		}
	}()
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
