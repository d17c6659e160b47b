// This file defines the tree walk: evaluation of each kind of syntax node.
// The compiler of lambda bodies (compile.go) takes the same decisions for
// the forms it compiles: a change of what a form does here is made there too
// (TestCompiledMatchesWalk compares the two).
// How a name finds its value is in lookup.go.

package interp

import (
	"slices"

	"qgo/interp/k"
	"qgo/interp/syntax"
)

// frame is one lambda call's locals. A nil frame is the console's top
// level, where every assignment is global.
type frame struct {
	code   *lambdaCode
	vals   []k.Value // by slot, parallel to code.locals; nil = unassigned
	ctx    string    // namespace the lambda was defined in
	ret    bool      // a `:x` has run
	retv   k.Value
	local  bool   // true inside a lambda
	parent *frame // the call this one was made from (nil: the top level)
	pos    int    // source position being applied, for the error caret (debug.go)
	own    uint64 // bit i: local slot i holds a buffer only it references (owned.go)
	grow   uint64 // bit i: readers of slot i's list hold clipped headers of it; appends may still go in place (owned.go)
	hand   bool   // the caller takes the value as its own: an owned result may be handed back (owned.go)
	retOwn bool   // the value returned is a buffer nothing else references (owned.go)
	unused bool   // the caller discards the value: the last statement need not make it (compiledBody)
	done   bool   // the call has returned: endCall puts the frame back for reuse (apply.go)

	inline [4]k.Value // backing for vals in the common case of few locals
	big    []k.Value  // backing for vals when there are more, kept for reuse
}

func (f *frame) slot(name string) int {
	if f == nil {
		return -1
	}
	for i, n := range f.code.locals {
		if n == name {
			return i
		}
	}
	return -1
}

