package kdb_test

import (
	"math"
	"reflect"
	"testing"
	"time"

	"qgo/kdb"
)

// Row has a field of every kind a column can be, with the tags that pick
// q types for Go types standing for several.
type Row struct {
	Sym     string        `kdb:"sym"`
	Name    string        `kdb:"name,string"`
	Day     time.Time     `kdb:"day,date"`
	Mon     time.Time     `kdb:"mon,month"`
	When    time.Time     `kdb:"when"`
	DT      time.Time     `kdb:"dt,datetime"`
	Span    time.Duration `kdb:"span"`
	Min     time.Duration `kdb:"min,minute"`
	Sec     time.Duration `kdb:"sec,second"`
	Clock   time.Duration `kdb:"clock,time"`
	Qty     int32         `kdb:"qty"`
	Px      *float64      `kdb:"px"`
	Flag    bool
	ID      kdb.GUID `kdb:"id"`
	B       byte     `kdb:"b"`
	H       int16    `kdb:"h"`
	E       float32  `kdb:"e"`
	C       kdb.Char `kdb:"c"`
	Tags    []string `kdb:"tags"`
	Ignored int      `kdb:"-"`
	Embedded
	unexported int
}

// Embedded's fields are promoted to columns of Row's table.
type Embedded struct {
	Note kdb.Chars `kdb:"note"`
}

func TestStructTableRoundTrip(t *testing.T) {
	c, ctx := dial(t, addr, nil)
	px := 101.25
	at := time.Date(2024, 3, 1, 9, 30, 15, 123456789, time.UTC)
	rows := []Row{{
		Sym: "IBM", Name: "International", Day: time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC),
		Mon: time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC), When: at,
		DT:   time.Date(2024, 3, 1, 9, 30, 15, 250e6, time.UTC),
		Span: 90 * time.Second, Min: 570 * time.Minute, Sec: 34215 * time.Second, Clock: 34215250 * time.Millisecond,
		Qty: 7, Px: &px, Flag: true, ID: kdb.GUID{1, 2, 3}, B: 9, H: -3, E: 2.5, C: 'x',
		Tags: []string{"a", "b"}, Embedded: Embedded{Note: "n1"},
	}, {
		Sym: "MSFT", Name: "", Qty: math.MinInt32, Px: nil, Tags: []string{}, Embedded: Embedded{Note: ""},
		Span: math.MinInt64, Min: math.MinInt64, Sec: math.MinInt64, Clock: math.MinInt64,
	}}
	if _, err := c.Call(ctx, "{rt::x}", rows); err != nil {
		t.Fatal(err)
	}
	types, err := c.Call(ctx, "exec t from meta rt")
	if err != nil {
		t.Fatal(err)
	}
	if want := kdb.Chars("sCdmpznuvtifbgxhecSC"); types != want {
		t.Errorf("meta types %q, want %q", types, want)
	}
	cols, _ := c.Call(ctx, "cols rt")
	if want := []string{"sym", "name", "day", "mon", "when", "dt", "span", "min", "sec", "clock", "qty", "px", "Flag", "id", "b", "h", "e", "c", "tags", "note"}; !reflect.DeepEqual(cols, want) {
		t.Errorf("cols %v, want %v", cols, want)
	}
	for q, want := range map[string]any{
		"rt[1]`qty":      int32(math.MinInt32),
		"null rt[1]`px":  true,
		"null rt[1]`day": true,
		"rt[0]`day":      kdb.Date(8826),
		"rt[0]`mon":      kdb.Month(290),
		"rt[0]`dt":       kdb.Datetime(8826 + 34215.25/86400),
		"rt[0]`clock":    kdb.Time(34215250),
		"rt[0]`name":     kdb.Chars("International"),
	} {
		got, err := c.Call(ctx, q)
		if err != nil || !same(got, want) {
			t.Errorf("%s = %#v (%v), want %#v", q, got, err, want)
		}
	}

	v, err := c.Call(ctx, "rt")
	if err != nil {
		t.Fatal(err)
	}
	var back []Row
	if err := kdb.Decode(v, &back); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back, rows) {
		t.Errorf("round trip\n got %+v\nwant %+v", back, rows)
	}
	var ptrs []*Row
	if err := kdb.Decode(v, &ptrs); err != nil || len(ptrs) != 2 || !reflect.DeepEqual(*ptrs[0], rows[0]) {
		t.Errorf("into []*Row: %v %v", ptrs, err)
	}

	// A keyed table decodes into the same rows, its key columns included.
	kv, err := c.Call(ctx, "`sym xkey rt")
	if err != nil {
		t.Fatal(err)
	}
	back = nil
	if err := kdb.Decode(kv, &back); err != nil || !reflect.DeepEqual(back, rows) {
		t.Errorf("keyed table round trip: %v\n got %+v", err, back)
	}

	// One row is a dictionary, which decodes into the struct.
	var one Row
	d, _ := c.Call(ctx, "rt 0")
	if err := kdb.Decode(d, &one); err != nil || !reflect.DeepEqual(one, rows[0]) {
		t.Errorf("dictionary into a struct: %v\n got %+v", err, one)
	}
}

