// This file defines the iterators: each, over, scan, each-prior,
// each-right and each-left, applied through derived functions.

package interp

import (
	"slices"

	"qgo/interp/k"
	"qgo/interp/prim"
)

// applyDerived applies a function derived by an iterator.
func (in *Interp) applyDerived(d *k.Derived, args []k.Value) k.Value {
	in.nestIn()
	defer in.nestOut()
	switch d.T {
	case k.FEach:
		if isCaseSelector(d.F) {
			// int' has rank max[int]+1 (docs/ref/maps.md, Case): given
			// fewer arguments it projects, as any function does
			if r := caseRank(d.F); len(args) < r {
				return &k.Proj{F: d, Args: args}
			}
			return in.cases(d.F, args)
		}
		if len(args) == 1 {
			if eachProjects(in, d.F) {
				// f' has f's rank: f'[x] of a binary lambda is the
				// projection f'[x;], so (f each) 0b then `a`b is
				// f[0b;`a],f[0b;`b]
				return &k.Proj{F: d, Args: args}
			}
			return in.each(d.F, args[0])
		}
		return in.eachN(d.F, args)
	case k.FOver, k.FScan:
		return in.overScan(d.F, args, d.T == k.FScan)
	case k.FPrior:
		if len(args) == 1 && in.rank(d.F) == 1 {
			return in.peach(d.F, args[0]) // Each Parallel
		}
		return in.eachPrior(d.F, args)
	case k.FRight:
		if !k.IsFunc(d.F.Type()) && len(args) == 1 {
			return in.dyad("sv", d.F, args[0])
		}
		if len(args) != 2 {
			k.Signal("rank")
		}
		x := args[0]
		return in.mapItems(args[1], func(y k.Value) k.Value { return in.apply(d.F, []k.Value{x, y}) })
	case k.FLeft:
		if !k.IsFunc(d.F.Type()) && len(args) == 1 {
			return in.dyad("vs", d.F, args[0])
		}
		if len(args) != 2 {
			k.Signal("rank")
		}
		y := args[1]
		return in.mapItems(args[0], func(x k.Value) k.Value { return in.apply(d.F, []k.Value{x, y}) })
	}
	k.Signal("nyi")
	return nil
}

// eachProjects says whether f'[x], given one argument, is a projection:
// f a lambda, or a projection of one, that takes two or more arguments. A
// primitive keeps its unary form (k's ,'x is enlist each).
func eachProjects(in *Interp, f k.Value) bool {
	switch f.(type) {
	case *k.Lambda, *k.Proj:
		return in.rank(f) >= 2
	}
	return false
}

// isCaseSelector says whether x' is Case: x an integer vector. Other data
// (a list of strings, a dictionary) is applied, that is indexed, item by
// item like a function: 2 m' 0 2 1 is m[2;0],m[2;2],m[2;1].
func isCaseSelector(x k.Value) bool {
	switch x.Type() {
	case k.KB, k.KH, k.KI, k.KJ, k.KX:
		return true
	}
	return false
}

// caseRank is the rank of x' for an integer vector x: max[x]+1. A
// negative selector picks no argument: 'domain.
func caseRank(x k.Value) int {
	r := 0
	for _, s := range k.Items(x) {
		j := toInt(s)
		if j < 0 || j >= 1<<31 {
			k.Signal("domain")
		}
		r = max(r, int(j)+1)
	}
	return r
}

// cases is x'[a;b;..] for an integer vector x: item i of the result is item i of the
// argument x[i] selects; atom arguments are repeated.
func (in *Interp) cases(x k.Value, args []k.Value) k.Value {
	sel := k.Items(x)
	n := len(sel)
	var keys k.Value
	for i, a := range args {
		if d, ok := a.(*k.Dict); ok {
			if keys != nil && !prim.Match(keys, d.K) {
				if keys.Len() != d.K.Len() {
					k.Signal("length")
				}
				k.Signal("domain")
			}
			keys = d.K
			args[i] = d.V
		}
	}
	out := make([]k.Value, n)
	for i, s := range sel {
		j := int(toInt(s)) // within args: caseRank

		a := args[j]
		if k.IsList(a) {
			if a.Len() != n {
				k.Signal("length")
			}
			out[i] = k.At(a, i)
		} else {
			out[i] = a
		}
	}
	return k.Unify(out)
}

