// This file defines assignment: `a:x`, `a::x`, `a+:x` and `a[i]:x`, with
// how an assignment finds the value it changes (a local, a global, a
// namespace's entry or a dictionary held by a name) and stores it back.

package interp

import (
	"strings"

	"qgo/interp/k"
	"qgo/interp/prim"
	"qgo/interp/syntax"
)

// assign evaluates an assignment node and returns the assigned value.
func (in *Interp) assign(n *syntax.Assign, f *frame) k.Value {
	discard := in.discard // the statement's value is not used (stmt)
	in.discard = false
	if n.Pattern != nil {
		return in.patternAssign(n, f)
	}
	return in.assignTo(n, in.eval(n.X, f), f, discard)
}

// assignTo is assign of n, other than a pattern, once its right side has
// been evaluated to v; discard is the flag assign took.
func (in *Interp) assignTo(n *syntax.Assign, v k.Value, f *frame, discard bool) k.Value {
	if (n.B.Verb != 0 || !n.B.Done) && isReserved(n.Name) && !hasDot(n.Name) && in.qualify(n.Name, f) == n.Name {
		local := n.B.Slot > 0
		if !bound(&n.B, f) {
			_, local = in.localValue(n.Name, f)
		}
		if !local {
			k.Signal("assign")
		}
	}
	if n.Index == nil && strings.HasPrefix(n.Name, ".") {
		if nv, ok := in.assignNamespace(n, v, f); ok {
			return nv
		}
	}
	if n.Index != nil && strings.HasPrefix(n.Name, ".") {
		if r, ok := in.amendNamespace(n, v, f); ok {
			return r
		}
	}
	if n.Index == nil && n.Op == nil {
		in.storeNode(n, v, f)
		return v
	}
	if n.Index == nil && isJoinOp(n.Op) {
		if nv, ok := in.appendOwned(n, v, f, discard); ok {
			return nv // x,:y grew x's own buffer (owned.go)
		}
	}
	var keyDone k.Value // the index, when appendEntry or amendEntry evaluated it
	if len(n.Index) == 1 && n.Index[0] != nil && isJoinOp(n.Op) {
		nv, key, ok := in.appendEntry(n, v, f, discard)
		if ok {
			return nv // d[k],:y grew the entry's own buffer (owned_entry.go)
		}
		keyDone = key
	}
	if len(n.Index) == 1 && n.Index[0] != nil && !isJoinOp(n.Op) {
		nv, key, ok := in.amendEntry(n, v, f, discard)
		if ok {
			return nv // d[k]:y set or added in d's own buffers (owned_dict.go)
		}
		keyDone = key
	}
	var cur k.Value
	ownSlot := ownedItemSlot(n, f) // owned_item.go
	rowSlot := ownedRowSlot(n, f)
	if ownSlot >= 0 {
		cur = f.vals[ownSlot] // read without disowning: it may stay in place
	} else if rowSlot >= 0 {
		cur = f.vals[rowSlot] // the same, for l[i;j]:y on a list of rows
	} else if c, ok := in.amendItemCell(n, f); ok {
		cur = c.v // read without a snapshot: the amend copies or writes in place
	} else {
		restore := in.holdSeen(n, f)
		cur = in.currentNode(n, f) // the amend's own read leaves no reader
		restore()
	}
	if o, ok := n.Op.(*syntax.Op); ok && n.Index == nil && o.Name != "," {
		if vb := verbOf(&o.B); vb != nil && vb.fb {
			// x op:y with an operator bound at resolution: its dyad (on an
			// undefined name, y)
			nv := v
			if cur != nil {
				nv = in.dyadV(vb, cur, v)
			} else if id := identityOf(o.Name); id != nil {
				nv = in.dyadV(vb, id, v)
			}
			in.storeNode(n, nv, f)
			return nv
		}
	}
	var idx []k.Value
	if n.Index != nil {
		idx = make([]k.Value, len(n.Index))
		for i := len(n.Index) - 1; i >= 0; i-- {
			if n.Index[i] != nil {
				if i == 0 && keyDone != nil {
					idx[i] = keyDone
				} else {
					idx[i] = in.eval(n.Index[i], f)
				}
			}
		}
	}
	in.vsIdx = idx // for .z.vs (dotz.go)
	var op k.Value
	if n.Op != nil {
		op = in.verbValue(n.Op, f)
	}
	var nv k.Value
	switch {
	case idx == nil:
		if cur == nil {
			// x op: y on an undefined name assigns y (x,:y a list of y),
			// or op's identity element op y where that differs from y
			nv = v
			if p, ok := op.(*k.Prim); ok && p.Name == "," {
				nv = prim.Join(k.NewList(), v)
			} else if ok {
				if id := identityOf(p.Name); id != nil {
					nv = in.apply(op, []k.Value{id, v})
				}
			}
			break
		}
		if p, ok := op.(*k.Prim); ok && p.Name == "," {
			v = enumAppendArg(cur, v) // e,:`b keeps e enumerated
			if l, ok := cur.(*k.List); ok && len(l.V) > 0 && !isEmptyGeneral(v) && joinRank(cur, true) == joinRank(v, false)+1 {
				v = k.NewList(v) // y one rank below x is appended whole (docs/ref/join.md)
			}
		}
		nv = in.apply(op, []k.Value{cur, v})
	case len(idx) == 1 && idx[0] != nil:
		if cur == nil || (k.IsIdentity(cur) && idx[0].Type() == -k.KS) {
			// a name unset or holding :: becomes a dictionary: d[`k]:v
			cur = emptyLike(v)
		}
		if ownSlot >= 0 {
			if r, ok := in.amendOwnedItem(f, ownSlot, cur, idx[0], op, v); ok {
				return r
			}
			f.disown(ownSlot)
		} else if r, ok := in.amendOwnedGlobal(n, f, idx[0], op, v); ok {
			return r
		}
		nv = in.amendAt(cur, idx[0], op, v)
	default:
		if cur == nil {
			k.Signal(n.Name)
		}
		if len(idx) == 2 && rowSlot >= 0 {
			if in.amendOwnedRow(cur, idx, op, v) {
				return v
			}
			f.disown(rowSlot)
		} else if len(idx) == 2 {
			if r, ok := in.amendOwnedGlobalRow(n, f, idx, op, v); ok {
				return r
			}
		}
		nv = in.amendDeep(cur, idx, op, v)
	}
	if op != nil && idx == nil && cur != nil {
		if p, ok := op.(*k.Prim); ok && p.Name == "," {
			if cur.Type() > 0 && cur.Type() < k.XT && cur.Type() != nv.Type() && cur.Len() > 0 {
				k.Signal("type") // x,:y keeps a typed vector's type
			}
			checkKeepsTypes(cur, nv)
			nv = prim.KeepAttr(cur, nv) // an append in memory keeps `g, `s, `u
		}
	}
	in.storeNode(n, nv, f)
	if len(idx) == 1 && !n.Global && f != nil && f.local && !isJoinOp(n.Op) {
		if _, ok := itemIndex(idx[0], nv.Len()); ok {
			ownAmended(f, f.slot(n.Name), cur, nv) // owned_item.go
		}
	}
	if len(idx) == 2 && !n.Global && f != nil && f.local && !isJoinOp(n.Op) {
		if _, ok := itemIndex(idx[0], nv.Len()); ok {
			ownAmendedRows(f, f.slot(n.Name), cur, nv) // owned_item.go
		}
	}
	if (len(idx) == 1 || len(idx) == 2 && isPlainList(nv)) && !isJoinOp(n.Op) {
		if _, ok := itemIndex(idx[0], nv.Len()); ok {
			in.ownGlobalAmended(n, f, cur, nv) // owned_item.go
		}
	}
	if op != nil {
		// a compound assignment gives the new value of what it amended
		if idx == nil {
			return nv
		}
		if len(idx) == 1 && idx[0] != nil {
			return in.index(nv, idx[0])
		}
	}
	return v
}

