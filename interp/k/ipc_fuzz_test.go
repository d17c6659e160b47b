package k

import (
	"bytes"
	"fmt"
	"math"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"unsafe"
)

// roundTrip are values of every kind the codec carries.
func roundTrip() []Value {
	g := GUID{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16}
	return []Value{
		B(true), B(false), G(g), G(GUID{}), X(0xab), H(-3), H(NH), H(WH), I(7), I(NI), I(-WI),
		J(1 << 40), J(NJ), J(WJ), E(1.5), E(NE), E(float32(math.Inf(-1))), F(math.Pi), F(NF),
		F(math.Inf(1)), C('q'), C(' '), S("sym"), S(""),
		Atom[int64]{-KP, 758629800000000000}, Atom[int32]{-KM, 288}, Atom[int32]{-KD, 8780},
		Atom[float64]{-KZ, 8780.5}, Atom[int64]{-KN, 4953444555666}, Atom[int32]{-KU, 1282},
		Atom[int32]{-KV, 76922}, Atom[int32]{-KT, 37800000},
		Bools(true, false, true), &Vec[GUID]{T: KG, V: []GUID{g, {}}}, &Vec[uint8]{T: KX, V: []byte{1, 2}},
		&Vec[int16]{T: KH, V: []int16{1, NH}}, Ints(KI, 1, NI, WI), Longs(1, NJ, WJ),
		&Vec[float32]{T: KE, V: []float32{1, NE}}, Floats(1, NF, math.Inf(-1)), Str("hello"), Str(""),
		Syms("a", "", "bc"), &Vec[int64]{T: KP, A: AttrS, V: []int64{1, 2}}, Ints(KM, 1), Ints(KD, 1),
		&Vec[float64]{T: KZ, V: []float64{1.25}}, &Vec[int64]{T: KN, V: []int64{5}}, Ints(KU, 1),
		Ints(KV, 2), Ints(KT, 3), &Vec[string]{T: KS, A: AttrU, V: []string{"x", "y"}},
		&Vec[int64]{T: KJ, A: AttrG, V: []int64{1, 1}}, &Vec[int64]{T: KJ, A: AttrP, V: []int64{1, 1, 2}},
		Empty(KJ), Empty(KS), Empty(KList), Empty(KC),
		NewList(J(1), Str("a"), NewList(S("x"), Identity)),
		&Dict{K: Syms("a", "b"), V: NewList(J(1), Str("x"))},
		&Dict{K: Longs(1, 2), V: Syms("a", "b")},
		table([]string{"a", "s"}, Longs(1, 2), Syms("x", "y")),
		table([]string{"a"}, &Vec[int64]{T: KJ, A: AttrS, V: []int64{1, 2}}),
		table([]string{"a", "b"}, &Vec[int64]{T: KJ, A: AttrP, V: []int64{1, 2}}, Longs(3, 4)),
		&Dict{K: table([]string{"k"}, Syms("a", "b")), V: table([]string{"v"}, Longs(1, 2))},
		&Dict{K: table([]string{"k1", "k2"}, &Vec[int64]{T: KJ, A: AttrP, V: []int64{1, 2}}, Longs(2, 1)),
			V: table([]string{"v"}, Longs(1, 2))},
		// every column a key (1!([]k:1 2)): a value table of no columns
		&Dict{K: table([]string{"k"}, Longs(1, 2)), V: table([]string{})},
		&Lambda{Src: "{[a;b] a+b}", Ctx: ".foo"}, &Lambda{Src: "{x}"},
		Identity, &Prim{T: FB, Name: "+"}, &Prim{T: FU, Name: "#:"}, &Prim{T: FU, Name: "enlist"},
		&Prim{T: FB, Name: "cor"}, &Prim{T: FA, Name: "/"},
		&Proj{F: &Prim{T: FB, Name: "+"}, Args: []Value{J(1), nil}},
		&Proj{F: &Lambda{Src: "{x+y+z}"}, Args: []Value{nil, J(2)}},
		&Comp{Fs: []Value{&Prim{T: FU, Name: "-:"}, &Prim{T: FB, Name: "+"}}},
		&Derived{T: FEach, F: &Prim{T: FU, Name: "#:"}}, &Derived{T: FOver, F: &Prim{T: FB, Name: "+"}},
		&Derived{T: FScan, F: &Prim{T: FB, Name: "*"}}, &Derived{T: FPrior, F: &Prim{T: FB, Name: "-"}},
		&Derived{T: FRight, F: &Prim{T: FB, Name: ","}}, &Derived{T: FLeft, F: &Prim{T: FB, Name: ","}},
		&ErrVal{Msg: "rank"},
	}
}

