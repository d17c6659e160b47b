package zstd

import (
	"testing"

	"github.com/klauspost/compress/zstd"
)

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