// joinRank is the rank x,:y compares: the depth of x's first item,
// recursively (0 for an atom, 1 for a vector). Down x's first items
// (inX), an empty vector, having no first item, counts as an atom does:
// the list of paths TorQ seeds with enlist enlist "" then grows by whole
// strings under l,:enlist path, and finds them with in.
func joinRank(x k.Value, inX bool) int {
	switch v := x.(type) {
	case *k.List:
		if len(v.V) == 0 {
			return 1
		}
		return 1 + joinRank(v.V[0], inX)
	case *k.Dict:
		return 1
	case *k.Table:
		return 2 // a list of dictionaries: l,:enlist d appends d's row to a list of dicts
	}
	if k.IsList(x) && (!inX || x.Len() > 0) {
		return 1
	}
	return 0
}

// isEmptyGeneral reports whether v is the empty general list (): x,:()
// appends nothing, whatever x holds, so that it only makes x a list.
func isEmptyGeneral(v k.Value) bool {
	l, ok := v.(*k.List)
	return ok && len(l.V) == 0
}

// hasSymKey reports whether dictionary d has the symbol key s.
func hasSymKey(d *k.Dict, s string) bool {
	keys, ok := d.K.(*k.Vec[string])
	if !ok {
		return false
	}
	for _, x := range keys.V {
		if x == s {
			return true
		}
	}
	return false
}

