package interp

import (
	"bytes"
	"encoding/binary"
	"math/rand"
	"testing"

	"github.com/golang/snappy"
)

// snappyInputs are data of the shapes compressed files hold: empty and
// tiny, runs, repeats at short and long distances, text, random bytes
// (nothing matches), vectors of small ints, and lengths about the 64 KB
// chunk and the match finder's table sizes.
func snappyInputs() [][]byte {
	r := rand.New(rand.NewSource(1))
	var in [][]byte
	for _, n := range []int{0, 1, 2, 3, 15, 16, 17, 18, 100, 255, 256, 257, 1000, 4096, 16383, 16384, 16385, 65535, 65536, 65537, 131072 + 7, 1 << 20} {
		rnd := make([]byte, n)
		r.Read(rnd)
		in = append(in, rnd, bytes.Repeat([]byte{'a'}, n))
		txt := make([]byte, n)
		words := []string{"trade", "quote", "sym", "price", "size", " ", "`", "AAPL", "MSFT", "\n"}
		for i := 0; i < n; {
			i += copy(txt[i:], words[r.Intn(len(words))])
		}
		in = append(in, txt)
		ints := make([]byte, n)
		for i := 0; i+8 <= n; i += 8 {
			binary.LittleEndian.PutUint64(ints[i:], uint64(r.Intn(100)))
		}
		in = append(in, ints)
		// a random block repeated at distances that need each copy kind
		for _, period := range []int{3, 7, 100, 2047, 2048, 5000, 40000} {
			if period < n {
				p := make([]byte, n)
				r.Read(p[:period])
				for i := period; i < n; i++ {
					p[i] = p[i-period]
					if r.Intn(500) == 0 {
						p[i] ^= 0xff // a break, so copies end and start again
					}
				}
				in = append(in, p)
			}
		}
	}
	return in
}

// The codec writes the bytes golang/snappy (v1.0.0, the library qgo
// linked before) wrote for the same data, so files qgo compresses with
// algorithm 3 are unchanged, and each reads the other's blocks.
func TestSnappySameBytes(t *testing.T) {
	for i, p := range snappyInputs() {
		got, want := snappyEncode(p), snappy.Encode(nil, p)
		if !bytes.Equal(got, want) {
			t.Fatalf("input %d (%d bytes): %d bytes, golang/snappy %d", i, len(p), len(got), len(want))
		}
		back, err := snappyDecode(want)
		if err != nil || !bytes.Equal(back, p) {
			t.Fatalf("input %d (%d bytes): decodes golang/snappy's block as %d bytes, %v", i, len(p), len(back), err)
		}
		if n, _, err := snappyDecodedLen(want); err != nil || n != len(p) {
			t.Fatalf("input %d: decoded length %d, %v", i, n, err)
		}
	}
}

// A block whose elements are hand-made: literals with 1 and 2 length
// bytes, and copies of each kind, overlapping or not.
func TestSnappyDecodeKinds(t *testing.T) {
	lit := bytes.Repeat([]byte("0123456789"), 30) // 300 bytes
	var b []byte
	b = binary.AppendUvarint(b, 70+300+5+9+20)
	b = append(b, 60<<2, 69) // 70-byte literal, length in a byte
	b = append(b, lit[:70]...)
	b = append(b, 61<<2, 299&0xff, 299>>8) // 300-byte literal, in two bytes
	b = append(b, lit...)
	b = append(b, 1<<2|snappyCopy1, 10)            // 5 bytes from 10 back
	b = append(b, 8<<2|snappyCopy2, 3, 0)          // 9 bytes from 3 back: overlapping
	b = append(b, 19<<2|snappyCopy4, 200, 0, 0, 0) // 20 bytes from 200 back
	want := append(append([]byte{}, lit[:70]...), lit...)
	for _, c := range [][2]int{{10, 5}, {3, 9}, {200, 20}} {
		for j := 0; j < c[1]; j++ {
			want = append(want, want[len(want)-c[0]])
		}
	}
	got, err := snappyDecode(b)
	if err != nil || !bytes.Equal(got, want) {
		t.Fatalf("got %q, %v\nwant %q", got, err, want)
	}
	if g, err := snappy.Decode(nil, b); err != nil || !bytes.Equal(g, want) {
		t.Fatalf("golang/snappy reads the block otherwise: %v", err)
	}
}

