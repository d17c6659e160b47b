package zstd

import (
	"encoding/binary"
	"math/bits"
)

// This file is the encoder: one frame whose window is its whole content
// (single segment, as the reference library writes a buffer it is given
// whole), cut into blocks of at most 128 KB. Matches are found through a
// hash table of the 4 bytes at each position, and the last offset is
// tried first; a block that does not shrink is stored raw.

// Encode appends to dst one zstd frame holding src. Level is the effort:
// from 5 up, the encoder also tries a match one byte on before taking
// the one it found (lazy matching).
func Encode(dst, src []byte, level int) []byte {
	dst = binary.LittleEndian.AppendUint32(dst, frameMagic)
	n := len(src)
	switch {
	case n < 256:
		dst = append(dst, 0x20, byte(n))
	case n < 65536+256:
		dst = append(dst, 0x60)
		dst = binary.LittleEndian.AppendUint16(dst, uint16(n-256))
	case uint64(n) <= 0xffffffff:
		dst = append(dst, 0xa0)
		dst = binary.LittleEndian.AppendUint32(dst, uint32(n))
	default:
		dst = append(dst, 0xe0)
		dst = binary.LittleEndian.AppendUint64(dst, uint64(n))
	}
	e := encoder{src: src, rep: [3]uint32{1, 4, 8}, lazy: level >= 5}
	hlog := uint(16)
	if n < 1<<14 {
		hlog = uint(max(bits.Len(uint(n)), 8))
	}
	e.hlog = hlog
	e.table = make([]int32, 2<<hlog)
	for i := range e.table {
		e.table[i] = -1
	}
	e.table, e.long = e.table[:1<<hlog], e.table[1<<hlog:]
	for start := 0; ; start += maxBlockSize {
		end := min(start+maxBlockSize, n)
		dst = e.block(dst, start, end, end == n)
		if end == n {
			return dst
		}
	}
}

// encoder is the state of one Encode.
type encoder struct {
	src   []byte
	table []int32 // a position of each hash of 4 bytes, -1 for none
	long  []int32 // and of 8 bytes
	hlog  uint
	rep   [3]uint32
	lazy  bool
	seqs  []seq
	lits  []byte
}

// hash4 is the hash of the 4 bytes at i.
func (e *encoder) hash4(i int) uint32 {
	return binary.LittleEndian.Uint32(e.src[i:]) * 2654435761 >> (32 - e.hlog)
}

// hash8 is the hash of the 8 bytes at i.
func (e *encoder) hash8(i int) uint32 {
	return uint32(binary.LittleEndian.Uint64(e.src[i:]) * 0xcf1bbcdcb7a56463 >> (64 - e.hlog))
}

// matchLen is how many bytes from a and b match, b not going past end.
func (e *encoder) matchLen(a, b, end int) int {
	s := e.src
	n := 0
	for b+n+8 <= end {
		x := binary.LittleEndian.Uint64(s[a+n:]) ^ binary.LittleEndian.Uint64(s[b+n:])
		if x != 0 {
			return n + bits.TrailingZeros64(x)>>3
		}
		n += 8
	}
	for b+n < end && s[a+n] == s[b+n] {
		n++
	}
	return n
}

// find gives the longest match at i (its start may move back to no
// further than anchor), ml 0 when there is none of 4 bytes.
func (e *encoder) find(i, anchor, end int) (start, off, ml int) {
	h := e.hash4(i)
	c := int(e.table[h])
	e.table[h] = int32(i)
	h8 := e.hash8(i)
	c8 := int(e.long[h8])
	e.long[h8] = int32(i)
	if r := int(e.rep[0]); i-r >= 0 && i > anchor {
		if n := e.matchLen(i-r, i, end); n >= 4 {
			start, off, ml = i, r, n
		}
	}
	if c8 >= 0 && c8 < i {
		if n := e.matchLen(c8, i, end); n >= 8 && n > ml {
			start, off, ml = i, i-c8, n
		}
	}
	if c >= 0 && c < i && ml < 8 {
		if n := e.matchLen(c, i, end); n >= 4 && n > ml {
			start, off, ml = i, i-c, n
		}
	}
	if ml == 0 {
		return
	}
	for start > anchor && start-off > 0 && e.src[start-1] == e.src[start-1-off] {
		start--
		ml++
	}
	return
}

