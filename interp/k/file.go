// This file defines the kdb+ data file format that `set` writes and `get`
// reads, which is not the IPC message format.
//
// Layouts, and where they come from:
//
//   - A simple vector of fixed-width items (every type but symbol):
//     fe 20 <type> <attr> 00 00 00 00 <count: int64> <items>, 16 bytes of
//     header then the items as in memory. KX docs/ref/get.md shows the
//     bytes of `:data/foo set 10 20 30` through read0:
//     "\376 \007\000\000\000\000\000\003\000..." (fe 20 07 00, zeros, the
//     count 3 as eight bytes, then 10 20 30 as longs).
//   - Anything else: ff 01 then the serialized object exactly as in an IPC
//     message after its 8-byte header. KX docs/ref/save.md shows read0 of a
//     saved table starting "\377\001b\000c\013\000\003\000\000\000x\000y..."
//     (ff 01, then 62 00 63 0b 00 03000000 "x" "y" ...: the -8! body).
//   - A splayed column of strings: the column file holds fe 20 57 (77+10)
//     <attr> 0000 <count> then, per row, the int64 offset where the row
//     ends in the companion file <col>#, which holds the chars of all rows
//     back to back. This layout is NOT in KX's documentation; it is taken
//     from a clean-room reader/writer (peachq-org/peachq
//     src/qlang/net/q_wirefile.c, "shape B" nested, 77+type), and from
//     q.k's .Q.Xf, which writes the header 0xfe20,("x"$77+t),13#0x00.
//
// Integers are little-endian; kdb+ writes files in the byte order of the
// machine, and every machine kdb+ runs on today is little-endian.

package k

import (
	"encoding/binary"
	"math"
)

// File header magic bytes.
const (
	fileVector = 0xfe // fe 20: a simple vector, 16-byte header
	fileObject = 0xff // ff 01: a serialized object
	nestedBase = 77   // type of a nested column of type t is 77+t
)

// EncodeFile gives the bytes of a kdb+ data file holding v, as `set`
// writes it: a 16-byte header and the items for a simple vector of
// fixed-width items, an fd 20 page and the indices for an enumeration,
// else ff 01 and the serialized object. The attribute (s u p g) is the
// header's fourth byte, where kdb+ keeps it (so `@[dir;col;`p#]` and
// .Q.dpft leave `p#` on a column file as q does). kdb+ also appends the
// index of u# p# g# after the items; that layout is not documented, so
// it is not written, and readers take the count from the header and
// rebuild what they need.
func EncodeFile(v Value) ([]byte, error) {
	if e, ok := v.(*Enum); ok {
		return EncodeEnumFile(e.Dom, e.A, e.V)
	}
	if t := v.Type(); t > 0 && t < XT && t != KS {
		return encodeVectorFile(v, t, attrOf(v))
	}
	body, err := EncodeFileBody(v)
	if err != nil {
		return nil, err
	}
	return append([]byte{fileObject, 0x01}, body...), nil
}

// encodeVectorFile writes the fe 20 form of simple vector v.
func encodeVectorFile(v Value, t Type, a Attr) ([]byte, error) {
	body, err := EncodeBody(v)
	if err != nil {
		return nil, err
	}
	// the IPC body is type, attr, int32 count, items: keep the items
	items := body[6:]
	out := make([]byte, 16, 16+len(items))
	out[0], out[1], out[2], out[3] = fileVector, 0x20, byte(t), byte(a)
	binary.LittleEndian.PutUint64(out[8:], uint64(v.Len()))
	return append(out, items...), nil
}

// EncodeNested gives the two files of a splayed column that is a list of
// simple vectors of one fixed-width type t (strings, lists of longs,
// floats, ...): the column file (header of type 77+t, then the end
// offset in bytes of each row) and its companion <col># file (the items
// of all rows back to back), as q.k's .Q.Xf writes the header. ok is
// false for any other column (symbol lists, mixed lists, an empty list).
func EncodeNested(col Value) (file, data []byte, ok bool) {
	l, isList := col.(*List)
	if !isList || len(l.V) == 0 {
		return nil, nil, false
	}
	t := l.V[0].Type()
	if t <= 0 || t == KS || t >= nestedBase || itemWidth(t) == 0 {
		return nil, nil, false
	}
	file = make([]byte, 16, 16+8*len(l.V))
	file[0], file[1], file[2] = fileVector, 0x20, nestedBase+byte(t)
	binary.LittleEndian.PutUint64(file[8:], uint64(len(l.V)))
	for _, it := range l.V {
		if it.Type() != t {
			return nil, nil, false
		}
		body, err := EncodeBody(it)
		if err != nil {
			return nil, nil, false
		}
		data = append(data, body[6:]...) // type, attr, count, then the items
		file = binary.LittleEndian.AppendUint64(file, uint64(len(data)))
	}
	return file, data, true
}

