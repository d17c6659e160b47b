// Package snappy reads and writes Snappy's block format
// (https://github.com/google/snappy/blob/main/format_description.txt),
// kdb+'s compression algorithm 3 (docs/kb/file-compression.md).
//
// It is here rather than imported because the Go libraries that have it
// (github.com/golang/snappy, github.com/klauspost/compress/s2) build a
// CRC-32C table for their stream format in their package's init, which
// every qgo process would pay for at start-up (about 0.15 ms) whether or
// not it ever reads a compressed file; the block format needs no CRC.
// The tests check both directions against github.com/golang/snappy.
package snappy

import (
	"encoding/binary"
	"errors"
	"math/bits"
)

// ErrCorrupt reports that the input is not a valid Snappy block.
var ErrCorrupt = errors.New("snappy: corrupt input")

// The element tags: the low two bits of an element's first byte.
const (
	tagLiteral = 0
	tagCopy1   = 1 // 3-bit length - 4, 11-bit offset
	tagCopy2   = 2 // 6-bit length - 1, 16-bit offset
	tagCopy4   = 3 // 6-bit length - 1, 32-bit offset
)

// DecodedLen is the length of the data the block src holds.
func DecodedLen(src []byte) (int, error) {
	n, _, err := header(src)
	return n, err
}

// header reads the block's preamble: the decoded length, a uvarint, and
// the preamble's length.
func header(src []byte) (int, int, error) {
	v, w := binary.Uvarint(src)
	if w <= 0 || v > 1<<32-1 || v > uint64(^uint(0)>>1) {
		return 0, 0, ErrCorrupt
	}
	return int(v), w, nil
}

// Decode is the data the block src holds.
func Decode(src []byte) ([]byte, error) {
	n, w, err := header(src)
	if err != nil {
		return nil, err
	}
	// Each byte of src makes at most 64 bytes of output (a 3-byte copy2
	// of length 64 makes the most, about 21 a byte): a preamble claiming
	// more is corrupt, and is not allocated.
	if uint64(n) > 64*uint64(len(src)) {
		return nil, ErrCorrupt
	}
	dst := make([]byte, 0, n)
	s := src[w:]
	for len(s) > 0 {
		tag := s[0]
		var length, offset int
		switch tag & 3 {
		case tagLiteral:
			m := int(tag >> 2)
			s = s[1:]
			if m >= 60 {
				k := m - 59 // the length takes 1 to 4 more bytes
				if len(s) < k {
					return nil, ErrCorrupt
				}
				var x uint64
				for i := k - 1; i >= 0; i-- {
					x = x<<8 | uint64(s[i])
				}
				s = s[k:]
				if x >= uint64(len(s)) {
					return nil, ErrCorrupt
				}
				m = int(x)
			}
			length = m + 1
			if length > len(s) || length > n-len(dst) {
				return nil, ErrCorrupt
			}
			dst = append(dst, s[:length]...)
			s = s[length:]
			continue
		case tagCopy1:
			if len(s) < 2 {
				return nil, ErrCorrupt
			}
			length = 4 + int(tag>>2)&7
			offset = int(tag&0xe0)<<3 | int(s[1])
			s = s[2:]
		case tagCopy2:
			if len(s) < 3 {
				return nil, ErrCorrupt
			}
			length = 1 + int(tag>>2)
			offset = int(binary.LittleEndian.Uint16(s[1:]))
			s = s[3:]
		case tagCopy4:
			if len(s) < 5 {
				return nil, ErrCorrupt
			}
			length = 1 + int(tag>>2)
			offset = int(binary.LittleEndian.Uint32(s[1:]))
			s = s[5:]
		}
		if offset <= 0 || offset > len(dst) || length > n-len(dst) {
			return nil, ErrCorrupt
		}
		// A copy may overlap what it writes (offset < length): the bytes
		// repeat with period offset, so what is already there from
		// from on is copied, in pieces that double, each a whole
		// number of periods but the last.
		from := len(dst) - offset
		for length > 0 {
			c := min(len(dst)-from, length)
			dst = append(dst, dst[from:from+c]...)
			length -= c
		}
	}
	if len(dst) != n {
		return nil, ErrCorrupt
	}
	return dst, nil
}

// MaxEncodedLen is the most bytes Encode makes of n bytes.
func MaxEncodedLen(n int) int {
	// as the reference implementation bounds it: 32 + n + n/6
	return 32 + n + n/6
}

