// This file parses table literals and the qSQL templates select, exec,
// update and delete, and holds the list of keywords that q applies infix.

package syntax

import "strings"

// IsInfix reports whether the keyword name is applied infix by q
// (`x in y`, `f each x`), so that the parser treats it as a verb:
// between two nouns such a name is the verb of a Dyad, as an operator
// glyph would be. (Joins taking three or more arguments, such as aj, ej
// and wj, are applied with brackets only.) A switch, not a map: the
// compiler makes it a search over constant strings, which costs the
// process's start nothing.
func IsInfix(name string) bool {
	switch name {
	case "and", "or", "in", "like", "mod", "div", "xexp", "xlog", "except",
		"inter", "union", "within", "bin", "binr", "cross", "cut", "each",
		"over", "scan", "prior", "peach", "sv", "vs", "set", "xbar", "xprev",
		"xrank", "xasc", "xdesc", "xcol", "xcols", "xkey", "xgroup", "lj", "ljf",
		"ij", "ijf", "uj", "ujf", "pj", "asof", "fby", "wavg", "wsum", "mavg",
		"mcount", "mdev", "mmax", "mmin", "msum", "cor", "cov", "scov", "rotate",
		"sublist", "ss", "insert", "upsert", "lsq", "mmu", "ema", "dsave", "setenv":
		return true
	}
	return false
}

// toCol makes a column of a table literal or a qSQL phrase from an
// expression: `name:expr` is named; so is a bare simple name, after
// itself; anything else is left for the evaluator to name.
func toCol(x Node) Col {
	switch x := x.(type) {
	case *Assign:
		if x.Index == nil && x.Op == nil && !x.Global && x.Pattern == nil {
			return Col{Name: x.Name, X: x.X, Named: true}
		}
	case *Ident:
		if !strings.Contains(x.Name, ".") {
			return Col{Name: x.Name, X: x}
		}
	}
	return Col{X: x}
}

// table parses a table literal after its `(`: `([] a:1 2; b:3 4)` or a
// keyed one `([k:1 2] v:3 4)`.
func (p *parser) table(open *token) Node {
	tb := &Table{P: open.pos}
	br := p.next()
	if p.peek().kind != tRBrack {
		tb.Keys = p.colList(tb, tRBrack)
	}
	p.closeWith(tRBrack, br)
	if p.peek().kind != tRParen {
		tb.Cols = p.colList(tb, tRParen)
	}
	p.closeWith(tRParen, open)
	if tb.Cols == nil {
		delete(p.holes, tb) // ([a:1;b:]) is a projection (q 4.1)
	}
	return tb
}

// colList parses the `;`-separated columns of a table literal up to the
// closer. A column with nothing after its colon (`a:`) is a hole, whose X
// is `::` at the colon: the table is then valid only as a pattern
// (`([a:;b:c]):d`, where `::` is the null pattern), or a dictionary
// literal, which it makes a projection (`([a:1;b:])`); otherwise it is
// recorded in p.holes until it becomes a pattern.
func (p *parser) colList(tb *Table, closer tokKind) []Col {
	var cs []Col
	for {
		t, c, after := p.peek(), p.peekAt(1), p.peekAt(2).kind
		if t.kind == tName && c.kind == tOp && c.text == ":" && (after == tSemi || after == closer) {
			p.next()
			p.next()
			cs = append(cs, Col{Name: t.text, X: &Op{P: c.pos, Name: "::"}, Hole: true})
			if _, ok := p.holes[tb]; !ok {
				if p.holes == nil {
					p.holes = map[*Table]int{}
				}
				p.holes[tb] = c.pos
			}
		} else if x := p.expr(0); x != nil {
			if a, ok := x.(*Assign); ok && a.Global {
				p.fail(a.P, "parse") // ([]a::e) is no column (q 4.1)
			}
			cs = append(cs, toCol(x))
		}
		if p.peek().kind != tSemi {
			return cs
		}
		p.next()
	}
}

// checkHoles fails on a table literal with a hole that did not become a
// pattern.
func (p *parser) checkHoles() {
	pos := -1
	for _, at := range p.holes {
		if pos < 0 || at < pos {
			pos = at
		}
	}
	if pos >= 0 {
		p.fail(pos, "parse")
	}
}

// cols makes columns of the non-empty expressions of a list.
func cols(xs []Node) []Col {
	var cs []Col
	for _, x := range xs {
		if x != nil {
			cs = append(cs, toCol(x))
		}
	}
	return cs
}

// query parses a qSQL template after its keyword t:
//
//	select [[n;order]] [distinct] [cols] [by cols] from t [where c, ...]
//	exec [distinct] [cols] [by cols] from t [where c, ...]
//	update cols [by cols] from t [where c, ...]
//	delete [names] from t [where c, ...]
//
// Phrases are split at the commas outside brackets; by, from and where
// are keywords only here. The template takes the rest of the expression.
func (p *parser) query(t *token) Node {
	q := &Query{P: t.pos, Kind: t.text}
	if q.Kind == "select" && p.peek().kind == tLBrack {
		prev := p.sortSpec
		p.sortSpec = true // select[n;>c]: < and > prefix name the order
		q.Limit = p.args()
		p.sortSpec = prev
	}
	if (q.Kind == "select" || q.Kind == "exec") && isWord(p.peek(), "distinct") {
		p.next()
		q.Distinct = true
	}
	if !isWord(p.peek(), "by") && !isWord(p.peek(), "from") {
		q.Cols = cols(p.phrase(stopComma | stopBy | stopFrom))
	}
	if isWord(p.peek(), "by") && q.Kind != "delete" {
		p.next()
		q.HasBy = true
		if !isWord(p.peek(), "from") {
			q.By = cols(p.phrase(stopComma | stopFrom))
		}
	}
	if !isWord(p.peek(), "from") {
		p.fail(p.peek().pos, "from")
	}
	p.next()
	if q.From = p.expr(stopWhere); q.From == nil {
		p.fail(p.peek().pos, "from")
	}
	if isWord(p.peek(), "where") {
		p.next()
		q.Where = p.phrase(stopComma)
	}
	if q.Kind == "delete" {
		for _, c := range q.Cols {
			if _, ok := c.X.(*Ident); !ok || c.Name == "" {
				p.fail(c.X.Pos(), "parse")
			}
		}
	}
	return q
}

// phrase parses the comma-separated subphrases of a qSQL phrase.
func (p *parser) phrase(st stops) []Node {
	var xs []Node
	for {
		x := p.expr(st)
		if x == nil {
			p.fail(p.peek().pos, "parse")
		}
		xs = append(xs, x)
		if t := p.peek(); t.kind != tOp || t.text != "," {
			return xs
		}
		p.next()
	}
}
