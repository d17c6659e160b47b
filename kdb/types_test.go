package kdb_test

import (
	"bytes"
	"context"
	"fmt"
	"math"
	"testing"
	"time"

	"qgo/kdb"
)

// typeCases pairs q literals with the Go values they are in generic form,
// for every q type that travels: atoms, vectors, nulls and infinities,
// lists, dictionaries and tables.
var typeCases = []struct {
	q string
	v any
}{
	{"1b", true},
	{"101b", []bool{true, false, true}},
	{`"G"$"0a369037-75d3-b24d-6721-5a1d44d4bed5"`, kdb.GUID{0x0a, 0x36, 0x90, 0x37, 0x75, 0xd3, 0xb2, 0x4d, 0x67, 0x21, 0x5a, 0x1d, 0x44, 0xd4, 0xbe, 0xd5}},
	{"0Ng", kdb.GUID{}},
	{"2#0Ng", []kdb.GUID{{}, {}}},
	{"0x2a", byte(42)},
	{"0x01ff", []byte{1, 255}},
	{"42h", int16(42)},
	{"0Nh", int16(math.MinInt16)},
	{"1 0N 0Wh", []int16{1, math.MinInt16, math.MaxInt16}},
	{"42i", int32(42)},
	{"0Ni", int32(math.MinInt32)},
	{"-0Wi", int32(-math.MaxInt32)},
	{"1 2 3i", []int32{1, 2, 3}},
	{"42", int64(42)},
	{"0N", int64(math.MinInt64)},
	{"0W", int64(math.MaxInt64)},
	{"1 0N 3", []int64{1, math.MinInt64, 3}},
	{"`long$()", []int64{}},
	{"1.5e", float32(1.5)},
	{"0Ne", float32(math.NaN())},
	{"1.5 -2e", []float32{1.5, -2}},
	{"1.5", 1.5},
	{"0n", math.NaN()},
	{"-0w", math.Inf(-1)},
	{"1.5 0n 0w", []float64{1.5, math.NaN(), math.Inf(1)}},
	{`"a"`, kdb.Char('a')},
	{`" "`, kdb.Char(' ')},
	{`"abc"`, kdb.Chars("abc")},
	{`""`, kdb.Chars("")},
	{"`abc", "abc"},
	{"`", ""},
	{"`a``b", []string{"a", "", "b"}},
	{"0#`", []string{}},
	{"2024.03.01D09:30:00.123456789", time.Date(2024, 3, 1, 9, 30, 0, 123456789, time.UTC)},
	{"1999.12.31D23:59:59.999999999", time.Date(1999, 12, 31, 23, 59, 59, 999999999, time.UTC)},
	{"0Np", time.Time{}},
	{"2000.01.01D00:00 0Np", []time.Time{time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC), {}}},
	{"2024.03m", kdb.Month(290)},
	{"1999.12m", kdb.Month(-1)},
	{"0Nm", kdb.Month(math.MinInt32)},
	{"2000.01 2024.03m", []kdb.Month{0, 290}},
	{"2024.03.01", kdb.Date(8826)},
	{"0Nd", kdb.Date(math.MinInt32)},
	{"0Wd", kdb.Date(math.MaxInt32)},
	{"1999.12.31 2024.03.01", []kdb.Date{-1, 8826}},
	{"2024.03.01T12:00:00.000", kdb.Datetime(8826.5)},
	{"0Nz", kdb.Datetime(math.NaN())},
	{"2000.01.01T00:00:00.000 2000.01.02T18:00:00.000", []kdb.Datetime{0, 1.75}},
	{"0D01:02:03.000000004", time.Hour + 2*time.Minute + 3*time.Second + 4},
	{"-0D00:00:01", -time.Second},
	{"0Nn", time.Duration(math.MinInt64)},
	{"0D00:00:01 0D00:00:02", []time.Duration{time.Second, 2 * time.Second}},
	{"09:30u", kdb.Minute(570)},
	{"0Nu", kdb.Minute(math.MinInt32)},
	{"09:30 10:00u", []kdb.Minute{570, 600}},
	{"09:30:15v", kdb.Second(34215)},
	{"09:30:15 0Nv", []kdb.Second{34215, math.MinInt32}},
	{"09:30:15.250", kdb.Time(34215250)},
	{"09:30:15.250 00:00:00.001", []kdb.Time{34215250, 1}},
	{"0Wp", time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC).Add(math.MaxInt64)},
	{"-0Wp", time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC).Add(-math.MaxInt64)},
	{"0We", float32(math.Inf(1))},
	{"-0We 0Ne", []float32{float32(math.Inf(-1)), float32(math.NaN())}},
	{"0Wm", kdb.Month(math.MaxInt32)},
	{"0Wz", kdb.Datetime(math.Inf(1))},
	{"0Wn", time.Duration(math.MaxInt64)},
	{"-0Wn 0Nn", []time.Duration{-math.MaxInt64, math.MinInt64}},
	{"0Wu", kdb.Minute(math.MaxInt32)},
	{"0Nv", kdb.Second(math.MinInt32)},
	{"-0Wv", kdb.Second(-math.MaxInt32)},
	{"0Nt", kdb.Time(math.MinInt32)},
	{"0Wt", kdb.Time(math.MaxInt32)},
	{"::", nil},
	{`(1;` + "`a" + `;"b";"cd";2 3h)`, []any{int64(1), "a", kdb.Char('b'), kdb.Chars("cd"), []int16{2, 3}}},
	{"()", []any{}},
	{"(1 2;3 4)", []any{[]int64{1, 2}, []int64{3, 4}}},
	{"`a`b!1 2", kdb.Dict{Key: []string{"a", "b"}, Value: []int64{1, 2}}},
	{"1 2!(`x;\"y\")", kdb.Dict{Key: []int64{1, 2}, Value: []any{"x", kdb.Char('y')}}},
	{"([]a:1 2;b:`x`y;c:(\"p\";\"qr\"))", kdb.Table{Columns: []string{"a", "b", "c"}, Data: []any{[]int64{1, 2}, []string{"x", "y"}, []any{kdb.Char('p'), kdb.Chars("qr")}}}},
	{"([]a:`long$())", kdb.Table{Columns: []string{"a"}, Data: []any{[]int64{}}}},
	{"([k:1 2]v:`x`y)", kdb.Dict{
		Key:   kdb.Table{Columns: []string{"k"}, Data: []any{[]int64{1, 2}}},
		Value: kdb.Table{Columns: []string{"v"}, Data: []any{[]string{"x", "y"}}},
	}},
}

