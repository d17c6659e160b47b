package zstd

import "sort"

// This file codes a block's literals with a Huffman tree of their own
// (RFC 8878 4.2): code lengths from the literals' counts, limited to
// maxHuffLog bits, the tree described by its weights (4 bits each, or
// FSE-compressed when more than 128 symbols need one), then one stream
// or four.

// huffLengths gives each byte's code length for counts count (0 for a
// byte that does not occur), a complete code of at most maxHuffLog bits.
func huffLengths(count *[256]int) (lens [256]uint8, ok bool) {
	var syms []int
	for s, c := range count {
		if c > 0 {
			syms = append(syms, s)
		}
	}
	n := len(syms)
	if n < 2 {
		return lens, false
	}
	sort.SliceStable(syms, func(i, j int) bool { return count[syms[i]] < count[syms[j]] })
	cnt := make([]int, 2*n-1)
	parent := make([]int, 2*n-1)
	for i, s := range syms {
		cnt[i] = count[s]
	}
	leaf, inner, next := 0, n, n
	pick := func() int {
		if leaf < n && (inner >= next || cnt[leaf] <= cnt[inner]) {
			leaf++
			return leaf - 1
		}
		inner++
		return inner - 1
	}
	for ; next < 2*n-1; next++ {
		a, b := pick(), pick()
		cnt[next] = cnt[a] + cnt[b]
		parent[a], parent[b] = next, next
	}
	depth := make([]int, 2*n-1)
	for i := 2*n - 3; i >= 0; i-- {
		depth[i] = depth[parent[i]] + 1
	}
	// Cut codes longer than the limit, then lengthen the longest ones
	// still short enough until the code fits (Kraft's sum in units of
	// 2^-maxHuffLog), then shorten the longest while it is not complete.
	const full = 1 << maxHuffLog
	kraft := 0
	for i, s := range syms {
		l := min(depth[i], maxHuffLog)
		lens[s] = uint8(l)
		kraft += full >> l
	}
	for kraft > full {
		b := -1
		for _, s := range syms {
			if lens[s] < maxHuffLog && (b < 0 || lens[s] > lens[b]) {
				b = s
			}
		}
		if b < 0 {
			return lens, false
		}
		kraft -= full >> (lens[b] + 1)
		lens[b]++
	}
	for kraft < full {
		b := -1
		for _, s := range syms {
			if lens[s] > 1 && kraft+full>>lens[s] <= full && (b < 0 || lens[s] > lens[b]) {
				b = s
			}
		}
		if b < 0 {
			return lens, false
		}
		kraft += full >> lens[b]
		lens[b]--
	}
	return lens, true
}

