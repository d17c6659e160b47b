package format

import (
	"testing"

	"qgo/interp/k"
)

// atomCases are atoms as the console prints them. Sources are pages of
// github.com/KxSystems/docs, under docs/.
var atomCases = []struct {
	v    k.Value
	want string
}{
	{k.J(42), "42"},
	{k.J(-7), "-7"},
	{k.J(k.NJ), "0N"},   // ref/find.md: w[7]
	{k.J(k.WJ), "0W"},   // basics/datatypes.md
	{k.J(-k.WJ), "-0W"}, // basics/datatypes.md
	{k.I(10), "10i"},    // ref/cast.md: `int$10
	{k.I(-12), "-12i"},  // basics/files.md
	{k.I(k.NI), "0Ni"},  // ref/tok.md: "I"$"2147483648"
	{k.I(k.WI), "0Wi"},
	{k.I(-k.WI), "-0Wi"},
	{k.H(42), "42h"},      // ref/tok.md
	{k.H(k.NH), "0Nh"},    // ref/tok.md: "H"$"32768"
	{k.H(k.WH), "32767h"}, // basics/datatypes.md: no display for short infinity
	{k.H(-k.WH), "-32767h"},
	{k.X(0x42), "0x42"}, // ref/tok.md
	{k.X(0), "0x00"},
	{k.B(true), "1b"},
	{k.B(false), "0b"},
	{k.F(1.5), "1.5"},
	{k.F(2), "2f"},              // ref/avg.md: avg 1 2 3
	{k.F(256), "256f"},          // ref/exp.md: 2 xexp 8
	{k.F(1.0 / 7), "0.1428571"}, // basics/syscmds.md, \P
	{k.F(123456789), "1.234568e+08"},
	{k.F(9223372036854775807), "9.223372e+18"}, // basics/datatypes.md
	{k.F(2147483647), "2.147484e+09"},
	{k.F(1234567), "1234567f"},
	{k.F(0.0001), "0.0001"},
	{k.F(0.00001), "1e-05"},
	{k.F(1e10), "1e+10"},
	{k.F(-2.5), "-2.5"},
	{k.F(0), "0f"},
	{k.F(k.NF), "0n"}, // basics/application.md
	{k.F(inf), "0w"},  // ref/avg.md
	{k.F(ninf), "-0w"},
	{k.E(3.14), "3.14e"}, // ref/tok.md
	{k.E(-7.9), "-7.9e"}, // ref/join.md
	{k.E(10), "10e"},     // ref/join.md
	{k.E(k.NE), "0Ne"},
	{k.E(float32(inf)), "0we"}, // basics/datatypes.md: 0we + 5
	{k.E(float32(ninf)), "-0we"},
	{k.C('a'), `"a"`},
	{k.C(' '), `" "`},
	{k.C('"'), `"\""`},
	{k.C('\\'), `"\\"`},
	{k.C('\n'), `"\n"`},
	{k.C(1), `"\001"`},
	{k.S("ibm"), "`ibm"},
	{k.S(""), "`"},
	{k.S("hello world"), "`hello world"}, // basics/datatypes.md
	{k.S(":a/b"), "`:a/b"},
	{k.G(k.GUID{}), "00000000-0000-0000-0000-000000000000"}, // basics/datatypes.md
	// ref/cast.md: 12 13 14 15 16 17 18 19h$42
	{atomI64(k.KP, 42), "2000.01.01D00:00:00.000000042"},
	{atomI32(k.KM, 42), "2003.07m"},
	{atomI32(k.KD, 42), "2000.02.12"},
	{atomZ(42), "2000.02.12T00:00:00.000"},
	{atomI64(k.KN, 42), "0D00:00:00.000000042"},
	{atomI32(k.KU, 42), "00:42"},
	{atomI32(k.KV, 42), "00:00:42"},
	{atomI32(k.KT, 42), "00:00:00.042"},
	// ref/subtract.md: 2000.11.22 - 03:44:55.666
	{atomI64(k.KP, ts(2000, 11, 21, 20, 15, 4, 334000000)), "2000.11.21D20:15:04.334000000"},
	// basics/datatypes.md: limits of the timestamp type
	{atomI64(k.KP, -k.WJ+1), "1707.09.22D00:12:43.145224194"},
	{atomI64(k.KP, k.WJ-1), "2292.04.10D23:47:16.854775806"},
	{atomI64(k.KP, -k.WJ), "-0Wp"},
	{atomI64(k.KP, k.WJ), "0Wp"},
	{atomI64(k.KP, k.NJ), "0Np"},
	{atomI64(k.KN, -k.WJ+1), "-106751D23:47:16.854775806"},
	{atomI64(k.KN, ns(12, 0, 0, 0)), "0D12:00:00.000000000"},
	{atomI64(k.KN, -1), "-0D00:00:00.000000001"},
	{atomI64(k.KN, k.NJ), "0Nn"},
	{atomI64(k.KN, k.WJ), "0Wn"},
	{atomD(3001, 1, 1), "3001.01.01"}, // basics/datatypes.md
	{atomD(2015, 1, 1), "2015.01.01"},
	{atomD(1999, 12, 31), "1999.12.31"},
	{atomI32(k.KD, day(1, 1, 1)-1), "0000.00.00"}, // basics/datatypes.md
	{atomI32(k.KD, day(9999, 12, 31)), "9999.12.31"},
	{atomI32(k.KD, k.NI), "0Nd"}, // ref/tok.md
	{atomI32(k.KD, k.WI), "0Wd"},
	{atomI32(k.KD, -k.WI), "-0Wd"},
	{atomI32(k.KM, -1), "1999.12m"},
	{atomI32(k.KM, k.NI), "0Nm"},
	{atomI32(k.KU, 12*60), "12:00"}, // basics/datatypes.md: noon
	{atomI32(k.KU, 12*60+13), "12:13"},
	{atomI32(k.KU, k.NI), "0Nu"},
	{atomI32(k.KU, k.WI), "0Wu"},
	{atomI32(k.KV, 43200), "12:00:00"},
	{atomI32(k.KV, k.NI), "0Nv"},
	{atomI32(k.KT, 45296789), "12:34:56.789"}, // ref/tok.md
	{atomI32(k.KT, -1000), "-00:00:01.000"},
	{atomI32(k.KT, k.NI), "0Nt"},
	{atomI32(k.KT, k.WI), "0Wt"},
	{atomZ(float64(day(2013, 6, 4)) + 16.0/24 + 13.0/86400), "2013.06.04T16:00:13.000"}, // ref/file-text.md
	{atomZ(k.NF), "0Nz"},
	{atomZ(inf), "0wz"}, // basics/datatypes.md
	{atomZ(float64(day(1, 1, 1) - 1)), "0000.00.00T00:00:00.000"},
}

