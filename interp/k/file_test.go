package k

import (
	"bytes"
	"testing"
)

// KX docs/ref/get.md: read0 of `:data/foo set 10 20 30 shows
// "\376 \007\000\000\000\000\000\003\000\000\000\000\000\000\000" then
// the items.
func TestEncodeFileVector(t *testing.T) {
	got, err := EncodeFile(Longs(10, 20, 30))
	if err != nil {
		t.Fatal(err)
	}
	want := []byte("\376 \007\000\000\000\000\000\003\000\000\000\000\000\000\000" +
		"\012\000\000\000\000\000\000\000\024\000\000\000\000\000\000\000\036\000\000\000\000\000\000\000")
	if !bytes.Equal(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// KX docs/ref/save.md: read0 of `:t after save`t, with
// t:([]x:2 3 5; y:`ibm`amd`intel; z:"npn"), shows the lines
// "\377\001b\000c\013\000\003\000\000\000x\000y\000z\000\000\.." and
// "\000\003\000\000\000npn" (the 0x0a type byte of z ends the first line).
func TestEncodeFileTable(t *testing.T) {
	tbl := table([]string{"x", "y", "z"}, Longs(2, 3, 5), Syms("ibm", "amd", "intel"), Str("npn"))
	got, err := EncodeFile(tbl)
	if err != nil {
		t.Fatal(err)
	}
	head := []byte("\377\001b\000c\013\000\003\000\000\000x\000y\000z\000\000")
	tail := []byte("\n\000\003\000\000\000npn")
	if !bytes.HasPrefix(got, head) || !bytes.HasSuffix(got, tail) {
		t.Errorf("got %q", got)
	}
	body, _ := EncodeBody(tbl)
	if !bytes.Equal(got[2:], body) {
		t.Errorf("the object after ff 01 is not the -8! body")
	}
}

func TestFileRoundTrip(t *testing.T) {
	vals := append(roundTrip(),
		&Vec[int64]{T: KJ, A: AttrS, V: []int64{1, 2, 3}},
		&Vec[int64]{T: KJ, A: AttrU, V: []int64{3, 1, 2}},
		Str("text"), Bools(true, false), &Vec[GUID]{T: KG, V: []GUID{{1}, {2}}},
	)
	for _, v := range vals {
		b, err := EncodeFile(v)
		if err != nil {
			t.Errorf("EncodeFile(%#v): %v", v, err)
			continue
		}
		d, err := DecodeFile(b, nil)
		if err != nil || !sameValue(d, v) {
			t.Errorf("file round trip of %#v: %#v, %v", v, d, err)
		}
	}
}

func TestNestedColumn(t *testing.T) {
	col := NewList(Str("hi"), Str(""), Str("there"))
	file, data, ok := EncodeNested(col)
	if !ok || !IsNestedFile(file) || string(data) != "hithere" {
		t.Fatalf("EncodeNested: %q %q %v", file, data, ok)
	}
	if file[2] != 87 || len(file) != 16+3*8 {
		t.Errorf("header %x", file[:16])
	}
	v, err := DecodeFile(file, data)
	if err != nil || !sameValue(v, col) {
		t.Errorf("DecodeFile: %#v, %v", v, err)
	}
	if _, err := DecodeFile(file, data[:3]); err == nil {
		t.Errorf("short companion file accepted")
	}
	if _, _, ok := EncodeNested(NewList(Str("a"), J(1))); ok {
		t.Errorf("a mixed list encoded as a nested char column")
	}
}

func TestAppendFile(t *testing.T) {
	// the log-file idiom: `:log set (); h enlist x; h enlist y
	b, _ := EncodeFile(NewList())
	var err error
	for _, x := range []Value{NewList(S("f"), J(1)), NewList(S("g"), Str("x"))} {
		if b, err = AppendFile(b, Enlist(x)); err != nil {
			t.Fatal(err)
		}
	}
	v, err := DecodeFile(b, nil)
	if err != nil || v.Len() != 2 {
		t.Fatalf("log: %#v, %v", v, err)
	}
	// appending to a vector file
	b, _ = EncodeFile(Longs(1, 2))
	if b, err = AppendFile(b, Longs(3, 4)); err != nil {
		t.Fatal(err)
	}
	if b, err = AppendFile(b, J(5)); err != nil {
		t.Fatal(err)
	}
	v, _ = DecodeFile(b, nil)
	if !sameValue(v, Longs(1, 2, 3, 4, 5)) {
		t.Errorf("vector append: %#v", v)
	}
	if _, err := AppendFile(b, Str("x")); err == nil {
		t.Errorf("appending chars to longs succeeded")
	}
}

func TestDecodeFileBad(t *testing.T) {
	bad := [][]byte{
		nil, []byte("hello\n"), []byte("\376 \007\000\000\000\000\000\377\377\377\377\000\000\000\000"),
		[]byte("\376 \003\000\000\000\000\000\000\000\000\000\000\000\000\000"),
		[]byte("\377\001\007\000\377\377\377\177"),
	}
	for _, b := range bad {
		if v, err := DecodeFile(b, nil); err == nil {
			t.Errorf("DecodeFile(%q) = %#v", b, v)
		}
	}
	// an enumeration domain whose count was not kept up to date
	b := []byte("\377\001\013\000\001\000\000\000a\000b\000c\000")
	if v, err := DecodeFile(b, nil); err != nil || !sameValue(v, Syms("a", "b", "c")) {
		t.Errorf("sym file: %#v, %v", v, err)
	}
}

func FuzzDecodeFile(f *testing.F) {
	for _, v := range roundTrip() {
		b, _ := EncodeFile(v)
		f.Add(b, []byte(nil))
	}
	file, data, _ := EncodeNested(NewList(Str("ab"), Str("c")))
	f.Add(file, data)
	enums, _ := EncodeFile(NewList(&Enum{Dom: "sym", V: []int64{1, 0}}, EnumAtom{Dom: "d", V: 2}))
	f.Add(enums, []byte(nil))
	f.Fuzz(func(t *testing.T, b, data []byte) {
		v, err := DecodeFile(b, data)
		if err != nil {
			return
		}
		if _, err := EncodeFile(v); err != nil {
			t.Fatalf("EncodeFile of a decoded file: %v", err)
		}
	})
}

// A vector or enumeration with an attribute keeps it in the header's
// fourth byte, as kdb+ writes a parted column (dpft's @[d;f;`p#]), and
// reads back with it.
func TestEncodeFileAttr(t *testing.T) {
	v := Longs(1, 1, 2)
	v.A = AttrP
	got, err := EncodeFile(v)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(got, []byte{0xfe, 0x20, 7, 3, 0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0}) || len(got) != 16+24 {
		t.Errorf("got %x", got)
	}
	back, err := DecodeFile(got, nil)
	if err != nil || attrOf(back) != AttrP {
		t.Errorf("read back %v %v", back, err)
	}
	e, err := EncodeFile(&Enum{Dom: "sym", A: AttrP, V: []int64{0, 0, 1}})
	if err != nil {
		t.Fatal(err)
	}
	if e[enumDescAt+3] != byte(AttrP) {
		t.Errorf("enum attribute byte %x", e[enumDescAt+3])
	}
	if d, err := DecodeFile(e, nil); err != nil || d.(*Enum).A != AttrP {
		t.Errorf("enum read back %v %v", d, err)
	}
}

// An enumeration inside an object file keeps its domain and indices (and
// an enumerated atom too); a nameless domain is a damaged file.
func TestEncodeFileEnumInObject(t *testing.T) {
	col := &Enum{Dom: "sym", A: AttrP, V: []int64{0, 0, 2}}
	tab := &Table{Cols: Syms("s", "v"), Data: []Value{col, Longs(1, 2, 3)}}
	b, err := EncodeFile(NewList(tab, EnumAtom{Dom: "d", V: 4}))
	if err != nil {
		t.Fatal(err)
	}
	v, err := DecodeFile(b, nil)
	if err != nil {
		t.Fatal(err)
	}
	l := v.(*List)
	e, ok := l.V[0].(*Table).Data[0].(*Enum)
	if !ok || e.Dom != "sym" || e.A != AttrP || len(e.V) != 3 || e.V[2] != 2 {
		t.Errorf("enumerated column read back as %#v", l.V[0].(*Table).Data[0])
	}
	if a, ok := l.V[1].(EnumAtom); !ok || a.Dom != "d" || a.V != 4 {
		t.Errorf("enumerated atom read back as %#v", l.V[1])
	}
	if _, err := DecodeBody(b[2:], false); err == nil {
		t.Errorf("an IPC message took an enumeration")
	}
	nameless := []byte{0xff, 0x01, byte(KEnum), 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0}
	if v, err := DecodeFile(nameless, nil); err == nil {
		t.Errorf("nameless domain decoded as %#v", v)
	}
}

// A simple vector in kdb+ 2.x's file layout (ff 20, the type at byte 8,
// the count as four bytes at 12, the items from 16), which kdb+ 3.0 and
// later still read (docs/releases/ChangesIn3.0.md).
func TestDecodeV2VectorFile(t *testing.T) {
	b := []byte{0xff, 0x20, 0, 0, 0x20, 0x3e, 0, 0, byte(KI), 0, 0, 0, 2, 0, 0, 0,
		7, 0, 0, 0, 9, 0, 0, 0}
	v, err := DecodeFile(b, nil)
	if err != nil || !sameValue(v, &Vec[int32]{T: KI, V: []int32{7, 9}}) {
		t.Fatalf("got %#v, %v", v, err)
	}
	short := append([]byte(nil), b[:20]...) // a count the items do not fill
	if _, err := DecodeFile(short, nil); err == nil {
		t.Errorf("a cut file decoded")
	}
	if _, err := DecodeFile(b[:12], nil); err == nil {
		t.Errorf("a cut header decoded")
	}
}
