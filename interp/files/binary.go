// This file defines 1: (File Binary, docs/ref/file-binary.md): reading
// fixed-width binary records, and writing the bytes of a value to a file.

package files

import (
	"encoding/binary"
	"math"
	"strings"

	"qgo/interp/k"
)

// Binary is x 1: y (docs/ref/file-binary.md): a file symbol x writes the
// bytes of y to the file, (file;lbs;alg;lvl) with algorithm 0 likewise,
// a pair (types;widths) reads fixed-width binary records from y. check
// is the session's interrupt check, called while a named pipe waits (Open).
func Binary(x, y k.Value, check func()) k.Value {
	if p, ok := Path(x); ok {
		WriteBytes(p, rawBytes(y))
		return x
	}
	if l, ok := x.(*k.List); ok {
		if len(l.V) == 4 {
			// (file;lbs;alg;lvl): compression algorithm 0 is a plain write
			if p, ok := Path(l.V[0]); ok {
				if alg, ok := Int(l.V[2]); ok && alg == 0 {
					WriteBytes(p, rawBytes(y))
					return l.V[0]
				}
				k.Signal(k.ErrNyi)
			}
		}
		if len(l.V) == 2 {
			return readBinary(l, y, check)
		}
	}
	k.Signal(k.ErrNyi)
	return nil
}

// rawBytes is what `:file 1: y writes: the bytes of a byte or char
// vector, or the items of any other simple vector or atom as they lie in
// memory (little-endian).
func rawBytes(y k.Value) []byte {
	switch v := y.(type) {
	case *k.Vec[uint8]:
		return v.V
	case k.Atom[uint8]:
		return []byte{v.V}
	}
	if k.IsAtom(y) && y.Type() != -k.KS {
		y = k.Enlist(y)
	}
	if t := y.Type(); t <= 0 || t >= k.XT || t == k.KS {
		k.Signal(k.ErrType)
	}
	body, err := k.EncodeBody(y)
	if e, ok := err.(*k.Error); ok {
		panic(e)
	} else if err != nil {
		panic(&k.Error{Msg: err.Error()})
	}
	return body[6:] // past type, attribute and count
}

// binaryWidths gives the natural width of each 1: type letter.
var binaryWidths = map[byte]int{
	'b': 1, 'g': 16, 'x': 1, 'h': 2, 'i': 4, 'j': 8, 'e': 4, 'f': 8, 'c': 1,
	'p': 8, 'm': 4, 'd': 4, 'z': 8, 'n': 8, 'u': 4, 'v': 4, 't': 4,
}

// readBinary is (types;widths) 1: y, little-endian, or (widths;types)
// 1: y, big-endian: as many whole records as y holds, as a list of
// columns.
func readBinary(x *k.List, y k.Value, check func()) k.Value {
	tv, wv := x.V[0], x.V[1]
	bigEndian := false
	if _, ok := intsOf(tv); ok {
		tv, wv, bigEndian = wv, tv, true
	}
	types := ""
	switch t := tv.(type) {
	case *k.Vec[uint8]:
		if t.T != k.KC {
			k.Signal(k.ErrType)
		}
		types = string(t.V)
	case k.Atom[uint8]:
		types = string([]byte{t.V})
	default:
		k.Signal(k.ErrType)
	}
	widths, ok := intsOf(wv)
	if !ok {
		k.Signal(k.ErrType)
	}
	if len(widths) != len(types) {
		k.Signal(k.ErrLength)
	}
	data := binaryArg(y, check)
	size := 0
	for i, w := range widths {
		nat, known := binaryWidths[types[i]]
		if w < 0 || !known && !strings.ContainsRune(" s*", rune(types[i])) || known && w < nat {
			k.Signal(k.ErrType)
		}
		size += w
	}
	n := 0
	if size > 0 {
		n = len(data) / size
	}
	var cols []k.Value
	pos := 0
	for i, w := range widths {
		c := types[i]
		if c != ' ' {
			items := make([]k.Value, n)
			for r := range items {
				field := data[r*size+pos : r*size+pos+w]
				items[r] = binaryAtom(c, field, bigEndian)
			}
			if n == 0 {
				cols = append(cols, emptyBinary(c))
			} else {
				cols = append(cols, k.Unify(items))
			}
		}
		pos += w
	}
	return k.NewList(cols...)
}

// emptyBinary is the empty column of 1: type letter c.
func emptyBinary(c byte) k.Value {
	if c == '*' {
		return k.NewList()
	}
	return emptyColumn(c &^ 0x20)
}

// binaryArg is the bytes a 1: right argument holds: a byte vector, a
// string, a file symbol (its colon optional) or (file;offset;length).
func binaryArg(y k.Value, check func()) []byte {
	switch v := y.(type) {
	case *k.Vec[uint8]:
		return v.V
	case k.Atom[string], *k.List:
		return ReadPart(y, check)
	}
	k.Signal(k.ErrType)
	return nil
}

// binaryAtom reads the field f as an atom of 1: type letter c.
func binaryAtom(c byte, f []byte, bigEndian bool) k.Value {
	var order binary.ByteOrder = binary.LittleEndian
	if bigEndian {
		order = binary.BigEndian
	}
	switch c {
	case '*':
		return k.Str(string(f))
	case 's':
		if i := strings.IndexByte(string(f), 0); i >= 0 {
			f = f[:i]
		}
		return k.S(string(f))
	case 'b':
		return k.B(f[0] != 0)
	case 'x':
		return k.X(f[0])
	case 'c':
		return k.C(f[0])
	case 'g':
		var g k.GUID
		copy(g[:], f)
		return k.G(g)
	case 'h':
		return k.H(int16(order.Uint16(f)))
	case 'i', 'm', 'd', 'u', 'v', 't':
		return k.Atom[int32]{T: -textType(c &^ 0x20), V: int32(order.Uint32(f))}
	case 'j', 'p', 'n':
		return k.Atom[int64]{T: -textType(c &^ 0x20), V: int64(order.Uint64(f))}
	case 'e':
		return k.E(math.Float32frombits(order.Uint32(f)))
	case 'f', 'z':
		return k.Atom[float64]{T: -textType(c &^ 0x20), V: math.Float64frombits(order.Uint64(f))}
	}
	k.Signal(k.ErrType)
	return nil
}
