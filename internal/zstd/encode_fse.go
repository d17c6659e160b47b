package zstd

import (
	"math"
	"math/bits"
)

// This file writes a compressed block's sequences section: the codes of
// each sequence's literal length, match length and offset, each kind
// coded by the cheapest of the predefined table, one symbol (RLE), or a
// table of the block's own counts written before the bitstream.

// seq is one sequence as the encoder found it: literals, then a match;
// offBase is its offset value (RFC 8878 3.1.2.5: 1 to 3 a repeat
// offset, else the offset plus 3).
type seq struct {
	ll, ml, offBase uint32
}

// bitWriter writes a stream forwards, the first bits at the least
// significant end, for a reader that reads it backwards (backReader).
type bitWriter struct {
	out []byte
	acc uint64
	n   uint
}

// add writes the low nb bits of v (nb <= 32).
func (w *bitWriter) add(v uint32, nb uint) {
	w.acc |= uint64(v&(1<<nb-1)) << w.n
	w.n += nb
	if w.n >= 32 {
		w.out = append(w.out, byte(w.acc), byte(w.acc>>8), byte(w.acc>>16), byte(w.acc>>24))
		w.acc >>= 32
		w.n -= 32
	}
}

// close writes the end mark, a 1 bit, and the last byte.
func (w *bitWriter) close() []byte {
	w.add(1, 1)
	for ; w.n > 0; w.n -= min(w.n, 8) {
		w.out = append(w.out, byte(w.acc))
		w.acc >>= 8
	}
	return w.out
}

// fseEnc is an encoding table: the state a symbol goes to from each of
// the states its decoding reaches (the inverse of an fseTable).
type fseEnc struct {
	log   uint
	rle   bool
	count [256]uint16 // each symbol's count, "less than 1" as 1
	first [256]uint16 // where its states start in next
	next  []uint16
}

// build makes e the encoding table of normalised counts norm.
func (e *fseEnc) build(norm []int16, log uint) {
	var t fseTable
	buildFSE(&t, norm, log)
	e.log, e.rle = log, false
	e.next = make([]uint16, 1<<log)
	at := uint16(0)
	for s, c := range norm {
		e.count[s] = uint16(max(c, 1))
		if c == 0 {
			e.count[s] = 0
		}
		e.first[s] = at
		at += e.count[s]
	}
	var seen [256]uint16
	for u, st := range t.state {
		s := st.sym
		e.next[e.first[s]+seen[s]] = uint16(u)
		seen[s]++
	}
}

// start is the state of the last symbol of a stream, s.
func (e *fseEnc) start(s uint8) uint32 {
	if e.rle {
		return 0
	}
	return uint32(e.next[e.first[s]]) + 1<<e.log
}

// put writes the bits that take the decoder from symbol s's state to
// state x, giving s's state.
func (e *fseEnc) put(w *bitWriter, x uint32, s uint8) uint32 {
	if e.rle {
		return 0
	}
	c := uint32(e.count[s])
	nb := e.log - uint(bits.Len32(c)-1)
	if x>>nb < c {
		nb--
	}
	w.add(x, nb)
	return uint32(e.next[uint32(e.first[s])+x>>nb-c]) + 1<<e.log
}

// finish writes the first state the decoder reads.
func (e *fseEnc) finish(w *bitWriter, x uint32) {
	if !e.rle {
		w.add(x-1<<e.log, e.log)
	}
}

// normalize scales counts (of total) to add up to 1<<log, each symbol
// that occurs keeping at least 1.
func normalize(count []int, total int, log uint) []int16 {
	scale := 1 << log
	norm := make([]int16, len(count))
	sum, big := 0, 0
	for s, c := range count {
		if c == 0 {
			continue
		}
		v := max((c*scale+total/2)/total, 1)
		norm[s] = int16(v)
		sum += v
		if norm[s] > norm[big] {
			big = s
		}
	}
	diff := scale - sum
	if int(norm[big])+diff >= max(int(norm[big])/2, 1) {
		norm[big] += int16(diff)
		return norm
	}
	for sum > scale { // many rare symbols pushed up to 1: take from the largest
		b := 0
		for s := range norm {
			if norm[s] > norm[b] {
				b = s
			}
		}
		norm[b]--
		sum--
	}
	return norm
}

