// This file defines the compiler of lambda bodies: on a lambda's first
// call its statements become Go closures over what the resolver bound
// (local slots, global cells, verbs), so a call walks no tree and makes
// none of the tree walker's per-node decisions again (goal's compiler.go
// does the same with its own instruction list). Every decision the tree
// walker (eval.go) takes from the shape of a node is taken once here; the
// decisions it takes from values are taken by the closures in the same
// order, with the same calls (positions for the debugger, the debugger's
// suspension, 'stop checks, the spare buffer of temps.go). A node of a form
// the compiler does not know is evaluated by the tree walker, so every
// form keeps its behaviour.

package interp

import (
	"slices"

	"qgo/interp/k"
	"qgo/interp/prim"
	"qgo/interp/syntax"
)

// code is a compiled expression: its value in frame f, a call of the
// lambda it was compiled for.
type code func(in *Interp, f *frame) k.Value

// operand is a compiled operand of arithmetic: its value and whether it
// is a temporary (see evalOperand).
type operand func(in *Interp, f *frame) (k.Value, bool)

// stmtCode is a compiled statement whose value is not used (see stmt).
type stmtCode func(in *Interp, f *frame)

// compiled is a lambda body's statements compiled.
type compiled struct {
	body  []code
	kern  longKernel // the body as a function of long parameters, or nil: kernel.go
	app   int8       // 1: the body is x insert y, 2: x upsert y (appendOf: compile_append.go)
	trail bool       // the body ends in an empty statement (a trailing `;`): a call returns ::
}

// compiledBody is the compiled body of code's lambda, compiled on the first
// call. Trees are shared between interpreters, and so is what is compiled
// from them: a closure keeps only what the tree and the verb table give.
func compiledBody(c *lambdaCode) *compiled {
	if b := c.comp.Load(); b != nil {
		return b
	}
	cc := compiler{lam: c.node}
	b := &compiled{body: make([]code, len(c.node.Body)), kern: kernelOf(c.node), app: appendOf(c.node)}
	b.trail = len(c.node.Body) > 0 && c.node.Body[len(c.node.Body)-1] == nil
	for i, s := range c.node.Body {
		if i == len(c.node.Body)-1 {
			if j := cc.lastJoin(s); j != nil {
				b.body[i] = j // owned_join.go
				continue
			}
			if j := cc.lastLocal(s); j != nil {
				b.body[i] = j // owned_join.go
				continue
			}
			if j := cc.lastInsert(s); j != nil {
				b.body[i] = j
				continue
			}
		}
		if r, ok := s.(*syntax.Return); ok {
			if j := cc.lastLocal(r); j != nil {
				b.body[i] = j // :x hands x's buffer back: owned_join.go
				continue
			}
		}
		b.body[i] = cc.expr(s)
	}
	c.comp.Store(b) // another interpreter may store an equal one
	return b
}

// lastInsert compiles s, the last statement of a lambda's body, when it
// is `x insert y` (isInsert): a call whose caller discards its value
// (frame.unused: upd[`t;r] as a statement, a tickerplant's upd:{x insert
// y} message after message) appends the records without making the row
// indices it would return (appendDyad). nil for any other s.
func (c *compiler) lastInsert(s syntax.Node) code {
	d, ok := s.(*syntax.Dyad)
	if !ok {
		return nil
	}
	id, ok := d.F.(*syntax.Ident)
	if !ok || !isInsert(d, id) {
		return nil
	}
	used, unused := c.appendDyad(d, true, true), c.appendDyad(d, true, false)
	return func(in *Interp, f *frame) k.Value {
		if !f.unused {
			return used(in, f)
		}
		return unused(in, f)
	}
}

// compiler compiles the statements of one lambda, or (lam nil) code run
// at the top level, with the nil frame.
type compiler struct {
	lam *syntax.Lambda
}

// minLoop is the count from which a do loop at the top level compiles its
// body before running it.
const minLoop = 16

// topBlock compiles the statements of a loop at the top level.
func topBlock(stmts []syntax.Node) []stmtCode {
	var c compiler
	return c.block(stmts)
}

// walk is the tree walker's evaluation of n, for the forms not compiled.
func walk(n syntax.Node) code {
	return func(in *Interp, f *frame) k.Value { return in.eval(n, f) }
}

