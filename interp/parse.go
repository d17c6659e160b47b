// This file defines `parse`: the syntax tree of q source turned into q's
// parse tree, the k value that `eval` evaluates and the functional qSQL
// forms take apart.
//
// A parse tree is a constant, a name as a symbol, or a general list whose
// first item is the function and the rest its arguments. Constants that
// would otherwise read as trees — symbols, symbol vectors, general lists —
// are enlisted. Keywords are their values, operators their primitives,
// iterators (/;+), elided arguments a `::` of their own, lambdas
// themselves. Control forms keep q's markers: `$[c;a;b]` is ($;c;a;b),
// `if[c;..]` is (`if;c;..), `a;b` is (";";a;b), `:x` is (":";x) and `'x`
// is ("'";x). Assignment is (:;`a;x), (::;`a;x) for a global, (+:;`a;x)
// for `a+:x` and (:;(`a;i);x) for `a[i]:x`. A qSQL template becomes its
// functional form (?;t;c;b;a) or (!;t;c;b;a).

package interp

import (
	"qgo/interp/k"
	"qgo/interp/syntax"
)

// parseVerbs registers this file's verbs (verbtab.go calls it).
func parseVerbs(t *verbTable) {
	t.monad("parse", (*Interp).parse)
	eval := func(in *Interp, x k.Value) k.Value { return in.evalTree(x, nil) }
	t.monad("eval", eval)
	// reval is eval as if -b and -u 1 were on (docs/ref/eval.md#reval):
	// while it runs, sandbox.go refuses updates of globals, writes to files,
	// paths outside the working directory, commands that change state and
	// exit.
	t.monad("reval", func(in *Interp, x k.Value) k.Value {
		in.reval++
		defer func() { in.reval-- }()
		return in.evalTree(x, nil)
	})
	t.internal(-5, (*Interp).parse) // -5!x is parse
	t.internal(-4, func(in *Interp, x k.Value) k.Value {
		// -4!x: the tokens of string x (docs/basics/internal.md)
		s, ok := x.(*k.Vec[uint8])
		if !ok || s.T != k.KC {
			k.Signal("type")
		}
		toks, err := syntax.Tokens(string(s.V))
		if err != nil {
			panic(parseError(err))
		}
		out := make([]k.Value, len(toks))
		for i, t := range toks {
			out[i] = k.Str(t)
		}
		return k.NewList(out...)
	})
	t.internal(-6, eval)
}

// elided is the argument a parse tree holds where the source elides one,
// as in f[;1] or (;2): it prints as `::`, and eval makes a projection of
// the application that holds it. It is a value of its own so that
// f[::;1], where `::` is written, stays a call.
var elided k.Value = &k.Prim{T: k.FU, Name: "::"}

// isElided reports whether v is the elided-argument marker.
func isElided(v k.Value) bool { return v == elided }

// Markers of the control forms in parse trees.
var (
	seqMark    = k.C(';')  // (";";a;b): a;b
	returnMark = k.C(':')  // (":";x): :x
	signalMark = k.C('\'') // ("'";x): 'x
)

// parse is the keyword `parse`: the parse tree of a string.
func (in *Interp) parse(x k.Value) k.Value {
	var src string
	switch s := x.(type) {
	case *k.Vec[uint8]:
		if s.T != k.KC {
			k.Signal("type")
		}
		src = string(s.V)
	case k.Atom[uint8]:
		if s.T != -k.KC {
			k.Signal("type")
		}
		src = string([]byte{s.V})
	default:
		k.Signal("type")
	}
	n, err := in.parseSrc(src)
	if err != nil {
		// the error shows where in the string it is, under the frame of
		// parse itself (docs/basics/debug.md: .Q.trp[parse;"2+2;+2";…])
		e, pos := parseError(err), 0
		if se, ok := err.(*syntax.Error); ok {
			pos = se.Pos
		}
		in.traceAdd(e, traceFrame{src: src, pos: pos})
		in.traceAdd(e, traceFrame{prim: ".q.parse"})
		panic(e)
	}
	if n == nil {
		return k.Identity
	}
	if c := resolveChecked(n); c != nil {
		// a lambda in the string is compiled, and fails as it would
		// when defined ({a::1;a:1} signals 'a)
		e := &k.Error{Msg: c.name}
		in.traceAdd(e, traceFrame{src: src, pos: c.pos})
		in.traceAdd(e, traceFrame{prim: ".q.parse"})
		panic(e)
	}
	return in.tree(n)
}