// same compares generic values, NaNs included.
func same(a, b any) bool { return fmt.Sprintf("%#v", a) == fmt.Sprintf("%#v", b) }

// dial connects to the shared process for one test.
func dial(t testing.TB, address string, opts *kdb.Options) (*kdb.Conn, context.Context) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	t.Cleanup(cancel)
	c, err := kdb.Dial(ctx, "tcp", address, opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c, ctx
}

// Every type both ways: q's value comes back as the Go value; the Go value
// goes to q as the q value (q's ~ says so), serialized byte for byte as
// q's -8! serializes the literal.
func TestTypesBothWays(t *testing.T) {
	c, ctx := dial(t, addr, nil)
	for _, tc := range typeCases {
		got, err := c.Call(ctx, tc.q)
		if err != nil {
			t.Errorf("%s: %v", tc.q, err)
			continue
		}
		if !same(got, tc.v) {
			t.Errorf("q %s gave Go %#v, want %#v", tc.q, got, tc.v)
		}
		match, err := c.Call(ctx, "{x~"+tc.q+"}", tc.v)
		if err != nil || match != true {
			t.Errorf("Go %#v did not reach q as %s: %v %v", tc.v, tc.q, match, err)
		}
		mine, err := kdb.Marshal(tc.v)
		if err != nil {
			t.Errorf("Marshal %#v: %v", tc.v, err)
			continue
		}
		qs, err := c.Call(ctx, "-8!"+tc.q)
		if err != nil {
			t.Errorf("-8!%s: %v", tc.q, err)
			continue
		}
		if !bytes.Equal(mine, qs.([]byte)) {
			t.Errorf("Marshal %#v\n got %x\nwant %x (-8!%s)", tc.v, mine, qs, tc.q)
		}
		var back any
		if err := kdb.Unmarshal(mine, &back); err != nil || !same(back, tc.v) {
			t.Errorf("Unmarshal(Marshal %#v) = %#v, %v", tc.v, back, err)
		}
	}
}

