// This file defines assignment (`a:x`, `a::x`, `a+:x`, `a[i]:x`) and the
// amend forms of @ and . with three and four arguments.

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
	if n.Index == nil && n.Op == nil {
		in.storeNode(n, v, f)
		return v
	}
	if n.Index == nil && isJoinOp(n.Op) {
		if nv, ok := in.appendOwned(n, v, f, discard); ok {
			return nv // x,:y grew x's own buffer (owned.go)
		}
	}
	if len(n.Index) == 1 && n.Index[0] != nil && isJoinOp(n.Op) {
		if nv, ok := in.appendEntry(n, v, f, discard); ok {
			return nv // d[k],:y grew the entry's own buffer (owned_entry.go)
		}
	}
	var cur k.Value
	ownSlot := ownedItemSlot(n, f) // owned_item.go
	if ownSlot >= 0 {
		cur = f.vals[ownSlot] // read without disowning: it may stay in place
	} else {
		cur = in.currentNode(n, f)
	}
	if o, ok := n.Op.(*syntax.Op); ok && n.Index == nil && o.Name != "," {
		if vb := verbOf(&o.B); vb != nil && vb.fb {
			// x op:y with an operator bound at resolution: its dyad (on an
			// undefined name, y)
			nv := v
			if cur != nil {
				nv = in.dyadV(vb, cur, v)
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
				idx[i] = in.eval(n.Index[i], f)
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
			// x op: y on an undefined name assigns y (x,:y a list of y)
			nv = v
			if p, ok := op.(*k.Prim); ok && p.Name == "," {
				nv = prim.Join(k.NewList(), v)
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
		}
		nv = in.amendAt(cur, idx[0], op, v)
	default:
		if cur == nil {
			k.Signal(n.Name)
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
	case *k.Dict, *k.Table:
		return 1
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
		idx := make([]k.Value, len(path))
		for i, p := range path {
			idx[i] = k.S(p)
		}
		in.put(g, prim.AmendDeep(in.absVal(g), idx, v))
		return
	}
	if d, path, ok := in.dictPath(name, qn, f); ok {
		// x.a:v with x a dictionary amends its entry a (x.a.b: a nested one)
		idx := make([]k.Value, len(path))
		for i, p := range path {
			idx[i] = k.S(p)
		}
		g := qn[:len(qn)-len(name)] + d
		in.put(g, prim.AmendDeep(in.absVal(g), idx, v))
		return
	}
	in.put(qn, v)
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
	if _, ok := in.absGet(rootQ); !ok && !strings.Contains(name[i+1:], ".") {
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

// amendAt replaces x at index i with y, or with op[x i; y] when op is set.
func (in *Interp) amendAt(x, i, op, y k.Value) k.Value {
	if op == nil || isAssignOp(op) {
		return prim.Amend(x, i, y)
	}
	return in.amendEach(x, i, op, y)
}

// amendDeep is x[i;j;..] op: y, and .[x;(i;j;..);op;y].
func (in *Interp) amendDeep(x k.Value, idx []k.Value, op, y k.Value) k.Value {
	if op == nil || isAssignOp(op) {
		return prim.AmendDeep(x, idx, y)
	}
	return in.amendPath(x, idx, op, y, true)
}

// amendPath applies f at the items path selects in x, f[x . path; y]
// when hasY, else f[x . path]. A level that selects several items pairs
// each with its own item of y (when y has one for each), as q's amend
// does, so .[t;(rows;`c);,;ys] joins each row's c to its own y.
func (in *Interp) amendPath(x k.Value, path []k.Value, f, y k.Value, hasY bool) k.Value {
	whole := func() k.Value {
		cur := prim.IndexDeep(x, path)
		if hasY {
			return prim.AmendDeep(x, path, in.apply(f, []k.Value{cur, y}))
		}
		return prim.AmendDeep(x, path, in.apply(f, []k.Value{cur}))
	}
	if len(path) == 0 {
		return whole()
	}
	i0 := path[0]
	if i0 == nil || k.IsIdentity(i0) {
		// an elided level above a deeper index selects every item, each
		// amended with its own item of y: .[x;(::;0);f;y] is f[x[i;0];y i]
		d, isDict := x.(*k.Dict)
		switch {
		case len(path) == 1 || x.Len() == 0 || isKeyedTable(x):
			return whole()
		case isDict:
			i0 = d.K
		case k.IsList(x):
			i0 = prim.Til(k.J(int64(x.Len())))
		default:
			return whole()
		}
	}
	if t, ok := x.(*k.Table); ok {
		if len(path) == 2 && path[1] != nil && path[1].Type() == -k.KS {
			// t[rows;`c]: amend the rows of column c
			col := in.index(t, path[1])
			return prim.Amend(t, path[1], in.amendPath(col, path[:1], f, y, hasY))
		}
		return whole()
	}
	if _, ok := x.(*k.Dict); !ok && (k.IsAtom(x) || !k.IsList(x)) {
		return whole()
	}
	if len(path) == 1 {
		if !hasY {
			if i0.Type() >= 0 {
				return in.amendUnary(x, i0, f)
			}
			return prim.Amend(x, i0, in.apply(f, []k.Value{in.index(x, i0)}))
		}
		return in.amendAt(x, i0, f, y)
	}
	if d, ok := x.(*k.Dict); ok && prim.OneKey(d, i0) || k.IsAtom(i0) {
		// one item: amend within it
		return prim.Amend(x, i0, in.amendPath(in.index(x, i0), path[1:], f, y, hasY))
	}
	if _, ok := x.(*k.Dict); ok && isKeyedTable(x) {
		return whole()
	}
	items := k.Items(i0)
	ys := []k.Value(nil)
	if hasY && k.IsList(y) && y.Len() == len(items) {
		ys = k.Items(y)
	}
	rest := path[1:]
	for j, e := range items {
		yj := y
		if ys != nil {
			yj = ys[j]
		}
		x = in.amendPath(x, append([]k.Value{e}, rest...), f, yj, hasY)
	}
	return x
}

// seedMissing adds to dictionary x the keys of i it lacks, each valued
// at the identity element of f (0 for + and -, 1 for * and %, an empty
// list for ,), so that d[k]+:y on a new key k gives y, as q amends an
// undefined name (docs/ref/assign.md). x is returned as it is when f has
// no identity element q knows or x is not a dictionary.
func (in *Interp) seedMissing(x, i, f, y k.Value) k.Value {
	d, ok := x.(*k.Dict)
	p, isPrim := f.(*k.Prim)
	if !ok || !isPrim {
		return x
	}
	var one int64
	switch p.Name {
	case "+", "-":
	case "*", "%":
		one = 1
	case ",":
	default:
		return x
	}
	missing := prim.MissingKeys(d, i)
	if len(missing) == 0 {
		return x
	}
	var seed k.Value
	if p.Name == "," {
		seed = k.NewList() // (),y
	} else {
		t := d.V.Type()
		if t <= 0 || t >= k.XT {
			t = -firstItem(y).Type()
		}
		if t <= 0 || t >= k.XT {
			t = k.KJ
		}
		seed = prim.CastTo(t, k.J(one))
	}
	_, rows := d.K.(*k.Table)
	var rowSeed k.Value
	if vt, ok := d.V.(*k.Table); ok && rows && p.Name != "," {
		// a keyed table's new row: the identity in each value column
		// (kt[k]+:(n;b) adds a row n b, as TorQ's merge counts sizes)
		vals := make([]k.Value, len(vt.Data))
		for c, col := range vt.Data {
			t := col.Type()
			if t <= 0 || t >= k.XT {
				t = k.KJ
			}
			vals[c] = prim.CastTo(t, k.J(one))
		}
		rowSeed = &k.Dict{K: vt.Cols, V: k.NewList(vals...)}
	}
	for _, key := range missing {
		if rows {
			if r, ok := key.(*k.Dict); ok && rowSeed != nil && r.Len() == 1 && r.V.Len() == 1 {
				// one key column: the row goes in under its atom
				x = prim.Amend(x, prim.Index(r.V, k.J(0)), rowSeed)
				continue
			}
			x = prim.Amend(x, key, seed) // a key row, as a record
			continue
		}
		x = prim.Amend(x, k.Enlist(key), k.NewList(seed))
	}
	return x
}

// firstItem is x's first item, or x itself when it is an atom.
func firstItem(x k.Value) k.Value {
	if k.IsAtom(x) || x.Len() == 0 {
		return x
	}
	return k.At(x, 0)
}

func isAssignOp(op k.Value) bool {
	p, ok := op.(*k.Prim)
	return ok && p.Name == ":"
}

// amend is @[x;i;f], @[x;i;f;y], .[x;i;f] and .[x;i;f;y]. When x is a
// symbol the global it names is amended and the symbol returned.
func (in *Interp) amend(args []k.Value, deep bool) k.Value {
	x, i, f := args[0], args[1], args[2]
	if deep && len(args) == 4 && isUpsertForm(i, f) {
		if r, ok := in.upsertAmend(x, args[3]); ok {
			return r
		}
	}
	name, byName := x.(k.Atom[string])
	path, toFile := filePath(x)
	if toFile && !deep && (isDir(path) || i == k.Value(k.S(""))) && (i.Type() == -k.KS || i.Type() == k.KS) {
		// @[`:dir;`;:;t] saves t splayed in dir/: the null name is the folder itself
		return in.amendInDir(name, i, args[2:])
	}
	whole := isAssignOp(f) && len(args) == 4 && (k.IsIdentity(i) || deep && i.Type() >= 0 && i.Type() < k.XT && i.Len() == 0)
	var nsPrefix string
	var toNamespace bool
	if byName && !whole {
		nsPrefix, toNamespace = in.namespaceTarget(name.V)
	}
	switch {
	case whole:
		// the value the handle names is replaced, so it need not exist yet
	case toFile:
		x = in.readFile(path)
	case toNamespace:
		if x = in.namespaceDict(name.V); x == nil {
			x = &k.Dict{K: k.Syms(""), V: k.NewList(k.Identity)} // a new namespace
		}
	case byName:
		if _, defined := in.global(name.V); !defined && len(args) == 4 {
			// an undefined name is amended as x op:y and x[i]op:y amend
			// one: by the whole, to y ((),y for a join); at keys, from an
			// empty dictionary (KX kdb tick/c.q: .[`.u.t;();,'';x])
			if deep && i.Type() >= 0 && i.Type() < k.XT && i.Len() == 0 || k.IsIdentity(i) {
				nv := args[3]
				if p, ok := f.(*k.Prim); ok && p.Name == "," {
					nv = prim.Join(k.NewList(), nv)
				}
				in.checkUpdate() // not from a secondary thread
				in.put(in.qualify(name.V, nil), nv)
				return name
			}
			if t := i.Type(); t == -k.KS || t == k.KS {
				x = emptyLike(args[3])
				break
			}
		}
		x = in.lookup(name.V, nil)
	}
	var nv k.Value
	if deep {
		path := k.Items(i)
		if k.IsIdentity(i) {
			path = []k.Value{nil}
		}
		if len(args) == 4 {
			nv = in.amendDeep(x, path, f, args[3])
		} else {
			nv = in.amendPath(x, path, f, nil, false)
		}
	} else if l, ok := i.(*k.List); ok {
		nv = x
		for j, ij := range l.V {
			a := []k.Value{nv, ij, f}
			if len(args) == 4 {
				y := args[3]
				if k.IsList(y) && y.Len() == len(l.V) {
					y = in.index(y, k.J(int64(j))) // y conforms to i: each group its item
				}
				a = append(a, y)
			}
			nv = in.amend(a, false)
		}
	} else {
		if len(args) == 4 {
			nv = in.amendEach(x, i, f, args[3])
		} else if k.IsIdentity(i) {
			nv = in.amendAll(x, f)
		} else if i.Type() >= 0 {
			// a unary f applies to each item selected
			nv = in.amendUnary(x, i, f)
		} else {
			nv = prim.Amend(x, i, in.apply(f, []k.Value{in.index(x, i)}))
		}
	}
	if toFile {
		in.writeFile(path, nv)
		return name
	}
	if toNamespace {
		in.storeNamespace(nsPrefix, x, nv)
		return name
	}
	if byName {
		in.checkUpdate() // not from a secondary thread
		in.put(in.qualify(name.V, nil), nv)
		return name
	}
	return nv
}

// amendInDir is @[`:dir;names;f] and @[`:dir;names;f;y]: each name is
// a file in the folder (a splayed table's column, or its .d), amended as
// a whole; the folder's handle is returned.
func (in *Interp) amendInDir(dir k.Atom[string], names k.Value, rest []k.Value) k.Value {
	syms := k.Items(names)
	if names.Type() < 0 {
		syms = []k.Value{names}
	}
	for j, s := range syms {
		file := strings.TrimSuffix(dir.V[1:], "/") + "/" + s.(k.Atom[string]).V
		var nv k.Value
		switch {
		case len(rest) == 1:
			nv = in.apply(rest[0], []k.Value{in.readFile(file)})
		default:
			y := rest[1]
			if yl, ok := y.(*k.List); ok && names.Type() > 0 && len(yl.V) == len(syms) {
				y = yl.V[j]
			}
			if isAssignOp(rest[0]) {
				nv = y
			} else {
				nv = in.apply(rest[0], []k.Value{in.readFile(file), y})
			}
		}
		in.writeFile(file, nv)
	}
	return dir
}

// amendEach is @[x;i;f;y]: for each index, x[i]: f[x i; y].
func (in *Interp) amendEach(x, i, f, y k.Value) k.Value {
	if isAssignOp(f) {
		return prim.Amend(x, i, y)
	}
	if r, ok := in.amendRepeated(x, i, y, true, func(x, i, y k.Value) k.Value { return in.amendEach(x, i, f, y) }); ok {
		return r
	}
	x = in.seedMissing(x, i, f, y)
	cur := in.index(x, i)
	if p, ok := f.(*k.Prim); ok && atomicPrim(p.Name) {
		return prim.Amend(x, i, in.dyad(p.Name, cur, y))
	}
	if i.Type() < 0 || prim.OneKey(x, i) {
		if k.IsIdentity(cur) {
			cur = k.NewList() // a new key of an untyped dict starts empty: d[k],:x
		}
		return prim.Amend(x, i, in.apply(f, []k.Value{cur, y}))
	}
	return prim.Amend(x, i, in.eachN(f, []k.Value{cur, y}))
}

// amendUnary is @[x;i;f] for a list of indices i: f applied to each item
// selected.
func (in *Interp) amendUnary(x, i, f k.Value) k.Value {
	if r, ok := in.amendRepeated(x, i, nil, false, func(x, i, _ k.Value) k.Value { return in.amendUnary(x, i, f) }); ok {
		return r
	}
	return prim.Amend(x, i, in.each(f, in.index(x, i)))
}

// amendAll is @[x;::;f]: f'[x] for a list x (docs/ref/amend.md, Amend
// Entire), f[x] for anything else.
func (in *Interp) amendAll(x, f k.Value) k.Value {
	if t := x.Type(); t >= 0 && t < k.XT {
		return prim.Amend(x, k.Identity, in.each(f, x))
	}
	return in.apply(f, []k.Value{x})
}

// amendRepeated applies an amend at indices i that repeat an index in
// rounds, as q amends one index after another: each round takes the next
// occurrence of each index, so @[x;1 1;+;y] adds y twice and
// @[5#0;1 1 3;+;1] is 0 2 0 1 0 (docs/ref/amend.md, @[d;1 1 1;+;3]).
// A y with an item for each index gives each round its own items. ok is
// false when i repeats nothing; one does the amend of a round.
func (in *Interp) amendRepeated(x, i, y k.Value, hasY bool, one func(x, i, y k.Value) k.Value) (r k.Value, ok bool) {
	rounds := repeatRounds(i, x.Len())
	if rounds == nil {
		return nil, false
	}
	split := hasY && !k.IsAtom(y) && y.Len() == i.Len()
	for _, pos := range rounds {
		p := k.Longs(pos...)
		yr := y
		if split {
			yr = in.index(y, p)
		}
		x = one(x, in.index(i, p), yr)
	}
	return x, true
}

// repeatRounds splits the positions of vector i into rounds in which no
// index repeats (the n-th occurrence of each index in round n), or gives
// nil when no index repeats. n is the count of the list indexed: integer
// indices inside it are counted without a map.
func repeatRounds(i k.Value, n int) [][]int64 {
	var small func(j int) (int, bool) // an integer index within n
	var key func(j int) any           // any other index, as a map key
	switch v := i.(type) {
	case *k.Vec[int64]:
		small = func(j int) (int, bool) { return int(v.V[j]), v.V[j] >= 0 && v.V[j] < int64(n) }
		key = func(j int) any { return v.V[j] }
	case *k.Vec[int32]:
		small = func(j int) (int, bool) { return int(v.V[j]), v.V[j] >= 0 && int64(v.V[j]) < int64(n) }
		key = func(j int) any { return v.V[j] }
	case *k.Vec[int16]:
		small = func(j int) (int, bool) { return int(v.V[j]), v.V[j] >= 0 && int(v.V[j]) < n }
		key = func(j int) any { return v.V[j] }
	case *k.Vec[string]:
		small = func(int) (int, bool) { return 0, false }
		key = func(j int) any { return v.V[j] }
	default:
		return nil
	}
	m := i.Len()
	if m < 2 {
		return nil
	}
	var seen []int32 // occurrences so far of each index within n
	var other map[any]int32
	occ := make([]int32, m)
	most := int32(0)
	for j := range m {
		if s, ok := small(j); ok {
			if seen == nil {
				seen = make([]int32, n)
			}
			occ[j] = seen[s]
			seen[s]++
		} else {
			if other == nil {
				other = map[any]int32{}
			}
			a := key(j)
			occ[j] = other[a]
			other[a]++
		}
		most = max(most, occ[j])
	}
	if most == 0 {
		return nil
	}
	rounds := make([][]int64, most+1)
	for j, r := range occ {
		rounds[r] = append(rounds[r], int64(j))
	}
	return rounds
}

// atomicPrim reports whether the operator maps over its arguments item
// by item, so amend can apply it to a whole selection at once.
func atomicPrim(name string) bool {
	switch name {
	case "+", "-", "*", "%", "&", "|", "^", "=", "<", ">", "<=", ">=", "<>", "mod", "div", "and", "or", "xexp":
		return true
	}
	return false
}

// namespaceTarget reports whether amending the name amends a namespace
// (the root `. or a context such as `.u, existing or not) rather than a
// global, and gives the prefix of the globals it holds.
func (in *Interp) namespaceTarget(name string) (string, bool) {
	if name == "." {
		return "", true
	}
	if !strings.HasPrefix(name, ".") || name == ".z" {
		return "", false
	}
	if _, ok := in.absGet(name); ok {
		return "", false
	}
	if strings.Contains(name[1:], ".") && in.namespaceDict(name) == nil {
		return "", false // an undefined global such as .u.w, not a namespace
	}
	return name + ".", true
}

// storeNamespace writes the amended dictionary of a namespace back into
// its globals (the prefix is "" for the root).
// Only the entries the amend changed are written: the others (a view
// among them, which the dictionary shows by its text) stay as they are.
func (in *Interp) storeNamespace(prefix string, old, nv k.Value) {
	d, ok := nv.(*k.Dict)
	if !ok {
		k.Signal(k.ErrType)
	}
	keys, ok := d.K.(*k.Vec[string])
	if !ok || keys.T != k.KS {
		k.Signal(k.ErrType)
	}
	was := map[string]k.Value{}
	if od, ok := old.(*k.Dict); ok {
		if ok2 := isSymVec(od.K); ok2 {
			for j, key := range od.K.(*k.Vec[string]).V {
				was[key] = k.At(od.V, j)
			}
		}
	}
	for j, key := range keys.V {
		if key == "" {
			continue
		}
		v := k.At(d.V, j)
		if w, ok := was[key]; ok && sameValue(w, v) {
			continue
		}
		in.checkUpdate() // not from a secondary thread
		in.put(prefix+key, v)
	}
}

// isSymVec reports whether v is a symbol vector.
func isSymVec(v k.Value) bool {
	s, ok := v.(*k.Vec[string])
	return ok && s.T == k.KS
}

// sameValue reports whether a and b are the same value object (an atom
// equal in type and value), without comparing contents.
func sameValue(a, b k.Value) (same bool) {
	defer func() {
		if recover() != nil {
			same = false // not comparable
		}
	}()
	return a == b
}

// isUpsertForm reports whether .[x;i;f;y] is .[x;();,;y], which is what
// upsert is in q (q.k defines upsert as .[;();,;]).
func isUpsertForm(i, f k.Value) bool {
	p, ok := f.(*k.Prim)
	return ok && p.Name == "," && i.Type() == k.KList && i.Len() == 0
}

// upsertAmend is .[x;();,;y] for a table, keyed table or dictionary x,
// or the name or file of one: upsert, which appends in place where it
// can and keeps typed columns' types. ok is false for anything else
// (a list joined by name, say), which amend serves.
func (in *Interp) upsertAmend(x, y k.Value) (k.Value, bool) {
	if p, ok := filePath(x); ok {
		return in.upsertFile(x, p, y, false), true
	}
	upsertable := func(v k.Value) bool {
		_, isDict := v.(*k.Dict)
		return isDict || isTable(v)
	}
	if s, ok := x.(k.Atom[string]); ok {
		cur, defined := in.global(s.V)
		if defined && !upsertable(cur) || !defined && !isTable(y) {
			return nil, false
		}
		return in.upsert(x, y), true
	}
	if upsertable(x) {
		return in.upsertValue(x, y), true
	}
	return nil, false
}
