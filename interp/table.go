// This file defines table literals and the qSQL templates.

package interp

import (
	"qgo/interp/k"
	"qgo/interp/prim"
	"qgo/interp/syntax"
)

// evalTable builds a table literal: columns right to left, atoms
// extended to the common length, unnamed columns named as q names them.
func (in *Interp) evalTable(n *syntax.Table, f *frame) k.Value {
	if p := in.dictProjection(n, f); p != nil {
		return p
	}
	keys := in.evalCols(n.Keys, f)
	vals := in.evalCols(n.Cols, f)
	if len(keys) > 0 && len(vals) == 0 {
		// ([a:1;b:2]) is the dictionary `a`b!1 2, and ([k:`a;v:1 2 3])
		// `k`v!(`a;1 2 3): a literal with keys alone is a dictionary
		// (q 4.1, docs/releases/ChangesIn4.1.md)
		names := make([]string, len(keys))
		items := make([]k.Value, len(keys))
		for i, c := range keys {
			names[i], items[i] = c.name, c.v
		}
		return &k.Dict{K: k.Syms(names...), V: k.Unify(items)}
	}
	all := append(append([]namedCol{}, keys...), vals...)
	rows := -1
	for _, c := range all {
		if k.IsList(c.v) {
			if rows >= 0 && c.v.Len() != rows {
				k.Signal("length")
			}
			rows = c.v.Len()
		}
	}
	if rows < 0 {
		rows = 1
	}
	mk := func(cols []namedCol) *k.Table {
		names := make([]string, len(cols))
		data := make([]k.Value, len(cols))
		for i, c := range cols {
			names[i] = c.name
			data[i] = extend(c.v, rows)
		}
		return &k.Table{Cols: k.Syms(names...), Data: data}
	}
	if len(keys) == 0 {
		return mk(vals)
	}
	return &k.Dict{K: mk(keys), V: mk(vals)}
}

// dictProjection is a dictionary literal with missing values, ([a:1;b:]):
// like (1;), a projection, here of enlist composed with `a`b! (q 4.1). It
// is nil for any other literal.
func (in *Interp) dictProjection(n *syntax.Table, f *frame) k.Value {
	if n.Cols != nil || len(n.Keys) == 0 {
		return nil
	}
	holes := false
	for _, c := range n.Keys {
		holes = holes || c.Hole
	}
	if !holes {
		return nil
	}
	names := literalColNames(n.Keys)
	items := make([]k.Value, len(n.Keys))
	for i := len(n.Keys) - 1; i >= 0; i-- {
		if !n.Keys[i].Hole {
			items[i] = in.eval(n.Keys[i].X, f)
		}
	}
	keys := &k.Proj{F: &k.Prim{T: k.FB, Name: "!"}, Args: []k.Value{k.Syms(names...), nil}}
	return compose(keys, &k.Proj{F: &k.Prim{T: k.FU, Name: "enlist"}, Args: items})
}

type namedCol struct {
	name string
	v    k.Value
}

// evalCols evaluates the column definitions of a table literal right to
// left.
func (in *Interp) evalCols(cols []syntax.Col, f *frame) []namedCol {
	out := make([]namedCol, len(cols))
	for i := len(cols) - 1; i >= 0; i-- {
		out[i] = namedCol{v: in.eval(cols[i].X, f)}
	}
	names := literalColNames(cols)
	for i := range out {
		out[i].name = names[i]
	}
	return out
}

// colNames gives the names q gives the columns of a query: their own, else
// the name the expression starts from, else x; a name already taken gets
// the column's position appended (c1, c11).
func colNames(cols []syntax.Col) []string {
	return nameCols(cols, firstName)
}

// literalColNames gives the names q gives the columns of a table literal:
// their own, else the name the expression ends with (([]n?city) is city,
// ([]n?`a`b) is x), else x.
func literalColNames(cols []syntax.Col) []string {
	return nameCols(cols, lastName)
}

func nameCols(cols []syntax.Col, derive func(syntax.Node) string) []string {
	names := make([]string, len(cols))
	seen := map[string]bool{}
	for i, c := range cols {
		name := c.Name
		if !explicitName(c) {
			name = derive(c.X)
		}
		if name == "" {
			name = "x"
		}
		if seen[name] {
			// "q suffixes it with 1, 2, and so on as needed to make it
			// unique" (docs/basics/qsql.md)
			for j := 1; ; j++ {
				if c := name + itoa(j); !seen[c] {
					name = c
					break
				}
			}
		}
		seen[name] = true
		names[i] = name
	}
	return names
}

// isCastOp reports whether f with constant left c is a cast by type
// letter, "e"$x, which names its column from x as `real$x does.
func isCastOp(f syntax.Node, c k.Value) bool {
	op, ok := f.(*syntax.Op)
	return ok && op.Name == "$" && (c.Type() == -k.KC || c.Type() == -k.KH)
}

