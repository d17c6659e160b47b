// This file runs aggregations over a partitioned table as kdb+ does,
// by map-reduce (docs/wp/columnar-database/index.md, "Take advantage of
// the built-in map-reduce capabilities"): when every column of a select
// or exec is an aggregate q can split (count sum prd min max first last
// avg wavg wsum) of row-wise expressions of the table's columns, and the
// by phrase is row-wise too, each partition is aggregated on its own,
// grouped as the query groups, and the partial results, joined in
// partition order, are combined by a second query over them: sums of
// counts and sums, min of mins, first of firsts, avg as a sum of sums over
// a sum of counts of non-nulls. Only one partition's columns are touched at
// a time, so a query over the whole database holds the partial results,
// not the rows. Queries of any other shape gather the rows (partition.go).

package interp

import (
	"strconv"

	"qgo/interp/k"
	"qgo/interp/syntax"
)

// mrSplit is how one aggregate is split: the aggregates each partition
// computes and the expression combining their results.
type mrSplit struct {
	parts []mrPart
	whole func(names []string) syntax.Node
}

// mrPart is an aggregate a partition computes: agg applied to a row-wise
// argument (fsum: sum of the argument made floats).
type mrPart struct {
	agg  string
	args []syntax.Node
}

// mrIdent is a name as the parser writes it, unresolved.
func mrIdent(name string) *syntax.Ident { return &syntax.Ident{Name: name} }

// mrMonad is f x.
func mrMonad(f string, x syntax.Node) syntax.Node { return &syntax.Monad{F: mrIdent(f), X: x} }

// mrOp is x f y for an operator glyph f.
func mrOp(f string, x, y syntax.Node) syntax.Node {
	return &syntax.Dyad{F: &syntax.Op{Name: f}, L: x, R: y}
}

// mrSame combines partial results with combine: the aggregate itself (sum
// of sums, min of mins, first of firsts) or sum (of counts).
func mrSame(agg, combine string, args ...syntax.Node) mrSplit {
	return mrSplit{
		parts: []mrPart{{agg, args}},
		whole: func(n []string) syntax.Node { return mrMonad(combine, mrIdent(n[0])) },
	}
}

// mrRatio combines two partial results as (sum a)%sum b.
func mrRatio(a, b mrPart) mrSplit {
	return mrSplit{
		parts: []mrPart{a, b},
		whole: func(n []string) syntax.Node {
			return mrOp("%", mrMonad("sum", mrIdent(n[0])), mrMonad("sum", mrIdent(n[1])))
		},
	}
}

// mrCheck decides which parts of a query over a partitioned table are
// row-wise: isCol names the table's columns (with i and the partition
// field); keyword reports whether a name is q's keyword, not shadowed.
type mrCheck struct {
	isCol   map[string]bool
	keyword func(name string) bool
}

// rowOps are the operators that act on a column item by item.
var rowOps = map[string]bool{"+": true, "-": true, "*": true, "%": true, "&": true, "|": true,
	"=": true, "<": true, ">": true, "<=": true, ">=": true, "<>": true}

// rowDyads are the keywords used infix that act item by item.
var rowDyads = map[string]bool{"xbar": true, "mod": true, "div": true, "and": true, "or": true}

// rowMonads are the keywords that act on a column item by item.
var rowMonads = map[string]bool{"neg": true, "abs": true, "sqrt": true, "exp": true, "log": true,
	"not": true, "null": true, "signum": true, "reciprocal": true, "floor": true, "ceiling": true}

// rowWise reports whether n computes one item per row from that row alone:
// columns, atoms, and item-by-item operators over them.
func (c *mrCheck) rowWise(n syntax.Node) bool {
	switch n := n.(type) {
	case *syntax.Ident:
		if c.isCol[n.Name] {
			return true
		}
		head, _, dotted := cutDot(n.Name)
		return dotted && c.isCol[head] // date.month
	case *syntax.Const:
		return n.V.Type() < 0
	case *syntax.Paren:
		return c.rowWise(n.X)
	case *syntax.Monad:
		if op, ok := n.F.(*syntax.Op); ok {
			return op.Name == "-" && c.rowWise(n.X)
		}
		id, ok := n.F.(*syntax.Ident)
		return ok && rowMonads[id.Name] && c.keyword(id.Name) && c.rowWise(n.X)
	case *syntax.Dyad:
		if n.R == nil || !c.rowWise(n.R) {
			return false
		}
		switch f := n.F.(type) {
		case *syntax.Op:
			if f.Name == "$" {
				_, ok := n.L.(*syntax.Const)
				return ok // a cast
			}
			return rowOps[f.Name] && c.rowWise(n.L)
		case *syntax.Ident:
			return rowDyads[f.Name] && c.keyword(f.Name) && c.rowWise(n.L)
		}
	}
	return false
}

