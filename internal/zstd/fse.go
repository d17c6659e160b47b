package zstd

import (
	"encoding/binary"
	"math/bits"
)

// This file holds the finite state entropy tables (RFC 8878 section 4.1)
// that code the sequences and the Huffman weights, and the backward bit
// reader every entropy-coded stream is read with.

// backReader reads a stream written forwards and read backwards: its last
// byte holds a 1 bit above the stream's first bits, which are taken from
// the most significant end. Bits asked for past its start read as 0 and
// count in over.
type backReader struct {
	b    []byte
	off  int    // b[:off] is not loaded yet
	v    uint64 // the loaded bits not yet read, the low n of them
	n    uint
	over int // bits read past the stream's start
}

// init starts r on stream b, reporting false when b has no end mark.
func (r *backReader) init(b []byte) bool {
	*r = backReader{b: b, off: len(b)}
	if len(b) == 0 || b[len(b)-1] == 0 {
		return false
	}
	r.fill()
	r.n -= uint(bits.LeadingZeros8(b[len(b)-1])) + 1
	return true
}

// fill loads bytes until more than 56 bits are loaded or b is used up.
func (r *backReader) fill() {
	if r.off >= 8 && r.n <= 56 {
		k := (64 - r.n) >> 3 // whole bytes that fit, 1 to 8
		r.v = r.v<<(8*k) | binary.LittleEndian.Uint64(r.b[r.off-8:])>>(64-8*k)
		r.off -= int(k)
		r.n += 8 * k
		return
	}
	for r.n <= 56 && r.off > 0 {
		r.off--
		r.v = r.v<<8 | uint64(r.b[r.off])
		r.n += 8
	}
}

// read gives the next n bits (n <= 32).
func (r *backReader) read(n uint) uint32 {
	if n == 0 {
		return 0
	}
	if r.n < n {
		r.fill()
		if r.n < n {
			v := uint32(r.v<<(n-r.n)) & (1<<n - 1)
			r.over += int(n - r.n)
			r.v, r.n = 0, 0
			return v
		}
	}
	r.n -= n
	return uint32(r.v>>r.n) & (1<<n - 1)
}

// get gives the next n bits when at least n are loaded.
func (r *backReader) get(n uint) uint32 {
	r.n -= n
	return uint32(r.v>>r.n) & (1<<n - 1)
}

// peek gives the next n bits without reading them, 0s past the start.
func (r *backReader) peek(n uint) uint32 {
	if r.n < n {
		r.fill()
		if r.n < n {
			return uint32(r.v<<(n-r.n)) & (1<<n - 1)
		}
	}
	return uint32(r.v>>(r.n-n)) & (1<<n - 1)
}

// skip drops n bits that peek gave.
func (r *backReader) skip(n uint) {
	if r.n < n {
		r.over += int(n - r.n)
		r.v, r.n = 0, 0
		return
	}
	r.n -= n
}

// done reports whether every bit of the stream was read, and none past.
func (r *backReader) done() bool { return r.off == 0 && r.n == 0 && r.over == 0 }

// fseEntry is one state of a decoding table: the symbol it gives, and
// the next state, base plus the next nbits bits of the stream.
type fseEntry struct {
	sym   uint8
	nbits uint8
	base  uint16
}

// fseTable is a decoding table of 1<<log states; a table of one symbol
// that reads no bits (RLE mode) has log 0.
type fseTable struct {
	log   uint8
	state []fseEntry
}

// readNCount reads a table description (RFC 8878 4.1.1) from b: the
// normalised counts of symbols 0 up to at most maxSym (-1 for "less than
// 1"), and the accuracy log, no more than maxLog. It gives the bytes
// used, or -1 when the description is malformed.
func readNCount(b []byte, maxSym int, maxLog uint) (norm []int16, log uint, used int) {
	var pos uint // bits read
	bitsAt := func(n uint) uint32 {
		var v uint32
		for i := uint(0); i < n; i++ {
			byteAt := int((pos + i) >> 3)
			if byteAt < len(b) {
				v |= uint32(b[byteAt]>>((pos+i)&7)&1) << i
			}
		}
		return v
	}
	log = uint(bitsAt(4)) + 5
	pos = 4
	if log > maxLog {
		return nil, 0, -1
	}
	norm = make([]int16, 0, maxSym+1)
	remaining := int32(1)<<log + 1
	threshold := int32(1) << log
	nb := log + 1
	prev0 := false
	for remaining > 1 {
		if prev0 {
			for {
				rep := int(bitsAt(2))
				pos += 2
				for i := 0; i < rep; i++ {
					norm = append(norm, 0)
				}
				if len(norm) > maxSym+1 || int(pos>>3) > len(b) {
					return nil, 0, -1
				}
				if rep != 3 {
					break
				}
			}
		}
		if len(norm) > maxSym {
			return nil, 0, -1
		}
		max := 2*threshold - 1 - remaining
		v := int32(bitsAt(nb))
		if v&(threshold-1) < max {
			v &= threshold - 1
			pos += nb - 1
		} else {
			v &= 2*threshold - 1
			if v >= threshold {
				v -= max
			}
			pos += nb
		}
		count := v - 1
		if count < 0 {
			remaining--
		} else {
			remaining -= count
		}
		norm = append(norm, int16(count))
		prev0 = count == 0
		if remaining < 1 {
			return nil, 0, -1
		}
		for remaining < threshold {
			nb--
			threshold >>= 1
		}
		if int(pos>>3) > len(b) {
			return nil, 0, -1
		}
	}
	used = int(pos+7) >> 3
	if remaining != 1 || used > len(b) {
		return nil, 0, -1
	}
	return norm, log, used
}

