// This file defines the scanner, which splits q source into tokens. q's
// lexing depends on context: `/` starts a comment only at the start of a
// line or after a blank, `-1` is a literal or Subtract applied to 1
// depending on the token before, and a newline separates statements unless
// the next line is indented.

package syntax

import (
	"strings"
	"sync"
	"unsafe"

	"qgo/interp/k"
)

type tokKind uint8

const (
	tEOF    tokKind = iota
	tConst          // a literal: number, vector, string, symbol
	tName           // a name: a, .z.pg, count
	tOp             // an operator glyph: + <= :: 0:
	tAdverb         // an iterator glyph: ' / \ ': /: \:
	tLParen         // (
	tRParen         // )
	tLBrack         // [
	tRBrack         // ]
	tLBrace         // {
	tRBrace         // }
	tSemi           // ; or a newline that ends a statement
	tSystem         // a line `\cmd` starting a line of a multi-line source
)

// token is one token of q source.
type token struct {
	kind  tokKind
	pos   int // byte offset of the first char
	end   int // byte offset after the last char
	text  string
	val   k.Value // for tConst
	space bool    // preceded by a blank, a newline or the start of source
}

// scanner holds the state of tokenizing one source.
type scanner struct {
	src   string
	pos   int
	toks  []token
	space bool // the last char consumed was a blank
	bol   bool // at the beginning of a line
	nl    bool // a newline that may separate statements is pending
	open  int  // brackets open, bounded by maxDepth
}

