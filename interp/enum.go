// This file wires enumerations into the evaluator: `d$y` (Enumerate) and
// `d?y` (Enum Extend) for a symbol d naming a global domain, the session
// as the resolver of domains, and prim's tables made enumeration-aware.

package interp

import (
	"os"
	"qgo/interp/k"
	"qgo/interp/prim"
)

// domains is a session seen as the resolver of enumeration domains: the
// global of a name, looked up from the root (and the .q namespace's
// names are no domains).
type domains struct{ in *Interp }

// Domain implements k.Domains: the global name, or nil when undefined.
func (d domains) Domain(name string) k.Value {
	if g := d.in.qualify(name, nil); true {
		if v, ok := d.in.absGet(g); ok {
			return d.in.read(g, v)
		}
	}
	if v, ok := d.in.absGet(name); ok {
		return d.in.read(name, v)
	}
	if v, ok := d.in.dottedValue(name, nil); ok {
		return v // `zoo.typ: the entry typ of the dictionary zoo
	}
	return nil
}

// enumVerbs registers this file's verbs (verbtab.go calls it).
func enumVerbs(t *verbTable) {
	t.dyad("$", func(in *Interp, x, y k.Value) k.Value {
		if dom, ok := prim.EnumName(x); ok {
			return prim.Enumerate(dom, domains{in}, y)
		}
		if in.sys.dateFmt == 1 {
			if t, ok := prim.TokType(x); ok && (t == k.KD || t == k.KP || t == k.KZ) {
				return prim.TokIn(t, y, true) // \z 1: dd/mm/yyyy
			}
		}
		return primDollar(x, y)
	})
	t.dyad("?", func(in *Interp, x, y k.Value) k.Value {
		if p, ok := in.filePath(x); ok && x.Type() == -k.KS && isSymbolic(y) {
			return in.enumExtendFile(p, y)
		}
		if dom, ok := prim.EnumName(x); ok && isSymbolic(y) {
			return in.enumExtend(dom, y)
		}
		if prim.IsRoll(x) {
			if dom, ok := in.rollDomain(y); ok {
				// n?`sym rolls (-n?`sym deals) from the symbol list the
				// global sym holds, as enumerations over it (KX's taq/tq.q
				// builds its splayed trade table this way)
				return prim.Enumerate(y.(k.Atom[string]).V, domains{in}, prim.RollWith(in.rand(), x, dom))
			}
			return prim.RollWith(in.rand(), x, y) // seeded by \S
		}
		return primFind(x, y)
	})
	t.internal(-10, (*Interp).enumTypeFree)
}

// primDollar and primFind are prim's $ and ?, as they see enumerations.
var (
	primDollar = prim.EnumDyad("$", prim.Dollar)
	primFind   = prim.EnumDyad("?", prim.FindOrRoll)
)

// isSymbolic reports whether y can be enum-extended: symbols, an
// enumeration, or a general list of them.
func isSymbolic(y k.Value) bool {
	switch v := y.(type) {
	case k.Atom[string], *k.Vec[string], *k.Enum, k.EnumAtom:
		return true
	case *k.List:
		k.Nest()
		defer k.Unnest()
		for _, it := range v.V {
			if !isSymbolic(it) {
				return false
			}
		}
		return true
	}
	return false
}

// enumExtendFile is `:file?y (docs/ref/enum-extend.md, Filepath): the
// symbols in the file, if it exists, become the global of the file's
// name, the symbols of y missing from it are added, the file is written
// again, and y is returned enumerated over that global.
func (in *Interp) enumExtendFile(p string, y k.Value) k.Value {
	dom := baseName(p)
	if _, err := os.Stat(p); err == nil {
		cur, ok := in.readFile(p).(*k.Vec[string])
		if !ok {
			k.Signal(k.ErrType)
		}
		in.checkUpdate() // not from a secondary thread
		in.put(in.qualify(dom, nil), cur)
	} else {
		in.drop(in.qualify(dom, nil)) // a new file: the domain starts empty
	}
	r := in.enumExtend(dom, y)
	in.writeFile(p, in.lookup(dom, nil))
	return r
}