// writeNCount appends the description of normalised counts norm
// (RFC 8878 4.1.1), the inverse of readNCount.
func writeNCount(out []byte, norm []int16, log uint) []byte {
	var acc uint64
	var n uint
	put := func(v uint64, nb uint) {
		acc |= v << n
		n += nb
		for n >= 8 {
			out = append(out, byte(acc))
			acc >>= 8
			n -= 8
		}
	}
	put(uint64(log-5), 4)
	remaining := 1<<log + 1
	threshold := 1 << log
	nb := log + 1
	prev0 := false
	s := 0
	for remaining > 1 {
		if prev0 {
			start := s
			for norm[s] == 0 {
				s++
			}
			z := s - start
			for ; z >= 3; z -= 3 {
				put(3, 2)
			}
			put(uint64(z), 2)
		}
		c := int(norm[s])
		s++
		max := 2*threshold - 1 - remaining
		if c < 0 {
			remaining--
		} else {
			remaining -= c
		}
		c++
		if c >= threshold {
			c += max
		}
		if c < max {
			put(uint64(c), nb-1) // its top bit is 0, and the reader knows
		} else {
			put(uint64(c), nb)
		}
		prev0 = c == 1
		for remaining < threshold {
			nb--
			threshold >>= 1
		}
	}
	if n > 0 {
		out = append(out, byte(acc))
	}
	return out
}

// tableLog is the accuracy log of a table for n symbols whose largest
// is maxSym (the reference library's FSE_optimalTableLog).
func tableLog(n, maxSym int, maxLog uint) uint {
	log := maxLog
	if hi := bits.Len(uint(n-1)) - 1 - 2; hi < int(log) {
		log = uint(max(hi, 0))
	}
	lo := min(bits.Len(uint(n))-1+1, bits.Len(uint(maxSym))-1+2)
	log = uint(max(int(log), lo, 5))
	return min(log, maxLog)
}

// cost is the bits a table of normalised counts norm and accuracy log
// spends on symbols counted in count, +Inf when a symbol is missing.
func cost(count []int, norm []int16, log uint) float64 {
	bitsSum := 0.0
	for s, c := range count {
		if c == 0 {
			continue
		}
		if s >= len(norm) || norm[s] == 0 {
			return math.Inf(1)
		}
		bitsSum += float64(c) * (float64(log) - math.Log2(float64(max(norm[s], 1))))
	}
	return bitsSum
}

// chooseTable picks how to code symbols codes (up to maxSym): it sets e
// and gives the mode and the description to write.
func chooseTable(e *fseEnc, codes []uint8, maxSym int, predef []int16, predefLog, maxLog uint) (mode byte, desc []byte) {
	count := make([]int, maxSym+1)
	top := 0
	for _, c := range codes {
		count[c]++
		top = max(top, int(c))
	}
	if count[codes[0]] == len(codes) && len(codes) > 1 {
		e.rle = true
		e.log = 0
		return 1, []byte{codes[0]}
	}
	predefCost := cost(count, predef, predefLog)
	log := tableLog(len(codes), top, maxLog)
	norm := normalize(count[:top+1], len(codes), log)
	desc = writeNCount(nil, norm, log)
	if own := cost(count, norm, log) + float64(8*len(desc)); own < predefCost {
		e.build(norm, log)
		return 2, desc
	}
	e.build(predef, predefLog)
	return 0, nil
}

// llCode is the code of literal length v.
func llCode(v uint32) uint8 {
	if v < 64 {
		return llCodes[v]
	}
	return uint8(bits.Len32(v) - 1 + 19)
}

