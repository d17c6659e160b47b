// This file defines the parser. q has no precedence: an expression is a
// sequence of nouns and verbs, and every verb takes as its right argument
// everything to its right, so the parser folds each expression from the
// right.

package syntax

import (
	"strings"

	"qgo/interp/k"
)

// Parse parses a chunk of q source (one console line, or one statement of a
// script with its continuation lines joined) into a Node. Statements
// separated by `;` at the top level become a Seq. A source that is only
// blanks or comments parses to nil, nil. A newline followed by a line that
// is not indented separates statements like `;`. A one-line source whose
// first non-blank char is a backslash is a System command; in a longer
// one, so is each line that starts with a backslash. Errors are *Error
// values carrying q's message: "parse", an unmatched bracket or quote
// (`(` `"` or `)`), "char" for an invalid character, the text of a bad
// literal, "assign" or "from". No name is reserved (see ParseIn).
func Parse(src string) (Node, error) { return ParseIn(src, nil) }

// ParseIn is Parse for a language whose keywords reserved reports (nil:
// none): a keyword is never assigned, so `count::` at the end of an
// expression composes rather than assigns.
func ParseIn(src string, reserved func(name string) bool) (n Node, err error) {
	return parseLangIn(src, reserved, false)
}

// ParseK is ParseIn for k source (a `k)` line): as in k, a glyph applied
// prefix to an argument is its unary form (`#x` counts), where q signals
// the glyph (docs/basics/parsetrees.md: `$42` is '$ in q).
func ParseK(src string, reserved func(name string) bool) (Node, error) {
	return parseLangIn(src, reserved, true)
}

// ParseInfix is ParseIn where infix gives the value of the names, beyond
// the keywords, that are verbs applied infix (x f y) wherever they stand
// bare (nil for any other name): the functions a program defines in the
// .q namespace, which q's parser takes as it takes its own keywords, by
// their value when parsed. kLang parses k, as ParseK does.
func ParseInfix(src string, reserved func(name string) bool, infix func(name string) k.Value, kLang bool) (Node, error) {
	return parseWith(src, reserved, infix, kLang)
}

// parseLangIn parses src as q, or as k when kLang is set.
func parseLangIn(src string, reserved func(name string) bool, kLang bool) (n Node, err error) {
	return parseWith(src, reserved, nil, kLang)
}

