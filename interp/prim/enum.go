// This file makes the primitives enumeration-aware. Enumerations (type 20,
// k.Enum and k.EnumAtom) keep their type through the structural
// primitives (index, take, drop, join within one domain, reverse, first,
// distinct...), which work on their indices; every other primitive sees the
// values they stand for, as q's do: (`l1$`a)=`l2$`a is 1b while
// (`l1$`a)~`l2$`a is 0b (docs/ref/match.md).

package prim

import "qgo/interp/k"

// enumOps implements vops for enumerations: the kernels act on the
// indices and keep the domain.
type enumOps struct{}

// enumParts gives the indices of an enumerated vector or atom and a
// vector to build results from.
func enumParts(x k.Value) ([]int64, *k.Enum) {
	switch e := x.(type) {
	case *k.Enum:
		return e.V, e
	case k.EnumAtom:
		return []int64{e.V}, &k.Enum{Dom: e.Dom, Env: e.Env}
	}
	panic("prim: not an enumeration")
}

func (enumOps) gather(x k.Value, idx []int64) k.Value {
	v, e := enumParts(x)
	out := make([]int64, len(idx))
	n := int64(len(v))
	for j, i := range idx {
		if uint64(i) < uint64(n) {
			out[j] = v[i]
		} else {
			out[j] = k.NJ
		}
	}
	return e.With(out)
}

func (enumOps) slice(x k.Value, lo, hi int) k.Value {
	v, e := enumParts(x)
	return e.With(v[lo:hi:hi])
}

func (enumOps) concat(x, y k.Value) k.Value {
	a, e := enumParts(x)
	b, _ := enumParts(y)
	out := make([]int64, 0, len(a)+len(b))
	return e.With(append(append(out, a...), b...))
}

func (enumOps) reverse(x k.Value) k.Value {
	v, e := enumParts(x)
	n := len(v)
	out := make([]int64, n)
	for i, j := range v {
		out[n-1-i] = j
	}
	return e.With(out)
}

func (enumOps) cycle(x k.Value, s, n int) k.Value {
	v, e := enumParts(x)
	out := make([]int64, n)
	if len(v) > 0 {
		s %= len(v)
		for i := 0; i < n; {
			c := copy(out[i:], v[s:])
			i += c
			s = 0
		}
	}
	return e.With(out)
}

// VecAttr is the attribute of vector x (none for anything else).
func VecAttr(x k.Value) k.Attr { return attrOf(x) }

// IsEnum reports whether v is an enumerated vector or atom.
func IsEnum(v k.Value) bool {
	switch v.(type) {
	case *k.Enum, k.EnumAtom:
		return true
	}
	return false
}

// enumDom is the domain name of an enumeration ("" for anything else).
func enumDom(v k.Value) string {
	switch e := v.(type) {
	case *k.Enum:
		return e.Dom
	case k.EnumAtom:
		return e.Dom
	}
	return ""
}

// Resolved gives the values an enumeration stands for (signalling the
// domain's name when it is undefined, as q does for an undefined name);
// any other value is returned as it is.
func Resolved(v k.Value) k.Value {
	var r k.Value
	switch e := v.(type) {
	case *k.Enum:
		r = e.Resolve()
	case k.EnumAtom:
		r = e.Resolve()
	default:
		return v
	}
	if r == nil {
		if k.DomainOf(v) == nil {
			k.Signal(enumDom(v))
		}
		k.Signal(k.ErrType)
	}
	return r
}

// enumValue is `value e`: the values an enumeration stands for, but for
// a link, an enumeration over a table or over a keyed table with a
// compound key, whose values are its row indices as ints: docs/wp/
// foreign-keys.md, "calling value on a complex foreign key column ...
// will leave the previously enumerated column intact as a list of
// integers".
func enumValue(v k.Value) k.Value {
	if !isLink(k.DomainOf(v)) {
		return Resolved(v)
	}
	switch e := v.(type) {
	case *k.Enum:
		out := make([]int32, len(e.V))
		for i, x := range e.V {
			out[i] = int32(x)
		}
		return k.Ints(k.KI, out...)
	case k.EnumAtom:
		return k.I(int32(e.V))
	}
	return Resolved(v)
}