// bound reports whether the resolver bound b in this lambda, or at the top
// level for a compiler of top-level code (what bound in resolve.go finds
// true for every frame of a call of it, or for the nil frame).
func (c *compiler) bound(b *syntax.Bind) bool {
	return b.Done && b.Lam == c.lam
}

// expr compiles n as eval evaluates it.
func (c *compiler) expr(n syntax.Node) code {
	switch n := n.(type) {
	case nil:
		return func(*Interp, *frame) k.Value { return k.Identity }
	case *syntax.Const:
		v := n.V
		return func(*Interp, *frame) k.Value { return v }
	case *syntax.Ident:
		return c.ident(n)
	case *syntax.List:
		if v := n.K; v != nil { // all constants: made once by the resolver
			return func(*Interp, *frame) k.Value { return v }
		}
		if !slices.Contains(n.Items, nil) {
			return c.list(n)
		}
	case *syntax.Paren:
		switch n.X.(type) {
		case *syntax.Op, *syntax.Iter:
			return walk(n)
		}
		return c.expr(n.X)
	case *syntax.Monad:
		return c.monad(n)
	case *syntax.Dyad:
		return c.dyad(n)
	case *syntax.Apply:
		return c.apply(n)
	case *syntax.Assign:
		return c.assign(n)
	case *syntax.Return:
		x := c.expr(n.X)
		if c.lam != nil && nodeCode(c.lam).nested[n] {
			return func(in *Interp, f *frame) k.Value {
				v := x(in, f)
				if f != nil && f.code != nil && f.code.nested != nil {
					returnNow(f, v) // :x inside an expression: lambda.go
				}
				return v
			}
		}
		return func(in *Interp, f *frame) k.Value {
			v := x(in, f)
			if f != nil {
				f.ret, f.retv = true, v
			}
			return v
		}
	case *syntax.Cond:
		return c.cond(n)
	case *syntax.Seq:
		if a, ok := n.Items[0].(*syntax.Assign); ok && a.Global && c.lam == nil {
			return walk(n) // perhaps a view's definition (topView)
		}
		items := c.exprs(n.Items)
		return func(in *Interp, f *frame) k.Value {
			var v k.Value = k.Identity
			for _, it := range items {
				v = it(in, f)
				if f != nil && f.ret {
					return f.retv
				}
			}
			return v
		}
	}
	return walk(n)
}

// list compiles (a;b;c) with no item elided, as evalList evaluates it:
// the items right to left, then unified.
func (c *compiler) list(n *syntax.List) code {
	items := c.exprs(n.Items)
	if len(items) <= len(smallList{}.a) {
		return func(in *Interp, f *frame) k.Value {
			var buf [len(smallList{}.a)]k.Value
			vals := buf[:len(items)]
			for i := len(items) - 1; i >= 0; i-- {
				vals[i] = items[i](in, f)
			}
			return smallListOf(vals)
		}
	}
	return func(in *Interp, f *frame) k.Value {
		vals := make([]k.Value, len(items))
		for i := len(items) - 1; i >= 0; i-- {
			vals[i] = items[i](in, f)
		}
		return k.Unify(vals)
	}
}

func (c *compiler) exprs(ns []syntax.Node) []code {
	out := make([]code, len(ns))
	for i, n := range ns {
		out[i] = c.expr(n)
	}
	return out
}

// ident compiles the read of a name: a local slot, or a global's cell.
func (c *compiler) ident(n *syntax.Ident) code {
	if !c.bound(&n.B) {
		return walk(n)
	}
	p := n.P
	if n.B.Slot > 0 {
		i := int(n.B.Slot - 1)
		return func(in *Interp, f *frame) k.Value {
			f.pos = p // in.at: f is a call's frame
			if v := f.vals[i]; v != nil && f.own|f.grow == 0 {
				return v // local1's common case, inline
			}
			return f.local1(i)
		}
	}
	if n.B.Verb != 0 {
		return walk(n) // a keyword's name, or a global that shadows it
	}
	id, name := n.B.G, n.Name
	return func(in *Interp, f *frame) k.Value {
		in.at(f, p)
		if in.sys.trapMode == trapSuspend && in.suspending(f) {
			return in.eval(n, f) // an undefined name suspends where it is read
		}
		ctx := in.frameCtx(f)
		c := in.cellOf(id, ctx)
		if c == nil {
			c = in.globalByID(id, name, ctx)
		}
		if c != nil && c.v != nil {
			if l, ok := c.v.(*k.Lambda); ok {
				return l // a function called by name: never an owned buffer
			}
			return in.read(name, c.v)
		}
		return in.lookupNamed(name, f)
	}
}