// eval evaluates node n in frame f.
func (in *Interp) eval(n syntax.Node, f *frame) k.Value {
	switch n := n.(type) {
	case nil:
		return k.Identity
	case *syntax.Const:
		return n.V
	case *syntax.Ident:
		in.at(f, n.P)
		if in.sys.trapMode == trapSuspend && n.B.Slot == 0 && in.suspending(f) {
			// an undefined name suspends where it is read
			return in.applySuspending(f, nil, nil, func() k.Value { return in.lookup(n.Name, f) })
		}
		if bound(&n.B, f) {
			if n.B.Slot > 0 {
				return f.local1(int(n.B.Slot - 1))
			}
			if n.B.Verb == 0 {
				if c := in.globalByID(n.B.G, n.Name, in.frameCtx(f)); c != nil && c.v != nil {
					return in.read(n.Name, c.v) // the global's cell, bound once: globals.go
				}
				return in.lookupNamed(n.Name, f) // not a keyword, so not reserved
			}
			return in.lookupGlobal(n.Name, f)
		}
		return in.lookup(n.Name, f)
	case *syntax.Op:
		return opValue(n.Name)
	case *syntax.Iter:
		return &k.Derived{T: iterType(n), F: in.verbValue(n.F, f)}
	case *syntax.Paren:
		return in.evalParen(n, f)
	case *syntax.Monad:
		if isVerbNode(n.X) {
			// f g with g a verb is a composition
			g := in.verbValue(n.X, f)
			return compose(in.verbValue(n.F, f), g)
		}
		if op, ok := n.X.(*syntax.Op); ok && op.Name == "::" {
			if c, ok := n.F.(*syntax.Const); ok {
				return c.V // data :: is the data, even if it is not applicable
			}
		}
		if endsInNull(n.X) {
			// f g:: is the composition of f, g and :: when f is a function
			// (ref/compose.md, implicit composition); data :: is data[::]
			if fv := in.eval(n.F, f); fv.Type() >= 100 && !k.IsIdentity(fv) || in.namesFunc(fv) {
				if g, ok := in.nullTrain(n.X, f); ok {
					if g == nil {
						return fv // f:: applies as f itself
					}
					return compose(fv, g)
				}
			} else if fv.Type() >= 0 {
				// a list or dictionary is a unary value too: ran -1+last::
				// indexes ran at what -1+last gives (a list before a train
				// of functions); before a bare :: it is data[::]
				if g, ok := in.nullTrain(n.X, f); ok && g != nil {
					return compose(fv, g)
				}
			}
		}
		x, peeked := in.peekArg(n, f) // count g: owned_item.go
		if !peeked {
			x = in.eval(n.X, f)
		}
		in.at(f, n.F.Pos())
		if in.sys.trapMode == trapSuspend && in.suspending(f) {
			return in.applySuspending(f, n.F, []k.Value{x}, func() k.Value { return in.applyMonad(n.F, x, f) })
		}
		return in.applyMonad(n.F, x, f)
	case *syntax.Dyad:
		if !n.Noun { // R's shape, unless the resolver found it a noun
			if v, ok := in.dyadForm(n, f); ok {
				return v
			}
		}
		if op := arithVerb(n); op != 0 {
			v, _ := in.evalArith(n, op, f) // temporaries reused: temps.go
			return v
		}
		y := in.eval(n.R, f)
		if id, ok := n.L.(*syntax.Ident); ok {
			if op, ok := n.F.(*syntax.Op); ok && op.Name == "@" {
				if v, ok := in.globalItem(id, y, f); ok {
					return v // g@i: an item, not the global read whole
				}
			}
		}
		x := in.eval(n.L, f)
		in.at(f, n.P)
		if in.sys.trapMode == trapSuspend && in.suspending(f) {
			return in.applySuspending(f, n.F, []k.Value{x, y}, func() k.Value { return in.applyDyad(n.F, x, y, f) })
		}
		return in.applyDyad(n.F, x, y, f)
	case *syntax.Apply:
		if in.sys.trapMode == trapSuspend && in.suspending(f) {
			return in.applySuspending(f, nil, nil, func() k.Value { return in.evalApply(n, f) })
		}
		return in.evalApply(n, f)
	case *syntax.Lambda:
		return in.makeLambda(n, f)
	case *syntax.List:
		return in.evalList(n, f)
	case *syntax.Assign:
		if isViewDef(n, f) {
			return in.defineView(n) // v::expr in source at the top level is a view
		}
		v := in.assign(n, f)
		if in.valueSetOn() {
			in.valueSet(n, f)
		}
		return v
	case *syntax.Return:
		v := in.eval(n.X, f)
		if f != nil && f.code != nil && f.code.nested[n] {
			returnNow(f, v) // :x inside an expression: lambda.go
		}
		if f != nil {
			f.ret, f.retv = true, v
		}
		return v
	case *syntax.Signal:
		msg := signalText(in.eval(n.X, f))
		in.at(f, n.P)
		if in.sys.trapMode == trapSuspend && in.suspending(f) {
			return in.suspend(&k.Error{Msg: msg}, f) // 'x in a function suspends there
		}
		k.Signal(msg)
	case *syntax.Cond:
		return in.evalCond(n, f)
	case *syntax.Seq:
		if a, ok := topView(n, f); ok {
			// v::a;b;c at the top level: the view is the whole line
			return in.defineView(&syntax.Assign{P: a.P, Name: a.Name, Global: true,
				X: &syntax.Seq{Items: append([]syntax.Node{a.X}, n.Items[1:]...)}})
		}
		var v k.Value = k.Identity
		for _, it := range n.Items {
			v = in.eval(it, f)
			if f != nil && f.ret {
				return f.retv
			}
		}
		return v
	case *syntax.Table:
		return in.evalTable(n, f)
	case *syntax.Query:
		in.at(f, n.P)
		return in.evalQuery(n, f)
	case *syntax.System:
		in.at(f, n.P)
		return in.system(n.Cmd)
	}
	k.Signal("nyi")
	return nil
}

