// This file defines 0: (File Text, docs/ref/file-text.md): prepare text
// from a table, save lines to a file, load delimited and fixed-width
// text, and parse key-value pairs.

package files

import (
	"strings"

	"qgo/interp/format"
	"qgo/interp/k"
	"qgo/interp/prim"
)

// Text is x 0: y (docs/ref/file-text.md): a char x prepares the table y
// as delimited text with o's formatting, a file symbol x saves the strings
// y as lines, a string x parses key-value pairs, a list x loads delimited
// or fixed-width text. check is the session's interrupt check, called
// while a named pipe read from waits (Open).
func Text(x, y k.Value, o format.Options, check func()) k.Value {
	switch a := x.(type) {
	case k.Atom[uint8]:
		if a.T == -k.KC {
			return strList(Prepare(a.V, y, o))
		}
	case k.Atom[string]:
		if p, ok := Path(x); ok {
			WriteLines(p, stringsOf(y))
			return x
		}
	case *k.Vec[uint8]:
		if a.T == k.KC {
			return keyValues(string(a.V), textArg(y, check))
		}
	case *k.List:
		return loadText(a, y, check)
	}
	k.Signal(k.ErrNyi)
	return nil
}

// strList makes a general list of strings.
func strList(ss []string) k.Value {
	n := 0
	for _, s := range ss {
		n += len(s) + 48 // its text and a vector's header
	}
	k.Reserve(n, 1)
	out := make([]k.Value, len(ss))
	for i, s := range ss {
		out[i] = k.Str(s)
	}
	return k.NewList(out...)
}

// stringsOf reads a list of strings (or one string) as Go strings.
func stringsOf(y k.Value) []string {
	switch v := y.(type) {
	case *k.Vec[uint8]:
		if v.T == k.KC {
			return []string{string(v.V)}
		}
	case *k.List:
		out := make([]string, len(v.V))
		for i, it := range v.V {
			s, ok := it.(*k.Vec[uint8])
			if c, isChar := it.(k.Atom[uint8]); isChar && c.T == -k.KC {
				out[i] = string([]byte{c.V})
				continue
			}
			if !ok || s.T != k.KC {
				k.Signal(k.ErrType)
			}
			out[i] = string(s.V)
		}
		return out
	}
	if y.Len() == 0 && k.IsList(y) {
		return nil
	}
	k.Signal(k.ErrType)
	return nil
}

// WriteLines writes each string and a newline to the file at p.
func WriteLines(p string, ss []string) {
	var b strings.Builder
	for _, s := range ss {
		b.WriteString(s)
		b.WriteByte('\n')
	}
	WriteBytes(p, []byte(b.String()))
}

// Prepare is `delim 0: t`: a header of column names, then a line per
// row, cells separated by delim. A list of columns gives no header. A cell
// holding the delimiter or a newline is quoted, with quotes doubled.
func Prepare(delim byte, y k.Value, o format.Options) []string {
	var names []string
	var cols []k.Value
	switch v := y.(type) {
	case *k.Table:
		names, cols = v.Cols.V, v.Data
	case *k.Dict:
		kt, ok1 := v.K.(*k.Table)
		vt, ok2 := v.V.(*k.Table)
		if !ok1 || !ok2 {
			k.Signal(k.ErrType)
		}
		names = append(append([]string(nil), kt.Cols.V...), vt.Cols.V...)
		cols = append(append([]k.Value(nil), kt.Data...), vt.Data...)
	case *k.List:
		cols = v.V
	default:
		k.Signal(k.ErrType)
	}
	n := -1
	cells := make([][]string, len(cols))
	for i, c := range cols {
		k.Reserve(c.Len(), 16) // a string a cell
		cells[i] = columnText(o, c)
		if n >= 0 && len(cells[i]) != n {
			k.Signal(k.ErrLength)
		}
		n = len(cells[i])
	}
	d := string([]byte{delim})
	var out []string
	if names != nil {
		q := make([]string, len(names))
		for i, s := range names {
			q[i] = quoteCell(s, delim)
		}
		out = append(out, strings.Join(q, d))
	}
	for r := 0; r < n; r++ {
		k.Poll() // 'wsfull for a text too large, made of rows too small to check
		row := make([]string, len(cols))
		for i := range cols {
			row[i] = quoteCell(cells[i][r], delim)
		}
		out = append(out, strings.Join(row, d))
	}
	return out
}

