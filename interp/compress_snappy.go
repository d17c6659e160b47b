// This file is kdb+'s compression algorithm 3, snappy's block format
// (github.com/google/snappy, format_description.txt), written here
// rather than linked from a library: golang/snappy's package init builds
// Go's CRC-32C tables (for its framing format, which kdb+ does not use)
// at every start of the process, whether or not a file is ever
// compressed.
//
// A block is the uncompressed length as a varint, then elements, each
// opened by a tag byte whose low two bits are its kind: a literal (its
// length less one in the tag's upper six bits, or, from 60 to 63 there,
// in the 1 to 4 bytes that follow, then its bytes), or a copy of bytes
// already written, at an offset back and of a length: kind 1 has a
// length of 4 to 11 and an 11-bit offset (its top 3 bits in the tag),
// kind 2 a length of 1 to 64 and a 16-bit offset, kind 3 the same with
// a 32-bit offset.
//
// The compressor finds its copies as the reference implementation does
// (a hash table of 4-byte sequences, probed ever more sparsely across
// bytes that match nothing, the input taken 64 KB at a time), so that
// its output is the bytes golang/snappy wrote for the same data, as
// TestSnappySameBytes checks.

package interp

import (
	"encoding/binary"
	"errors"
)

// errSnappyCorrupt is a block that does not decode.
var errSnappyCorrupt = errors.New("snappy: corrupt input")

// The element kinds, a tag byte's low two bits.
const (
	snappyLiteral = 0
	snappyCopy1   = 1
	snappyCopy2   = 2
	snappyCopy4   = 3
)

const (
	// snappyChunk is how much input the compressor takes at a time:
	// copies reach no further back than its start.
	snappyChunk = 1 << 16
	// snappyMargin is the input the match finder leaves at a chunk's
	// end, emitted as a literal.
	snappyMargin = 16 - 1
	// snappyMinMatched is the shortest chunk the match finder runs on.
	snappyMinMatched = 1 + 1 + snappyMargin
	// snappyMaxTable is the match finder's largest hash table.
	snappyMaxTable = 1 << 14
)

// snappyMaxLen is the longest block n bytes compress to, or -1 when n
// is too long for the format (over 4 GB).
func snappyMaxLen(n int) int {
	if uint64(n) > 0xffffffff {
		return -1
	}
	m := 32 + n + n/6
	if uint64(m) > 0xffffffff {
		return -1
	}
	return m
}

// snappyEncode is src compressed as one snappy block.
func snappyEncode(src []byte) []byte {
	n := snappyMaxLen(len(src))
	if n < 0 {
		panic("snappy: block too long") // compressBlock's blocks are at most 1 MB
	}
	dst := make([]byte, n)
	d := binary.PutUvarint(dst, uint64(len(src)))
	var table [snappyMaxTable]uint16
	for len(src) > 0 {
		p := src
		if len(p) > snappyChunk {
			p = p[:snappyChunk]
		}
		src = src[len(p):]
		if len(p) < snappyMinMatched {
			d += snappyPutLiteral(dst[d:], p)
		} else {
			d += snappyChunkEncode(dst[d:], p, &table)
		}
	}
	return dst[:d]
}

// snappyHash is the match finder's hash of 4 bytes, in the table's
// 32-shift bits.
func snappyHash(u uint32, shift uint) uint32 { return (u * 0x1e35a7bd) >> shift }

// snappyChunkEncode writes the elements of p, at most 64 KB, to dst and
// returns how many bytes it wrote. table is scratch space.
func snappyChunkEncode(dst, p []byte, table *[snappyMaxTable]uint16) int {
	// the table has a slot for each of p's bytes, 256 to 16384
	size, shift := 1<<8, uint(32-8)
	for size < snappyMaxTable && size < len(p) {
		size, shift = size*2, shift-1
	}
	tab := table[:size]
	clear(tab)
	mask := uint32(size - 1)
	at := func(i int) uint32 { return binary.LittleEndian.Uint32(p[i:]) }

	d := 0
	limit := len(p) - snappyMargin // matches start before it
	emitted := 0                   // p[:emitted] is written
	s := 1
	next := snappyHash(at(s), shift)
	for {
		// look for a match at s, stepping one byte at a time for 32
		// probes, then two, then three...: incompressible data is
		// crossed quickly
		skip := 32
		ns := s
		cand := 0
		for {
			s = ns
			step := skip >> 5
			ns = s + step
			skip += step
			if ns > limit {
				goto rest
			}
			cand = int(tab[next&mask])
			tab[next&mask] = uint16(s)
			next = snappyHash(at(ns), shift)
			if at(s) == at(cand) {
				break
			}
		}
		d += snappyPutLiteral(dst[d:], p[emitted:s])
		// copies, as long as one follows another
		for {
			start := s
			s += 4
			for i := cand + 4; s < len(p) && p[i] == p[s]; i, s = i+1, s+1 {
			}
			d += snappyPutCopy(dst[d:], start-cand, s-start)
			emitted = s
			if s >= limit {
				goto rest
			}
			// the table learns the match's last byte and the next one
			x := binary.LittleEndian.Uint64(p[s-1:])
			tab[snappyHash(uint32(x), shift)&mask] = uint16(s - 1)
			h := snappyHash(uint32(x>>8), shift)
			cand = int(tab[h&mask])
			tab[h&mask] = uint16(s)
			if uint32(x>>8) != at(cand) {
				next = snappyHash(uint32(x>>16), shift)
				s++
				break
			}
		}
	}
rest:
	if emitted < len(p) {
		d += snappyPutLiteral(dst[d:], p[emitted:])
	}
	return d
}

