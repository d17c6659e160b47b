// This file extends the in-place upsert of owned keyed tables
// (owned_keyed.go) to tables keyed by several columns, ([sym;time] ...):
// such a table's upsert of a record was a join, which copied every
// column and searched its keys, so a stream of new keys cost the square
// of the table's size (20,000 records took 26 s). The rows of the keys
// are found instead through a hash of each row's keys, the bytes of its
// key items one after the other (keysHash), which each lookup extends
// by the rows appended since, as keyHash does for one key column.

package interp

import (
	"encoding/binary"
	"slices"

	"qgo/interp/k"
)

// keysHash is the first row of each combination of keys among the first
// n rows of a keyed table's key columns (cols, the headers it indexes,
// which only an owned append grows), by the bytes of the row's keys.
type keysHash struct {
	cols []k.Value
	n    int
	pos  map[string]int
	buf  []byte
}

// keysRow is the row of the keys (an atom per key column, of its type)
// in the owned key columns cols, -1 when they have none.
func (in *Interp) keysRow(cols, keys []k.Value) int {
	h, _ := in.keyIx[cols[0]].(*keysHash)
	if h == nil || !slices.Equal(h.cols, cols) {
		if in.keyIx == nil || len(in.keyIx) >= keyIxMax {
			in.keyIx = map[k.Value]any{}
		}
		h = &keysHash{cols: slices.Clone(cols), pos: map[string]int{}}
		in.keyIx[cols[0]] = h
	}
	for n := cols[0].Len(); h.n < n; h.n++ {
		h.buf = h.buf[:0]
		for _, c := range cols {
			h.buf = cellBytes(h.buf, c, h.n)
		}
		if _, dup := h.pos[string(h.buf)]; !dup {
			h.pos[string(h.buf)] = h.n // a duplicate keeps its first row
		}
	}
	h.buf = h.buf[:0]
	for _, a := range keys {
		h.buf = atomBytes(h.buf, a)
	}
	if p, ok := h.pos[string(h.buf)]; ok {
		return p
	}
	return -1
}

// cellBytes appends the bytes of item i of the typed key column c: as
// atomBytes gives for the atom of that item.
func cellBytes(buf []byte, c k.Value, i int) []byte {
	switch v := c.(type) {
	case *k.Vec[bool]:
		return appendBool(buf, v.V[i])
	case *k.Vec[uint8]:
		return append(buf, v.V[i])
	case *k.Vec[int16]:
		return binary.LittleEndian.AppendUint16(buf, uint16(v.V[i]))
	case *k.Vec[int32]:
		return binary.LittleEndian.AppendUint32(buf, uint32(v.V[i]))
	case *k.Vec[int64]:
		return binary.LittleEndian.AppendUint64(buf, uint64(v.V[i]))
	case *k.Vec[string]:
		return append(binary.AppendUvarint(buf, uint64(len(v.V[i]))), v.V[i]...)
	case *k.Vec[k.GUID]:
		return append(buf, v.V[i][:]...)
	}
	panic("cellBytes: a key column keyedRecords does not take")
}

// atomBytes appends the bytes of the key atom a (cellBytes).
func atomBytes(buf []byte, a k.Value) []byte {
	switch v := a.(type) {
	case k.Atom[bool]:
		return appendBool(buf, v.V)
	case k.Atom[uint8]:
		return append(buf, v.V)
	case k.Atom[int16]:
		return binary.LittleEndian.AppendUint16(buf, uint16(v.V))
	case k.Atom[int32]:
		return binary.LittleEndian.AppendUint32(buf, uint32(v.V))
	case k.Atom[int64]:
		return binary.LittleEndian.AppendUint64(buf, uint64(v.V))
	case k.Atom[string]:
		return append(binary.AppendUvarint(buf, uint64(len(v.V))), v.V...)
	case k.Atom[k.GUID]:
		return append(buf, v.V[:]...)
	}
	panic("atomBytes: a key atom keyedRecords does not take")
}

func appendBool(buf []byte, b bool) []byte {
	if b {
		return append(buf, 1)
	}
	return append(buf, 0)
}
