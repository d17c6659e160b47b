// This file defines function application: lambdas, primitives,
// projections, compositions, derived functions, and data as a function of
// its indices.

package interp

import (
	"qgo/interp/k"
	"qgo/interp/prim"
)

// maxDepth bounds lambda recursion; deeper calls signal 'stack.
const maxDepth = 2000

// maxNest bounds how deep derived functions and projections apply inside
// one another ({x'}/[n;neg] 1, {@[x]}/[n;neg] 1): no lambda is called,
// so maxDepth never sees it, and at a few million levels Go's stack
// limit ended the process; each level's stack also made every collection
// scan a longer one, so a chain of 100,000 took seconds. q gives 'stack.
// It is above what a lambda recursion of maxDepth takes through each or
// a projection on the way.
const maxNest = 10000

// nestIn counts one more level of derived function or projection applied
// inside another, signalling 'stack past maxNest; the caller defers
// nestOut.
func (in *Interp) nestIn() {
	in.nest++
	if in.nest > maxNest {
		in.nest--
		k.Signal("stack")
	}
}

// nestOut ends a level nestIn counted.
func (in *Interp) nestOut() { in.nest-- }

// callLambda applies a lambda to exactly its rank of arguments. It keeps
// nothing of args.
func (in *Interp) callLambda(fn *k.Lambda, args []k.Value) k.Value {
	v, _ := in.callOwning(fn, args, 0, false)
	return v
}

// callOwning is callLambda where the caller hands over the arguments whose
// bits are set in own (each a buffer nothing else references: owned.go)
// and, with hand, takes the result as its own: it reports whether the
// result is such a buffer (with spare room the caller must clip before
// anyone else sees it).
func (in *Interp) callOwning(fn *k.Lambda, args []k.Value, own uint64, hand bool) (k.Value, bool) {
	unused := in.unused // for this call only: taken before anything can signal
	in.unused = false
	code := codeOf(fn)
	in.checkStop() // a recursion with no loop in it stops too (Ctrl-C, -T)
	in.depth++
	if in.depth > maxDepth {
		in.depth = 0
		k.Signal("stack")
	}
	if code.node.Patterns != nil || in.walkOnly {
		return in.callWalk(code, fn.Ctx, args, unused)
	}
	body := code.comp.Load()
	if body == nil {
		body = compiledBody(code)
	}
	fr := in.newFrame(code, fn.Ctx)
	defer in.endCall(fr)
	switch vals := fr.vals; {
	case len(args) == 1 && len(vals) >= 1: // the common ranks, with no loop
		vals[0] = args[0]
	case len(args) == 2 && len(vals) >= 2:
		vals[0], vals[1] = args[0], args[1]
	default:
		copy(vals, args)
	}
	fr.own, fr.hand, fr.unused = own, hand, unused
	if code.nested != nil {
		return in.runCatching(body, fr)
	}
	var v k.Value = k.Identity
	if len(body.body) == 1 {
		v = body.body[0](in, fr) // one statement: no loop
	} else {
		for _, s := range body.body {
			v = s(in, fr)
			if fr.ret {
				break
			}
		}
	}
	if fr.ret {
		fr.done = true
		return fr.retv, fr.retOwn // :x may hand x back (lastLocal)
	}
	fr.done = true
	if body.trail {
		return k.Identity, false // a trailing `;` returns ::
	}
	return v, fr.retOwn
}

// callWalk is the rest of callOwning for a lambda whose parameters are
// patterns, or under the tree walker (walkOnly): its frame made, the
// arguments bound and the body run, owning nothing.
func (in *Interp) callWalk(code *lambdaCode, ctx string, args []k.Value, unused bool) (k.Value, bool) {
	fr := in.newFrame(code, ctx)
	defer in.endCall(fr)
	copy(fr.vals, args)
	if pats := code.node.Patterns; pats != nil {
		in.bindParams(pats, args, fr)
	}
	fr.unused = unused
	if code.nested != nil {
		return in.walkCatching(code, fr)
	}
	return in.walkBody(code, fr)
}

// walkBody runs the body of code in frame fr, for callWalk.
func (in *Interp) walkBody(code *lambdaCode, fr *frame) (k.Value, bool) {
	var v k.Value = k.Identity
	body := code.node.Body
	if in.walkOnly {
		for _, s := range body {
			v = in.eval(s, fr)
			if fr.ret {
				fr.done = true
				return fr.retv, false
			}
		}
	} else {
		for _, s := range compiledBody(code).body {
			v = s(in, fr)
			if fr.ret {
				fr.done = true
				return fr.retv, fr.retOwn
			}
		}
	}
	fr.done = true
	if len(body) > 0 && body[len(body)-1] == nil {
		return k.Identity, false // a trailing `;` returns ::
	}
	return v, fr.retOwn
}

