// This file defines the amend forms of @ and . with three and four
// arguments, functional amends by name, and upserts through them.

package interp

import (
	"strings"

	"qgo/interp/k"
	"qgo/interp/prim"
)

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
	if d, ok := x.(*k.Dict); ok && prim.OneKey(d, i0) || k.IsAtom(i0) || i0.Type() >= k.XT {
		// one item: amend within it (a table, dictionary or function
		// index is one too, whose indexing signals what it must: it has
		// no items to amend at one by one)
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
	case ",", "^":
	default:
		return x
	}
	missing := prim.MissingKeys(d, i)
	if len(missing) == 0 {
		return x
	}
	if p.Name == "^" {
		// y^y is y: a new key filled from y takes y, as an undefined
		// name does (x^:y), and as KX tick/c.q's lvl2[sym]^:book starts
		// each sym's book
		if k.IsAtom(i) || prim.OneKey(x, i) {
			return prim.Amend(x, i, y)
		}
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
	path, toFile := in.filePath(x)
	if toFile && !deep && (isDir(path) || i == k.Value(k.S("")) || !pathExists(path)) && (i.Type() == -k.KS || i.Type() == k.KS) {
		// @[`:dir;`;:;t] saves t splayed in dir/: the null name is the folder itself;
		// @[`:db/2014.01.14/t;`time;:;v] writes the column file of a table
		// whose folder is not there yet (docs/kb/alternative-in-memory-layouts.md)
		return in.amendInDir(name, i, args[2:])
	}
	if toFile && deep && isAssignOp(f) && len(args) == 4 && i.Type() == k.KS && i.Len() > 0 {
		// .[`:db;(`2000.10.02;`trade;`);:;t] is @[`:db/2000.10.02/trade;`;:;t]:
		// the symbols are a path of folders below the handle, the last
		// the file (the null symbol: t splayed in the folder), as KX's
		// taq/tq.q builds its date partitions
		parts := i.(*k.Vec[string]).V
		dir := strings.TrimSuffix(name.V, "/")
		for _, p := range parts[:len(parts)-1] {
			dir += "/" + p
		}
		in.amendInDir(k.S(dir).(k.Atom[string]), k.S(parts[len(parts)-1]), args[2:])
		return name
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
		if len(args) == 4 && in.amendNamedInPlace(name.V, i, f, args[3], deep) {
			return name
		}
		if _, defined := in.global(name.V); !defined && len(args) == 4 {
			// an undefined name is amended as x op:y and x[i]op:y amend
			// one: by the whole, to y ((),y for a join); at keys, from an
			// empty dictionary (KX kdb tick/c.q: .[`.u.t;();,'';x])
			if deep && i.Type() >= 0 && i.Type() < k.XT && i.Len() == 0 || k.IsIdentity(i) {
				nv := args[3]
				if p, ok := f.(*k.Prim); ok && p.Name == "," {
					nv = prim.Join(k.NewList(), nv)
				}
				in.setGlobal(name.V, nv)
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
		in.setGlobal(name.V, nv)
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
	if !prim.OneKey(x, i) { // one key of a dictionary keyed by lists repeats nothing
		if r, ok := in.amendRepeated(x, i, y, true, func(x, i, y k.Value) k.Value { return in.amendEach(x, i, f, y) }); ok {
			return r
		}
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
	if prim.OneKey(x, i) {
		// one key of a dictionary keyed by lists (a grid point 1 1 1),
		// not three indices that repeat
		return prim.Amend(x, i, in.apply(f, []k.Value{in.index(x, i)}))
	}
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
		if t := i.Type(); t != k.KList && t != k.XT || i.Len() < 2 {
			return nil
		}
		// rows of a table (the keys of a keyed table) or items of a
		// general list: equal ones share the position of the first
		ids, ok := prim.Find(i, i).(*k.Vec[int64])
		if !ok {
			return nil
		}
		small = func(int) (int, bool) { return 0, false }
		key = func(j int) any { return ids.V[j] }
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
				was[key] = entryAt(od.V, j)
			}
		}
	}
	for j, key := range keys.V {
		if key == "" {
			continue
		}
		v := entryAt(d.V, j)
		if w, ok := was[key]; ok && sameValue(w, v) {
			continue
		}
		in.checkUpdate() // not from a secondary thread
		in.put(prefix+key, v)
	}
	// an entry the amend removed (.[`.ns;();_;`name]) deletes its global
	kept := make(map[string]bool, len(keys.V))
	for _, key := range keys.V {
		kept[key] = true
	}
	for key := range was {
		if key != "" && !kept[key] {
			in.checkUpdate()           // not from a secondary thread
			in.dropNamed(prefix + key) // a namespace with its entries
		}
	}
}

// entryAt is the value at j of a namespace's dictionary's values, which
// are a table when every global in it is a dictionary of the same keys.
func entryAt(vals k.Value, j int) k.Value {
	if vals.Type() == k.XT {
		return prim.Index(vals, k.J(int64(j)))
	}
	return k.At(vals, j)
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
	if p, ok := in.filePath(x); ok {
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

// amendNamedInPlace performs @[`g;i;f;y] and .[`g;(i;j);f;y] for a root
// global g holding a typed vector or a plain general list, i an integer
// atom within it, j any index of its item and f a primitive: in place
// when g owns its value and no reader has taken it since (read marks it
// seen), else into a copy that g then owns, so that a loop amending a
// global by name item by item costs constant time a step (a copy of the
// item at depth), not a copy of the whole value, as x[i]:y does
// (amendOwnedGlobal). It reports false, doing nothing, for anything
// else, which the amend then does as usual.
func (in *Interp) amendNamedInPlace(g string, i, f, y k.Value, deep bool) bool {
	if hasDot(g) || in.qualify(g, nil) != g {
		return false
	}
	if _, ok := f.(*k.Prim); !ok {
		return false // a lambda may read g while it is amended
	}
	path := []k.Value{i}
	if deep {
		if k.IsAtom(i) || i.Len() < 1 || i.Len() > 2 {
			return false
		}
		path = k.Items(i)
	}
	var p int
	var cur k.Value
	cur, owned := in.ownedValue(g)
	if len(path) == 1 {
		if done, ok := in.amendNamedEntry(g, path[0], f, y, owned && in.seen != nil && !in.seen[g]); ok {
			return done
		}
	}
	if owned && in.seen != nil && !in.seen[g] {
		if !isTypedVec(cur) && !isPlainList(cur) {
			return false
		}
		var ok bool
		if p, ok = itemIndex(path[0], cur.Len()); !ok {
			return false
		}
	} else {
		v, ok := in.absGet(g)
		if !ok || !isTypedVec(v) && !isPlainList(v) {
			return false
		}
		if _, ok := itemIndex(path[0], v.Len()); !ok {
			return false
		}
		// the first amend copies, as amendAt does; g owns the copy
		nv := in.amendDeep(v, path, f, y)
		if nv == v || !(isTypedVec(nv) && isTypedVec(v) || isPlainList(nv) && isPlainList(v)) {
			in.setGlobal(g, nv)
			return true
		}
		in.setGlobal(g, nv)
		if in.seen == nil {
			in.seen = map[string]bool{}
		}
		in.own(g, nv)
		return true
	}
	in.checkUpdate() // not from a secondary thread
	if l, ok := cur.(*k.List); ok {
		var nv k.Value
		switch {
		case len(path) == 2:
			nv = in.amendDeep(l.V[p], path[1:], f, y) // the item is copied: a reader may hold it
		case isAssignOp(f):
			nv = y
		default:
			nv = in.applyOp2(f, l.V[p], y)
		}
		if k.IsAtom(nv) || nv.Type() >= 100 {
			return false // an atom may make the list a vector: the amend decides
		}
		l.V[p] = nv
	} else {
		if len(path) != 1 {
			return false
		}
		nv := y
		if !isAssignOp(f) {
			nv = in.applyOp2(f, k.At(cur, p), y)
		}
		if !k.IsAtom(nv) || !setOwnedItem(cur, p, nv) {
			return false
		}
	}
	if len(in.views) > 0 {
		in.grew(g)
	}
	return true
}

// amendNamedEntry is amendNamedInPlace for a map dictionary (mapDict) and
// key one of its keys: the entry is set, or the key added, in the
// dictionary's own buffers when g owns them (owned), else in copies with
// room to grow that g then owns, as d[k]:y does (amendEntryKey). ok is
// false, doing nothing, when g holds no such dictionary or the new value
// is not an atom of its values' type; done is what amendNamedInPlace
// reports.
func (in *Interp) amendNamedEntry(g string, key, f, y k.Value, owned bool) (done, ok bool) {
	cur := k.Value(nil)
	if owned {
		cur, _ = in.ownedValue(g)
	} else if cur, ok = in.absGet(g); !ok {
		return false, false
	}
	d, ok := mapDict(cur)
	if !ok || !isMapKey(d, key) {
		return false, false
	}
	pos, ok := prim.Find(d.K, key).(k.Atom[int64])
	if !ok {
		return false, false
	}
	p, count := int(pos.V), d.K.Len()
	nv := y
	switch {
	case isAssignOp(f):
	case p < count:
		nv = in.applyOp2(f, k.At(d.V, p), y)
	default:
		// a new key starts at f's identity element, as the amend seeds it
		seed, ok := opIdentity(f, d.V.Type())
		if !ok {
			return false, false
		}
		nv = in.applyOp2(f, seed, y)
	}
	if nv.Type() != -d.V.Type() || !k.IsAtom(nv) {
		return false, false
	}
	in.checkUpdate() // not from a secondary thread
	d = putEntry(d, owned, p, count, key, nv)
	if !owned {
		in.setGlobal(g, d)
		if in.seen == nil {
			in.seen = map[string]bool{}
		}
		in.own(g, d)
	} else if len(in.views) > 0 {
		in.grew(g)
	}
	return true, true
}
