// This file defines the console settings and renders values as the q
// console prints them: general lists one item a line, and the truncation of
// long output to the console size.

package format

import (
	"strings"

	"qgo/interp/k"
)

// Options are the console settings: \c rows cols (default 25 80) and \P
// precision (default 7; 0 means 17 significant digits as q does).
//
// Rows and Cols of 0 or less mean no limit; Console then never truncates.
type Options struct{ Rows, Cols, Prec int }

// Default returns q's settings for a console that is not a terminal:
// \c 25 80 and \P 7.
func Default() Options { return Options{Rows: 25, Cols: 80, Prec: 7} }

// digits is the number of significant digits floats are printed with.
func (o Options) digits() int {
	switch {
	case o.Prec <= 0:
		return 17
	case o.Prec > 17:
		return 17
	}
	return o.Prec
}

// maxLines is how many lines Console may print before it cuts the output
// and ends it with "..": q keeps two lines of the console for the prompt.
// It returns 0 when there is no limit.
func (o Options) maxLines() int {
	if o.Rows <= 0 {
		return 0
	}
	if o.Rows < 4 {
		return 2
	}
	return o.Rows - 2
}

// lineLimit is how long a console line may be before q cuts it and ends it
// with "..": a line must leave the last column of the console free.
// It returns 0 when there is no limit.
func (o Options) lineLimit() int {
	if o.Cols <= 0 {
		return 0
	}
	if o.Cols < 4 {
		return 3
	}
	return o.Cols - 1
}

// Console returns the text q's console prints for v (lines joined with "\n",
// no final newline). Nothing special for ::, the caller decides whether to
// print. A value q prints as no lines at all, the empty general list or an
// empty dictionary, gives "".
//
// Output longer than the console is cut as q cuts it: with o.Rows r, more
// than r-2 lines become the first r-3 and a line "..", and with o.Cols c, a
// line of c characters or more becomes its first c-3 and ".."
// (docs/basics/syscmds.md, \c).
func Console(v k.Value, o Options) string {
	p := consolePage(v, o)
	return strings.Join(fit(p, o), "\n")
}

// page is the start of a display: its first lines, and whether more lines
// would follow them.
type page struct {
	lines []string
	more  bool
}

// capLen is how long a rendered line need be at most: one more byte than
// the console shows, so that fit knows to cut. 0 means all.
func (o Options) capLen() int { return o.lineLimit() }

func consolePage(v k.Value, o Options) page {
	switch x := v.(type) {
	case *k.List:
		return listPage(x, o)
	case *k.Dict:
		return dictPage(x, o)
	case *k.Table:
		return tablePage(x, o)
	}
	return page{lines: []string{reprCapped(v, o, o.capLen())}}
}

// fit cuts a page to the console size.
func fit(p page, o Options) []string {
	var lines []string
	for _, l := range p.lines {
		if strings.IndexByte(l, '\n') >= 0 {
			lines = append(lines, strings.Split(l, "\n")...)
		} else {
			lines = append(lines, l)
		}
	}
	if m := o.maxLines(); m > 0 && (p.more || len(lines) > m) {
		keep := min(len(lines), m-1)
		lines = append(lines[:keep:keep], "..")
	}
	if c := o.lineLimit(); c > 0 {
		for i, l := range lines {
			if len(l) > c {
				lines[i] = l[:c-2] + ".."
			}
		}
	}
	return lines
}

// rowsShown is how many of n items a display shows, of which extra lines
// go to headers, and whether it must cut the rest. Only the rows shown are
// rendered, and only they decide the widths of columns.
func rowsShown(n, extra int, o Options) (int, bool) {
	m := o.maxLines()
	if m <= 0 || n+extra <= m {
		return n, false
	}
	return max(m-1-extra, 0), true
}

// listPage renders a general list: one item a line in its one-line form
// ((1;`a;"abc") prints 1, `a and "abc"), or, when the items are lists of one
// count, a matrix with aligned columns (docs/ref/inv.md, docs/ref/lsq.md,
// docs/basics/atomic.md).
func listPage(l *k.List, o Options) page {
	n := len(l.V)
	if n == 0 {
		// "the general empty list, which (annoyingly) has no console
		// display" (Q for Mortals §3.3.1); -3! shows it as ()
		return page{}
	}
	rows, more := rowsShown(n, 0, o)
	p := page{more: more}
	if isMatrix(l.V) {
		p.lines = matrixLines(l.V[:rows], o)
		return p
	}
	p.lines = make([]string, rows)
	for i, x := range l.V[:rows] {
		p.lines[i] = reprCapped(x, o, o.capLen())
	}
	return p
}

// isMatrix reports whether items print as a matrix: they are all lists of
// one count, unless they are all strings, all boolean vectors or all byte
// vectors, which print one a line ("abc" over "def"; 100b over 010b in
// docs/ref/inv.md; 0x0001 over 0x0405 in docs/ref/vs.md).
func isMatrix(items []k.Value) bool {
	if len(items) == 0 || !k.IsList(items[0]) {
		return false
	}
	t0, n0 := items[0].Type(), items[0].Len()
	same := true
	for _, x := range items {
		if !k.IsList(x) || x.Len() != n0 {
			return false
		}
		same = same && x.Type() == t0
	}
	return !(same && (t0 == k.KB || t0 == k.KX || t0 == k.KC))
}
