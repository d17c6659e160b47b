package k

import (
	"bytes"
	"encoding/hex"
	"math"
	"reflect"
	"strings"
	"testing"
)

// hx decodes hex text, ignoring spaces and a leading 0x.
func hx(s string) []byte {
	s = strings.TrimPrefix(strings.ReplaceAll(s, " ", ""), "0x")
	b, err := hex.DecodeString(s)
	if err != nil {
		panic(err)
	}
	return b
}

func ints(v ...int32) *Vec[int32] { return Ints(KI, v...) }

func table(names []string, cols ...Value) *Table {
	return &Table{Cols: Syms(names...), Data: cols}
}

// goldenIPC are real kdb+ -8! captures: KX docs/kb/serialization.md (the
// first block; those examples predate 64-bit longs, so 1 is written 1i),
// docs/basics/internal.md, the kdbgo test suite (captured from q), and
// frames captured from kdb+ 4.1 on the wire.
var goldenIPC = []struct {
	name string
	v    Value
	hex  string
}{
	{"1i", I(1), "010000000d000000fa01000000"},
	{"enlist 1i", ints(1), "010000001200000006000100000001000000"},
	{"`byte$til 5", &Vec[uint8]{T: KX, V: []byte{0, 1, 2, 3, 4}}, "01000000130000000400050000000001020304"},
	{"`byte$enlist til 5", NewList(&Vec[uint8]{T: KX, V: []byte{0, 1, 2, 3, 4}}),
		"01000000190000000000010000000400050000000001020304"},
	{"`a`b!2 3i", &Dict{K: Syms("a", "b"), V: ints(2, 3)},
		"0100000021000000630b0002000000610062000600020000000200000003000000"},
	{"`s#`a`b!2 3i", &Dict{K: &Vec[string]{T: KS, A: AttrS, V: []string{"a", "b"}}, V: ints(2, 3)},
		"01000000210000007f0b0102000000610062000600020000000200000003000000"},
	{"`a`b!enlist each 2 3i", &Dict{K: Syms("a", "b"), V: NewList(ints(2), ints(3))},
		"010000002d000000630b0002000000610062000000020000000600010000000200000006000100000003000000"},
	{"([]a:enlist 2i;b:enlist 3i)", table([]string{"a", "b"}, ints(2), ints(3)),
		"010000002f0000006200630b0002000000610062000000020000000600010000000200000006000100000003000000"},
	{"`s#([]a:enlist 2i;b:enlist 3i)", table([]string{"a", "b"}, &Vec[int32]{T: KI, A: AttrP, V: []int32{2}}, ints(3)),
		"010000002f0000006201630b0002000000610062000000020000000603010000000200000006000100000003000000"},
	{"([a:enlist 2i]b:enlist 3i)", &Dict{K: table([]string{"a"}, ints(2)), V: table([]string{"b"}, ints(3))},
		"010000003f000000636200630b00010000006100000001000000060001000000020000006200630b0001000000620000000100000006000100000003000000"},
	{"`s#([a:enlist 2i]b:enlist 3i)", &Dict{K: table([]string{"a"}, &Vec[int32]{T: KI, A: AttrS, V: []int32{2}}), V: table([]string{"b"}, ints(3))},
		"010000003f0000007f6201630b00010000006100000001000000060001000000020000006200630b0001000000620000000100000006000100000003000000"},
	{"{x+y}", &Lambda{Src: "{x+y}"}, "010000001500000064000a00050000007b782b797d"},
	{".d.test:{x+y}", &Lambda{Src: "{x+y}", Ctx: ".d"}, "01000000160000006464000a00050000007b782b797d"},
	{"1 2 3i (internal.md)", ints(1, 2, 3), "010000001a000000060003000000010000000200000003000000"},
	{"0b", B(false), "010000000a000000ff00"},
	{"01b", Bools(false, true), "01000000100000000100020000000001"},
	{"guid", G(GUID(hx("8c6b8b64681560840a3e178401251b68"))), "0100000019000000fe8c6b8b64681560840a3e178401251b68"},
	{"0x0 sv/: 16 cut `byte$til 32", &Vec[GUID]{T: KG, V: []GUID{GUID(hx("000102030405060708090a0b0c0d0e0f")), GUID(hx("101112131415161718191a1b1c1d1e1f"))}},
		"010000002e00000002000200000000" + "0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"},
	{"`GOOG", S("GOOG"), "010000000e000000f5474f4f4700"},
	{"\"GOOG\"", Str("GOOG"), "01000000120000000a0004000000474f4f47"},
	{"timestamp", Atom[int64]{-KP, 570246540884361000}, "0100000011000000f428bfce2735ece907"},
	{"timestamp vector", &Vec[int64]{T: KP, V: []int64{570246540884361000, 570246540884361000}},
		"010000001e0000000c000200000028bfce2735ece90728bfce2735ece907"},
	{"timespan vector", &Vec[int64]{T: KN, V: []int64{4953444555666, 9906889111332}},
		"010000001e000000100002000000929b4d50810400002437 9ba002090000"},
	{"`abc`bc`c", Syms("abc", "bc", "c"), "01000000170000000b0003000000616263006263006300"},
	{"'type", &ErrVal{Msg: "type"}, "010000000e0000008074797065 00"},
	{"(\"ac\";`b;`)", NewList(Str("ac"), S("b"), S("")), "010000001b000000000003000000 0a00020000006163 f56200 f500"},
	{"2013.06m+til 3", Ints(KM, 161, 162, 163), "010000001a0000000d0003000000a1000000a2000000a3000000"},
	{"21:22*til 2", Ints(KU, 0, 1282), "01000000160000001100020000000000000002050000"},
	{"21:22:01+1 2", Ints(KV, 76922, 76923), "010000001600000012000200000 07a2c01007b2c0100"},
	{"1#21:53:37.963", Ints(KT, 78817963), "01000000120000001300010000 00abaab204"},
	{"1#2013.06.10", Ints(KD, 4909), "01000000120000000e00010000002d130000"},
	{"1#2013.06.10T22:03:49.713", &Vec[float64]{T: KZ, V: []float64{math.Float64frombits(0x40b32deb58e881d6)}},
		"01000000160000000f0001000000d681e858eb2db340"},
	{"(::)", Identity, "010000000a0000006500"},
	{"0n", F(math.Float64frombits(0xfff8000000000000)), "0100000011000000f7000000000000f8ff"},
	{"0w", F(math.Inf(1)), "0100000011000000f7000000000000f07f"},
}