func TestAtoms(t *testing.T) {
	o := Default()
	for _, c := range atomCases {
		if got := Console(c.v, o); got != c.want {
			t.Errorf("Console(%#v) = %q, want %q", c.v, got, c.want)
		}
		if got := Repr(c.v, o); got != c.want {
			t.Errorf("Repr(%#v) = %q, want %q", c.v, got, c.want)
		}
	}
}

func TestGUIDAtom(t *testing.T) {
	const h = "8c6b8b64-6815-6084-0a3e-178401251b68" // ref/deal.md
	if got := Console(k.G(mustGUID(t, h)), Default()); got != h {
		t.Errorf("got %q, want %q", got, h)
	}
}

// TestPrecision checks \P: basics/syscmds.md shows 1%3 under \P 3 and \P
// 10; ref/exp.md and basics/comparison.md show \P 0 (17 digits).
func TestPrecision(t *testing.T) {
	cases := []struct {
		prec int
		v    k.Value
		want string
	}{
		{3, k.F(1.0 / 3), "0.333"},
		{10, k.F(1.0 / 3), "0.3333333333"},
		{0, k.F(1.0 / 3), "0.33333333333333331"},
		{0, k.F(7.9999999999999982), "7.9999999999999982"},
		{0, k.Floats(96.100000000000009, 96.099999999999994), "96.100000000000009 96.099999999999994"},
		{0, k.F(8), "8f"},
		{16, k.F(0.1), "0.1"},
		{2, k.F(123), "1.2e+02"},
		{3, k.Floats(1.23456, 2), "1.23 2"},
	}
	for _, c := range cases {
		o := Default()
		o.Prec = c.prec
		if got := Console(c.v, o); got != c.want {
			t.Errorf("\\P %d: Console(%v) = %q, want %q", c.prec, c.v, got, c.want)
		}
	}
}

// stringCases are what the string keyword gives for an atom (ref/string.md).
var stringCases = []struct {
	v    k.Value
	want string
}{
	{k.S("ibm"), "ibm"},
	{k.J(2), "2"},
	{k.J(42), "42"},
	{k.I(1), "1"},
	{k.H(7), "7"},
	{k.F(1.5), "1.5"},
	{k.F(1), "1"},
	{k.F(1e10), "1e+10"},
	{k.E(2.5), "2.5"},
	{k.B(true), "1"},
	{k.X(0x2a), "2a"},
	{k.C('c'), "c"},
	{k.S(""), ""},
	{atomD(2000, 1, 1), "2000.01.01"},
	{atomI32(k.KM, 0), "2000.01"},
	{atomI32(k.KU, 750), "12:30"},
	{atomI64(k.KN, 0), "0D00:00:00.000000000"},
	{k.J(k.NJ), ""},
	{atomI32(k.KD, k.NI), ""},
	{k.F(k.NF), ""},
	{k.J(k.WJ), "0W"},
	{k.F(inf), "0w"},
	{k.F(ninf), "-0w"},
	{k.G(k.GUID{}), "00000000-0000-0000-0000-000000000000"},
	{&k.Lambda{Src: "{x*x}"}, "{x*x}"},                             // ref/string.md
	{&k.Derived{T: k.FOver, F: &k.Prim{T: k.FB, Name: "+"}}, "+/"}, // ref/string.md
}

func TestString(t *testing.T) {
	o := Default()
	for _, c := range stringCases {
		if got := String(c.v, o); got != c.want {
			t.Errorf("String(%#v) = %q, want %q", c.v, got, c.want)
		}
	}
}
