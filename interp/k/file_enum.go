// This file defines the on-disk form of an enumerated vector, the form of
// every symbol column of a splayed or partitioned table (kdb+ 3.6 and
// later: 64-bit enumerations, "a new file format", docs/releases/
// ChangesIn3.6.md).
//
// Layout: a 4096-byte page, then the indices as int64. The page starts
// fd 20; the domain's name (the name of the domain's file, `sym` for a
// database .Q.en wrote) starts at byte 16, NUL-terminated; the page's
// last 16 bytes (from 4080) describe the vector as the fe 20 header does:
// fd 00, the type 20, the attribute, four zero bytes, then the count as
// int64. Where the layout comes from: the magic bytes and the offsets of
// type, attribute, count and domain name as read by kdb-common's file.kdb
// (Jaskirat Rajasansir), and the descriptor bytes fd 00 14 as a kdb+
// column file of a real database shows them (peachq's format notes).
// Integers are little-endian.

package k

import (
	"bytes"
	"encoding/binary"
)

// The enumerated-vector page.
const (
	fileEnum     = 0xfd // fd 20: a file with a 4096-byte page before the items
	EnumPage     = 4096 // where an enumeration's indices start
	enumDescAt   = 4080 // where the page's vector descriptor starts
	enumNameAt   = 16   // where the domain's name starts
	maxEnumName  = enumDescAt - enumNameAt - 1
	vectorHeader = 16 // the size of the fe 20 header
)

// EncodeEnumFile gives the bytes of the data file of an enumerated
// vector over the domain dom (a plain name: the last component of the
// domain file's path) with attribute a and indices idx.
func EncodeEnumFile(dom string, a Attr, idx []int64) ([]byte, error) {
	if dom == "" || len(dom) > maxEnumName || bytes.IndexByte([]byte(dom), 0) >= 0 {
		return nil, &Error{Msg: ErrType}
	}
	out := make([]byte, EnumPage, EnumPage+8*len(idx))
	out[0], out[1] = fileEnum, 0x20
	copy(out[enumNameAt:], dom)
	d := out[enumDescAt:]
	d[0], d[2], d[3] = fileEnum, byte(KEnum), byte(a)
	binary.LittleEndian.PutUint64(d[8:], uint64(len(idx)))
	for _, i := range idx {
		out = binary.LittleEndian.AppendUint64(out, uint64(i))
	}
	return out, nil
}

// FileHeader describes a data file whose items can be used where they lie:
// a simple vector of fixed-width items (fe 20) or an enumeration (fd 20).
type FileHeader struct {
	T    Type   // the vector's type: KEnum for an enumeration
	A    Attr   // its attribute
	N    int64  // its count
	Off  int    // where the items start
	Dom  string // an enumeration's domain
	Size int    // the width of one item
}

// ReadHeader parses the header of a data file from its first bytes (at
// least 16, or 4096 for an enumeration) and the file's size. ok is false
// for a file whose items cannot be used in place (a serialized object, a
// nested column, a compressed file), err non-nil for a damaged header.
func ReadHeader(b []byte, size int64) (h FileHeader, ok bool, err error) {
	if len(b) < 2 {
		return h, false, nil
	}
	switch {
	case b[0] == fileVector && b[1] == 0x20 && !IsNestedFile(b):
		if len(b) < vectorHeader {
			return h, false, errBadMsg
		}
		h.T, h.A, h.Off = Type(b[2]), Attr(b[3]), vectorHeader
		h.N = int64(binary.LittleEndian.Uint64(b[8:]))
		h.Size = itemWidth(h.T)
		if h.Size == 0 {
			return h, false, &Error{Msg: ErrType}
		}
	case IsAnymapFile(b):
		return h, false, nil
	case b[0] == fileEnum && b[1] == 0x20:
		if len(b) < EnumPage {
			return h, false, errBadMsg
		}
		d := b[enumDescAt:]
		if Type(d[2]) != KEnum {
			return h, false, &Error{Msg: ErrType}
		}
		name := b[enumNameAt:enumDescAt]
		end := bytes.IndexByte(name, 0)
		if end <= 0 {
			return h, false, errBadMsg
		}
		h.T, h.A, h.Off, h.Size = KEnum, Attr(d[3]), EnumPage, 8
		h.Dom = string(name[:end])
		h.N = int64(binary.LittleEndian.Uint64(d[8:]))
	default:
		return h, false, nil
	}
	if h.A > AttrG {
		h.A = AttrNone
	}
	if h.N == 0 && h.A <= AttrS {
		// kdb+ leaves the count 0 in some files it writes (files of
		// kdb+ databases show it; DolphinDB's kdb+ reader counts the items
		// to the file's end for them): the items run to the end
		h.N = (size - int64(h.Off)) / int64(h.Size)
	}
	if h.N < 0 || h.N > (size-int64(h.Off))/int64(h.Size) {
		return h, false, errBadMsg
	}
	return h, true, nil
}

// decodeEnumFile reads the fd 20 form of an enumerated vector. The
// result has no resolver: the caller sets Env.
func decodeEnumFile(b []byte) (Value, error) {
	h, ok, err := ReadHeader(b, int64(len(b)))
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, &Error{Msg: ErrType}
	}
	idx := make([]int64, h.N)
	for i := range idx {
		idx[i] = int64(binary.LittleEndian.Uint64(b[h.Off+8*i:]))
	}
	return &Enum{Dom: h.Dom, A: h.A, V: idx}, nil
}