// appendHuffLiterals appends a compressed literals section for lits, ok
// false when Huffman coding does not pay or cannot be described.
func appendHuffLiterals(out, lits []byte) ([]byte, bool) {
	n := len(lits)
	if n < 64 || n > maxBlockSize {
		return out, false
	}
	var count [256]int
	for _, c := range lits {
		count[c]++
	}
	lens, ok := huffLengths(&count)
	if !ok {
		return out, false
	}
	maxBits, last := uint8(0), 0
	for s, l := range lens {
		if l > 0 {
			maxBits = max(maxBits, l)
			last = s
		}
	}
	var w [256]uint8
	for s, l := range lens {
		if l > 0 {
			w[s] = maxBits + 1 - l
		}
	}
	tree, ok := huffTree(w[:last])
	if !ok {
		return out, false
	}
	// Codes go out as the decoder's table lays them: by weight, lightest
	// first, then by symbol.
	var start [maxHuffLog + 2]uint32
	var perW [maxHuffLog + 2]uint32
	for _, x := range w[:last+1] {
		perW[x]++
	}
	at := uint32(0)
	for x := 1; x <= maxHuffLog+1; x++ {
		start[x] = at
		at += perW[x] << (x - 1)
	}
	var code [256]uint32
	for s, x := range w[:last+1] {
		if x > 0 {
			code[s] = start[x] >> (x - 1)
			start[x] += 1 << (x - 1)
		}
	}
	stream := func(dst, b []byte) []byte {
		wr := bitWriter{out: dst}
		for i := len(b) - 1; i >= 0; i-- {
			wr.add(code[b[i]], uint(lens[b[i]]))
		}
		return wr.close()
	}
	body := append([]byte{}, tree...)
	four := n > 1023
	if !four {
		body = stream(body, lits)
	} else {
		q := (n + 3) / 4
		jump := len(body)
		body = append(body, 0, 0, 0, 0, 0, 0)
		for i := 0; i < 4; i++ {
			was := len(body)
			body = stream(body, lits[i*q:min((i+1)*q, n)])
			if i < 3 {
				sz := len(body) - was
				if sz >= 1<<16 {
					return out, false
				}
				body[jump+2*i], body[jump+2*i+1] = byte(sz), byte(sz>>8)
			}
		}
	}
	c := len(body)
	if c+5 >= n-n/32 {
		return out, false // not worth it
	}
	switch {
	case !four:
		if c > 1023 {
			return out, false
		}
		h := uint32(2) | uint32(n)<<4 | uint32(c)<<14
		out = append(out, byte(h), byte(h>>8), byte(h>>16))
	case n < 1024 && c < 1024:
		h := uint32(2|1<<2) | uint32(n)<<4 | uint32(c)<<14
		out = append(out, byte(h), byte(h>>8), byte(h>>16))
	case n < 1<<14 && c < 1<<14:
		h := uint32(2|2<<2) | uint32(n)<<4 | uint32(c)<<18
		out = append(out, byte(h), byte(h>>8), byte(h>>16), byte(h>>24))
	default:
		h := uint64(2|3<<2) | uint64(n)<<4 | uint64(c)<<22
		out = append(out, byte(h), byte(h>>8), byte(h>>16), byte(h>>24), byte(h>>32))
	}
	return append(out, body...), true
}

// huffTree is the description of a tree whose weights are w (the last
// symbol's left out, as the decoder works it out).
func huffTree(w []uint8) ([]byte, bool) {
	nw := len(w)
	if nw == 0 {
		return nil, false
	}
	if nw <= 128 {
		out := []byte{byte(127 + nw)}
		for i := 0; i < nw; i += 2 {
			b := w[i] << 4
			if i+1 < nw {
				b |= w[i+1]
			}
			out = append(out, b)
		}
		return out, true
	}
	// FSE-compressed weights: two states take turns, the first the even
	// ones; the stream ends when the state of the one but last weight
	// reads past its start (RFC 8878 4.2.1.2).
	count := make([]int, maxHuffLog+1)
	top := 0
	for _, x := range w {
		count[x]++
		top = max(top, int(x))
	}
	if count[w[0]] == nw {
		return nil, false
	}
	log := tableLog(nw, top, 6)
	norm := normalize(count[:top+1], nw, log)
	desc := writeNCount(nil, norm, log)
	var e fseEnc
	e.build(norm, log)
	wr := bitWriter{out: append([]byte{0}, desc...)}
	var s [2]uint32 // the states of the even and the odd weights
	s[(nw-1)%2] = e.start(w[nw-1])
	s[(nw-2)%2] = e.start(w[nw-2])
	for i := nw - 3; i >= 0; i-- {
		s[i%2] = e.put(&wr, s[i%2], w[i])
	}
	e.finish(&wr, s[1])
	e.finish(&wr, s[0])
	out := wr.close()
	if len(out)-1 >= 128 {
		return nil, false
	}
	out[0] = byte(len(out) - 1)
	// The decoder must read back these weights and no more.
	var back [256]uint8
	if got, ok := fseWeights(&back, out[1:]); !ok || got != nw || string(back[:nw]) != string(w) {
		return nil, false
	}
	return out, true
}