const (
	// blockSize is how much of the input one pass of the matcher looks
	// at, as Snappy's compressors cut their input: offsets stay 16-bit.
	blockSize = 1 << 16
	// tableBits is the size of the matcher's hash table (a power of 2).
	tableBits = 14
	// minMatchInput is the shortest piece worth looking for copies in.
	minMatchInput = 17
	// margin: the matcher stops looking for copies this close to the
	// end of a piece, leaving the tail to a literal.
	margin = 15
)

// Encode compresses src as a Snappy block.
func Encode(src []byte) []byte {
	dst := make([]byte, binary.MaxVarintLen64, MaxEncodedLen(len(src)))
	dst = dst[:binary.PutUvarint(dst, uint64(len(src)))]
	var table [1 << tableBits]uint16
	for len(src) > 0 {
		p := src
		if len(p) > blockSize {
			p = p[:blockSize]
		}
		src = src[len(p):]
		if len(p) < minMatchInput {
			dst = literal(dst, p)
			continue
		}
		clear(table[:])
		dst = encodeBlock(dst, p, &table)
	}
	return dst
}

// hash is the table slot of the four bytes u.
func hash(u uint32) uint32 { return (u * 0x1e35a7bd) >> (32 - tableBits) }

// load32 is the four bytes of b at i, little-endian.
func load32(b []byte, i int) uint32 { return binary.LittleEndian.Uint32(b[i:]) }

// encodeBlock appends the elements for p (at most blockSize bytes, at
// least minMatchInput) to dst, finding copies through table, which maps a
// hash of four bytes to the last position in p that had it.
func encodeBlock(dst, p []byte, table *[1 << tableBits]uint16) []byte {
	limit := len(p) - margin
	lit := 0 // where the bytes not yet written start
	s := 1
	table[hash(load32(p, 0))] = 0
	for {
		// Look for a match, stepping further apart the longer none
		// turns up (the reference's heuristic: every 32 misses, one
		// byte more between looks), so incompressible input goes fast.
		skip := 32
		var cand int
		for {
			step := skip >> 5
			skip++
			if s+step > limit {
				return literal(dst, p[lit:])
			}
			h := hash(load32(p, s))
			cand = int(table[h])
			table[h] = uint16(s)
			if load32(p, s) == load32(p, cand) {
				break
			}
			s += step
		}
		dst = literal(dst, p[lit:s])
		// Emit the copy and any that follow at once.
		for {
			base := s
			s += 4
			for c := cand + 4; s < len(p) && p[s] == p[c]; s, c = s+1, c+1 {
			}
			dst = copyOf(dst, base-cand, s-base)
			lit = s
			if s >= limit {
				return literal(dst, p[lit:])
			}
			// The positions just before s go into the table; a match
			// at s itself continues the run of copies.
			table[hash(load32(p, s-1))] = uint16(s - 1)
			h := hash(load32(p, s))
			cand = int(table[h])
			table[h] = uint16(s)
			if load32(p, s) != load32(p, cand) {
				s++
				break
			}
		}
	}
}

// literal appends the literal element of b (when b is not empty).
func literal(dst, b []byte) []byte {
	if len(b) == 0 {
		return dst
	}
	n := uint32(len(b) - 1)
	if n < 60 {
		dst = append(dst, byte(n)<<2|tagLiteral)
	} else {
		k := (bits.Len32(n) + 7) / 8 // 1 to 4 bytes of length
		dst = append(dst, byte(59+k)<<2|tagLiteral)
		for i := 0; i < k; i++ {
			dst = append(dst, byte(n>>(8*i)))
		}
	}
	return append(dst, b...)
}

// copyOf appends the copy elements of length bytes from offset back
// (offset < 65536, length ≥ 4), as the reference writes them: pieces of
// 64 while more than 67 remain, one of 60 if more than 64 remain, then
// the rest, in the short form when it fits.
func copyOf(dst []byte, offset, length int) []byte {
	for length >= 68 {
		dst = append(dst, 63<<2|tagCopy2, byte(offset), byte(offset>>8))
		length -= 64
	}
	if length > 64 {
		dst = append(dst, 59<<2|tagCopy2, byte(offset), byte(offset>>8))
		length -= 60
	}
	if length < 12 && offset < 2048 {
		return append(dst, byte(offset>>8)<<5|byte(length-4)<<2|tagCopy1, byte(offset))
	}
	return append(dst, byte(length-1)<<2|tagCopy2, byte(offset), byte(offset>>8))
}