// emptyLike is the empty dictionary a fresh name amended by key starts as.
func emptyLike(v k.Value) k.Value {
	return &k.Dict{K: k.Syms(), V: k.Empty(k.KList)}
}

// current is the value of a name before an amend, or nil if it is unset.
// The value may reach the amending function, so the name no longer owns it.
func (in *Interp) current(name string, global bool, f *frame) k.Value {
	if f != nil && f.local {
		// a local (global or not: x+::y on a local amends the local, as store does)
		if i := f.slot(name); i >= 0 {
			f.disown(i)
			return f.vals[i]
		}
	}
	g := in.qualify(name, f)
	if v, ok := in.absGet(g); ok {
		return in.read(g, v)
	}
	var v k.Value
	var path []string
	if dg, p, ok := in.absDictPath(g); ok {
		v, path = in.absVal(dg), p // .ns.x.a,:v with .ns.x a dictionary
	} else if root, p, ok := in.dictPath(name, g, f); ok {
		v, path = in.absVal(g[:len(g)-len(name)]+root), p
	}
	if v != nil {
		// x.a,:v with x a dictionary: the entry a, if x has it
		for _, p := range path {
			d, ok := v.(*k.Dict)
			if !ok || !hasSymKey(d, p) {
				return nil
			}
			v = prim.Index(d, k.S(p))
		}
		return v
	}
	return nil
}

// assignCell is the cell of the global an assignment node assigns, when
// the resolver bound it to one for frame f (nil: find it by name).
func (in *Interp) assignCell(n *syntax.Assign, f *frame) *global {
	if n.B.Slot != 0 || !bound(&n.B, f) || (n.Name[0] != '.' && hasDot(n.Name)) {
		return nil // x.a:v may amend a dictionary x: store
	}
	if _, _, ok := in.absDictPath(n.Name); ok {
		return nil // .ns.x.a:v amends the dictionary .ns.x: store
	}
	return in.globalByID(n.B.G, n.Name, in.frameCtx(f))
}

// assignNamespace is .ns:d and .ns op:y for a namespace .ns that exists
// (a context \d made, whose globals hold its entries): a namespace is a
// dictionary (docs/basics/namespaces.md), so the value, when it is a
// dictionary of symbol keys, becomes its entries, and .ns,:d upserts d's
// into them (a solution keeps state in .pos and adds handlers by
// .pos,:`up`down!(f;g)). ok is false for any other name or value.
func (in *Interp) assignNamespace(n *syntax.Assign, v k.Value, f *frame) (k.Value, bool) {
	name := in.qualify(n.Name, f)
	if name == ".z" {
		return nil, false
	}
	if _, ok := in.absGet(name); ok {
		return nil, false // a global of that name: no namespace
	}
	prefix, ok := in.namespaceTarget(name)
	if !ok || prefix == "" {
		return nil, false
	}
	cur := in.namespaceDict(name)
	d, ok := cur.(*k.Dict)
	if !ok || d.Len() == 0 {
		return nil, false
	}
	nv := v
	if n.Op != nil {
		op := in.verbValue(n.Op, f)
		nv = in.apply(op, []k.Value{cur, v})
	}
	nd, ok := nv.(*k.Dict)
	if !ok || !isSymVec(nd.K) {
		return nil, false
	}
	in.storeNamespace(prefix, cur, nv)
	return nv, true
}