func TestEncodeGolden(t *testing.T) {
	for _, c := range goldenIPC {
		want := hx(c.hex)
		got, err := Encode(c.v, MsgAsync)
		if err != nil {
			t.Errorf("%s: Encode: %v", c.name, err)
			continue
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s:\n got %x\nwant %x", c.name, got, want)
		}
	}
}

func TestDecodeGolden(t *testing.T) {
	for _, c := range goldenIPC {
		v, err := Decode(hx(c.hex))
		if err != nil {
			t.Errorf("%s: Decode: %v", c.name, err)
			continue
		}
		if !sameValue(v, c.v) {
			t.Errorf("%s: decoded %#v, want %#v", c.name, v, c.v)
		}
		// and the big-endian form of the same message
		be, err := toBigEndian(hx(c.hex))
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		v2, err := Decode(be)
		if err != nil || !sameValue(v2, c.v) {
			t.Errorf("%s big-endian: decoded %#v (%v), want %#v", c.name, v2, err, c.v)
		}
	}
}

// Frames from ipc-wire.md §2 and §6.
func TestFrames(t *testing.T) {
	cases := []struct {
		v   Value
		typ byte
		hex string
	}{
		{Str("1+1"), MsgSync, "01010000110000000a0003000000312b31"},
		{J(2), MsgResponse, "0102000011000000f90200000000000000"},
		{Str("a:42"), MsgAsync, "01000000120000000a0004000000613a3432"},
		{Identity, MsgResponse, "01020000 0a000000 6500"},
		{&ErrVal{Msg: "type"}, MsgResponse, "010200000e0000008074797065 00"},
		{NewList(Str("{x+y}"), J(3), J(4)), MsgSync,
			"010100002b000000000003000000 0a00050000007b782b797d f90300000000000000 f90400000000000000"},
	}
	for _, c := range cases {
		got, err := Encode(c.v, c.typ)
		if err != nil || !bytes.Equal(got, hx(c.hex)) {
			t.Errorf("Encode(%#v) = %x, %v; want %s", c.v, got, err, c.hex)
		}
	}
	// javakdb before 2026-08 sends big-endian frames
	v, err := Decode(hx("00 01 00 00 00 00 00 11 0a 00 00 00 00 03 31 2b 31"))
	if err != nil || !sameValue(v, Str("1+1")) {
		t.Errorf("big-endian \"1+1\": %#v, %v", v, err)
	}
}