// isLink reports whether an enumeration over domain d is a link: d is a
// table, or a keyed table whose key has more than one column.
func isLink(d k.Value) bool {
	switch x := d.(type) {
	case *k.Table:
		return true
	case *k.Dict:
		kt, ok := x.K.(*k.Table)
		return ok && len(kt.Data) > 1
	}
	return false
}

// IsLink reports whether the enumeration v is a link (see isLink): its
// values are row indices, of type int.
func IsLink(v k.Value) bool { return isLink(k.DomainOf(v)) }

// joinEnum is Join when x or y is an enumeration: one domain keeps its
// type; two atoms otherwise make a general list ((`sym$`b),`b); any other
// mix joins the values ((`sym$`a`b),`c is `a`b`c), docs/ref/join.md.
func joinEnum(x, y k.Value) (k.Value, bool) {
	ex, ey := IsEnum(x), IsEnum(y)
	if !ex && !ey {
		return nil, false
	}
	if ex && ey && enumDom(x) == enumDom(y) {
		return enumOps{}.concat(x, y), true
	}
	if k.IsAtom(x) && k.IsAtom(y) {
		return listOps{}.concat(x, y), true
	}
	return Join(Resolved(x), Resolved(y)), true
}

// matchEnum is Match for enumerations: the same domain (by name) and the
// same indices.
func matchEnum(x, y k.Value) bool {
	switch a := x.(type) {
	case *k.Enum:
		b := y.(*k.Enum)
		return a.Dom == b.Dom && eqSlice(a.V, b.V)
	case k.EnumAtom:
		b := y.(k.EnumAtom)
		return a.Dom == b.Dom && a.V == b.V
	}
	return false
}

// Enumerate is `dom$y`: y (an atom, a vector, or a general list of them,
// enumerations included) as indices into the domain dom, which env holds.
// An item not in the domain signals 'cast (docs/ref/enumerate.md); an
// undefined domain signals its name.
func Enumerate(dom string, env k.Domains, y k.Value) k.Value {
	if env == nil || dom == "" {
		k.Signal(k.ErrType) // an enumeration with no domain to resolve it in
	}
	d := env.Domain(dom)
	if d == nil {
		k.Signal(dom)
	}
	if kt := rowsKey(d); kt != nil {
		return enumerateRows(dom, env, kt, y)
	}
	list := k.DomainList(d)
	if list == nil {
		k.Signal(k.ErrType)
	}
	return enumerateIn(dom, env, list, y)
}

// rowsKey is the table whose rows an enumeration over domain d indexes
// when they are records: the key of a table keyed on several columns, or
// an unkeyed table (a link's domain); nil for any other domain.
func rowsKey(d k.Value) *k.Table {
	switch x := d.(type) {
	case *k.Table:
		return x
	case *k.Dict:
		if kt, ok := x.K.(*k.Table); ok && len(kt.Data) > 1 {
			return kt
		}
	}
	return nil
}