// monad compiles f x by juxtaposition.
func (c *compiler) monad(n *syntax.Monad) code {
	if isVerbNode(n.X) || endsInNull(n.X) {
		return walk(n) // a composition or a :: train
	}
	if op, ok := n.X.(*syntax.Op); ok && op.Name == "::" {
		return walk(n)
	}
	x, fn, p := c.expr(n.X), n.F, n.F.Pos()
	if peekable(n) {
		x0 := x
		x = func(in *Interp, f *frame) k.Value {
			if v, ok := in.peekArg(n, f); ok {
				return v // count g: owned_item.go
			}
			return x0(in, f)
		}
	}
	slot := -1
	if id, ok := n.F.(*syntax.Ident); ok && c.bound(&id.B) && id.B.Slot > 0 && id.B.Verb == 0 {
		slot = int(id.B.Slot - 1) // l i of a local: as l[i] in apply
	}
	return func(in *Interp, f *frame) k.Value {
		xv := x(in, f)
		in.at(f, p)
		if slot >= 0 {
			if v := f.vals[slot]; isTypedVec(v) {
				if _, ok := itemIndex(xv, v.Len()); ok {
					return in.index(v, xv)
				}
			}
		}
		if in.sys.trapMode == trapSuspend && in.suspending(f) {
			return in.applySuspending(f, fn, []k.Value{xv}, func() k.Value { return in.applyMonad(fn, xv, f) })
		}
		return in.applyMonad(fn, xv, f)
	}
}

// dyad compiles x f y.
func (c *compiler) dyad(n *syntax.Dyad) code {
	if !n.Noun {
		if _, bare := n.R.(*syntax.Op); n.R == nil || isVerbTail(n.R) || !bare && endsInNull(n.R) {
			return walk(n) // a section, a composition, a :: train (dyadForm)
		}
	}
	if op := arithVerb(n); op != 0 {
		a := c.arith(n, op)
		return func(in *Interp, f *frame) k.Value {
			v, _ := a(in, f)
			return v
		}
	}
	if id, ok := n.F.(*syntax.Ident); ok {
		if ok, insert := tableAppend(n, id); ok {
			return c.appendDyad(n, insert, true) // compile_append.go
		}
	}
	y, x, fn, p := c.expr(n.R), c.expr(n.L), n.F, n.P
	cmp := cmpVerb(n) // a comparison bound to its verb: atoms take a short cut
	if o, ok := n.F.(*syntax.Op); ok && o.Name == "%" && verbOf(&o.B) != nil {
		return func(in *Interp, f *frame) k.Value {
			yv := y(in, f)
			xv := x(in, f)
			in.at(f, p)
			if r, ok := prim.AtomDiv(&in.box, xv, yv); ok {
				return r // as cmp below
			}
			if in.sys.trapMode == trapSuspend && in.suspending(f) {
				return in.applySuspending(f, fn, []k.Value{xv, yv}, func() k.Value { return in.applyDyad(fn, xv, yv, f) })
			}
			return in.applyDyad(fn, xv, yv, f)
		}
	}
	return func(in *Interp, f *frame) k.Value {
		yv := y(in, f)
		xv := x(in, f)
		in.at(f, p)
		if cmp != 0 {
			if r, ok := prim.AtomCompare(cmp, xv, yv); ok {
				return r // no error to suspend at: the same value as applyDyad's
			}
		}
		if in.sys.trapMode == trapSuspend && in.suspending(f) {
			return in.applySuspending(f, fn, []k.Value{xv, yv}, func() k.Value { return in.applyDyad(fn, xv, yv, f) })
		}
		return in.applyDyad(fn, xv, yv, f)
	}
}

// cmpVerb is the comparison < > or = that n applies, bound to its verb,
// or 0.
func cmpVerb(n *syntax.Dyad) byte {
	if o, ok := n.F.(*syntax.Op); ok && verbOf(&o.B) != nil && len(o.Name) == 1 {
		switch o.Name[0] {
		case '<', '>', '=':
			return o.Name[0]
		}
	}
	return 0
}

