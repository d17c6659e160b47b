// This file defines the .j namespace: .j.j and .j.jd write q values as
// JSON text, .j.k reads JSON text into q values, with q's formatting.

package interp

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"qgo/interp/format"
	"qgo/interp/k"
)

// dotjVerbs registers this file's verbs (verbtab.go calls it).
func dotjVerbs(t *verbTable) {
	t.native1(".j.j", func(in *Interp, x k.Value) k.Value {
		w := jsonWriter{in: in}
		w.value(x)
		return k.Str(string(w.b))
	})
	t.native1(".j.jd", (*Interp).jsonD)
	t.native1(".j.k", func(in *Interp, x k.Value) k.Value { return parseJSON(jsonText(x)) })
}

// jsonD is .j.jd (x;d): .j.j x, where d`null0w set writes the float
// infinities as null.
func (in *Interp) jsonD(x k.Value) k.Value {
	l := k.Items(x)
	if !k.IsList(x) || len(l) != 2 {
		k.Signal("rank")
	}
	w := jsonWriter{in: in}
	if d, ok := l[1].(*k.Dict); ok {
		if keys, ok := d.K.(*k.Vec[string]); ok {
			for i, s := range keys.V {
				if s == "null0w" {
					w.null0w = truth(k.At(d.V, i))
				}
			}
		}
	} else if !k.IsList(l[1]) || l[1].Len() != 0 {
		k.Signal("type")
	}
	w.value(l[0])
	return k.Str(string(w.b))
}

// jsonWriter accumulates JSON text.
type jsonWriter struct {
	in     *Interp
	b      []byte
	null0w bool // write float infinities as null (.j.jd)
}

// value writes any q value: a dictionary as an object, a table as an array
// of objects, any other list as an array.
func (w *jsonWriter) value(x k.Value) {
	switch v := x.(type) {
	case *k.Vec[uint8]:
		if v.T == k.KC {
			w.str(v.V)
			return
		}
	case *k.Dict:
		w.object(v)
		return
	case *k.Table:
		w.b = append(w.b, '[')
		for i := 0; i < v.Len(); i++ {
			if i > 0 {
				w.b = append(w.b, ',')
			}
			w.object(&k.Dict{K: v.Cols, V: rowOf(v, i)})
		}
		w.b = append(w.b, ']')
		return
	}
	switch {
	case k.IsIdentity(x):
		w.b = append(w.b, "null"...)
	case k.IsList(x):
		k.Nest()
		defer k.Unnest()
		w.b = append(w.b, '[')
		for i, it := range k.Items(x) {
			if i > 0 {
				w.b = append(w.b, ',')
			}
			w.value(it)
		}
		w.b = append(w.b, ']')
	case x.Type() < 0:
		w.atom(x)
	default:
		k.Signal("type")
	}
}

// rowOf is row i of a table as a list of its cells.
func rowOf(t *k.Table, i int) k.Value {
	cells := make([]k.Value, len(t.Data))
	for j, c := range t.Data {
		cells[j] = k.At(c, i)
	}
	return k.NewList(cells...)
}

// object writes a dictionary: each key as JSON, quoted if it is not a
// string already, then its value.
func (w *jsonWriter) object(d *k.Dict) {
	k.Nest()
	defer k.Unnest()
	keys, vals := k.Items(d.K), k.Items(d.V)
	if t, ok := d.K.(*k.Table); ok {
		keys = make([]k.Value, t.Len())
		for i := range keys {
			keys[i] = &k.Dict{K: t.Cols, V: rowOf(t, i)}
		}
	}
	if t, ok := d.V.(*k.Table); ok {
		vals = make([]k.Value, t.Len())
		for i := range vals {
			vals[i] = &k.Dict{K: t.Cols, V: rowOf(t, i)}
		}
	}
	w.b = append(w.b, '{')
	for i, key := range keys {
		if i > 0 {
			w.b = append(w.b, ',')
		}
		start := len(w.b)
		w.value(key)
		if w.b[start] != '"' {
			w.b = append(w.b[:start], append([]byte{'"'}, append(w.b[start:], '"')...)...)
		}
		w.b = append(w.b, ':')
		w.value(vals[i])
	}
	w.b = append(w.b, '}')
}

