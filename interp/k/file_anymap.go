// This file defines the on-disk form of a general list, kdb+ 3.6's
// "anymap" (docs/releases/ChangesIn3.6.md: `set` of a general list, and a
// splayed table's general columns, write a file and its file# companion,
// and get maps them as a "mapped list", 77h).
//
// The layout is not in KX's documentation. It is the one DolphinDB's
// kdb+ reader (dolphindb/DolphinDBPlugin, kdb/src/q2ddb.cpp) parses, and
// that splayed tables kdb+ wrote show byte for byte:
//
//   - The list's file: a 4096-byte page starting fd 20, zeros, and at 4080
//     fd 01 4d 00, four zero bytes and the count as int64 (kdb+ leaves it
//     0; the entries then run to the end of the file); then one 8-byte
//     entry per item: the item's offset in the companion's data (the low
//     seven bytes) and its form (the high byte: 1 compact, 0 extended).
//   - The companion file#: a 4096-byte page starting fd 20, zeros, and at
//     4080 fd 00 04 00 and twelve zero bytes; then the items back to back.
//     A compact item is one byte 0x7f+type, then for a vector one byte of
//     count, then the items' bytes (at most 0x5f of them); an atom's value
//     follows its type byte directly. An extended item is 16-byte aligned
//     and laid out as kdb+ lays a vector in memory: fb 00 <type> <attr>,
//     a reference count int32 (1), the count int64, the items. A general
//     list within the list is an extended item of type 77 whose items are
//     entries as in the list's file.
//
// Symbols in such a list are enumerated against a third file, file##;
// that form is not written here, and is read as 'nyi.

package k

import (
	"encoding/binary"
	"reflect"
)

// The anymap layout.
const (
	anyType     = 77   // the type byte of a mapped list
	anyCompact  = 1    // an entry's form: a compact item
	anyExtended = 0    // an entry's form: an extended item
	anyBase     = 0x7f // a compact item's type byte is anyBase+type
	anyMaxSmall = 0x5f // the most bytes a compact item's data may have
	anyAlign    = 16   // where an extended item may start
	anyMaxDepth = 64   // how deep lists within lists are read
)

// IsAnymapFile reports whether b is the file of a mapped list, whose items
// live in a companion <file># file.
func IsAnymapFile(b []byte) bool {
	return len(b) >= EnumPage && b[0] == fileEnum && b[1] == 0x20 &&
		b[enumDescAt] == fileEnum && b[enumDescAt+1] == 0x01 && b[enumDescAt+2] == anyType
}

// anyPage is a 4096-byte page whose descriptor is d0 d1 t.
func anyPage(d1, t byte) []byte {
	p := make([]byte, EnumPage)
	p[0], p[1] = fileEnum, 0x20
	p[enumDescAt], p[enumDescAt+1], p[enumDescAt+2] = fileEnum, d1, t
	return p
}

// EncodeAnymap gives the two files of general list v as kdb+ 3.6 writes
// it: the list's file and its companion. ok is false for a list this
// form does not hold here (an empty list, or one with an item that is
// not an atom or simple vector of a fixed-width type: symbols, lists,
// dictionaries, tables, functions, enumerations).
func EncodeAnymap(v Value) (file, data []byte, ok bool) {
	l, isList := v.(*List)
	if !isList || len(l.V) == 0 {
		return nil, nil, false
	}
	file = anyPage(0x01, anyType)
	data = anyPage(0x00, byte(KX))
	for i, it := range l.V {
		if i > 0 && sameObject(it, l.V[i-1]) {
			// kdb+ 4.0 (2023.01.20): an item that is the very object
			// before it is written once, its entry repeated
			file = append(file, file[len(file)-8:]...)
			continue
		}
		t := it.Type()
		at := t
		if at < 0 {
			at = -at
		}
		w := itemWidth(at)
		if w == 0 || at >= 20 {
			return nil, nil, false
		}
		body, err := EncodeBody(it)
		if err != nil {
			return nil, nil, false
		}
		off := len(data) - EnumPage
		form := byte(anyCompact)
		switch {
		case t < 0:
			data = append(data, byte(anyBase+int(t)))
			data = append(data, body[1:]...)
		case len(body)-6 <= anyMaxSmall:
			data = append(data, byte(anyBase+int(t)), byte(it.Len()))
			data = append(data, body[6:]...)
		default:
			for (len(data)-EnumPage)%anyAlign != 0 {
				data = append(data, 0)
			}
			off, form = len(data)-EnumPage, anyExtended
			h := make([]byte, 16)
			h[0], h[2], h[3] = 0xfb, byte(t), body[1]
			binary.LittleEndian.PutUint32(h[4:], 1)
			binary.LittleEndian.PutUint64(h[8:], uint64(it.Len()))
			data = append(data, h...)
			data = append(data, body[6:]...)
		}
		file = binary.LittleEndian.AppendUint64(file, uint64(off)|uint64(form)<<56)
	}
	return file, data, true
}

