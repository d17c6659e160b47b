// This file defines `string` of a long vector, the common case of string
// over a vector: every item's text written into one buffer.

package interp

import (
	"encoding/binary"
	"math/bits"

	"qgo/interp/format"
	"qgo/interp/k"
)

// strLongs is string of a long vector: one string per item, the digits
// of all of them in one buffer of exactly their length and their headers
// in one array (three allocations, not two per item). The lengths are
// counted first, then each number's digits are written from its end, two
// at a time. Nulls and infinities are spelled as format spells them.
func strLongs(v []int64, o format.Options) k.Value {
	var special [3]string // 0N, 0W, -0W
	for i, x := range []int64{k.NJ, k.WJ, -k.WJ} {
		special[i] = format.String(k.J(x), o)
	}
	n := 0
	for _, x := range v {
		if x > -k.WJ && x < k.WJ {
			u := uint64(x)
			if x < 0 {
				u, n = -u, n+1
			}
			n += digits10(u)
		} else {
			n += longLen(x, &special)
		}
	}
	k.Reserve(len(v), 48) // a header and a list slot each; the digits are fewer
	// eight bytes to spare at the end, as putEight stores eight at a time
	buf := make([]byte, n+8)
	hdr := make([]k.Vec[uint8], len(v))
	out := make([]k.Value, len(v))
	pos := 0
	for i, x := range v {
		start := pos
		if x > -k.WJ && x < k.WJ {
			u := uint64(x)
			if x < 0 {
				buf[pos] = '-'
				pos++
				u = -u
			}
			d := digits10(u)
			if u < 1e8 {
				putEight(buf[pos:pos+8], u, d)
			} else {
				putDigits(buf[pos:pos+d], u)
			}
			pos += d
		} else {
			switch x {
			case k.NJ:
				pos += copy(buf[pos:], special[0])
			case k.WJ:
				pos += copy(buf[pos:], special[1])
			default:
				pos += copy(buf[pos:], special[2])
			}
		}
		hdr[i] = k.Vec[uint8]{T: k.KC, V: buf[start:pos:pos]}
		out[i] = &hdr[i]
	}
	k.NoteFlat(buf[:n])
	return k.NewList(out...)
}

// strArena is the list of strings whose texts lie end to end in buf,
// item i's ending at ends[i] (format.Strings): their headers in one
// array, each a slice of buf, which is noted as a flat arena for raze.
func strArena(buf []byte, ends []int) k.Value {
	k.Reserve(len(ends), 48) // a header and a list slot each
	hdr := make([]k.Vec[uint8], len(ends))
	out := make([]k.Value, len(ends))
	start := 0
	for i, end := range ends {
		hdr[i] = k.Vec[uint8]{T: k.KC, V: buf[start:end:end]}
		out[i] = &hdr[i]
		start = end
	}
	k.NoteFlat(buf[:start])
	return k.NewList(out...)
}

// putEight writes the d decimal digits of u < 1e8 (d = digits10(u)) to
// the start of b, which has room for eight: the digits are made in one
// machine word, four lanes of two digits then eight of one, and stored at
// once, the bytes after the d-th holding nothing of use.
func putEight(b []byte, u uint64, d int) {
	hi := u / 10000
	w := hi | (u-hi*10000)<<32                    // two lanes of 32 bits, each below 10000
	q := (w * 5243 >> 19) & 0x0000007f0000007f    // x/100 in each, exact below 43699
	w = q | (w-q*100)<<16                         // four lanes of 16 bits, each below 100
	q = (w * 103 >> 10) & 0x000f000f000f000f      // x/10 in each, exact below 179
	w = (q | (w-q*10)<<8) + 0x3030303030303030    // eight digits, the first in the low byte
	binary.LittleEndian.PutUint64(b, w>>(64-8*d)) // the last d digits to the front
}

// longLen is the length of the text of x: its digits and sign, or the
// spelling of a null or an infinity.
func longLen(x int64, special *[3]string) int {
	switch x {
	case k.NJ:
		return len(special[0])
	case k.WJ:
		return len(special[1])
	case -k.WJ:
		return len(special[2])
	}
	if x < 0 {
		return 1 + digits10(uint64(-x))
	}
	return digits10(uint64(x))
}

// pow10 holds the powers of ten that fit in 64 bits.
var pow10 = [20]uint64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
	1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19}

// digits10 is the number of decimal digits of u (1 for 0): its bit
// length times log10(2) (1233/4096), less one, is the count or one short.
func digits10(u uint64) int {
	d := bits.Len64(u) * 1233 >> 12
	if u >= pow10[d] {
		d++
	}
	return max(d, 1)
}

// digitPairs is "00" to "99", two digits for each number below 100.
const digitPairs = "0001020304050607080910111213141516171819" +
	"2021222324252627282930313233343536373839" +
	"4041424344454647484950515253545556575859" +
	"6061626364656667686970717273747576777879" +
	"8081828384858687888990919293949596979899"

// putDigits writes the decimal digits of u to fill b, which has exactly
// digits10(u) bytes, from the last two at a time.
func putDigits(b []byte, u uint64) {
	i := len(b)
	for u >= 100 {
		q := u / 100
		r := u - q*100
		i -= 2
		b[i], b[i+1] = digitPairs[2*r], digitPairs[2*r+1]
		u = q
	}
	if u >= 10 {
		b[i-2], b[i-1] = digitPairs[2*u], digitPairs[2*u+1]
	} else {
		b[i-1] = byte('0' + u)
	}
}