// columnText is the text of each cell of a column, which must be a
// vector or a list of strings.
func columnText(o format.Options, c k.Value) []string {
	if l, ok := c.(*k.List); ok {
		total := 0 // the strings' bytes, copied: asked for before, as a whole
		for _, it := range l.V {
			s, ok := it.(*k.Vec[uint8])
			if !ok || s.T != k.KC {
				k.Signal(k.ErrType)
			}
			total += len(s.V)
		}
		k.Reserve(total, 1)
		out := make([]string, len(l.V))
		for i, it := range l.V {
			out[i] = string(it.(*k.Vec[uint8]).V)
		}
		return out
	}
	if !k.IsList(c) {
		k.Signal(k.ErrType)
	}
	out := make([]string, c.Len())
	for i := range out {
		out[i] = cellText(o, k.At(c, i))
	}
	return out
}

// cellText is the text of an atom in a text file: what `string` gives,
// with temporals written as ISO 8601 dates (2022-03-14, not 2022.03.14).
func cellText(o format.Options, a k.Value) string {
	switch a.Type() {
	case -k.KS:
		return a.(k.Atom[string]).V
	case -k.KC:
		return string([]byte{a.(k.Atom[uint8]).V})
	}
	s := format.String(a, o)
	switch a.Type() {
	case -k.KD, -k.KM, -k.KP, -k.KZ:
		if len(s) >= 7 && s[4] == '.' {
			end := min(10, len(s))
			s = strings.ReplaceAll(s[:end], ".", "-") + s[end:]
		}
	}
	return s
}

// quoteCell quotes a cell that holds the delimiter or a line break.
func quoteCell(s string, delim byte) string {
	if strings.IndexByte(s, delim) < 0 && !strings.ContainsAny(s, "\n\r") {
		return s
	}
	return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
}

// XML is the text `save` writes for a .xml file.
func XML(y k.Value, o format.Options) []string {
	t, ok := y.(*k.Table)
	if !ok {
		k.Signal(k.ErrType)
	}
	cells := make([][]string, len(t.Data))
	for i, c := range t.Data {
		cells[i] = columnText(o, c)
	}
	out := []string{"<R>"}
	for r := 0; r < t.Len(); r++ {
		var b strings.Builder
		b.WriteString("<r>")
		for i, name := range t.Cols.V {
			b.WriteString("<" + name + ">" + xmlEscape(cells[i][r]) + "</" + name + ">")
		}
		b.WriteString("</r>")
		out = append(out, b.String())
	}
	return append(out, "</R>")
}

func xmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}

// textArg is the text a 0: right argument holds: a string, a list of
// strings (lines), a file symbol or (file;offset;length). The file symbol
// may lack its colon (docs/ref/file-text.md loads `data.csv).
func textArg(y k.Value, check func()) string {
	switch v := y.(type) {
	case *k.Vec[uint8]:
		if v.T == k.KC {
			return string(v.V)
		}
	case k.Atom[string]:
		return string(ReadPart(Hsym(y), check))
	case *k.List:
		if len(v.V) > 0 {
			if _, ok := v.V[0].(k.Atom[string]); ok {
				return string(ReadPart(y, check))
			}
		}
		return strings.Join(stringsOf(y), "\n")
	}
	k.Signal(k.ErrType)
	return ""
}

// loadText is (types;delim[;flag]) 0: y and (types;widths) 0: y.
func loadText(x *k.List, y k.Value, check func()) k.Value {
	if len(x.V) < 2 || len(x.V) > 3 {
		k.Signal(k.ErrLength)
	}
	types, ok := x.V[0].(*k.Vec[uint8])
	if !ok || types.T != k.KC {
		if c, isChar := x.V[0].(k.Atom[uint8]); isChar && c.T == -k.KC {
			types = k.Str(string([]byte{c.V}))
		} else {
			k.Signal(k.ErrType)
		}
	}
	if widths, ok := intsOf(x.V[1]); ok {
		return loadFixed(string(types.V), widths, y, check)
	}
	multiline := false
	if len(x.V) == 3 {
		f, ok := Int(x.V[2])
		if !ok {
			k.Signal(k.ErrType)
		}
		multiline = f != 0
	}
	var delim byte
	header := false
	switch d := x.V[1].(type) {
	case k.Atom[uint8]:
		delim = d.V
	case *k.Vec[uint8]:
		if d.T != k.KC || len(d.V) != 1 {
			k.Signal(k.ErrType)
		}
		delim, header = d.V[0], true
	default:
		k.Signal(k.ErrType)
	}
	// a string without line breaks is one record, and gives atoms
	single := false
	if s, ok := y.(*k.Vec[uint8]); ok && s.T == k.KC && !header {
		single = !strings.ContainsRune(string(s.V), '\n')
	}
	records := splitRecords(textArg(y, check), multiline)
	fields := make([][]string, len(records))
	for i, r := range records {
		fields[i] = splitRaw(r, delim)
	}
	var names []string
	if header && len(fields) > 0 {
		names, fields = fields[0], fields[1:]
		for i, n := range names {
			names[i] = unquote(n)
		}
	}
	cols, keep := parseColumns(string(types.V), fields)
	if single {
		items := make([]k.Value, len(cols))
		for i, c := range cols {
			if c.Len() == 0 {
				items[i] = k.Null(c.Type())
			} else {
				items[i] = k.At(c, 0)
			}
		}
		return k.NewList(items...)
	}
	if header {
		ns := make([]string, len(keep))
		for i, j := range keep {
			if j < len(names) {
				ns[i] = strings.TrimSpace(names[j])
			}
		}
		return &k.Table{Cols: k.Syms(ns...), Data: cols}
	}
	return k.NewList(cols...)
}