// parseWith is parseLangIn with the extra infix names infix gives.
func parseWith(src string, reserved func(name string) bool, infix func(name string) k.Value, kLang bool) (n Node, err error) {
	if t := strings.TrimLeft(src, " \t"); strings.HasPrefix(t, `\`) {
		if cmd := strings.TrimRight(t[1:], "\r\n"); !strings.Contains(cmd, "\n") {
			return &System{P: len(src) - len(t), Cmd: cmd}, nil
		}
	}
	toks, serr := scan(src)
	if serr != nil {
		return nil, serr
	}
	defer putToks(toks) // the tree keeps no token
	if reserved != nil {
		toks = splitDotKeywords(toks, reserved)
	}
	p := &parser{src: src, toks: toks, reserved: reserved, infix: infix, k: kLang}
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(*Error)
			if !ok {
				panic(r)
			}
			n, err = nil, e
		}
	}()
	items := p.list()
	if t := p.peek(); t.kind != tEOF {
		p.fail(t.pos, t.text)
	}
	p.checkHoles()
	if len(items) == 1 {
		return items[0], nil
	}
	return &Seq{P: items0Pos(items, toks), Items: items}, nil
}

// splitDotKeywords splits a name .kw that follows a closing parenthesis
// with no blank between, kw a keyword, into Apply and the keyword: in
// (!).flip x the dot applies (!) to flip x, while ('[f;g]').Q.an?x
// applies f' to the name .Q.an.
//
// The tokens are copied once, when the first split is found: splitting
// in place moved every token after each split, and a source of many
// (1).neg took minutes.
func splitDotKeywords(toks []token, reserved func(string) bool) []token {
	var out []token // nil until the first split
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if i == 0 || t.kind != tName || t.space || toks[i-1].kind != tRParen || len(t.text) < 2 || t.text[0] != '.' {
			if out != nil {
				out = append(out, t)
			}
			continue
		}
		kw := t.text[1:]
		if strings.IndexByte(kw, '.') >= 0 || !reserved(kw) {
			if out != nil {
				out = append(out, t)
			}
			continue
		}
		if out == nil {
			out = make([]token, i, len(toks)+len(toks)/4+2)
			copy(out, toks[:i])
		}
		out = k.Grow(out, 2)
		out = append(out, token{kind: tOp, pos: t.pos, end: t.pos + 1, text: "."},
			token{kind: tName, pos: t.pos + 1, end: t.end, text: kw})
	}
	if out == nil {
		return toks
	}
	return out
}

func items0Pos(items []Node, toks []token) int {
	for _, it := range items {
		if it != nil {
			return it.Pos()
		}
	}
	return toks[0].pos
}

// parser holds the state of parsing one token list.
type parser struct {
	src   string
	toks  []token // ends with tEOF
	i     int
	depth int // nesting of expr and rest calls, bounded by maxDepth
	// holes maps the table literals with an empty column (`([a:;b:c])`,
	// valid only as patterns) to the position of the first one.
	holes map[*Table]int
	// reserved reports whether a name is a keyword (nil: none is)
	reserved func(name string) bool
	// infix gives the value of a name beyond the keywords that is a verb
	// (nil: none is): a program's own functions in the .q namespace
	infix func(name string) k.Value
	// k is set for k source, where a glyph applied prefix is its unary
	// form; q has no unary syntax for glyphs and signals them.
	k bool
	// sortSpec is set inside select's brackets, where < or > applied
	// prefix gives the order of the rows (select[2;>price]).
	sortSpec bool
}

// maxDepth bounds the parser's recursion, so that absurdly nested input
// fails with 'stack instead of exhausting the goroutine's stack.
const maxDepth = 20000

// enter records one more level of recursion; the caller defers leave.
func (p *parser) enter() {
	if p.depth++; p.depth > maxDepth {
		p.fail(p.peek().pos, "stack")
	}
}

func (p *parser) leave() { p.depth-- }

// stops is a set of extra tokens that end an expression, used by qSQL
// phrases: a comma, or one of the words by, from, where.
type stops uint8

const (
	stopComma stops = 1 << iota
	stopBy
	stopFrom
	stopWhere
)

func (p *parser) peek() *token { return &p.toks[p.i] }

// peekAt returns the token n places ahead (the EOF token past the end).
func (p *parser) peekAt(n int) *token {
	if p.i+n < len(p.toks) {
		return &p.toks[p.i+n]
	}
	return &p.toks[len(p.toks)-1]
}

func (p *parser) next() *token {
	t := &p.toks[p.i]
	if t.kind != tEOF {
		p.i++
	}
	return t
}

func (p *parser) fail(pos int, msg string) {
	panic(&Error{Pos: pos, Msg: msg})
}

// isWord reports whether t is the name w.
func isWord(t *token, w string) bool { return t.kind == tName && t.text == w }

// atEnd reports whether the next token ends the current expression.
func (p *parser) atEnd(st stops) bool {
	t := p.peek()
	switch t.kind {
	case tEOF, tSemi, tRParen, tRBrack, tRBrace:
		return true
	case tOp:
		return st&stopComma != 0 && t.text == ","
	case tName:
		return st&stopBy != 0 && t.text == "by" || st&stopFrom != 0 && t.text == "from" ||
			st&stopWhere != 0 && t.text == "where"
	}
	return false
}

// list parses expressions separated by `;` (or statement-separating
// newlines) up to a closing bracket or the end; an empty one is nil.
func (p *parser) list() []Node {
	var items []Node
	for {
		items = append(items, p.expr(0))
		if p.peek().kind != tSemi {
			return items
		}
		p.next()
	}
}

// closeWith consumes the closing bracket of kind for the opener open.
func (p *parser) closeWith(kind tokKind, open *token) *token {
	t := p.peek()
	switch {
	case t.kind == kind:
		return p.next()
	case t.kind == tEOF:
		p.fail(open.pos, open.text)
	}
	p.fail(t.pos, t.text)
	return nil
}

// args parses a bracketed argument list `[a;b]`; `[]` gives an empty,
// non-nil slice.
func (p *parser) args() []Node {
	open := p.next()
	if p.peek().kind == tRBrack {
		p.next()
		return []Node{}
	}
	items := p.list()
	p.closeWith(tRBrack, open)
	return items
}

// expr parses one expression, or returns nil if it is empty.
func (p *parser) expr(st stops) Node {
	p.enter()
	defer p.leave()
	if p.atEnd(st) {
		return nil
	}
	t, verb := p.term(st)
	return p.rest(t, verb, st)
}

// rest parses what follows the term t: nothing; for a verb t, its right
// argument; for a noun t, either a verb (t is its left argument) or a noun
// that t is applied to.
func (p *parser) rest(t Node, verb bool, st stops) Node {
	p.enter()
	defer p.leave()
	if p.atEnd(st) {
		return t
	}
	if nt := p.peek(); nt.kind == tOp && nt.text == ":" {
		p.fail(nt.pos, "assign")
	}
	if verb {
		if op, ok := t.(*Op); ok && !p.k && len(op.Name) == 1 &&
			!(p.sortSpec && (op.Name == "<" || op.Name == ">")) {
			// q disables the unary forms of the glyphs: `$42` is '$ and
			// `,`a` is ', (docs/basics/parsetrees.md, funsql.md); (+)x,
			// +:x and keywords (flip x) are how q applies them.
			p.fail(op.P, op.Name)
		}
		return &Monad{P: t.Pos(), F: t, X: p.expr(st)}
	}
	u, uverb := p.term(st)
	if uverb {
		return &Dyad{P: u.Pos(), F: u, L: t, R: p.expr(st)}
	}
	return &Monad{P: t.Pos(), F: t, X: p.rest(u, false, st)}
}