// column reports whether n is row-wise and names a column: one item per
// row (an atom alone is no column).
func (c *mrCheck) column(n syntax.Node) bool {
	if !c.rowWise(n) {
		return false
	}
	for _, r := range identRefs(n) {
		if c.isCol[r] {
			return true
		}
	}
	return false
}

// cutDot splits a dotted name at its first dot (a leading dot is no split).
func cutDot(name string) (string, string, bool) {
	for i := 1; i < len(name); i++ {
		if name[i] == '.' {
			return name[:i], name[i+1:], true
		}
	}
	return name, "", false
}

// split recognises x as an aggregate q map-reduces, applied to row-wise
// arguments, and gives its split; ok is false for anything else.
func (c *mrCheck) split(x syntax.Node) (mrSplit, bool) {
	var fn string
	var args []syntax.Node
	switch n := x.(type) {
	case *syntax.Monad:
		id, ok := n.F.(*syntax.Ident)
		if !ok {
			return mrSplit{}, false
		}
		fn, args = id.Name, []syntax.Node{n.X}
	case *syntax.Apply:
		id, ok := n.F.(*syntax.Ident)
		if !ok {
			return mrSplit{}, false
		}
		fn, args = id.Name, n.Args
	case *syntax.Dyad:
		id, ok := n.F.(*syntax.Ident)
		if !ok || n.R == nil {
			return mrSplit{}, false
		}
		fn, args = id.Name, []syntax.Node{n.L, n.R}
	default:
		return mrSplit{}, false
	}
	for _, a := range args {
		if a == nil || !c.column(a) {
			return mrSplit{}, false
		}
	}
	if !c.keyword(fn) {
		return mrSplit{}, false
	}
	if len(args) == 1 {
		a := args[0]
		switch fn {
		case "sum", "min", "max", "first", "last", "prd":
			return mrSame(fn, fn, a), true
		case "count":
			return mrSame(fn, "sum", a), true
		case "avg": // nulls are left out of both sums
			return mrRatio(mrPart{"sum", args}, mrPart{"sum", []syntax.Node{mrMonad("not", mrMonad("null", a))}}), true
		}
		return mrSplit{}, false
	}
	if len(args) == 2 {
		w, v := args[0], args[1]
		switch fn {
		case "wsum": // the sum of the products, in floats; null products are left out
			return mrSame("fsum", "sum", mrOp("*", w, v)), true
		case "wavg": // pairs with a null are left out of both sums
			notNull := mrMonad("not", mrMonad("null", mrOp("+", w, v)))
			return mrRatio(mrPart{"fsum", []syntax.Node{mrOp("*", w, v)}}, mrPart{"fsum", []syntax.Node{mrOp("*", w, notNull)}}), true
		}
	}
	return mrSplit{}, false
}