// -18!2000#1b, from kdbgo's compress_test.go (captured from q).
var golden18 = "0100010026000000de070000000100d00700000101ff00ff00ff00ff00ff00ff00ff00ff00c5"

func TestCompressGolden(t *testing.T) {
	v := &Vec[bool]{T: KB, V: make([]bool, 2000)}
	for i := range v.V {
		v.V[i] = true
	}
	msg, err := Encode(v, MsgAsync)
	if err != nil {
		t.Fatal(err)
	}
	if got := Compress(msg); !bytes.Equal(got, hx(golden18)) {
		t.Errorf("Compress(2000#1b):\n got %x\nwant %s", got, golden18)
	}
	u, err := Uncompress(hx(golden18))
	if err != nil || !bytes.Equal(u, msg) {
		t.Errorf("Uncompress: %x, %v", u, err)
	}
	d, err := Decode(hx(golden18))
	if err != nil || !sameValue(d, v) {
		t.Errorf("Decode(compressed): %v", err)
	}
}

// docs/basics/internal.md: count -8!til 1000 is 8014, count -18!til 1000
// is 3276.
func TestCompressTil1000(t *testing.T) {
	v := &Vec[int64]{T: KJ, V: make([]int64, 1000)}
	for i := range v.V {
		v.V[i] = int64(i)
	}
	msg, _ := Encode(v, MsgAsync)
	if len(msg) != 8014 {
		t.Errorf("count -8!til 1000 = %d, want 8014", len(msg))
	}
	z := Compress(msg)
	if len(z) != 3276 {
		t.Errorf("count -18!til 1000 = %d, want 3276", len(z))
	}
	u, err := Uncompress(z)
	if err != nil || !bytes.Equal(u, msg) {
		t.Errorf("round trip of til 1000 failed: %v", err)
	}
}

func TestCompressIncompressible(t *testing.T) {
	msg, _ := Encode(Str("short"), MsgAsync)
	if got := Compress(msg); !bytes.Equal(got, msg) {
		t.Errorf("short message compressed: %x", got)
	}
	// bytes that do not repeat do not halve
	b := make([]byte, 5000)
	for i := range b {
		b[i] = byte(i*7 + i/256*13)
	}
	msg, _ = Encode(&Vec[uint8]{T: KX, V: b}, MsgAsync)
	if got := Compress(msg); len(got) != len(msg) || got[2] != 0 {
		t.Errorf("incompressible message changed: %d bytes, flag %d", len(got), got[2])
	}
}

// sameValue compares values structurally, NaNs equal by bits.
func sameValue(a, b Value) bool {
	ea, err1 := Encode(a, 0)
	eb, err2 := Encode(b, 0)
	if err1 != nil || err2 != nil {
		return reflect.DeepEqual(a, b)
	}
	return bytes.Equal(ea, eb) && reflect.TypeOf(a) == reflect.TypeOf(b)
}

// toBigEndian re-encodes a little-endian uncompressed message in
// big-endian order, by decoding it and writing it with a big-endian
// encoder written independently here.
func toBigEndian(msg []byte) ([]byte, error) {
	if msg[2] == 1 {
		return msg, nil
	}
	v, err := Decode(msg)
	if err != nil {
		return nil, err
	}
	var w beWriter
	w.value(v)
	out := []byte{0, msg[1], 0, 0, 0, 0, 0, 0}
	out = append(out, w.b...)
	n := len(out)
	out[4], out[5], out[6], out[7] = byte(n>>24), byte(n>>16), byte(n>>8), byte(n)
	return out, nil
}
