// This file renders the one-line form of any value: the form q prints for
// atoms and vectors at the console, inside general lists and dictionaries,
// and for -3! and .Q.s1.

package format

import (
	"strings"

	"qgo/interp/k"
)

// Repr returns the one-line form of v q uses inside lists/dicts and for -3!
// and .Q.s1 (e.g. "1 2 3", "`a`b", "\"abc\"", ",1", "(1;`a)", "`a`b!1 2",
// "+`a`b!(1 2;3 4)" for a table, "{x+y}", "+[2]").
func Repr(v k.Value, o Options) string {
	w := writer{o: o}
	w.value(v)
	return string(w.b)
}

// Echo is what loading a script prints for a statement that has a value
// to show: its one-line form, cut with ".." at the console width as any
// console line is.
func Echo(v k.Value, o Options) string {
	return strings.Join(fit(page{lines: []string{reprCapped(v, o, o.capLen())}}, o), "\n")
}

// writer accumulates text. With max > 0 it may stop early once the text is
// longer than max, which is all the console can show of a line: so printing
// the start of a long vector costs little.
type writer struct {
	b   []byte
	max int
	o   Options
}

func (w *writer) full() bool { return w.max > 0 && len(w.b) > w.max }

func (w *writer) str(s string) { w.b = append(k.Grow(w.b, len(s)), s...) }

// reprCapped is Repr stopped soon after max bytes when max > 0.
func reprCapped(v k.Value, o Options, max int) string {
	w := writer{o: o, max: max}
	w.value(v)
	return string(w.b)
}

// cellRepr renders an item of a general list shown as a cell of a table, a
// keyed table or a matrix: its one-line form, except that a vector of
// numbers or temporal values drops its type letter. q shows a column of
// int vectors as 1 0 -1 (docs/ref/deltas.md, signum deltas price by sym)
// while a vector of symbols keeps its backticks (docs/ref/select.md: ,`jill)
// and a boolean vector its b (docs/basics/implicit-iteration.md: 10b).
func cellRepr(v k.Value, o Options, max int) string {
	w := writer{o: o, max: max}
	switch v.(type) {
	case *k.Vec[int16], *k.Vec[int32], *k.Vec[int64], *k.Vec[float32], *k.Vec[float64]:
		w.vector(v, false)
	default:
		w.value(v)
	}
	return string(w.b)
}

func (w *writer) value(v k.Value) {
	switch x := v.(type) {
	case k.Atom[bool]:
		if x.V {
			w.str("1b")
		} else {
			w.str("0b")
		}
	case k.Atom[uint8]:
		if x.T == -k.KX {
			w.str("0x")
			w.str(hexByte(x.V))
		} else {
			w.quoted([]byte{x.V})
		}
	case k.Atom[string]:
		w.str("`")
		w.str(x.V)
	case k.Atom[k.GUID]:
		w.str(guid(x.V))
	case k.Atom[int16], k.Atom[int32], k.Atom[int64], k.Atom[float32], k.Atom[float64]:
		t := -v.Type()
		it := atomItem(v, w.o)
		s := it.vecText(t)
		w.str(s)
		w.str(suffix(t, it.k != regular, floatMarked(s)))
	case *k.Vec[bool], *k.Vec[uint8], *k.Vec[int16], *k.Vec[int32], *k.Vec[int64],
		*k.Vec[float32], *k.Vec[float64], *k.Vec[string], *k.Vec[k.GUID]:
		w.vector(v, true)
	case *k.List:
		w.list(x)
	case *k.Dict:
		w.dict(x)
	case *k.Table:
		if k.SortedTable(x) {
			w.str("`s#") // the sorted table `s#t and asc make
		}
		w.str("+")
		w.dict(&k.Dict{K: x.Cols, V: &k.List{V: x.Data}})
	case *k.Lambda:
		w.str(x.Src)
	case *k.Prim:
		switch {
		case x.Disp != "":
			w.str(x.Disp)
		case kForm[x.Name] != "":
			w.str(kForm[x.Name])
		default:
			w.str(x.Name)
		}
	case *k.Derived:
		k.Nest()
		defer k.Unnest()
		w.value(x.F)
		w.str(adverb(x.T))
	case *k.Proj:
		k.Nest()
		defer k.Unnest()
		w.value(x.F)
		w.str("[")
		for i, a := range x.Args {
			if i > 0 {
				w.str(";")
			}
			if a != nil {
				w.value(a)
			}
		}
		w.str("]")
	case *k.Comp:
		// the parts side by side, as k writes a composition; a unary
		// primitive before the last part loses its colon: value differ
		// shows ~~': for not composed with ~': (docs/ref/value.md)
		k.Nest()
		defer k.Unnest()
		for i, f := range x.Fs {
			if p, ok := f.(*k.Prim); ok && i < len(x.Fs)-1 && len(p.Name) == 2 && p.Name[1] == ':' {
				w.str(p.Name[:1])
				continue
			}
			w.value(f)
		}
	case *k.ViewDef:
		w.str(x.Src)
	case *k.ErrVal:
		w.str("'")
		w.str(x.Msg)
	case *k.Enum, k.EnumAtom:
		w.enum(v)
	case nil:
		// an elided item, as in a projection's missing arguments
	default:
		w.str("?")
	}
}

