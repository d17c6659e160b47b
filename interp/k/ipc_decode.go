// This file reads kdb+'s serialization back into q values: -9! and the
// receiving side of IPC. Input is untrusted, so every count is checked
// against the bytes that remain before anything is allocated.

package k

import (
	"encoding/binary"
	"math"
)

// maxDepth bounds the nesting of objects in both directions.
const maxDepth = 4096

// Decode reads a complete IPC message (8-byte header and one object) in
// either byte order, decompressing it first when byte 2 of the header says
// it is compressed. Malformed input gives a *Error "badmsg"; Decode never
// panics and never allocates beyond what the bytes present can fill.
// Lambdas come back with their source and context but no compiled Code.
func Decode(msg []byte) (Value, error) {
	v, _, err := (*Decoder)(nil).Decode(msg)
	return v, err
}

// DecodeBody reads exactly one object from b, written in big-endian order
// when be is set. Trailing bytes are an error.
func DecodeBody(b []byte, be bool) (v Value, err error) {
	d := decoder{b: b, be: be}
	return d.body()
}

// DecodeFileBody reads the object a kdb+ data file holds after its ff 01
// prefix, as EncodeFileBody writes it: enumerations come back over their
// domain, without a resolver (the caller sets Env).
func DecodeFileBody(b []byte) (v Value, err error) {
	d := decoder{b: b, file: true}
	return d.body()
}

// Decoder decodes message after message as Decode does, and shares
// between them what can be shared: a symbol seen before comes back as
// the same boxed atom, its text not copied again, so a stream of small
// messages on a few symbols (a ticker plant's updates) decodes without
// an allocation per symbol. Its long, timestamp, timespan, float and
// datetime atoms are carved from blocks (Boxes), as its small lists are,
// so a row of a few atoms costs no allocation per atom either. The zero
// value is ready to use; a nil *Decoder shares nothing. A Decoder is not
// safe for concurrent use.
type Decoder struct {
	syms   map[string]Value // boxed symbol atoms, by their text
	lists  listBlocks       // the rest of the blocks small lists are carved from
	recent recentSyms       // the symbols last found, tried before syms
	box    Boxes            // 64-bit atoms made in blocks
}

// recentSyms are symbols a Decoder found lately, with their atoms, one
// per slot of a small table indexed by the symbol's length and end
// bytes: the handful a stream of updates repeats (`upd, a table's name,
// a few tickers) are found by comparing bytes once, without hashing
// them. A symbol whose slot another took is found in the map.
type recentSyms struct {
	s [16]string
	v [16]Value
}

// slot is the index of b's slot.
func (r *recentSyms) slot(b []byte) int {
	n := len(b)
	if n == 0 {
		return 0
	}
	return (n + int(b[0]) + 3*int(b[n-1])) % len(r.s)
}

// find is the atom of the symbol b, if it is a recent one.
func (r *recentSyms) find(b []byte) Value {
	i := r.slot(b)
	if r.v[i] != nil && r.s[i] == string(b) {
		return r.v[i]
	}
	return nil
}

// add makes v, the atom of the symbol s, a recent one, in place of the
// one in its slot.
func (r *recentSyms) add(s string, v Value) {
	i := r.slot([]byte(s))
	r.s[i], r.v[i] = s, v
}

// The symbols a Decoder keeps: at most maxSyms, none longer than
// maxSymLen bytes. When full it starts again empty, so that it follows
// the symbols in use rather than the first ones seen.
const (
	maxSyms   = 1 << 14
	maxSymLen = 64
)

