// This file defines vs (split, encode) and sv (join, decode).

package prim

import (
	"bytes"
	"encoding/binary"
	"math"
	"strings"

	"qgo/interp/k"
)

func init() {
	defDyad("vs", Vs)
	defDyad("sv", Sv)
}

// Vs is `x vs y`. A char or string x splits string y on it; ` splits a
// string (or bytes) into lines, a symbol at its dots, a file handle into
// directory and file; a byte vector splits bytes; 0b gives the bits and
// 0x00 the bytes of an atom; integer x gives the digits of y in base (or
// mixed radix) x.
func Vs(x, y k.Value) k.Value {
	switch a := x.(type) {
	case k.Atom[string]:
		if a.V != "" {
			k.Signal(k.ErrType)
		}
		return vsNull(y)
	case k.Atom[uint8]:
		if a.T == -k.KC {
			return splitOn([]byte{a.V}, y, k.KC)
		}
		if a.V == 0 && y.Type() != k.KX && y.Type() != k.KC {
			return bytesOf(y)
		}
		return splitOn([]byte{a.V}, y, k.KX)
	case *k.Vec[uint8]:
		if len(a.V) == 0 {
			k.Signal(k.ErrLength)
		}
		return splitOn(a.V, y, a.T)
	case k.Atom[bool]:
		if a.V {
			k.Signal(k.ErrDomain)
		}
		return bitsOf(y)
	}
	base := mustInts(x)
	return encodeBase(base, k.IsAtom(x), y)
}

// vsNull is ` vs y.
func vsNull(y k.Value) k.Value {
	switch v := y.(type) {
	case k.Atom[string]:
		if strings.HasPrefix(v.V, ":") {
			i := strings.LastIndexByte(v.V, '/')
			if i < 0 {
				return k.Syms("", v.V)
			}
			return k.Syms(v.V[:i], v.V[i+1:])
		}
		return k.Syms(strings.Split(v.V, ".")...)
	case *k.Vec[uint8]:
		s := v.V
		if len(s) > 0 && s[len(s)-1] == '\n' {
			s = s[:len(s)-1]
		}
		parts := bytes.Split(s, []byte{'\n'})
		out := make([]k.Value, len(parts))
		for i, p := range parts {
			p = bytes.TrimSuffix(p, []byte{'\r'})
			out[i] = &k.Vec[uint8]{T: k.KC, V: append([]byte(nil), p...)}
		}
		return &k.List{V: out}
	}
	k.Signal(k.ErrType)
	return nil
}

// splitOn splits char or byte vector y at each occurrence of sep; the
// pieces take type t (char or byte) from the separator.
func splitOn(sep []byte, y k.Value, t k.Type) k.Value {
	v, ok := y.(*k.Vec[uint8])
	if !ok {
		if a, ok := y.(k.Atom[uint8]); ok {
			v = &k.Vec[uint8]{T: -a.T, V: []byte{a.V}}
		} else if l, ok := y.(*k.List); ok && len(l.V) == 0 {
			v = &k.Vec[uint8]{T: t}
		} else {
			k.Signal(k.ErrType)
		}
	}
	// each part a list slot, a vector and its bytes: checked before they
	// are made ('wsfull, not Go's fatal out of memory)
	k.Reserve(bytes.Count(v.V, sep)+1, 16+48)
	parts := bytes.Split(v.V, sep)
	out := make([]k.Value, len(parts))
	for i, p := range parts {
		out[i] = &k.Vec[uint8]{T: t, V: append([]byte{}, p...)}
	}
	return &k.List{V: out}
}

// atomBytes gives the big-endian bytes of a numeric, temporal or guid
// atom.
func atomBytes(y k.Value) []byte {
	switch a := y.(type) {
	case k.Atom[bool]:
		if a.V {
			return []byte{1}
		}
		return []byte{0}
	case k.Atom[uint8]:
		return []byte{a.V}
	case k.Atom[int16]:
		return binary.BigEndian.AppendUint16(nil, uint16(a.V))
	case k.Atom[int32]:
		return binary.BigEndian.AppendUint32(nil, uint32(a.V))
	case k.Atom[int64]:
		return binary.BigEndian.AppendUint64(nil, uint64(a.V))
	case k.Atom[float32]:
		return binary.BigEndian.AppendUint32(nil, math.Float32bits(a.V))
	case k.Atom[float64]:
		return binary.BigEndian.AppendUint64(nil, math.Float64bits(a.V))
	case k.Atom[k.GUID]:
		return append([]byte(nil), a.V[:]...)
	}
	k.Signal(k.ErrType)
	return nil
}