// leftSection is x f with f's right argument missing: for an operator the
// projection f[x], shown so and valued (f;x) as q does ($["b"] in value
// differ, docs/ref/value.md); for a derived verb, which may take one argument
// itself, f[x;] with the right elided.
func leftSection(fn, x k.Value) k.Value {
	if p, ok := fn.(*k.Prim); ok && p.T == k.FB {
		return &k.Proj{F: fn, Args: []k.Value{x}}
	}
	return &k.Proj{F: fn, Args: []k.Value{x, nil}}
}

// dyadForm evaluates the forms of x f R that are not an application: R
// missing (a left section), a verb (a composition) or a train ending in
// ::. ok is false for an application.
func (in *Interp) dyadForm(n *syntax.Dyad, f *frame) (k.Value, bool) {
	if n.R == nil {
		return leftSection(in.verbValue(n.F, f), in.eval(n.L, f)), true
	}
	if _, bare := n.R.(*syntax.Op); !bare && endsInNull(n.R) {
		// x f g:: is the left section x f composed with g
		if g, ok := in.nullTrain(n.R, f); ok && g != nil {
			return compose(leftSection(in.verbValue(n.F, f), in.eval(n.L, f)), g), true
		}
	}
	if isVerbTail(n.R) {
		// x f g with g a verb: the left section of f composed with g;
		// q's keywords are verbs, so `time xdesc upsert composes too
		g := in.verbValue(n.R, f)
		l := in.eval(n.L, f)
		return compose(&k.Proj{F: in.verbValue(n.F, f), Args: []k.Value{l, nil}}, g), true
	}
	return nil, false
}

// isVerbNode reports whether n is syntactically a verb with no right
// argument: an operator, a derived verb, a left section, or a chain of
// them. Applied to such a node, a function composes instead of applying.
func isVerbNode(n syntax.Node) bool {
	switch n := n.(type) {
	case *syntax.Op:
		return n.Name != "::"
	case *syntax.Iter:
		return true
	case *syntax.Dyad:
		return n.R == nil || isVerbNode(n.R)
	case *syntax.Monad:
		return isVerbNode(n.X)
	}
	return false
}

// isVerbTail reports whether n, the right of x f n, makes x f n a
// composition: a verb (isVerbNode) or the bare name of a keyword q
// applies infix (upsert, xdesc), which its parser takes as a verb
// wherever it stands: `time xdesc upsert composes (Q Tips' timer.q,
// "transform .timer.merge into a composition"). Other keywords (count,
// hopen) are nouns there: -8!hopen serializes hopen.
func isVerbTail(n syntax.Node) bool {
	if isVerbNode(n) {
		return true
	}
	id, ok := n.(*syntax.Ident)
	return ok && syntax.IsInfix(id.Name) && reservedWord(id.Name) && isBuiltin(id.Name)
}

// endsInNull reports whether n is the bare :: or a chain of unaries (or
// left sections, 3#) ending in it: the tail of f g::.
func endsInNull(n syntax.Node) bool {
	switch n := n.(type) {
	case *syntax.Op:
		return n.Name == "::"
	case *syntax.Monad:
		return endsInNull(n.X)
	case *syntax.Dyad:
		return n.R != nil && endsInNull(n.R)
	}
	return false
}

