// This file finds the value a name stands for as the tree walk reads it:
// a local, a global of the current namespace, a dotted name
// into a dictionary, a namespace as a dictionary, or a builtin.

package interp

import (
	"math"
	"slices"
	"sort"
	"strings"

	"qgo/interp/k"
)

// lookup resolves a name: a local, then a global in the frame's namespace,
// then a builtin. A plain name read inside a namespace other than the root
// is that namespace's: q does not look for it at the root (`..a` does).
func (in *Interp) lookup(name string, f *frame) k.Value {
	if v, ok := in.localValue(name, f); ok {
		if v == nil {
			return k.NewList() // a local not yet assigned is ()
		}
		return v
	}
	return in.lookupGlobal(name, f)
}

// local1 is the value of local slot i, read. (The compiled reads of a
// local, compile.go, take the common case first themselves: a slot holding
// a value, in a frame whose slots own no buffer.)
func (f *frame) local1(i int) k.Value {
	if v := f.vals[i]; v != nil {
		return f.readLocal(i, v)
	}
	f.disown(i)
	return k.NewList() // a local not yet assigned is ()
}

// lookupGlobal resolves a name that is not a local of f: a keyword q
// reserves, else a global in the frame's namespace, then a builtin.
func (in *Interp) lookupGlobal(name string, f *frame) k.Value {
	if reservedWord(name) && in.qualify(name, f) != name && isReserved(name) {
		return builtinValue(name) // a namespace's own set does not shadow the keyword
	}
	return in.lookupNamed(name, f)
}

// lookupNamed is lookupGlobal for a name that is not a reserved word.
func (in *Interp) lookupNamed(name string, f *frame) k.Value {
	if g := in.qualify(name, f); true {
		if v, ok := in.absGet(g); ok {
			return in.read(g, v)
		}
	}
	if vw, ok := in.views[in.qualify(name, f)]; ok {
		return in.viewValue(vw)
	}
	if v := builtinValue(name); v != nil {
		return v
	}
	if v, ok := in.absGet(".q." + name); ok {
		return v // names q defines in .q, such as csv
	}
	if kw, ok := strings.CutPrefix(name, ".q."); ok && qWordSet()[kw] {
		if v := builtinValue(kw); v != nil {
			return v // .q.til is til: the keywords are .q's entries (key`.q)
		}
	}
	if strings.HasPrefix(name, ".z.") {
		// .z.s and the environment values before the namespace walk,
		// which reads every global: .z.s recursion paid it at each call
		if v := in.dotzValue(name, f); v != nil {
			return v
		}
	}
	if v := in.namespaceDict(name); v != nil {
		return v
	}
	if g := in.qualify(name, f); g != name {
		// a dictionary a namespace holds as dotted globals: ln in \d .ns
		// after .ns.ln.a:1
		if v := in.namespaceDict(g); v != nil {
			return v
		}
	}
	if v := in.dotzValue(name, f); v != nil {
		return v
	}
	if v, ok := in.dottedValue(name, f); ok {
		return v
	}
	k.Signal(name)
	return nil
}

// dottedValue resolves a dotted name through the values it passes: t.col
// is a column of table t, .ns.d.a the entry a of the dictionary .ns.d. The
// longest prefix that names a stored value is indexed by the rest, part by
// part; a namespace is not indexed, so a name missing from it signals. A
// view is not indexed either: t1.date of a view t1 is 'nyi.
func (in *Interp) dottedValue(name string, f *frame) (k.Value, bool) {
	for i := strings.LastIndexByte(name, '.'); i > 0; i = strings.LastIndexByte(name[:i], '.') {
		base, rest := name[:i], name[i+1:]
		var v k.Value
		g, global := in.absGet(in.qualify(base, f))
		l, local := in.localValue(base, f)
		local = local && l != nil
		if global && (inLambda(f) || !local) {
			// in a function a dotted name is a global's first: KX's ml
			// library reads clust.dbscan.predict in a function with a
			// local clust (a query's columns come first: time.hh)
			v = in.read(in.qualify(base, f), g)
		} else if local {
			v = l
		} else if z := in.dotzValue(base, f); z != nil && strings.HasPrefix(base, ".z.") {
			v = z // .z.d.year, .z.p.date
		} else if _, isView := in.views[in.qualify(base, f)]; isView {
			k.Signal("nyi") // views do not support dot notation (docs/learn/views.md)
		} else {
			continue
		}
		for _, part := range strings.Split(rest, ".") {
			v = in.field(v, part)
		}
		return v, true
	}
	return nil, false
}

// inLambda reports whether f is a lambda's call, not the frame of a
// query's columns (which has no lambda).
func inLambda(f *frame) bool {
	return f != nil && f.local && f.code != nil && f.code.node != nil
}

