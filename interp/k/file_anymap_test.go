package k

import (
	"bytes"
	"encoding/binary"
	"testing"
)

// page is a 4096-byte anymap page (fd 20, zeros) with descriptor fd d1 t
// at 4080, as file_anymap.go states the layout.
func page(d1, t byte) []byte {
	p := make([]byte, 4096)
	p[0], p[1], p[4080], p[4081], p[4082] = 0xfd, 0x20, 0xfd, d1, t
	return p
}

// entry is an 8-byte item entry: offset, form in the high byte.
func entry(off uint64, form byte) []byte {
	return binary.LittleEndian.AppendUint64(nil, off|uint64(form)<<56)
}

// TestAnymapLayout writes a general list and checks both files byte for
// byte: compact items (7f+type, count, bytes; an atom's type then value)
// packed, an item of more than 0x5f bytes extended (fb 00 type attr, 1,
// count) at a 16-byte boundary, the header counts left 0.
func TestAnymapLayout(t *testing.T) {
	thirty := make([]int64, 30)
	for i := range thirty {
		thirty[i] = int64(i)
	}
	v := NewList(Str("ab"), C('c'), Str(""), Longs(1, 2, 3), J(4), Longs(thirty...), Bools(true, false))
	file, data, ok := EncodeAnymap(v)
	if !ok {
		t.Fatal("not written")
	}
	wantFile := page(0x01, 77)
	wantData := page(0x00, 4)
	add := func(b ...byte) { wantData = append(wantData, b...) }
	var offs []int
	off := func() { offs = append(offs, len(wantData)-4096) }
	off()
	add(0x89, 2, 'a', 'b') // "ab": 7f+10, 2, ab
	off()
	add(0x75, 'c') // "c" atom: 7f-10, c
	off()
	add(0x89, 0) // ""
	off()
	add(0x86, 3) // 1 2 3: 7f+7, 3, three longs
	for _, x := range []int64{1, 2, 3} {
		add(binary.LittleEndian.AppendUint64(nil, uint64(x))...)
	}
	off()
	add(0x78) // 4 atom: 7f-7, one long
	add(binary.LittleEndian.AppendUint64(nil, 4)...)
	// 4+2+2+26+9 = 43 bytes so far: the extended item starts at 48
	if len(wantData)-4096 != 43 {
		t.Fatalf("test arithmetic: %d", len(wantData)-4096)
	}
	add(0, 0, 0, 0, 0)
	extAt := len(wantData) - 4096
	add(0xfb, 0, 7, 0, 1, 0, 0, 0, 30, 0, 0, 0, 0, 0, 0, 0)
	for _, x := range thirty {
		add(binary.LittleEndian.AppendUint64(nil, uint64(x))...)
	}
	boolAt := len(wantData) - 4096
	add(0x80, 2, 1, 0) // 10b: 7f+1, 2, 01 00
	for _, o := range offs {
		wantFile = append(wantFile, entry(uint64(o), 1)...)
	}
	wantFile = append(wantFile, entry(uint64(extAt), 0)...)
	wantFile = append(wantFile, entry(uint64(boolAt), 1)...)
	if !bytes.Equal(file, wantFile) {
		t.Errorf("file:\n got % x\nwant % x", file[4080:], wantFile[4080:])
	}
	if !bytes.Equal(data, wantData) {
		t.Errorf("file#:\n got % x\nwant % x", data[4080:], wantData[4080:])
	}
	got, err := DecodeFile(file, data)
	if err != nil || !same(got, v) {
		t.Errorf("round trip: %v %v", got, err)
	}
}

// same reports whether a and b serialize alike.
func same(a, b Value) bool {
	x, err1 := EncodeBody(a)
	y, err2 := EncodeBody(b)
	return err1 == nil && err2 == nil && bytes.Equal(x, y)
}

// TestAnymapNotWritten lists what the form is not used for here.
func TestAnymapNotWritten(t *testing.T) {
	for _, v := range []Value{
		NewList(),
		NewList(Syms("a", "b"), Str("x")),
		NewList(Str("x"), NewList(J(1), Str("y"))),
		Longs(1, 2),
		NewList(Str("x"), &Dict{K: Syms("a"), V: Longs(1)}),
	} {
		if _, _, ok := EncodeAnymap(v); ok {
			t.Errorf("%v written as a mapped list", v)
		}
	}
}