// enumerateRows is dom$y for a domain whose key rows kt holds (a table
// keyed on several columns): y is one key (a list of one value per
// column, or a record), a list of keys, or a table of them
// (docs/wp/foreign-keys.md, compound foreign keys). The keys are looked up
// by hashing, as a keyed table's rows are, so enumerating a column of a
// million pairs takes as long as finding them.
func enumerateRows(dom string, env k.Domains, kt *k.Table, y k.Value) k.Value {
	y = Resolved(y)
	n := int64(kt.Len())
	cast := func(idx []int64) []int64 {
		for _, i := range idx {
			if i >= n {
				k.Signal("cast")
			}
		}
		return idx
	}
	one := func(r k.Value) k.Value {
		if _, ok := r.(*k.Dict); !ok {
			if !k.IsList(r) || r.Len() != len(kt.Data) {
				k.Signal(k.ErrLength)
			}
			r = resolvedItems(r)
		}
		i, _ := intAtom(findRows(kt, r))
		return k.EnumAtom{Dom: dom, V: cast([]int64{i})[0], Env: env}
	}
	var rows []k.Value
	switch v := y.(type) {
	case *k.Table:
		cols, ok := colsInOrder(kt, v)
		if !ok {
			k.Signal("cast") // keys of other columns are in no row
		}
		return k.NewEnum(dom, env, cast(findRows(kt, &k.Table{Cols: kt.Cols, Data: cols}).(*k.Vec[int64]).V))
	case *k.List:
		if len(v.V) > 0 && (k.IsAtom(v.V[0]) || v.V[0].Type() == -k.KEnum) {
			return one(v)
		}
		rows = v.V
	default:
		if k.IsAtom(y) || !isData(y) {
			k.Signal(k.ErrType)
		}
		if _, ok := y.(*k.Dict); ok || y.Len() == len(kt.Data) && k.IsAtom(k.At(y, 0)) {
			return one(y) // a record, or a vector that is one key
		}
		rows = k.Items(y)
	}
	if len(rows) == 0 {
		return k.NewEnum(dom, env, []int64{})
	}
	// a list of keys: one column of values per key column
	cols := make([]k.Value, len(kt.Data))
	for c := range cols {
		vals := make([]k.Value, len(rows))
		for i, r := range rows {
			if _, ok := r.(*k.Dict); ok || !k.IsList(r) || r.Len() != len(kt.Data) {
				if ok {
					return k.NewEnum(dom, env, recordsIndex(kt, rows, one))
				}
				k.Signal(k.ErrLength)
			}
			vals[i] = Resolved(k.At(r, c))
		}
		cols[c] = k.Unify(vals)
	}
	return k.NewEnum(dom, env, cast(findRows(kt, &k.Table{Cols: kt.Cols, Data: cols}).(*k.Vec[int64]).V))
}

// recordsIndex is the row of each of rows, keys one or more of which are
// records, found one by one.
func recordsIndex(kt *k.Table, rows []k.Value, one func(k.Value) k.Value) []int64 {
	idx := make([]int64, len(rows))
	for i, r := range rows {
		idx[i] = one(r).(k.EnumAtom).V
	}
	return idx
}

// resolvedItems is the list r with its enumerated items replaced by their
// values.
func resolvedItems(r k.Value) k.Value {
	items := k.Items(r)
	out := make([]k.Value, len(items))
	for i, x := range items {
		out[i] = Resolved(x)
	}
	return k.Unify(out)
}

// enumerateIn enumerates y over the list list of the domain dom: an atom
// gives an atom, a vector a vector, a general list its items enumerated.
func enumerateIn(dom string, env k.Domains, list, y k.Value) k.Value {
	y = Resolved(y)
	if l, ok := y.(*k.List); ok {
		if len(l.V) == 0 {
			return k.NewEnum(dom, env, []int64{})
		}
		out := make([]k.Value, len(l.V))
		for i, it := range l.V {
			out[i] = enumerateIn(dom, env, list, it)
		}
		return k.NewList(out...)
	}
	if !isData(y) || y.Type() >= k.XT {
		k.Signal(k.ErrType)
	}
	n := int64(list.Len())
	if k.IsAtom(y) {
		i := findList(list, k.Enlist(y))[0]
		if i >= n {
			if !isNullSym(y) {
				k.Signal("cast")
			}
			i = k.NJ // the null symbol needs no place in the domain
		}
		return k.EnumAtom{Dom: dom, V: i, Env: env}
	}
	idx := findList(list, y)
	syms, _ := y.(*k.Vec[string])
	for j, i := range idx {
		if i >= n {
			if syms == nil || syms.V[j] != "" {
				k.Signal("cast")
			}
			idx[j] = k.NJ
		}
	}
	return k.NewEnum(dom, env, idx)
}