// block appends the block of src[start:end].
func (e *encoder) block(dst []byte, start, end int, last bool) []byte {
	saved := e.rep
	e.seqs, e.lits = e.seqs[:0], e.lits[:0]
	anchor, i := start, start
	for i+8 <= end {
		s, off, ml := e.find(i, anchor, end)
		if ml == 0 {
			i += 1 + (i-anchor)>>6
			continue
		}
		if e.lazy && i+9 <= end {
			if s2, off2, ml2 := e.find(i+1, anchor, end); ml2 > ml+1 {
				s, off, ml = s2, off2, ml2
			}
		}
		e.emit(anchor, s, off, ml)
		i = s + ml
		anchor = i
		for _, p := range []int{s + 1, s + ml/2, i - 2} {
			if p > s && p+8 <= end {
				e.table[e.hash4(p)] = int32(p)
				e.long[e.hash8(p)] = int32(p)
			}
		}
	}
	e.lits = append(e.lits, e.src[anchor:end]...)
	flag := uint32(0)
	if last {
		flag = 1
	}
	at := len(dst)
	dst = append(dst, 0, 0, 0)
	dst = appendLiterals(dst, e.lits)
	dst = appendSequences(dst, e.seqs)
	size := len(dst) - at - 3
	if size >= end-start || end == start {
		e.rep = saved // the decoder sees no sequences in a raw block
		dst = append(dst[:at], byte(flag|uint32(end-start)<<3), byte((end-start)>>5), byte((end-start)>>13))
		return append(dst, e.src[start:end]...)
	}
	h := flag | 2<<1 | uint32(size)<<3
	dst[at], dst[at+1], dst[at+2] = byte(h), byte(h>>8), byte(h>>16)
	return dst
}

// emit records the literals from anchor to s, then a match at s of ml
// bytes off back.
func (e *encoder) emit(anchor, s, off, ml int) {
	ll := uint32(s - anchor)
	e.lits = append(e.lits, e.src[anchor:s]...)
	o := uint32(off)
	ob := o + 3
	switch {
	case ll > 0 && o == e.rep[0]:
		ob = 1
	case ll > 0 && o == e.rep[1], ll == 0 && o == e.rep[2]:
		ob = 2
	case ll > 0 && o == e.rep[2], ll == 0 && o == e.rep[0]-1:
		ob = 3
	case ll == 0 && o == e.rep[1]:
		ob = 1
	}
	updateRep(&e.rep, ob, ll)
	e.seqs = append(e.seqs, seq{ll: ll, ml: uint32(ml), offBase: ob})
}

// appendLiterals appends a literals section holding lits: one byte
// repeated (RLE) when they are all the same, else Huffman-coded when
// that pays, else as they are.
func appendLiterals(out, lits []byte) []byte {
	kind := 0
	if len(lits) > 1 {
		kind = 1
		for _, c := range lits {
			if c != lits[0] {
				kind = 0
				break
			}
		}
	}
	if kind == 0 {
		if b, ok := appendHuffLiterals(out, lits); ok {
			return b
		}
	}
	n := len(lits)
	switch {
	case n < 32:
		out = append(out, byte(n<<3|kind))
	case n < 4096:
		out = append(out, byte(n<<4|1<<2|kind), byte(n>>4))
	default:
		out = append(out, byte(n<<4|3<<2|kind), byte(n>>4), byte(n>>12))
	}
	if kind == 1 {
		return append(out, lits[0])
	}
	return append(out, lits...)
}