// amendNamespace is .ns[i]:v and .ns[i] op:v for a namespace .ns: the
// namespace is a dictionary (docs/basics/namespaces.md), so the amend of
// its dictionary writes its globals (.rand[name]:f defines .rand.name).
// ok is false for a name that is not a namespace.
func (in *Interp) amendNamespace(n *syntax.Assign, v k.Value, f *frame) (k.Value, bool) {
	name := in.qualify(n.Name, f)
	prefix, ok := in.namespaceTarget(name)
	if !ok || prefix == "" {
		return nil, false
	}
	cur, ok := in.namespaceDict(name).(*k.Dict)
	if !ok || cur.Len() == 0 {
		return nil, false
	}
	idx := make([]k.Value, len(n.Index))
	for i := len(n.Index) - 1; i >= 0; i-- {
		if n.Index[i] != nil {
			idx[i] = in.eval(n.Index[i], f)
		}
	}
	var op k.Value
	if n.Op != nil {
		op = in.verbValue(n.Op, f)
	}
	var nv k.Value
	if len(idx) == 1 && idx[0] != nil {
		nv = in.amendAt(cur, idx[0], op, v)
	} else {
		nv = in.amendDeep(cur, idx, op, v)
	}
	in.storeNamespace(prefix, cur, nv)
	if op != nil && len(idx) == 1 && idx[0] != nil {
		return in.index(nv, idx[0]), true
	}
	return v, true
}

// currentNode is current for the name an assignment node assigns.
func (in *Interp) currentNode(n *syntax.Assign, f *frame) k.Value {
	c := in.assignCell(n, f)
	if c == nil {
		return in.current(n.Name, n.Global, f)
	}
	if c.v == nil {
		return nil
	}
	return in.read(n.Name, c.v)
}

// storeNode is store for the name an assignment node assigns.
func (in *Interp) storeNode(n *syntax.Assign, v k.Value, f *frame) {
	c := in.assignCell(n, f)
	if c == nil {
		in.store(n.Name, v, n.Global, f)
		return
	}
	if in.views != nil {
		delete(in.views, n.Name) // assigning a view's name ends the view
	}
	in.checkUpdate() // not from a secondary thread
	in.putIn(c, n.Name, v)
}

// store assigns a name: a local when f has it as a local slot (and the
// assignment is not global), else a global in the frame's namespace.
func (in *Interp) store(name string, v k.Value, global bool, f *frame) {
	if in.views != nil && (f == nil || !f.local || global) {
		delete(in.views, in.qualify(name, f)) // assigning a view's name ends the view
	}
	if !global && f != nil && f.local {
		if i := f.slot(name); i >= 0 {
			f.vals[i] = v
			f.disown(i)
			return
		}
	}
	if global && f != nil && f.local {
		if i := f.slot(name); i >= 0 {
			// `a::x` on a local name (a parameter too) assigns the local, as q does
			f.vals[i] = v
			f.disown(i)
			return
		}
	}
	in.checkUpdate() // not from a secondary thread
	qn := in.qualify(name, f)
	if g, path, ok := in.absDictPath(qn); ok {
		// .ns.x.a:v with .ns.x a dictionary amends its entry a, as the
		// relative x.a:v does inside \d .ns (ws.q's .ws.onmessage.server)
		in.put(g, amendCreating(in.absVal(g), path, v))
		return
	}
	if d, path, ok := in.dictPath(name, qn, f); ok {
		// x.a:v with x a dictionary amends its entry a (x.a.b: a nested one)
		g := qn[:len(qn)-len(name)] + d
		in.put(g, amendCreating(in.absVal(g), path, v))
		return
	}
	in.put(qn, v)
}