// enumExtend is `dom?y`: the symbols of y missing from the global symbol
// vector dom are appended to it (dom is created when undefined), and y is
// returned enumerated over it, keeping y's attribute
// (docs/ref/enum-extend.md).
func (in *Interp) enumExtend(dom string, y k.Value) k.Value {
	env := domains{in}
	y = prim.Resolved(y)
	cur := env.Domain(dom)
	if cur == nil {
		cur = k.Syms()
	}
	syms, ok := cur.(*k.Vec[string])
	if !ok {
		if cur.Type() != k.KList || cur.Len() != 0 {
			k.Signal(k.ErrType)
		}
		syms = k.Syms()
	}
	have := make(map[string]bool, len(syms.V))
	for _, s := range syms.V {
		have[s] = true
	}
	var add []string
	var collect func(v k.Value)
	collect = func(v k.Value) {
		switch x := v.(type) {
		case k.Atom[string]:
			if x.V != "" && !have[x.V] { // a null enumerates as a null index, never added
				have[x.V] = true
				add = append(add, x.V)
			}
		case *k.Vec[string]:
			for _, s := range x.V {
				collect(k.S(s))
			}
		case *k.List:
			for _, it := range x.V {
				collect(prim.Resolved(it))
			}
		}
	}
	collect(y)
	if len(add) > 0 || env.Domain(dom) == nil {
		nv := make([]string, 0, len(syms.V)+len(add))
		a := syms.A
		if a != k.AttrU {
			a = k.AttrNone // appending may break a sort or a grouping
		}
		in.checkUpdate() // not from a secondary thread
		in.put(in.qualify(dom, nil), &k.Vec[string]{T: k.KS, A: a, V: append(append(nv, syms.V...), add...)})
	}
	r := prim.Enumerate(dom, env, y)
	if e, ok := r.(*k.Enum); ok {
		e.A = prim.VecAttr(y)
	}
	return r
}

// enumFromIndices is `dom!i`: the indices i (integral) enumerating the
// domain dom; ok is false when i is not integral.
func (in *Interp) enumFromIndices(dom string, y k.Value) (k.Value, bool) {
	env := domains{in}
	switch v := y.(type) {
	case k.Atom[int64], k.Atom[int32], k.Atom[int16]:
		if y.Type() == -k.KJ || y.Type() == -k.KI || y.Type() == -k.KH {
			return k.EnumAtom{Dom: dom, V: k.Items(primDollar(k.C('j'), k.Enlist(v)))[0].(k.Atom[int64]).V, Env: env}, true
		}
	case *k.Vec[int64], *k.Vec[int32], *k.Vec[int16]:
		if t := y.Type(); t == k.KJ || t == k.KI || t == k.KH {
			idx := primDollar(k.C('j'), v).(*k.Vec[int64])
			return &k.Enum{Dom: dom, A: prim.VecAttr(y), V: idx.V, Env: env}, true
		}
	}
	return nil, false
}

// enumMeta completes meta's result m for table x: an enumerated column
// shows the type letter of its domain's values, and a foreign key (an
// enumeration over a keyed table) that table's name (docs/ref/fkeys.md).
func (in *Interp) enumMeta(x, m k.Value) k.Value {
	if s, ok := x.(k.Atom[string]); ok {
		x = in.tableByName(s.V)
	}
	if !isTable(x) {
		return m
	}
	t := in.metaTable(x)
	d, ok := m.(*k.Dict)
	if !ok || t == nil {
		return m
	}
	vt, ok := d.V.(*k.Table)
	if !ok || len(vt.Data) < 2 {
		return m
	}
	types, ok1 := vt.Data[0].(*k.Vec[uint8])
	fks, ok2 := vt.Data[1].(*k.Vec[string])
	if !ok1 || !ok2 || len(types.V) != len(t.Data) {
		return m
	}
	nt := append([]byte(nil), types.V...)
	nf := append([]string(nil), fks.V...)
	for i, c := range t.Data {
		e, ok := c.(*k.Enum)
		if !ok {
			continue
		}
		dom := k.DomainOf(e)
		if l := k.DomainList(dom); l != nil && l.Type() > 0 && int(l.Type()) < len(metaTypes) {
			nt[i] = metaTypes[l.Type()]
		}
		if isKeyedTable(dom) {
			nf[i] = e.Dom
		}
		if prim.IsLink(e) {
			// a link column (docs/kb/linking-columns.md) or a compound
			// foreign key (docs/wp/foreign-keys.md): row indices, type i
			nt[i], nf[i] = 'i', e.Dom
		}
	}
	data := append([]k.Value(nil), vt.Data...)
	data[0] = &k.Vec[uint8]{T: k.KC, V: nt}
	data[1] = k.Syms(nf...)
	return &k.Dict{K: d.K, V: &k.Table{Cols: vt.Cols, Data: data}}
}

