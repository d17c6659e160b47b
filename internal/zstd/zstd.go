// Package zstd is a Zstandard codec (RFC 8878), kdb+'s file compression
// algorithm 5, written here rather than linked from a library: the one
// qgo used (github.com/klauspost/compress/zstd) built Go's CRC-32C
// tables at package init, about a third of the instructions of a whole
// start of qgo, whether or not a file was ever compressed.
//
// Decode reads every frame the format defines, as the reference library
// and others write them: raw, RLE and compressed blocks; literals raw,
// RLE or Huffman-coded (with their own tree or the previous block's);
// sequences coded by predefined, RLE, described or repeated FSE tables;
// repeat offsets; an optional content checksum (XXH64); skippable
// frames. It has no dictionaries. Bad input gives an error, never a
// panic, and never more than the limit its caller gives is allocated.
//
// Encode writes one frame of compressed blocks (encode.go).
package zstd

import (
	"encoding/binary"
	"errors"
	"math"
	"math/bits"
	"slices"
)

// Errors Decode gives.
var (
	// ErrCorrupt is input that is no valid zstd stream.
	ErrCorrupt = errors.New("zstd: corrupt input")
	// ErrTooLarge is input whose content is longer than the limit.
	ErrTooLarge = errors.New("zstd: content larger than the limit")
)

const (
	frameMagic     = 0xFD2FB528
	skipMagic      = 0x184D2A50 // to 0x184D2A5F
	maxBlockSize   = 128 << 10
	minWindowLog   = 10
	windowLogLimit = 41 // larger windows are refused
)

// decoder is the state of one Decode.
type decoder struct {
	out        []byte
	limit      int // len(out) may not go past it
	frameStart int // where the current frame's content starts in out
	blockEnd   int // the frame-relative length the current block may reach
	window     int
	rep        [3]uint32
	tables     seqTables
	huff       huffTable
	haveHuff   bool
	lit        []byte
	big        bool // the output would have gone past limit
}

// Decode appends the content of the zstd frames in src to dst. It gives
// ErrTooLarge, and allocates no more, when the content would take dst
// past limit bytes.
func Decode(dst, src []byte, limit int) ([]byte, error) {
	d := &decoder{out: dst, limit: limit}
	for len(src) > 0 {
		if len(src) < 4 {
			return d.out, ErrCorrupt
		}
		magic := binary.LittleEndian.Uint32(src)
		if magic&^0xF == skipMagic {
			if len(src) < 8 {
				return d.out, ErrCorrupt
			}
			n := uint64(binary.LittleEndian.Uint32(src[4:]))
			if n > uint64(len(src)-8) {
				return d.out, ErrCorrupt
			}
			src = src[8+n:]
			continue
		}
		if magic != frameMagic {
			return d.out, ErrCorrupt
		}
		n, err := d.frame(src[4:])
		if err != nil {
			return d.out, err
		}
		src = src[4+n:]
	}
	return d.out, nil
}