// localValue returns the local slot's value (nil if unassigned) and whether
// name is a local of f.
func (in *Interp) localValue(name string, f *frame) (k.Value, bool) {
	if f == nil || !f.local {
		return nil, false
	}
	i := f.slot(name)
	if i < 0 {
		return nil, false
	}
	if v := f.vals[i]; v != nil {
		return f.readLocal(i, v), true
	}
	f.disown(i)
	return f.vals[i], true
}

// qualify gives the absolute global name of name as seen from frame f.
func (in *Interp) qualify(name string, f *frame) string {
	if strings.HasPrefix(name, ".") {
		if strings.HasPrefix(name, "..") && len(name) > 2 {
			return name[2:] // ..x is x at the root, from any namespace
		}
		return name
	}
	ctx := in.ctx
	if f != nil && f.local {
		ctx = f.ctx
	}
	if ctx == "" {
		return name
	}
	return ctx + "." + name
}

// namespaceDict builds the dictionary view of a namespace (`.z`, `.foo`):
// its names and values, or nil if no global lives under it.
func (in *Interp) namespaceDict(name string) k.Value {
	if !strings.HasPrefix(name, ".") {
		return nil
	}
	if name == ".z" {
		return in.dotzDict()
	}
	in.disownAll() // the dictionary shares every value it lists
	prefix := name + "."
	var keys []string
	var vals []k.Value
	if name == "." {
		// the root namespace: its plain globals
		for n, v := range in.allGlobals() {
			if !strings.Contains(n, ".") {
				keys = append(keys, n)
				vals = append(vals, v)
			}
		}
		for n, v := range in.views {
			if !strings.Contains(n, ".") {
				keys = append(keys, n)
				vals = append(vals, in.viewObject(v)) // view.go
			}
		}
		if keys == nil {
			return &k.Dict{K: k.Syms(), V: k.NewList()}
		}
		in.creationOrder("", keys, vals)
		return &k.Dict{K: k.Syms(keys...), V: k.Unify(vals)}
	}
	nq := 0 // .q's own keywords, which keep q.k's order
	if name == ".q" {
		// the keywords q.k defines, in its order (the words of .Q.res
		// are k's own and not in .q)
		for _, kw := range qWords {
			if v := builtinValue(kw); v != nil {
				keys = append(keys, kw)
				vals = append(vals, v)
			}
		}
		nq = len(keys)
	}
	var subs []string // nested namespaces (.fee.fi of .fee.fi.fo)
	var null k.Value = k.Identity
	for n, v := range in.allGlobals() {
		if rest, ok := strings.CutPrefix(n, prefix); ok {
			if rest == "" {
				// `.ns. set v sets the namespace's own null entry, which
				// holds :: until then (a schema kept there shows first)
				null = v
				continue
			}
			if seg, _, nested := strings.Cut(rest, "."); nested {
				if seg != "" && !slices.Contains(subs, seg) {
					subs = append(subs, seg)
				}
				continue
			}
			keys = append(keys, rest)
			vals = append(vals, v)
		}
	}
	for _, seg := range subs {
		if !slices.Contains(keys, seg) {
			if d := in.namespaceDict(prefix + seg); d != nil {
				keys = append(keys, seg)
				vals = append(vals, d)
			}
		}
	}
	if keys == nil && null == k.Identity && !systemNamespaces[name] {
		return nil // q's own namespaces exist empty: key` lists .o
	}
	if systemNamespaces[name] {
		sortPairs(keys[nq:], vals[nq:])
	} else {
		in.creationOrder(prefix, keys, vals)
	}
	return &k.Dict{K: k.Syms(append([]string{""}, keys...)...), V: k.NewList(append([]k.Value{null}, vals...)...)}
}

// systemNamespaces are the namespaces q itself defines, listed by name
// here (qgo defines them in an order of its own, not q.k's).
var systemNamespaces = map[string]bool{".q": true, ".Q": true, ".h": true, ".j": true, ".o": true}

// creationOrder sorts a namespace's names (under prefix) and their values
// in the order they were created; a nested namespace comes where its
// first variable was created.
func (in *Interp) creationOrder(prefix string, keys []string, vals []k.Value) {
	seq := func(name string) uint64 {
		if c := in.globals[prefix+name]; c != nil && c.v != nil {
			return c.seq
		}
		var first uint64 = math.MaxUint64 // a view or a nested namespace
		sub := prefix + name + "."
		for n, c := range in.globals {
			if c.v != nil && strings.HasPrefix(n, sub) && c.seq < first {
				first = c.seq
			}
		}
		return first
	}
	idx := make([]int, len(keys))
	seqs := make([]uint64, len(keys))
	for i := range idx {
		idx[i], seqs[i] = i, seq(keys[i])
	}
	sort.SliceStable(idx, func(a, b int) bool {
		if seqs[idx[a]] != seqs[idx[b]] {
			return seqs[idx[a]] < seqs[idx[b]]
		}
		return keys[idx[a]] < keys[idx[b]]
	})
	permutePairs(keys, vals, idx)
}
