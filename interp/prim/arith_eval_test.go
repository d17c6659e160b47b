// This file holds a small test-only evaluator over the syntax tree, enough
// to replay the console examples of the KX reference pages through the
// registered primitives: literals, variables, prefix and infix application,
// brackets, lists, table literals and the common iterators. Anything else
// panics with qtSkip, and the example is skipped.

package prim

import (
	"fmt"
	"regexp"
	"strings"

	"qgo/interp/format"
	"qgo/interp/k"
	"qgo/interp/syntax"
)

// qtSkip is the panic value for syntax the test evaluator does not handle.
type qtSkip struct{ why string }

func qtSkipf(f string, a ...any) { panic(qtSkip{fmt.Sprintf(f, a...)}) }

// qtEnv is one console session's variables.
type qtEnv struct {
	vars    map[string]k.Value
	opts    format.Options
	tainted map[string]bool // names a skipped input may have assigned
}

func newQtEnv() *qtEnv {
	return &qtEnv{vars: map[string]k.Value{
		".Q.an": k.Str("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_0123456789"),
		".Q.t":  k.Str(" bg xhijefcspmdznuvt"),
	}, opts: format.Default(), tainted: map[string]bool{}}
}

// qtAssigned finds the names an input may assign.
var qtAssigned = regexp.MustCompile(`([A-Za-z][A-Za-z0-9_]*)\s*(\[[^]]*\])?\s*[-+*%,|&^#_]?::?[^:]`)

// qtFixture builds the variables of the setup line many reference pages
// share (it needs update and xkey): d, t and k or kt.
var qtFixture = regexp.MustCompile("^(k|kt):`k xkey update k:`abc`def`ghi from t:flip d:`a`b!(\\(.*\\))$")

// run evaluates one console input and returns what the console prints, or
// skip set when the evaluator cannot handle the input.
func (e *qtEnv) run(src string) (out string, skip string) {
	defer func() {
		if r := recover(); r != nil {
			switch x := r.(type) {
			case qtSkip:
				out, skip = "", x.why
				for _, m := range qtAssigned.FindAllStringSubmatch(src+" ", -1) {
					e.tainted[m[1]] = true
				}
			case *k.Error:
				out = "'" + x.Msg
			default:
				panic(r)
			}
		}
	}()
	if m := qtFixture.FindStringSubmatch(src); m != nil {
		vals := e.eval(mustParse(m[2]))
		d := &k.Dict{K: k.Syms("a", "b"), V: vals}
		t := &k.Table{Cols: k.Syms("a", "b"), Data: k.Items(vals)}
		e.vars["d"], e.vars["t"] = d, t
		e.vars[m[1]] = &k.Dict{K: &k.Table{Cols: k.Syms("k"), Data: []k.Value{k.Syms("abc", "def", "ghi")}}, V: t}
		return "", ""
	}
	if strings.Contains(src, "10000000") {
		qtSkipf("large")
	}
	n := mustParse(src)
	if n == nil {
		return "", ""
	}
	if sys, ok := n.(*syntax.System); ok {
		var p int
		if _, err := fmt.Sscanf(sys.Cmd, "P %d", &p); err != nil {
			qtSkipf("system %s", sys.Cmd)
		}
		e.opts.Prec = p
		return "", ""
	}
	if m, ok := n.(*syntax.Monad); ok {
		if id, ok := m.F.(*syntax.Ident); ok && id.Name == "show" {
			return format.Console(e.eval(m.X), e.opts), ""
		}
	}
	v := e.eval(n)
	if _, ok := n.(*syntax.Assign); ok {
		return "", ""
	}
	if k.IsIdentity(v) {
		return "", ""
	}
	return format.Console(v, e.opts), ""
}

func mustParse(src string) syntax.Node {
	n, err := syntax.Parse(src)
	if err != nil {
		qtSkipf("parse: %v", err)
	}
	return n
}

// qtInfix are the keywords that are applied infix.
func qtVerbName(n syntax.Node) (string, bool) {
	switch f := n.(type) {
	case *syntax.Op:
		return f.Name, true
	case *syntax.Ident:
		if _, ok := Dyads[f.Name]; ok && syntax.IsInfix(f.Name) {
			return f.Name, true
		}
	}
	return "", false
}

