package zstd

import "math/bits"

// This file decodes Huffman-coded literals (RFC 8878 section 4.2): the
// tree's description, as weights given directly or FSE-compressed, and
// the one or four streams the literals are coded in.

// maxHuffLog is the longest code a Huffman tree may give.
const maxHuffLog = 11

// huffEntry is one entry of a decoding table: a code's symbol, and its
// length in bits.
type huffEntry struct {
	sym   uint8
	nbits uint8
}

// huffTable decodes a code by the log bits that start it.
type huffTable struct {
	log   uint8
	entry []huffEntry
}

// readHuffTable reads a tree description from b into t, giving the bytes
// it used, or -1 when it is malformed.
func readHuffTable(t *huffTable, b []byte) int {
	if len(b) == 0 {
		return -1
	}
	var w [256]uint8
	nw := 0
	used := 0
	head := int(b[0])
	if head >= 128 {
		nw = head - 127
		used = 1 + (nw+1)/2
		if used > len(b) {
			return -1
		}
		for i := 0; i < nw; i++ {
			c := b[1+i/2]
			if i%2 == 0 {
				w[i] = c >> 4
			} else {
				w[i] = c & 15
			}
		}
	} else {
		used = 1 + head
		if used > len(b) || head == 0 {
			return -1
		}
		var ok bool
		if nw, ok = fseWeights(&w, b[1:used]); !ok {
			return -1
		}
	}
	// The last symbol's weight is what brings the sum to a power of 2.
	sum := 0
	for _, x := range w[:nw] {
		if x > maxHuffLog {
			return -1
		}
		if x > 0 {
			sum += 1 << (x - 1)
		}
	}
	if sum == 0 || nw >= 256 {
		return -1
	}
	log := bits.Len(uint(sum))
	rest := 1<<log - sum
	if rest&(rest-1) != 0 || log > maxHuffLog {
		return -1
	}
	w[nw] = uint8(bits.Len(uint(rest)))
	nw++
	size := 1 << log
	if cap(t.entry) < size {
		t.entry = make([]huffEntry, size)
	}
	t.entry = t.entry[:size]
	t.log = uint8(log)
	// Codes go out by weight, lightest first, then by symbol.
	var start [maxHuffLog + 2]int
	var count [maxHuffLog + 2]int
	for _, x := range w[:nw] {
		count[x]++
	}
	next := 0
	for x := 1; x <= maxHuffLog+1; x++ {
		start[x] = next
		next += count[x] << (x - 1)
	}
	if next != size {
		return -1
	}
	for s, x := range w[:nw] {
		if x == 0 {
			continue
		}
		n := 1 << (x - 1)
		e := huffEntry{uint8(s), uint8(log + 1 - int(x))}
		for i := start[x]; i < start[x]+n; i++ {
			t.entry[i] = e
		}
		start[x] += n
	}
	return used
}

// fseWeights decodes FSE-compressed Huffman weights from b into w,
// giving how many there are.
func fseWeights(w *[256]uint8, b []byte) (int, bool) {
	norm, log, used := readNCount(b, 15, 6)
	if used < 0 {
		return 0, false
	}
	var t fseTable
	if !buildFSE(&t, norm, log) {
		return 0, false
	}
	var r backReader
	if !r.init(b[used:]) {
		return 0, false
	}
	s1 := uint16(r.read(log))
	s2 := uint16(r.read(log))
	n := 0
	// Two states take turns (s1 is the one whose turn it is); when one's
	// update reads past the stream's start, the other gives the last weight.
	for {
		if n >= 255 {
			return 0, false
		}
		e := t.state[s1]
		w[n] = e.sym
		n++
		s1 = e.base + uint16(r.read(uint(e.nbits)))
		if r.over > 0 {
			if n >= 255 {
				return 0, false
			}
			w[n] = t.state[s2].sym
			n++
			break
		}
		s1, s2 = s2, s1
	}
	return n, true
}

// decodeStream decodes the n literals of one stream b into dst.
func (t *huffTable) decodeStream(dst []byte, b []byte) bool {
	var r backReader
	if !r.init(b) {
		return false
	}
	log := uint(t.log)
	entry := t.entry
	mask := uint64(len(entry) - 1)
	i := 0
	// Four codes at a time while the loaded bits hold four of the
	// longest; the last ones, which may read 0s past the start, by one.
	for i+4 <= len(dst) {
		if r.n < 4*log {
			r.fill()
			if r.n < 4*log {
				break
			}
		}
		for k := 0; k < 4; k++ {
			e := entry[r.v>>(r.n-log)&mask]
			dst[i+k] = e.sym
			r.n -= uint(e.nbits)
		}
		i += 4
	}
	for ; i < len(dst); i++ {
		e := entry[r.peek(log)]
		dst[i] = e.sym
		r.skip(uint(e.nbits))
	}
	return r.done()
}

// decode decodes the literals of size len(dst) coded in src, in one
// stream or four.
func (t *huffTable) decode(dst []byte, src []byte, four bool) bool {
	if len(t.entry) == 0 {
		return false
	}
	if !four {
		return t.decodeStream(dst, src)
	}
	if len(src) < 10 {
		return false
	}
	n1 := int(src[0]) | int(src[1])<<8
	n2 := int(src[2]) | int(src[3])<<8
	n3 := int(src[4]) | int(src[5])<<8
	src = src[6:]
	if n1+n2+n3 > len(src) {
		return false
	}
	q := (len(dst) + 3) / 4
	if 3*q > len(dst) {
		return false
	}
	return t.decodeStream(dst[:q], src[:n1]) &&
		t.decodeStream(dst[q:2*q], src[n1:n1+n2]) &&
		t.decodeStream(dst[2*q:3*q], src[n1+n2:n1+n2+n3]) &&
		t.decodeStream(dst[3*q:], src[n1+n2+n3:])
}