func TestRoundTrip(t *testing.T) {
	for _, v := range roundTrip() {
		msg, err := Encode(v, MsgSync)
		if err != nil {
			t.Errorf("Encode(%#v): %v", v, err)
			continue
		}
		d, err := Decode(msg)
		if err != nil {
			t.Errorf("Decode(Encode(%#v)): %v", v, err)
			continue
		}
		if !sameValue(d, v) {
			t.Errorf("round trip of %#v gave %#v", v, d)
		}
		be, _ := toBigEndian(msg)
		if d, err := Decode(be); err != nil || !sameValue(d, v) {
			t.Errorf("big-endian round trip of %#v gave %#v, %v", v, d, err)
		}
		if u, err := Uncompress(Compress(padded(msg))); err != nil && len(msg) > 0 {
			t.Errorf("compress round trip of %#v: %v", v, err)
		} else if err == nil && !bytes.Equal(u, padded(msg)) {
			t.Errorf("compress round trip of %#v changed the bytes", v)
		}
	}
}

// padded is msg as a general list with a long repetitive tail, so that it
// compresses.
func padded(msg []byte) []byte {
	v, _ := Decode(msg)
	long := make([]int64, 600)
	m, _ := Encode(NewList(v, &Vec[int64]{T: KJ, V: long}), MsgSync)
	return m
}

func TestKeywordPrims(t *testing.T) {
	cases := []struct {
		p   *Prim
		hex string
	}{
		{&Prim{T: FU, Name: "neg"}, "6502"},
		{&Prim{T: FU, Name: "count"}, "650d"},
		{&Prim{T: FU, Name: "enlist"}, "6529"},
		{&Prim{T: FB, Name: "within"}, "6618"},
		{&Prim{T: FB, Name: "and"}, "6605"},
		{&Prim{T: FU, Name: "sums"}, "6c6601"},
		{&Prim{T: FU, Name: "raze"}, "6b660c"},
	}
	for _, c := range cases {
		b, err := EncodeBody(c.p)
		if err != nil || !bytes.Equal(b, hx(c.hex)) {
			t.Errorf("%s: %x, %v; want %s", c.p.Name, b, err, c.hex)
		}
	}
	// a q.k lambda goes as a lambda applying the keyword, as hopen goes as
	// {hopen x} (docs/ref/hopen.md); ctx "", then the source as chars
	b, err := EncodeBody(&Prim{T: FU, Name: "til"})
	if want := hx("64 00 0a00 07000000" + fmt.Sprintf("%x", "{til x}")); err != nil || !bytes.Equal(b, want) {
		t.Errorf("til: %x, %v; want %x", b, err, want)
	}
	if _, err := EncodeBody(&Prim{T: FU, Name: "-:~"}); err == nil {
		t.Errorf("a primitive with no code and no keyword name encoded")
	}
}