func (e *qtEnv) eval(n syntax.Node) k.Value {
	switch n := n.(type) {
	case *syntax.Const:
		return n.V
	case *syntax.Ident:
		if e.tainted[n.Name] {
			qtSkipf("%s may be assigned by a skipped input", n.Name)
		}
		if v, ok := e.vars[n.Name]; ok {
			return v
		}
		if _, ok := Dyads[n.Name]; ok {
			return &k.Prim{T: k.FB, Name: n.Name}
		}
		if _, ok := Monads[n.Name]; ok {
			return &k.Prim{T: k.FU, Name: n.Name}
		}
		if n.Name == "prior" || n.Name == "each" {
			return &k.Prim{T: k.FB, Name: n.Name}
		}
		qtSkipf("name %s", n.Name)
	case *syntax.Op:
		return &k.Prim{T: k.FB, Name: n.Name}
	case *syntax.Paren:
		return e.eval(n.X)
	case *syntax.Seq:
		var v k.Value = k.Identity
		for _, it := range n.Items {
			if it != nil {
				v = e.eval(it)
			}
		}
		return v
	case *syntax.List:
		items := make([]k.Value, len(n.Items))
		for i := len(n.Items) - 1; i >= 0; i-- {
			if n.Items[i] == nil {
				qtSkipf("elided list item")
			}
			items[i] = e.eval(n.Items[i])
		}
		return k.Unify(items)
	case *syntax.Assign:
		if n.Index != nil || n.Op != nil {
			qtSkipf("amend")
		}
		v := e.eval(n.X)
		e.vars[n.Name] = v
		delete(e.tainted, n.Name)
		return v
	case *syntax.Monad:
		x := e.eval(n.X)
		if name, ok := qtVerbName(n.F); ok {
			if f, ok := Monads[name]; ok {
				return f(x)
			}
			qtSkipf("monad %s", name)
		}
		return e.call(e.eval(n.F), []k.Value{x})
	case *syntax.Dyad:
		if n.R == nil {
			qtSkipf("section")
		}
		r := e.eval(n.R)
		l := e.eval(n.L)
		var f k.Value
		if name, ok := qtVerbName(n.F); ok {
			f = &k.Prim{T: k.FB, Name: name}
		} else {
			f = e.eval(n.F)
		}
		return e.call(f, []k.Value{l, r})
	case *syntax.Apply:
		args := make([]k.Value, len(n.Args))
		for i := len(n.Args) - 1; i >= 0; i-- {
			if n.Args[i] == nil {
				qtSkipf("projection")
			}
			args[i] = e.eval(n.Args[i])
		}
		return e.call(e.eval(n.F), args)
	case *syntax.Iter:
		t := map[string]k.Type{"'": k.FEach, "/": k.FOver, "\\": k.FScan, "':": k.FPrior, "/:": k.FRight, "\\:": k.FLeft}[n.Adverb]
		var f k.Value
		if name, ok := qtVerbName(n.F); ok {
			f = &k.Prim{T: k.FB, Name: name}
		} else {
			f = e.eval(n.F)
		}
		return &k.Derived{T: t, F: f}
	case *syntax.Table:
		if len(n.Keys) > 0 {
			return &k.Dict{K: e.table(n.Keys), V: e.table(n.Cols)}
		}
		return e.table(n.Cols)
	}
	qtSkipf("node %T", n)
	return nil
}

func (e *qtEnv) table(cols []syntax.Col) *k.Table {
	names := make([]string, len(cols))
	data := make([]k.Value, len(cols))
	for i, c := range cols {
		if c.Name == "" {
			qtSkipf("unnamed column")
		}
		names[i] = c.Name
		data[i] = e.eval(c.X)
		if data[i].Type() < 0 {
			qtSkipf("atom column")
		}
	}
	return &k.Table{Cols: k.Syms(names...), Data: data}
}

// call applies a function value to arguments.
func (e *qtEnv) call(f k.Value, args []k.Value) k.Value {
	switch f := f.(type) {
	case *k.Prim:
		if f.Name == "prior" && len(args) == 2 {
			return e.call(&k.Derived{T: k.FPrior, F: args[0]}, args[1:])
		}
		if f.Name == "each" && len(args) == 2 {
			return e.call(&k.Derived{T: k.FEach, F: args[0]}, args[1:])
		}
		switch len(args) {
		case 1:
			if m, ok := Monads[f.Name]; ok && (f.T == k.FU || !syntax.IsInfix(f.Name)) {
				return m(args[0])
			}
		case 2:
			if d, ok := Dyads[f.Name]; ok {
				return d(args[0], args[1])
			}
		}
		qtSkipf("apply %s/%d", f.Name, len(args))
	case *k.Derived:
		return e.derived(f, args)
	}
	qtSkipf("apply %T", f)
	return nil
}

