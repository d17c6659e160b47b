// Package json is q's .j namespace (docs/ref/dotj.md): q values written
// as JSON text (.j.j, .j.jd) and JSON text read into q values (.j.k), as
// pure functions over interp/k values, as package prim holds the pure
// primitives. The interpreter registers the .j natives that call them.
// Bad input signals q errors (panics with *k.Error), as prim's do.
package json

import (
	"math"

	"qgo/interp/format"
	"qgo/interp/k"
)

// Options says how Write spells what JSON has no spelling for.
type Options struct {
	// Format is how numbers and temporal values are written (\P)
	Format format.Options
	// Null0w writes the float infinities as null (.j.jd's null0w);
	// otherwise they are inf and -inf, as q writes them
	Null0w bool
}

// Write is x as JSON text (.j.j): a dictionary as an object, a table as
// an array of objects, any other list as an array, booleans as true and
// false, numbers bare (null as null), symbols, chars and temporal values
// as strings. A function signals 'type.
func Write(x k.Value, o Options) []byte {
	w := writer{o: o}
	w.value(x)
	return w.b
}

// writer accumulates JSON text.
type writer struct {
	o Options
	b []byte
}

// value writes any q value: a dictionary as an object, a table as an array
// of objects, any other list as an array.
func (w *writer) value(x k.Value) {
	w.b = k.Grow(w.b, 64) // 'wsfull for a text too large, before append doubles it
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
func (w *writer) object(d *k.Dict) {
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
	if d.V.Type() < 0 {
		// keys onto one atom, as kdb+ sends the flip of a partitioned
		// table (`c1`c2!`t): each key's value is the atom
		vals = make([]k.Value, len(keys))
		for i := range vals {
			vals[i] = d.V
		}
	}
	if len(vals) != len(keys) {
		k.Signal("length")
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
func (w *writer) atom(x k.Value) {
	o := w.o.Format
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
		f := float64Of(x)
		switch {
		case math.IsNaN(f) || math.IsInf(f, 0) && w.o.Null0w:
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

func (w *writer) quoted(s string) {
	w.b = append(w.b, '"')
	w.b = append(w.b, s...)
	w.b = append(w.b, '"')
}

// str writes text as a JSON string, escaping quote, backslash and the
// control characters.
func (w *writer) str(s []byte) {
	w.b = k.Grow(w.b, len(s)+2)
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
				w.b = append(w.b, hexDigits[c>>4], hexDigits[c&15])
			} else {
				w.b = append(w.b, c)
			}
		}
	}
	w.b = append(w.b, '"')
}

const hexDigits = "0123456789abcdef"

// float64Of is a real or float atom as a float64.
func float64Of(x k.Value) float64 {
	if f, ok := x.(k.Atom[float32]); ok {
		return float64(f.V)
	}
	return x.(k.Atom[float64]).V
}