// Decode reads a complete IPC message, as the function Decode does, and
// reports whether the value holds a lambda, whose Code the caller must
// compile.
func (dc *Decoder) Decode(msg []byte) (v Value, lambdas bool, err error) {
	if len(msg) < HeaderLen+1 {
		return nil, false, errBadMsg
	}
	be := msg[0] == 0
	if msg[0] > 1 {
		return nil, false, errBadMsg
	}
	n := int(readU32(msg[4:], be))
	if n < HeaderLen+1 || n > len(msg) {
		return nil, false, errBadMsg
	}
	msg = msg[:n]
	if msg[2] == 1 {
		u, err := Uncompress(msg)
		if err != nil {
			return nil, false, err
		}
		msg = u
	} else if msg[2] != 0 {
		return nil, false, errBadMsg
	}
	d := decoder{b: msg[HeaderLen:], be: be}
	if dc != nil {
		if dc.syms == nil || len(dc.syms) >= maxSyms {
			dc.syms = make(map[string]Value, 64)
		}
		d.syms, d.lists, d.recent, d.box = dc.syms, &dc.lists, &dc.recent, &dc.box
	}
	v, err = d.body()
	return v, d.lambdas, err
}

// body reads exactly one object, the whole of d.b.
func (d *decoder) body() (v Value, err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(*Error); ok { // 'wsfull from room
				v, err = nil, e
				return
			}
			if _, ok := r.(badMsg); !ok {
				panic(r)
			}
			v, err = nil, errBadMsg
		}
	}()
	v = d.value()
	if d.i != len(d.b) {
		return nil, errBadMsg
	}
	return v, nil
}

var errBadMsg = &Error{Msg: "badmsg"}

// badMsg is what the decoder panics with on malformed input; DecodeBody
// turns it into errBadMsg.
type badMsg struct{}

// decoder reads objects from b starting at i.
type decoder struct {
	b       []byte
	i       int
	be      bool
	depth   int
	syms    map[string]Value // a Decoder's symbols; nil: none kept
	recent  *recentSyms      // a Decoder's recent symbols, with syms
	lists   *listBlocks      // a Decoder's blocks of small lists; nil: one at a time
	box     *Boxes           // a Decoder's blocks of atoms; nil: one at a time
	lambdas bool             // a lambda was read
	file    bool             // a data file's object: enumerations keep their domain
}

func readU32(b []byte, be bool) uint32 {
	if be {
		return binary.BigEndian.Uint32(b)
	}
	return binary.LittleEndian.Uint32(b)
}

// take returns the next n bytes, or fails when fewer remain.
func (d *decoder) take(n int) []byte {
	if n < 0 || n > len(d.b)-d.i {
		panic(badMsg{})
	}
	s := d.b[d.i : d.i+n]
	d.i += n
	return s
}

func (d *decoder) byte1() byte { return d.take(1)[0] }

func (d *decoder) u16() uint16 {
	s := d.take(2)
	if d.be {
		return binary.BigEndian.Uint16(s)
	}
	return binary.LittleEndian.Uint16(s)
}

func (d *decoder) u32() uint32 { return readU32(d.take(4), d.be) }

func (d *decoder) u64() uint64 {
	s := d.take(8)
	if d.be {
		return binary.BigEndian.Uint64(s)
	}
	return binary.LittleEndian.Uint64(s)
}

// sym reads a NUL-terminated symbol.
func (d *decoder) sym() string {
	if d.syms != nil {
		return d.symAtom().(Atom[string]).V
	}
	j := d.symEnd()
	s := string(d.b[d.i:j])
	d.i = j + 1
	return s
}

// symAtom reads a NUL-terminated symbol as an atom, the one read before
// if the decoder keeps symbols.
func (d *decoder) symAtom() Value {
	j := d.symEnd()
	b := d.b[d.i:j]
	d.i = j + 1
	if d.syms == nil || len(b) > maxSymLen {
		return Atom[string]{-KS, string(b)}
	}
	if v := d.recent.find(b); v != nil {
		return v
	}
	v, ok := d.syms[string(b)]
	if !ok {
		v = Value(Atom[string]{-KS, string(b)})
		if len(d.syms) < maxSyms {
			d.syms[v.(Atom[string]).V] = v
		}
	}
	d.recent.add(v.(Atom[string]).V, v)
	return v
}