func (e *qtEnv) derived(d *k.Derived, args []k.Value) k.Value {
	f := d.F
	call2 := func(x, y k.Value) k.Value { return e.call(f, []k.Value{x, y}) }
	switch {
	case d.T == k.FLeft && len(args) == 2:
		return qtEach(args[0], func(x k.Value) k.Value { return call2(x, args[1]) })
	case d.T == k.FRight && len(args) == 2:
		return qtEach(args[1], func(y k.Value) k.Value { return call2(args[0], y) })
	case d.T == k.FEach && len(args) == 1:
		return qtEach(args[0], func(x k.Value) k.Value { return e.call(f, []k.Value{x}) })
	case d.T == k.FEach && len(args) == 2:
		xs, ys := k.Items(args[0]), k.Items(args[1])
		if args[0].Type() < 0 {
			xs = qtRepeat(args[0], len(ys))
		}
		if args[1].Type() < 0 {
			ys = qtRepeat(args[1], len(xs))
		}
		if len(xs) != len(ys) {
			k.Signal(k.ErrLength)
		}
		out := make([]k.Value, len(xs))
		for i := range xs {
			out[i] = call2(xs[i], ys[i])
		}
		return k.Unify(out)
	case d.T == k.FScan && len(args) == 1 && qtUnary(f):
		out := []k.Value{args[0]}
		seen := map[string]bool{qtKey(args[0]): true}
		for {
			next := e.call(f, []k.Value{out[len(out)-1]})
			if seen[qtKey(next)] {
				return k.Unify(out)
			}
			seen[qtKey(next)] = true
			out = append(out, next)
		}
	case (d.T == k.FOver || d.T == k.FScan) && len(args) == 1:
		items := k.Items(args[0])
		out := make([]k.Value, len(items))
		for i, it := range items {
			if i == 0 {
				out[i] = it
			} else {
				out[i] = call2(out[i-1], it)
			}
		}
		if d.T == k.FScan {
			return k.Unify(out)
		}
		if len(out) == 0 {
			qtSkipf("empty over")
		}
		return out[len(out)-1]
	case (d.T == k.FOver || d.T == k.FScan) && len(args) == 2:
		items := k.Items(args[1])
		out := make([]k.Value, len(items))
		acc := args[0]
		for i, it := range items {
			acc = call2(acc, it)
			out[i] = acc
		}
		if d.T == k.FScan {
			return k.Unify(out)
		}
		return acc
	case d.T == k.FPrior && len(args) == 1:
		items := k.Items(args[0])
		out := make([]k.Value, len(items))
		for i, it := range items {
			if i == 0 {
				out[i] = call2(it, it)
			} else {
				out[i] = call2(it, items[i-1])
			}
		}
		return k.Unify(out)
	}
	qtSkipf("derived %d/%d", d.T, len(args))
	return nil
}

// qtEach maps f over the items of x (a dictionary's values keep its keys).
func qtEach(x k.Value, f func(k.Value) k.Value) k.Value {
	if d, ok := x.(*k.Dict); ok {
		return &k.Dict{K: d.K, V: qtEach(d.V, f)}
	}
	if _, ok := x.(*k.Table); ok {
		qtSkipf("each over table rows")
	}
	items := k.Items(x)
	out := make([]k.Value, len(items))
	for i, it := range items {
		out[i] = f(it)
	}
	return k.Unify(out)
}

func qtRepeat(x k.Value, n int) []k.Value {
	out := make([]k.Value, n)
	for i := range out {
		out[i] = x
	}
	return out
}

// qtNormal trims what the harness ignores: trailing blanks on each line,
// and blank lines at the ends.
func qtNormal(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " \t")
	}
	return strings.Trim(strings.Join(lines, "\n"), "\n")
}

// qtUnary reports whether f is a unary primitive.
func qtUnary(f k.Value) bool {
	p, ok := f.(*k.Prim)
	return ok && p.T == k.FU
}

// qtKey identifies a value for convergence.
func qtKey(v k.Value) string {
	var b strings.Builder
	numKeyString(&b, v)
	return b.String()
}
