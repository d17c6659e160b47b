package format

import (
	"math"
	"strings"
	"testing"

	"qgo/interp/k"
)

// Shorthands for building q values in tests.

var (
	inf  = math.Inf(1)
	ninf = math.Inf(-1)
)

func j(v ...int64) k.Value   { return k.Longs(v...) }
func f(v ...float64) k.Value { return k.Floats(v...) }
func s(v ...string) k.Value  { return k.Syms(v...) }
func str(x string) k.Value   { return k.Str(x) }
func b(bits string) k.Value {
	v := make([]bool, len(bits))
	for i, c := range bits {
		v[i] = c == '1'
	}
	return k.Bools(v...)
}
func ix(v ...int32) k.Value            { return k.Ints(k.KI, v...) }
func hx(v ...int16) k.Value            { return &k.Vec[int16]{T: k.KH, V: v} }
func ex(v ...float32) k.Value          { return &k.Vec[float32]{T: k.KE, V: v} }
func xx(v ...byte) k.Value             { return &k.Vec[uint8]{T: k.KX, V: v} }
func i32(t k.Type, v ...int32) k.Value { return k.Ints(t, v...) }
func i64(t k.Type, v ...int64) k.Value { return &k.Vec[int64]{T: t, V: v} }
func zz(v ...float64) k.Value          { return &k.Vec[float64]{T: k.KZ, V: v} }
func l(v ...k.Value) k.Value           { return k.NewList(v...) }
func dict(keys, vals k.Value) k.Value  { return &k.Dict{K: keys, V: vals} }
func attr(a k.Attr, v k.Value) k.Value {
	switch x := v.(type) {
	case *k.Vec[int64]:
		x.A = a
	case *k.Vec[string]:
		x.A = a
	}
	return v
}

// tbl makes a table from column names separated by spaces and columns.
func tbl(names string, cols ...k.Value) *k.Table {
	return &k.Table{Cols: k.Syms(strings.Fields(names)...), Data: cols}
}

func keyed(key, val *k.Table) k.Value { return &k.Dict{K: key, V: val} }

// Atoms.

func atomD(y, m, d int) k.Value         { return k.Atom[int32]{T: -k.KD, V: k.DaysFromYMD(y, m, d)} }
func atomI32(t k.Type, x int32) k.Value { return k.Atom[int32]{T: -t, V: x} }
func atomI64(t k.Type, x int64) k.Value { return k.Atom[int64]{T: -t, V: x} }
func atomZ(x float64) k.Value           { return k.Atom[float64]{T: -k.KZ, V: x} }

// day is the q date of y.m.d.
func day(y, m, d int) int32 { return k.DaysFromYMD(y, m, d) }

// ns is a timespan of h:m:s plus nanoseconds.
func ns(h, m, sec, n int64) int64 { return ((h*60+m)*60+sec)*k.NsPerSec + n }

// ts is a timestamp.
func ts(y, mo, d int, h, m, sec, n int64) int64 {
	return int64(day(y, mo, d))*k.NsPerDay + ns(h, m, sec, n)
}

func prim(name string) k.Value { return &k.Prim{T: k.FB, Name: name} }

func mustGUID(t *testing.T, hex string) k.GUID {
	t.Helper()
	var g k.GUID
	h := strings.ReplaceAll(hex, "-", "")
	if len(h) != 32 {
		t.Fatalf("bad guid %q", hex)
	}
	for i := range g {
		var v byte
		for _, c := range h[2*i : 2*i+2] {
			v <<= 4
			switch {
			case c >= '0' && c <= '9':
				v |= byte(c - '0')
			default:
				v |= byte(c-'a') + 10
			}
		}
		g[i] = v
	}
	return g
}

// trimLines strips trailing blanks from every line, as qconform does
// before it compares, and as the KX docs print console output.
func trimLines(x string) string {
	ls := strings.Split(x, "\n")
	for i, s := range ls {
		ls[i] = strings.TrimRight(s, " ")
	}
	return strings.Join(ls, "\n")
}

// lines joins lines with "\n".
func lines(ls ...string) string { return strings.Join(ls, "\n") }
