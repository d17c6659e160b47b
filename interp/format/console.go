// This file renders values as the q console prints them: general lists one
// item a line, lists of equal-length lists as aligned columns, and the
// truncation of long output to the console size.

package format

import (
	"strings"

	"qgo/interp/k"
)

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

// column is a list seen as a column of cells: a typed vector gives each
// item bare, as `string` would, and a general list each item's one-line
// form (see cellRepr).
type column struct {
	v k.Value
	o Options
}

func (c column) cell(i int) string {
	switch x := c.v.(type) {
	case *k.List:
		return cellRepr(x.V[i], c.o, c.o.capLen())
	case *k.Vec[bool]:
		return string('0' + boolByte(x.V[i]))
	case *k.Vec[uint8]:
		if x.T == k.KX {
			return hexByte(x.V[i])
		}
		return string([]byte{x.V[i]})
	case *k.Vec[string]:
		return x.V[i]
	case *k.Vec[k.GUID]:
		return guid(x.V[i])
	}
	return numItem(c.v, i, c.o).cellText(c.v.Type())
}

// matrixLines renders lists of one count as rows of aligned, left-justified
// cells, one space apart. Columns past the console width are not rendered.
func matrixLines(rows []k.Value, o Options) []string {
	if len(rows) == 0 {
		return nil
	}
	m := rows[0].Len()
	lines := make([][]byte, len(rows))
	cols := make([]column, len(rows))
	for i, r := range rows {
		cols[i] = column{r, o}
	}
	cells := make([]string, len(rows))
	limit := o.lineLimit()
	for j := 0; j < m; j++ {
		w := 0
		for i, c := range cols {
			cells[i] = c.cell(j)
			w = max(w, len(cells[i]))
		}
		for i := range lines {
			if j > 0 {
				lines[i] = append(lines[i], ' ')
			}
			lines[i] = appendPadded(lines[i], cells[i], w)
		}
		if limit > 0 && len(lines[0]) > limit {
			break
		}
	}
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = string(l)
	}
	return out
}

// appendPadded appends s left-justified in a field of width w.
func appendPadded(b []byte, s string, w int) []byte {
	b = append(b, s...)
	for range w - len(s) {
		b = append(b, ' ')
	}
	return b
}