// buildFSE makes the decoding table of normalised counts norm with
// accuracy log (RFC 8878 4.1.1, "FSE table"), into t; false when the
// counts do not add up to the table size.
func buildFSE(t *fseTable, norm []int16, log uint) bool {
	size := 1 << log
	sum := 0
	for _, c := range norm {
		if c < 0 {
			sum++
		} else {
			sum += int(c)
		}
	}
	if sum != size || len(norm) > 256 {
		return false
	}
	if cap(t.state) < size {
		t.state = make([]fseEntry, size)
	}
	t.state = t.state[:size]
	t.log = uint8(log)
	var next [256]uint16
	high := size - 1
	for s, c := range norm {
		if c < 0 {
			t.state[high].sym = uint8(s)
			high--
			next[s] = 1
		} else {
			next[s] = uint16(c)
		}
	}
	step := size>>1 + size>>3 + 3
	mask := size - 1
	pos := 0
	for s, c := range norm {
		for i := 0; i < int(c); i++ {
			t.state[pos].sym = uint8(s)
			pos = (pos + step) & mask
			for pos > high {
				pos = (pos + step) & mask
			}
		}
	}
	if pos != 0 {
		return false
	}
	for u := range t.state {
		e := &t.state[u]
		n := next[e.sym]
		next[e.sym]++
		nb := log - uint(bits.Len16(n)-1)
		e.nbits = uint8(nb)
		e.base = uint16(int(n)<<nb - size)
	}
	return true
}

// rleTable makes t the table of symbol s alone.
func rleTable(t *fseTable, s uint8) {
	t.log = 0
	t.state = append(t.state[:0], fseEntry{sym: s})
}

// The predefined distributions of literal lengths, match lengths and
// offset codes (RFC 8878 3.1.1.3.2.2).
var (
	predefLL = []int16{4, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 2, 1, 1, 1, 1, 1, -1, -1, -1, -1}
	predefML = []int16{1, 4, 3, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, -1, -1, -1, -1, -1, -1, -1}
	predefOF = []int16{1, 1, 1, 1, 1, 1, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, -1, -1, -1, -1, -1}
)

// The accuracy logs of the predefined distributions, and the largest a
// frame may give.
const (
	predefLLLog = 6
	predefMLLog = 6
	predefOFLog = 5
	maxLLLog    = 9
	maxMLLog    = 9
	maxOFLog    = 8
	maxLLSym    = 35
	maxMLSym    = 52
	maxOFSym    = 31
)

// Literal length and match length codes: the value a code stands for is
// its base plus as many bits read from the stream as it says.
var (
	llBase = [maxLLSym + 1]uint32{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
		16, 18, 20, 22, 24, 28, 32, 40, 48, 64, 128, 256, 512, 1024, 2048, 4096,
		8192, 16384, 32768, 65536}
	llBits = [maxLLSym + 1]uint8{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
		1, 1, 1, 1, 2, 2, 3, 3, 4, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16}
	mlBase = [maxMLSym + 1]uint32{3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18,
		19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34,
		35, 37, 39, 41, 43, 47, 51, 59, 67, 83, 99, 131, 259, 515, 1027, 2051,
		4099, 8195, 16387, 32771, 65539}
	mlBits = [maxMLSym + 1]uint8{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
		0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
		1, 1, 1, 1, 2, 2, 3, 3, 4, 4, 5, 7, 8, 9, 10, 11,
		12, 13, 14, 15, 16}
)
