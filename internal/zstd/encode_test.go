package zstd

import (
	"bytes"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"testing"

	"github.com/klauspost/compress/zstd"
)

// TestEncodeRoundTrip has our decoder, klauspost's and (where it is
// installed) the reference command line read what Encode writes.
func TestEncodeRoundTrip(t *testing.T) {
	dec, _ := zstd.NewReader(nil, zstd.WithDecoderConcurrency(1))
	defer dec.Close()
	_, err := exec.LookPath("zstd")
	cli := err == nil
	dir := t.TempDir()
	for name, plain := range corpus() {
		for _, lvl := range []int{1, 3, 9} {
			z := Encode(nil, plain, lvl)
			got, err := Decode(nil, z, len(plain))
			if err != nil || !bytes.Equal(got, plain) {
				t.Errorf("%s at %d, ours: %v", name, lvl, err)
			}
			got, err = dec.DecodeAll(z, nil)
			if err != nil || !bytes.Equal(got, plain) {
				t.Errorf("%s at %d, klauspost's: %v", name, lvl, err)
			}
			if cli && lvl == 3 {
				f := filepath.Join(dir, "f.zst")
				if err := os.WriteFile(f, z, 0o644); err != nil {
					t.Fatal(err)
				}
				got, err := exec.Command("zstd", "-d", "-c", "-q", f).Output()
				if err != nil || !bytes.Equal(got, plain) {
					t.Errorf("%s at %d, zstd -d: %v", name, lvl, err)
				}
			}
		}
	}
}

// TestEncodeSmall round-trips short inputs of few distinct bytes, where
// the tables are tiny and RLE modes come up.
func TestEncodeSmall(t *testing.T) {
	dec, _ := zstd.NewReader(nil, zstd.WithDecoderConcurrency(1))
	defer dec.Close()
	for n := 0; n < 600; n += 7 {
		for k := 1; k < 5; k++ {
			plain := make([]byte, n)
			for i := range plain {
				plain[i] = byte(i * i % (k * 3))
			}
			z := Encode(nil, plain, 3)
			got, err := Decode(nil, z, n)
			if err != nil || !bytes.Equal(got, plain) {
				t.Fatalf("%d bytes of %d kinds: %v", n, k, err)
			}
			if got, err = dec.DecodeAll(z, nil); err != nil || !bytes.Equal(got, plain) {
				t.Fatalf("%d bytes of %d kinds, klauspost's: %v", n, k, err)
			}
		}
	}
}

// TestEncodeRatio logs the compressed size of each kind of data beside
// klauspost's at its default level (go test -v shows it), and fails
// when a ratio falls below its floor, a few percent under what the
// encoder reaches (the corpus is seeded, so the sizes are fixed): coded
// without Huffman literals, times fall from 1.25x to 1.00x and small
// text from 2.92x to 2.67x.
func TestEncodeRatio(t *testing.T) {
	ratioFloor := map[string]float64{"floats": 2.5, "longs": 2.35, "mixed": 2.5,
		"noise": 0.99, "small text": 2.8, "small times": 1.3, "syms": 5.0, "text": 3.0,
		"til": 7.5, "times": 1.2, "zeros": 5000}
	enc, _ := zstd.NewWriter(nil, zstd.WithEncoderConcurrency(1), zstd.WithEncoderCRC(false))
	defer enc.Close()
	c := corpus()
	var names []string
	for n := range c {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		p := c[n]
		if len(p) < 1000 {
			continue
		}
		ours, theirs := len(Encode(nil, p, 3)), len(enc.EncodeAll(p, nil))
		t.Logf("%-12s %8d bytes: ours %8d (%.2fx), klauspost %8d (%.2fx)", n, len(p), ours,
			float64(len(p))/float64(ours), theirs, float64(len(p))/float64(theirs))
		if r := float64(len(p)) / float64(ours); r < ratioFloor[n] {
			t.Errorf("%s: ratio %.2fx, below its floor %.2fx", n, r, ratioFloor[n])
		}
	}
}

