// Package k holds q's values: type codes, atoms and typed vectors, general
// lists, dictionaries, tables and function values, with q's nulls,
// infinities and attributes. It is the leaf of qgo's interpreter: it imports
// nothing of qgo, and every other package speaks in its values.
package k

// Type is a q type code as `type` reports it: negative for atoms, positive
// for vectors, 0 for a general list, 98 table, 99 dictionary, 100 and up for
// functions. The codes are kdb+'s, so the wire codec maps them one to one.
type Type int8

// The q type codes.
const (
	KList  Type = 0   // general list
	KB     Type = 1   // boolean
	KG     Type = 2   // guid
	KX     Type = 4   // byte
	KH     Type = 5   // short
	KI     Type = 6   // int
	KJ     Type = 7   // long
	KE     Type = 8   // real
	KF     Type = 9   // float
	KC     Type = 10  // char
	KS     Type = 11  // symbol
	KP     Type = 12  // timestamp
	KM     Type = 13  // month
	KD     Type = 14  // date
	KZ     Type = 15  // datetime
	KN     Type = 16  // timespan
	KU     Type = 17  // minute
	KV     Type = 18  // second
	KT     Type = 19  // time
	XT     Type = 98  // table
	XD     Type = 99  // dictionary (and keyed table)
	FL     Type = 100 // lambda
	FU     Type = 101 // unary primitive (and ::)
	FB     Type = 102 // binary primitive (operator)
	FA     Type = 103 // iterator
	FP     Type = 104 // projection
	FC     Type = 105 // composition
	FEach  Type = 106 // f'
	FOver  Type = 107 // f/
	FScan  Type = 108 // f\
	FPrior Type = 109 // f':
	FRight Type = 110 // f/:
	FLeft  Type = 111 // f\:
	KErr   Type = -128
)

// Attr is a vector attribute: none, sorted, unique, parted or grouped.
type Attr uint8

// The attributes, in q's order (`attr` reports “ ` `s `u `p `g “).
const (
	AttrNone Attr = iota
	AttrS
	AttrU
	AttrP
	AttrG
)

// String gives the attribute's letter as q writes it before `#`.
func (a Attr) String() string {
	return [...]string{"", "s", "u", "p", "g"}[a]
}

// Value is any q value. The set of implementations is closed: they all live
// in this package, so a type switch over them can be exhaustive.
type Value interface {
	// Type is the q type code.
	Type() Type
	// Len is the count: 1 for atoms and functions.
	Len() int
	kvalue()
}

// GUID is the storage of a q guid.
type GUID [16]byte

// Elem is the set of Go element types a typed vector or atom may hold.
// One element type serves several q types; the q type code says which.
type Elem interface {
	bool | uint8 | int16 | int32 | int64 | float32 | float64 | string | GUID
}

// Atom is a q atom: T is the (negative) q type code, V the value in its
// storage type (see ElemOf).
type Atom[E Elem] struct {
	T Type
	V E
}

// Type implements Value.
func (a Atom[E]) Type() Type { return a.T }

// Len implements Value.
func (a Atom[E]) Len() int { return 1 }

func (a Atom[E]) kvalue() {}

// Vec is a typed q vector: T is the positive q type code, A its attribute,
// V the items. A Vec is immutable once it has been handed out, except by the
// one owner the evaluator allows to amend it in place. The index of a
// vector with the grouped or parted attribute, built when a lookup first
// needs it, is kept beside the header, not in it (group.go).
type Vec[E Elem] struct {
	T Type
	A Attr
	V []E
}

// Type implements Value.
func (v *Vec[E]) Type() Type { return v.T }

// Len implements Value.
func (v *Vec[E]) Len() int { return len(v.V) }

// Truncate cuts v back to its first n items (all of them when it has no
// more), in place, keeping the capacity for later appends. An index of
// its items is dropped: the items appended next take the places of the
// ones cut.
func (v *Vec[E]) Truncate(n int) {
	if n < len(v.V) {
		DropIndex(v)
	}
	v.V = v.V[:min(n, len(v.V))]
}

func (v *Vec[E]) kvalue() {}

// List is a general list (type 0): items of mixed type or shape. A is
// its attribute: `s when asc sorted it or `s# set it (an amend drops it).
type List struct {
	V []Value
	A Attr
	// Mapped marks a list get read whole from a data file: kdb+ maps it
	// as an anymap, whose type is 77h (docs/ref/file-binary.md,
	// docs/releases/ChangesIn3.6.md). Only `type` reads it; a list made
	// from it, or one amended, is an ordinary general list.
	Mapped bool
}