// isNullSym reports whether y is the null symbol atom.
func isNullSym(y k.Value) bool {
	s, ok := y.(k.Atom[string])
	return ok && s.T == -k.KS && s.V == ""
}

// EnumIndices gives v as indices into the domain of e: v's own indices
// when it enumerates the same domain, else its values looked up there
// ('cast when one is missing). The result is a long atom, a long vector
// or a general list of them, shaped as v.
func EnumIndices(e *k.Enum, v k.Value) k.Value {
	if IsEnum(v) && enumDom(v) == e.Dom {
		return indicesOf(v)
	}
	if l, ok := v.(*k.List); ok {
		out := make([]k.Value, len(l.V))
		for i, it := range l.V {
			out[i] = EnumIndices(e, it)
		}
		return unifyList(out)
	}
	return indicesOf(Enumerate(e.Dom, e.Env, v))
}

// indicesOf gives the indices of an enumeration as a long atom or vector
// (a general list of them for a list of enumerations).
func indicesOf(v k.Value) k.Value {
	switch e := v.(type) {
	case *k.Enum:
		return longs(e.V)
	case k.EnumAtom:
		return k.J(e.V)
	case *k.List:
		k.Nest()
		defer k.Unnest()
		out := make([]k.Value, len(e.V))
		for i, it := range e.V {
			out[i] = indicesOf(it)
		}
		return unifyList(out)
	}
	return v
}

// amendEnum is Amend of an enumerated vector: the new values are cast
// into its domain and the indices amended.
func amendEnum(e *k.Enum, i, v k.Value, own bool) k.Value {
	r := amend(&k.Vec[int64]{T: k.KJ, V: e.V}, i, EnumIndices(e, v), own)
	idx, ok := r.(*k.Vec[int64])
	if !ok {
		k.Signal(k.ErrType)
	}
	return &k.Enum{Dom: e.Dom, A: e.A, V: idx.V, Env: e.Env}
}

// castEnum is `x$y` for an enumeration y and a cast left argument x: a
// number type casts the indices ("i"$e is 0 1 2..i, docs/ref/enumerate.md);
// anything else casts the values.
func castEnum(x, y k.Value) k.Value {
	if kind, t, _, ok := castSpec(x); ok && kind == castTo {
		switch t {
		case k.KB, k.KX, k.KH, k.KI, k.KJ, k.KE, k.KF:
			return Dollar(x, indicesOf(y))
		}
	}
	return Dollar(x, Resolved(y))
}

// EnumName gives the domain a left argument of $ or ? names: a symbol
// atom that is neither a cast's type name nor a file handle.
func EnumName(x k.Value) (string, bool) {
	s, ok := x.(k.Atom[string])
	if !ok || s.V == "" || s.V[0] == ':' {
		return "", false
	}
	if _, _, _, ok := castSpec(x); ok {
		return "", false
	}
	return s.V, true
}

// enumKeepMonad reports whether the unary primitive name takes an
// enumeration as it is: it restructures it, or looks only at its type or
// count. (A switch over constant strings: no map built at each start.)
func enumKeepMonad(name string) bool {
	switch name {
	case "type", "@", "count", "#", "first", "*",
		"last", "reverse", "|", "enlist", ",",
		"raze", "flip", "prev", "next",
		"attr":
		return true
	}
	return false
}

// enumKeepDyad reports whether the binary primitive name takes
// enumerations as they are.
func enumKeepDyad(name string) bool {
	switch name {
	case "~", "match", "#", "take", "_", "drop",
		"cut", ",", "!", "rotate", "sublist",
		"xprev":
		return true
	}
	return false
}