// firstName is the name an unnamed column takes from its expression: a
// name itself, the name an assignment sets, or the first argument of an
// application (a list (a;b) is one of enlist), recursively; a symbol constant on the left of a dyad (a
// cast or attribute, `long$x, `g#x) or any constant on the left of a
// keyword (5 xbar time, size wavg price) passes the name of its right. The virtual column i
// gives none.
func firstName(n syntax.Node) string {
	switch n := n.(type) {
	case *syntax.Ident:
		if n.Name == "i" {
			return ""
		}
		if i := lastDot(n.Name); i >= 0 {
			return n.Name[i+1:]
		}
		return n.Name
	case *syntax.Monad:
		return firstName(n.X)
	case *syntax.Dyad:
		if _, derived := n.F.(*syntax.Iter); derived && n.R != nil {
			// a derived function names its column from its right:
			// (id,'4) is x (docs/basics/qsql.md), price@'inx is inx
			// (docs/wp/iterators), -5#'time is time
			return firstName(n.R)
		}
		if _, kw := n.F.(*syntax.Ident); kw && n.R != nil {
			// a keyword names its column from its right where it can:
			// (n*0D00:01) xbar time is time, size wavg price is price
			if r := firstName(n.R); r != "" {
				return r
			}
		}
		if c, ok := n.L.(*syntax.Const); ok && n.R != nil {
			// `long$x and `g#x name x; so does a keyword with a constant
			// left, 5 xbar time; so does a character on the left of an
			// operator, "M"=diagnosis (funq's update -1 1 "M"=diagnosis
			// replaces diagnosis); an operator's numeric left, 2*x, names
			// nothing (x)
			if _, kw := n.F.(*syntax.Ident); kw || c.V.Type() == k.KS || c.V.Type() == -k.KS || c.V.Type() == -k.KC || isCastOp(n.F, c.V) {
				return firstName(n.R)
			}
		}
		if id, ok := n.L.(*syntax.Ident); ok && qWordSet()[id.Name] {
			return "" // reverse each -5#'p: a keyword is a function, no name
		}
		return firstName(n.L)
	case *syntax.Assign:
		if n.Pattern == nil && n.Index == nil {
			return firstName(&syntax.Ident{Name: n.Name})
		}
	case *syntax.Apply:
		if _, derived := n.F.(*syntax.Iter); derived && len(n.Args) > 0 {
			return firstName(n.Args[len(n.Args)-1]) // rng'[price@'inx] is inx
		}
		if len(n.Args) > 0 {
			return firstName(n.Args[0])
		}
	case *syntax.Paren:
		return firstName(n.X)
	case *syntax.List:
		// (a;b) is enlist applied to its items, named by the first:
		// (first time;last time) is time (docs/wp/transaction-cost)
		if len(n.Items) > 0 && n.Items[0] != nil {
			return firstName(n.Items[0])
		}
	}
	return ""
}

// lastName is the name an unnamed column of a table literal takes from its
// expression: a name itself, the name an assignment sets, or else that of
// the last argument of an application, recursively (`long$amount:() is
// amount, n?item is item, n?10 names nothing).
func lastName(n syntax.Node) string {
	switch n := n.(type) {
	case *syntax.Ident:
		return firstName(n)
	case *syntax.Monad:
		return lastName(n.X)
	case *syntax.Dyad:
		if n.R != nil {
			return lastName(n.R)
		}
	case *syntax.Assign:
		if n.Pattern == nil && n.Index == nil {
			return firstName(&syntax.Ident{Name: n.Name})
		}
	case *syntax.Apply:
		if len(n.Args) > 0 && n.Args[len(n.Args)-1] != nil {
			return lastName(n.Args[len(n.Args)-1])
		}
	case *syntax.Paren:
		return lastName(n.X)
	}
	return ""
}

func lastDot(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == '.' {
			return i
		}
	}
	return -1
}

func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}

// extend makes an atom into a column of n copies.
func extend(v k.Value, n int) k.Value {
	if k.IsList(v) {
		return v
	}
	if t, ok := v.(*k.Table); ok && t.Len() == n {
		// a list of records (a table) is a column of them, one a row
		rows := make([]k.Value, n)
		for i := range rows {
			rows[i] = prim.Index(t, k.J(int64(i)))
		}
		return &k.List{V: rows}
	}
	if n == 0 && v.Type() < 0 {
		return k.Empty(-v.Type())
	}
	items := make([]k.Value, n)
	for i := range items {
		items[i] = v
	}
	if v.Type() >= 0 {
		return k.NewList(items...)
	}
	return k.Unify(items)
}