// mapItems applies fn to each item of x: an atom gives fn(x); a dict keeps
// its keys; a table maps its rows.
func (in *Interp) mapItems(x k.Value, fn func(k.Value) k.Value) k.Value {
	switch v := x.(type) {
	case *k.Dict:
		_, keyed := v.K.(*k.Table)
		if _, rows := v.V.(*k.Table); !keyed || !rows {
			// a dictionary maps its values, keys kept; so does one keyed
			// by a table whose values are a list (group t)
			return &k.Dict{K: v.K, V: in.mapItems(v.V, fn)}
		}
	}
	if x.Type() < 0 || k.IsFunc(x.Type()) {
		return fn(x)
	}
	n := x.Len()
	var out k.Collector // longs and floats kept unboxed
	out.Grow(n)
	list := k.IsList(x) // vectors and lists: item i directly; tables: rows
	for i := 0; i < n; i++ {
		in.checkStop()
		if list {
			out.Add(fn(in.box.At(x, i)))
		} else {
			out.Add(fn(in.index(x, k.J(int64(i)))))
		}
	}
	return out.Value()
}

// each applies f to each item of x.
func (in *Interp) each(f k.Value, x k.Value) k.Value {
	if p, ok := f.(*k.Prim); ok && p.T == k.FU {
		name := p.Name
		return in.mapItems(x, func(y k.Value) k.Value { return in.monad(name, y) })
	}
	if v, ok := in.eachKernel(f, x); ok {
		return v // kernel.go
	}
	if l, ok := f.(*k.Lambda); ok && len(l.Params) <= 1 {
		// a lambda of rank 1, called with no look at f per item (apply1)
		return in.mapItems(x, func(y k.Value) k.Value {
			one := [1]k.Value{y}
			return in.callLambda(l, one[:])
		})
	}
	return in.mapItems(x, func(y k.Value) k.Value { return in.apply1(f, y) })
}

// eachN applies f item-wise across several conforming arguments; atoms
// are extended.
func (in *Interp) eachN(f k.Value, args []k.Value) k.Value {
	if p, ok := asPrim(f).(*k.Prim); ok && len(args) == 2 && atomicPrim(p.Name) && args[0].Len() > 0 && args[1].Len() > 0 {
		return in.dyad(p.Name, args[0], args[1]) // an atomic f' is f
	}
	if len(args) == 2 {
		if x, ok := args[0].(*k.Dict); ok {
			if y, ok := args[1].(*k.Dict); ok && !prim.Match(x.K, y.K) {
				return in.eachDicts(f, x, y)
			}
		}
	}
	if r, ok := joinTablesAcross(f, args); ok {
		return r
	}
	if r, ok := joinPairs(f, args); ok {
		return r
	}
	n := -1
	var keys k.Value
	for i, a := range args {
		if d, ok := a.(*k.Dict); ok {
			keys = d.K
			args[i] = d.V
			a = d.V
		}
		if a.Type() >= 0 && a.Type() < k.XD {
			if n >= 0 && a.Len() != n {
				k.Signal("length")
			}
			n = a.Len()
		}
	}
	if n < 0 {
		return in.apply(f, args)
	}
	out := make([]k.Value, n)
	for i := 0; i < n; i++ {
		in.checkStop()
		call := make([]k.Value, len(args))
		for j, a := range args {
			if a.Type() >= 0 && a.Type() < k.XD {
				call[j] = eachItem(in, a, i)
			} else {
				call[j] = a
			}
		}
		out[i] = in.apply(f, call)
	}
	if keys != nil {
		return &k.Dict{K: keys, V: k.Unify(out)}
	}
	return k.Unify(out)
}