// adverb is the glyph q writes after the operand of a derived function.
func adverb(t k.Type) string {
	switch t {
	case k.FEach:
		return "'"
	case k.FOver:
		return "/"
	case k.FScan:
		return `\`
	case k.FPrior:
		return "':"
	case k.FRight:
		return "/:"
	case k.FLeft:
		return `\:`
	}
	return ""
}

// typeNames are the names q uses in the display of empty vectors, such as
// `long$().
var typeNames = [...]string{
	k.KB: "boolean", k.KG: "guid", k.KX: "byte", k.KH: "short", k.KI: "int",
	k.KJ: "long", k.KE: "real", k.KF: "float", k.KC: "char", k.KS: "symbol",
	k.KP: "timestamp", k.KM: "month", k.KD: "date", k.KZ: "datetime",
	k.KN: "timespan", k.KU: "minute", k.KV: "second", k.KT: "time",
}

// suffix is the type letter q appends to an atom or a vector of numbers or
// temporal values. irregular says every item was a null or an infinity;
// marked says some float item already shows a point, an exponent or is 0n
// or 0w, so that the float needs no f.
func suffix(t k.Type, irregular, marked bool) string {
	switch t {
	case k.KH:
		return "h"
	case k.KI:
		return "i"
	case k.KE:
		return "e"
	case k.KM:
		return "m"
	case k.KF:
		if !marked {
			return "f"
		}
	case k.KP, k.KD, k.KZ, k.KN, k.KU, k.KV, k.KT:
		// a full temporal item shows its type; 0N and 0W alone do not
		if irregular {
			return string(typeLetters[t])
		}
	}
	return ""
}

// typeLetters are q's type letters indexed by type code (.Q.t).
const typeLetters = " bg xhijefcspmdznuvt"

// floatMarked reports whether a float's text shows it is not an integer.
func floatMarked(s string) bool { return strings.ContainsAny(s, ".enw") }

// numItem renders item i of a vector of numbers or temporal values.
func numItem(v k.Value, i int, o Options) item {
	switch x := v.(type) {
	case *k.Vec[int16]:
		return int16Item(x.V[i])
	case *k.Vec[int32]:
		return int32Item(x.T, x.V[i])
	case *k.Vec[int64]:
		return int64Item(x.T, x.V[i])
	case *k.Vec[float32]:
		return float32Item(x.V[i], o)
	case *k.Vec[float64]:
		return float64Item(x.T, x.V[i], o)
	}
	panic("format: not a numeric vector")
}

// vector writes a typed vector: `s#1 2 3, ,1, `long$(), "abc", 101b, 0x0102.
// Unless suffixed, a vector of numbers or temporal values goes without its
// type letter.
func (w *writer) vector(v k.Value, suffixed bool) {
	t, n := v.Type(), v.Len()
	w.b = k.Grow(w.b, 2*n+2) // an item's text at least: 'wsfull rather than Go's fatal error
	if a := attrOf(v); a != k.AttrNone {
		w.str("`" + a.String() + "#")
	}
	if n == 0 {
		if t == k.KC {
			w.str(`""`)
		} else {
			w.str("`" + typeNames[t] + "$()")
		}
		return
	}
	if n == 1 {
		w.str(",")
	}
	switch x := v.(type) {
	case *k.Vec[bool]:
		for _, b := range x.V {
			if w.full() {
				return
			}
			w.b = append(w.b, '0'+boolByte(b))
		}
		w.str("b")
	case *k.Vec[uint8]:
		if t == k.KC {
			w.quoted(x.V)
			return
		}
		w.str("0x")
		for _, c := range x.V {
			if w.full() {
				return
			}
			w.b = append(w.b, hexDigits[c>>4], hexDigits[c&15])
		}
	case *k.Vec[string]:
		for _, s := range x.V {
			if w.full() {
				return
			}
			w.str("`")
			w.str(s)
		}
	case *k.Vec[k.GUID]:
		for i, g := range x.V {
			if w.full() {
				return
			}
			if i > 0 {
				w.str(" ")
			}
			w.str(guid(g))
		}
	default:
		irregular, marked := true, false
		for i := range n {
			if w.full() {
				return
			}
			if i > 0 {
				w.str(" ")
			}
			it := numItem(v, i, w.o)
			s := it.vecText(t)
			w.str(s)
			irregular = irregular && it.k != regular
			marked = marked || floatMarked(s)
		}
		if suffixed {
			w.str(suffix(t, irregular, marked))
		}
	}
}

func boolByte(b bool) byte {
	if b {
		return 1
	}
	return 0
}

// attrOf returns the attribute of a typed vector.
func attrOf(v k.Value) k.Attr {
	switch x := v.(type) {
	case *k.Vec[bool]:
		return x.A
	case *k.Vec[uint8]:
		return x.A
	case *k.Vec[int16]:
		return x.A
	case *k.Vec[int32]:
		return x.A
	case *k.Vec[int64]:
		return x.A
	case *k.Vec[float32]:
		return x.A
	case *k.Vec[float64]:
		return x.A
	case *k.Vec[string]:
		return x.A
	case *k.Vec[k.GUID]:
		return x.A
	}
	return k.AttrNone
}

// quoted writes chars as a q string literal. Bytes outside printable ASCII
// are written as three octal digits ("Z\303\274rich",
// docs/basics/datatypes.md, Strings).
func (w *writer) quoted(s []byte) {
	w.b = append(w.b, '"')
	for _, c := range s {
		if w.full() {
			return
		}
		switch c {
		case '"':
			w.str(`\"`)
		case '\\':
			w.str(`\\`)
		case '\n':
			w.str(`\n`)
		case '\r':
			w.str(`\r`)
		case '\t':
			w.str(`\t`)
		default:
			if c < 32 || c > 126 {
				w.b = append(w.b, '\\', '0'+c>>6, '0'+c>>3&7, '0'+c&7)
			} else {
				w.b = append(w.b, c)
			}
		}
	}
	w.b = append(w.b, '"')
}

// list writes a general list: (), ,x or (x;y;z).
func (w *writer) list(l *k.List) {
	k.Nest()
	defer k.Unnest()
	switch len(l.V) {
	case 0:
		w.str("()")
		return
	case 1:
		w.str(",")
		w.value(l.V[0])
		return
	}
	w.str("(")
	for i, x := range l.V {
		if w.full() {
			return
		}
		if i > 0 {
			w.str(";")
		}
		w.value(x)
	}
	w.str(")")
}

// dict writes keys!values. Keys that would not read back as the left
// argument of ! are parenthesised: an enlisted key "(,`a)!,1", an empty
// typed key, a table key "(+(,`k)!,1 2)!+(,`v)!,3 4" (docs/basics/funsql.md
// and docs/ref/dotq.md show (,`x)!,(#:;`i) and +(,`a)!`t).
func (w *writer) dict(d *k.Dict) {
	k.Nest()
	defer k.Unnest()
	kw := writer{o: w.o, max: w.max}
	kw.value(d.K)
	ks := string(kw.b)
	switch d.K.(type) {
	case *k.Table, *k.Dict:
		ks = "(" + ks + ")"
	default:
		if strings.HasPrefix(ks, ",") || strings.HasSuffix(ks, "$()") {
			ks = "(" + ks + ")"
		}
	}
	w.str(ks)
	w.str("!")
	if w.full() {
		return
	}
	w.value(d.V)
}

// kForm is how q prints the comparisons it builds from k's: <= is not >
// (~>), >= is not < (~<), <> is not = (~=) (docs/learn/python/examples/array.md
// shows (<=;>=) as (~>;~<)).
var kForm = map[string]string{"<=": "~>", ">=": "~<", "<>": "~="}