// test compiles a condition (of $, if, while): the truth of its value. A
// comparison of atoms is tested with no boolean atom made.
func (c *compiler) test(n syntax.Node) func(in *Interp, f *frame) bool {
	if d, ok := n.(*syntax.Dyad); ok && d.Noun && arithVerb(d) == 0 {
		if cmp := cmpVerb(d); cmp != 0 {
			y, x, fn, p := c.expr(d.R), c.expr(d.L), d.F, d.P
			return func(in *Interp, f *frame) bool {
				yv := y(in, f)
				xv := x(in, f)
				in.at(f, p)
				if a, b, ok := prim.LongAtoms(xv, yv); ok {
					return prim.LongCompare(cmp, a, b) // AtomCompareBool's, inline
				}
				if r, ok := prim.AtomCompareBool(cmp, xv, yv); ok {
					return r
				}
				if in.sys.trapMode == trapSuspend && in.suspending(f) {
					return truth(in.applySuspending(f, fn, []k.Value{xv, yv}, func() k.Value { return in.applyDyad(fn, xv, yv, f) }))
				}
				return truth(in.applyDyad(fn, xv, yv, f))
			}
		}
	}
	e := c.expr(n)
	return func(in *Interp, f *frame) bool { return truth(e(in, f)) }
}

// operand compiles an operand of arithmetic as evalOperand evaluates it.
func (c *compiler) operand(n syntax.Node) operand {
	if d, ok := n.(*syntax.Dyad); ok && (d.Noun || d.R != nil && !isVerbTail(d.R)) {
		if op := arithVerb(d); op != 0 {
			return c.arith(d, op)
		}
	}
	switch n := n.(type) {
	case *syntax.Const: // the common leaves without a second call
		v := n.V
		return func(*Interp, *frame) (k.Value, bool) { return v, false }
	case *syntax.Ident:
		if c.bound(&n.B) && n.B.Slot > 0 {
			i, p := int(n.B.Slot-1), n.P
			return func(in *Interp, f *frame) (k.Value, bool) {
				f.pos = p
				if v := f.vals[i]; v != nil && f.own|f.grow == 0 {
					return v, false // local1's common case, inline
				}
				return f.local1(i), false
			}
		}
	}
	e := c.expr(n)
	return func(in *Interp, f *frame) (k.Value, bool) { return e(in, f), false }
}

// arith compiles x op y for op + - * bound to its verb, as evalArith
// evaluates it; long and float atoms are added, subtracted and multiplied
// here (prim.AtomArith), with no verb dispatch.
func (c *compiler) arith(n *syntax.Dyad, op byte) operand {
	y, x, fn, p := c.operand(n.R), c.operand(n.L), n.F, n.P
	return func(in *Interp, f *frame) (k.Value, bool) {
		yv, yt := y(in, f)
		xv, xt := x(in, f)
		in.at(f, p)
		if a, b, ok := prim.LongAtoms(xv, yv); ok {
			return in.box.J(prim.LongArith(op, a, b)), false // AtomArith's, inline
		}
		if r, ok := prim.AtomArith(&in.box, op, xv, yv); ok {
			return r, false
		}
		if xt {
			if r, ok := prim.ArithInto(op, xv, xv, yv); ok {
				return r, true
			}
		}
		if yt {
			if r, ok := prim.ArithInto(op, yv, xv, yv); ok {
				return r, true
			}
		}
		if in.spare != nil {
			if r, ok := prim.ArithInto(op, in.spare, xv, yv); ok {
				in.spare = nil
				return r, true
			}
		}
		if in.sys.trapMode == trapSuspend && in.suspending(f) {
			return in.applySuspending(f, fn, []k.Value{xv, yv}, func() k.Value { return in.applyDyad(fn, xv, yv, f) }), false
		}
		r := in.applyDyad(fn, xv, yv, f)
		return r, fresh(r, xv, yv)
	}
}

// assign compiles the assignment of a local with a single colon, and a
// compound assignment x+:y, x-:y or x*:y of a name; other assignments are
// the tree walker's.
func (c *compiler) assign(n *syntax.Assign) code {
	if n.Pattern != nil || c.lam == nil && n.Global && n.Index == nil && n.Op == nil {
		return walk(n) // a pattern; at the top level, perhaps a view (isViewDef)
	}
	if n.Index != nil || !c.bound(&n.B) {
		return c.assignAny(n)
	}
	if n.Op != nil {
		return c.compound(n)
	}
	if n.Global || n.B.Slot == 0 {
		return c.assignAny(n)
	}
	x, i := c.expr(n.X), int(n.B.Slot-1)
	drop := c.dropSelf(n) // x:n _ x: owned_item.go
	return valueSet(n, func(in *Interp, f *frame) k.Value {
		discard := in.discard
		in.discard = false // as assign: the flag is for this statement only
		if drop != nil && discard && drop(in, f) {
			return k.Identity // x kept its buffer, and nothing uses the value
		}
		v := x(in, f)
		f.vals[i] = v
		f.disown(i)
		return v
	})
}