// intsOf reads an integer vector (or atom) as Go ints.
func intsOf(x k.Value) ([]int, bool) {
	switch v := x.(type) {
	case *k.Vec[int64]:
		out := make([]int, len(v.V))
		for i, n := range v.V {
			out[i] = int(n)
		}
		return out, v.T == k.KJ
	case *k.Vec[int32]:
		out := make([]int, len(v.V))
		for i, n := range v.V {
			out[i] = int(n)
		}
		return out, v.T == k.KI
	case *k.Vec[int16]:
		out := make([]int, len(v.V))
		for i, n := range v.V {
			out[i] = int(n)
		}
		return out, true
	}
	if n, ok := Int(x); ok {
		return []int{int(n)}, true
	}
	return nil, false
}

// splitRecords splits text into lines, dropping a final empty line and
// carriage returns; with multiline, a newline inside quotes does not end
// a record.
func splitRecords(s string, multiline bool) []string {
	s = strings.TrimSuffix(s, "\n")
	if s == "" {
		return nil
	}
	var out []string
	if !multiline {
		out = strings.Split(s, "\n")
	} else {
		start, quoted := 0, false
		for i := 0; i < len(s); i++ {
			switch s[i] {
			case '"':
				quoted = !quoted
			case '\n':
				if !quoted {
					out = append(out, s[start:i])
					start = i + 1
				}
			}
		}
		out = append(out, s[start:])
	}
	for i, l := range out {
		out[i] = strings.TrimSuffix(l, "\r")
	}
	return out
}

// splitFields splits a record at delim. A field that starts with a
// double quote is quoted: its quotes open and close stretches that may hold
// the delimiter, "" inside one is a quote, and the quotes themselves are
// dropped ("a"b reads as ab, """x;"*""" as "x;*"). Any other field is the
// text up to the next delimiter, quotes and all (system "sleep 1").
func splitFields(r string, delim byte) []string {
	out := splitRaw(r, delim)
	for i, f := range out {
		out[i] = unquote(f)
	}
	return out
}

// splitRaw splits a record at delim as splitFields does, each field kept
// as written, quotes and all.
func splitRaw(r string, delim byte) []string {
	var out []string
	for i := 0; ; {
		if i < len(r) && r[i] == '"' {
			start, quoted := i, false
			for ; i < len(r) && (quoted || r[i] != delim); i++ {
				if r[i] == '"' {
					quoted = !quoted
				}
			}
			out = append(out, r[start:i])
			if i >= len(r) {
				return out
			}
			i++ // the delimiter
			continue
		}
		j := strings.IndexByte(r[i:], delim)
		if j < 0 {
			return append(out, r[i:])
		}
		out = append(out, r[i:i+j])
		i += j + 1
	}
}

