// This file defines views: `v::expr` at the top level defines v as the
// value of expr, computed when v is read.

package interp

import (
	"slices"
	"sort"
	"strings"

	"qgo/interp/k"
	"qgo/interp/syntax"
)

// view is a view's definition.
type view struct {
	name string
	src  string // the expression's text, as `view` reports it
	node syntax.Node
	busy bool // being computed: a view that reads itself signals 'loop
	// pending: not read since it was defined or a name it reads changed
	pending bool
	last    k.Value // the value last computed, which the view reads of itself
}

// viewVerbs registers this file's verbs (verbtab.go calls it).
func viewVerbs(t *verbTable) {
	t.monad("view", (*Interp).viewSource)
	t.monad("views", func(in *Interp, _ k.Value) k.Value {
		names := make([]string, 0, len(in.views))
		for n := range in.views {
			if !strings.HasPrefix(n, ".") {
				names = append(names, n)
			}
		}
		sort.Strings(names)
		if len(names) == 0 {
			return k.Syms() // none: no sorted attribute (docs/ref/parse.md)
		}
		return &k.Vec[string]{T: k.KS, A: k.AttrS, V: names}
	})
}

// isViewDef says whether assignment n, evaluated in frame f, defines a
// view: v::expr at the top level.
func isViewDef(n *syntax.Assign, f *frame) bool {
	return n.Global && f == nil && n.Index == nil && n.Op == nil && n.Pattern == nil
}

// topView gives the view definition that starts statement list n at the
// top level (v::a;b;c defines v as the whole list, as q reads it).
func topView(n *syntax.Seq, f *frame) (*syntax.Assign, bool) {
	if f != nil || len(n.Items) < 2 {
		return nil, false
	}
	a, ok := n.Items[0].(*syntax.Assign)
	return a, ok && isViewDef(a, f)
}

// defineView records a view; nothing is evaluated until it is read.
func (in *Interp) defineView(n *syntax.Assign) k.Value {
	if isReserved(n.Name) && !hasDot(n.Name) {
		k.Signal("assign")
	}
	name := in.qualify(n.Name, nil)
	if in.views == nil {
		in.views = map[string]*view{}
	}
	in.drop(name)
	in.views[name] = &view{name: name, src: viewText(in.src, n), node: n.X, pending: true}
	in.touchViews(name)
	return k.Identity
}

// viewText is the text after `name::` in the statement, up to a trailing
// comment.
func viewText(src string, n *syntax.Assign) string {
	if n.P < 0 || n.P > len(src) {
		return ""
	}
	rest := src[n.P:]
	i := strings.Index(rest, "::")
	if i < 0 {
		return ""
	}
	rest = rest[i+2:]
	if j := strings.Index(rest, " /"); j >= 0 {
		rest = rest[:j]
	}
	return strings.TrimSpace(rest)
}

// viewValue is a view's current value: the value it last computed, until
// a name it reads changes (it is pending then), when it is computed again
// (docs/learn/views.md: "re-evaluated only if the values of the underlying
// dependencies have changed since its last evaluation"). A view that
// reads itself gets the value it last had, or 'loop if it has none yet
// (self-referencing views). A secondary thread may read the value last
// computed, but computing one there is 'threadview (docs/basics/errors.md).
func (in *Interp) viewValue(v *view) k.Value {
	if v.busy {
		if v.last != nil {
			return v.last
		}
		k.Signal("loop")
	}
	if v.last != nil && !v.pending {
		return v.last
	}
	if in.main != nil {
		k.Signal("threadview")
	}
	v.busy = true
	defer func() { v.busy = false }()
	r := in.eval(v.node, nil)
	v.pending = false
	v.last = r
	return r
}

// viewNames is \b (all views) or \B (pending ones only) of namespace ns,
// the current one when ns is empty: sorted names (docs/basics/syscmds.md).
func (in *Interp) viewNames(ns string, pendingOnly bool) k.Value {
	prefix := in.ctx
	if ns != "" {
		prefix = strings.TrimSuffix(ns, ".")
		if prefix == "." {
			prefix = ""
		}
	}
	if prefix != "" {
		prefix += "."
	}
	var names []string
	for n, v := range in.views {
		rest, ok := strings.CutPrefix(n, prefix)
		if !ok || rest == "" || strings.Contains(rest, ".") || (prefix == "" && strings.HasPrefix(n, ".")) {
			continue
		}
		if pendingOnly && !v.pending {
			continue
		}
		names = append(names, rest)
	}
	if len(names) == 0 {
		return k.Syms()
	}
	sort.Strings(names)
	if pendingOnly {
		return k.Syms(names...)
	}
	return &k.Vec[string]{T: k.KS, A: k.AttrS, V: names}
}