// atom writes an atom: booleans as true/false, numbers bare (null as
// null), symbols and chars as strings, temporal values as quoted text with
// the date in ISO form.
func (w *jsonWriter) atom(x k.Value) {
	o := w.in.opts
	switch t := -x.Type(); {
	case t == k.KB:
		if x.(k.Atom[bool]).V {
			w.b = append(w.b, "true"...)
		} else {
			w.b = append(w.b, "false"...)
		}
	case t == k.KC:
		w.str([]byte{x.(k.Atom[uint8]).V})
	case t == k.KS:
		w.str([]byte(x.(k.Atom[string]).V))
	case t == k.KE || t == k.KF:
		f := numFloat(x)
		switch {
		case math.IsNaN(f) || math.IsInf(f, 0) && w.null0w:
			w.b = append(w.b, "null"...)
		case math.IsInf(f, 1):
			w.b = append(w.b, "inf"...)
		case math.IsInf(f, -1):
			w.b = append(w.b, "-inf"...)
		default:
			w.b = append(w.b, format.String(x, o)...)
		}
	case t == k.KH || t == k.KI || t == k.KJ:
		if k.IsNull(x) {
			w.b = append(w.b, "null"...)
		} else {
			w.b = append(w.b, format.String(x, o)...)
		}
	case t == k.KG || t == k.KX || t >= k.KN && t <= k.KT:
		w.quoted(format.String(x, o))
	case t >= k.KP && t <= k.KZ:
		s := []byte(format.String(x, o))
		for i := 0; i < len(s) && i < 8; i++ {
			if s[i] == '.' {
				s[i] = '-'
			}
		}
		if t == k.KP && len(s) > 10 && s[10] == 'D' {
			s[10] = 'T'
		}
		w.quoted(string(s))
	default:
		k.Signal("type")
	}
}

func (w *jsonWriter) quoted(s string) {
	w.b = append(w.b, '"')
	w.b = append(w.b, s...)
	w.b = append(w.b, '"')
}

// str writes text as a JSON string, escaping quote, backslash and the
// control characters.
func (w *jsonWriter) str(s []byte) {
	w.b = append(w.b, '"')
	for _, c := range s {
		switch c {
		case '"', '\\':
			w.b = append(w.b, '\\', c)
		case '\n':
			w.b = append(w.b, '\\', 'n')
		case '\r':
			w.b = append(w.b, '\\', 'r')
		case '\t':
			w.b = append(w.b, '\\', 't')
		default:
			if c < 0x20 {
				w.b = append(w.b, `\u00`...)
				w.b = append(w.b, hexDigitsJ[c>>4], hexDigitsJ[c&15])
			} else {
				w.b = append(w.b, c)
			}
		}
	}
	w.b = append(w.b, '"')
}

const hexDigitsJ = "0123456789abcdef"

// jsonText is the text argument of .j.k: a string or a char.
func jsonText(x k.Value) string {
	switch v := x.(type) {
	case *k.Vec[uint8]:
		if v.T == k.KC {
			return string(v.V)
		}
	case k.Atom[uint8]:
		if v.T == -k.KC {
			return string([]byte{v.V})
		}
	}
	k.Signal("type")
	return ""
}

// parseJSON reads one JSON value: objects become dictionaries with symbol
// keys, arrays lists (a vector when the items are atoms of one type, a
// table when they are objects with the same keys), numbers floats, strings
// strings, true and false booleans, null 0n.
func parseJSON(s string) k.Value {
	p := &jsonParser{s: s}
	v := p.value()
	p.space()
	if p.i < len(p.s) {
		p.fail()
	}
	return v
}

type jsonParser struct {
	s string
	i int
}

// fail signals malformed JSON.
func (p *jsonParser) fail() { k.Signal("illegal char") }

func (p *jsonParser) space() {
	for p.i < len(p.s) && strings.IndexByte(" \t\n\r", p.s[p.i]) >= 0 {
		p.i++
	}
}

func (p *jsonParser) value() k.Value {
	p.space()
	if p.i >= len(p.s) {
		p.fail()
	}
	switch c := p.s[p.i]; {
	case c == '{':
		return p.object()
	case c == '[':
		return p.array()
	case c == '"':
		return k.Str(p.str())
	case strings.HasPrefix(p.s[p.i:], "true"):
		p.i += 4
		return k.B(true)
	case strings.HasPrefix(p.s[p.i:], "false"):
		p.i += 5
		return k.B(false)
	case strings.HasPrefix(p.s[p.i:], "null"):
		p.i += 4
		return k.F(k.NF)
	case c == '-' || c >= '0' && c <= '9':
		return p.number()
	}
	p.fail()
	return nil
}