// enumFkeys is `fkeys x`: the foreign-key columns of table x (by value or by
// name) mapped to the tables they enumerate (docs/ref/fkeys.md).
func (in *Interp) enumFkeys(x k.Value) k.Value {
	if s, ok := x.(k.Atom[string]); ok {
		x = in.tableByName(s.V)
	}
	if !isTable(x) {
		k.Signal(k.ErrType)
	}
	t, _ := unkey(x)
	var cols, doms []string
	for i, c := range t.Data {
		if e, ok := c.(*k.Enum); ok && isKeyedTable(k.DomainOf(e)) {
			cols = append(cols, t.Cols.V[i])
			doms = append(doms, e.Dom)
		}
	}
	return &k.Dict{K: k.Syms(cols...), V: k.Syms(doms...)}
}

// enumTypeFree is -10!t: whether the enumeration type t is free, that
// is no global holds an enumeration (docs/basics/internal.md: -10!20h is
// 1b, then 0b once vv:`ee$`a`a`b exists).
func (in *Interp) enumTypeFree(x k.Value) k.Value {
	t, ok := x.(k.Atom[int16])
	if !ok {
		k.Signal(k.ErrType)
	}
	if t.V < 20 || t.V > 76 {
		k.Signal(k.ErrDomain)
	}
	for _, v := range in.allGlobals() {
		if holdsEnum(v) {
			return k.B(false)
		}
	}
	return k.B(true)
}

// holdsEnum reports whether v is an enumeration or a table or
// dictionary with one at its top level.
func holdsEnum(v k.Value) bool {
	switch x := v.(type) {
	case *k.Enum, k.EnumAtom:
		return true
	case *k.Table:
		for _, c := range x.Data {
			if holdsEnum(c) {
				return true
			}
		}
	case *k.Dict:
		return holdsEnum(x.K) || holdsEnum(x.V)
	}
	return false
}

// enumAppendArg is what x,:y appends when x is an enumeration: y cast
// into x's domain ('cast when a value is missing), so that
// e:`sym$`a`b; e,:`b keeps e enumerated (docs/ref/join.md).
// The compound assignment of `,` calls it on its right argument.
func enumAppendArg(cur, v k.Value) k.Value {
	e, ok := cur.(*k.Enum)
	if !ok || (prim.IsEnum(v) && k.DomainOf(v) != nil && enumName(v) == e.Dom) {
		return v
	}
	return prim.Enumerate(e.Dom, e.Env, v)
}

// enumName is the domain name of an enumeration.
func enumName(v k.Value) string {
	switch e := v.(type) {
	case *k.Enum:
		return e.Dom
	case k.EnumAtom:
		return e.Dom
	}
	return ""
}

// rollDomain is the symbol list a global names, for n?`name: y is a
// symbol that is not a width of random symbols (`1 to `8) and names a
// symbol vector.
func (in *Interp) rollDomain(y k.Value) (k.Value, bool) {
	s, ok := y.(k.Atom[string])
	if !ok || s.T != -k.KS || len(s.V) == 1 && s.V[0] >= '1' && s.V[0] <= '8' || s.V == "" {
		return nil, false
	}
	v, ok := in.global(s.V)
	if !ok || v.Type() != k.KS {
		return nil, false
	}
	return v, true
}
