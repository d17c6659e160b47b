package snappy

import (
	"bytes"
	"encoding/binary"
	"math/rand"
	"testing"

	ref "github.com/golang/snappy"
)

// inputs are data of the shapes a column file holds: runs, repeats at
// short and long distances, noise, text, and lengths around the pieces'
// edges.
func inputs() [][]byte {
	r := rand.New(rand.NewSource(1))
	noise := func(n int) []byte {
		b := make([]byte, n)
		r.Read(b)
		return b
	}
	longs := make([]byte, 8*50000) // a long column, small values: repeats every 8 bytes
	for i := 0; i < len(longs); i += 8 {
		binary.LittleEndian.PutUint64(longs[i:], uint64(i/8%1000))
	}
	text := bytes.Repeat([]byte("the quick brown fox jumps over the lazy dog; "), 3000)
	mixed := append(append(noise(70000), text[:70000]...), noise(5)...)
	out := [][]byte{nil, {0}, []byte("a"), bytes.Repeat([]byte{7}, 16), bytes.Repeat([]byte{7}, 17),
		bytes.Repeat([]byte{0}, 1<<20), longs, text, mixed, noise(100), noise(1 << 17)}
	for _, n := range []int{59, 60, 61, 255, 256, 257, 65535, 65536, 65537, 131073} {
		out = append(out, text[:n], noise(n))
	}
	return out
}

// TestRoundTrip: Encode then Decode gives the input back, and the block
// says its length.
func TestRoundTrip(t *testing.T) {
	for _, b := range inputs() {
		z := Encode(b)
		if n, err := DecodedLen(z); err != nil || n != len(b) {
			t.Errorf("%d bytes: DecodedLen %d, %v", len(b), n, err)
		}
		got, err := Decode(z)
		if err != nil || !bytes.Equal(got, b) {
			t.Errorf("%d bytes: round trip differs (%v)", len(b), err)
		}
		if len(z) > MaxEncodedLen(len(b)) {
			t.Errorf("%d bytes: %d encoded, more than MaxEncodedLen %d", len(b), len(z), MaxEncodedLen(len(b)))
		}
	}
}

// TestCompresses: repetitive data comes out smaller, as Snappy makes it.
func TestCompresses(t *testing.T) {
	b := bytes.Repeat([]byte("the quick brown fox jumps over the lazy dog; "), 3000)
	if z, r := Encode(b), ref.Encode(nil, b); len(z) > len(r)+len(r)/10 {
		t.Errorf("%d bytes encode to %d, the reference's %d", len(b), len(z), len(r))
	}
	zeros := make([]byte, 1<<20)
	if z := Encode(zeros); len(z) > len(zeros)/20 {
		t.Errorf("1 MB of zeros encode to %d bytes", len(z))
	}
}

// TestAgainstReference: each reads the other's blocks (Snappy's block
// format is one format, whoever writes it).
func TestAgainstReference(t *testing.T) {
	for _, b := range inputs() {
		got, err := ref.Decode(nil, Encode(b))
		if err != nil || !bytes.Equal(got, b) {
			t.Errorf("%d bytes: the reference reads ours wrong (%v)", len(b), err)
		}
		got, err = Decode(ref.Encode(nil, b))
		if err != nil || !bytes.Equal(got, b) {
			t.Errorf("%d bytes: we read the reference's wrong (%v)", len(b), err)
		}
	}
}

// TestCorrupt: broken blocks are errors, not panics or huge allocations.
func TestCorrupt(t *testing.T) {
	for _, z := range [][]byte{
		{},                                // no preamble
		{0x80},                            // preamble cut short
		{5},                               // five bytes promised, none given
		{1, 0, 'a', 'b'},                  // a literal longer than promised
		{4, 0, 'a', 0x01, 0x02},           // a copy from before the start
		{4, 0, 'a', 0x01, 0x00},           // offset 0
		{4, 0, 'a', 0x02, 0x01},           // copy2 cut short
		{4, 0, 'a', 0x03, 1, 0, 0},        // copy4 cut short
		{2, 0xf0, 1},                      // literal length bytes missing
		{0xff, 0xff, 0xff, 0xff, 0x0f, 0}, // 4 GB promised by 6 bytes
		{3, 0, 'a'},                       // shorter than promised
	} {
		if b, err := Decode(z); err == nil {
			t.Errorf("Decode(%v) = %v, want an error", z, b)
		}
	}
}

// FuzzDecode: any bytes decode to an error or to what the reference
// decodes them to; and anything encodes to a block both read back.
func FuzzDecode(f *testing.F) {
	for _, b := range inputs() {
		if len(b) < 1000 {
			f.Add(b)
		}
		f.Add(ref.Encode(nil, b[:min(len(b), 300)]))
	}
	f.Fuzz(func(t *testing.T, z []byte) {
		got, err := Decode(z)
		if n, rerr := ref.DecodedLen(z); rerr == nil && n > 64*len(z) {
			// more than any block of this length holds: the reference
			// would allocate it before finding out
			if got != nil || err == nil {
				t.Fatalf("Decode(%x) = %x, %v; want an error", z, got, err)
			}
			return
		}
		want, werr := ref.Decode(nil, z)
		if (err == nil) != (werr == nil) || err == nil && !bytes.Equal(got, want) {
			t.Fatalf("Decode(%x) = %x, %v; the reference: %x, %v", z, got, err, want, werr)
		}
		e := Encode(z)
		if back, err := Decode(e); err != nil || !bytes.Equal(back, z) {
			t.Fatalf("round trip of %x: %x, %v", z, back, err)
		}
		if back, err := ref.Decode(nil, e); err != nil || !bytes.Equal(back, z) {
			t.Fatalf("the reference reads our %x as %x, %v", e, back, err)
		}
	})
}
