// Package syntax scans and parses q source into a tree of Nodes: q's
// grammar of nouns, verbs and iterators, evaluated right to left with no
// precedence. It imports only interp/k, for the values of literals.
package syntax

import (
	"sync/atomic"

	"qgo/interp/k"
)

// Node is a node of the syntax tree. The set is closed: every
// implementation is in this package.
type Node interface {
	// Pos is the byte offset of the node in the source it was parsed from.
	Pos() int
	node()
}

// Const is a literal: a number, a vector of numbers, a string, a symbol or
// symbol vector, a temporal value — any value fixed at parse time.
type Const struct {
	P int
	V k.Value
}

// Ident is a name: a variable, a keyword (`count`), or a dotted name
// (`.z.pg`, `.q.til`, `a.b`). Keywords are resolved by the evaluator.
type Ident struct {
	P    int
	Name string
	B    Bind // the evaluator's resolution of Name
}

// Bind is what an evaluator's resolver pass found a name or an operator to
// be, written into the node once, before the tree is evaluated or shared:
// the zero Bind means unresolved, and the evaluator then looks the name up
// as it stands. The parser leaves it zero.
type Bind struct {
	Done bool    // the resolver has visited the node
	Verb int32   // the evaluator's verb id of an operator or keyword (0: none)
	Slot int32   // 1 + the index of the name among Lam's locals (0: not one)
	G    int32   // the evaluator's id of the name as a global, when not a local (0: none)
	Lam  *Lambda // the lambda the node is in (nil: outside any)
}

// Op is a primitive operator written as a glyph: one of
// `+ - * % ! & | < > = ~ , ^ # _ $ ? @ . :: <= >= <>` and the file/IPC
// verbs `0: 1: 2:`. `:` alone is Op only when used as a noun (`(:)`).
// A glyph followed by a colon is a k unary form (`#:`). An iterator glyph
// is an Op only alone, as a noun (`(/;+)`), or as the F of an Apply with
// other than one argument, as in Compose `'[f;g]` and `'[;]`; with one
// argument, `'[count]` or `/[+]`, the parser makes an Iter (a noun there,
// as q applies it prefix).
type Op struct {
	P    int
	Name string
	B    Bind // the evaluator's resolution of the operator
}

// Iter is an iterator applied to a function expression: F' F/ F\ F': F/: F\:.
// Adverb is the iterator's spelling: "'", "/", "\\", "':", "/:" or "\\:".
type Iter struct {
	P      int
	Adverb string
	F      Node
	B      Bind // the evaluator's resolution of the iterator
}

// Apply is bracket application or indexing, `f[a;b]`; an elided argument
// (`f[;b]`) is nil. `f[]` has an empty, non-nil Args slice.
type Apply struct {
	P    int
	F    Node
	Args []Node
}

// Monad is a verb applied to one argument by juxtaposition with nothing on
// its left: `-x`, `count x`, `+/ x`, `f x`. When F is a noun or a name,
// evaluation is the same as F[X]; when F is a verb (Op, Iter, or an infix
// keyword such as `in`), the verb's unary form is used.
type Monad struct {
	P int
	F Node
	X Node
}

// Dyad is an infix application `L F R`. R is nil for a left section
// (`(2+)`), which evaluates to a projection.
type Dyad struct {
	P int
	F Node
	L Node
	R Node
	// Noun is set by an evaluator's resolver when R is an expression
	// that is neither a verb (x f g composes) nor ends in :: (x f g::), so
	// the evaluator need not look at R's shape on each evaluation.
	Noun bool
}

// Lambda is a function literal `{...}`. Params are the declared names, or
// the implicit ones (x, x y or x y z) found in the body when there is no
// `[...]` list. Src is the exact source text from `{` to `}`.
//
// A parameter may be a pattern (q 4.1): `{[(a;b);c]...}`, `{[x:`j]...}`,
// `{[x:check]...}`, or left empty, `{[x;]...}`. Patterns is then one entry
// per parameter, nil for a plain name or an empty one; Params holds the
// pattern's name when it is a name with a type check or filter, else "".
// Patterns is nil when every parameter is a plain name.
type Lambda struct {
	P        int
	Src      string
	Params   []string
	Patterns []Node
	Body     []Node   // statements; a nil entry is an empty statement
	Locals   []string // set by the evaluator's resolver: params, then the other locals, by slot

	// Code is the interpreter's resolved form of the lambda, made on
	// first use and kept with the node, so it lives exactly as long as
	// the parse tree does (a cache keyed elsewhere would keep every
	// lambda ever parsed). The syntax package never reads it.
	Code atomic.Value
}

// List is a parenthesised list `(a;b;c)`. An empty entry (`(a;;c)`) is nil.
// `()` is a List with no items.
type List struct {
	P     int
	Items []Node
	// K is the list's value when every item is a constant, set by the
	// interpreter's resolver (so (1;2f) is made once, not per evaluation).
	// The syntax package never reads it.
	K k.Value
}