// A count field that claims more items than the message holds is an
// error, found before any allocation of that size.
func TestLyingCounts(t *testing.T) {
	bad := []string{
		"0100000012000000 07 00 ffffff7f 0100000000000000",  // 2^31-1 longs
		"0100000012000000 00 00 ffffff7f 0100000000000000",  // 2^31-1 items
		"0100000012000000 0b 00 ffffff7f 61 00 62 00 63 00", // symbols
		"010000000e000000 0a 00 10000000 6162",              // chars
		"0100000012000000 07 00 00000080 0000000000000000",  // negative count
		"0100000012000000 68 ffffff7f 6601 f90100000000",    // projection
		"01000100140000000000ff7f 000102030405060708",       // compressed, huge original
		"0100000009000000 07",                               // truncated
		"01000000ff000000 f9 0100000000000000",              // header longer than message
		"0200000011000000 f9 0100000000000000",              // bad endian byte
		"0100000012000000 07 07 01000000 0100000000000000",  // bad attribute
		"0100000011000000 fd 0100000000000000",              // type -3
		"0100000012000000 f9 0100000000000000 00",           // trailing byte
	}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for _, h := range bad {
		if v, err := Decode(hx(h)); err == nil {
			t.Errorf("Decode(%s) = %#v, want an error", h, v)
		}
	}
	runtime.ReadMemStats(&after)
	if grown := after.TotalAlloc - before.TotalAlloc; grown > 1<<20 {
		t.Errorf("decoding bad messages allocated %d bytes", grown)
	}
}

func FuzzDecode(f *testing.F) {
	for _, c := range goldenIPC {
		f.Add(hx(c.hex))
	}
	for _, v := range roundTrip() {
		m, _ := Encode(v, MsgAsync)
		f.Add(m)
		be, _ := toBigEndian(m)
		f.Add(be)
	}
	f.Add(hx(golden18))
	var dc Decoder
	f.Fuzz(func(t *testing.T, msg []byte) {
		v, err := Decode(msg)
		kept, _, kerr := dc.Decode(msg) // a Decoder reads it the same
		if (err == nil) != (kerr == nil) || err == nil && !sameValue(v, kept) {
			t.Fatalf("Decoder.Decode gave %#v, %v; Decode %#v, %v", kept, kerr, v, err)
		}
		if err != nil {
			return
		}
		enc, err := Encode(v, MsgAsync)
		if err != nil {
			t.Fatalf("Encode of a decoded value failed: %v (%#v)", err, v)
		}
		v2, err := Decode(enc)
		if err != nil {
			t.Fatalf("Decode(Encode(v)) failed: %v", err)
		}
		enc2, err := Encode(v2, MsgAsync)
		if err != nil || !bytes.Equal(enc, enc2) {
			t.Fatalf("Encode(Decode(Encode(v))) differs:\n%x\n%x", enc, enc2)
		}
	})
}

// FuzzUncompress feeds arbitrary token streams to the decompressor, and
// checks Compress round trips on arbitrary messages.
func FuzzUncompress(f *testing.F) {
	f.Add(hx(golden18))
	f.Add(append(hx("0100010000000000"), make([]byte, 40)...))
	for _, v := range roundTrip()[:10] {
		m, _ := Encode(v, MsgAsync)
		f.Add(Compress(padded(m)))
	}
	f.Fuzz(func(t *testing.T, msg []byte) {
		if len(msg) >= 12 {
			_, _ = Uncompress(msg)
		}
		// any bytes, taken as a message body, survive compression
		m := append(hx("0100000000000000"), msg...)
		m = append(m, bytes.Repeat(msg, 4)...)
		n := len(m)
		m[4], m[5], m[6], m[7] = byte(n), byte(n>>8), byte(n>>16), byte(n>>24)
		z := Compress(m)
		if len(z) == len(m) && z[2] == 0 {
			return
		}
		u, err := Uncompress(z)
		if err != nil || !bytes.Equal(u, m) {
			t.Fatalf("compress round trip failed (%v)", err)
		}
	})
}

