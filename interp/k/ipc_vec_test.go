package k

import (
	"bytes"
	"encoding/binary"
	"math"
	"testing"
)

// TestEncodeFixedVectors checks the items of each fixed-width vector type
// are written little-endian one after another after type, attribute and
// count, and read back as they were, for several counts.
func TestEncodeFixedVectors(t *testing.T) {
	for _, n := range []int{0, 1, 3, 1000} {
		bs, hs, is, js, es, fs := make([]bool, n), make([]int16, n), make([]int32, n), make([]int64, n), make([]float32, n), make([]float64, n)
		for i := range n {
			bs[i] = i%3 == 0
			hs[i], is[i], js[i] = int16(i*7-300), int32(i*70001-5), int64(i)*1e15-7
			es[i], fs[i] = float32(i)*0.25-1, float64(i)*1.1e-3-2
		}
		if n > 0 {
			fs[0], es[0] = math.NaN(), float32(math.Inf(-1))
		}
		items := func(w int, put func(b []byte, i int)) []byte {
			b := make([]byte, w*n)
			for i := range n {
				put(b[w*i:], i)
			}
			return b
		}
		cases := []struct {
			v    Value
			body []byte
		}{
			{&Vec[bool]{T: KB, V: bs}, items(1, func(b []byte, i int) {
				if bs[i] {
					b[0] = 1
				}
			})},
			{&Vec[int16]{T: KH, V: hs}, items(2, func(b []byte, i int) { binary.LittleEndian.PutUint16(b, uint16(hs[i])) })},
			{&Vec[int32]{T: KI, V: is}, items(4, func(b []byte, i int) { binary.LittleEndian.PutUint32(b, uint32(is[i])) })},
			{&Vec[int64]{T: KJ, V: js}, items(8, func(b []byte, i int) { binary.LittleEndian.PutUint64(b, uint64(js[i])) })},
			{&Vec[float32]{T: KE, V: es}, items(4, func(b []byte, i int) { binary.LittleEndian.PutUint32(b, math.Float32bits(es[i])) })},
			{&Vec[float64]{T: KF, V: fs}, items(8, func(b []byte, i int) { binary.LittleEndian.PutUint64(b, math.Float64bits(fs[i])) })},
		}
		for _, c := range cases {
			msg, err := Encode(c.v, MsgAsync)
			if err != nil {
				t.Fatal(err)
			}
			head := msg[HeaderLen : HeaderLen+6]
			if head[0] != byte(c.v.Type()) || head[1] != 0 || binary.LittleEndian.Uint32(head[2:]) != uint32(n) {
				t.Fatalf("type %d n %d: head %x", c.v.Type(), n, head)
			}
			if !bytes.Equal(msg[HeaderLen+6:], c.body) {
				t.Fatalf("type %d n %d: items differ", c.v.Type(), n)
			}
			back, err := Decode(msg)
			if err != nil {
				t.Fatal(err)
			}
			again, err := Encode(back, MsgAsync)
			if err != nil || !bytes.Equal(again, msg) {
				t.Fatalf("type %d n %d: round trip differs (%v)", c.v.Type(), n, err)
			}
		}
	}
}
