// This file defines q 4.1's pattern matching: pattern assignment
// `(b;c):2 3`, pattern parameters `{[(a;b);c]...}` and the pattern
// conditional `:[v;p1;r1;...;rd]`. The patterns themselves are parsed by
// interp/syntax (see syntax.PatName).

package interp

import (
	"strings"

	"qgo/interp/k"
	"qgo/interp/prim"
	"qgo/interp/syntax"
)

// patFail is the panic of a failed match: 'match, 'type or 'length. It
// is kept apart from k.Error so that the pattern conditional can tell a
// failed match from an error signalled by a filter function.
type patFail struct{ msg string }

// binding is one assignment a successful match makes.
type binding struct {
	name  string
	index []k.Value // nil for a plain name; an elided index is nil
	v     k.Value
}

// matcher matches a value with a pattern, collecting the assignments to
// make so that a failed match changes no variable.
type matcher struct {
	in    *Interp
	f     *frame
	binds []binding
	top   syntax.Node // the whole pattern of an assignment, or nil
	topP  int         // where a mismatch of a constant top is reported
}

// bindPattern matches v with the pattern p, then assigns the names the
// pattern binds (locals of f where f has them, as a single-colon
// assignment does). It returns v with any changes the pattern's filter
// functions made, and signals 'match, 'type or 'length when v does not
// match, before assigning anything.
func (in *Interp) bindPattern(p syntax.Node, v k.Value, f *frame) k.Value {
	m := &matcher{in: in, f: f}
	r := m.run(p, v)
	m.commit()
	return r
}

// run matches, turning a failed match into the q signal.
func (m *matcher) run(p syntax.Node, v k.Value) (r k.Value) {
	defer func() {
		if e := recover(); e != nil {
			if pf, ok := e.(patFail); ok {
				k.Signal(pf.msg)
			}
			panic(e)
		}
	}()
	r, _ = m.match(p, v)
	return r
}

// try matches and assigns, reporting whether v matched p. Errors other
// than a failed match, such as one a filter signals, propagate.
func (in *Interp) tryPattern(p syntax.Node, v k.Value, f *frame) (ok bool) {
	m := &matcher{in: in, f: f}
	defer func() {
		if e := recover(); e != nil {
			if _, fail := e.(patFail); !fail {
				panic(e)
			}
			ok = false
		}
	}()
	m.match(p, v)
	m.commit()
	return true
}

// patternAssign evaluates a pattern assignment `(p):x`; its value is x as
// the pattern's filters left it.
func (in *Interp) patternAssign(n *syntax.Assign, f *frame) k.Value {
	v := in.eval(n.X, f)
	m := &matcher{in: in, f: f, top: n.Pattern, topP: n.P}
	r := m.run(n.Pattern, v)
	m.commit()
	return r
}

// bindParams matches a lambda's arguments with its parameter patterns,
// in order, in the call's frame.
func (in *Interp) bindParams(pats []syntax.Node, args []k.Value, f *frame) {
	for i, p := range pats {
		if p != nil && i < len(args) {
			in.bindPattern(p, args[i], f)
		}
	}
}

// patternCond evaluates `:[v;p1;r1;p2;r2;...;rd]`: the result of the
// first pattern v matches (its names assigned), else rd, else ::.
func (in *Interp) patternCond(n *syntax.Cond, f *frame) k.Value {
	a := n.Args
	if len(a) == 0 {
		return k.Identity
	}
	v := in.eval(a[0], f)
	for a = a[1:]; len(a) >= 2; a = a[2:] {
		if in.tryPattern(a[0], v, f) {
			return in.eval(a[1], f)
		}
	}
	if len(a) == 1 {
		return in.eval(a[0], f)
	}
	return k.Identity
}

// fail reports a failed match at the source position pos.
func (m *matcher) fail(pos int, msg string) {
	m.in.at(m.f, pos)
	panic(patFail{msg})
}

// match matches v with p. It returns the value as the pattern's filters
// changed it, and whether they changed it.
func (m *matcher) match(p syntax.Node, v k.Value) (k.Value, bool) {
	switch p := p.(type) {
	case nil:
		return v, false
	case *syntax.Const:
		if !prim.Match(p.V, v) {
			pos := p.P
			if m.top == syntax.Node(p) {
				pos = m.topP
			}
			m.fail(pos, "match")
		}
		return v, false
	case *syntax.PatName:
		m.bindName(p, v)
		return v, false
	case *syntax.PatList:
		return m.matchList(p, v)
	case *syntax.PatDict:
		return m.matchDict(p, v)
	case *syntax.PatOp:
		return m.matchOp(p, v)
	case *syntax.PatCheck:
		if p.Type != 0 {
			if !hasTypeLetter(v, p.Type) {
				m.fail(p.P, "type")
			}
			return m.match(p.Pat, v)
		}
		fn := m.in.eval(p.F, m.f)
		r, _ := m.match(p.Pat, m.in.apply(fn, []k.Value{v}))
		return r, true
	}
	k.Signal("nyi")
	return nil, false
}

