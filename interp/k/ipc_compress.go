// This file defines kdb+'s IPC message compression (-18!, and messages
// over 2000 bytes sent to another host), after the reference
// implementation in KX's Java client (javakdb c.java, compress and
// uncompress).

package k

import "encoding/binary"

// Compress compresses a complete IPC message as kdb+ does. The result has
// byte 2 of the header set, the compressed length in bytes 4-7 and the
// original length in bytes 8-11, then the token stream. When compression
// would not bring the message under half its size, Compress returns msg
// itself, as kdb+ sends such a message uncompressed. Deciding whether to
// compress at all (kdb+: messages over 2000 bytes to a peer that is not on
// the same host) is the caller's business.
func Compress(msg []byte) []byte {
	t := len(msg)
	if t < HeaderLen {
		return msg
	}
	order := byteOrder(msg[0] == 0)
	out := make([]byte, t/2)
	e := len(out)
	if e < 12 {
		return msg
	}
	copy(out, msg[:4])
	out[2] = 1
	order.PutUint32(out[8:], uint32(t))
	var table [256]int
	// c: position of the current flag byte; d: next output position;
	// s: next input position; f: flags of the current group; i: the bit
	// of the current token. The table remembers, for the XOR of two
	// adjacent bytes, the last position they were seen at; a literal's
	// own position is recorded one step late (s0, h0), in step with the
	// decoder's lazy indexing.
	c, d, s := 12, 12, HeaderLen
	f, i := 0, 0
	s0, h0, h := 0, 0, 0
	for s < t {
		if i == 0 {
			if d > e-17 {
				return msg
			}
			i = 1
			out[c] = byte(f)
			c = d
			d++
			f = 0
		}
		literal := s > t-3
		p := 0
		if !literal {
			h = int(msg[s] ^ msg[s+1])
			p = table[h]
			literal = p == 0 || msg[s] != msg[p]
		}
		if s0 > 0 {
			table[h0] = s0
			s0 = 0
		}
		if literal {
			h0, s0 = h, s
			out[d] = msg[s]
			d++
			s++
		} else {
			table[h] = s
			f |= i
			p += 2
			s += 2
			r := s
			q := min(s+255, t)
			for msg[p] == msg[s] {
				s++
				if s >= q {
					break
				}
				p++
			}
			out[d] = byte(h)
			out[d+1] = byte(s - r)
			d += 2
		}
		i = (i << 1) & 0xff
	}
	out[c] = byte(f)
	order.PutUint32(out[4:], uint32(d))
	return out[:d]
}

// Uncompress expands a compressed IPC message (byte 2 of the header set)
// into the uncompressed message, header included. It checks every
// back-reference and refuses an original length that the compressed bytes
// could not possibly expand to, so a lying header cannot make it allocate.
func Uncompress(msg []byte) ([]byte, error) {
	if len(msg) < 12 || msg[0] > 1 {
		return nil, errBadMsg
	}
	order := byteOrder(msg[0] == 0)
	n := int(order.Uint32(msg[8:]))
	// each back-reference costs at least two bytes and a flag bit and
	// yields at most 257 bytes
	if n < HeaderLen || n-HeaderLen > 129*(len(msg)-12) {
		return nil, errBadMsg
	}
	dst := make([]byte, n)
	var table [256]int
	src := msg[12:]
	d, s, p := 0, HeaderLen, HeaderLen
	f, i := 0, 0
	next := func() (byte, bool) {
		if d >= len(src) {
			return 0, false
		}
		d++
		return src[d-1], true
	}
	for s < n {
		if i == 0 {
			b, ok := next()
			if !ok {
				return nil, errBadMsg
			}
			f, i = int(b), 1
		}
		extra := 0
		if f&i != 0 {
			hb, ok1 := next()
			nb, ok2 := next()
			r := table[hb]
			extra = int(nb)
			if !ok1 || !ok2 || s+2+extra > n || r+2 > s {
				return nil, errBadMsg
			}
			dst[s], dst[s+1] = dst[r], dst[r+1]
			s += 2
			r += 2
			for m := 0; m < extra; m++ {
				dst[s+m] = dst[r+m]
			}
		} else {
			b, ok := next()
			if !ok {
				return nil, errBadMsg
			}
			dst[s] = b
			s++
		}
		for p < s-1 {
			table[dst[p]^dst[p+1]] = p
			p++
		}
		if f&i != 0 {
			s += extra
			p = s
		}
		i = (i << 1) & 0xff
	}
	copy(dst, msg[:4])
	dst[2] = 0
	order.PutUint32(dst[4:], uint32(n))
	return dst, nil
}

// byteOrder is the byte order of a message whose first header byte says
// big-endian (0) or little-endian (1).
func byteOrder(bigEndian bool) binary.ByteOrder {
	if bigEndian {
		return binary.BigEndian
	}
	return binary.LittleEndian
}