// eachDicts is x f' y of two dictionaries (or keyed tables) whose keys
// differ: as for an atomic f, the items pair by key, f applies to the
// pairs, and an item whose key only one side has is kept as it is, the
// keys of y that x lacks following those of x (KX tick/c.q joins each
// sym's new ticks to its history by Join Each Each on .u.t).
func (in *Interp) eachDicts(f k.Value, x, y *k.Dict) k.Value {
	xk, yk := prim.KeyIDs(x.K), prim.KeyIDs(y.K)
	if len(xk) != x.V.Len() || len(yk) != y.V.Len() {
		k.Signal(k.ErrLength)
	}
	pos := make(map[string]int, len(xk))
	for i, s := range xk {
		if _, dup := pos[s]; !dup {
			pos[s] = i
		}
	}
	out := make([]k.Value, len(xk), len(xk)+len(yk))
	for i := range out {
		out[i] = eachItem(in, x.V, i)
	}
	var extra []int64
	for j, s := range yk {
		in.checkStop()
		if i, ok := pos[s]; ok {
			out[i] = in.apply(f, []k.Value{out[i], eachItem(in, y.V, j)})
		} else {
			extra = append(extra, int64(j))
			out = append(out, eachItem(in, y.V, j))
		}
	}
	keys := x.K
	if len(extra) > 0 {
		keys = in.dyad(",", x.K, in.index(y.K, k.Longs(extra...)))
	}
	if len(out) == 0 {
		return &k.Dict{K: keys, V: x.V}
	}
	return &k.Dict{K: keys, V: k.Unify(out)}
}

// eachItem is item i of list a for eachN: straight from a vector or
// general list, without boxing the index and dispatching as indexing does.
func eachItem(in *Interp, a k.Value, i int) k.Value {
	switch a.(type) {
	case *k.List, *k.Vec[int64], *k.Vec[float64], *k.Vec[string], *k.Vec[bool], *k.Vec[uint8], *k.Vec[int32], *k.Vec[int16], *k.Vec[float32], *k.Vec[k.GUID]:
		return k.At(a, i)
	}
	return in.index(a, k.J(int64(i)))
}

