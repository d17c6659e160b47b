// This file renders tables, dictionaries, keyed tables and matrices (lists
// of equal-length lists) at the console, as columns of aligned cells.

package format

import (
	"strings"

	"qgo/interp/k"
)

// tablePage renders a table: a header of column names, a line of dashes as
// wide as the table, then a row per record. Cells are left-justified and
// one space apart, numbers included; every column is padded to its width,
// the last one too (docs/ref/doth.md, .h.jx shows "a    b   c  ").
func tablePage(t *k.Table, o Options) page {
	if t.Cols.Len() == 0 {
		return page{}
	}
	rows, more := rowsShown(t.Len(), 2, o)
	return page{lines: tableLines(t, rows, o), more: more}
}

// tableLines renders the header, the dashes and the first rows of t.
func tableLines(t *k.Table, rows int, o Options) []string {
	lines := make([][]byte, rows+2)
	limit := o.lineLimit()
	cells := make([]string, rows)
	for j, name := range t.Cols.V {
		col := column{t.Data[j], o}
		w := len(name)
		if m := matrixColumn(t.Data[j], rows, o); m != nil {
			copy(cells, m)
		} else {
			for i := range cells {
				cells[i] = col.cell(i)
			}
		}
		for i := range cells {
			w = max(w, len(cells[i]))
		}
		if j > 0 {
			lines[0] = append(lines[0], ' ')
			for i := range cells {
				lines[i+2] = append(lines[i+2], ' ')
			}
		}
		lines[0] = appendPadded(lines[0], name, w)
		for i, c := range cells {
			lines[i+2] = appendPadded(lines[i+2], c, w)
		}
		if limit > 0 && len(lines[0]) > limit {
			break
		}
	}
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = string(l)
	}
	out[1] = strings.Repeat("-", len(lines[0]))
	return out
}

// matrixColumn renders the first rows cells of a column whose items are
// lists of one count (two or more items each) as a matrix, its items'
// items aligned across the rows, as the console shows such a list on its
// own: a column of float pairs shows "78.2 77.2" over "80   80" (the
// grades table of docs/learn/python/examples/dict.md). It returns nil for
// any other column.
func matrixColumn(v k.Value, rows int, o Options) []string {
	l, ok := v.(*k.List)
	if !ok || rows == 0 || !isMatrix(l.V) || l.V[0].Len() < 2 {
		return nil
	}
	return matrixLines(l.V[:rows], o)
}

// dictPage renders a dictionary as keys, "| " and values, a line per key:
//
//	a| 1
//	b| 2
//
// Keys are padded to one width. Values in a typed vector show bare, as in a
// table column but not padded; values in a general list show as the console would show
// that list, so equal-length lists align as a matrix
// (docs/basics/dictsandtables.md: name| jack       jill       john). When
// the keys or the values are a table, the dictionary prints as a keyed
// table: the table's header and dashes, with blank headers for a side that
// is not a table (docs/basics/funsql.md: " | c2" over "-| --------").
func dictPage(d *k.Dict, o Options) page {
	if !isColumnar(d.K) || !isColumnar(d.V) || d.K.Len() != d.V.Len() {
		// not a proper dictionary, such as the flip of a splayed table:
		// (,`a)!`t prints as such (docs/ref/dotq.md)
		return page{lines: []string{reprCapped(d, o, o.capLen())}}
	}
	kt, keyTable := d.K.(*k.Table)
	vt, valTable := d.V.(*k.Table)
	extra := 0
	if keyTable || valTable {
		extra = 2
	}
	rows, more := rowsShown(d.K.Len(), extra, o)
	var left, right []string
	if keyTable {
		left = tableLines(kt, rows, o)
	} else {
		left = sideLines(keyLines(d.K, rows, o), extra > 0, true)
	}
	if valTable {
		right = tableLines(vt, rows, o)
	} else {
		right = sideLines(valueLines(d.V, rows, o), extra > 0, extra > 0)
	}
	p := page{more: more, lines: make([]string, min(len(left), len(right)))}
	for i := range p.lines {
		p.lines[i] = left[i] + "| " + right[i]
	}
	return p
}

// isColumnar reports whether v can be a side of a displayed dictionary.
func isColumnar(v k.Value) bool { return k.IsList(v) || v.Type() == k.XT }

// keyLines renders the first rows keys, one a line.
func keyLines(keys k.Value, rows int, o Options) []string {
	c := column{keys, o}
	out := make([]string, rows)
	for i := range out {
		out[i] = c.cell(i)
	}
	return out
}

// valueLines renders the first rows values, one a line. Values in a typed
// vector are not padded: q prints "c1| 10" over "c2| 2" with no blank after
// the 2.
func valueLines(vals k.Value, rows int, o Options) []string {
	if l, ok := vals.(*k.List); ok {
		if isMatrix(l.V) && (l.V[0].Len() != 1 || l.V[0].Type() > 0) {
			// one-item rows show as such: p| ,"5000" (docs/ref/dotq.md)
			return matrixLines(l.V[:rows], o)
		}
		out := make([]string, rows)
		for i, x := range l.V[:rows] {
			out[i] = reprCapped(x, o, o.capLen())
		}
		return out
	}
	c := column{vals, o}
	out := make([]string, rows)
	for i := range out {
		out[i] = c.cell(i)
	}
	return out
}

// sideLines pads the lines of a side of a dictionary to one width when pad
// is set and, for a keyed-table display, puts a blank header and dashes
// above them.
func sideLines(lines []string, header, pad bool) []string {
	w := 0
	for _, l := range lines {
		w = max(w, len(l))
	}
	if pad {
		for i, l := range lines {
			lines[i] = string(appendPadded(nil, l, w))
		}
	}
	if !header {
		return lines
	}
	return append([]string{strings.Repeat(" ", w), strings.Repeat("-", w)}, lines...)
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
	case *k.Enum:
		return enumCell(x, i, c.o)
	case *k.Table:
		// a table as a column (an aggregate that leaves a dictionary per
		// group): each cell is its row
		return cellRepr(tableRow(x, i), c.o, c.o.capLen())
	}
	return numItem(c.v, i, c.o).cellText(c.v.Type())
}

// tableRow is row i of table t as a dictionary, a nested table's row
// nested.
func tableRow(t *k.Table, i int) k.Value {
	row := make([]k.Value, len(t.Data))
	for j, c := range t.Data {
		if n, ok := c.(*k.Table); ok {
			row[j] = tableRow(n, i)
		} else {
			row[j] = k.At(c, i)
		}
	}
	return &k.Dict{K: t.Cols, V: k.Unify(row)}
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
