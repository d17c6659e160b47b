package prim

import (
	"math"
	"strings"
	"testing"

	"qgo/interp/k"
)

// qtCase is one expression and the value it must give: want is q text
// evaluated the same way (usually a literal), or 'error.
type qtCase struct{ expr, want string }

// qtRunCases evaluates each case's expression and compares the result with
// the wanted value by type and items.
func qtRunCases(t *testing.T, cases []qtCase) {
	t.Helper()
	for _, c := range cases {
		got, gerr := qtValue(c.expr)
		if strings.HasPrefix(c.want, "'") {
			if gerr != c.want {
				t.Errorf("%s: got %v %s, want error %s", c.expr, qtShow(got), gerr, c.want)
			}
			continue
		}
		want, werr := qtValue(c.want)
		if werr != "" {
			t.Fatalf("%s: bad want %q: %s", c.expr, c.want, werr)
		}
		if gerr != "" {
			t.Errorf("%s: error %s, want %s", c.expr, gerr, c.want)
			continue
		}
		if !qtEqual(got, want) {
			t.Errorf("%s: got %s (type %d), want %s (type %d)", c.expr, qtShow(got), got.Type(), c.want, want.Type())
		}
	}
}

// qtValue evaluates q text with the test evaluator: the value, or the
// error text ('msg).
func qtValue(src string) (v k.Value, err string) {
	e := newQtEnv()
	defer func() {
		if r := recover(); r != nil {
			switch x := r.(type) {
			case *k.Error:
				v, err = nil, "'"+x.Msg
			case qtSkip:
				v, err = nil, "skip: "+x.why
			default:
				panic(r)
			}
		}
	}()
	return e.eval(mustParse(src)), ""
}

func qtShow(v k.Value) string {
	if v == nil {
		return "<nil>"
	}
	var b strings.Builder
	numKeyString(&b, v)
	return b.String()
}

// qtEqual compares two values by type and items; floats agree within a
// relative 1e-6 (the docs print 7 digits), nulls with nulls.
func qtEqual(a, b k.Value) bool {
	if a.Type() != b.Type() {
		return false
	}
	switch x := a.(type) {
	case *k.Dict:
		y := b.(*k.Dict)
		return qtEqual(x.K, y.K) && qtEqual(x.V, y.V)
	case *k.Table:
		y := b.(*k.Table)
		if !qtEqual(x.Cols, y.Cols) || len(x.Data) != len(y.Data) {
			return false
		}
		for i := range x.Data {
			if !qtEqual(x.Data[i], y.Data[i]) {
				return false
			}
		}
		return true
	}
	if k.IsList(a) {
		if a.Len() != b.Len() {
			return false
		}
		for i := 0; i < a.Len(); i++ {
			if !qtEqual(k.At(a, i), k.At(b, i)) {
				return false
			}
		}
		return true
	}
	switch x := a.(type) {
	case k.Atom[float64]:
		return qtFloatEq(x.V, b.(k.Atom[float64]).V)
	case k.Atom[float32]:
		return qtFloatEq(float64(x.V), float64(b.(k.Atom[float32]).V))
	}
	return qtShow(a) == qtShow(b)
}

func qtFloatEq(a, b float64) bool {
	if a != a || b != b {
		return a != a && b != b
	}
	if a == b {
		return true
	}
	return math.Abs(a-b) <= 1e-6*math.Max(math.Abs(a), math.Abs(b))
}

func TestArithTypes(t *testing.T) {
	qtRunCases(t, []qtCase{
		{"1b+1b", "2i"},
		{"0x01+0x02", "3i"},
		{"1h+1h", "2i"},
		{"1i+1", "2"},
		{"1i+1i", "2i"},
		{"1+1e", "2e"},
		{"1e+1f", "2f"},
		{"1+1.5", "2.5"},
		{"3+`a`b`c!(42;2012.09.15;1b)", "`a`b`c!(45;2012.09.18;4)"},
		{"1 2 3+4 5", "'length"},
		{"1+`a", "'type"},
		{"\"a\"+1", "'type"},
		{"1-\"a\"", "-96"},
		{"1.5+\"a\"", "98.5"},
		{"\"z\"%\"a\"", "1.257732"},
		{"1b%0b", "0w"},
		{"2%3", "0.6666667"},
		{"0Ng+1", "'type"},
	})
}

func TestArithNulls(t *testing.T) {
	qtRunCases(t, []qtCase{
		{"0N+1", "0N"},
		{"1+0N", "0N"},
		{"0W+1", "0N"},
		{"10+0W+0 1 2", "-9223372036854775799 0N -9223372036854775797"},
		{"1+-1+-1+1+ -0W 0N 0W 1 2 3", "0N 0N 0N 1 2 3"},
		{"0Wi+5", "2147483652"},
		{"0Wi+5i", "-2147483644i"},
		{"0Ni+5", "0N"},
		{"0Nh+1h", "0Ni"},
		{"0N*2", "0N"},
		{"0N-2", "0N"},
		{"0w+5", "0w"},
		{"0we+5", "0we"},
		{"0n*0", "0n"},
		{"2000.01.01+0N", "0Nd"},
		{"0Nd+1", "0Nd"},
	})
}