// overScan is f/ and f\ in all their forms: reduce, fold with a seed,
// converge, repeat n times, and while.
func (in *Interp) overScan(f k.Value, args []k.Value, scan bool) k.Value {
	if len(args) == 0 { // f/ . (): no argument to reduce, as f' . () is
		k.Signal("rank")
	}
	if len(args) > 1 || args[0].Len() > 0 {
		f = asPrim(f)
	}
	if fa, ok := f.(k.Atom[float64]); ok && fa.Type() == -k.KF && len(args) == 2 {
		// x b\y with a float atom b is the recurrence with b at every
		// step: the exponential moving average first[y](1-a)\a*y
		n := 1
		if k.IsList(args[1]) {
			n = args[1].Len()
		}
		v := make([]float64, n)
		for i := range v {
			v[i] = fa.V
		}
		f = k.Floats(v...)
	}
	r := in.rank(f)
	if len(args) == 1 {
		x := args[0]
		if r == 1 {
			return in.converge(f, x, nil, scan)
		}
		if p, ok := f.(*k.Prim); ok && k.IsList(x) && x.Type() > 0 {
			if v := verbNamed(p.Name); v != nil {
				agg := v.over
				if scan {
					agg = v.scan
				}
				if agg != nil {
					return in.monadV(agg, x)
				}
			}
		}
		if x.Type() < 0 {
			return x
		}
		items := seqOf(x)
		p, isPrim := f.(*k.Prim)
		if items.n == 0 {
			if isPrim {
				switch p.Name {
				case "+":
					return k.J(0)
				case "*":
					return k.J(1)
				}
				return x
			}
			return k.NewList()
		}
		if isPrim && p.Name == "," {
			if l, ok := x.(*k.List); ok && !scan {
				// ,/ is raze: one pass, not a join per item
				return prim.Raze(l)
			}
			// `,` starts from its identity ()
			return in.fold(f, k.NewList(), items, 0, scan, false)
		}
		return in.fold(f, items.at(0), items, 1, scan, true)
	}
	if fv, ok := f.(*k.Vec[float64]); ok && fv.T == k.KF && len(args) == 2 {
		// x b\y with floats b: the recurrence {z+x*y}\[x;b;y], built in
		// since V3.1 (docs/ref/accumulators.md)
		acc := args[0]
		var out []k.Value
		for i := range fv.V {
			y := args[1]
			if k.IsList(y) {
				if y.Len() != len(fv.V) {
					k.Signal("length")
				}
				y = in.index(y, k.J(int64(i)))
			}
			acc = in.dyad("+", y, in.dyad("*", acc, k.F(fv.V[i])))
			out = append(out, acc)
		}
		if !scan {
			return acc
		}
		return k.Unify(out)
	}
	if r == 1 && len(args) == 2 {
		// an integer atom counts the steps (Do); any other applicable
		// value, a function or a dictionary or list indexed by the
		// current value, is the condition of a While
		if t := args[0].Type(); k.IsFunc(t) || t >= 0 {
			return in.converge(f, args[1], args[0], scan)
		}
		n := toInt(args[0])
		acc := args[1]
		var out []k.Value
		if scan {
			out = append(out, acc)
		}
		for i := int64(0); i < n; i++ {
			in.checkStop()
			acc = in.apply1(f, acc)
			if scan {
				out = append(out, acc)
			}
		}
		if scan {
			return k.Unify(out)
		}
		return acc
	}
	if len(args) == 2 {
		return in.fold(f, args[0], seqOf(args[1]), 0, scan, false)
	}
	// f/[x;y;z]: fold over several lists in step
	acc := args[0]
	n := -1
	for _, a := range args[1:] {
		if k.IsList(a) {
			if n >= 0 && a.Len() != n {
				k.Signal("length") // the lists go in step, so they conform
			}
			n = a.Len()
		}
	}
	if n < 0 {
		n = 1
	}
	var out []k.Value
	lam, hands := f.(*k.Lambda) // as fold hands its accumulator on
	hands = hands && !scan && len(lam.Params) == len(args)
	owned := false
	for i := 0; i < n; i++ {
		call := []k.Value{acc}
		for _, a := range args[1:] {
			if k.IsList(a) {
				call = append(call, in.index(a, k.J(int64(i))))
			} else {
				call = append(call, a)
			}
		}
		if hands {
			var own uint64
			if owned {
				own = 1
			}
			acc, owned = in.callOwning(lam, call, own, true)
			continue
		}
		acc = in.apply(f, call)
		out = append(out, acc)
	}
	if scan {
		return k.Unify(out)
	}
	if owned {
		return clipOwned(acc)
	}
	return acc
}

