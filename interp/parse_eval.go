// This file defines how eval applies a parse tree's list: the control
// forms and assignments parse produces, then plain application.

package interp

import (
	"qgo/interp/k"
	"qgo/interp/syntax"
)

// evalForm evaluates the parse tree (f;x;y;..) of two or more items: a
// control form or an assignment by its head, else f applied to its
// arguments, evaluated right to left. An elided argument makes a
// projection.
func (in *Interp) evalForm(items []k.Value, f *frame) k.Value {
	k.Nest() // a parse tree is a value, as deep as its maker made it
	defer k.Unnest()
	head, args := items[0], items[1:]
	switch h := head.(type) {
	case k.Atom[uint8]:
		if h.T == -k.KC {
			if v, ok := in.evalMarked(h.V, args, f); ok {
				return v
			}
		}
	case k.Atom[string]:
		switch h.V {
		case "if", "do", "while":
			if _, ok := in.localValue(h.V, f); !ok {
				return in.evalControl(h.V, args, f)
			}
		}
	case *k.Prim:
		if v, ok := in.evalPrimForm(h, args, f); ok {
			return v
		}
	}
	fn := in.evalTree(head, f)
	vals := make([]k.Value, len(args))
	for i := len(args) - 1; i >= 0; i-- {
		if !isElided(args[i]) {
			vals[i] = in.evalTree(args[i], f)
		}
	}
	return in.apply(fn, vals)
}

// evalMarked evaluates the forms headed by a char: (";";a;b) runs its
// statements in order, (":";x) returns x and ("'";x) signals it.
func (in *Interp) evalMarked(c byte, args []k.Value, f *frame) (k.Value, bool) {
	switch c {
	case ';':
		var v k.Value = k.Identity
		for _, a := range args {
			v = in.evalTree(a, f)
			if f != nil && f.ret {
				return f.retv, true
			}
		}
		return v, true
	case ':':
		if len(args) == 1 {
			v := in.evalTree(args[0], f)
			if f != nil && f.local {
				f.ret, f.retv = true, v
			}
			return v, true
		}
	case '\'':
		if len(args) == 1 {
			k.Signal(signalText(in.evalTree(args[0], f)))
		}
	}
	return nil, false
}

// evalPrimForm evaluates the forms headed by a primitive that are not
// plain applications: assignments (:;`a;x), (::;`a;x), (+:;`a;x) and
// (:;(`a;i);x); the conditional ($;c;a;b;..), which evaluates only the
// branch it takes; and an iterator applied to its operand, (/;+).
func (in *Interp) evalPrimForm(p *k.Prim, args []k.Value, f *frame) (k.Value, bool) {
	switch {
	case p.Name == "$" && len(args) >= 3:
		return in.evalCondTree(args, f), true
	case (p.Name == ":" || p.Name == "::" || isUnaryForm(p.Name)) && len(args) == 2:
		if name, idx, ok := assignTarget(args[0]); ok {
			return in.evalAssign(p.Name, name, idx, args[1], f), true
		}
	case isIterGlyph(p.Name) && len(args) == 1:
		return &k.Derived{T: adverbType(p.Name), F: in.evalTree(args[0], f)}, true
	}
	return nil, false
}

// assignTarget splits an assignment's target: a name, or a name with
// index trees as (`a;i;j) or `a`i.
func assignTarget(t k.Value) (string, []k.Value, bool) {
	switch x := t.(type) {
	case k.Atom[string]:
		return x.V, nil, true
	case *k.Vec[string]:
		if len(x.V) > 1 {
			return x.V[0], k.Items(x)[1:], true
		}
	case *k.List:
		if len(x.V) > 1 {
			if s, ok := x.V[0].(k.Atom[string]); ok {
				return s.V, x.V[1:], true
			}
		}
	}
	return "", nil, false
}

// evalAssign evaluates an assignment tree through the evaluator's own
// assignment, with the value and indices already evaluated.
func (in *Interp) evalAssign(op, name string, idx []k.Value, x k.Value, f *frame) k.Value {
	n := &syntax.Assign{Name: name, Global: op == "::", X: &syntax.Const{V: in.evalTree(x, f)}}
	if isUnaryForm(op) {
		n.Op = &syntax.Op{Name: op[:1]}
	}
	if idx != nil {
		n.Index = make([]syntax.Node, len(idx))
		for i := len(idx) - 1; i >= 0; i-- {
			if !isElided(idx[i]) {
				n.Index[i] = &syntax.Const{V: in.evalTree(idx[i], f)}
			}
		}
	}
	return in.assign(n, f)
}

// evalCondTree is ($;c;a;b;..): the value of the branch the first true
// condition selects, or of the last item.
func (in *Interp) evalCondTree(args []k.Value, f *frame) k.Value {
	for len(args) >= 3 {
		if truth(in.evalTree(args[0], f)) {
			return in.evalTree(args[1], f)
		}
		args = args[2:]
	}
	if len(args) == 1 {
		return in.evalTree(args[0], f)
	}
	k.Signal("$")
	return nil
}

// evalControl is (`if;c;..), (`do;n;..) and (`while;c;..).
func (in *Interp) evalControl(kind string, args []k.Value, f *frame) k.Value {
	run := func() bool {
		for _, s := range args[1:] {
			in.evalTree(s, f)
			if f != nil && f.ret {
				return true
			}
		}
		return false
	}
	switch kind {
	case "if":
		if truth(in.evalTree(args[0], f)) {
			run()
		}
	case "do":
		n := toInt(in.evalTree(args[0], f))
		for i := int64(0); i < n; i++ {
			in.checkStop()
			if run() {
				break
			}
		}
	case "while":
		for truth(in.evalTree(args[0], f)) {
			in.checkStop()
			if run() {
				break
			}
		}
	}
	return k.Identity
}
