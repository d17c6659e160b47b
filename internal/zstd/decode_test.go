package zstd

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/klauspost/compress/zstd"
)

// corpus is data of the kinds kdb+ compresses: columns of longs, floats,
// symbol indices and times as q lays them out, text, and the extremes
// (nothing, one byte, zeros, noise).
func corpus() map[string][]byte {
	r := rand.New(rand.NewSource(1))
	c := map[string][]byte{"empty": {}, "one": {7}, "zeros": make([]byte, 300000)}
	col := func(n, w int, f func(i int) uint64) []byte {
		b := make([]byte, n*w)
		for i := 0; i < n; i++ {
			v := f(i)
			for j := 0; j < w; j++ {
				b[i*w+j] = byte(v >> (8 * j))
			}
		}
		return b
	}
	c["til"] = col(100000, 8, func(i int) uint64 { return uint64(i) })
	c["longs"] = col(50000, 8, func(int) uint64 { return uint64(r.Int63n(1000000)) })
	c["floats"] = col(50000, 8, func(int) uint64 { return math.Float64bits(math.Round(r.Float64()*10000) / 100) })
	c["syms"] = col(100000, 4, func(int) uint64 { return uint64(r.Intn(20)) })
	c["times"] = col(100000, 4, func(i int) uint64 { return uint64(34200000 + i*37 + r.Intn(30)) })
	var text bytes.Buffer
	words := []string{"trade", "quote", "sym", "price", "size", "time", "select", "from", "where", "by"}
	for text.Len() < 200000 {
		fmt.Fprintf(&text, "%s %d ", words[r.Intn(len(words))], r.Intn(1000))
	}
	c["text"] = text.Bytes()
	noise := make([]byte, 70000)
	r.Read(noise)
	c["noise"] = noise
	mixed := append(append(append([]byte{}, noise[:5000]...), c["text"][:40000]...), noise[:5000]...)
	c["mixed"] = mixed
	c["small text"] = c["text"][:20000]
	c["small times"] = c["times"][:16000]
	return c
}

// klausLevels are klauspost's encoder settings the corpus is written with.
func klausLevels() map[string][]zstd.EOption {
	return map[string][]zstd.EOption{
		"fastest": {zstd.WithEncoderLevel(zstd.SpeedFastest)},
		"default": {zstd.WithEncoderLevel(zstd.SpeedDefault), zstd.WithEncoderCRC(false)},
		"better":  {zstd.WithEncoderLevel(zstd.SpeedBetterCompression), zstd.WithWindowSize(1 << 15)},
		"best":    {zstd.WithEncoderLevel(zstd.SpeedBestCompression), zstd.WithSingleSegment(true)},
		"nolits":  {zstd.WithEncoderLevel(zstd.SpeedDefault), zstd.WithNoEntropyCompression(true)},
	}
}

// TestDecodeKlauspost decodes what klauspost's encoder writes at each
// level, with and without checksums and single segments.
func TestDecodeKlauspost(t *testing.T) {
	for lname, opts := range klausLevels() {
		enc, err := zstd.NewWriter(nil, append(opts, zstd.WithEncoderConcurrency(1))...)
		if err != nil {
			t.Fatal(err)
		}
		for name, plain := range corpus() {
			z := enc.EncodeAll(plain, nil)
			got, err := Decode(nil, z, len(plain))
			if err != nil || !bytes.Equal(got, plain) {
				t.Errorf("%s at %s: %v (%d bytes of %d)", name, lname, err, len(got), len(plain))
			}
			if len(plain) > 0 {
				if _, err := Decode(nil, z, len(plain)-1); err != ErrTooLarge {
					t.Errorf("%s at %s under a limit too small: %v", name, lname, err)
				}
			}
		}
		enc.Close()
	}
}

// TestDecodeFrames decodes frames back to back and skippable frames.
func TestDecodeFrames(t *testing.T) {
	enc, _ := zstd.NewWriter(nil, zstd.WithEncoderConcurrency(1))
	defer enc.Close()
	a, b := []byte("first frame first frame first frame"), bytes.Repeat([]byte("xy"), 5000)
	skip := binary.LittleEndian.AppendUint32(binary.LittleEndian.AppendUint32(nil, skipMagic+3), 5)
	skip = append(skip, "12345"...)
	z := append(append(enc.EncodeAll(a, nil), skip...), enc.EncodeAll(b, nil)...)
	got, err := Decode([]byte("pre"), z, 1<<20)
	if err != nil || string(got) != "pre"+string(a)+string(b) {
		t.Fatalf("got %d bytes, %v", len(got), err)
	}
}

// TestDecodeCommandLine decodes what the reference library's command
// line writes, at levels 1, 3, 9, 19 and 22, with and without its
// checksum. It is skipped where zstd is not installed.
func TestDecodeCommandLine(t *testing.T) {
	if _, err := exec.LookPath("zstd"); err != nil {
		t.Skip("no zstd here")
	}
	dir := t.TempDir()
	for name, plain := range corpus() {
		f := filepath.Join(dir, name)
		if err := os.WriteFile(f, plain, 0o644); err != nil {
			t.Fatal(err)
		}
		for _, args := range [][]string{{"-1"}, {"-3", "--no-check"}, {"-9"}, {"-19", "--no-check"}, {"--ultra", "-22"}, {"--fast=3"}} {
			if args[0] == "-19" || args[0] == "--ultra" {
				if len(plain) > 30000 {
					continue // slow to write; the smaller ones stand for these levels
				}
			}
			z, err := exec.Command("zstd", append(args, "-c", "-q", f)...).Output()
			if err != nil {
				t.Fatal(err)
			}
			got, err := Decode(nil, z, len(plain))
			if err != nil || !bytes.Equal(got, plain) {
				t.Errorf("%s by zstd %v: %v", name, args, err)
			}
		}
	}
}