// nullTrain is the function a tail g h:: or 3#:: stands for inside f g::
// (nil for the bare ::); ok is false when an item is not a function.
func (in *Interp) nullTrain(n syntax.Node, f *frame) (k.Value, bool) {
	var head, tail k.Value
	var ok bool
	switch n := n.(type) {
	case *syntax.Op:
		return nil, true
	case *syntax.Monad:
		head = in.eval(n.F, f)
		if data := head.Type() >= 0 && head.Type() < 100; data {
			// a list or dictionary inside the train is a unary value
			// too, indexed at what the rest gives (s1 mod[;3] (-/) ::)
			if tail, ok = in.nullTrain(n.X, f); !ok || tail == nil {
				return nil, false
			}
			break
		}
		if head.Type() < 100 {
			return nil, false
		}
		// a name or expression that gives :: (get"" does) is the identity
		// in the train: the composition is made, not applied
		tail, ok = in.nullTrain(n.X, f)
	case *syntax.Dyad:
		if !isVerbNode(n.F) && !isVerbName(n.F) {
			return nil, false
		}
		head = &k.Proj{F: in.verbValue(n.F, f), Args: []k.Value{in.eval(n.L, f), nil}}
		tail, ok = in.nullTrain(n.R, f)
	}
	if !ok {
		return nil, false
	}
	if tail == nil {
		return head, true
	}
	return compose(head, tail), true
}

// isVerbName reports whether n is a keyword applied infix (x xbar y).
func isVerbName(n syntax.Node) bool {
	id, ok := n.(*syntax.Ident)
	return ok && syntax.IsInfix(id.Name)
}

// namesFunc reports whether v is a symbol naming a global function, which
// applies as that function does: `.ml.sigmoid g:: composes.
func (in *Interp) namesFunc(v k.Value) bool {
	s, ok := v.(k.Atom[string])
	if !ok || s.T != -k.KS || s.V == "" {
		return false
	}
	g, ok := in.absGet(in.qualify(s.V, nil))
	if !ok {
		g, ok = in.absGet(s.V)
	}
	return ok && k.IsFunc(g.Type())
}

// compose makes the composition f g; nested compositions flatten
// (k.Compose, which extends a long one in place).
func compose(f, g k.Value) k.Value { return k.Compose(f, g) }

// evalParen evaluates a parenthesised expression; a verb inside becomes a
// function value.
func (in *Interp) evalParen(n *syntax.Paren, f *frame) k.Value {
	switch x := n.X.(type) {
	case *syntax.Op, *syntax.Iter:
		return in.verbValue(x, f)
	}
	return in.eval(n.X, f)
}

// verbValue evaluates the node in verb position to a function value.
func (in *Interp) verbValue(n syntax.Node, f *frame) k.Value {
	switch n := n.(type) {
	case *syntax.Op:
		return opValue(n.Name)
	case *syntax.Iter:
		return &k.Derived{T: iterType(n), F: in.verbValue(n.F, f)}
	}
	return in.eval(n, f)
}

// localSlot is the slot of f that the name n reads, or -1 when n is not
// a local of f.
func localSlot(n syntax.Node, f *frame) int {
	id, ok := n.(*syntax.Ident)
	if !ok || f == nil || !f.local {
		return -1
	}
	if bound(&id.B, f) {
		return int(id.B.Slot) - 1
	}
	if !id.B.Done {
		return f.slot(id.Name)
	}
	return -1
}

// localItem is l[i] or l i for fn a local l of f that holds a typed vector
// and i an integer atom within it: the item, an atom that shares nothing,
// read without ending l's ownership of its buffer, so that the amend
// l[i]:l[i]*2 after it writes in place (owned_item.go) rather than copy
// the vector each time, which made a loop of them quadratic. ok is false
// when fn is anything else.
func (in *Interp) localItem(fn syntax.Node, x k.Value, f *frame) (k.Value, bool) {
	s := localSlot(fn, f)
	if s < 0 {
		return nil, false
	}
	v := f.vals[s]
	if !isTypedVec(v) {
		return nil, false
	}
	if _, ok := itemIndex(x, v.Len()); !ok {
		return nil, false
	}
	return in.index(v, x), true
}