// symEnd is the index of the NUL that ends the symbol at d.i.
func (d *decoder) symEnd() int {
	for j := d.i; j < len(d.b); j++ {
		if d.b[j] == 0 {
			return j
		}
	}
	panic(badMsg{})
}

// count reads a vector count and checks that at least min bytes per item
// remain for it.
func (d *decoder) count(min int) int {
	n := int(int32(d.u32()))
	if n < 0 || n > (len(d.b)-d.i)/min {
		panic(badMsg{})
	}
	return n
}

// room is count for an object of n items of size bytes each in memory,
// which may be more than on the wire: the workspace must have room for
// it (Reserve), or the message is 'wsfull rather than the process out of
// memory. Small objects are not checked.
func (d *decoder) room(min, size int) int {
	n := d.count(min)
	Reserve(n, size)
	return n
}

func (d *decoder) attr() Attr {
	a := Attr(d.byte1())
	if a > AttrG {
		panic(badMsg{})
	}
	return a
}

// value reads one object. An elided-argument marker outside a projection
// reads as `::`, which is how q shows it.
func (d *decoder) value() Value {
	v := d.valueOrHole()
	if v == nil {
		return Identity
	}
	return v
}

// valueOrHole reads one object; an elided argument gives nil.
func (d *decoder) valueOrHole() Value {
	d.depth++ // not restored on a panic: the decoding ends there
	if d.depth > maxDepth {
		panic(badMsg{})
	}
	v := d.object()
	d.depth--
	return v
}

// object reads one object at the current depth.
func (d *decoder) object() Value {
	t := Type(int8(d.byte1()))
	switch {
	case t < 0 && t >= -KT:
		return d.atom(t)
	case t >= KB && t <= KT:
		return d.vector(t)
	}
	switch t {
	case KEnum:
		if !d.file {
			panic(badMsg{})
		}
		a := d.attr()
		n := d.room(2, 8)
		dom := d.sym()
		if dom == "" {
			panic(badMsg{}) // every domain has a name
		}
		idx := make([]int64, n)
		for i := range idx {
			idx[i] = int64(d.u64())
		}
		return &Enum{Dom: dom, A: a, V: idx}
	case -KEnum:
		if !d.file {
			panic(badMsg{})
		}
		dom := d.sym()
		if dom == "" {
			panic(badMsg{})
		}
		return EnumAtom{Dom: dom, V: int64(d.u64())}
	case KList:
		a := d.attr()
		n := d.room(2, 16)
		l := d.newList(n)
		l.A = a
		for i := range l.V {
			l.V[i] = d.value()
		}
		return l
	case XT:
		a := d.attr()
		t := d.table()
		if a == AttrS {
			t = markSorted(t)
		}
		return t
	case XD, 0x7f:
		k := d.value()
		v := d.value()
		// keys onto one atom is a dictionary kdb+ makes (`c1`c2!`t, the
		// flip of a partitioned table)
		ontoAtom := IsList(k) && v.Type() < 0
		// a keyed table whose key is every column (1!([]k:1 2)) has a
		// value table of no columns, which knows no count
		noValues := false
		if kt, ok := k.(*Table); ok {
			vt, ok := v.(*Table)
			noValues = ok && len(vt.Cols.V) == 0 && len(kt.Cols.V) > 0
		}
		if !ontoAtom && (k.Len() != v.Len() && !noValues || !IsList(k) && k.Type() != XT || !IsList(v) && v.Type() != XT) {
			panic(badMsg{})
		}
		if t == 0x7f {
			if kt, ok := k.(*Table); ok {
				k = markSorted(kt)
			} else {
				k = withAttr(k, AttrS)
			}
		}
		return &Dict{K: k, V: v}
	case FL:
		ctx := d.sym()
		src, ok := d.value().(*Vec[uint8])
		if !ok || src.T != KC {
			panic(badMsg{})
		}
		if ctx != "" {
			ctx = "." + ctx
		}
		d.lambdas = true
		return &Lambda{Src: string(src.V), Ctx: ctx}
	case FU, FB, FA:
		c := d.byte1()
		if t == FU && c == holeCode {
			return nil
		}
		p, ok := primFromWire(t, c)
		if !ok {
			panic(badMsg{})
		}
		if t == FU && c == 0 {
			return Identity
		}
		return p
	case FP:
		n := d.count(2)
		if n < 1 {
			panic(badMsg{})
		}
		f := d.value()
		if !IsFunc(f.Type()) {
			panic(badMsg{})
		}
		args := make([]Value, n-1)
		for i := range args {
			args[i] = d.valueOrHole()
		}
		return &Proj{F: f, Args: args}
	case FC:
		n := d.count(2)
		if n < 1 {
			panic(badMsg{})
		}
		fs := make([]Value, n)
		for i := range fs {
			fs[i] = d.value()
		}
		return &Comp{Fs: fs}
	case FEach, FOver, FScan, FPrior, FRight, FLeft:
		return &Derived{T: t, F: d.value()}
	case KErr:
		return &ErrVal{Msg: d.sym()}
	}
	panic(badMsg{})
}