func isAlpha(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
func isAlnum(c byte) bool { return isAlpha(c) || isDigit(c) }

// isBlank reports whether c is white space between tokens: a form feed
// (Ctl-L) counts, so a script can be divided into pages (kdb+ 4.0).
func isBlank(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\f' }

// opChars are the single-char operator glyphs.
const opChars = "+-*%!&|<>=~,^#_$?@.:"

// scan splits src into tokens, ending with a tEOF token.
//
// The slice comes from tokPool: give it back with putToks once nothing
// reads it any more.
func scan(src string) ([]token, *Error) {
	want := len(src)/2 + 2
	var buf []token
	if p, _ := tokPool.Get().(*[]token); p != nil && cap(*p) >= want {
		buf = (*p)[:0]
	} else {
		k.Reserve(want, int(unsafe.Sizeof(token{})))
		buf = make([]token, 0, want)
	}
	l := &scanner{src: src, space: true, bol: true, toks: buf}
	if err := l.run(); err != nil {
		putToks(l.toks)
		return nil, err
	}
	l.toks = append(l.toks, token{kind: tEOF, pos: len(src), end: len(src), space: true})
	return l.toks, nil
}

// tokPool keeps token slices between scans. A parse's tokens are garbage
// once its tree is built (no node keeps a token or points into the slice;
// nodes copy the texts and values they need), so the next scan, on any
// goroutine, reuses the array instead of allocating one per source: most
// of what parsing a script cost was these arrays.
var tokPool sync.Pool // of *[]token

// putToks gives toks back to tokPool, dropping the values it refers to.
func putToks(toks []token) {
	clear(toks)
	toks = toks[:0]
	tokPool.Put(&toks)
}

func (l *scanner) at(i int) byte {
	if i < len(l.src) {
		return l.src[i]
	}
	return 0
}

// restBlank reports whether the line from i on is blank.
func (l *scanner) restBlank(i int) bool {
	for ; i < len(l.src) && l.src[i] != '\n'; i++ {
		if !isBlank(l.src[i]) {
			return false
		}
	}
	return true
}

// skipLine moves to the newline ending the current line (or the end).
func (l *scanner) skipLine() {
	if i := strings.IndexByte(l.src[l.pos:], '\n'); i >= 0 {
		l.pos += i
	} else {
		l.pos = len(l.src)
	}
}

// blockComment skips from a line holding a lone `/` to the line holding a
// lone `\` that ends it, or to the end of the source.
func (l *scanner) blockComment() {
	for {
		l.skipLine()
		if l.pos == len(l.src) {
			return
		}
		l.pos++
		if l.at(l.pos) == '\\' && l.restBlank(l.pos+1) {
			l.skipLine()
			return
		}
	}
}

func (l *scanner) run() *Error {
	for l.pos < len(l.src) {
		c := l.src[l.pos]
		if l.bol {
			l.bol = false
			switch {
			case c == '/':
				if l.restBlank(l.pos + 1) {
					l.blockComment()
				} else {
					l.skipLine()
				}
				continue
			case c == '\\' && l.pos > 0 && l.restBlank(l.pos+1):
				return nil // a lone \ ends a script
			case c == '\\':
				l.system()
				continue
			case c == ' ' || c == '\t':
				l.nl = false // an indented line continues the statement
			}
		}
		switch {
		case c == '\n':
			l.pos++
			l.bol, l.space = true, true
			l.nl = len(l.toks) > 0
		case isBlank(c):
			l.pos++
			l.space = true
		case c == '/' && l.space:
			l.skipLine()
		case c == '"':
			if err := l.str(); err != nil {
				return err
			}
		case c == '`':
			l.sym()
		case isDigit(c) || c == '.' && isDigit(l.at(l.pos+1)):
			if err := l.number(l.pos); err != nil {
				return err
			}
		case c == '-' && (isDigit(l.at(l.pos+1)) || l.at(l.pos+1) == '.' && isDigit(l.at(l.pos+2))) && l.minusLiteral():
			if err := l.number(l.pos); err != nil {
				return err
			}
		case isAlpha(c) || c == '.' && isAlpha(l.at(l.pos+1)):
			l.name()
		default:
			if err := l.punct(c); err != nil {
				return err
			}
		}
	}
	return nil
}

// emit appends a token of the given kind spanning src[pos:end], first
// inserting a statement separator for a pending newline.
func (l *scanner) emit(kind tokKind, pos, end int, val k.Value) {
	if l.nl {
		l.nl = false
		closer := kind == tRParen || kind == tRBrack || kind == tRBrace || kind == tSemi
		if last := l.toks[len(l.toks)-1].kind; !closer && last != tSemi && last != tLParen && last != tLBrack && last != tLBrace {
			l.toks = k.Grow(l.toks, 1)
			l.toks = append(l.toks, token{kind: tSemi, pos: pos, end: pos, text: "\n", space: true})
		}
	}
	l.toks = k.Grow(l.toks, 1) // a source of millions of tokens: 'wsfull, not Go's fatal out of memory
	l.toks = append(l.toks, token{kind: kind, pos: pos, end: end, text: l.src[pos:end], val: val, space: l.space})
	l.space = false
	l.pos = end
}

// system scans a system command line, `\cmd args`, to its end, with the
// lines after it that start with a blank: they continue it, as they
// continue any statement of a script (KX taq/daily.q times a select
// that runs over two lines: \t `:daily/ upsert ... from trade\n where ..).
func (l *scanner) system() {
	end := len(l.src)
	for from := l.pos; ; {
		i := strings.IndexByte(l.src[from:], '\n')
		if i < 0 {
			break
		}
		end = from + i
		if next := end + 1; next >= len(l.src) || l.src[next] != ' ' && l.src[next] != '\t' {
			break
		}
		from = end + 1
		end = len(l.src)
	}
	l.emit(tSystem, l.pos, end, nil)
	l.space = true
}

// minusLiteral reports whether a `-` before a digit starts a negative
// literal: it does unless it immediately follows a name, a literal, or a
// closing bracket (docs/basics/syntax.md). The bracket closing a lambda's
// parameter list ends no expression, so a `-` after it starts the body:
// `{[s]-1 s}` writes s to stdout, as `{[s] -1 s}` does.
func (l *scanner) minusLiteral() bool {
	if l.space || len(l.toks) == 0 {
		return true
	}
	switch l.toks[len(l.toks)-1].kind {
	case tRBrack:
		return l.closesParams()
	case tConst, tName, tRParen, tRBrace:
		return false
	}
	return true
}

// closesParams reports whether the last token, a `]`, closes a bracket
// opened right after a `{`: a lambda's parameter list.
func (l *scanner) closesParams() bool {
	depth := 0
	for i := len(l.toks) - 1; i >= 0; i-- {
		switch l.toks[i].kind {
		case tRBrack:
			depth++
		case tLBrack:
			if depth--; depth == 0 {
				return i > 0 && l.toks[i-1].kind == tLBrace
			}
		}
	}
	return false
}

// str scans a string literal with q's escapes \n \r \t \\ \" and \NNN.
func (l *scanner) str() *Error {
	start := l.pos
	var b []byte
	i := start + 1
	if end := strings.IndexByte(l.src[i:], '"'); end > 0 {
		b = make([]byte, 0, end) // the bytes to the next quote: all of them, unless escapes shorten them
	}
	for {
		// the run of plain characters up to the next quote or backslash
		run := strings.IndexAny(l.src[i:], `"\`)
		if run < 0 {
			return &Error{Pos: start, Msg: `"`}
		}
		b = append(b, l.src[i:i+run]...)
		i += run
		if l.src[i] == '"' {
			break
		}
		i++
		e := l.at(i)
		switch {
		case e == 'n':
			b = append(b, '\n')
		case e == 't':
			b = append(b, '\t')
		case e == 'r':
			b = append(b, '\r')
		case '0' <= e && e <= '7':
			v := 0
			for n := 0; n < 3 && '0' <= l.at(i) && l.at(i) <= '7'; n++ {
				v = v*8 + int(l.at(i)-'0')
				i++
			}
			b = append(b, byte(v))
			continue
		case i >= len(l.src):
			return &Error{Pos: start, Msg: `"`}
		default: // \\, \" and any other char stand for themselves
			b = append(b, e)
		}
		i++
	}
	var v k.Value
	if len(b) == 1 {
		v = k.C(b[0])
	} else {
		v = &k.Vec[uint8]{T: k.KC, V: b}
		if b == nil {
			v = k.Str("")
		}
	}
	l.emit(tConst, start, i+1, v)
	return nil
}

// isSymChar reports whether c continues a symbol. Any symbol may hold
// slashes, not only a file symbol: q reads `path/to/myLib as one symbol
// (docs/wp/capi: f:`path/to/myLib 2:(`myfunc;1)), and scripts read
// relative files as read0`../data/day1.txt.
func isSymChar(c byte) bool {
	return isAlnum(c) || c == '.' || c == '_' || c == ':' || c == '/'
}

// sym scans a symbol or a symbol vector: `a, `a`b`c, ` , `:dir/file.
func (l *scanner) sym() {
	start := l.pos
	var syms []string
	i := start
	for i < len(l.src) && l.src[i] == '`' {
		i++
		j := i
		// a symbol is a name, which cannot start with an underscore
		// (docs/basics/syntax.md): `_.ns.d is ` _ .ns.d, the namespace's
		// dictionary without its null entry
		for j < len(l.src) && isSymChar(l.src[j]) && (j > i || l.src[j] != '_') {
			j++
		}
		syms = append(syms, l.src[i:j])
		i = j
	}
	var v k.Value = k.Syms(syms...)
	if len(syms) == 1 {
		v = k.S(syms[0])
	}
	l.emit(tConst, start, i, v)
}

// name scans a name: letters, digits and underscores, with dots between
// the segments of a compound name (.z.pg, .q.til, a.b). A segment after
// the first may start with a digit: q reads F.1 as one name, as solutions
// keep handlers F.1 F.2 that `F.1 names (a dot starting a name, .5, is a
// number still).
func (l *scanner) name() {
	i := l.pos + 1
	for i < len(l.src) {
		c := l.src[i]
		if isAlnum(c) || c == '_' || c == '.' && isAlnum(l.at(i+1)) {
			i++
			continue
		}
		break
	}
	l.emit(tName, l.pos, i, nil)
}

// number scans a numeric or temporal literal, or a vector of them
// separated by blanks, starting at start (a digit, a dot, or a minus).
func (l *scanner) number(start int) *Error {
	if c := l.src[start]; c >= '0' && c <= '2' && l.at(start+1) == ':' {
		// 0: 1: 2: are verbs even before a digit (1:0x0100, 0:0N!s):
		// a clock needs two digits of hours
		l.emit(tOp, start, start+2, nil)
		return nil
	}
	var items []item
	i, last := start, start
	for {
		j := i
		if l.src[j] == '-' {
			j++
		}
		end := numWordEnd(l.src, j)
		if word := l.src[j:end]; isSoloWord(word) {
			if len(items) > 0 {
				break
			}
			if j > i { // -1b: Negate applied to a boolean or byte
				l.emit(tOp, i, j, nil)
			}
			var val k.Value
			if isBoolWord(word) {
				val = boolValue(word)
			} else if v, ok := byteValue(word); ok {
				val = v
			} else {
				return &Error{Pos: j, Msg: word}
			}
			l.emit(tConst, j, end, val)
			return nil
		}
		w := l.src[i:end]
		it, ok := parseItem(w)
		if !ok {
			return &Error{Pos: i, Msg: w}
		}
		items = append(items, it)
		last = end
		// Another number after blanks continues the vector; so does a
		// next line of nothing but numbers, as in get "1000\n2000", and
		// an indented line, which continues the statement as blanks
		// would: in a script, a:1 2 then an indented 3 is 1 2 3, and so
		// for temporal items (docs/learn/startingkdb/language.md;
		// timebuckets in docs/wp/surveillance)
		n := end
		for n < len(l.src) && (l.src[n] == ' ' || l.src[n] == '\t' || (l.src[n] == '\n' || l.src[n] == '\r') && (l.numbersLine(n) || l.indentedNext(n))) {
			n++
		}
		if n == end || !l.startsNumber(n) {
			break
		}
		i = n
	}
	v, ok := numberValue(items)
	if !ok {
		return &Error{Pos: start, Msg: l.src[start:last]}
	}
	l.emit(tConst, start, last, v)
	return nil
}

// numbersLine reports whether the line after the line end at i holds only
// numbers: digits, signs, points, blanks and type letters.
func (l *scanner) numbersLine(i int) bool {
	j := i + 1
	if l.src[i] == '\r' && l.at(j) == '\n' {
		j++
	}
	digits := false
	for ; j < len(l.src) && l.src[j] != '\n' && l.src[j] != '\r'; j++ {
		switch c := l.src[j]; {
		case isDigit(c):
			digits = true
		case isBlank(c), c == '-', c == '.', isAlpha(c):
		default:
			return false
		}
	}
	return digits
}

// indentedNext reports whether the line after the line end at i starts
// with a blank: it continues the statement.
func (l *scanner) indentedNext(i int) bool {
	j := i + 1
	if l.src[i] == '\r' && l.at(j) == '\n' {
		j++
	}
	return isBlank(l.at(j))
}

// startsNumber reports whether a number item starts at i.
func (l *scanner) startsNumber(i int) bool {
	if l.at(i) == '-' {
		i++
	}
	c := l.at(i)
	if c >= '0' && c <= '2' && l.at(i+1) == ':' {
		return false // 0: 1: 2:
	}
	return isDigit(c) || c == '.' && isDigit(l.at(i+1))
}

// punct scans operators, iterators and brackets.
func (l *scanner) punct(c byte) *Error {
	p := l.pos
	next := l.at(p + 1)
	switch c {
	case '(', '[', '{':
		// each open bracket is a level of the parser's recursion: past
		// its bound the parse is 'stack, found here before the rest of
		// a hostile source (millions of "(") is made into tokens
		if l.open++; l.open > maxDepth {
			return &Error{Pos: p, Msg: "stack"}
		}
		l.emit(bracketKind(c), p, p+1, nil)
	case ')', ']', '}':
		l.open = max(0, l.open-1)
		l.emit(bracketKind(c), p, p+1, nil)
	case ';':
		l.emit(tSemi, p, p+1, nil)
	case '\'', '/', '\\':
		if next == ':' {
			l.emit(tAdverb, p, p+2, nil)
		} else {
			l.emit(tAdverb, p, p+1, nil)
		}
	default:
		if strings.IndexByte(opChars, c) < 0 {
			return &Error{Pos: p, Msg: "char"}
		}
		switch {
		case c == '<' && (next == '=' || next == '>'), c == '>' && next == '=', c == ':' && next == ':':
			l.emit(tOp, p, p+2, nil)
		default:
			l.emit(tOp, p, p+1, nil)
		}
	}
	return nil
}

// Tokens splits src into the source texts of its tokens, as -4! gives
// them: each token, and each run of blanks between two, in order.
func Tokens(src string) ([]string, error) {
	toks, err := scan(src)
	if err != nil {
		return nil, err
	}
	defer putToks(toks)
	var out []string
	prev := 0
	for _, t := range toks {
		if t.kind == tEOF {
			break
		}
		if t.pos > prev {
			out = append(out, src[prev:t.pos])
		}
		if t.end > t.pos {
			out = append(out, src[t.pos:t.end])
		}
		prev = t.end
	}
	if prev < len(src) {
		out = append(out, src[prev:])
	}
	return out, nil
}

// bracketKind is the token of a bracket.
func bracketKind(c byte) tokKind {
	switch c {
	case '(':
		return tLParen
	case ')':
		return tRParen
	case '[':
		return tLBrack
	case ']':
		return tRBrack
	case '{':
		return tLBrace
	}
	return tRBrace
}