// sameObject reports whether a and b are one object in memory: the same
// pointer, as an item repeated by indexing is (`l@0 0 0`). Atoms, held
// by value, are never the same object.
func sameObject(a, b Value) bool {
	va, vb := reflect.ValueOf(a), reflect.ValueOf(b)
	return va.Kind() == reflect.Pointer && vb.Kind() == reflect.Pointer && va.Pointer() == vb.Pointer() && va.Type() == vb.Type()
}

// decodeAnymap reads a mapped list from its file b and companion data.
func decodeAnymap(b, data []byte) (Value, error) {
	if len(data) < EnumPage || data[0] != fileEnum || data[1] != 0x20 ||
		data[enumDescAt] != fileEnum || data[enumDescAt+1] != 0 || data[enumDescAt+2] != byte(KX) {
		return nil, errBadMsg
	}
	n := binary.LittleEndian.Uint64(b[enumDescAt+8:])
	if n == 0 {
		n = uint64((len(b) - EnumPage) / 8)
	}
	if n > uint64((len(b)-EnumPage)/8) {
		return nil, errBadMsg
	}
	r := anyReader{data: data[EnumPage:], budget: len(data) + int(n)}
	return r.entries(b[EnumPage:EnumPage+8*int(n)], 0)
}

// anyReader reads items out of a companion file's data. budget bounds the
// items it reads: kdb+ writes each item once, so a file whose entries
// point at the same items over and over is damaged.
type anyReader struct {
	data   []byte
	budget int
}

// entries reads the items the 8-byte entries e point at.
func (r *anyReader) entries(e []byte, depth int) (Value, error) {
	if depth > anyMaxDepth {
		return nil, errBadMsg
	}
	items := make([]Value, len(e)/8)
	for i := range items {
		if r.budget--; r.budget < 0 {
			return nil, errBadMsg
		}
		x := binary.LittleEndian.Uint64(e[8*i:])
		v, err := r.item(x&(1<<56-1), byte(x>>56), depth)
		if err != nil {
			return nil, err
		}
		items[i] = v
	}
	return &List{V: items}, nil
}

// item reads the item at offset off in form form.
func (r *anyReader) item(off uint64, form byte, depth int) (Value, error) {
	if off >= uint64(len(r.data)) {
		return nil, errBadMsg
	}
	d := r.data[off:]
	switch form {
	case anyCompact:
		t := Type(int(d[0]) - anyBase)
		at := t
		if at < 0 {
			at = -at
		}
		if at == KS || at >= 20 {
			return nil, &Error{Msg: ErrNyi}
		}
		w := itemWidth(at)
		if w == 0 {
			return nil, &Error{Msg: ErrType}
		}
		if t < 0 {
			if len(d) < 1+w {
				return nil, errBadMsg
			}
			return DecodeBody(append([]byte{byte(t)}, d[1:1+w]...), false)
		}
		if len(d) < 2 || len(d)-2 < int(d[1])*w {
			return nil, errBadMsg
		}
		return vectorOf(t, 0, int(d[1]), d[2:2+int(d[1])*w])
	case anyExtended:
		if len(d) < 16 || d[0] != 0xfb || d[1] != 0 {
			return nil, errBadMsg
		}
		t, a := Type(d[2]), Attr(d[3])
		n := binary.LittleEndian.Uint64(d[8:])
		if t == anyType {
			if n > uint64((len(d)-16)/8) {
				return nil, errBadMsg
			}
			return r.entries(d[16:16+8*n], depth+1)
		}
		if t == KS || t >= 20 {
			return nil, &Error{Msg: ErrNyi}
		}
		w := itemWidth(t)
		if w == 0 || a > AttrG {
			return nil, &Error{Msg: ErrType}
		}
		if n > uint64((len(d)-16)/w) {
			return nil, errBadMsg
		}
		return vectorOf(t, a, int(n), d[16:16+int(n)*w])
	}
	return nil, errBadMsg
}

// vectorOf is the vector of type t and attribute a of the n items in b.
func vectorOf(t Type, a Attr, n int, b []byte) (Value, error) {
	body := make([]byte, 6, 6+len(b))
	body[0], body[1] = byte(t), byte(a)
	binary.LittleEndian.PutUint32(body[2:], uint32(n))
	return DecodeBody(append(body, b...), false)
}