// table reads the body of a table after its attribute byte: a dictionary
// of a symbol vector of names and a general list of equal-length columns,
// each a list or a table.
func (d *decoder) table() *Table {
	if Type(int8(d.byte1())) != XD {
		panic(badMsg{})
	}
	names, ok := d.value().(*Vec[string])
	if !ok || names.T != KS {
		panic(badMsg{})
	}
	cols, ok := d.value().(*List)
	if !ok || len(cols.V) != len(names.V) {
		panic(badMsg{})
	}
	for _, c := range cols.V {
		// a column is a list, or a table (a column of records)
		if !IsList(c) && c.Type() != XT || c.Len() != cols.V[0].Len() {
			panic(badMsg{})
		}
	}
	return &Table{Cols: names, Data: cols.V}
}

// atom reads the value of an atom of type t (t < 0).
func (d *decoder) atom(t Type) Value {
	switch t {
	case -KB:
		return Atom[bool]{t, d.byte1() != 0}
	case -KG:
		var g GUID
		copy(g[:], d.take(16))
		return Atom[GUID]{t, g}
	case -KX, -KC:
		return Atom[uint8]{t, d.byte1()}
	case -KH:
		return Atom[int16]{t, int16(d.u16())}
	case -KI:
		return I(int32(d.u32())) // a small one boxed already
	case -KM, -KD, -KU, -KV, -KT:
		return Atom[int32]{t, int32(d.u32())}
	case -KJ:
		if d.box != nil {
			return d.box.J(int64(d.u64())) // a small one boxed already
		}
		return J(int64(d.u64()))
	case -KP, -KN:
		if d.box != nil {
			return d.box.int64Atom(t, int64(d.u64()))
		}
		return Atom[int64]{t, int64(d.u64())}
	case -KE:
		return Atom[float32]{t, math.Float32frombits(d.u32())}
	case -KF, -KZ:
		if d.box != nil {
			return d.box.float64Atom(t, math.Float64frombits(d.u64()))
		}
		return Atom[float64]{t, math.Float64frombits(d.u64())}
	case -KS:
		return d.symAtom()
	}
	panic(badMsg{}) // -3 and enumerations
}