// fold reduces items with f from acc; scan keeps every step, and with
// first also the starting acc (the unseeded f\x).
func (in *Interp) fold(f, acc k.Value, items itemSeq, from int, scan, first bool) k.Value {
	var vb *verb // a binary primitive's dyad, found once
	if p, ok := f.(*k.Prim); ok && p.T == k.FB {
		if v := verbNamed(p.Name); v != nil && v.fb {
			vb = v
			if len(p.Name) == 1 && from == 0 && items.n > 0 && !first && items.kind == seqVec {
				// x+/y on a long or float vector: one loop, no atom per step
				if v, ok := foldArith(p.Name[0], acc, items.x, scan); ok {
					return v
				}
			}
		}
	}
	if v, ok := in.foldKernel(f, acc, items, from, scan, first); ok {
		return v // kernel.go
	}
	var out k.Collector
	if scan {
		out.Grow(items.n - from + 1)
		if first {
			out.Add(acc)
		}
	}
	// f/ with a binary lambda hands each step's result, which it keeps no
	// copy of, to the next step as its own: owned_join.go
	lam, hands := f.(*k.Lambda)
	hands = hands && !scan && vb == nil && len(lam.Params) == 2
	owned := false
	for i := from; i < items.n; i++ {
		in.checkStop()
		var it k.Value
		if items.kind == seqVec {
			it = in.box.At(items.x, i) // longs and floats from the session's blocks
		} else {
			it = items.at(i)
		}
		switch {
		case vb != nil:
			acc = in.dyadV(vb, acc, it)
		case hands:
			two := [2]k.Value{acc, it}
			var own uint64
			if owned {
				own = 1
			}
			acc, owned = in.callOwning(lam, two[:], own, true)
		default:
			acc = in.apply2(f, acc, it)
		}
		if scan {
			out.Add(acc)
		}
	}
	if scan {
		return out.Value()
	}
	if owned {
		return clipOwned(acc)
	}
	return acc
}

// foldArith is x op/ y or x op\ y by prim's kernel, when it applies.
func foldArith(op byte, x, y k.Value, scan bool) (k.Value, bool) {
	if scan {
		return prim.ScanArith(op, x, y)
	}
	return prim.FoldArith(op, x, y)
}

// converge applies f until the result stops changing (or repeats the
// start); with cond, while cond holds.
func (in *Interp) converge(f, x, cond k.Value, scan bool) k.Value {
	acc := x
	var out []k.Value
	if scan {
		out = append(out, acc)
	}
	for {
		in.checkStop()
		if cond != nil && !truth(in.apply1(cond, acc)) {
			break
		}
		next := in.apply1(f, acc)
		if cond == nil && (prim.Match(next, acc) || prim.Match(next, x)) {
			break
		}
		acc = next
		if scan {
			out = append(out, acc)
		}
	}
	if scan {
		return k.Unify(out)
	}
	return acc
}

// eachPrior is f': — f of each item and its predecessor.
func (in *Interp) eachPrior(f k.Value, args []k.Value) k.Value {
	var seed, x k.Value
	switch len(args) {
	case 1:
		x = args[0]
	case 2:
		seed, x = args[0], args[1]
	default:
		k.Signal("rank")
	}
	if d, ok := x.(*k.Dict); ok {
		if _, keyed := d.K.(*k.Table); !keyed {
			return &k.Dict{K: d.K, V: in.eachPrior(f, append(args[:len(args)-1:len(args)-1], d.V))}
		}
	}
	if r := in.priorVec(f, seed, x); r != nil {
		return r
	}
	items := itemsOf(x)
	out := make([]k.Value, len(items))
	for i, it := range items {
		in.checkStop()
		var prev k.Value
		switch {
		case i > 0:
			prev = items[i-1]
		case seed != nil:
			prev = seed
		default:
			out[i] = in.priorFirst(f, it)
			continue
		}
		out[i] = in.apply2(f, it, prev)
	}
	return k.Unify(out)
}

// priorAtomic are the primitives that each-prior applies to a whole
// vector at once: atomic dyads, whose items of f[x;y] are those of the
// items of x and y.
var priorAtomic = map[string]bool{"+": true, "-": true, "*": true, "%": true, "&": true, "|": true,
	"=": true, "<": true, ">": true, "<>": true, "<=": true, ">=": true}

// priorVec is f': over a typed vector x (with seed, when not nil) for an
// atomic primitive f: f applied once to x without its first item and x
// without its last, after the first item's result, as the loop would
// give them; nil for any other f or x. (-) prior x on 1,000,000 longs
// applied - a million times.
func (in *Interp) priorVec(f, seed, x k.Value) k.Value {
	p, ok := f.(*k.Prim)
	if t := x.Type(); !ok || !priorAtomic[p.Name] || t <= 0 || t >= 20 || x.Len() < 2 {
		return nil
	}
	if _, enum := x.(*k.Enum); enum {
		return nil
	}
	first := k.At(x, 0)
	var r0 k.Value
	if seed != nil {
		r0 = in.apply2(f, first, seed)
	} else {
		r0 = in.priorFirst(f, first)
	}
	rest := in.apply2(f, prim.Drop(k.J(1), x), prim.Drop(k.J(-1), x))
	return prim.Join(k.Enlist(r0), rest)
}