// Go values with no generic counterpart go as the q type they stand for.
func TestGoTypesToQ(t *testing.T) {
	c, ctx := dial(t, addr, nil)
	type pt struct {
		X int64
		Y string `kdb:"y"`
	}
	var nilInt *int32
	five := 5
	for _, tc := range []struct {
		v any
		q string
	}{
		{5, "5"},
		{&five, "5"},
		{nilInt, "0Ni"},
		{[]*int32{nil}, "enlist 0Ni"},
		{[]int{1, 2}, "1 2"},
		{[2]int16{1, 2}, "1 2h"},
		{[]any{1, "a"}, "(1;`a)"},
		{[]kdb.Char("ab"), `"ab"`},
		{[]kdb.Chars{"ab", "c"}, `("ab";enlist "c")`},
		{[][]int64{{1}, {2, 3}}, "(enlist 1;2 3)"},
		{map[string]int{"b": 2, "a": 1}, "`a`b!1 2"},
		{map[int64]any{2: "x", 1: 1.5}, "1 2!(1.5;`x)"},
		{pt{1, "z"}, "`X`y!(1;`z)"},
		{[]pt{{1, "z"}}, "([]X:enlist 1;y:enlist`z)"},
		{[]pt{}, "([]X:`long$();y:`$())"},
		{[]*pt{{2, "w"}, nil}, "([]X:2 0N;y:`w`)"},
	} {
		match, err := c.Call(ctx, "{x~"+tc.q+"}", tc.v)
		if err != nil || match != true {
			got, _ := c.Call(ctx, "{.Q.s1 x}", tc.v)
			t.Errorf("Go %#v: want q %s, got %v (%v)", tc.v, tc.q, got, err)
		}
	}
}

// Values Go has no q counterpart for are errors, not panics.
func TestUnsendable(t *testing.T) {
	type loop struct{ Next *loop }
	l := &loop{}
	l.Next = l
	for _, v := range []any{uint16(1), int8(1), make(chan int), func() {}, complex(1, 2), l,
		kdb.Dict{Key: []int64{1}, Value: []int64{1, 2}}, kdb.Table{Columns: []string{"a"}},
		struct {
			T time.Time `kdb:"t,minute"`
		}{}} {
		if b, err := kdb.Marshal(v); err == nil {
			t.Errorf("Marshal %#v = %x, want an error", v, b)
		}
	}
}

// A function comes back as a Function, which goes back unchanged.
func TestFunction(t *testing.T) {
	c, ctx := dial(t, addr, nil)
	for _, q := range []string{"{x+1}", "+", "{x+y}[1]", "neg", "1+"} {
		v, err := c.Call(ctx, q)
		f, ok := v.(kdb.Function)
		if err != nil || !ok {
			t.Errorf("%s = %#v, %v; want a Function", q, v, err)
			continue
		}
		if got, err := c.Call(ctx, "{x~("+q+")}", f); err != nil || got != true {
			t.Errorf("%s (%s) did not come back as itself: %v %v", q, f, got, err)
		}
	}
	v, _ := c.Call(ctx, "{x+1}")
	if s := v.(kdb.Function).String(); s != "{x+1}" {
		t.Errorf("String = %q", s)
	}
}