// Decoding converts each q type into the Go types its row of the package
// documentation names.
func TestDecodeInto(t *testing.T) {
	c, ctx := dial(t, addr, nil)
	day := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
	pi := func(n int64) *int64 { return &n }
	for _, tc := range []struct {
		q    string
		into any // a pointer to a zero value of the destination type
		want any
	}{
		{"2024.03.01", new(time.Time), day},
		{"2024.03m", new(time.Time), day},
		{"2024.03.01T12:00:00.000", new(time.Time), day.Add(12 * time.Hour)},
		{"2024.03.01D12:00:00.000000001", new(time.Time), day.Add(12*time.Hour + 1)},
		{"0Nd", new(time.Time), time.Time{}},
		{"09:30u", new(time.Duration), 570 * time.Minute},
		{"09:30:01v", new(time.Duration), 34201 * time.Second},
		{"09:30:01.5", new(time.Duration), 34201500 * time.Millisecond},
		{"0Nt", new(time.Duration), time.Duration(math.MinInt64)},
		{"2024.03.01 0Nd", new([]time.Time), []time.Time{day, {}}},
		{"42i", new(int), 42},
		{"0Ni", new(int64), int64(math.MinInt64)},
		{"0Ni", new(*int64), (*int64)(nil)},
		{"42", new(*int64), pi(42)},
		{"0N", new(float64), math.NaN()},
		{"7h", new(float32), float32(7)},
		{"1b", new(int), 1},
		{"0x10", new(uint16), uint16(16)},
		{"`sym", new(string), "sym"},
		{`"text"`, new(string), "text"},
		{`"text"`, new([]byte), []byte("text")},
		{`"c"`, new(string), "c"},
		{"`a`b", new([]kdb.Chars), []kdb.Chars{"a", "b"}},
		{"1 2 3i", new([]int64), []int64{1, 2, 3}},
		{"(1;2.5)", new([]float64), []float64{1, 2.5}},
		{"`a`b!1 2", new(map[string]int), map[string]int{"a": 1, "b": 2}},
		{"`a`b!(1;`x)", new(map[string]any), map[string]any{"a": int64(1), "b": "x"}},
		{`"G"$"0a369037-75d3-b24d-6721-5a1d44d4bed5"`, new([16]byte), [16]byte{0x0a, 0x36, 0x90, 0x37, 0x75, 0xd3, 0xb2, 0x4d, 0x67, 0x21, 0x5a, 0x1d, 0x44, 0xd4, 0xbe, 0xd5}},
		{"::", new(any), nil},
		{"([]a:1 2;b:`x`y)", new([]map[string]any), []map[string]any{{"a": int64(1), "b": "x"}, {"a": int64(2), "b": "y"}}},
		{"([k:`p`q]v:1 2)", new([]any), []any{kdb.Dict{Key: []string{"k", "v"}, Value: []any{"p", int64(1)}}, kdb.Dict{Key: []string{"k", "v"}, Value: []any{"q", int64(2)}}}},
	} {
		v, err := c.Call(ctx, tc.q)
		if err != nil {
			t.Errorf("%s: %v", tc.q, err)
			continue
		}
		if err := kdb.Decode(v, tc.into); err != nil {
			t.Errorf("%s into %T: %v", tc.q, tc.into, err)
			continue
		}
		got := reflect.ValueOf(tc.into).Elem().Interface()
		if !same(got, tc.want) && !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s into %T = %#v, want %#v", tc.q, tc.into, got, tc.want)
		}
	}
	for _, tc := range []struct {
		q    string
		into any
	}{
		{"`a", new(int)},
		{"300", new(int8)},
		{"-1", new(uint)},
		{"1 2", new(string)},
		{"2024.03.01", new(time.Duration)},
		{"09:30u", new(time.Time)},
		{"1.5", new(int)},
		{"`a`b!1 2", new([]int)},
		{"([]a:1 2)", new([]int)},
		{"([]a:1 2)", new([]map[int]any)},
	} {
		v, _ := c.Call(ctx, tc.q)
		if err := kdb.Decode(v, tc.into); err == nil {
			t.Errorf("%s into %T: no error, got %v", tc.q, tc.into, reflect.ValueOf(tc.into).Elem())
		}
	}
	if err := kdb.Decode(1, nil); err == nil {
		t.Error("Decode into nil: no error")
	}
}
