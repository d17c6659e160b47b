// This file defines constructors and the generic helpers that move between
// atoms, vectors and general lists.

package k

// Constructors for the common atoms.

// B makes a boolean atom.
func B(b bool) Value {
	if b {
		return boxedTrue
	}
	return boxedFalse
}

// The atoms made most often are boxed once, so making one allocates
// nothing; atoms are values, so sharing a box is invisible. The small
// longs are a generated table (smallj.go), laid out by the linker rather
// than boxed one by one at every start.
var boxedTrue, boxedFalse Value = Atom[bool]{-KB, true}, Atom[bool]{-KB, false}

//go:generate go run smallj_gen.go

// smallJLo and smallJHi bound the longs smallJ holds, smallILo and
// smallIHi the ints smallI holds (smallj_gen.go has them too).
const (
	smallJLo, smallJHi = -128, 1024
	smallILo, smallIHi = -1024, 1024
)

// X makes a byte atom.
func X(b byte) Value { return Atom[uint8]{-KX, b} }

// H makes a short atom.
func H(i int16) Value { return Atom[int16]{-KH, i} }

// I makes an int atom.
func I(i int32) Value {
	if uint32(i-smallILo) < smallIHi-smallILo {
		return smallI[i-smallILo]
	}
	return Atom[int32]{-KI, i}
}

// J makes a long atom.
func J(i int64) Value {
	if uint64(i-smallJLo) < smallJHi-smallJLo {
		return smallJ[i-smallJLo]
	}
	return Atom[int64]{-KJ, i}
}

// E makes a real atom.
func E(f float32) Value { return Atom[float32]{-KE, f} }

// F makes a float atom.
func F(f float64) Value { return Atom[float64]{-KF, f} }

// C makes a char atom.
func C(c byte) Value { return Atom[uint8]{-KC, c} }

// S makes a symbol atom.
func S(s string) Value { return Atom[string]{-KS, s} }

// G makes a guid atom.
func G(g GUID) Value { return Atom[GUID]{-KG, g} }

// Str makes a char vector (a q string).
func Str(s string) *Vec[uint8] { return &Vec[uint8]{T: KC, V: []byte(s)} }

// Syms makes a symbol vector.
func Syms(s ...string) *Vec[string] { return &Vec[string]{T: KS, V: s} }

// Longs makes a long vector.
func Longs(v ...int64) *Vec[int64] { return &Vec[int64]{T: KJ, V: v} }

// Floats makes a float vector.
func Floats(v ...float64) *Vec[float64] { return &Vec[float64]{T: KF, V: v} }

// Bools makes a boolean vector.
func Bools(v ...bool) *Vec[bool] { return &Vec[bool]{T: KB, V: v} }

// Ints makes an int vector of type t (int, month, date, minute, second, time).
func Ints(t Type, v ...int32) *Vec[int32] { return &Vec[int32]{T: t, V: v} }

// Identity is the generic null `::`.
var Identity Value = &Prim{T: FU, Name: "::"}

// IsIdentity reports whether v is `::`.
func IsIdentity(v Value) bool {
	p, ok := v.(*Prim)
	return ok && p.Name == "::"
}

// NewList makes a general list of the given items, without unifying them.
func NewList(items ...Value) *List { return &List{V: items} }

// NewVec makes a vector of q type t (t > 0) and count n, zero-filled.
func NewVec(t Type, n int) Value {
	Reserve(n, 8)
	switch t {
	case KB:
		return &Vec[bool]{T: t, V: make([]bool, n)}
	case KG:
		return &Vec[GUID]{T: t, V: make([]GUID, n)}
	case KX, KC:
		return &Vec[uint8]{T: t, V: make([]uint8, n)}
	case KH:
		return &Vec[int16]{T: t, V: make([]int16, n)}
	case KI, KM, KD, KU, KV, KT:
		return &Vec[int32]{T: t, V: make([]int32, n)}
	case KJ, KP, KN:
		return &Vec[int64]{T: t, V: make([]int64, n)}
	case KE:
		return &Vec[float32]{T: t, V: make([]float32, n)}
	case KF, KZ:
		return &Vec[float64]{T: t, V: make([]float64, n)}
	case KS:
		return &Vec[string]{T: t, V: make([]string, n)}
	case KList:
		return &List{V: make([]Value, n)}
	case KEnum:
		return &Enum{V: make([]int64, n)} // no domain: its items are null
	}
	panic("k.NewVec: bad type")
}

// Empty is an empty vector of type t (an empty general list for 0).
func Empty(t Type) Value { return NewVec(t, 0) }

// At returns item i of a vector or list as a value (an atom for a typed
// vector, a dictionary for a row of a table). It does not check bounds: callers index within Len.
func At(v Value, i int) Value {
	switch x := v.(type) {
	case *Vec[bool]:
		return Atom[bool]{-x.T, x.V[i]}
	case *Vec[uint8]:
		return Atom[uint8]{-x.T, x.V[i]}
	case *Vec[int16]:
		return Atom[int16]{-x.T, x.V[i]}
	case *Vec[int32]:
		return Atom[int32]{-x.T, x.V[i]}
	case *Vec[int64]:
		if x.T == KJ {
			return J(x.V[i]) // a small long needs no allocation
		}
		return Atom[int64]{-x.T, x.V[i]}
	case *Vec[float32]:
		return Atom[float32]{-x.T, x.V[i]}
	case *Vec[float64]:
		return Atom[float64]{-x.T, x.V[i]}
	case *Vec[string]:
		return Atom[string]{-x.T, x.V[i]}
	case *Vec[GUID]:
		return Atom[GUID]{-x.T, x.V[i]}
	case *List:
		return x.V[i]
	case *Enum:
		return x.At(i)
	case *Table:
		vals := make([]Value, len(x.Data))
		for j, c := range x.Data {
			vals[j] = At(c, i)
		}
		return &Dict{K: x.Cols, V: Unify(vals)}
	}
	panic("k.At: not a list")
}