// touchViews marks pending the views that read the global name, and the
// views that read those (a referent changed: docs/basics/syscmds.md \B).
func (in *Interp) touchViews(name string) {
	if len(in.views) == 0 {
		return
	}
	todo := []string{name}
	for len(todo) > 0 {
		n := todo[len(todo)-1]
		todo = todo[:len(todo)-1]
		for vn, v := range in.views {
			if v.pending || vn == n || !readsName(v.node, n) {
				continue
			}
			v.pending = true
			todo = append(todo, vn)
		}
	}
}

// readsName reports whether expression node reads the name (outside the
// lambdas it defines).
func readsName(node syntax.Node, name string) bool {
	found := false
	syntax.Inspect(node, func(n syntax.Node) bool {
		switch x := n.(type) {
		case *syntax.Lambda:
			return false
		case *syntax.Ident:
			if x.Name == name {
				found = true
			}
		}
		return !found
	})
	return found
}

// viewSource is `view`: the text that defines a view.
func (in *Interp) viewSource(x k.Value) k.Value {
	s, ok := x.(k.Atom[string])
	if !ok {
		k.Signal("type")
	}
	v, ok := in.views[in.qualify(s.V, nil)]
	if !ok {
		k.Signal(s.V)
	}
	return k.Str(v.src)
}

// viewDeps is .z.b, the dependency dictionary: each name the views of the
// root namespace read, mapped to the views that read it (docs/ref/dotz.md).
func (in *Interp) viewDeps() k.Value {
	names := make([]string, 0, len(in.views))
	for n := range in.views {
		if !strings.HasPrefix(n, ".") {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	var keys []string
	users := map[string][]string{}
	for _, v := range names {
		seen := map[string]bool{}
		syntax.Inspect(in.views[v].node, func(n syntax.Node) bool {
			switch x := n.(type) {
			case *syntax.Lambda:
				return false // a lambda's names are its own
			case *syntax.Ident:
				if seen[x.Name] || builtinValue(x.Name) != nil {
					return true
				}
				seen[x.Name] = true
				if _, ok := users[x.Name]; !ok {
					keys = append(keys, x.Name)
				}
				users[x.Name] = append(users[x.Name], v)
			}
			return true
		})
	}
	vals := make([]k.Value, len(keys))
	for i, n := range keys {
		vals[i] = k.Syms(users[n]...)
	}
	return &k.Dict{K: k.Syms(keys...), V: k.NewList(vals...)}
}

// viewObject is the view as its namespace holds it: `. `v shows its text,
// and get`. `v the cached value (:: while pending), the parse tree, the
// names it depends on and the text (docs/ref/value.md, docs/learn/views.md).
func (in *Interp) viewObject(v *view) k.Value {
	var cached k.Value = k.Identity
	if !v.pending && v.last != nil {
		cached = v.last
	}
	meta := k.NewList(cached, in.tree(v.node), k.Syms(viewDepNames(v.node)...), k.Str(v.src))
	return &k.ViewDef{Src: v.src, Meta: meta}
}

// viewDepNames are the names a view's expression reads, in the order they
// appear: not those inside the lambdas it defines, and of a query only the
// table it reads, since its other names may be columns (docs/learn/views.md:
// select from t where a in b depends on t alone).
func viewDepNames(node syntax.Node) []string {
	var names []string
	var walk func(n syntax.Node)
	walk = func(n syntax.Node) {
		syntax.Inspect(n, func(n syntax.Node) bool {
			switch x := n.(type) {
			case *syntax.Lambda:
				return false
			case *syntax.Query:
				if x.From != nil {
					walk(x.From)
				}
				return false
			case *syntax.Ident:
				if builtinValue(x.Name) == nil && !slices.Contains(names, x.Name) {
					names = append(names, x.Name)
				}
			}
			return true
		})
	}
	walk(node)
	return names
}
