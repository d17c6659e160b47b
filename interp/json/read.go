package json

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"qgo/interp/k"
)

// Text is the text argument of .j.k: a string or a char; 'type for
// anything else.
func Text(x k.Value) string {
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

// Read reads one JSON value (.j.k): objects become dictionaries with symbol
// keys, arrays lists (a vector when the items are atoms of one type, a
// table when they are objects with the same keys), numbers floats, strings
// strings, true and false booleans, null 0n, inf and -inf 0w and -0w.
func Read(s string) k.Value {
	p := &parser{s: s}
	v := p.value()
	p.space()
	if p.i < len(p.s) {
		p.fail()
	}
	return v
}

type parser struct {
	s string
	i int
}

// fail signals malformed JSON.
func (p *parser) fail() { k.Signal("illegal char") }

func (p *parser) space() {
	for p.i < len(p.s) && strings.IndexByte(" \t\n\r", p.s[p.i]) >= 0 {
		p.i++
	}
}

func (p *parser) value() k.Value {
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
	case strings.HasPrefix(p.s[p.i:], "inf"):
		// .j.j writes 0w and -0w as inf and -inf (ref/dotj.md); they read back
		p.i += 3
		return k.F(math.Inf(1))
	case strings.HasPrefix(p.s[p.i:], "-inf"):
		p.i += 4
		return k.F(math.Inf(-1))
	case c == '-' || c >= '0' && c <= '9':
		return p.number()
	}
	p.fail()
	return nil
}

func (p *parser) number() k.Value {
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
func (p *parser) str() string {
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
func (p *parser) unicode() rune {
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

func (p *parser) object() k.Value {
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

func (p *parser) array() k.Value {
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
func (p *parser) sep(end byte) bool {
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