// TestEncodeHuffWeights codes literals of more than 128 distinct bytes,
// most of them rare, whose tree is described by FSE-compressed weights,
// and reads them back through both decoders.
func TestEncodeHuffWeights(t *testing.T) {
	dec, _ := zstd.NewReader(nil, zstd.WithDecoderConcurrency(1))
	defer dec.Close()
	r := rand.New(rand.NewSource(3))
	for _, n := range []int{300, 1000, 5000, 100000} {
		plain := make([]byte, n)
		for i := range plain {
			if r.Intn(10) == 0 {
				plain[i] = byte(r.Intn(256))
			} else {
				plain[i] = "abcde"[r.Intn(5)]
			}
		}
		lits, ok := appendHuffLiterals(nil, plain)
		if !ok || lits[0]&3 != 2 {
			t.Fatalf("%d bytes: not Huffman-coded", n)
		}
		hsz := map[int]int{0: 3, 1: 3, 2: 4, 3: 5}[int(lits[0]>>2&3)]
		if lits[hsz] >= 128 {
			t.Fatalf("%d bytes: weights given directly", n)
		}
		z := Encode(nil, plain, 3)
		got, err := Decode(nil, z, n)
		if err != nil || !bytes.Equal(got, plain) {
			t.Fatalf("%d bytes, ours: %v", n, err)
		}
		if got, err = dec.DecodeAll(z, nil); err != nil || !bytes.Equal(got, plain) {
			t.Fatalf("%d bytes, klauspost's: %v", n, err)
		}
	}
}

// TestLengthCodes checks the codes of lengths against the tables of
// their bases: each length is its code's base plus fewer than
// 2^bits.
func TestLengthCodes(t *testing.T) {
	for v := uint32(0); v < 1<<17; v++ {
		if c := llCode(v); v < llBase[c] || v-llBase[c] >= 1<<llBits[c] {
			t.Fatalf("literal length %d: code %d", v, c)
		}
		if v < 3 {
			continue
		}
		if c := mlCode(v); v < mlBase[c] || v-mlBase[c] >= 1<<mlBits[c] {
			t.Fatalf("match length %d: code %d", v, c)
		}
	}
}

// benchInputs are columns of 1 MB, kdb+'s largest logical block.
func benchInputs() map[string][]byte {
	c := corpus()
	out := map[string][]byte{}
	for _, n := range []string{"til", "floats", "syms", "text"} {
		b := c[n]
		for len(b) < 1<<20 {
			b = append(b, c[n]...)
		}
		out[n] = b[:1<<20]
	}
	return out
}

// BenchmarkDecode reads 1 MB blocks klauspost's default level wrote,
// with our decoder and, beside it as the baseline, klauspost's.
func BenchmarkDecode(b *testing.B) {
	enc, _ := zstd.NewWriter(nil, zstd.WithEncoderConcurrency(1))
	dec, _ := zstd.NewReader(nil, zstd.WithDecoderConcurrency(1))
	defer enc.Close()
	defer dec.Close()
	for name, plain := range benchInputs() {
		z := enc.EncodeAll(plain, nil)
		b.Run(name+"/ours", func(b *testing.B) {
			b.SetBytes(int64(len(plain)))
			buf := make([]byte, 0, len(plain))
			for b.Loop() {
				Decode(buf[:0], z, len(plain))
			}
		})
		b.Run(name+"/klauspost", func(b *testing.B) {
			b.SetBytes(int64(len(plain)))
			buf := make([]byte, 0, len(plain))
			for b.Loop() {
				dec.DecodeAll(z, buf[:0])
			}
		})
	}
}

// BenchmarkEncode writes 1 MB blocks at level 3 with our encoder and,
// beside it as the baseline, klauspost's at its default level.
func BenchmarkEncode(b *testing.B) {
	enc, _ := zstd.NewWriter(nil, zstd.WithEncoderConcurrency(1), zstd.WithEncoderCRC(false))
	defer enc.Close()
	for name, plain := range benchInputs() {
		b.Run(name+"/ours", func(b *testing.B) {
			b.SetBytes(int64(len(plain)))
			for b.Loop() {
				Encode(nil, plain, 3)
			}
		})
		b.Run(name+"/klauspost", func(b *testing.B) {
			b.SetBytes(int64(len(plain)))
			for b.Loop() {
				enc.EncodeAll(plain, nil)
			}
		})
	}
}