// term parses one noun or verb with its postfix brackets and iterators,
// and reports whether it is a verb. Assignments, returns, signals and
// queries take the rest of the expression and are nouns.
func (p *parser) term(st stops) (Node, bool) {
	t := p.next()
	var n Node
	verb := false
	switch t.kind {
	case tConst:
		n = &Const{P: t.pos, V: t.val}
	case tName:
		switch t.text {
		case "select", "exec", "update", "delete":
			return p.query(t), false
		case "if", "do", "while":
			if p.peek().kind == tLBrack {
				n = &Cond{P: t.pos, Kind: t.text, Args: p.args()}
			}
		}
		if n == nil {
			if a := p.assign(t, nil, st); a != nil {
				return a, false
			}
			n, verb = &Ident{P: t.pos, Name: t.text}, IsInfix(t.text)
			if p.infix != nil && !verb {
				if v := p.infix(t.text); v != nil {
					// q's parser takes the function itself, as it
					// takes a keyword's (qspec's note on .q.musteq)
					n, verb = &Const{P: t.pos, V: v}, true
				}
			}
		}
	case tOp:
		switch nt := p.peek(); {
		case t.text == "$" && nt.kind == tLBrack && !nt.space:
			args := p.args()
			if len(args) <= 2 {
				// $[x;y] is x$y (ref/cast.md, mmu.md), $[;y] and $[x] its
				// projections: 15$[m]/m, $[;m] each v; Cond needs three
				n = &Apply{P: t.pos, F: &Op{P: t.pos, Name: "$"}, Args: args}
				break
			}
			n = &Cond{P: t.pos, Kind: "$", Args: args}
		case t.text == ":" && nt.kind == tLBrack && !nt.space:
			n = p.patternCond(t.pos, p.args())
		case t.text == ":" && nt.kind == tAdverb && !nt.space:
			n, verb = &Op{P: t.pos, Name: ":"}, true // :/ and the like
		case t.text == ":":
			if p.atEnd(st) {
				n = &Op{P: t.pos, Name: ":"}
				break
			}
			return &Return{P: t.pos, X: p.expr(st)}, false
		case t.text == "::":
			n = &Op{P: t.pos, Name: "::"}
		case nt.kind == tOp && nt.text == ":" && !nt.space && len(t.text) == 1:
			p.next() // a unary form such as #:
			n, verb = &Op{P: t.pos, Name: t.text + ":"}, true
		default:
			n, verb = &Op{P: t.pos, Name: t.text}, true
		}
	case tLParen:
		n = p.paren(t)
		if nt := p.peek(); nt.kind == tOp && nt.text == ":" {
			return p.patternAssign(n, st), false
		}
	case tLBrace:
		n = p.lambda(t)
	case tSystem:
		return &System{P: t.pos, Cmd: strings.TrimRight(t.text[1:], "\r")}, false
	case tLBrack:
		p.i--
		n = &Seq{P: t.pos, Items: p.args()}
	case tAdverb:
		if nt := p.peek(); nt.kind == tLBrack && !nt.space {
			// An iterator applied with brackets, prefix: '[count] /[+]
			// derive a function that is a noun; '[f;g] is Compose.
			if args := p.args(); len(args) == 1 && args[0] != nil {
				n = &Iter{P: t.pos, Adverb: t.text, F: args[0]}
			} else {
				n = &Apply{P: nt.pos, F: &Op{P: t.pos, Name: t.text}, Args: args}
			}
			break
		}
		if nk := p.peek().kind; p.atEnd(st) && (t.text != "'" || (nk == tRParen || nk == tSemi) && p.peek().text != "\n") {
			// an iterator alone is a noun: (/;+), (';f)
			n = &Op{P: t.pos, Name: t.text}
			break
		}
		if t.text == `\` {
			p.fail(t.pos, t.text) // `count \a` fails with '\ in q
		}
		if t.text != "'" || p.atEnd(st) {
			p.fail(t.pos, "parse")
		}
		return &Signal{P: t.pos, X: p.expr(st)}, false
	default:
		p.fail(t.pos, "parse")
	}
	// a chain of brackets and iterators (x[0][0]…, +//…) nests the tree
	// with no recursion here: each link counts against maxDepth, for the
	// brackets' arguments too, as recursion does, so that no walk of the
	// tree goes deeper than the parser could
	base := p.depth // a failure ends the parse: no need to restore it then
	for ; ; p.depth++ {
		nt := p.peek()
		if p.depth > maxDepth {
			p.fail(nt.pos, "stack")
		}
		if nt.kind == tLBrack {
			n, verb = &Apply{P: nt.pos, F: n, Args: p.args()}, false
			continue
		}
		if nt.kind == tAdverb && (!nt.space || nt.text == `\` && p.peekAt(1).space || p.eachAfterBlank(nt) || eachAfterOp(n, verb, nt)) {
			// f\x scans; so does f \ x, a backslash standing between blanks
			p.next()
			n, verb = &Iter{P: nt.pos, Adverb: nt.text, F: n}, true
			continue
		}
		break
	}
	p.depth = base
	if ap, ok := n.(*Apply); ok {
		if id, ok := ap.F.(*Ident); ok {
			if a := p.assign(&token{pos: id.P, text: id.Name}, ap.Args, st); a != nil {
				return a, false
			}
		}
	}
	return n, verb
}

// eachAfterBlank reports whether nt, a ' or ': after a blank that
// follows a value, is an iterator rather than Signal: no expression can
// start after it (another iterator glyph, a closing bracket, ; or the
// end), so there is nothing for Signal to signal: avg then two quotes,
// each of each, in funq's (avg <quote><quote>)G.
func (p *parser) eachAfterBlank(nt *token) bool {
	if nt.text != "'" && nt.text != "':" {
		return false
	}
	switch a := p.peekAt(1); a.kind {
	case tAdverb:
		return !a.space
	case tRParen, tRBrack, tEOF:
		return true
	case tSemi:
		return a.text != "\n"
	}
	return false
}

// eachAfterOp reports whether nt, a ' after a blank, follows an operator
// glyph and so is Each rather than Signal: an operator cannot be applied
// to a signal, so 1 _ 'x drops one from each item of x as 1 _' x does.
func eachAfterOp(n Node, verb bool, nt *token) bool {
	if nt.text != "'" || !verb {
		return false
	}
	op, ok := n.(*Op)
	return ok && op.Name != ":" && op.Name != "::"
}

// isReserved reports whether name is a keyword of the language parsed.
func (p *parser) isReserved(name string) bool {
	return p.reserved != nil && p.reserved(name)
}

// inTrain reports whether the name just read follows a term or an
// operator of the same expression, so that a closing :: after it ends a
// composition rather than assigning the name.
func (p *parser) inTrain() bool {
	if p.i < 2 {
		return false
	}
	switch prev := p.toks[p.i-2]; prev.kind {
	case tConst, tName, tRParen, tRBrack, tRBrace, tAdverb:
		return true
	case tOp:
		return prev.text != ":" && prev.text != "::"
	}
	return false
}

// assign parses an assignment to the name in t (indexed by index, when
// not nil) if one follows: `:x`, `::x`, or a compound `+:x`.
func (p *parser) assign(t *token, index []Node, st stops) Node {
	nt := p.peek()
	if nt.kind != tOp {
		return nil
	}
	a := &Assign{P: t.pos, Name: t.text, Index: index}
	switch {
	case nt.text == ":":
		p.next()
	case nt.text == "::":
		switch p.peekAt(1).kind {
		case tEOF, tSemi, tRParen, tRBrack, tRBrace:
			if p.isReserved(t.text) || nt.space || index != nil || p.inTrain() {
				// a keyword is not assigned: f g:: composes f and g; and
				// x :: is x[::] (ref/identity.md); nor is a name with a
				// term before it: rslv es:: composes too
				return nil
			}
		}
		p.next()
		a.Global = true
	case len(nt.text) == 1 && (nt.text != "." || !nt.space) || nt.text == "<=" || nt.text == ">=" || nt.text == "<>":
		// x.:y (no space before the dot) is x:x . y, like x+:y
		c := p.peekAt(1)
		if c.kind != tOp || c.text != ":" && c.text != "::" || c.space {
			return nil
		}
		if c.text == "::" {
			switch p.peekAt(2).kind {
			case tEOF, tSemi, tRParen, tRBrack, tRBrace:
				return nil // x~:: is x~(::)
			}
		}
		p.next()
		p.next()
		a.Op = &Op{P: nt.pos, Name: nt.text}
		a.Global = c.text == "::" // x+::y amends the global x from inside a function
	default:
		return nil
	}
	if a.X = p.expr(st); a.X == nil {
		p.fail(p.peek().pos, "parse")
	}
	return a
}

// paren parses what follows `(`: a table `([]...)`, an empty list `()`,
// a parenthesised expression `(x)` or a list `(a;b)`.
func (p *parser) paren(open *token) Node {
	switch p.peek().kind {
	case tLBrack:
		return p.table(open)
	case tRParen:
		p.next()
		return &List{P: open.pos, Items: []Node{}}
	}
	items := p.list()
	p.closeWith(tRParen, open)
	if len(items) == 1 {
		return &Paren{P: open.pos, X: items[0]}
	}
	return &List{P: open.pos, Items: items}
}

// lambda parses a function `{[a;b] ...}` after its `{`.
func (p *parser) lambda(open *token) Node {
	f := &Lambda{P: open.pos}
	explicit := false
	if p.peek().kind == tLBrack {
		explicit = true
		p.params(f)
	}
	f.Body = p.list()
	end := p.closeWith(tRBrace, open)
	f.Src = p.src[open.pos:end.end]
	if !explicit {
		f.Params = implicitParams(f.Body)
	}
	return f
}