// mlCode is the code of match length v.
func mlCode(v uint32) uint8 {
	if v -= 3; v < 128 {
		return mlCodes[v]
	}
	return uint8(bits.Len32(v) - 1 + 36)
}

// llCodes and mlCodes are the codes of the short lengths (of match
// lengths less 3), from llBase and mlBase.
var (
	llCodes = [64]uint8{
		0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 16, 17, 17, 18,
		18, 19, 19, 20, 20, 20, 20, 21, 21, 21, 21, 22, 22, 22, 22, 22, 22, 22,
		22, 23, 23, 23, 23, 23, 23, 23, 23, 24, 24, 24, 24, 24, 24, 24, 24, 24,
		24, 24, 24, 24, 24, 24, 24,
	}
	mlCodes = [128]uint8{
		0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
		21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 32, 33, 33, 34, 34, 35,
		35, 36, 36, 36, 36, 37, 37, 37, 37, 38, 38, 38, 38, 38, 38, 38, 38, 39,
		39, 39, 39, 39, 39, 39, 39, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40, 40,
		40, 40, 40, 40, 40, 41, 41, 41, 41, 41, 41, 41, 41, 41, 41, 41, 41, 41,
		41, 41, 41, 42, 42, 42, 42, 42, 42, 42, 42, 42, 42, 42, 42, 42, 42, 42,
		42, 42, 42, 42, 42, 42, 42, 42, 42, 42, 42, 42, 42, 42, 42, 42, 42,
	}
)

// appendSequences appends the sequences section of seqs.
func appendSequences(out []byte, seqs []seq) []byte {
	n := len(seqs)
	switch {
	case n < 128:
		out = append(out, byte(n))
	case n < 0x7f00:
		out = append(out, byte(n>>8)+128, byte(n))
	default:
		out = append(out, 255, byte(n-0x7f00), byte((n-0x7f00)>>8))
	}
	if n == 0 {
		return out
	}
	llc, mlc, ofc := make([]uint8, n), make([]uint8, n), make([]uint8, n)
	for i, s := range seqs {
		llc[i] = llCode(s.ll)
		mlc[i] = mlCode(s.ml)
		ofc[i] = uint8(bits.Len32(s.offBase) - 1)
	}
	var ll, of, ml fseEnc
	llMode, llDesc := chooseTable(&ll, llc, maxLLSym, predefLL, predefLLLog, maxLLLog)
	ofMode, ofDesc := chooseTable(&of, ofc, maxOFSym, predefOF, predefOFLog, maxOFLog)
	mlMode, mlDesc := chooseTable(&ml, mlc, maxMLSym, predefML, predefMLLog, maxMLLog)
	out = append(out, llMode<<6|ofMode<<4|mlMode<<2)
	out = append(append(append(out, llDesc...), ofDesc...), mlDesc...)
	w := bitWriter{out: out}
	last := seqs[n-1]
	xl, xo, xm := ll.start(llc[n-1]), of.start(ofc[n-1]), ml.start(mlc[n-1])
	w.add(last.ll-llBase[llc[n-1]], uint(llBits[llc[n-1]]))
	w.add(last.ml-mlBase[mlc[n-1]], uint(mlBits[mlc[n-1]]))
	w.add(last.offBase-1<<ofc[n-1], uint(ofc[n-1]))
	for i := n - 2; i >= 0; i-- {
		s := seqs[i]
		xo = of.put(&w, xo, ofc[i])
		xm = ml.put(&w, xm, mlc[i])
		xl = ll.put(&w, xl, llc[i])
		w.add(s.ll-llBase[llc[i]], uint(llBits[llc[i]]))
		w.add(s.ml-mlBase[mlc[i]], uint(mlBits[mlc[i]]))
		w.add(s.offBase-1<<ofc[i], uint(ofc[i]))
	}
	ml.finish(&w, xm)
	of.finish(&w, xo)
	ll.finish(&w, xl)
	return w.close()
}