// amendCreating is x.a.b:v through the dictionary x along the keys path:
// a key the path lacks, short of its last, starts a dictionary there as a
// context does (its null key first), so ts.ARIMA.fit:f adds ARIMA to ts
// (KX's ml library defines its timeseries functions so).
func amendCreating(x k.Value, path []string, v k.Value) k.Value {
	d, ok := x.(*k.Dict)
	if len(path) == 1 || !ok || isKeyedTable(d) {
		idx := make([]k.Value, len(path))
		for i, p := range path {
			idx[i] = k.S(p)
		}
		return prim.AmendDeep(x, idx, v)
	}
	var sub k.Value
	if hasSymKey(d, path[0]) {
		sub = prim.Index(d, k.S(path[0]))
	}
	if sub == nil || k.IsIdentity(sub) {
		sub = &k.Dict{K: k.Syms(""), V: k.NewList(k.Identity)}
	}
	return prim.AmendDeep(d, []k.Value{k.S(path[0])}, amendCreating(sub, path[1:], v))
}

// absDictPath splits the absolute name qn (.ns.x.a) at the first of its
// prefixes that is a global (not itself qn) when that global is a
// dictionary, not a keyed table: that global and the path of keys into it.
func (in *Interp) absDictPath(qn string) (string, []string, bool) {
	if len(qn) < 2 || qn[0] != '.' {
		return "", nil, false
	}
	if _, ok := in.absGet(qn); ok {
		return "", nil, false
	}
	for j := 1; j < len(qn); j++ {
		if qn[j] != '.' {
			continue
		}
		v, ok := in.absGet(qn[:j])
		if !ok {
			continue
		}
		d, isDict := v.(*k.Dict)
		if !isDict || isKeyedTable(d) || j+1 >= len(qn) {
			return "", nil, false
		}
		return qn[:j], strings.Split(qn[j+1:], "."), true
	}
	return "", nil, false
}

// globalDictPath is absDictPath for any qualified name: a root name x.a.b
// (no leading dot) splits at x when x is a global dictionary, so that
// `x.a upsert r`, .[`x.a;();,;y] and get/set reach its entry a, as
// q's prof.events inside the dictionary prof (psaris/qtips prof.q).
func (in *Interp) globalDictPath(qn string) (string, []string, bool) {
	if len(qn) == 0 || qn[0] == '.' {
		return in.absDictPath(qn)
	}
	i := strings.IndexByte(qn, '.')
	if i <= 0 || i+1 >= len(qn) {
		return "", nil, false
	}
	if _, ok := in.absGet(qn); ok {
		return "", nil, false
	}
	v, ok := in.absGet(qn[:i])
	if !ok {
		return "", nil, false
	}
	if d, isDict := v.(*k.Dict); !isDict || isKeyedTable(d) {
		return "", nil, false
	}
	return qn[:i], strings.Split(qn[i+1:], "."), true
}

// dictPath splits a relative dotted name x.a.b whose first part names a
// global dictionary (and which is not itself a global) into that part and
// the path of keys into it.
func (in *Interp) dictPath(name, qn string, f *frame) (string, []string, bool) {
	i := strings.IndexByte(name, '.')
	if i <= 0 {
		return "", nil, false
	}
	if _, ok := in.absGet(qn); ok {
		return "", nil, false
	}
	root := name[:i]
	rootQ := qn[:len(qn)-len(name)] + root
	if _, ok := in.absGet(rootQ); !ok {
		// x.a:v with x undefined makes x a dictionary, as a namespace is
		// one: its null key first, then a
		in.put(rootQ, &k.Dict{K: k.Syms(""), V: k.NewList(k.Identity)})
	}
	d, ok := in.absVal(rootQ).(*k.Dict)
	if !ok || isKeyedTable(d) {
		return "", nil, false
	}
	return root, strings.Split(name[i+1:], "."), true
}

// identityOf is the identity element of the operator named op where x op:y
// on an undefined x differs from assigning y: docs/ref/assign.md says an
// undefined x starts from op's identity element (bar+:1 makes bar 1), so
// x-:1 makes x -1 and x%:2 makes it 0.5. For + * & | and the others q
// knows an identity of, identity op y is y, and nil says so.
func identityOf(op string) k.Value {
	switch op {
	case "-":
		return k.J(0)
	case "%":
		return k.J(1)
	}
	return nil
}