// enumMonad is the unary primitive name's own meaning for an
// enumeration, or nil.
func enumMonad(name string) func(x k.Value) k.Value {
	switch name {
	case "key", "!":
		return enumKey
	case "value", "get":
		return enumValue
	case "null":
		return enumNull
	case "distinct", "?":
		return enumDistinct
	case "asc":
		return func(x k.Value) k.Value { return enumSorted(x, false) }
	case "desc":
		return func(x k.Value) k.Value { return enumSorted(x, true) }
	case "group", "=":
		return enumGroup
	}
	return nil
}

// enumSorted is `asc e` and `desc e`: e in the order of its values, still
// enumerated (asc marks it sorted).
func enumSorted(x k.Value, desc bool) k.Value {
	e, ok := x.(*k.Enum)
	if !ok {
		return x
	}
	r := enumOps{}.gather(e, grade(Resolved(e), desc)).(*k.Enum)
	if !desc {
		r.A = k.AttrS
	}
	return r
}

// enumGroup is `group e`: the groups of e's items keyed by its distinct
// items, still enumerated.
func enumGroup(x k.Value) k.Value {
	e, ok := x.(*k.Enum)
	if !ok {
		k.Signal(k.ErrType)
	}
	g, ok := Monads["group"](longs(e.V)).(*k.Dict)
	if !ok {
		k.Signal(k.ErrType)
	}
	keys, ok := g.K.(*k.Vec[int64])
	if !ok {
		return g
	}
	return &k.Dict{K: e.With(keys.V), V: g.V}
}

// enumKey is `key e`: the name of e's domain (docs/ref/key.md).
func enumKey(x k.Value) k.Value { return k.S(enumDom(x)) }

// enumNull is `null e`: whether each index is null; an enumerated null
// symbol is not null (docs/ref/null.md).
func enumNull(x k.Value) k.Value {
	v, _ := enumParts(x)
	out := make([]bool, len(v))
	for i, j := range v {
		out[i] = j == k.NJ
	}
	if k.IsAtom(x) {
		return k.B(out[0])
	}
	return k.Bools(out...)
}

// enumDistinct is `distinct e`: the distinct indices, still enumerated.
func enumDistinct(x k.Value) k.Value {
	if k.IsAtom(x) {
		k.Signal(k.ErrRank)
	}
	e := x.(*k.Enum)
	seen := make(map[int64]bool, len(e.V))
	var out []int64
	for _, i := range e.V {
		if !seen[i] {
			seen[i] = true
			out = append(out, i)
		}
	}
	if out == nil {
		out = []int64{}
	}
	return e.With(out)
}

// EnumMonad wraps the unary primitive f named name for enumerations: f
// sees an enumeration unchanged when it restructures one, a meaning of its
// own applies for key, value, null and distinct, and otherwise f sees the
// values.
func EnumMonad(name string, f func(x k.Value) k.Value) func(x k.Value) k.Value {
	if g := enumMonad(name); g != nil {
		return func(x k.Value) k.Value {
			if IsEnum(x) {
				return g(x)
			}
			return f(x)
		}
	}
	if enumKeepMonad(name) {
		return f
	}
	return func(x k.Value) k.Value {
		if IsEnum(x) {
			x = Resolved(x)
		}
		return f(x)
	}
}

// EnumDyad wraps the binary primitive f named name for enumerations, as
// EnumMonad does: casts by $ of an enumeration see its indices for a
// number type.
func EnumDyad(name string, f func(x, y k.Value) k.Value) func(x, y k.Value) k.Value {
	if name == "$" {
		return func(x, y k.Value) k.Value {
			if IsEnum(y) && !IsEnum(x) {
				return castEnum(x, y)
			}
			return f(Resolved(x), y)
		}
	}
	if enumKeepDyad(name) {
		return f
	}
	return func(x, y k.Value) k.Value {
		if _, ok := x.(*k.Enum); ok { // both ways need a vector x
			if r, ok := enumByDomain(name, f, x, y); ok {
				return r
			}
			if r, ok := enumEqual(name, x, y); ok {
				return r
			}
		}
		if IsEnum(x) {
			x = Resolved(x)
		}
		if IsEnum(y) {
			y = Resolved(y)
		}
		return f(x, y)
	}
}