func (p *jsonParser) number() k.Value {
	j := p.i
	for j < len(p.s) && strings.IndexByte("+-.eE0123456789", p.s[j]) >= 0 {
		j++
	}
	f, err := strconv.ParseFloat(p.s[p.i:j], 64)
	if err != nil && !strings.Contains(err.Error(), "range") {
		p.fail()
	}
	p.i = j
	return k.F(f)
}

// str reads a JSON string and its escapes (\uXXXX as UTF-8).
func (p *jsonParser) str() string {
	p.i++ // opening quote
	var b []byte
	for {
		if p.i >= len(p.s) {
			p.fail()
		}
		c := p.s[p.i]
		p.i++
		switch c {
		case '"':
			return string(b)
		case '\\':
			if p.i >= len(p.s) {
				p.fail()
			}
			e := p.s[p.i]
			p.i++
			switch e {
			case 'n':
				b = append(b, '\n')
			case 't':
				b = append(b, '\t')
			case 'r':
				b = append(b, '\r')
			case 'b':
				b = append(b, '\b')
			case 'f':
				b = append(b, '\f')
			case 'u':
				b = utf8.AppendRune(b, p.unicode())
			default:
				b = append(b, e)
			}
		default:
			b = append(b, c)
		}
	}
}

// unicode reads the hex digits of a \u escape, and its low surrogate.
func (p *jsonParser) unicode() rune {
	hex := func() rune {
		if p.i+4 > len(p.s) {
			p.fail()
		}
		n, err := strconv.ParseUint(p.s[p.i:p.i+4], 16, 16)
		if err != nil {
			p.fail()
		}
		p.i += 4
		return rune(n)
	}
	r := hex()
	if r >= 0xd800 && r < 0xdc00 && strings.HasPrefix(p.s[p.i:], `\u`) {
		p.i += 2
		lo := hex()
		return (r-0xd800)<<10 + (lo - 0xdc00) + 0x10000
	}
	return r
}

func (p *jsonParser) object() k.Value {
	k.Nest()
	defer k.Unnest()
	p.i++
	var keys []string
	var vals []k.Value
	p.space()
	if p.i < len(p.s) && p.s[p.i] == '}' {
		p.i++
		return &k.Dict{K: k.Syms(), V: k.NewList()}
	}
	for {
		p.space()
		if p.i >= len(p.s) || p.s[p.i] != '"' {
			p.fail()
		}
		keys = append(keys, p.str())
		p.space()
		if p.i >= len(p.s) || p.s[p.i] != ':' {
			p.fail()
		}
		p.i++
		vals = append(vals, p.value())
		if p.sep('}') {
			return &k.Dict{K: k.Syms(keys...), V: k.Unify(vals)}
		}
	}
}

func (p *jsonParser) array() k.Value {
	k.Nest()
	defer k.Unnest()
	p.i++
	var items []k.Value
	p.space()
	if p.i < len(p.s) && p.s[p.i] == ']' {
		p.i++
		return k.NewList()
	}
	for {
		items = append(items, p.value())
		if p.sep(']') {
			return unifyRows(items)
		}
	}
}

// sep reads a comma (false) or the closing bracket (true).
func (p *jsonParser) sep(end byte) bool {
	p.space()
	if p.i < len(p.s) {
		switch p.s[p.i] {
		case ',':
			p.i++
			return false
		case end:
			p.i++
			return true
		}
	}
	p.fail()
	return false
}

// unifyRows is Unify, plus q's rule that a list of dictionaries with the
// same symbol keys is a table.
func unifyRows(items []k.Value) k.Value {
	d0, ok := items[0].(*k.Dict)
	if !ok {
		return k.Unify(items)
	}
	keys, ok := d0.K.(*k.Vec[string])
	if !ok || len(keys.V) == 0 {
		return k.Unify(items)
	}
	for _, it := range items[1:] {
		d, ok := it.(*k.Dict)
		if !ok {
			return k.Unify(items)
		}
		kv, ok := d.K.(*k.Vec[string])
		if !ok || !sameStrings(kv.V, keys.V) {
			return k.Unify(items)
		}
	}
	cols := make([]k.Value, len(keys.V))
	for j := range cols {
		cells := make([]k.Value, len(items))
		for i, it := range items {
			cells[i] = k.At(it.(*k.Dict).V, j)
		}
		cols[j] = k.Unify(cells)
	}
	return &k.Table{Cols: keys, Data: cols}
}

func sameStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