// TestDecoder decodes every kind of value twice with one Decoder, as the
// loop decodes message after message: each comes back as Decode gives
// it, the second time through the symbols kept from the first, and the
// lambdas are reported.
func TestDecoder(t *testing.T) {
	var dc Decoder
	for round := range 2 {
		for _, v := range roundTrip() {
			msg, _ := Encode(v, MsgAsync)
			be, _ := toBigEndian(msg)
			for _, m := range [][]byte{msg, be} {
				d, lambdas, err := dc.Decode(m)
				if err != nil || !sameValue(d, v) {
					t.Errorf("round %d: Decoder.Decode of %#v gave %#v, %v", round, v, d, err)
				}
				if want := hasLambda(v); lambdas != want {
					t.Errorf("round %d: Decoder.Decode of %#v reports lambdas %v", round, v, lambdas)
				}
			}
		}
	}
	msg, _ := Encode(NewList(S("upd"), Syms("upd", "abc")), MsgAsync)
	a, _, _ := dc.Decode(msg)
	b, _, _ := dc.Decode(msg)
	x, y := a.(*List).V[0].(Atom[string]).V, b.(*List).V[1].(*Vec[string]).V[0]
	if x != "upd" || y != "upd" || unsafe.StringData(x) != unsafe.StringData(y) {
		t.Errorf("the symbol upd was not kept: %q %q", x, y)
	}
}

// hasLambda reports whether v holds a lambda.
func hasLambda(v Value) bool {
	switch x := v.(type) {
	case *Lambda:
		return true
	case *Proj:
		if hasLambda(x.F) {
			return true
		}
		for _, a := range x.Args {
			if a != nil && hasLambda(a) {
				return true
			}
		}
	case *List:
		for _, it := range x.V {
			if hasLambda(it) {
				return true
			}
		}
	}
	return false
}

// TestDecoderFull decodes more distinct symbols than a Decoder keeps:
// it starts again, and every symbol still reads right.
func TestDecoderFull(t *testing.T) {
	var dc Decoder
	for i := range maxSyms + 100 {
		s := strconv.Itoa(i)
		msg, _ := Encode(S(s), MsgAsync)
		v, _, err := dc.Decode(msg)
		if err != nil || v.(Atom[string]).V != s {
			t.Fatalf("symbol %s read as %#v, %v", s, v, err)
		}
		if len(dc.syms) > maxSyms {
			t.Fatalf("%d symbols kept, more than %d", len(dc.syms), maxSyms)
		}
	}
	long := strings.Repeat("x", maxSymLen+1)
	msg, _ := Encode(S(long), MsgAsync)
	if v, _, err := dc.Decode(msg); err != nil || v.(Atom[string]).V != long {
		t.Fatalf("long symbol read as %#v, %v", v, err)
	}
	if _, kept := dc.syms[long]; kept {
		t.Errorf("a symbol of %d bytes was kept", len(long))
	}
}

// TestDecoderRecentSymbols decodes streams of records whose symbols the
// Decoder finds among its recent ones, or must not: more distinct symbols
// than it keeps recent, the empty symbol, symbols that are prefixes of
// one another, in changing orders; every one reads as itself.
func TestDecoderRecentSymbols(t *testing.T) {
	var dc Decoder
	syms := []string{"", "a", "ab", "abc", "b", "upd", "trade", "quote", "IBM", "MSFT", "x", "xy"}
	for round := range 50 {
		for i := range syms {
			s0, s1 := syms[(i*round)%len(syms)], syms[(i+round)%len(syms)]
			v := NewList(S("upd"), S(s0), NewList(S(s1), F(1.5), Syms(s0, s1)))
			msg, _ := Encode(v, MsgAsync)
			got, _, err := dc.Decode(msg)
			if err != nil || !sameValue(got, v) {
				t.Fatalf("round %d: %q %q read as %#v, %v", round, s0, s1, got, err)
			}
		}
	}
}