// enumEqual is x=y and x<>y for a long enumeration x and an item y of the
// same domain, which compare by index without resolving x (where
// fk=first fk on a column of a million foreign keys); ok is false for
// anything else. Indices out of the domain all stand for its null.
func enumEqual(name string, x, y k.Value) (k.Value, bool) {
	e, ok := x.(*k.Enum)
	a, ok2 := y.(k.EnumAtom)
	if !ok || !ok2 || name != "=" && name != "<>" || e.Dom != a.Dom || !sameDomains(e.Env, a.Env) {
		return nil, false
	}
	dom := k.DomainOf(x)
	if dom == nil {
		return nil, false
	}
	n := int64(dom.Len())
	want := a.V
	if want < 0 || want >= n {
		want = -1
	}
	eq := name == "="
	out := make([]bool, len(e.V))
	for j, i := range e.V {
		if i < 0 || i >= n {
			i = -1
		}
		out[j] = (i == want) == eq
	}
	return k.Bools(out...), true
}

// sameDomains reports whether two enumerations find their domains in the
// same place.
func sameDomains(a, b k.Domains) (same bool) {
	defer func() {
		if recover() != nil {
			same = false // domains of an uncomparable kind
		}
	}()
	return a == b
}

// enumItemwise are the dyads whose result for an item depends on that
// item's value alone, the other argument an atom.
var enumItemwise = map[string]bool{"=": true, "<>": true, "<": true, ">": true, "<=": true, ">=": true}

// enumByDomain computes f on a long enumeration x (a column of tickers)
// from f on its domain, once per distinct symbol, indexed by x's indices:
// x in y, and x compared with a symbol atom. ok is false for anything else.
func enumByDomain(name string, f func(x, y k.Value) k.Value, x, y k.Value) (k.Value, bool) {
	e, ok := x.(*k.Enum)
	if !ok || !(name == "in" && !IsEnum(y) || enumItemwise[name] && y.Type() == -k.KS) {
		return nil, false
	}
	dom, ok := k.DomainOf(x).(*k.Vec[string])
	if !ok || len(e.V) < 2*len(dom.V) {
		return nil, false
	}
	for _, i := range e.V {
		if i < 0 || i >= int64(len(dom.V)) {
			return nil, false
		}
	}
	r := f(&k.Vec[string]{T: k.KS, V: dom.V}, y)
	if !k.IsList(r) || r.Len() != len(dom.V) {
		return nil, false
	}
	return Index(r, &k.Vec[int64]{T: k.KJ, V: e.V}), true
}

// enumField is e`c for a foreign key e (an enumeration over a keyed
// table): column c of the rows e refers to, which is how qSQL's s.name
// follows a foreign key. ok is false for anything else.
func enumField(x, i k.Value) (k.Value, bool) {
	c, ok := i.(k.Atom[string])
	if !ok || !IsEnum(x) {
		return nil, false
	}
	d, ok := k.DomainOf(x).(*k.Dict)
	if !ok || !isKeyed(d) {
		return nil, false
	}
	col := k.Value(nil)
	for _, t := range []*k.Table{d.V.(*k.Table), d.K.(*k.Table)} {
		if j := colIndex(t, c.V); j >= 0 {
			col = t.Data[j]
			break
		}
	}
	if col == nil {
		k.Signal(c.V)
	}
	idx, _ := enumParts(x)
	r := gatherList(col, idx)
	if k.IsAtom(x) {
		return item(r, 0), true
	}
	return r, true
}