// applyMonad applies the verb or function node fn to x by juxtaposition.
func (in *Interp) applyMonad(fn syntax.Node, x k.Value, f *frame) k.Value {
	if v, ok := in.localItem(fn, x, f); ok {
		return v
	}
	switch fn := fn.(type) {
	case *syntax.Op:
		return in.monad(fn.Name, x)
	case *syntax.Paren:
		if op, ok := fn.X.(*syntax.Op); ok {
			return in.monad(op.Name, x) // ($)42 is the unary $
		}
	case *syntax.Ident:
		if bound(&fn.B, f) {
			if fn.B.Slot == 0 && fn.B.Verb != 0 && !in.globalNamed(fn, f) {
				return in.monadV(verbOf(&fn.B), x)
			}
			if v, ok := in.globalItem(fn, x, f); ok {
				return v // g i: an item, not the global read whole
			}
			if v, ok := in.globalIndexed(fn, f, []k.Value{x}); ok {
				return v // g i of a global: owned_item.go
			}
		} else if _, local := in.localValue(fn.Name, f); !local {
			if _, ok := in.absGet(in.qualify(fn.Name, f)); !ok && isBuiltin(fn.Name) {
				return in.monad(fn.Name, x)
			}
		}
	}
	return in.apply1(in.verbValue(fn, f), x)
}

// globalNamed reports whether a global of the bound name n is defined
// (from frame f): by its cell when the resolver numbered it, so that
// the check a keyword's application makes costs no lookup by name.
func (in *Interp) globalNamed(n *syntax.Ident, f *frame) bool {
	if c := in.globalByID(n.B.G, n.Name, in.frameCtx(f)); c != nil {
		return c.v != nil
	}
	_, ok := in.absGet(in.qualify(n.Name, f))
	return ok
}

// applyDyad applies the verb node fn infix to x and y.
func (in *Interp) applyDyad(fn syntax.Node, x, y k.Value, f *frame) k.Value {
	switch fn := fn.(type) {
	case *syntax.Op:
		if v := verbOf(&fn.B); v != nil {
			return in.dyadV(v, x, y)
		}
		return in.dyad(fn.Name, x, y)
	case *syntax.Ident:
		if fn.B.Done {
			if v := verbOf(&fn.B); v != nil {
				return in.dyadV(v, x, y)
			}
		} else if isBuiltin(fn.Name) {
			return in.dyad(fn.Name, x, y)
		}
	}
	return in.apply2(in.verbValue(fn, f), x, y)
}

// evalApply evaluates f[a;b;...], arguments right to left as q does.
func (in *Interp) evalApply(n *syntax.Apply, f *frame) k.Value {
	if len(n.Args) > 0 && len(n.Args) <= 4 {
		// the arguments go into a buffer on the stack; a lambda of their
		// rank takes them into its frame, and only other functions (which
		// may keep them) get a slice of their own
		var buf [4]k.Value
		holes := false
		for i := len(n.Args) - 1; i >= 0; i-- {
			if n.Args[i] != nil {
				buf[i] = in.eval(n.Args[i], f)
			} else {
				holes = true
			}
		}
		in.at(f, n.F.Pos())
		if !holes && len(n.Args) == 1 {
			if v, ok := in.localItem(n.F, buf[0], f); ok {
				return v
			}
		}
		if !holes {
			if id, ok := n.F.(*syntax.Ident); ok && len(n.Args) == 1 {
				if id.B.Verb != 0 {
					return in.applyMonad(id, buf[0], f) // neg[h] is neg h: no value of neg made
				}
				if v, ok := in.globalItem(id, buf[0], f); ok {
					return v // g[i]: an item, not the global read whole
				}
			}
			if id, ok := n.F.(*syntax.Ident); ok {
				if v, ok := in.globalIndexed(id, f, buf[:len(n.Args)]); ok {
					return v // g[i;j] of a global: owned_item.go
				}
			}
			if _, isOp := n.F.(*syntax.Op); !isOp {
				fn := in.verbValue(n.F, f)
				if l, ok := fn.(*k.Lambda); ok && max(1, len(l.Params)) == len(n.Args) {
					return in.callLambda(l, buf[:len(n.Args)])
				}
				return in.apply(fn, append([]k.Value(nil), buf[:len(n.Args)]...))
			}
		}
		return in.applyArgs(n, f, append([]k.Value(nil), buf[:len(n.Args)]...))
	}
	args := make([]k.Value, len(n.Args))
	for i := len(n.Args) - 1; i >= 0; i-- {
		if n.Args[i] != nil {
			args[i] = in.eval(n.Args[i], f)
		}
	}
	in.at(f, n.F.Pos())
	if len(args) == 0 {
		args = []k.Value{k.Identity}
	}
	return in.applyArgs(n, f, args)
}

