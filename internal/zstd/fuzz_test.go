package zstd

import (
	"bytes"
	"testing"

	"github.com/klauspost/compress/zstd"
)

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