// tree converts a syntax node to its parse tree.
func (in *Interp) tree(n syntax.Node) k.Value {
	switch n := n.(type) {
	case nil:
		return elided
	case *syntax.Const:
		return quote(n.V)
	case *syntax.Ident:
		return nameTree(n.Name)
	case *syntax.Op:
		return opTree(n.Name)
	case *syntax.Iter:
		return k.NewList(iterPrim(n.Adverb), in.verbTree(n.F))
	case *syntax.Paren:
		return in.tree(n.X)
	case *syntax.Monad:
		return app(in.unaryTree(n.F), in.tree(n.X))
	case *syntax.Dyad:
		if n.R == nil {
			return app(in.verbTree(n.F), in.tree(n.L))
		}
		return app(in.verbTree(n.F), in.tree(n.L), in.tree(n.R))
	case *syntax.Apply:
		items := []k.Value{in.verbTree(n.F)}
		for _, a := range n.Args {
			items = append(items, in.tree(a))
		}
		if len(n.Args) == 0 {
			items = append(items, k.Identity) // f[] is f[::]
		}
		return app(items...)
	case *syntax.Lambda:
		return in.makeLambda(n, nil)
	case *syntax.List:
		if len(n.Items) == 0 {
			return k.NewList()
		}
		items := []k.Value{enlistPrim()}
		for _, x := range n.Items {
			items = append(items, in.tree(x))
		}
		return app(items...)
	case *syntax.Assign:
		return in.assignTree(n)
	case *syntax.Return:
		return k.NewList(returnMark, in.stmtTree(n.X))
	case *syntax.Signal:
		return k.NewList(signalMark, in.tree(n.X))
	case *syntax.Cond:
		return in.condTree(n)
	case *syntax.Seq:
		items := []k.Value{seqMark}
		for _, x := range n.Items {
			items = append(items, in.stmtTree(x))
		}
		return k.NewList(items...)
	case *syntax.Table:
		return in.tableTree(n)
	case *syntax.Query:
		return in.queryTree(n)
	case *syntax.System:
		return k.NewList(builtinValue("system"), k.Str(n.Cmd))
	}
	k.Signal("nyi")
	return nil
}

// stmtTree is the tree of a statement: an empty one is `::`.
func (in *Interp) stmtTree(n syntax.Node) k.Value {
	if n == nil {
		return k.Identity
	}
	return in.tree(n)
}

// quote makes a constant of a literal: symbols, symbol vectors and general
// lists are enlisted, as they would otherwise read as names or
// applications; anything else stands for itself.
func quote(v k.Value) k.Value {
	switch v.Type() {
	case -k.KS, k.KS, k.KList:
		return k.Enlist(v)
	}
	return v
}

// nameTree is the tree of a name: a keyword's value, else the name as a
// symbol.
func nameTree(name string) k.Value {
	if v := builtinValue(name); v != nil {
		return v
	}
	return k.S(name)
}

// enlistPrim is the value of the keyword enlist, the head of a list's tree.
func enlistPrim() k.Value {
	if v := builtinValue("enlist"); v != nil {
		return v
	}
	return &k.Prim{T: k.FU, Name: "enlist"}
}

// isIterGlyph reports whether name spells an iterator.
func isIterGlyph(name string) bool {
	switch name {
	case "'", "/", "\\", "':", "/:", "\\:":
		return true
	}
	return false
}

// iterPrim is an iterator as a value (type 103), the head of (/;+).
func iterPrim(name string) k.Value { return &k.Prim{T: k.FA, Name: name} }

// opTree is the tree of an operator glyph written as a noun or applied
// infix: its primitive.
func opTree(name string) k.Value {
	if isIterGlyph(name) {
		return iterPrim(name)
	}
	return opValue(name)
}