// bytesOf is 0x00 vs y: the bytes of atom y, or of each item of list y.
func bytesOf(y k.Value) k.Value {
	if k.IsList(y) {
		return mapItems(y, bytesOf)
	}
	return &k.Vec[uint8]{T: k.KX, V: atomBytes(y)}
}

// bitsOf is 0b vs y: the bits of atom y, most significant first.
func bitsOf(y k.Value) k.Value {
	if k.IsList(y) {
		return mapItems(y, bitsOf)
	}
	if y.Type() == -k.KE || y.Type() == -k.KF || y.Type() == -k.KS {
		k.Signal(k.ErrType)
	}
	b := atomBytes(y)
	out := make([]bool, 8*len(b))
	for i := range out {
		out[i] = b[i/8]>>(7-uint(i%8))&1 == 1
	}
	return k.Bools(out...)
}

// mapItems applies f to each item of list y.
func mapItems(y k.Value, f func(k.Value) k.Value) k.Value {
	n := y.Len()
	out := make([]k.Value, n)
	for i := range out {
		out[i] = f(item(y, i))
	}
	return &k.List{V: out}
}

// encodeBase is base vs y: the digits of y in base (an atom: as many
// digits as needed) or mixed radix (a vector: count base digits).
func encodeBase(base []int64, atom bool, y k.Value) k.Value {
	if l, ok := y.(*k.List); ok {
		y = Raze(l)
	}
	vals := mustInts(y)
	t := vecType(y)
	if t == k.KB || t == k.KX {
		t = k.KJ
	}
	for _, b := range base {
		if atom && b < 2 {
			k.Signal(k.ErrDomain)
		}
	}
	digits := len(base)
	if atom {
		digits = 0
		for _, v := range vals {
			n := 0
			for u := uint64(absI(v)); u > 0; u /= uint64(base[0]) {
				n++
			}
			digits = max(digits, n)
		}
	}
	rows := make([][]int64, digits)
	for r := range rows {
		rows[r] = make([]int64, len(vals))
	}
	for j, v := range vals {
		for r := digits - 1; r >= 0; r-- {
			b := base[0]
			if !atom {
				b = base[r]
			}
			if b == 0 || r == 0 && !atom && base[0] == 0 {
				rows[r][j] = v
				v = 0
				continue
			}
			d := v % b
			if d < 0 {
				d += b
			}
			rows[r][j] = d
			v = (v - d) / b
		}
	}
	mk := func(v []int64) k.Value { return convInts(-t, v) }
	if k.IsAtom(y) {
		col := make([]int64, digits)
		for r := range rows {
			col[r] = rows[r][0]
		}
		return mk(col)
	}
	out := make([]k.Value, digits)
	for r := range rows {
		out[r] = mk(rows[r])
	}
	return &k.List{V: out}
}

func absI(v int64) int64 {
	if v < 0 {
		return -v
	}
	return v
}

// Sv is `x sv y`. A char or string x joins strings y with it; ` joins
// strings as lines (each ending in a newline), symbols with dots (with
// slashes after a file handle); a byte vector joins byte vectors; 0x00
// and 0b decode bytes and bits to a number; integer x evaluates digits y
// in base (or mixed radix) x.
func Sv(x, y k.Value) k.Value {
	switch a := x.(type) {
	case k.Atom[string]:
		if a.V != "" {
			k.Signal(k.ErrType)
		}
		return svNull(y)
	case k.Atom[uint8]:
		if a.T == -k.KC {
			return joinStrings([]byte{a.V}, y, k.KC, false)
		}
		if a.V == 0 && y.Type() == k.KX {
			return decodeBytes(y.(*k.Vec[uint8]).V)
		}
		return joinStrings([]byte{a.V}, y, k.KX, false)
	case *k.Vec[uint8]:
		return joinStrings(a.V, y, a.T, false)
	case k.Atom[bool]:
		bits, ok := y.(*k.Vec[bool])
		if !ok {
			k.Signal(k.ErrType)
		}
		return decodeBits(bits.V)
	}
	if l, ok := y.(*k.List); ok && len(l.V) > 0 {
		return svColumns(x, l)
	}
	base := mustInts(x)
	digits := mustInts(y)
	atom := k.IsAtom(x)
	if !atom && len(base) != len(digits) {
		k.Signal(k.ErrLength)
	}
	acc := int64(0)
	for i, d := range digits {
		b := base[0]
		if !atom {
			b = base[i]
		}
		acc = acc*b + d
	}
	// the digits are reduced as acc*x+y would be: long arithmetic, wrapping,
	// unless neither x nor y is wider than an int (2i sv 1 0 1i is an int,
	// 2 sv 1 0 1i a long, which is what 64-bit code summing bit columns needs)
	if narrowInt(x.Type()) && narrowInt(y.Type()) {
		return k.I(int32(acc))
	}
	return k.J(acc)
}