// snappyPutLiteral writes lit as a literal element and returns its length.
func snappyPutLiteral(dst, lit []byte) int {
	n := len(lit) - 1
	i := 0
	switch {
	case n < 60:
		dst[0] = byte(n)<<2 | snappyLiteral
		i = 1
	case n < 1<<8:
		dst[0], dst[1] = 60<<2|snappyLiteral, byte(n)
		i = 2
	default: // a chunk's literal is at most 64 KB
		dst[0], dst[1], dst[2] = 61<<2|snappyLiteral, byte(n), byte(n>>8)
		i = 3
	}
	return i + copy(dst[i:], lit)
}

// snappyPutCopy writes a copy of length bytes from offset back (within a
// chunk, so under 64 KB) as copy elements, and returns their length: the
// longest the kinds allow first, the last no shorter than 4.
func snappyPutCopy(dst []byte, offset, length int) int {
	i := 0
	for length >= 68 {
		dst[i], dst[i+1], dst[i+2] = 63<<2|snappyCopy2, byte(offset), byte(offset>>8)
		i, length = i+3, length-64
	}
	if length > 64 {
		dst[i], dst[i+1], dst[i+2] = 59<<2|snappyCopy2, byte(offset), byte(offset>>8)
		i, length = i+3, length-60
	}
	if length >= 12 || offset >= 2048 {
		dst[i], dst[i+1], dst[i+2] = byte(length-1)<<2|snappyCopy2, byte(offset), byte(offset>>8)
		return i + 3
	}
	dst[i], dst[i+1] = byte(offset>>8)<<5|byte(length-4)<<2|snappyCopy1, byte(offset)
	return i + 2
}

// snappyDecodedLen is the uncompressed length a block states, and the
// length of its varint.
func snappyDecodedLen(b []byte) (n, head int, err error) {
	v, head := binary.Uvarint(b)
	if head <= 0 || v > 0xffffffff || v > uint64(maxInt) {
		return 0, 0, errSnappyCorrupt
	}
	return int(v), head, nil
}

// maxInt is the largest int.
const maxInt = int(^uint(0) >> 1)

// snappyDecode is the bytes the block b holds.
func snappyDecode(b []byte) ([]byte, error) {
	n, head, err := snappyDecodedLen(b)
	if err != nil {
		return nil, err
	}
	dst := make([]byte, n)
	d := 0
	for s := head; s < len(b); {
		tag := b[s]
		var length, offset int
		switch tag & 3 {
		case snappyLiteral:
			m := int(tag >> 2)
			s++
			if m >= 60 {
				w := m - 59 // the length's bytes, 1 to 4
				if len(b)-s < w {
					return nil, errSnappyCorrupt
				}
				v := uint64(0)
				for j := w - 1; j >= 0; j-- {
					v = v<<8 | uint64(b[s+j])
				}
				s += w
				if v >= uint64(len(dst)) {
					return nil, errSnappyCorrupt
				}
				m = int(v)
			}
			length = m + 1
			if length > len(dst)-d || length > len(b)-s {
				return nil, errSnappyCorrupt
			}
			copy(dst[d:], b[s:s+length])
			d, s = d+length, s+length
			continue
		case snappyCopy1:
			if len(b)-s < 2 {
				return nil, errSnappyCorrupt
			}
			length = 4 + int(tag>>2&7)
			offset = int(tag>>5)<<8 | int(b[s+1])
			s += 2
		case snappyCopy2:
			if len(b)-s < 3 {
				return nil, errSnappyCorrupt
			}
			length = 1 + int(tag>>2)
			offset = int(binary.LittleEndian.Uint16(b[s+1:]))
			s += 3
		case snappyCopy4:
			if len(b)-s < 5 {
				return nil, errSnappyCorrupt
			}
			length = 1 + int(tag>>2)
			offset = int(binary.LittleEndian.Uint32(b[s+1:]))
			s += 5
		}
		if offset <= 0 || offset > d || length > len(dst)-d {
			return nil, errSnappyCorrupt
		}
		if offset >= length {
			copy(dst[d:d+length], dst[d-offset:])
		} else {
			// overlapping: a run repeats the last offset bytes
			for j := 0; j < length; j++ {
				dst[d+j] = dst[d-offset+j]
			}
		}
		d += length
	}
	if d != len(dst) {
		return nil, errSnappyCorrupt
	}
	return dst, nil
}