// isUnaryForm reports whether name is a glyph's k unary form (`#:`).
func isUnaryForm(name string) bool {
	return len(name) == 2 && name[1] == ':' && name != "::" && isGlyph(name[0])
}

// isGlyph reports whether c is an operator glyph other than a digit.
func isGlyph(c byte) bool {
	for i := 0; i < len(glyphs); i++ {
		if glyphs[i] == c {
			return true
		}
	}
	return false
}

// unaryOf is the k unary form of an operator glyph: `-` gives `-:`.
func unaryOf(name string) k.Value {
	if len(name) == 1 && isGlyph(name[0]) && name != ":" {
		return opValue(name + ":")
	}
	return opTree(name)
}

// verbTree is the tree of a node in function position of an infix or
// bracket application.
func (in *Interp) verbTree(n syntax.Node) k.Value {
	switch n := n.(type) {
	case *syntax.Op:
		return opTree(n.Name)
	case *syntax.Paren:
		return in.verbTree(n.X)
	}
	return in.tree(n)
}

// unaryTree is the tree of a node applied prefix to one argument: an
// operator, bare or parenthesised, takes its unary form (`(+)4` is
// (+:;4), as q parses it).
func (in *Interp) unaryTree(n syntax.Node) k.Value {
	switch n := n.(type) {
	case *syntax.Op:
		return unaryOf(n.Name)
	case *syntax.Paren:
		if op, ok := n.X.(*syntax.Op); ok {
			return unaryOf(op.Name)
		}
	}
	return in.tree(n)
}

// app is an application's tree: a general list, or a symbol vector when
// every item is a name (`f x` is `f`x), as q builds it.
func app(items ...k.Value) k.Value {
	for _, it := range items {
		if _, ok := it.(k.Atom[string]); !ok {
			return k.NewList(items...)
		}
	}
	return k.Unify(items)
}

// assignTree is the tree of an assignment.
func (in *Interp) assignTree(n *syntax.Assign) k.Value {
	var target k.Value = k.S(n.Name)
	if n.Index != nil {
		items := []k.Value{target}
		for _, x := range n.Index {
			items = append(items, in.tree(x))
		}
		target = app(items...)
	}
	var op k.Value
	switch {
	case n.Op != nil:
		op = in.assignOp(n.Op)
	case n.Global:
		op = k.Identity
	default:
		op = opValue(":")
	}
	return k.NewList(op, target, in.tree(n.X))
}

// assignOp is the head of a compound assignment: `+:` for a+:x.
func (in *Interp) assignOp(n syntax.Node) k.Value {
	switch n := n.(type) {
	case *syntax.Op:
		return unaryOf(n.Name)
	case *syntax.Paren:
		return in.assignOp(n.X)
	}
	return in.verbTree(n)
}

// condTree is the tree of $[..], if[..], do[..] and while[..].
func (in *Interp) condTree(n *syntax.Cond) k.Value {
	var head k.Value = k.S(n.Kind)
	if n.Kind == "$" {
		head = opValue("$")
	}
	items := []k.Value{head}
	for _, a := range n.Args {
		items = append(items, in.stmtTree(a))
	}
	return app(items...)
}

// tableTree is the tree of a table literal: flip of a dictionary of the
// columns, (+:;(!;,`a`b;(enlist;x;y))), and for a keyed table the
// dictionary of the key table and the value table.
func (in *Interp) tableTree(n *syntax.Table) k.Value {
	flip := func(cols []syntax.Col) k.Value {
		names := literalColNames(cols)
		vals := []k.Value{enlistPrim()}
		for _, c := range cols {
			vals = append(vals, in.tree(c.X))
		}
		dict := k.NewList(opValue("!"), k.Enlist(k.Syms(names...)), app(vals...))
		return k.NewList(opValue("+:"), dict)
	}
	if n.Keys == nil {
		return flip(n.Cols)
	}
	return k.NewList(opValue("!"), flip(n.Keys), flip(n.Cols))
}