// IsNestedFile reports whether b is the column file of a nested column
// or a mapped list (file_anymap.go), whose items live in a companion
// <col># file.
func IsNestedFile(b []byte) bool {
	return len(b) >= 16 && b[0] == fileVector && b[1] == 0x20 && b[2] > nestedBase && b[2] <= nestedBase+byte(KT) ||
		IsAnymapFile(b)
}

// DecodeFile reads the value a kdb+ data file holds. data is the contents
// of the companion <file># for a nested column, nil otherwise. A file
// that is not a kdb+ data file gives a *Error "type", a damaged one
// "badmsg".
func DecodeFile(b, data []byte) (Value, error) {
	if len(b) < 2 {
		return nil, &Error{Msg: ErrType}
	}
	switch {
	case b[0] == fileObject && b[1] == 0x01:
		if len(b) >= 8 && b[2] == byte(KS) {
			return symbolsToEnd(b), nil
		}
		return DecodeFileBody(b[2:])
	case IsAnymapFile(b):
		return decodeAnymap(b, data)
	case IsNestedFile(b):
		return decodeNested(b, data)
	case b[0] == fileEnum && b[1] == 0x20:
		return decodeEnumFile(b)
	case b[0] == fileVector && b[1] == 0x20:
		return decodeVectorFile(b)
	case b[0] == fileObject && b[1] == 0x20:
		return decodeV2VectorFile(b)
	}
	return nil, &Error{Msg: ErrType}
}

// decodeV2VectorFile reads a simple vector as kdb+ 2.x wrote it, which
// kdb+ 3.0 and later read without conversion (docs/releases/ChangesIn3.0.md:
// "kdb+ 3.0 can read 2.7/2.8 kdb+ file formats"): ff 20 and six bytes
// more, then type, attribute, two bytes of padding and the count as four
// bytes, the items from byte 16 on (the layout of such files in the wild,
// as qspec's fixtures of 2009 hold them). It is read as the fe 20 form
// of the same items.
func decodeV2VectorFile(b []byte) (Value, error) {
	if len(b) < 16 {
		return nil, errBadMsg
	}
	v3 := make([]byte, len(b))
	copy(v3[16:], b[16:])
	v3[0], v3[1], v3[2], v3[3] = fileVector, 0x20, b[8], b[9]
	binary.LittleEndian.PutUint64(v3[8:], uint64(binary.LittleEndian.Uint32(b[12:])))
	return decodeVectorFile(v3)
}

// decodeVectorFile reads the fe 20 form of a simple vector.
func decodeVectorFile(b []byte) (Value, error) {
	if len(b) < 16 {
		return nil, errBadMsg
	}
	t, a := Type(b[2]), Attr(b[3])
	w := itemWidth(t)
	if w == 0 || a > AttrG {
		return nil, &Error{Msg: ErrType}
	}
	n := binary.LittleEndian.Uint64(b[8:])
	if n == 0 && a <= AttrS {
		n = uint64((len(b) - 16) / w) // a count kdb+ left 0: the items run to the end
	}
	if n > uint64((len(b)-16)/w) {
		return nil, errBadMsg
	}
	// reuse the IPC decoder on a synthesized body: type, attr, count, items
	if n > math.MaxInt32 {
		return nil, &Error{Msg: "limit"}
	}
	body := make([]byte, 6, 6+int(n)*w)
	body[0], body[1] = byte(t), byte(a)
	binary.LittleEndian.PutUint32(body[2:], uint32(n))
	body = append(body, b[16:16+int(n)*w]...)
	return DecodeBody(body, false)
}