// Damaged blocks are errors, never a panic or a read out of bounds: the
// cases golang/snappy refuses, and every cut and every single-byte change
// of a valid block refused or read as golang/snappy reads it.
func TestSnappyCorrupt(t *testing.T) {
	for _, b := range [][]byte{
		{},
		{0x80},                                           // unfinished varint
		{0xff, 0xff, 0xff, 0xff, 0xff, 0x01},             // over 4 GB
		{5, 0 << 2, 'a'},                                 // 1 byte of 5
		{1, 1 << 2, 'a'},                                 // literal longer than stated
		{4, 0 << 2, 'a', 1<<2 | snappyCopy1, 0},          // offset 0
		{4, 0 << 2, 'a', 1<<2 | snappyCopy1, 2},          // offset before the start
		{9, 0 << 2, 'a', 1<<2 | snappyCopy1, 1},          // short by 3
		{4, 0 << 2, 'a', 2<<2 | snappyCopy2, 1},          // cut copy
		{4, 0 << 2, 'a', 2<<2 | snappyCopy4, 1, 0, 0},    // cut copy
		{4, 63 << 2, 1, 0, 0, 0x80},                      // literal length over the block
		{2, 62 << 2, 0xff, 0xff, 0xff, 'a', 'b'},         // literal length over the input
		{3, 0 << 2, 'a', 1<<2 | snappyCopy2, 1, 0, 0, 0}, // bytes after the end
	} {
		if got, err := snappyDecode(b); err == nil {
			t.Errorf("% x: decoded %q, want an error", b, got)
		}
		if _, err := snappy.Decode(nil, b); err == nil {
			t.Errorf("% x: golang/snappy reads it (the case is not corrupt)", b)
		}
	}
	p := bytes.Repeat([]byte("kdb+ snappy "), 50)
	p = append(p, "the end"...)
	enc := snappyEncode(p)
	for n := 0; n < len(enc); n++ {
		if got, err := snappyDecode(enc[:n]); err == nil && !bytes.Equal(got, p[:len(got)]) {
			t.Errorf("cut at %d: %q", n, got)
		}
	}
	for i := range enc {
		for _, v := range []byte{0, 1, 0x3c, 0x7f, 0x80, 0xfd, 0xfe, 0xff, enc[i] ^ 1} {
			m := append([]byte{}, enc...)
			m[i] = v
			got, err := snappyDecode(m)
			want, werr := snappy.Decode(nil, m)
			if (err == nil) != (werr == nil) || !bytes.Equal(got, want) {
				t.Fatalf("byte %d set to %#x: %d bytes, %v; golang/snappy %d bytes, %v", i, v, len(got), err, len(want), werr)
			}
		}
	}
}

// FuzzSnappy: any block decodes as golang/snappy decodes it, and any
// data compresses to golang/snappy's bytes.
func FuzzSnappy(f *testing.F) {
	f.Add([]byte("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"))
	f.Add(snappyEncode(bytes.Repeat([]byte("abc"), 40)))
	f.Fuzz(func(t *testing.T, b []byte) {
		if n, _, err := snappyDecodedLen(b); err == nil && n > 1<<20 {
			return // both would allocate what it states (compress.go checks it against the block's size first)
		}
		got, err := snappyDecode(b)
		want, werr := snappy.Decode(nil, b)
		if (err == nil) != (werr == nil) || !bytes.Equal(got, want) {
			t.Fatalf("decode: %d bytes, %v; golang/snappy %d bytes, %v", len(got), err, len(want), werr)
		}
		if !bytes.Equal(snappyEncode(b), snappy.Encode(nil, b)) {
			t.Fatalf("encode differs")
		}
	})
}