// assignAny compiles any other assignment but a pattern's: its right
// side compiled, the rest as assign does it (assignTo: a global, an
// amend at indexes, which it evaluates itself, a compound assignment).
func (c *compiler) assignAny(n *syntax.Assign) code {
	x := c.expr(n.X)
	return valueSet(n, func(in *Interp, f *frame) k.Value {
		discard := in.discard
		in.discard = false // as assign: the flag is for this statement only
		return in.assignTo(n, x(in, f), f, discard)
	})
}

// valueSet is the compiled assignment e of n followed, as eval does, by
// the call of .z.vs when one is set (dotz.go).
func valueSet(n *syntax.Assign, e code) code {
	return func(in *Interp, f *frame) k.Value {
		v := e(in, f)
		if in.valueSetOn() {
			in.valueSet(n, f)
		}
		return v
	}
}

// compound compiles x op:y for op one of + - * bound to its verb, as
// assign runs it: the local slot or the global's cell read, op applied,
// the result stored (long and float atoms with no verb dispatch).
func (c *compiler) compound(n *syntax.Assign) code {
	o, ok := n.Op.(*syntax.Op)
	if !ok || n.B.Verb != 0 || len(o.Name) != 1 {
		return c.assignAny(n) // a reserved name's assignment signals (assign)
	}
	if o.Name == "," {
		if n.B.Slot == 0 && n.B.G != 0 && !hasDot(n.Name) {
			return c.joinGlobal(n) // in place when the global owns its buffer (compile_append.go)
		}
		return c.assignAny(n) // assign's join, in place when x owns its buffer (owned.go)
	}
	vb := verbOf(&o.B)
	if vb == nil || !vb.fb {
		return c.assignAny(n)
	}
	op := o.Name[0]
	switch op {
	case '+', '-', '*':
	default:
		return c.assignAny(n)
	}
	x := c.expr(n.X)
	apply := func(in *Interp, cur, v k.Value) k.Value {
		if cur == nil {
			// x op:y on an undefined name: op's identity element op y
			if id := identityOf(o.Name); id != nil {
				return in.dyadV(vb, id, v)
			}
			return v
		}
		if a, b, ok := prim.LongAtoms(cur, v); ok {
			return in.box.J(prim.LongArith(op, a, b)) // AtomArith's, inline
		}
		if r, ok := prim.AtomArith(&in.box, op, cur, v); ok {
			return r
		}
		return in.dyadV(vb, cur, v)
	}
	if n.B.Slot > 0 {
		if n.Global {
			return c.assignAny(n)
		}
		i := int(n.B.Slot - 1)
		return valueSet(n, func(in *Interp, f *frame) k.Value {
			in.discard = false
			v := x(in, f)
			f.disown(i)
			nv := apply(in, f.vals[i], v)
			f.vals[i] = nv
			f.disown(i)
			return nv
		})
	}
	name, id := n.Name, n.B.G
	if name[0] != '.' && hasDot(name) {
		return c.assignAny(n) // x.a+:v may amend a dictionary x (assignCell)
	}
	// valueSet's work is done in the closure itself, and a long atom's
	// sum with no call of apply: s+:1 in a loop is one closure
	return func(in *Interp, f *frame) k.Value {
		discard := in.discard
		in.discard = false
		v := x(in, f)
		var nv k.Value
		ctx := in.frameCtx(f)
		cell := in.cellOf(id, ctx)
		if cell == nil {
			cell = in.globalByID(id, name, ctx) // assignCell, its static checks made here
		}
		if cell == nil {
			nv = in.assignTo(n, v, f, discard)
		} else {
			if a, b, ok := prim.LongAtoms(cell.v, v); ok {
				nv = in.box.J(prim.LongArith(op, a, b)) // an atom, which read gives as it is
			} else {
				cur := cell.v
				if cur != nil {
					cur = in.read(name, cur)
				}
				nv = apply(in, cur, v)
			}
			if in.views != nil { // storeNode
				delete(in.views, name)
			}
			in.checkUpdate()
			in.putIn(cell, name, nv)
		}
		if in.valueSetOn() {
			in.valueSet(n, f)
		}
		return nv
	}
}