func TestArithTemporal(t *testing.T) {
	qtRunCases(t, []qtCase{
		{"2000.01.01+1", "2000.01.02"},
		{"2000.01.01+1i", "2000.01.02"},
		{"1+2000.01.01", "2000.01.02"},
		{"2000.01.02-2000.01.01", "1i"},
		{"2000.01.01D00:00:00.000000002-2000.01.01D00:00:00.000000001", "0D00:00:00.000000001"},
		{"2000.01.01D00:00:00.000000000+0D01:00:00.000000000", "2000.01.01D01:00:00.000000000"},
		{"2000.01.01+0D01:00:00.000000000", "2000.01.01D01:00:00.000000000"},
		{"2000.11.22+03:44:55.666", "2000.11.22D03:44:55.666000000"},
		{"2000.11.22-03:44:55.666", "2000.11.21D20:15:04.334000000"},
		{"2000.01m+1", "2000.02m"},
		{"2000.02m-2000.01m", "1i"},
		{"2012.05 2012.06m-2", "2012.03 2012.04m"},
		{"12:00+1", "12:01"},
		{"12:00:00+1", "12:00:01"},
		{"12:00:00.000+1", "12:00:00.001"},
		{"12:00+00:00:01", "12:00:01"},
		{"00:01+0D00:00:01.000000000", "0D00:01:01.000000000"},
		{"2000.01.01T12:00:00.000+1", "2000.01.02T12:00:00.000"},
		{"2000.01.01+1.5", "2000.01.02T12:00:00.000"},
		{"2000.01.01D00:00:00.000000000+1.5", "1.5"},
		{"2017.12m*0 1 2", "2000.01 2017.12 2035.11m"},
		{"2017.12m%1 2 3", "215 107.5 71.66667"},
		{"00:10%2", "5f"},
		{"00:10:00.000000000%2", "300000000000f"},
		{"2000.01.01+2000.01.01D00:00:00.000000000", "'type"},
		{"2000.01.01*2000.01.02", "'type"},
		{"2014.10.13 div 365", "2000.01.15"},
	})
}

func TestArithDivMod(t *testing.T) {
	qtRunCases(t, []qtCase{
		{"7 div 3", "2"},
		{"-7 div 2", "-4"},
		{"7 div 2.5", "2"},
		{"7f div 2", "3f"},
		{"7h div 3", "2i"},
		{"6i div 4", "1i"},
		{"7 div 0", "0N"},
		{"0N div 2", "0N"},
		{"-3 -2 -1 0 1 2 3 4 mod 3", "0 1 2 0 1 2 0 1"},
		{"-7 mod 2.5", "0.5"},
		{"7 mod -2", "-1"},
		{"7 mod 0", "0N"},
		{"2 xexp 8", "256f"},
		{"-2 xexp .5", "0n"},
		{"2 xlog 8", "3f"},
		{"1.5 xlog 0", "-0w"},
		{"`a xexp 2", "'type"},
		{"3 xbar 11", "9"},
		{"2.5 xbar 7", "5f"},
		{"5 xbar 12:07", "12:05"},
		{"0D00:00:05.000000000 xbar 0D00:00:12.000000000", "0D00:00:10.000000000"},
	})
}

func TestArithUnary(t *testing.T) {
	qtRunCases(t, []qtCase{
		{"neg 1b", "-1i"},
		{"neg 0x01", "-1i"},
		{"neg \"a\"", "-97i"},
		{"neg 1h", "-1h"},
		{"neg 0Nh", "0Nh"},
		{"neg 0n", "0n"},
		{"neg -0W", "0W"},
		{"neg 2000.01.02", "1999.12.31"},
		{"neg `a", "'type"},
		{"abs -1h", "1h"},
		{"abs -0W", "0W"},
		{"abs 0N", "0N"},
		{"abs -1.5e", "1.5e"},
		{"abs 10 -43 0N", "10 43 0N"},
		{"signum 0n", "-1i"},
		{"signum \"a\"", "1i"},
		{"signum 0b", "0i"},
		{"signum -2 0 1 3", "-1 0 1 1i"},
		{"reciprocal 2", "0.5"},
		{"reciprocal 0", "0w"},
		{"reciprocal 1b", "1f"},
		{"floor 2.5", "2"},
		{"floor -2.5", "-3"},
		{"floor 2.5e", "2"},
		{"floor \"AbC\"", "\"abc\""},
		{"floor `AbC", "`abc"},
		{"floor 5h", "5h"},
		{"floor 1b", "'type"},
		{"floor 0n", "0N"},
		{"floor 0w", "0W"},
		{"ceiling 01b", "0 1i"},
		{"ceiling 2.1", "3"},
		{"ceiling -2.1", "-2"},
		{"sqrt 4", "2f"},
		{"sqrt -1", "0n"},
		{"sqrt 0Wh", "181.0166"},
		{"exp 0", "1f"},
		{"log 0", "-0w"},
		{"log -1", "0n"},
		{"sin 0", "0f"},
		{"cos 0", "1f"},
		{"atan 1", "0.7853982"},
		{"acos 2", "0n"},
	})
}

func TestArithDicts(t *testing.T) {
	qtRunCases(t, []qtCase{
		{"(`a`b!1 2)+`b`c!10 20", "`a`b`c!1 12 20"},
		{"(`a`b!1 2)-`b`c!10 20", "`a`b`c!1 -8 -20"},
		{"(`a`b!1 2)%`b`c!10 20", "`a`b`c!(1;0.2;20)"},
		{"5+`a`b!1 2", "`a`b!6 7"},
		{"1 2+`a`b!10 20", "`a`b!11 22"},
		{"([]a:1 2)+([]a:3 4)", "([]a:4 6)"},
		{"1+([]a:1 2;b:3 4)", "([]a:2 3;b:4 5)"},
		{"(1 2;3)+10", "(11 12;13)"},
		{"(1 2;3)+(1;2 3)", "(2 3;5 6)"},
		{"(1 2;3)+(1;2 3;4)", "'length"},
		{"([k:`a`b]v:1 2)+([k:`b`c]v:10 20)", "([k:`a`b`c]v:1 12 20)"},
		{"([k:`a`b]v:1 2)+3", "([k:`a`b]v:4 5)"},
	})
}