// TestXXH64 checks the hash against values from xxHash's own tests.
func TestXXH64(t *testing.T) {
	for _, c := range []struct {
		in   string
		want uint64
	}{
		{"", 0xef46db3751d8e999},
		{"a", 0xd24ec4f1a98c6e5b},
		{"abc", 0x44bc2cf5ad770999},
		{"Nobody inspects the spammish repetition", 0xfbcea83c8a378bf1},
	} {
		if got := xxh64([]byte(c.in)); got != c.want {
			t.Errorf("xxh64(%q) = %x, want %x", c.in, got, c.want)
		}
	}
}

// TestDecodeBadInput has every truncation and many one-byte changes of
// valid frames give an error or other bytes, never a panic.
func TestDecodeBadInput(t *testing.T) {
	enc, _ := zstd.NewWriter(nil, zstd.WithEncoderConcurrency(1))
	defer enc.Close()
	c := corpus()
	for _, name := range []string{"text", "times", "mixed"} {
		z := enc.EncodeAll(c[name][:20000], nil)
		for i := 0; i < len(z); i += 7 {
			Decode(nil, z[:i], 1<<20)
		}
		r := rand.New(rand.NewSource(2))
		for i := 0; i < 2000; i++ {
			y := append([]byte{}, z...)
			y[r.Intn(len(y))] ^= byte(1 + r.Intn(255))
			Decode(nil, y, 1<<20)
		}
	}
}

// FuzzZstdDecode has Decode read anything: it must give an error or
// bytes, within its limit, and never panic or hang.
func FuzzZstdDecode(f *testing.F) {
	enc, _ := zstd.NewWriter(nil, zstd.WithEncoderConcurrency(1))
	defer enc.Close()
	for _, plain := range corpus() {
		if len(plain) < 30000 {
			f.Add(enc.EncodeAll(plain, nil))
		} else {
			f.Add(enc.EncodeAll(plain[:3000], nil))
		}
	}
	f.Add([]byte{0x28, 0xb5, 0x2f, 0xfd, 0x00, 0x00, 0x01, 0x00})
	f.Fuzz(func(t *testing.T, b []byte) {
		out, err := Decode(nil, b, 1<<16)
		if err == nil && len(out) > 1<<16 {
			t.Fatalf("%d bytes out, past the limit", len(out))
		}
	})
}

// FuzzZstdDecodeKlauspost decodes what klauspost's encoder makes of
// anything, which must be that thing.
func FuzzZstdDecodeKlauspost(f *testing.F) {
	f.Add([]byte("hello hello hello hello"), uint8(0))
	f.Add(bytes.Repeat([]byte{1, 0, 0, 0, 2, 0, 0, 0}, 300), uint8(2))
	f.Fuzz(func(t *testing.T, plain []byte, lvl uint8) {
		level := zstd.EncoderLevel(1 + lvl%4)
		enc, err := zstd.NewWriter(nil, zstd.WithEncoderConcurrency(1), zstd.WithEncoderLevel(level))
		if err != nil {
			t.Fatal(err)
		}
		defer enc.Close()
		z := enc.EncodeAll(plain, nil)
		got, err := Decode(nil, z, len(plain))
		if err != nil || !bytes.Equal(got, plain) {
			t.Fatalf("level %v: %v", level, err)
		}
	})
}

// FuzzZstdEncode round-trips anything through Encode, read back by our
// decoder and by klauspost's.
func FuzzZstdEncode(f *testing.F) {
	f.Add([]byte("hello hello hello hello"), uint8(3))
	f.Add(bytes.Repeat([]byte{1, 0, 0, 0, 2, 0, 0, 0}, 300), uint8(9))
	dec, _ := zstd.NewReader(nil, zstd.WithDecoderConcurrency(1))
	defer dec.Close()
	f.Fuzz(func(t *testing.T, plain []byte, lvl uint8) {
		z := Encode(nil, plain, int(lvl%23))
		got, err := Decode(nil, z, len(plain))
		if err != nil || !bytes.Equal(got, plain) {
			t.Fatalf("ours: %v", err)
		}
		if got, err = dec.DecodeAll(z, nil); err != nil || !bytes.Equal(got, plain) {
			t.Fatalf("klauspost's: %v", err)
		}
	})
}

// TestDecodeLargeWindow reads frames that declare windows of 2 GB and
// 1 TB around a few bytes: the window bounds how far back a match may
// reach, and a declared one past what an int holds (on 32-bit systems)
// is capped, not wrapped to a negative or zero block size.
func TestDecodeLargeWindow(t *testing.T) {
	for _, wd := range []byte{21 << 3, 30 << 3} { // window logs 31 and 40
		z := []byte{0x28, 0xb5, 0x2f, 0xfd, 0x00, wd, 1 | 3<<3, 0, 0, 'a', 'b', 'c'}
		got, err := Decode(nil, z, 100)
		if err != nil || string(got) != "abc" {
			t.Errorf("window log %d: %q, %v", wd>>3+10, got, err)
		}
	}
}
