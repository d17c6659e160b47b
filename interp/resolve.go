// This file defines the resolver: a pass between parsing and evaluation
// that binds each operator and keyword to its entry in the verb table
// (verbtab.go: a small integer id, so applying `+` or `count` indexes an array instead of
// looking a name up in maps), and each name inside a lambda to its local
// slot, as google/starlark-go's resolve package does. What it writes into
// the tree (syntax.Bind) depends only on the tree and on the verb table,
// never on a session, so a resolved tree may be shared.

package interp

import (
	"slices"

	"qgo/interp/k"
	"qgo/interp/syntax"
)

// verbOf is the verb an operator or keyword node was bound to, or nil.
func verbOf(b *syntax.Bind) *verb {
	if b.Verb <= 0 {
		return nil
	}
	return verbs.verbs[b.Verb-1]
}

// resolve binds the operators, keywords and lambda locals of a freshly
// parsed tree (see the file comment). It must run before the tree is
// evaluated or shared.
func resolve(n syntax.Node) {
	if c := resolveChecked(n); c != nil {
		k.Signal(c.name)
	}
}

// resolveChecked is resolve, giving back the conflict of a lambda that
// assigns a name locally after assigning it globally ({a::1;a:1}) rather
// than signalling it, so that the caller can point the caret at it.
func resolveChecked(n syntax.Node) (c *localConflict) {
	defer func() {
		if r := recover(); r != nil {
			lc, ok := r.(localConflict)
			if !ok {
				panic(r)
			}
			c = &lc
		}
	}()
	resolveIn(n, nil)
	return nil
}

// resolveLine is resolve for a statement run at the top level: the
// caret of a local-assignment conflict is put at the local assignment,
// where q's compiler points ({a::1;a:1}).
func (in *Interp) resolveLine(n syntax.Node) {
	if c := resolveChecked(n); c != nil {
		if c.pos >= 0 {
			in.sys.pos = c.pos
		}
		k.Signal(c.name)
	}
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
		case *syntax.Iter:
			n.B = syntax.Bind{Done: true, Verb: verbs.id(n.Adverb), Lam: lam}
		case *syntax.Dyad:
			n.Noun = n.R != nil && !isVerbTail(n.R) && !endsInNull(n.R) // eval.go
		case *syntax.Op:
			n.B = syntax.Bind{Done: true, Verb: verbs.id(n.Name), Lam: lam}
		case *syntax.Ident:
			bindName(&n.B, n.Name, lam)
		case *syntax.Assign:
			bindName(&n.B, n.Name, lam)
		case *syntax.List:
			if n.K == nil {
				n.K = constList(n)
			}
		}
		return true
	})
}

// constList is the value of a list whose items are all constants, such
// as the record (1;2f), or nil. Values are immutable, so every evaluation
// may share it.
func constList(n *syntax.List) k.Value {
	if len(n.Items) == 0 {
		return nil
	}
	vals := make([]k.Value, len(n.Items))
	for i, it := range n.Items {
		if l, ok := it.(*syntax.List); ok {
			if l.K == nil {
				l.K = constList(l) // before Inspect reaches it: (`upd;`t;(`a;1.5))
			}
			if vals[i] = l.K; l.K == nil {
				return nil
			}
			continue
		}
		c, ok := it.(*syntax.Const)
		if !ok {
			return nil
		}
		vals[i] = c.V
	}
	return k.Unify(vals)
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
		b.Verb = verbs.id(name)
	}
	if b.Slot == 0 {
		b.G = globalID(name) // its cell, found once per session: globals.go
	}
}

// lambdaLocals lists a lambda's locals by slot: its parameters, then the
// names its patterns bind and its body assigns with a single colon.
func lambdaLocals(n *syntax.Lambda) []string {
	locals := append([]string(nil), n.Params...)
	globals := map[string]bool{}
	for _, s := range n.Patterns {
		collectLocals(s, &locals, globals, len(n.Params))
	}
	for _, s := range n.Body {
		collectLocals(s, &locals, globals, len(n.Params))
	}
	if countGlobals(n, locals) > maxGlobals {
		k.Signal("globals")
	}
	return locals
}

// maxGlobals is how many global names a lambda may refer to: q's limit,
// 110 (docs/basics/function-notation.md); one more is 'globals when the
// lambda is defined (docs/basics/errors.md).
const maxGlobals = 110

// countGlobals counts the distinct global names lambda n refers to, as
// lambdaGlobals lists them for value: names that are not its locals nor
// keywords, outside inner lambdas, and of a query only its table.
func countGlobals(n *syntax.Lambda, locals []string) int {
	var seen map[string]bool
	var visit func(x syntax.Node) bool
	visit = func(x syntax.Node) bool {
		name := ""
		switch x := x.(type) {
		case *syntax.Lambda:
			return x == n
		case *syntax.Ident:
			name = x.Name
		case *syntax.Assign:
			name = x.Name
		case *syntax.Query:
			syntax.Inspect(x.From, visit)
			return false
		}
		if name != "" && !seen[name] && !slices.Contains(locals, name) && !isBuiltin(name) {
			if seen == nil {
				seen = map[string]bool{}
			}
			seen[name] = true
		}
		return true
	}
	syntax.Inspect(n, visit)
	return len(seen)
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