// frame decodes one frame, after its magic number, giving its length.
func (d *decoder) frame(src []byte) (int, error) {
	if len(src) < 1 {
		return 0, ErrCorrupt
	}
	fhd := src[0]
	pos := 1
	single := fhd&0x20 != 0
	if fhd&0x08 != 0 {
		return 0, ErrCorrupt // the reserved bit
	}
	window := uint64(0)
	if !single {
		if len(src) < 2 {
			return 0, ErrCorrupt
		}
		wd := src[1]
		pos++
		exp := uint(wd>>3) + minWindowLog
		if exp > windowLogLimit {
			return 0, ErrTooLarge
		}
		base := uint64(1) << exp
		window = base + base/8*uint64(wd&7)
	}
	idLen := [4]int{0, 1, 2, 4}[fhd&3]
	if len(src) < pos+idLen {
		return 0, ErrCorrupt
	}
	for i := 0; i < idLen; i++ {
		if src[pos+i] != 0 {
			return 0, ErrCorrupt // no dictionaries here
		}
	}
	pos += idLen
	fcsLen := [4]int{0, 2, 4, 8}[fhd>>6]
	if single && fcsLen == 0 {
		fcsLen = 1
	}
	if len(src) < pos+fcsLen {
		return 0, ErrCorrupt
	}
	var fcs uint64
	switch fcsLen {
	case 1:
		fcs = uint64(src[pos])
	case 2:
		fcs = uint64(binary.LittleEndian.Uint16(src[pos:])) + 256
	case 4:
		fcs = uint64(binary.LittleEndian.Uint32(src[pos:]))
	case 8:
		fcs = binary.LittleEndian.Uint64(src[pos:])
	}
	pos += fcsLen
	room := uint64(d.limit - len(d.out))
	if fcsLen > 0 && fcs > room {
		return 0, ErrTooLarge
	}
	if single {
		window = fcs
	}
	if fcsLen > 0 {
		d.out = slices.Grow(d.out, int(fcs)) // within the limit, checked above
	}
	// No offset reaches past the output, which an int measures: a
	// window past that (1 TB, or 2 GB on 32-bit systems) is capped.
	d.window = int(min(window, uint64(math.MaxInt)))
	blockMax := min(d.window, maxBlockSize)
	d.frameStart = len(d.out)
	d.rep = [3]uint32{1, 4, 8}
	d.tables.have = [3]bool{}
	d.haveHuff = false
	for {
		if len(src) < pos+3 {
			return 0, ErrCorrupt
		}
		h := uint32(src[pos]) | uint32(src[pos+1])<<8 | uint32(src[pos+2])<<16
		pos += 3
		last := h&1 != 0
		size := int(h >> 3)
		d.blockEnd = len(d.out) - d.frameStart + blockMax
		switch h >> 1 & 3 {
		case 0:
			if size > blockMax || len(src) < pos+size {
				return 0, ErrCorrupt
			}
			if !d.emit(src[pos : pos+size]) {
				return 0, d.overErr()
			}
			pos += size
		case 1:
			if size > blockMax || len(src) < pos+1 {
				return 0, ErrCorrupt
			}
			if len(d.out)+size > d.limit {
				return 0, ErrTooLarge
			}
			for i := 0; i < size; i++ {
				d.out = append(d.out, src[pos])
			}
			pos++
		case 2:
			if size > blockMax || len(src) < pos+size {
				return 0, ErrCorrupt
			}
			if !d.block(src[pos : pos+size]) {
				return 0, d.overErr()
			}
			pos += size
		default:
			return 0, ErrCorrupt
		}
		if last {
			break
		}
	}
	content := d.out[d.frameStart:]
	if fcsLen > 0 && uint64(len(content)) != fcs {
		return 0, ErrCorrupt
	}
	if fhd&0x04 != 0 {
		if len(src) < pos+4 {
			return 0, ErrCorrupt
		}
		if uint32(xxh64(content)) != binary.LittleEndian.Uint32(src[pos:]) {
			return 0, ErrCorrupt
		}
		pos += 4
	}
	return pos, nil
}

// overErr is the error of a block that failed: ErrTooLarge when the
// output reached its limit, ErrCorrupt otherwise.
func (d *decoder) overErr() error {
	if d.big {
		return ErrTooLarge
	}
	return ErrCorrupt
}