// priorFirst is the first item of a unary f': — x 0 paired with the
// identity of a known operator (0 for + -, 1 for * %; `,` keeps x 0, and
// so do & and |, whose identities are the infinities: (&':)3 1 4 is
// 3 1 1), else with the null of x 0's type.
func (in *Interp) priorFirst(f, x k.Value) k.Value {
	if p, ok := f.(*k.Prim); ok {
		switch p.Name {
		case "+", "-":
			return in.apply(f, []k.Value{x, k.J(0)})
		case "*", "%":
			return in.apply(f, []k.Value{x, k.J(1)})
		case ",", "&", "|":
			return x
		}
	}
	return in.apply(f, []k.Value{x, k.Null(x.Type())})
}

// itemsOf gives the items to iterate over: list items, dict values,
// table rows.
// itemSeq is the items of a value as itemsOf lists them, read one at a
// time (so an iteration over a vector boxes each item only as it goes).
type itemSeq struct {
	x    k.Value
	n    int
	kind uint8 // seqVec, seqOne or seqRows
}

const (
	seqVec  = iota // a vector or list: item i
	seqOne         // an atom or function: itself, alone
	seqRows        // a table: row i
)

// seqOf is the item sequence of x (a dictionary's: of its values).
func seqOf(x k.Value) itemSeq {
	switch v := x.(type) {
	case *k.Dict:
		return seqOf(v.V)
	case *k.Table:
		return itemSeq{x: v, n: v.Len(), kind: seqRows}
	}
	if t := x.Type(); t < 0 || t >= k.XT {
		return itemSeq{x: x, n: 1, kind: seqOne}
	}
	return itemSeq{x: x, n: x.Len(), kind: seqVec}
}

// at is item i.
func (s itemSeq) at(i int) k.Value {
	switch s.kind {
	case seqOne:
		return s.x
	case seqRows:
		return prim.Index(s.x, k.J(int64(i)))
	}
	return k.At(s.x, i)
}

func itemsOf(x k.Value) []k.Value {
	switch v := x.(type) {
	case *k.Dict:
		return itemsOf(v.V)
	case *k.Table:
		n := v.Len()
		out := make([]k.Value, n)
		for i := range out {
			out[i] = prim.Index(v, k.J(int64(i)))
		}
		return out
	}
	return k.Items(x)
}

// joinTablesAcross is t,'u for two simple tables of the same count: each
// row of t joined to the row of u is the table of t's columns followed by
// u's new ones, a column u shares with t taking u's values (as , of two
// dictionaries does), built column by column rather than row by row.
func joinTablesAcross(f k.Value, args []k.Value) (k.Value, bool) {
	p, ok := asPrim(f).(*k.Prim)
	if !ok || p.Name != "," || len(args) != 2 {
		return nil, false
	}
	x, ok1 := args[0].(*k.Table)
	y, ok2 := args[1].(*k.Table)
	if !ok1 || !ok2 || len(x.Data) == 0 || len(y.Data) == 0 {
		return nil, false
	}
	if x.Len() != y.Len() {
		k.Signal("length")
	}
	names := append([]string(nil), x.Cols.V...)
	data := append([]k.Value(nil), x.Data...)
	for j, c := range y.Cols.V {
		i := slices.Index(names, c)
		if i < 0 {
			names = append(names, c)
			data = append(data, y.Data[j])
		} else {
			data[i] = y.Data[j]
		}
	}
	return &k.Table{Cols: k.Syms(names...), Data: data}, true
}