// decodeNested reads a nested column from its offsets file b and the
// items in data.
func decodeNested(b, data []byte) (Value, error) {
	t := Type(b[2] - nestedBase)
	w := itemWidth(t)
	if w == 0 {
		return nil, &Error{Msg: ErrType}
	}
	n := binary.LittleEndian.Uint64(b[8:])
	if n > uint64((len(b)-16)/8) {
		return nil, errBadMsg
	}
	items := make([]Value, n)
	prev := uint64(0)
	for i := range items {
		end := binary.LittleEndian.Uint64(b[16+8*i:])
		if end < prev || end > uint64(len(data)) || (end-prev)%uint64(w) != 0 {
			return nil, errBadMsg
		}
		seg := data[prev:end]
		body := make([]byte, 6, 6+len(seg))
		body[0] = byte(t)
		binary.LittleEndian.PutUint32(body[2:], uint32(len(seg)/w))
		v, err := DecodeBody(append(body, seg...), false)
		if err != nil {
			return nil, err
		}
		items[i] = v
		prev = end
	}
	return &List{V: items}, nil
}

// symbolsToEnd reads an ff 01 symbol vector file to its end: kdb+ appends
// to an enumeration domain file without updating the count in its header.
func symbolsToEnd(b []byte) Value {
	a := Attr(b[3])
	if a > AttrG {
		a = AttrNone
	}
	var syms []string
	start := 8
	for i := 8; i < len(b); i++ {
		if b[i] == 0 {
			syms = append(syms, string(b[start:i]))
			start = i + 1
		}
	}
	if syms == nil {
		syms = []string{}
	}
	return &Vec[string]{T: KS, A: a, V: syms}
}

// itemWidth is the size in bytes of one item of a fixed-width simple
// vector of type t, or 0.
func itemWidth(t Type) int {
	switch t {
	case KB, KX, KC:
		return 1
	case KG:
		return 16
	case KH:
		return 2
	case KI, KE, KM, KD, KU, KV, KT:
		return 4
	case KJ, KF, KP, KZ, KN:
		return 8
	}
	return 0
}

// AppendFile extends the kdb+ data file b with the items of x, as writing
// a value to a handle opened on that file does (`h enlist x`, the log-file
// idiom): a general list gets the serialized items and a new count; a
// vector of the same type gets the items. An empty file becomes a general
// list. It returns the whole new contents.
func AppendFile(b []byte, x Value) ([]byte, error) {
	items := Items(x)
	if len(b) == 0 {
		b = []byte{fileObject, 0x01, byte(KList), 0, 0, 0, 0, 0}
	}
	switch {
	case len(b) >= 8 && b[0] == fileObject && b[1] == 0x01 && b[2] == byte(KList):
		n := binary.LittleEndian.Uint32(b[4:])
		out := append([]byte(nil), b...)
		for _, it := range items {
			body, err := EncodeBody(it)
			if err != nil {
				return nil, err
			}
			out = append(out, body...)
		}
		binary.LittleEndian.PutUint32(out[4:], n+uint32(len(items)))
		return out, nil
	case len(b) >= 16 && b[0] == fileVector && b[1] == 0x20 && !IsNestedFile(b):
		t := Type(b[2])
		if x.Type() == -t {
			x = Enlist(x)
		}
		if x.Type() != t {
			return nil, &Error{Msg: ErrType}
		}
		n := binary.LittleEndian.Uint64(b[8:])
		w := itemWidth(t)
		if w == 0 || n > uint64((len(b)-16)/w) {
			return nil, errBadMsg
		}
		body, err := EncodeBody(x)
		if err != nil {
			return nil, err
		}
		out := append([]byte(nil), b[:16+int(n)*w]...)
		out[3] = 0
		binary.LittleEndian.PutUint64(out[8:], n+uint64(x.Len()))
		return append(out, body[6:]...), nil
	}
	return nil, &Error{Msg: ErrType}
}

// LogItems reads the items of a log file: a general list in the ff 01
// form whose items were appended one at a time (the count in its header is
// not trusted). It stops at the first item that is incomplete or damaged;
// valid is the length of the file up to there, and complete reports
// whether that is the whole file.
func LogItems(b []byte) (items []Value, valid int, complete bool) {
	if len(b) < 8 || b[0] != fileObject || b[1] != 0x01 || b[2] != byte(KList) {
		return nil, 0, false
	}
	d := decoder{b: b[8:]}
	for d.i < len(d.b) {
		start := d.i
		v, ok := d.item()
		if !ok {
			return items, 8 + start, false
		}
		items = append(items, v)
	}
	return items, len(b), true
}

// item decodes one object, reporting failure instead of panicking.
func (d *decoder) item() (v Value, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			if _, bad := r.(badMsg); !bad {
				panic(r)
			}
			v, ok = nil, false
		}
	}()
	return d.value(), true
}