// newFrame gives a frame for a call of code: the one the last finished
// call at this nesting left, or a new one. Calls nest, so the frames
// form a stack (frames[:nframes] are the calls in progress): taking and
// giving back a frame is a count moved, and a pointer written only when
// it differs from what the frame holds (each written pointer costs a
// write barrier while the collector runs).
func (in *Interp) newFrame(code *lambdaCode, ctx string) *frame {
	var fr *frame
	if n := in.nframes; n < len(in.frames) && in.frames[n] != nil {
		// endCall left it cleared: its values (inline or big), retv and
		// the flags; the rest is set here
		fr = in.frames[n]
	} else {
		fr = in.growFrames()
	}
	in.nframes++
	if fr.code != code {
		fr.code = code
		fr.setVals(len(code.locals)) // the same code keeps its slots
	}
	fr.ctx = ctx
	if fr.parent != in.cur {
		fr.parent = in.cur
	}
	in.cur = fr
	return fr
}

// setVals gives fr n local slots (cleared by the last endCall, or new).
func (fr *frame) setVals(n int) {
	switch {
	case n <= len(fr.inline):
		fr.vals = fr.inline[:n]
	case n <= cap(fr.big):
		fr.vals = fr.big[:n]
	default:
		fr.big = make([]k.Value, n)
		fr.vals = fr.big
	}
}

// growFrames makes the frame of the call at nesting nframes, which has
// none: the first call that deep, or the one after a call whose frame a
// signal left to the trace (endCall).
//
//go:noinline
func (in *Interp) growFrames() *frame {
	fr := &frame{local: true}
	if n := in.nframes; n < len(in.frames) {
		in.frames[n] = fr
	} else {
		in.frames = append(in.frames, fr)
	}
	return fr
}

// endCall ends a lambda call (deferred by callOwning). A finished call's
// frame (done) is cleared and stays on the stack of frames for the next
// call at its nesting; one a signal unwinds through is left to the trace
// (debug.go), which may show its locals, and taken off the stack.
func (in *Interp) endCall(fr *frame) {
	in.depth--
	in.cur = fr.parent
	in.nframes--
	if !fr.done {
		if r := recover(); r != nil {
			in.frames[in.nframes] = nil // the trace's now
			in.unwound(r, *fr)          // the error's trace (debug.go)
			panic(r)
		}
	}
	switch vals := fr.vals; len(vals) { // not clear: a runtime call for one or two slots
	case 0:
	case 1:
		vals[0] = nil
	case 2:
		vals[0], vals[1] = nil, nil
	default:
		clear(vals)
	}
	if fr.retv != nil {
		fr.retv = nil
	}
	fr.ret, fr.done, fr.pos, fr.own, fr.grow, fr.hand, fr.retOwn = false, false, 0, 0, 0, false, false
}

// apply1 applies f to the one argument x.
func (in *Interp) apply1(f k.Value, x k.Value) k.Value {
	switch fn := f.(type) {
	case *k.Lambda:
		if len(fn.Params) <= 1 {
			one := [1]k.Value{x}
			return in.callLambda(fn, one[:])
		}
	case *k.Proj:
		one := [1]k.Value{x}
		return in.applyProj(fn, one[:]) // it copies what it keeps
	case k.Atom[int64], k.Atom[int32], k.Atom[int16]: // a handle, neg[h] x: as apply
		return in.handleWrite(f, toInt(f), x)
	case *k.Prim: // a monad, as applyPrim applies it (the loop's default .z.ps, value)
		if x != nil && fn.T == k.FU && fn.Name != "::" {
			if v := in.primVerb(fn); v != nil && v.t3 == nil && v.nf == nil {
				return in.monadV(v, x)
			}
		}
	case *k.Comp, *k.Derived, k.Atom[string]: // as apply applies them
	default:
		if x != nil {
			return in.index(f, x) // data, indexed as apply indexes it: no slice made
		}
	}
	return in.apply(f, []k.Value{x})
}

// apply2 applies f to the two arguments x and y.
func (in *Interp) apply2(f k.Value, x, y k.Value) k.Value {
	if l, ok := f.(*k.Lambda); ok && len(l.Params) == 2 {
		two := [2]k.Value{x, y}
		return in.callLambda(l, two[:])
	}
	if p, ok := f.(*k.Proj); ok {
		two := [2]k.Value{x, y}
		return in.applyProj(p, two[:]) // it copies what it keeps
	}
	return in.apply(f, []k.Value{x, y})
}