// block decodes a compressed block: its literals, then its sequences.
func (d *decoder) block(b []byte) bool {
	if len(b) < 1 {
		return false
	}
	b0 := int(b[0])
	kind, sf := b0&3, b0>>2&3
	var lits []byte
	if kind < 2 {
		var regen, hsz int
		switch sf {
		case 0, 2:
			regen, hsz = b0>>3, 1
		case 1:
			if len(b) < 2 {
				return false
			}
			regen, hsz = b0>>4|int(b[1])<<4, 2
		case 3:
			if len(b) < 3 {
				return false
			}
			regen, hsz = b0>>4|int(b[1])<<4|int(b[2])<<12, 3
		}
		if regen > maxBlockSize {
			return false
		}
		if kind == 0 {
			if len(b) < hsz+regen {
				return false
			}
			lits, b = b[hsz:hsz+regen], b[hsz+regen:]
		} else {
			if len(b) < hsz+1 {
				return false
			}
			d.lit = d.lit[:0]
			for i := 0; i < regen; i++ {
				d.lit = append(d.lit, b[hsz])
			}
			lits, b = d.lit, b[hsz+1:]
		}
		return d.sequences(b, lits)
	}
	hsz := 3 + max(sf-1, 0)
	if len(b) < hsz {
		return false
	}
	var h uint64
	for i := hsz - 1; i >= 0; i-- {
		h = h<<8 | uint64(b[i])
	}
	w := uint(10 + 4*max(sf-1, 0)) // the width of each size
	regen := int(h >> 4 & (1<<w - 1))
	comp := int(h >> (4 + w) & (1<<w - 1))
	if regen > maxBlockSize || len(b) < hsz+comp {
		return false
	}
	data := b[hsz : hsz+comp]
	b = b[hsz+comp:]
	if kind == 2 {
		n := readHuffTable(&d.huff, data)
		if n < 0 {
			return false
		}
		data = data[n:]
		d.haveHuff = true
	} else if !d.haveHuff {
		return false
	}
	if cap(d.lit) < regen {
		d.lit = make([]byte, regen)
	}
	d.lit = d.lit[:regen]
	if !d.huff.decode(d.lit, data, sf != 0) {
		return false
	}
	return d.sequences(b, d.lit)
}

// XXH64 (github.com/Cyan4973/xxHash, doc/xxhash_spec.md)
// with seed 0, whose low 32 bits are a frame's content checksum.

const (
	xxP1 uint64 = 11400714785074694791
	xxP2 uint64 = 14029467366897019727
	xxP3 uint64 = 1609587929392839161
	xxP4 uint64 = 9650029242287828579
	xxP5 uint64 = 2870177450012600261
)

// xxRound mixes 8 bytes of input v into accumulator acc.
func xxRound(acc, v uint64) uint64 {
	acc += v * xxP2
	acc = bits.RotateLeft64(acc, 31)
	return acc * xxP1
}

// xxMerge folds accumulator v into the hash h.
func xxMerge(h, v uint64) uint64 {
	h ^= xxRound(0, v)
	return h*xxP1 + xxP4
}

// xxh64 is the XXH64 hash of b with seed 0.
func xxh64(b []byte) uint64 {
	n := uint64(len(b))
	var h uint64
	if len(b) >= 32 {
		p1, p2 := xxP1, xxP2 // variables: the sums wrap
		v1, v2, v3, v4 := p1+p2, p2, uint64(0), -p1
		for len(b) >= 32 {
			v1 = xxRound(v1, binary.LittleEndian.Uint64(b))
			v2 = xxRound(v2, binary.LittleEndian.Uint64(b[8:]))
			v3 = xxRound(v3, binary.LittleEndian.Uint64(b[16:]))
			v4 = xxRound(v4, binary.LittleEndian.Uint64(b[24:]))
			b = b[32:]
		}
		h = bits.RotateLeft64(v1, 1) + bits.RotateLeft64(v2, 7) +
			bits.RotateLeft64(v3, 12) + bits.RotateLeft64(v4, 18)
		h = xxMerge(h, v1)
		h = xxMerge(h, v2)
		h = xxMerge(h, v3)
		h = xxMerge(h, v4)
	} else {
		h = xxP5
	}
	h += n
	for ; len(b) >= 8; b = b[8:] {
		h ^= xxRound(0, binary.LittleEndian.Uint64(b))
		h = bits.RotateLeft64(h, 27)*xxP1 + xxP4
	}
	if len(b) >= 4 {
		h ^= uint64(binary.LittleEndian.Uint32(b)) * xxP1
		h = bits.RotateLeft64(h, 23)*xxP2 + xxP3
		b = b[4:]
	}
	for _, c := range b {
		h ^= uint64(c) * xxP5
		h = bits.RotateLeft64(h, 11) * xxP1
	}
	h ^= h >> 33
	h *= xxP2
	h ^= h >> 29
	h *= xxP3
	h ^= h >> 32
	return h
}