// Type implements Value.
func (l *List) Type() Type { return KList }

// Len implements Value.
func (l *List) Len() int { return len(l.V) }

func (l *List) kvalue() {}

// Dict is a dictionary (type 99): keys and values of equal count. A keyed
// table is a Dict whose K and V are both *Table.
type Dict struct {
	K, V Value
}

// Type implements Value.
func (d *Dict) Type() Type { return XD }

// Len implements Value.
func (d *Dict) Len() int { return d.K.Len() }

func (d *Dict) kvalue() {}

// Table is a table (type 98): column names and equal-length columns, stored
// column by column as q does (a flipped dictionary).
type Table struct {
	Cols *Vec[string]
	Data []Value
}

// Type implements Value.
func (t *Table) Type() Type { return XT }

// Len implements Value: the number of rows.
func (t *Table) Len() int {
	if len(t.Data) == 0 {
		return 0
	}
	return t.Data[0].Len()
}

func (t *Table) kvalue() {}

// Lambda is a q function written in q (type 100). It keeps its source text,
// which q prints verbatim, and the compiled body, opaque to this package.
type Lambda struct {
	Src    string   // the source text, braces included
	Params []string // parameter names (x y z when implicit)
	Ctx    string   // namespace it was defined in ("" for the root)
	Code   any      // the evaluator's compiled form
}

// Type implements Value.
func (f *Lambda) Type() Type { return FL }

// Len implements Value.
func (f *Lambda) Len() int { return 1 }

func (f *Lambda) kvalue() {}

// Prim is a primitive: an operator (`+`), a keyword implemented natively
// (`count`), the identity `::`, or an iterator itself (`'`). T is FU, FB or
// FA. Name is how q prints it; the evaluator finds the behaviour by Name.
type Prim struct {
	T    Type
	Name string
	Disp string // how q prints it, when that is not Name (`iasc` is a k lambda)
}

// Type implements Value.
func (p *Prim) Type() Type { return p.T }

// Len implements Value.
func (p *Prim) Len() int { return 1 }

func (p *Prim) kvalue() {}

// Derived is a function derived by an iterator from its operand F:
// T is FEach (f'), FOver (f/), FScan (f\), FPrior (f':), FRight (f/:) or
// FLeft (f\:).
type Derived struct {
	T Type
	F Value
}

// Type implements Value.
func (d *Derived) Type() Type { return d.T }

// Len implements Value.
func (d *Derived) Len() int { return 1 }

func (d *Derived) kvalue() {}

// Proj is a projection (type 104): F applied to Args, where a nil entry is
// an elided argument still to be supplied.
type Proj struct {
	F    Value
	Args []Value
}

// Type implements Value.
func (p *Proj) Type() Type { return FP }

// Len implements Value.
func (p *Proj) Len() int { return 1 }

func (p *Proj) kvalue() {}

// Comp is a composition (type 105): Fs applied right to left, the last one
// taking the arguments and each earlier one the result of the next.
type Comp struct {
	Fs []Value
	// room, when not nil, is the array Fs was cut from, with spare slots
	// on both sides that Compose fills in place (compose.go); off is
	// where Fs starts in it.
	room *compRoom
	off  int
}

// Type implements Value.
func (c *Comp) Type() Type { return FC }

// Len implements Value.
func (c *Comp) Len() int { return 1 }

func (c *Comp) kvalue() {}

// ErrVal is an error carried as a value (type -128): what a sync IPC
// response holds when the remote side signalled.
type ErrVal struct {
	Msg string
}

// Type implements Value.
func (e *ErrVal) Type() Type { return KErr }

// Len implements Value.
func (e *ErrVal) Len() int { return 1 }

func (e *ErrVal) kvalue() {}

// ViewDef is a view as its namespace holds it (`. `v): it prints as the
// text that defines it, and value gives Meta: the cached value (:: while
// pending), the parse tree, the names it depends on and the text
// (docs/ref/value.md). Its type is a lambda's, whose value is likewise a
// list of metadata ending in its text.
type ViewDef struct {
	Src  string
	Meta *List
}

// Type implements Value.
func (v *ViewDef) Type() Type { return FL }

// Len implements Value.
func (v *ViewDef) Len() int { return 1 }

func (v *ViewDef) kvalue() {}

// IsFunc reports whether t is a function type (100 and up).
func IsFunc(t Type) bool { return t >= FL }

// IsAtom reports whether v is an atom (negative type code).
func IsAtom(v Value) bool { return v.Type() < 0 }