// bindName records the assignment of a name pattern, evaluating its
// indices now (right to left, as q does).
func (m *matcher) bindName(p *syntax.PatName, v k.Value) {
	if isReserved(p.Name) && !strings.Contains(p.Name, ".") && m.in.qualify(p.Name, m.f) == p.Name {
		if _, local := m.in.localValue(p.Name, m.f); !local {
			k.Signal("assign")
		}
	}
	b := binding{name: p.Name, v: v}
	if p.Index != nil {
		b.index = make([]k.Value, len(p.Index))
		for i := len(p.Index) - 1; i >= 0; i-- {
			if p.Index[i] != nil {
				b.index[i] = m.in.eval(p.Index[i], m.f)
			}
		}
	}
	m.binds = append(m.binds, b)
}

// matchList matches a list (or a table, as a list of rows) item by item.
func (m *matcher) matchList(p *syntax.PatList, v k.Value) (k.Value, bool) {
	t, table := v.(*k.Table)
	if !k.IsList(v) && !table {
		m.fail(p.P, "type")
	}
	if v.Len() != len(p.Items) {
		m.fail(p.P, "length")
	}
	out := make([]k.Value, len(p.Items))
	changed := false
	for i, it := range p.Items {
		var x k.Value
		if table {
			x = prim.Index(t, k.J(int64(i)))
		} else {
			x = k.At(v, i)
		}
		var c bool
		out[i], c = m.match(it, x)
		changed = changed || c
	}
	if !changed {
		return v, false
	}
	return k.Unify(out), true
}

// matchDict matches the values of a dictionary at the pattern's keys,
// every one of which must be present. A table is matched as the
// dictionary of its columns.
func (m *matcher) matchDict(p *syntax.PatDict, v k.Value) (k.Value, bool) {
	if t, ok := v.(*k.Table); ok {
		r, changed := m.matchDict(p, prim.Flip(t))
		if changed {
			r = prim.Flip(r)
		}
		return r, changed
	}
	d, ok := v.(*k.Dict)
	if !ok {
		m.fail(p.P, "type")
	}
	n := d.K.Len()
	for j, key := range k.Items(p.Keys) {
		if i, ok := prim.Find(d.K, key).(k.Atom[int64]); !ok || i.V >= int64(n) {
			pos := p.P
			if j < len(p.KeyPos) {
				pos = p.KeyPos[j]
			}
			m.fail(pos, "match")
		}
	}
	r, changed := m.match(p.Val, prim.Index(d, p.Keys))
	if !changed {
		return v, false
	}
	return prim.Amend(d, p.Keys, r), true
}

// matchOp matches a dictionary by its key and value (`k!v`), or a table
// as the dictionary of its columns (flip).
func (m *matcher) matchOp(p *syntax.PatOp, v k.Value) (k.Value, bool) {
	switch p.Op {
	case "!":
		d, ok := v.(*k.Dict)
		if !ok {
			m.fail(p.P, "type")
		}
		kv, kc := m.match(p.L, d.K)
		vv, vc := m.match(p.R, d.V)
		if !kc && !vc {
			return v, false
		}
		return prim.Bang(kv, vv), true
	case "flip":
		t, ok := v.(*k.Table)
		if !ok {
			m.fail(p.P, "type")
		}
		r, changed := m.match(p.R, prim.Flip(t))
		if !changed {
			return v, false
		}
		return prim.Flip(r), true
	}
	k.Signal("nyi")
	return nil, false
}

// hasTypeLetter reports whether v has the type a type-check letter names:
// lower case an atom of that type, upper case a vector of it.
func hasTypeLetter(v k.Value, c byte) bool {
	const letters = " bg xhijefcspmdznuvt"
	lower := c | 0x20
	i := strings.IndexByte(letters, lower)
	if i <= 0 {
		return false
	}
	if c == lower {
		return v.Type() == -k.Type(i)
	}
	return v.Type() == k.Type(i)
}

// commit makes the assignments of a successful match, in pattern order.
func (m *matcher) commit() {
	for _, b := range m.binds {
		if b.index == nil {
			m.in.store(b.name, b.v, false, m.f)
			continue
		}
		cur := m.in.current(b.name, false, m.f)
		var nv k.Value
		if len(b.index) == 1 && b.index[0] != nil {
			if cur == nil {
				cur = emptyLike(b.v)
			}
			nv = m.in.amendAt(cur, b.index[0], nil, b.v)
		} else {
			if cur == nil {
				k.Signal(b.name)
			}
			nv = m.in.amendDeep(cur, b.index, nil, b.v)
		}
		m.in.store(b.name, nv, false, m.f)
	}
}
