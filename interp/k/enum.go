// This file defines enumerations (type 20): vectors and atoms stored as
// indices into a domain that a global name holds, resolved whenever their
// values are needed, so a change to the domain shows through
// (docs/ref/enumerate.md: after d[0]:`o, e shows `d$`o`b`c..).

package k

// KEnum is the type of an enumerated vector. kdb+ 3 and later gives every
// user enumeration type 20 (its atoms -20); docs/basics/internal.md shows
// `type vv` as 20h for vv:`ee$`a`a`b.
const KEnum Type = 20

// Domains finds the domain of an enumeration by name: the session's
// global of that name (a symbol vector, any other list, or a keyed
// table). Domain returns nil when the name is undefined. An interpreter
// implements it, so an enumeration resolves in the session that made it.
type Domains interface {
	Domain(name string) Value
}

// Enum is an enumerated vector (type 20): V holds indices into the domain
// named Dom, found through Env. A is the vector's attribute. A null index
// (NJ) or one out of range stands for the domain's null.
type Enum struct {
	Dom string
	A   Attr
	V   []int64
	Env Domains
}

// Type implements Value.
func (e *Enum) Type() Type { return KEnum }

// Len implements Value.
func (e *Enum) Len() int { return len(e.V) }

func (e *Enum) kvalue() {}

// Truncate cuts e back to its first n indices (all of them when it has
// no more), in place, keeping the capacity for later appends.
func (e *Enum) Truncate(n int) { e.V = e.V[:min(n, len(e.V))] }

// EnumAtom is an enumerated atom (type -20): index V into the domain
// named Dom.
type EnumAtom struct {
	Dom string
	V   int64
	Env Domains
}

// Type implements Value.
func (a EnumAtom) Type() Type { return -KEnum }

// Len implements Value.
func (a EnumAtom) Len() int { return 1 }

func (a EnumAtom) kvalue() {}

// NewEnum makes an enumerated vector over the domain dom of env.
func NewEnum(dom string, env Domains, idx []int64) *Enum {
	return &Enum{Dom: dom, V: idx, Env: env}
}

// At returns item i of e as an atom.
func (e *Enum) At(i int) EnumAtom { return EnumAtom{Dom: e.Dom, V: e.V[i], Env: e.Env} }

// With makes an enumeration over e's domain holding the indices idx.
func (e *Enum) With(idx []int64) *Enum { return &Enum{Dom: e.Dom, V: idx, Env: e.Env} }

// With makes an enumerated atom over a's domain holding index i.
func (a EnumAtom) With(i int64) EnumAtom { return EnumAtom{Dom: a.Dom, V: i, Env: a.Env} }

// DomainOf gives the current domain of the enumeration v (an *Enum or an
// EnumAtom), or nil when its name is undefined (or v is not one), or its
// domain is enumerated over a chain of domains that comes back to it.
func DomainOf(v Value) Value {
	var dom string
	var env Domains
	switch x := v.(type) {
	case *Enum:
		dom, env = x.Dom, x.Env
	case EnumAtom:
		dom, env = x.Dom, x.Env
	default:
		return nil
	}
	if env == nil || dom == "" {
		return nil
	}
	d := env.Domain(dom)
	// A domain that is itself enumerated over a chain of domains leading
	// back (sym:`sym$..., or a sym file that is an enumeration file) has
	// no values: resolving it went round for ever, and displaying it
	// overflowed Go's stack, a fatal error no recover catches.
	for x, hops := d, 0; ; hops++ {
		e, ok := x.(*Enum)
		if !ok {
			return d
		}
		if e.Dom == dom || e.Env == nil || hops == maxDomainChain {
			return nil
		}
		x = e.Env.Domain(e.Dom)
	}
}

// maxDomainChain is how many domains enumerated over one another
// DomainOf follows before it takes the chain for a loop.
const maxDomainChain = 64

// Resolve gives the values e stands for: the domain's items at e's
// indices (the key column's values for a keyed table with one key column,
// key rows for a wider key), keeping e's attribute on a typed vector. It
// returns nil when the domain is undefined or not a list.
func (e *Enum) Resolve() Value {
	d := DomainOf(e)
	if d == nil {
		if e.Env == nil || e.Dom == "" {
			return nullSyms(len(e.V))
		}
		return nil
	}
	list := domainList(d)
	if list == nil {
		return nil
	}
	return withAttr(gather(list, e.V), e.A)
}