// unquote is the text of a field as written: a field that starts with a
// quote loses its quotes, "" inside a quoted stretch being one quote.
func unquote(f string) string {
	if f == "" || f[0] != '"' {
		return f
	}
	var b strings.Builder
	quoted := false
	for i := 0; i < len(f); i++ {
		switch c := f[i]; {
		case c == '"' && quoted && i+1 < len(f) && f[i+1] == '"':
			b.WriteByte('"')
			i++
		case c == '"':
			quoted = !quoted
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// symbolText is the text of a field read as a symbol: a quoted field
// loses only its enclosing quotes, a "" inside stays two quotes, as q
// reads """a,b,c""" with type "S" as the symbol ""a,b,c"" (where type "*"
// gives the string "a,b,c" in quotes).
func symbolText(f string) string {
	if f == "" || f[0] != '"' {
		return f
	}
	f = f[1:]
	if strings.HasSuffix(f, `"`) {
		f = f[:len(f)-1]
	}
	return f
}

// parseColumns turns fields (by record, then by position) into typed
// columns, one per type letter that is not a blank; keep gives the field
// position of each column.
func parseColumns(types string, fields [][]string) (cols []k.Value, keep []int) {
	for j := 0; j < len(types); j++ {
		c := types[j]
		if c == ' ' {
			continue
		}
		keep = append(keep, j)
		items := make([]k.Value, len(fields))
		for i, rec := range fields {
			f := ""
			if j < len(rec) {
				f = rec[j]
			}
			items[i] = parseField(c, f)
		}
		if len(items) == 0 {
			cols = append(cols, emptyColumn(c))
			continue
		}
		cols = append(cols, k.Unify(items))
	}
	return cols, keep
}

// parseField parses one field, as written, as type letter c ("*" keeps
// the text).
func parseField(c byte, f string) k.Value {
	if c == 'S' || c == 's' {
		return prim.TokString(k.KS, symbolText(f))
	}
	f = unquote(f)
	if c == '*' {
		return k.Str(f)
	}
	t := textType(c)
	return prim.TokString(t, f)
}

// textType is the type of an upper-case 0: type letter.
func textType(c byte) k.Type {
	i := strings.IndexByte("BGXHIJEFCSPMDZNUVT", c&^0x20)
	if i < 0 {
		k.Signal(k.ErrType)
	}
	return []k.Type{k.KB, k.KG, k.KX, k.KH, k.KI, k.KJ, k.KE, k.KF, k.KC, k.KS, k.KP, k.KM, k.KD, k.KZ, k.KN, k.KU, k.KV, k.KT}[i]
}

// emptyColumn is the empty column of type letter c.
func emptyColumn(c byte) k.Value {
	if c == '*' {
		return k.NewList()
	}
	return k.Empty(textType(c))
}

// loadFixed is (types;widths) 0: y: records cut into fields of the given
// widths. Records end in a newline, or all run together.
func loadFixed(types string, widths []int, y k.Value, check func()) k.Value {
	if len(widths) != len(types) {
		k.Signal(k.ErrLength)
	}
	size := 0
	for _, w := range widths {
		if w < 0 {
			k.Signal(k.ErrDomain)
		}
		size += w
	}
	text := textArg(y, check)
	var records []string
	if strings.Contains(text, "\n") {
		records = splitRecords(text, false)
	} else if size > 0 {
		for i := 0; i+size <= len(text); i += size {
			records = append(records, text[i:i+size])
		}
	}
	fields := make([][]string, len(records))
	for i, r := range records {
		pos := 0
		for _, w := range widths {
			end := min(pos+w, len(r))
			fields[i] = append(fields[i], r[min(pos, len(r)):end])
			pos += w
		}
	}
	cols, _ := parseColumns(types, fields)
	return k.NewList(cols...)
}

// keyValues is x 0: string for a 3- or 4-char x: key type, field
// separator, optional *, record separator. It gives (keys;values).
func keyValues(spec, s string) k.Value {
	if len(spec) != 3 && len(spec) != 4 {
		k.Signal(k.ErrLength)
	}
	quoted := len(spec) == 4
	if quoted && spec[2] != '*' {
		k.Signal(k.ErrDomain)
	}
	kt, fsep, rsep := spec[0], spec[1], spec[len(spec)-1]
	var keys, vals []k.Value
	for _, rec := range splitQuoted(s, rsep, quoted) {
		if rec == "" {
			continue
		}
		i := strings.IndexByte(rec, fsep)
		if i < 0 {
			continue
		}
		key, val := rec[:i], rec[i+1:]
		if quoted && len(val) >= 2 && val[0] == '"' && val[len(val)-1] == '"' {
			val = val[1 : len(val)-1]
		}
		switch kt {
		case 'S':
			keys = append(keys, k.S(key))
		case 'I':
			keys = append(keys, prim.TokString(k.KI, key))
		case 'J':
			keys = append(keys, prim.TokString(k.KJ, key))
		default:
			k.Signal(k.ErrType)
		}
		vals = append(vals, k.Str(val))
	}
	var kv k.Value
	if len(keys) == 0 {
		kv = k.Empty(map[byte]k.Type{'S': k.KS, 'I': k.KI, 'J': k.KJ}[kt])
	} else {
		kv = k.Unify(keys)
	}
	return k.NewList(kv, k.NewList(vals...))
}

// splitQuoted splits s at sep, except inside double quotes when quoted.
func splitQuoted(s string, sep byte, quoted bool) []string {
	if !quoted {
		return strings.Split(s, string([]byte{sep}))
	}
	var out []string
	start, in := 0, false
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '"':
			in = !in
		case s[i] == sep && !in:
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}