// rank is the number of arguments a function value takes.
func (in *Interp) rank(f k.Value) int {
	switch f := f.(type) {
	case *k.Lambda:
		return max(1, len(f.Params))
	case *k.Prim:
		return primRank(f)
	case *k.Proj:
		n := 0
		for _, a := range f.Args {
			if a == nil {
				n++
			}
		}
		r := in.rank(f.F) - len(f.Args)
		return max(1, n+max(0, r))
	case *k.Comp:
		return in.rank(f.Fs[len(f.Fs)-1])
	case *k.List:
		// a general list indexes at depth: a matrix, or a list of
		// functions (a state machine, m[state;input]), is binary
		if len(f.V) > 0 && (k.IsList(f.V[0]) || k.IsFunc(f.V[0].Type())) {
			return 2
		}
		return 1
	case *k.Derived:
		switch f.T {
		case k.FEach:
			return in.rank(f.F)
		case k.FOver, k.FScan, k.FPrior:
			// variadic (docs/basics/variadic.md); as an argument of over
			// or each it is unary: n f':/x applies f': n times (Do)
			return 1
		}
		return 2
	}
	return 1
}

// primRank is the number of arguments the primitive or keyword p takes.
func primRank(p *k.Prim) int {
	if v := verbNamed(p.Name); v != nil && v.t3 != nil {
		return 3
	}
	if r := naryRank(p.Name); r > 0 {
		return r
	}
	if p.T == k.FU {
		return 1
	}
	return 2
}

// apply applies f to args: a nil arg is elided and makes a projection.
func (in *Interp) apply(f k.Value, args []k.Value) k.Value {
	switch fn := f.(type) {
	case *k.Lambda:
		r := max(1, len(fn.Params))
		if len(args) > r {
			k.Signal("rank")
		}
		if len(args) < r || hasHole(args) {
			if len(args) == 1 && args[0] != nil && k.IsIdentity(args[0]) && r > 1 {
				return &k.Proj{F: f, Args: []k.Value{args[0]}}
			}
			return &k.Proj{F: f, Args: args}
		}
		return in.callLambda(fn, args)
	case *k.Prim:
		return in.applyPrim(fn, args)
	case *k.Proj:
		return in.applyProj(fn, args)
	case *k.Comp:
		// a composition has the rank of its last value: given fewer
		// arguments, or an elided one, it projects (ref/compose.md)
		if last := fn.Fs[len(fn.Fs)-1]; hasHole(args) || (len(args) < in.rank(last) && projectsShort(last)) {
			return &k.Proj{F: f, Args: args}
		}
		v := in.apply(fn.Fs[len(fn.Fs)-1], args)
		for i := len(fn.Fs) - 2; i >= 0; i-- {
			v = in.apply(fn.Fs[i], []k.Value{v})
		}
		return v
	case *k.Derived:
		if hasHole(args) || len(args) == 1 && (fn.T == k.FLeft || fn.T == k.FRight) && k.IsFunc(fn.F.Type()) {
			// f\: and f/: are binary: one argument projects, as pf[m] in
			// pf:g\:/: makes the function of the other (data's x/: is sv)
			return &k.Proj{F: f, Args: args}
		}
		if (fn.T == k.FOver || fn.T == k.FScan) && k.IsFunc(fn.F.Type()) {
			// f/ and f\ of a value of rank n>2 take n arguments (a seed
			// and n-1 lists): given fewer they project, as f\[`] . (x;y)
			// folds with seed ` (docs/ref/accumulators.md, ternary values)
			if r := in.rank(fn.F); r > 2 && len(args) < r {
				return &k.Proj{F: f, Args: args}
			}
		}
		return in.applyDerived(fn, args)
	case k.Atom[int64], k.Atom[int32], k.Atom[int16]:
		if len(args) == 1 {
			return in.handleWrite(f, toInt(f), args[0])
		}
	case k.Atom[string]:
		if v, ok := in.oneShot(fn.V, args); ok { // `::5001 "x": ipc.go
			return v
		}
		if v, ok := in.wsConnect(fn.V, args); ok { // `:ws://host:port "GET …": http.go
			return v
		}
		return in.applyName(fn.V, args)
	}
	// data: indexing, where an elided index selects everything
	if len(args) == 1 && args[0] != nil {
		return in.index(f, args[0])
	}
	return in.indexDeep(f, args)
}