// cond compiles $[..], if[..], do[..] and while[..] as evalCond runs them.
func (c *compiler) cond(n *syntax.Cond) code {
	if len(n.Args) == 0 {
		return walk(n)
	}
	switch n.Kind {
	case "$":
		args := c.exprs(n.Args)
		if _, ret := n.Args[0].(*syntax.Return); len(args) == 3 && !ret {
			test, then, els := c.test(n.Args[0]), args[1], args[2]
			return func(in *Interp, f *frame) k.Value {
				if test(in, f) {
					return then(in, f)
				}
				return els(in, f)
			}
		}
		return func(in *Interp, f *frame) k.Value {
			a := args
			for len(a) >= 2 {
				// a condition that returns (:x) leaves the function there
				if c := a[0](in, f); f != nil && f.ret {
					return c
				} else if truth(c) {
					return a[1](in, f)
				}
				a = a[2:]
			}
			if len(a) == 1 {
				return a[0](in, f)
			}
			return k.Identity
		}
	case "if":
		cond, body := c.test(n.Args[0]), c.block(n.Args[1:])
		return func(in *Interp, f *frame) k.Value {
			if cond(in, f) {
				runBlock(in, f, body)
			}
			return k.Identity
		}
	case "do":
		cnt, body := c.expr(n.Args[0]), c.block(n.Args[1:])
		return func(in *Interp, f *frame) k.Value {
			m := toInt(cnt(in, f))
			for i := int64(0); i < m; i++ {
				in.checkStop()
				if runBlock(in, f, body) {
					break
				}
			}
			return k.Identity
		}
	case "while":
		cond, body := c.test(n.Args[0]), c.block(n.Args[1:])
		return func(in *Interp, f *frame) k.Value {
			for cond(in, f) {
				in.checkStop()
				if runBlock(in, f, body) {
					break
				}
			}
			return k.Identity
		}
	}
	return walk(n)
}

// block compiles statements whose values are not used.
func (c *compiler) block(ns []syntax.Node) []stmtCode {
	out := make([]stmtCode, len(ns))
	for i, n := range ns {
		out[i] = c.stmt(n)
	}
	return out
}

// runBlock runs compiled statements; it reports whether a `:x` return ran
// (as block).
func runBlock(in *Interp, f *frame, stmts []stmtCode) bool {
	for _, s := range stmts {
		s(in, f)
		if f != nil && f.ret {
			return true
		}
	}
	return false
}

// stmt compiles a statement whose value is not used, as stmt runs it.
func (c *compiler) stmt(n syntax.Node) stmtCode {
	switch n := n.(type) {
	case *syntax.Assign:
		if n.Op != nil || n.Index == nil && !n.Global && n.B.Slot > 0 && c.dropSelf(n) != nil {
			e := c.expr(n)
			return func(in *Interp, f *frame) {
				in.discard = true // assign takes it before evaluating anything
				e(in, f)
			}
		}
	case *syntax.Dyad:
		if id, ok := n.F.(*syntax.Ident); ok && id.B.Verb != 0 {
			if ok, insert := tableAppend(n, id); ok {
				e := c.appendDyad(n, insert, false) // as discardInsert
				return func(in *Interp, f *frame) { e(in, f) }
			}
			return func(in *Interp, f *frame) { in.stmt(n, f) } // perhaps where x
		}
		if n.Noun || n.R != nil && !isVerbTail(n.R) {
			if op := arithVerb(n); op != 0 {
				a := c.arith(n, op)
				return func(in *Interp, f *frame) {
					if v, tmp := a(in, f); tmp {
						in.spare = v // discardArith
					}
				}
			}
		}
	case *syntax.Monad:
		if id, ok := n.F.(*syntax.Ident); ok && id.B.Verb != 0 {
			return func(in *Interp, f *frame) { in.stmt(n, f) } // perhaps where x
		}
	case *syntax.Apply:
		e := c.applyUse(n, true) // a lambda called need not make its value
		return func(in *Interp, f *frame) { e(in, f) }
	}
	e := c.expr(n)
	return func(in *Interp, f *frame) { e(in, f) }
}
