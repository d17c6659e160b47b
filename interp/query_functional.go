// This file defines the functional forms of qSQL, ?[t;c;b;a] and
// ![t;c;b;a]: their arguments, parse trees, made into the query that the
// templates run (query.go).

package interp

import (
	"slices"

	"qgo/interp/k"
)

// funcSelect is ?[t;c;b;a]: the functional select and exec; with a fifth
// argument a row limit n and a sixth an order tree, as select[n;>col]; and
// with three, the simple exec ?[t;i;p].
func (in *Interp) funcSelect(args []k.Value) k.Value {
	switch len(args) {
	case 3:
		return in.simpleExec(args)
	case 4, 5, 6:
	default:
		k.Signal("rank")
	}
	q := in.funcQuery("select", args)
	var res k.Value
	switch {
	case q.kind == "exec" && q.hasBy:
		_, named := args[2].(*k.Dict)
		res = in.execBy(q, args[0], named)
	case len(args) > 4:
		res = in.selectLimit(q, args)
	default:
		res = in.runQuery(q, args[0], nil)
	}
	if b, ok := args[2].(k.Atom[bool]); ok && b.V {
		res = in.monad("distinct", res)
	}
	return res
}

// funcUpdate is ![t;c;b;a]: the functional update and delete.
func (in *Interp) funcUpdate(args []k.Value) k.Value {
	if len(args) != 4 {
		k.Signal("rank")
	}
	q := in.funcQuery("update", args)
	return in.runQuery(q, args[0], nil)
}

// funcQuery builds a query from the functional form's parse trees: c a
// list of constraints; b 0b (1b: distinct) for select or update, a dict
// of groupings, () for exec, or a tree for exec by it; a a dict of
// columns, () for all, a tree for exec of one value, or a symbol vector
// of the columns to delete (empty: delete the rows c selects).
func (in *Interp) funcQuery(kind string, args []k.Value) *query {
	q := &query{kind: kind, refsKnown: true}
	for _, c := range k.Items(args[1]) {
		c := c
		q.where = append(q.where, func(env *frame) k.Value { return in.evalTree(c, env) })
		q.whereRefs = append(q.whereRefs, treeRefs(c))
		q.picks = append(q.picks, in.pickTree(c))
	}
	b, a := args[2], args[3]
	q.colRefs = append(treeRefs(b), treeRefs(a)...)
	if ad, ok := a.(*k.Dict); ok {
		q.selRefs = treeRefs(ad.V)
	} else {
		q.selRefs = treeRefs(a)
	}
	if bd, ok := b.(*k.Dict); ok {
		if tr := k.Items(bd.V); len(tr) > 0 {
			if s, ok := tr[0].(k.Atom[string]); ok {
				q.byFirst = s.V
			}
		}
	}
	_, aDict := a.(*k.Dict)
	switch bv := b.(type) {
	case *k.Dict:
		q.hasBy = true
		q.by = in.treeCols(bv)
		if kind == "select" && !aDict && !isEmptyList(a) {
			q.kind = "exec" // ?[t;c;`g!`g;`v]: exec by named groups
		}
	case k.Atom[bool]:
	default:
		if kind == "select" {
			q.kind = "exec"
			if !isEmptyList(b) {
				q.hasBy = true
				q.by = []qcol{{eval: func(env *frame) k.Value { return in.evalTree(b, env) }}}
			}
		}
	}
	switch av := a.(type) {
	case *k.Dict:
		q.cols = in.treeCols(av)
	case *k.Vec[string]:
		if kind == "update" {
			q.kind = "delete"
			for _, n := range av.V {
				q.cols = append(q.cols, qcol{name: n})
			}
			return q
		}
	}
	if !aDict && !isEmptyList(a) && q.kind != "delete" {
		if q.kind == "update" {
			k.Signal("type")
		}
		q.kind = "exec"
		q.noNames = true
		q.cols = []qcol{{eval: func(env *frame) k.Value { return in.evalTree(a, env) }}}
	}
	return q
}

// treeCols turns a dict of name → parse tree into column closures.
func (in *Interp) treeCols(d *k.Dict) []qcol {
	names, ok := d.K.(*k.Vec[string])
	if !ok {
		k.Signal("type")
	}
	trees := k.Items(d.V)
	if d.V.Type() < 0 { // keys onto one atom (`a`b!`c): each name's tree is the atom
		trees = slices.Repeat([]k.Value{d.V}, len(names.V))
	}
	if len(trees) != len(names.V) {
		k.Signal(k.ErrLength)
	}
	out := make([]qcol, len(names.V))
	for i, n := range names.V {
		tr := trees[i]
		out[i] = qcol{name: n, eval: func(env *frame) k.Value { return in.evalTree(tr, env) }}
	}
	return out
}

// evalTree evaluates a parse tree as `eval` does: a symbol is a name; a
// general list, or a symbol vector of two or more names, is an
// application (or one of the control forms evalForm knows); a one-item
// list is the constant it holds; anything else is itself.
func (in *Interp) evalTree(t k.Value, f *frame) k.Value {
	switch x := t.(type) {
	case k.Atom[string]:
		return in.lookup(x.V, f)
	case *k.List:
		switch len(x.V) {
		case 0:
			return x
		case 1:
			return x.V[0]
		}
		return in.evalForm(x.V, f)
	case *k.Vec[string]:
		switch len(x.V) {
		case 0:
			return x
		case 1:
			return k.S(x.V[0])
		}
		return in.evalForm(k.Items(x), f)
	}
	return t
}
