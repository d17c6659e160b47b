package k

import (
	"encoding/binary"
	"math"
	"testing"
)

// benchFloatsN is the length of the float vector the serialization
// benchmarks encode and decode.
const benchFloatsN = 1_000_000

func benchFloats() *Vec[float64] {
	v := make([]float64, benchFloatsN)
	for i := range v {
		v[i] = float64(i) * 0.37
	}
	return &Vec[float64]{T: KF, V: v}
}

// BenchmarkEncodeFloats is -8! of a million floats.
func BenchmarkEncodeFloats(bm *testing.B) {
	x := benchFloats()
	for bm.Loop() {
		if _, err := Encode(x, MsgAsync); err != nil {
			bm.Fatal(err)
		}
	}
}

// BenchmarkEncodeFloatsBaseline is the plain Go loop BenchmarkEncodeFloats
// is measured against: a buffer of the message's size, the items written
// little-endian.
func BenchmarkEncodeFloatsBaseline(bm *testing.B) {
	x := benchFloats().V
	for bm.Loop() {
		b := make([]byte, HeaderLen+6+8*len(x))
		o := b[HeaderLen+6:]
		for i, f := range x {
			binary.LittleEndian.PutUint64(o[8*i:], math.Float64bits(f))
		}
	}
}

// BenchmarkDecodeFloats is -9! of a million floats.
func BenchmarkDecodeFloats(bm *testing.B) {
	msg, err := Encode(benchFloats(), MsgAsync)
	if err != nil {
		bm.Fatal(err)
	}
	for bm.Loop() {
		if _, err := Decode(msg); err != nil {
			bm.Fatal(err)
		}
	}
}

// BenchmarkDecodeFloatsBaseline is the plain Go loop BenchmarkDecodeFloats
// is measured against: the items read little-endian into a new slice.
func BenchmarkDecodeFloatsBaseline(bm *testing.B) {
	msg, err := Encode(benchFloats(), MsgAsync)
	if err != nil {
		bm.Fatal(err)
	}
	for bm.Loop() {
		s := msg[HeaderLen+6:]
		v := make([]float64, len(s)/8)
		for i := range v {
			v[i] = math.Float64frombits(binary.LittleEndian.Uint64(s[8*i:]))
		}
	}
}