// applyArgs applies the function of n to its evaluated arguments.
func (in *Interp) applyArgs(n *syntax.Apply, f *frame, args []k.Value) k.Value {
	if op, ok := n.F.(*syntax.Op); ok && !hasHole(args) {
		switch len(args) {
		case 2:
			if v := verbOf(&op.B); v != nil {
				return in.dyadV(v, args[0], args[1])
			}
			return in.dyad(op.Name, args[0], args[1])
		case 3, 4:
			return in.applyPrimN(op.Name, args)
		}
	}
	return in.apply(in.verbValue(n.F, f), args)
}

func hasHole(args []k.Value) bool {
	for _, a := range args {
		if a == nil {
			return true
		}
	}
	return false
}

// evalList evaluates (a;b;c) right to left and unifies the items.
func (in *Interp) evalList(n *syntax.List, f *frame) k.Value {
	if n.K != nil {
		return n.K // all constants: made once by the resolver
	}
	if len(n.Items) <= len(smallList{}.a) && !slices.Contains(n.Items, nil) {
		return in.evalSmallList(n, f)
	}
	items := make([]k.Value, len(n.Items))
	holes := false
	for i := len(n.Items) - 1; i >= 0; i-- {
		if n.Items[i] == nil {
			holes = true
			continue
		}
		items[i] = in.eval(n.Items[i], f)
	}
	if holes {
		// (a;;c) is a projection of enlist
		return &k.Proj{F: &k.Prim{T: k.FU, Name: "enlist"}, Args: items}
	}
	return k.Unify(items)
}

// smallList is a general list of a few items made in one allocation.
type smallList struct {
	l k.List
	a [4]k.Value
}

// evalSmallList is evalList for a list of a few items and no holes: they
// are evaluated into a buffer on the stack, and a general list of them
// (a record such as (1;2f), the common case) takes one allocation.
func (in *Interp) evalSmallList(n *syntax.List, f *frame) k.Value {
	var buf [len(smallList{}.a)]k.Value
	items := buf[:len(n.Items)]
	for i := len(items) - 1; i >= 0; i-- {
		items[i] = in.eval(n.Items[i], f)
	}
	return smallListOf(items)
}

// smallListOf is the list of the few items (at most those of smallList),
// which it copies: a vector when they unify, else a smallList.
func smallListOf(items []k.Value) k.Value {
	if !general(items) {
		return k.Unify(slices.Clone(items)) // a vector, or a table of dictionaries
	}
	p := &smallList{}
	copy(p.a[:], items)
	p.l.V = p.a[:len(items):len(items)]
	return &p.l
}

// general reports whether k.Unify leaves items a general list as they
// are: not all atoms of one type, and not dictionaries.
func general(items []k.Value) bool {
	if len(items) == 0 {
		return false
	}
	t := items[0].Type()
	if t == k.XD {
		return false
	}
	if t >= 0 || t == k.KErr {
		return true
	}
	for _, it := range items[1:] {
		if it.Type() != t {
			return true
		}
	}
	return false
}