// narrowInt reports whether t is an integral type narrower than a long,
// atom or vector: boolean, byte, short or int.
func narrowInt(t k.Type) bool {
	if t < 0 {
		t = -t
	}
	return t == k.KB || t == k.KX || t == k.KH || t == k.KI
}

// svColumns is x sv y for a general list y (a matrix of digits, as
// x vs y gives for a vector y): the digits are evaluated in base x item by
// item, acc*x+y[i], so each column of y decodes to one number.
func svColumns(x k.Value, y *k.List) k.Value {
	base := mustInts(x)
	atom := k.IsAtom(x)
	if !atom && len(base) != len(y.V) {
		k.Signal(k.ErrLength)
	}
	acc := y.V[0]
	mustInts(acc)
	for i := 1; i < len(y.V); i++ {
		b := base[0]
		if !atom {
			b = base[i]
		}
		mustInts(y.V[i])
		acc = Add(Mul(k.J(b), acc), y.V[i])
	}
	return acc
}

// svNull is ` sv y.
func svNull(y k.Value) k.Value {
	if s, ok := y.(*k.Vec[string]); ok {
		if len(s.V) > 0 && strings.HasPrefix(s.V[0], ":") {
			return k.S(strings.Join(s.V, "/"))
		}
		return k.S(strings.Join(s.V, "."))
	}
	return joinStrings([]byte{'\n'}, y, k.KC, true)
}

// joinStrings joins the char (or byte) vectors of y with sep, appending
// sep after the last one too when trailing is set.
func joinStrings(sep []byte, y k.Value, t k.Type, trailing bool) k.Value {
	var out []byte
	items := k.Items(y)
	if k.IsAtom(y) || !k.IsList(y) || (y.Type() != k.KList && y.Len() > 0) {
		k.Signal(k.ErrType)
	}
	n := len(sep) * len(items) // the result's size, checked before it is made
	for _, it := range items {
		if v, ok := it.(*k.Vec[uint8]); ok {
			n += len(v.V)
		}
	}
	out = k.Grow(out, n)
	for i, it := range items {
		var b []byte
		switch v := it.(type) {
		case *k.Vec[uint8]:
			b = v.V
		case k.Atom[uint8]:
			b = []byte{v.V}
		case *k.List:
			if len(v.V) != 0 {
				k.Signal(k.ErrType)
			}
		default:
			k.Signal(k.ErrType)
		}
		if i > 0 {
			out = append(out, sep...)
		}
		out = append(out, b...)
	}
	if trailing && len(items) > 0 {
		out = append(out, sep...)
	}
	if out == nil {
		out = []byte{}
	}
	return &k.Vec[uint8]{T: t, V: out}
}

// decodeBytes is 0x00 sv bytes: a short, int or long from 2, 4 or 8
// big-endian bytes, a guid from 16 (a byte for 1).
func decodeBytes(b []byte) k.Value {
	switch len(b) {
	case 1:
		return k.X(b[0])
	case 2:
		return k.H(int16(binary.BigEndian.Uint16(b)))
	case 4:
		return k.I(int32(binary.BigEndian.Uint32(b)))
	case 8:
		return k.J(int64(binary.BigEndian.Uint64(b)))
	case 16:
		var g k.GUID
		copy(g[:], b)
		return k.G(g)
	}
	k.Signal(k.ErrLength)
	return nil
}

// decodeBits is 0b sv bits: a byte, short, int, long or guid from 8, 16,
// 32, 64 or 128 bits.
func decodeBits(bits []bool) k.Value {
	if len(bits)%8 != 0 {
		k.Signal(k.ErrLength)
	}
	b := make([]byte, len(bits)/8)
	for i, e := range bits {
		if e {
			b[i/8] |= 1 << (7 - uint(i%8))
		}
	}
	if len(b) == 16 {
		var g k.GUID
		copy(g[:], b)
		return k.G(g)
	}
	return decodeBytes(b)
}
