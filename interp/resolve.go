// This file defines the resolver: a pass between parsing and evaluation
// that binds each operator and keyword to its entry in the verb table (a
// small integer id, so applying `+` or `count` indexes an array instead of
// looking a name up in maps), and each name inside a lambda to its local
// slot, as google/starlark-go's resolve package does. What it writes into
// the tree (syntax.Bind) depends only on the tree and on the verb table,
// never on a session, so a resolved tree may be shared.

package interp

import (
	"sync"

	"qgo/interp/k"
	"qgo/interp/prim"
	"qgo/interp/syntax"
)

// verb is one primitive's behaviour, found once: its unary and binary
// forms, each either prim's (pure) or the interpreter's.
type verb struct {
	name string
	m1   func(x k.Value) k.Value
	m2   func(in *Interp, x k.Value) k.Value
	d1   func(x, y k.Value) k.Value
	d2   func(in *Interp, x, y k.Value) k.Value
	// fb: the verb's value is a binary primitive that applied to two
	// arguments is exactly its dyad (no triad, n-ary or iterator form)
	fb bool
}

var (
	verbsOnce sync.Once
	verbTab   []*verb          // by id - 1; written once, by buildVerbs
	verbIDs   map[string]int32 // name to id; written once, by buildVerbs
)

// buildVerbs builds the verb table from the primitives' registrations. It
// runs once, when the first session starts: every file's init has run.
func buildVerbs() {
	names := map[string]bool{}
	for n := range ownMonads {
		names[n] = true
	}
	for n := range ownDyads {
		names[n] = true
	}
	for n := range prim.Monads {
		names[n] = true
	}
	for n := range prim.Dyads {
		names[n] = true
	}
	for n := range triads {
		names[n] = true
	}
	for n := range ownNary {
		names[n] = true
	}
	for _, g := range glyphs {
		names[string(g)] = true
		names[string(g)+":"] = true
	}
	for _, n := range []string{"0:", "1:", "2:"} {
		names[n] = true
	}
	delete(names, "::")
	verbIDs = make(map[string]int32, len(names))
	for n := range names {
		verbTab = append(verbTab, newVerb(n))
		verbIDs[n] = int32(len(verbTab))
	}
}

// newVerb finds the behaviour of the primitive name as monad and dyad do.
func newVerb(name string) *verb {
	v := &verb{name: name}
	mn := name
	if len(name) == 2 && name[1] == ':' && name != "0:" && name != "1:" && name != "2:" {
		if kw, ok := kFormsRev[name]; ok {
			mn = kw
		} else {
			mn = name[:1]
		}
	}
	if f, ok := ownMonads[mn]; ok {
		v.m2 = f
	} else if f, ok := prim.Monads[mn]; ok {
		v.m1 = f
	} else {
		v.m2 = func(in *Interp, x k.Value) k.Value { return in.monad(name, x) }
	}
	if f, ok := ownDyads[name]; ok {
		v.d2 = f
	} else if f, ok := prim.Dyads[name]; ok {
		v.d1 = f
	} else {
		v.d2 = func(in *Interp, x, y k.Value) k.Value { return in.dyad(name, x, y) }
	}
	p, isPrim := opValue(name).(*k.Prim)
	_, tri := triads[name]
	v.fb = isPrim && p.T == k.FB && !tri && naryRank(name) == 0 && name != "enlist"
	return v
}

// verbOf is the verb an operator or keyword node was bound to, or nil.
func verbOf(b *syntax.Bind) *verb {
	if b.Verb <= 0 {
		return nil
	}
	return verbTab[b.Verb-1]
}

// monadV applies v's unary form.
func (in *Interp) monadV(v *verb, x k.Value) k.Value {
	if v.m1 != nil {
		return v.m1(x)
	}
	return v.m2(in, x)
}

// dyadV applies v's binary form.
func (in *Interp) dyadV(v *verb, x, y k.Value) k.Value {
	if v.d1 != nil {
		return v.d1(x, y)
	}
	return v.d2(in, x, y)
}

// resolve binds the operators, keywords and lambda locals of a freshly
// parsed tree (see the file comment). It must run before the tree is
// evaluated or shared.
func resolve(n syntax.Node) {
	verbsOnce.Do(buildVerbs)
	resolveIn(n, nil)
}

// resolveIn resolves n, which is (in) the body of lam (nil: no lambda).
func resolveIn(root syntax.Node, lam *syntax.Lambda) {
	syntax.Inspect(root, func(n syntax.Node) bool {
		switch n := n.(type) {
		case *syntax.Lambda:
			n.Locals = lambdaLocals(n)
			for _, p := range n.Patterns {
				resolveIn(p, n)
			}
			for _, s := range n.Body {
				resolveIn(s, n)
			}
			return false
		case *syntax.Op:
			n.B = syntax.Bind{Done: true, Verb: verbIDs[n.Name], Lam: lam}
		case *syntax.Ident:
			bindName(&n.B, n.Name, lam)
		case *syntax.Assign:
			bindName(&n.B, n.Name, lam)
		}
		return true
	})
}

// bindName resolves a name used or assigned in lam.
func bindName(b *syntax.Bind, name string, lam *syntax.Lambda) {
	*b = syntax.Bind{Done: true, Lam: lam}
	if lam != nil {
		for i, l := range lam.Locals {
			if l == name {
				b.Slot = int32(i + 1)
				break
			}
		}
	}
	if isBuiltin(name) {
		b.Verb = verbIDs[name]
	}
}

// lambdaLocals lists a lambda's locals by slot: its parameters, then the
// names its patterns bind and its body assigns with a single colon.
func lambdaLocals(n *syntax.Lambda) []string {
	locals := append([]string(nil), n.Params...)
	globals := map[string]bool{}
	for _, s := range n.Patterns {
		collectLocals(s, &locals, globals)
	}
	for _, s := range n.Body {
		collectLocals(s, &locals, globals)
	}
	return locals
}

// bound reports whether a resolved binding holds in frame f: the node was
// resolved, and f is a call of the lambda it was resolved in (or the top
// level for a node outside lambdas). Frames of qSQL column expressions,
// the debugger's levels and evaluated parse trees fall back to names.
func bound(b *syntax.Bind, f *frame) bool {
	if !b.Done {
		return false
	}
	if f == nil {
		return b.Lam == nil
	}
	return f.local && f.code != nil && f.code.node == b.Lam && b.Lam != nil
}