// evalCond evaluates $[..], if[..], do[..] and while[..].
func (in *Interp) evalCond(n *syntax.Cond, f *frame) k.Value {
	switch n.Kind {
	case ":":
		return in.patternCond(n, f)
	case "$":
		a := n.Args
		for len(a) >= 2 {
			// an even count ends on a pair: its value, else the generic
			// null (q 3.6+); a condition that returns (:x) leaves there
			if c := in.eval(a[0], f); f != nil && f.ret {
				return c
			} else if truth(c) {
				return in.eval(a[1], f)
			}
			a = a[2:]
		}
		if len(a) == 1 {
			return in.eval(a[0], f)
		}
		return k.Identity
	case "if":
		if len(n.Args) == 0 {
			k.Signal("rank")
		}
		if truth(in.eval(n.Args[0], f)) {
			in.block(n.Args[1:], f)
		}
	case "do":
		if len(n.Args) == 0 {
			k.Signal("rank")
		}
		cnt := toInt(in.eval(n.Args[0], f))
		if f == nil && cnt >= minLoop && !in.walkOnly {
			body := topBlock(n.Args[1:]) // compile.go
			for i := int64(0); i < cnt; i++ {
				in.checkStop()
				runBlock(in, f, body)
			}
			return k.Identity
		}
		for i := int64(0); i < cnt; i++ {
			in.checkStop()
			if in.block(n.Args[1:], f) {
				break
			}
		}
	case "while":
		if len(n.Args) == 0 {
			k.Signal("rank")
		}
		for truth(in.eval(n.Args[0], f)) {
			in.checkStop()
			if in.block(n.Args[1:], f) {
				break
			}
		}
	}
	return k.Identity
}

// block runs statements; it reports whether a `:x` return ran.
func (in *Interp) block(stmts []syntax.Node, f *frame) bool {
	for _, s := range stmts {
		in.stmt(s, f)
		if f != nil && f.ret {
			return true
		}
	}
	return false
}

// stmt evaluates a statement whose value is not used. A compound
// assignment there need not make its value (x,:y then makes no copy).
func (in *Interp) stmt(n syntax.Node, f *frame) {
	if a, ok := n.(*syntax.Assign); ok && a.Op != nil {
		in.discard = true // assign takes it before evaluating anything
	}
	if in.discardArith(n, f) || in.discardWhere(n, f) {
		return // its result is the spare buffer (temps.go)
	}
	if in.discardInsert(n, f) {
		return // no row indices made (tables_insert.go)
	}
	in.eval(n, f)
}

// truth is q's condition test: a non-zero atom.
func truth(v k.Value) bool {
	switch a := v.(type) {
	case k.Atom[bool]:
		return a.V
	case k.Atom[uint8]:
		return a.V != 0
	case k.Atom[int16]:
		return a.V != 0
	case k.Atom[int32]:
		return a.V != 0
	case k.Atom[int64]:
		return a.V != 0
	case k.Atom[float32]:
		return a.V != 0
	case k.Atom[float64]:
		return a.V != 0
	case k.Atom[k.GUID]:
		return a.V != k.GUID{}
	case k.Atom[string]:
		k.Signal("type")
	}
	k.Signal("type")
	return false
}

// toInt converts an integral atom to int64, else signals 'type.
func toInt(v k.Value) int64 {
	switch a := v.(type) {
	case k.Atom[bool]:
		if a.V {
			return 1
		}
		return 0
	case k.Atom[uint8]:
		if a.T == -k.KX {
			return int64(a.V)
		}
	case k.Atom[int16]:
		return int64(a.V)
	case k.Atom[int32]:
		return int64(a.V)
	case k.Atom[int64]:
		return a.V
	}
	k.Signal("type")
	return 0
}

// signalText gives the message `'x` raises for the value x.
func signalText(v k.Value) string {
	switch x := v.(type) {
	case k.Atom[string]:
		return x.V
	case *k.Vec[uint8]:
		if x.T == k.KC {
			return string(x.V)
		}
	}
	k.Signal("stype") // only a symbol or a string is signalled (docs/ref/signal.md)
	return ""
}
