package k

import (
	"encoding/binary"
	"math"
	"strings"
)

// beWriter is a deliberately plain big-endian serializer, written apart
// from the encoder, to make the big-endian inputs the decoder must read
// (javakdb before 2026-08 sends them).
type beWriter struct{ b []byte }

func (w *beWriter) u8(c byte)    { w.b = append(w.b, c) }
func (w *beWriter) u16(v uint16) { w.b = binary.BigEndian.AppendUint16(w.b, v) }
func (w *beWriter) u32(v uint32) { w.b = binary.BigEndian.AppendUint32(w.b, v) }
func (w *beWriter) u64(v uint64) { w.b = binary.BigEndian.AppendUint64(w.b, v) }
func (w *beWriter) str(s string) { w.b = append(append(w.b, s...), 0) }

func (w *beWriter) head(t Type, a Attr, n int) {
	w.u8(byte(t))
	w.u8(byte(a))
	w.u32(uint32(n))
}

func (w *beWriter) value(v Value) {
	switch x := v.(type) {
	case nil:
		w.u8(101)
		w.u8(0xff)
	case Atom[bool]:
		w.u8(byte(int8(x.T)))
		w.u8(b2u(x.V))
	case Atom[uint8]:
		w.u8(byte(int8(x.T)))
		w.u8(x.V)
	case Atom[int16]:
		w.u8(byte(int8(x.T)))
		w.u16(uint16(x.V))
	case Atom[int32]:
		w.u8(byte(int8(x.T)))
		w.u32(uint32(x.V))
	case Atom[int64]:
		w.u8(byte(int8(x.T)))
		w.u64(uint64(x.V))
	case Atom[float32]:
		w.u8(byte(int8(x.T)))
		w.u32(math.Float32bits(x.V))
	case Atom[float64]:
		w.u8(byte(int8(x.T)))
		w.u64(math.Float64bits(x.V))
	case Atom[string]:
		w.u8(byte(int8(x.T)))
		w.str(x.V)
	case Atom[GUID]:
		w.u8(byte(int8(x.T)))
		w.b = append(w.b, x.V[:]...)
	case *Vec[bool]:
		w.head(x.T, x.A, len(x.V))
		for _, b := range x.V {
			w.u8(b2u(b))
		}
	case *Vec[uint8]:
		w.head(x.T, x.A, len(x.V))
		w.b = append(w.b, x.V...)
	case *Vec[int16]:
		w.head(x.T, x.A, len(x.V))
		for _, i := range x.V {
			w.u16(uint16(i))
		}
	case *Vec[int32]:
		w.head(x.T, x.A, len(x.V))
		for _, i := range x.V {
			w.u32(uint32(i))
		}
	case *Vec[int64]:
		w.head(x.T, x.A, len(x.V))
		for _, i := range x.V {
			w.u64(uint64(i))
		}
	case *Vec[float32]:
		w.head(x.T, x.A, len(x.V))
		for _, f := range x.V {
			w.u32(math.Float32bits(f))
		}
	case *Vec[float64]:
		w.head(x.T, x.A, len(x.V))
		for _, f := range x.V {
			w.u64(math.Float64bits(f))
		}
	case *Vec[string]:
		w.head(x.T, x.A, len(x.V))
		for _, s := range x.V {
			w.str(s)
		}
	case *Vec[GUID]:
		w.head(x.T, x.A, len(x.V))
		for _, g := range x.V {
			w.b = append(w.b, g[:]...)
		}
	case *List:
		w.head(0, 0, len(x.V))
		for _, it := range x.V {
			w.value(it)
		}
	case *Dict:
		if kt, ok := x.K.(*Table); ok && SortedTable(kt) {
			w.u8(0x7f)
			w.table(kt, 1, true)
		} else if attrOf(x.K) == AttrS {
			w.u8(0x7f)
			w.value(x.K)
		} else {
			w.u8(99)
			w.value(x.K)
		}
		w.value(x.V)
	case *Table:
		var a byte
		if SortedTable(x) {
			a = 1
		}
		w.table(x, a, false)
	case *Lambda:
		w.u8(100)
		w.str(strings.TrimPrefix(x.Ctx, "."))
		w.value(Str(x.Src))
	case *Prim:
		t, c, d, _ := primWire(x)
		if x.Name == "::" {
			t, c = FU, 0
		}
		if d != nil {
			w.value(d)
			return
		}
		w.u8(byte(t))
		w.u8(c)
	case *Proj:
		w.u8(104)
		w.u32(uint32(1 + len(x.Args)))
		w.value(x.F)
		for _, a := range x.Args {
			w.value(a)
		}
	case *Comp:
		w.u8(105)
		w.u32(uint32(len(x.Fs)))
		for _, f := range x.Fs {
			w.value(f)
		}
	case *Derived:
		w.u8(byte(x.T))
		w.value(x.F)
	case *ErrVal:
		w.u8(0x80)
		w.str(x.Msg)
	}
}

func (w *beWriter) table(t *Table, a byte, unmark bool) {
	w.u8(98)
	w.u8(a)
	w.u8(99)
	w.value(Syms(t.Cols.V...))
	w.head(0, 0, len(t.Data))
	for i, c := range t.Data {
		if i == 0 && unmark {
			c = withoutAttr(c)
		}
		w.value(c)
	}
}
