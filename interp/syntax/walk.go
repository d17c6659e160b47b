// This file defines the walks over syntax trees: Inspect, and the search
// for a lambda's implicit parameters.

package syntax

// Inspect traverses the tree rooted at n in depth-first order, as
// go/ast.Inspect does: it calls f(n), and if f returns true it then
// inspects each non-nil child of n, in source order. Nested lambdas are
// children like any other node; f can return false to skip them.
func Inspect(n Node, f func(Node) bool) {
	if n == nil || !f(n) {
		return
	}
	each := func(xs []Node) {
		for _, x := range xs {
			Inspect(x, f)
		}
	}
	cols := func(cs []Col) {
		for _, c := range cs {
			Inspect(c.X, f)
		}
	}
	switch n := n.(type) {
	case *Iter:
		Inspect(n.F, f)
	case *Apply:
		Inspect(n.F, f)
		each(n.Args)
	case *Monad:
		Inspect(n.F, f)
		Inspect(n.X, f)
	case *Dyad:
		Inspect(n.L, f)
		Inspect(n.F, f)
		Inspect(n.R, f)
	case *Lambda:
		each(n.Patterns)
		each(n.Body)
	case *List:
		each(n.Items)
	case *Paren:
		Inspect(n.X, f)
	case *Assign:
		each(n.Index)
		Inspect(n.Op, f)
		Inspect(n.Pattern, f)
		Inspect(n.X, f)
	case *Return:
		Inspect(n.X, f)
	case *Signal:
		Inspect(n.X, f)
	case *Cond:
		each(n.Args)
	case *Seq:
		each(n.Items)
	case *Table:
		cols(n.Keys)
		cols(n.Cols)
	case *Query:
		each(n.Limit)
		cols(n.Cols)
		cols(n.By)
		Inspect(n.From, f)
		each(n.Where)
	case *PatName:
		each(n.Index)
	case *PatList:
		each(n.Items)
	case *PatDict:
		Inspect(n.Val, f)
	case *PatOp:
		Inspect(n.L, f)
		Inspect(n.R, f)
	case *PatCheck:
		Inspect(n.Pat, f)
		Inspect(n.F, f)
	}
}

// implicitParams finds the parameters of a lambda without a signature: x,
// x y, or x y z, after the highest of x, y, z its body uses. Nested
// lambdas are not looked into, nor are the select, by and where phrases
// of queries, as in q.
func implicitParams(body []Node) []string {
	rank := 1
	see := func(name string) {
		switch name {
		case "y":
			rank = max(rank, 2)
		case "z":
			rank = 3
		}
	}
	var visit func(n Node) bool
	visit = func(n Node) bool {
		switch n := n.(type) {
		case *Lambda:
			return false
		case *Ident:
			see(n.Name)
		case *Assign:
			see(n.Name)
		case *PatName:
			see(n.Name)
		case *Query:
			for _, x := range n.Limit {
				Inspect(x, visit)
			}
			Inspect(n.From, visit)
			return false
		}
		return true
	}
	for _, s := range body {
		Inspect(s, visit)
	}
	return []string{"x", "y", "z"}[:rank]
}