// TestAppendEncode: encoding after bytes already in a buffer, and again
// into the same buffer, gives the bytes Encode gives and leaves the
// bytes before it as they were.
func TestAppendEncode(t *testing.T) {
	buf := []byte("prefix")
	for _, v := range roundTrip() {
		want, err := Encode(v, MsgAsync)
		if err != nil {
			continue
		}
		out, err := AppendEncode(buf, v, MsgAsync)
		if err != nil || !bytes.Equal(out, want) {
			t.Errorf("AppendEncode(%#v) = % x, %v; want % x", v, out, err, want)
		}
		if string(buf) != "prefix" {
			t.Fatalf("AppendEncode changed the bytes before: %q", buf)
		}
		reuse := make([]byte, 0, 8)
		for range 2 {
			reuse, _ = AppendEncode(reuse[:0], v, MsgSync)
		}
		if want[1] = MsgSync; !bytes.Equal(reuse, want) {
			t.Errorf("AppendEncode into a reused buffer of %#v = % x, want % x", v, reuse, want)
		}
	}
}

// TestDecoderAtoms decodes rows of 64-bit atoms of every type a Decoder
// carves from blocks (longs beyond the small ones, timestamps, timespans,
// floats, datetimes), more than a block holds, keeping only some: each
// reads as Decode reads it, of its own type, and stays so after the
// collector has run and the rest of its block has been dropped.
func TestDecoderAtoms(t *testing.T) {
	var dc Decoder
	var keep, want []Value
	for i := range 3 * boxBlock {
		n := int64(i)*1_000_003 - 40_000_000
		row := NewList(J(n), Atom[int64]{-KP, n + 1}, Atom[int64]{-KN, -n}, F(float64(n)/7),
			Atom[float64]{-KZ, float64(i) / 3}, J(int64(i)))
		msg, _ := Encode(NewList(S("upd"), S("t"), row), MsgAsync)
		got, _, err := dc.Decode(msg)
		if err != nil {
			t.Fatal(err)
		}
		plain, _ := Decode(msg)
		if !sameValue(got, plain) {
			t.Fatalf("row %d: Decoder gave %#v, Decode %#v", i, got, plain)
		}
		items := got.(*List).V[2].(*List).V
		for j, it := range items {
			if it.Type() != row.V[j].Type() || it != row.V[j] {
				t.Fatalf("row %d item %d: %#v, want %#v", i, j, it, row.V[j])
			}
		}
		if i%5 == 0 {
			keep, want = append(keep, items...), append(want, row.V...)
		}
	}
	runtime.GC()
	_ = make([]byte, 1<<20)
	runtime.GC()
	for i := range keep {
		if keep[i] != want[i] {
			t.Fatalf("after GC: %#v, want %#v", keep[i], want[i])
		}
	}
}

// TestDecoderLists decodes general lists of every size up to beyond the
// ones a Decoder carves from its blocks, nested, more than a block holds:
// each reads as Decode reads it, holds exactly its items (no room to grow
// into its neighbour's), and stays so after the collector has run.
func TestDecoderLists(t *testing.T) {
	var dc Decoder
	var keep, want []Value
	for round := range 3 {
		for n := range smallList + 3 {
			items := make([]Value, n)
			for i := range items {
				items[i] = J(int64(1000*round + 10*n + i))
				if i%3 == 1 {
					items[i] = NewList(S("s"), F(float64(i)), J(int64(n)))
				}
			}
			v := NewList(S("upd"), NewList(items...))
			msg, _ := Encode(v, MsgAsync)
			got, _, err := dc.Decode(msg)
			if err != nil || !sameValue(got, v) {
				t.Fatalf("%d items: Decoder gave %#v, %v", n, got, err)
			}
			row := got.(*List).V[1].(*List)
			if len(row.V) != n || cap(row.V) != n {
				t.Fatalf("%d items: a list of len %d cap %d", n, len(row.V), cap(row.V))
			}
			if n%4 == 0 {
				keep, want = append(keep, got), append(want, v)
			}
		}
	}
	runtime.GC()
	_ = make([]byte, 1<<20)
	runtime.GC()
	for i := range keep {
		if !sameValue(keep[i], want[i]) {
			t.Fatalf("after GC: %#v, want %#v", keep[i], want[i])
		}
	}
}