// projectsShort reports whether f, applied to fewer arguments than its rank,
// makes a projection rather than applying: a lambda, a primitive verb in
// bracket form, a projection or a composition of those. A derived function
// such as +/ is ambivalent and applies.
func projectsShort(f k.Value) bool {
	switch f := f.(type) {
	case *k.Lambda, *k.Prim:
		return true
	case *k.Proj:
		return projectsShort(f.F)
	case *k.Comp:
		return projectsShort(f.Fs[len(f.Fs)-1])
	}
	return false
}

// applyName applies the global a symbol names, one k.Nest level down, so
// that a name naming itself (a:`a; a 1) signals 'stack instead of
// overflowing the Go stack.
func (in *Interp) applyName(name string, args []k.Value) k.Value {
	k.Nest()
	defer k.Unnest()
	return in.apply(in.lookup(name, nil), args)
}

// applyPrim applies a primitive to its arguments.
func (in *Interp) applyPrim(p *k.Prim, args []k.Value) k.Value {
	if hasHole(args) {
		return &k.Proj{F: p, Args: args}
	}
	if p.T == k.FA && len(args) == 1 && p.Name != "'" {
		return &k.Derived{T: adverbType(p.Name), F: args[0]} // (/;+) is +/
	}
	if p.Name == "enlist" && len(args) > 1 {
		return k.Unify(args)
	}
	v := in.primVerb(p) // once: the cases below use it
	if v != nil && v.t3 != nil {
		f := v.t3
		if len(args) != 3 {
			if len(args) < 3 {
				return &k.Proj{F: p, Args: args}
			}
			k.Signal("rank")
		}
		return f(in, args[0], args[1], args[2])
	}
	if v != nil && v.nf != nil {
		if r, ok := in.applyNary(p.Name, args); ok {
			return r
		}
	}
	switch len(args) {
	case 1:
		if p.Name == "::" {
			return args[0]
		}
		if p.T == k.FU {
			if v != nil {
				return in.monadV(v, args[0])
			}
			return in.monad(p.Name, args[0])
		}
		return &k.Proj{F: p, Args: []k.Value{args[0]}} // +[2] is +[2], value (+;2)
	case 2:
		if p.T == k.FU && !hasDyad(p.Name) {
			k.Signal("rank")
		}
		if v != nil {
			return in.dyadV(v, args[0], args[1])
		}
		return in.dyad(p.Name, args[0], args[1])
	}
	return in.applyPrimN(p.Name, args)
}

// applyPrim2 is applyPrim of p to the two arguments x and y, neither
// elided, taking no slice of them (p[x;y] of a primitive bound to a name,
// as upd:insert is applied message after message); ok is false, having
// done nothing, when p takes its arguments another way (a triad, an
// n-ary verb, enlist, an iterator), which applyPrim then does.
func (in *Interp) applyPrim2(p *k.Prim, x, y k.Value) (k.Value, bool) {
	if x == nil || y == nil || p.T != k.FB {
		return nil, false
	}
	v := in.primVerb(p)
	if v == nil || !v.fb {
		return nil, false
	}
	return in.dyadV(v, x, y), true
}

// primHot is a primitive value and its verb.
type primHot struct {
	p *k.Prim
	v *verb
}

// primVerb is the verb of the primitive value p (nil for none): kept
// for the last p asked about, so that a handler applied message after
// message (the loop's default .z.ps, value) is not looked up by name each
// time. A Prim is never changed, and the one kept cannot be freed.
func (in *Interp) primVerb(p *k.Prim) *verb {
	if in.prim.p != p {
		in.prim.p, in.prim.v = p, verbNamed(p.Name)
	}
	return in.prim.v
}

// applyProj fills a projection's holes (and appends extra arguments).
func (in *Interp) applyProj(p *k.Proj, args []k.Value) k.Value {
	in.nestIn()
	defer in.nestOut()
	if l, ok := p.F.(*k.Lambda); ok && len(p.Args)+len(args) <= 8 {
		// a lambda's holes filled to its rank: the arguments go in a
		// buffer on the stack, as evalApply passes them, not a new slice
		var buf [8]k.Value
		full := buf[:len(p.Args)]
		copy(full, p.Args)
		j := 0
		for i := range full {
			if full[i] == nil && j < len(args) {
				full[i] = args[j]
				j++
			}
		}
		full = append(full, args[j:]...)
		if len(full) == max(1, len(l.Params)) && !hasHole(full) {
			return in.callLambda(l, full)
		}
	}
	full := make([]k.Value, len(p.Args), len(p.Args)+len(args))
	copy(full, p.Args)
	j := 0
	for i := range full {
		if full[i] == nil && j < len(args) {
			full[i] = args[j]
			j++
		}
	}
	full = append(full, args[j:]...)
	if len(args) == 1 && k.IsIdentity(args[0]) && j == 1 && !hasHole(p.Args) {
		full = full[:len(p.Args)] // f[a][] calls f[a] with nothing new
	}
	if r := in.rank(p.F); len(full) < r && !hasHole(full) {
		if _, ok := p.F.(*k.Lambda); ok {
			return &k.Proj{F: p.F, Args: full}
		}
	}
	return in.apply(p.F, full)
}