// Resolve gives the value a stands for, or nil when its domain is
// undefined or not a list.
func (a EnumAtom) Resolve() Value {
	d := DomainOf(a)
	if d == nil {
		if a.Env == nil || a.Dom == "" {
			return S("")
		}
		return nil
	}
	list := domainList(d)
	if list == nil {
		return nil
	}
	if a.V < 0 || a.V >= int64(list.Len()) {
		return itemNull(list)
	}
	v := At(list, int(a.V))
	if x, ok := v.(EnumAtom); ok && atomLoops(a.Dom, x) {
		return nil // a general list domain whose item leads back to it
	}
	return v
}

// atomLoops reports whether the enumerated atom x, an item of the domain
// dom, stands for an item that leads back to dom through domains' items
// (sym:(`sym$`a;1)), or through more than maxDomainChain of them.
func atomLoops(dom string, x EnumAtom) bool {
	for hops := 0; ; hops++ {
		if x.Dom == dom || hops == maxDomainChain {
			return true
		}
		l := domainList(DomainOf(x))
		if l == nil || x.V < 0 || x.V >= int64(l.Len()) {
			return false
		}
		y, ok := At(l, int(x.V)).(EnumAtom)
		if !ok {
			return false
		}
		x = y
	}
}

// domainList is the list an enumeration over d indexes: d itself for a
// list, the key of a keyed table (its one column when it has one). It is
// nil for anything else.
func domainList(d Value) Value {
	switch x := d.(type) {
	case nil:
		return nil
	case *Dict:
		kt, ok := x.K.(*Table)
		if !ok {
			return nil
		}
		if len(kt.Data) == 1 {
			return kt.Data[0]
		}
		return &List{V: tableRows(kt)}
	case *Table:
		return &List{V: tableRows(x)}
	}
	if IsList(d) {
		return d
	}
	return nil
}

// DomainList is the list an enumeration over domain d indexes (see
// Enum.Resolve), or nil when d cannot be a domain.
func DomainList(d Value) Value { return domainList(d) }

// tableRows gives the rows of t as dictionaries.
func tableRows(t *Table) []Value {
	n := t.Len()
	rows := make([]Value, n)
	for i := range rows {
		vals := make([]Value, len(t.Data))
		for j, c := range t.Data {
			vals[j] = At(c, i)
		}
		rows[i] = &Dict{K: t.Cols, V: Unify(vals)}
	}
	return rows
}

// nullSyms is n null symbols.
func nullSyms(n int) Value { return &Vec[string]{T: KS, V: make([]string, n)} }

// itemNull is the null item of list l.
func itemNull(l Value) Value {
	if x, ok := l.(*List); ok {
		if len(x.V) > 0 && x.V[0].Type() < 0 {
			return Null(x.V[0].Type())
		}
		return Identity
	}
	if e, ok := l.(*Enum); ok {
		return EnumAtom{Dom: e.Dom, V: NJ, Env: e.Env}
	}
	return Null(l.Type())
}

// gather picks items idx of list l; an index out of range gives the null
// item.
func gather(l Value, idx []int64) Value {
	n := int64(l.Len())
	if s, ok := l.(*Vec[string]); ok {
		out := make([]string, len(idx))
		for j, i := range idx {
			if i >= 0 && i < n {
				out[j] = s.V[i]
			}
		}
		return &Vec[string]{T: KS, V: out}
	}
	items := make([]Value, len(idx))
	for j, i := range idx {
		if i >= 0 && i < n {
			items[j] = At(l, int(i))
		} else {
			items[j] = itemNull(l)
		}
	}
	if len(items) == 0 {
		if l.Type() > 0 {
			return NewVec(l.Type(), 0)
		}
		return &List{V: items}
	}
	return Unify(items)
}

// collectEnum makes one enumerated vector of atoms that all enumerate
// the domain of the first, or returns nil.
func collectEnum(items []Value) Value {
	first, ok := items[0].(EnumAtom)
	if !ok {
		return nil
	}
	idx := make([]int64, len(items))
	for i, it := range items {
		a, ok := it.(EnumAtom)
		if !ok || a.Dom != first.Dom {
			return nil
		}
		idx[i] = a.V
	}
	return &Enum{Dom: first.Dom, V: idx, Env: first.Env}
}