// Items returns the items of any list-like value as a slice of values.
// An atom gives itself alone.
func Items(v Value) []Value {
	if v.Type() < 0 || v.Type() >= XT {
		return []Value{v}
	}
	if l, ok := v.(*List); ok {
		return l.V
	}
	n := v.Len()
	out := make([]Value, n)
	for i := range out {
		out[i] = At(v, i)
	}
	return out
}

// ArgItems is the argument list that Apply (.) takes from v: the items of a
// list, and the rows of a table, which is a list of dictionaries (so
// f . enlist d applies f to the dictionary d, as .Q.trp does).
func ArgItems(v Value) []Value {
	if t, ok := v.(*Table); ok {
		return tableRows(t)
	}
	return Items(v)
}

// IsList reports whether v is a vector or general list (type 0..97).
func IsList(v Value) bool {
	t := v.Type()
	return t >= 0 && t < XT
}

// Unify builds the list of items as q does: if every item is an atom of
// one type, the result is a typed vector of that type; otherwise a general
// list. The items slice is retained when the result is a general list.
func Unify(items []Value) Value {
	if len(items) == 0 {
		return &List{V: items}
	}
	t := items[0].Type()
	if t == XD {
		if tab := dictsToTable(items); tab != nil {
			return tab
		}
	}
	if t >= 0 || t == KErr {
		return &List{V: items}
	}
	for _, it := range items[1:] {
		if it.Type() != t {
			return &List{V: items}
		}
	}
	n := len(items)
	switch t {
	case -KB:
		return collect[bool](-t, items, n)
	case -KX, -KC:
		return collect[uint8](-t, items, n)
	case -KG:
		return collect[GUID](-t, items, n)
	case -KH:
		return collect[int16](-t, items, n)
	case -KI, -KM, -KD, -KU, -KV, -KT:
		return collect[int32](-t, items, n)
	case -KJ, -KP, -KN:
		return collect[int64](-t, items, n)
	case -KE:
		return collect[float32](-t, items, n)
	case -KF, -KZ:
		return collect[float64](-t, items, n)
	case -KS:
		return collect[string](-t, items, n)
	case -KEnum:
		if e := collectEnum(items); e != nil {
			return e
		}
	}
	return &List{V: items}
}

// nestedTable reports whether t's first column is a table: counting t
// counts that table again.
func nestedTable(t *Table) bool {
	if len(t.Data) == 0 {
		return false
	}
	_, ok := t.Data[0].(*Table)
	return ok
}

// dictsToTable makes a table of a list of dictionaries that all have the
// same symbol keys, as q does; it returns nil for any other list.
func dictsToTable(items []Value) Value {
	d0, ok := items[0].(*Dict)
	if !ok {
		return nil
	}
	keys, ok := d0.K.(*Vec[string])
	if !ok || len(keys.V) == 0 {
		return nil
	}
	Nest() // rows may hold tables, whose rows are made by this again
	defer Unnest()
	rows := make([][]Value, len(items))
	for i, it := range items {
		d, ok := it.(*Dict)
		if !ok {
			return nil
		}
		ks, ok := d.K.(*Vec[string])
		if !ok || len(ks.V) != len(keys.V) {
			return nil
		}
		for j := range ks.V {
			if ks.V[j] != keys.V[j] {
				return nil
			}
		}
		if t, ok := d.V.(*Table); ok && len(items) == 1 && t.Len() == len(keys.V) && t.Len() == 1 && !nestedTable(t) {
			// one record whose one value is a one-row table: that table is
			// the column (its row enlisted), made in one step however deep
			return &Table{Cols: keys, Data: []Value{t}}
		}
		if _, ok := d.V.(*Table); ok {
			rows[i] = ArgItems(d.V) // a table of values gives its rows
		} else {
			rows[i] = Items(d.V)
		}
		if len(rows[i]) != len(keys.V) {
			return nil
		}
	}
	cols := make([]Value, len(keys.V))
	for j := range cols {
		col := make([]Value, len(items))
		for i := range items {
			col[i] = rows[i][j]
		}
		cols[j] = Unify(col)
	}
	return &Table{Cols: keys, Data: cols}
}

func collect[E Elem](t Type, items []Value, n int) Value {
	out := make([]E, n)
	for i, it := range items {
		out[i] = it.(Atom[E]).V
	}
	return &Vec[E]{T: t, V: out}
}

// Enlist makes a one-item list of v: a typed vector for an atom.
func Enlist(v Value) Value {
	if v.Type() < 0 && v.Type() != KErr {
		return Unify([]Value{v})
	}
	return &List{V: []Value{v}}
}

// FromVec makes a typed vector holding the items of s with q type t.
func FromVec[E Elem](t Type, s []E) *Vec[E] { return &Vec[E]{T: t, V: s} }