// partMapReduce runs q over the partitions sel of pt by map-reduce (see
// the file comment); ok is false when q is not of that shape, or no
// partition has rows, and the caller gathers the rows instead.
func (in *Interp) partMapReduce(q *query, pt *partTable, sel []int, need map[string]bool, withI bool, rest *query, f *frame) (k.Value, bool) {
	if q.kind != "select" && q.kind != "exec" || !q.refsKnown || q.limit != nil || len(q.cols) == 0 ||
		need == nil || q.hasBy && len(q.by) == 0 {
		return nil, false
	}
	isCol := map[string]bool{"i": true}
	for _, c := range pt.value.Cols.V {
		isCol[c] = true
	}
	chk := &mrCheck{isCol: isCol, keyword: func(name string) bool {
		if isCol[name] || f.slot(name) >= 0 {
			return false
		}
		_, global := in.absGet(in.qualify(name, f))
		return !global
	}}
	taken := map[string]bool{}
	for _, b := range q.by {
		if b.x == nil || !chk.column(b.x) {
			return nil, false
		}
		taken[b.name] = true
	}
	// each partition computes the partial columns mr0, mr1, ... from its
	// own columns and the argument columns ma0, ma1, ... it first adds
	// (so the aggregates apply to columns, the form grouping does in one
	// pass); the combining query runs over the partial columns
	var mapCols, redCols []qcol
	type argCol struct {
		name string
		x    syntax.Node
		agg  string // sum: booleans summed as longs; fsum: made floats
	}
	var argCols []argCol
	argName := func(x syntax.Node, agg string) string {
		if id, ok := x.(*syntax.Ident); ok && isCol[id.Name] && agg != "fsum" {
			return id.Name
		}
		name := "ma" + strconv.Itoa(len(argCols))
		argCols = append(argCols, argCol{name, x, agg})
		return name
	}
	for _, c := range q.cols {
		if c.x == nil {
			return nil, false
		}
		s, ok := chk.split(c.x)
		if !ok {
			return nil, false
		}
		var names []string
		for _, p := range s.parts {
			name := "mr" + strconv.Itoa(len(mapCols))
			names = append(names, name)
			agg := p.agg
			if agg == "fsum" {
				agg = "sum"
			}
			x := mrMonad(agg, mrIdent(argName(p.args[0], p.agg)))
			mapCols = append(mapCols, in.nodeCol(name, x))
		}
		redCols = append(redCols, in.nodeCol(c.name, s.whole(names)))
	}
	for name := range taken {
		if len(name) > 2 && (name[:2] == "mr" || name[:2] == "ma") {
			return nil, false // a by column named as a partial one
		}
		switch name {
		case "sum", "min", "max", "first", "last", "prd", "count", "not", "null", "wsum":
			return nil, false // a by column would hide the keyword that combines
		}
	}
	for _, a := range argCols {
		if isCol[a.name] {
			return nil, false
		}
	}
	mapQ := &query{kind: "select", cols: mapCols, by: q.by, hasBy: q.hasBy}
	var partials []*k.Table
	for _, j := range sel {
		t := in.partFiltered(pt, j, need, withI, rest, f)
		if t.Len() == 0 {
			continue
		}
		if len(argCols) > 0 {
			names := append([]string{}, t.Cols.V...)
			data := append([]k.Value{}, t.Data...)
			for _, a := range argCols {
				refs := map[string]bool{}
				for _, r := range identRefs(a.x) {
					refs[r] = true
				}
				v := in.eval(a.x, in.envOnly(t, nil, f, refs))
				switch b, isBool := v.(*k.Vec[bool]); {
				case a.agg == "fsum" && v.Type() != k.KF:
					v = in.dyad("$", k.C('f'), v)
				case a.agg == "sum" && isBool:
					n := make([]int64, len(b.V))
					for i, x := range b.V {
						if x {
							n[i] = 1
						}
					}
					v = k.Longs(n...)
				}
				if !k.IsList(v) || v.Len() != t.Len() {
					k.Signal(k.ErrLength)
				}
				names = append(names, a.name)
				data = append(data, v)
			}
			t = &k.Table{Cols: k.Syms(names...), Data: data}
		}
		r, _ := unkey(in.runQuery(mapQ, t, f))
		partials = append(partials, r)
	}
	if len(partials) == 0 {
		return nil, false
	}
	redQ := *q
	redQ.where, redQ.whereRefs, redQ.refsKnown = nil, nil, false
	redQ.cols = redCols
	redQ.by = make([]qcol, len(q.by))
	for i, b := range q.by {
		redQ.by[i] = in.nodeCol(b.name, mrIdent(b.name))
	}
	return in.runQuery(&redQ, concatTables(in, partials), f), true
}

// nodeCol is a query column named name computing x.
func (in *Interp) nodeCol(name string, x syntax.Node) qcol {
	return qcol{name: name, x: x, eval: func(env *frame) k.Value { return in.eval(x, env) }}
}
