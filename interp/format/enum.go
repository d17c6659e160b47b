// This file renders enumerations: `d$`a`b`c for a vector and `d$`a for an
// atom (docs/ref/enumerate.md), the bare values inside table columns.

package format

import "qgo/interp/k"

// enum writes an enumeration as q does: its attribute, the domain's name,
// a $ and the values it stands for, which carry the attribute too
// (docs/ref/enum-extend.md: `g#`foo$`g#`a`b`c..).
func (w *writer) enum(v k.Value) {
	var dom string
	var vals k.Value
	switch x := v.(type) {
	case *k.Enum:
		if x.A != k.AttrNone {
			w.str("`" + x.A.String() + "#")
		}
		dom, vals = x.Dom, x.Resolve()
	case k.EnumAtom:
		dom, vals = x.Dom, x.Resolve()
	}
	if vals == nil {
		k.Signal(dom) // the domain is undefined
	}
	w.str("`" + dom + "$")
	if e, ok := v.(*k.Enum); ok && e.Len() == 0 {
		w.str("()") // an empty enumeration: `sym$() (docs/ref/dotq.md#bv)
		return
	}
	w.value(vals)
}

// enumCell is item i of an enumerated vector as a table cell shows it:
// the bare value (the row index for a key of several columns), or the
// bare index while the domain is undefined (docs/kb/splayed-tables.md:
// a splayed table read without its sym list shows 0 1 in its sym column).
func enumCell(e *k.Enum, i int, o Options) string {
	v := e.At(i).Resolve()
	if v == nil {
		return String(k.J(e.V[i]), o)
	}
	if k.IsIdentity(v) {
		// a link past the end of its table shows its int index, as a
		// link column holds no more than that (docs/wp/foreign-keys.md:
		// `financials!6 shows 6); a null index shows as the int null
		if e.V[i] == k.NJ || e.V[i] == int64(k.NI) {
			return String(k.Null(-k.KI), o)
		}
		return String(k.J(e.V[i]), o)
	}
	if k.IsAtom(v) {
		return String(v, o)
	}
	if _, ok := v.(*k.Dict); ok {
		// a compound foreign key (a domain keyed on several columns)
		// shows the index of its row (docs/wp/foreign-keys.md)
		return String(k.J(e.V[i]), o)
	}
	return cellRepr(v, o, o.capLen())
}