// TestAnymapRead reads files built by hand: the count taken from the
// header when set, a general list within the list (an extended item of
// type 77 whose items are entries), a guid atom, and damaged files.
func TestAnymapRead(t *testing.T) {
	data := page(0x00, 4)
	data = append(data, 0x89, 1, 'x') // 0: "x"
	data = append(data, 0x7a, 7, 0)   // 3: 7h: 7f-5, a short
	data = append(data, make([]byte, 10)...)
	// 16: a list of "x" and 7h
	data = append(data, 0xfb, 0, 77, 0, 1, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0)
	data = append(data, entry(0, 1)...)
	data = append(data, entry(3, 1)...)
	// 48: a guid atom, 7f-2
	g := make([]byte, 16)
	for i := range g {
		g[i] = byte(i)
	}
	data = append(data, 0x7d)
	data = append(data, g...)
	file := page(0x01, 77)
	binary.LittleEndian.PutUint64(file[4088:], 2) // two of the three entries
	file = append(file, entry(16, 0)...)
	file = append(file, entry(48, 1)...)
	file = append(file, entry(0, 1)...)
	v, err := DecodeFile(file, data)
	if err != nil {
		t.Fatal(err)
	}
	items := Items(v)
	if len(items) != 2 || !same(items[0], NewList(Str("x"), Atom[int16]{-KH, 7})) ||
		!same(items[1], G(GUID(g))) {
		t.Errorf("got %v", v)
	}
	bad := func(what string, f, d []byte, msg string) {
		t.Helper()
		_, err := DecodeFile(f, d)
		if e, ok := err.(*Error); !ok || e.Msg != msg {
			t.Errorf("%s: %v, want '%s", what, err, msg)
		}
	}
	short := append(page(0x01, 77), entry(5000, 1)...)
	bad("offset past the data", short, data, "badmsg")
	bad("no companion", file, nil, "badmsg")
	loop := append(page(0x00, 4), 0xfb, 0, 77, 0, 1, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0)
	loop = append(loop, entry(0, 0)...)
	loop = append(loop, entry(0, 0)...)
	bad("an item within itself", append(page(0x01, 77), entry(0, 0)...), loop, "badmsg")
	sym := append(page(0x00, 4), 0x8a, 1, 0, 0, 0, 0, 0, 0, 0, 0)
	bad("a symbol vector", append(page(0x01, 77), entry(0, 1)...), sym, "nyi")
}

// TestAnymapRepeatedObject writes an item that is the very object before
// it once, its entry repeated, so a list indexed from a few strings takes
// no more room than the strings (kdb+ 4.0's consecutive deduplication);
// equal items that are distinct objects are each written, and the list
// reads back as it was.
func TestAnymapRepeatedObject(t *testing.T) {
	a, b := Str("hello"), Str("world")
	_, once, ok := EncodeAnymap(NewList(a, b))
	if !ok {
		t.Fatal("not written")
	}
	file, data, ok := EncodeAnymap(NewList(a, a, a, b, b, a))
	if !ok {
		t.Fatal("not written")
	}
	// a, b, and a again: the last a follows b, so it is written anew
	if want := 4096 + 3*(len(once)-4096)/2; len(data) != want {
		t.Errorf("companion %d bytes, want %d", len(data), want)
	}
	if want := 4096 + 6*8; len(file) != want {
		t.Errorf("file %d bytes, want %d", len(file), want)
	}
	if !bytes.Equal(file[4096:4104], file[4104:4112]) || !bytes.Equal(file[4120:4128], file[4128:4136]) {
		t.Errorf("repeated entries differ")
	}
	v, err := DecodeFile(file, data)
	if err != nil {
		t.Fatal(err)
	}
	if !same(v, NewList(a, a, a, b, b, a)) {
		t.Errorf("got %v", v)
	}
	_, two, _ := EncodeAnymap(NewList(a, Str("hello")))
	if len(two) != len(once) {
		t.Errorf("distinct equal items: %d bytes, want %d", len(two), len(once))
	}
}