// index applies data x to one index value.
func (in *Interp) index(x, i k.Value) k.Value {
	if k.IsIdentity(i) {
		return x
	}
	if in.parts != nil {
		in.notPart(x) // a partitioned table's rows are reached by qSQL alone
	}
	return prim.Index(x, i)
}

// indexDeep applies data x to several indices, x[i;j;..]. When the
// first index is an atom, the item it picks takes the rest: indexing it
// further, or applying it if it is a function.
func (in *Interp) indexDeep(x k.Value, args []k.Value) k.Value {
	if len(args) > 1 && args[0] != nil && args[0].Type() < 0 && !k.IsIdentity(args[0]) {
		_, list := x.(*k.List)
		if d, ok := x.(*k.Dict); ok && !isKeyedTable(d) {
			list = true // a dictionary of functions: d[`name;args]
		}
		if list {
			item := in.index(x, args[0])
			if k.IsFunc(item.Type()) {
				return in.apply(item, args[1:])
			}
			if l, ok := x.(*k.List); ok && inRange(args[0], len(l.V)) {
				// the rest of the path goes into the one item picked, not
				// a search of all items for functions: grid[i;j] in a loop
				return in.indexDeep(item, args[1:])
			}
		}
	}
	if d, ok := x.(*k.Dict); ok && len(args) > 1 && args[0] != nil && args[0].Type() >= 0 && !isKeyedTable(d) {
		if _, general := d.K.(*k.List); general {
			// one key of a dictionary keyed by lists (strings): the function
			// it holds takes the rest, as d[`name;args] does (a parser's
			// table of checks keyed by field names, applied d ./: pairs)
			if item := in.index(x, args[0]); k.IsFunc(item.Type()) {
				return in.apply(item, args[1:])
			}
		}
	}
	if v, ok := in.indexFuncs(x, args); ok {
		return v
	}
	path := make([]k.Value, len(args))
	for i, a := range args {
		if !k.IsIdentity(a) {
			path[i] = a
		}
	}
	return prim.IndexDeep(x, path)
}

// inRange reports whether i is an integer atom indexing a list of n items.
func inRange(i k.Value, n int) bool {
	switch a := i.(type) {
	case k.Atom[int64]:
		return a.V >= 0 && a.V < int64(n)
	case k.Atom[int32]:
		return a.V >= 0 && int(a.V) < n
	case k.Atom[int16]:
		return a.V >= 0 && int(a.V) < n
	}
	return false
}

// holdsFunc reports whether general list l holds a function among its
// items, or theirs down to depth more levels.
func holdsFunc(l *k.List, depth int) bool {
	for _, v := range l.V {
		if k.IsFunc(v.Type()) {
			return true
		}
		if m, ok := v.(*k.List); ok && depth > 1 && holdsFunc(m, depth-1) {
			return true
		}
	}
	return false
}

// indexFuncs is indexing at depth through a general list that holds
// functions: an item reached before the path ends is applied to the rest
// of the path (a function is indexed by applying it), so that
// (f;g)[;x] is (f x;g x) and fs[;m][;1] picks from what each returned.
func (in *Interp) indexFuncs(x k.Value, args []k.Value) (k.Value, bool) {
	l, ok := x.(*k.List)
	if !ok || len(args) < 2 {
		return nil, false
	}
	if i := args[0]; i != nil && !k.IsIdentity(i) && i.Type() >= 0 {
		// a list of indices goes to prim.IndexDeep whatever the items
		// are, so no search of them for functions (.[grid;(rows;cols)])
		return nil, false
	}
	if !holdsFunc(l, len(args)-1) {
		return nil, false
	}
	at := func(item k.Value) k.Value {
		if k.IsFunc(item.Type()) {
			return in.apply(item, args[1:])
		}
		return in.indexDeep(item, args[1:])
	}
	switch i := args[0]; {
	case i == nil || k.IsIdentity(i):
		out := make([]k.Value, len(l.V))
		for j, item := range l.V {
			out[j] = at(item)
		}
		return k.Unify(out), true
	case i.Type() < 0:
		return at(in.index(x, i)), true
	}
	return nil, false
}