// Paren is a parenthesised single expression `(x)`: it matters because a
// parenthesised verb is a noun (`(+)`), and `(x)` of a function on the
// left of a juxtaposition is still applied.
type Paren struct {
	P int
	X Node
}

// Assign is an assignment: `a:x`, `a::x` (Global), `a+:x` (Op set),
// `a[i]:x` and `a[i;j]+:x` (Index set; an elided index is nil).
//
// A pattern assignment (q 4.1), whose left side is parenthesised, as in
// `(b;c):2 3`, `([k:v]):d` or `(:`f):3f`, has Pattern set to the pattern
// (see PatName) and Name "", no Index, Op or Global; its P is the
// position of its colon.
type Assign struct {
	P       int
	Name    string
	Index   []Node // nil unless indexed assignment
	Op      Node   // the verb of a compound assignment, or nil
	Global  bool   // `::`
	Pattern Node   // the pattern of a pattern assignment, or nil
	X       Node
	B       Bind // the evaluator's resolution of Name
}

// Return is an early return `:x` inside a lambda.
type Return struct {
	P int
	X Node
}

// Signal is `'x`: signal the error named by x.
type Signal struct {
	P int
	X Node
}

// Cond is one of the control forms `$[c;a;b;...]`, `if[c;...]`,
// `do[n;...]`, `while[c;...]`. Kind is "$", "if", "do" or "while".
// Kind ":" is the pattern conditional `:[v;p1;r1;p2;r2;...;rd]` (q 4.1):
// Args[0] is the value, then patterns (see PatName) alternate with the
// results, and an odd last result is the default.
type Cond struct {
	P    int
	Kind string
	Args []Node
}

// Seq is a sequence of expressions separated by `;` outside brackets:
// evaluated left to right, its value is the last one's.
type Seq struct {
	P     int
	Items []Node
}

// Col is one column of a table literal or a qSQL phrase: `name:expr`, or
// an unnamed expression (Name "") whose name the evaluator derives.
type Col struct {
	Name  string
	X     Node
	Hole  bool // `a:` with nothing after the colon (X is then `::`)
	Named bool // written `a:x` (a bare name a is named a too, unwritten)
}

// Table is a table literal `([] a:1 2; b:3 4)` or keyed `([k:..] v:..)`.
type Table struct {
	P    int
	Keys []Col // key columns; nil for an unkeyed table
	Cols []Col
}

// Query is a qSQL template: `select`, `exec`, `update` or `delete`.
// Cols are the selected/assigned columns (for delete, column names as
// Idents), By the grouping columns, From the table expression, Where the
// constraints in order. Limit holds `select[n]` or `select[n;>col]`.
type Query struct {
	P     int
	Kind  string
	Limit []Node
	Cols  []Col
	By    []Col
	HasBy bool // `by` was written (exec by with no columns differs from none)
	From  Node
	Where []Node
	// Distinct is set by `select distinct` and `exec distinct`: the result
	// keeps only its distinct rows (for exec, its distinct items).
	Distinct bool
}

// System is a system command line `\cmd args` (console or script).
type System struct {
	P   int
	Cmd string // everything after the backslash, untrimmed of arguments
}

// Pos implementations.
func (n *Const) Pos() int  { return n.P }
func (n *Ident) Pos() int  { return n.P }
func (n *Op) Pos() int     { return n.P }
func (n *Iter) Pos() int   { return n.P }
func (n *Apply) Pos() int  { return n.P }
func (n *Monad) Pos() int  { return n.P }
func (n *Dyad) Pos() int   { return n.P }
func (n *Lambda) Pos() int { return n.P }
func (n *List) Pos() int   { return n.P }
func (n *Paren) Pos() int  { return n.P }
func (n *Assign) Pos() int { return n.P }
func (n *Return) Pos() int { return n.P }
func (n *Signal) Pos() int { return n.P }
func (n *Cond) Pos() int   { return n.P }
func (n *Seq) Pos() int    { return n.P }
func (n *Table) Pos() int  { return n.P }
func (n *Query) Pos() int  { return n.P }
func (n *System) Pos() int { return n.P }

func (*Const) node()  {}
func (*Ident) node()  {}
func (*Op) node()     {}
func (*Iter) node()   {}
func (*Apply) node()  {}
func (*Monad) node()  {}
func (*Dyad) node()   {}
func (*Lambda) node() {}
func (*List) node()   {}
func (*Paren) node()  {}
func (*Assign) node() {}
func (*Return) node() {}
func (*Signal) node() {}
func (*Cond) node()   {}
func (*Seq) node()    {}
func (*Table) node()  {}
func (*Query) node()  {}
func (*System) node() {}

// Error is a parse error at a byte offset.
type Error struct {
	Pos int
	Msg string // q's message: "parse", an unmatched bracket's char, ...
}

// Error implements error.
func (e *Error) Error() string { return e.Msg }