// vector reads a simple vector of type t after its type byte.
func (d *decoder) vector(t Type) Value {
	a := d.attr()
	switch t {
	case KB:
		s := d.take(d.room(1, 1))
		v := make([]bool, len(s))
		for i, c := range s {
			v[i] = c != 0
		}
		return &Vec[bool]{T: t, A: a, V: v}
	case KG:
		n := d.room(16, 16)
		v := make([]GUID, n)
		for i := range v {
			copy(v[i][:], d.take(16))
		}
		return &Vec[GUID]{T: t, A: a, V: v}
	case KX, KC:
		s := d.take(d.room(1, 1))
		return &Vec[uint8]{T: t, A: a, V: append([]byte(nil), s...)}
	case KH:
		v := make([]int16, d.room(2, 2))
		s := d.take(2 * len(v))
		if d.be {
			for i := range v {
				v[i] = int16(binary.BigEndian.Uint16(s[2*i:]))
			}
		} else {
			for i := range v {
				v[i] = int16(binary.LittleEndian.Uint16(s[2*i:]))
			}
		}
		return &Vec[int16]{T: t, A: a, V: v}
	case KI, KM, KD, KU, KV, KT:
		v := make([]int32, d.room(4, 4))
		s := d.take(4 * len(v))
		if d.be {
			for i := range v {
				v[i] = int32(binary.BigEndian.Uint32(s[4*i:]))
			}
		} else {
			for i := range v {
				v[i] = int32(binary.LittleEndian.Uint32(s[4*i:]))
			}
		}
		return &Vec[int32]{T: t, A: a, V: v}
	case KJ, KP, KN:
		v := make([]int64, d.room(8, 8))
		s := d.take(8 * len(v))
		if d.be {
			for i := range v {
				v[i] = int64(binary.BigEndian.Uint64(s[8*i:]))
			}
		} else {
			for i := range v {
				v[i] = int64(binary.LittleEndian.Uint64(s[8*i:]))
			}
		}
		return &Vec[int64]{T: t, A: a, V: v}
	case KE:
		v := make([]float32, d.room(4, 4))
		s := d.take(4 * len(v))
		if d.be {
			for i := range v {
				v[i] = math.Float32frombits(binary.BigEndian.Uint32(s[4*i:]))
			}
		} else {
			for i := range v {
				v[i] = math.Float32frombits(binary.LittleEndian.Uint32(s[4*i:]))
			}
		}
		return &Vec[float32]{T: t, A: a, V: v}
	case KF, KZ:
		v := make([]float64, d.room(8, 8))
		s := d.take(8 * len(v))
		if d.be {
			for i := range v {
				v[i] = math.Float64frombits(binary.BigEndian.Uint64(s[8*i:]))
			}
		} else {
			for i := range v {
				v[i] = math.Float64frombits(binary.LittleEndian.Uint64(s[8*i:]))
			}
		}
		return &Vec[float64]{T: t, A: a, V: v}
	case KS:
		v := make([]string, d.room(1, 16))
		for i := range v {
			v[i] = d.sym()
		}
		return &Vec[string]{T: t, A: a, V: v}
	}
	panic(badMsg{}) // type 3
}

// listBlocks are the blocks a Decoder carves general lists of up to
// smallList items from: their headers from one, their items from the
// other, each list taking exactly the items it has. Most lists in a
// stream of updates are a message (`upd;`t;row) and its row of a few
// atoms. A list keeps its blocks alive, as a message's bytes keep their
// slab.
type listBlocks struct {
	heads []List
	items []Value
}

// The lists a Decoder carves: at most smallList items each, from blocks
// of headBlock headers and itemBlock items.
const (
	smallList = 16
	headBlock = 32
	itemBlock = 128
)

// newList makes a general list of n items, all nil: a small one from the
// Decoder's blocks, if it has them.
func (d *decoder) newList(n int) *List {
	b := d.lists
	if n > smallList || b == nil {
		return &List{V: make([]Value, n)}
	}
	if len(b.heads) == 0 {
		b.heads = make([]List, headBlock)
	}
	if len(b.items) < n {
		b.items = make([]Value, itemBlock)
	}
	l := &b.heads[0]
	b.heads = b.heads[1:]
	l.V, b.items = b.items[:n:n], b.items[n:]
	return l
}
