package syntax

import (
	"fmt"
	"math"
	"testing"

	"qgo/interp/k"
)

// raw renders a value's type code and storage, so that tests check what
// literals hold and not only how they print.
func raw(v k.Value) string {
	switch x := v.(type) {
	case k.Atom[bool]:
		return fmt.Sprintf("%d:%v", x.T, x.V)
	case k.Atom[uint8]:
		return fmt.Sprintf("%d:%d", x.T, x.V)
	case k.Atom[int16]:
		return fmt.Sprintf("%d:%d", x.T, x.V)
	case k.Atom[int32]:
		return fmt.Sprintf("%d:%d", x.T, x.V)
	case k.Atom[int64]:
		return fmt.Sprintf("%d:%d", x.T, x.V)
	case k.Atom[float32]:
		return fmt.Sprintf("%d:%v", x.T, x.V)
	case k.Atom[float64]:
		return fmt.Sprintf("%d:%v", x.T, x.V)
	case k.Atom[string]:
		return fmt.Sprintf("%d:%q", x.T, x.V)
	case k.Atom[k.GUID]:
		return fmt.Sprintf("%d:%x", x.T, x.V)
	case *k.Vec[bool]:
		return fmt.Sprintf("%d:%v", x.T, x.V)
	case *k.Vec[uint8]:
		return fmt.Sprintf("%d:%v", x.T, x.V)
	case *k.Vec[int16]:
		return fmt.Sprintf("%d:%v", x.T, x.V)
	case *k.Vec[int32]:
		return fmt.Sprintf("%d:%v", x.T, x.V)
	case *k.Vec[int64]:
		return fmt.Sprintf("%d:%v", x.T, x.V)
	case *k.Vec[float32]:
		return fmt.Sprintf("%d:%v", x.T, x.V)
	case *k.Vec[float64]:
		return fmt.Sprintf("%d:%v", x.T, x.V)
	case *k.Vec[string]:
		return fmt.Sprintf("%d:%q", x.T, x.V)
	case *k.List:
		s := "0:("
		for i, it := range x.V {
			if i > 0 {
				s += ";"
			}
			s += raw(it)
		}
		return s + ")"
	}
	return fmt.Sprintf("%T", v)
}

const (
	nsDay  int64 = 86400000000000
	noonNs       = nsDay / 2
)

var literalTests = []struct{ in, want string }{
	// integers, floats and their suffixes
	{"42", "-7:42"},
	{"-42", "-7:-42"},
	{"42j", "-7:42"},
	{"42i", "-6:42"},
	{"42h", "-5:42"},
	{"1.5", "-9:1.5"},
	{"1.", "-9:1"},
	{".25", "-9:0.25"},
	{"1e10", "-9:1e+10"},
	{"1e-2", "-9:0.01"},
	{"1.5e", "-8:1.5"},
	{"2e", "-8:2"},
	{"2f", "-9:2"},
	{"9223372036854775807", fmt.Sprintf("-7:%d", k.WJ)},
	{"92233720368547758070", "-9:9.223372036854776e+19"},
	{"1 2 3", "7:[1 2 3]"},
	{"1 2 3j", "7:[1 2 3]"},
	{"1 2 3h", "5:[1 2 3]"},
	{"1 2i", "6:[1 2]"},
	{"1.5 2e", "8:[1.5 2]"},
	{"1 2f", "9:[1 2]"},
	{"1.0 2", "9:[1 2]"},
	{"1 2.5", "9:[1 2.5]"},
	{"1 -2 3", "7:[1 -2 3]"},
	// nulls and infinities
	{"0N", fmt.Sprintf("-7:%d", k.NJ)},
	{"0W", fmt.Sprintf("-7:%d", k.WJ)},
	{"-0W", fmt.Sprintf("-7:%d", -k.WJ)},
	{"0Nh", "-5:-32768"},
	{"0Wh", "-5:32767"},
	{"0Wi", "-6:2147483647"},
	{"-0Wi", "-6:-2147483647"},
	{"0Nj", fmt.Sprintf("-7:%d", k.NJ)},
	{"0n", "-9:NaN"},
	{"0w", "-9:+Inf"},
	{"-0w", "-9:-Inf"},
	{"0Ne", "-8:NaN"},
	{"0We", "-8:+Inf"},
	{"0we", "-8:+Inf"},
	{"0Nf", "-9:NaN"},
	{"0Ng", "-2:00000000000000000000000000000000"},
	{"0ng", "-2:00000000000000000000000000000000"},
	{"0p", "-12:0"},
	{"5p", "-12:5"},
	{"0Nd", "-14:-2147483648"},
	{"0Wd", "-14:2147483647"},
	{"0Nm", "-13:-2147483648"},
	{"0Np", fmt.Sprintf("-12:%d", k.NJ)},
	{"0Wp", fmt.Sprintf("-12:%d", k.WJ)},
	{"0Nz", "-15:NaN"},
	{"0wz", "-15:+Inf"},
	{"0Nn", fmt.Sprintf("-16:%d", k.NJ)},
	{"0Nu", "-17:-2147483648"},
	{"0Nv", "-18:-2147483648"},
	{"0Nt", "-19:-2147483648"},
	{"0N 1 2", fmt.Sprintf("7:[%d 1 2]", k.NJ)},
	{"0N 1 2h", "5:[-32768 1 2]"},
	{"0N 1.5", "9:[NaN 1.5]"},
	{"1 0W", fmt.Sprintf("7:[1 %d]", k.WJ)},
	{"1.5 0W -0W", "9:[1.5 +Inf -Inf]"},
	{"0n 1", "9:[NaN 1]"},
	{"0Nd 2000.01.02", "14:[-2147483648 1]"},
	{"2000.01.02 0N", "14:[1 -2147483648]"},
	// booleans and bytes
	{"1b", "-1:true"},
	{"0b", "-1:false"},
	{"101b", "1:[true false true]"},
	{"0x01", "-4:1"},
	{"0xff", "-4:255"},
	{"0x0102ff", "4:[1 2 255]"},
	{"0x", "4:[]"},
	{"0x123", "4:[1 35]"},
	// temporal atoms, stored as counts since 2000.01.01
	{"2000.01.01", "-14:0"},
	{"2000.01.02", "-14:1"},
	{"1999.12.31", "-14:-1"},
	{"2000.03.01", "-14:60"},
	{"2000.01m", "-13:0"},
	{"2001.03m", "-13:14"},
	{"1999.12m", "-13:-1"},
	{"2000.01.01m", "-13:0"},
	{"2000.01.01D12:00:00.000000001", fmt.Sprintf("-12:%d", noonNs+1)},
	{"2000.01.02D", fmt.Sprintf("-12:%d", nsDay)},
	{"1999.12.31D12:00", fmt.Sprintf("-12:%d", -noonNs)},
	{"2000.01.01D12:00:00.5", fmt.Sprintf("-12:%d", noonNs+500000000)},
	{"2000.01.01p", "-12:0"},
	{"2000.01.01T12:00:00.000", "-15:0.5"},
	{"2000.01.02T", "-15:1"},
	{"2000.01.01z", "-15:0"},
	{"0D12:00:00.000000000", fmt.Sprintf("-16:%d", noonNs)},
	{"1D", fmt.Sprintf("-16:%d", nsDay)},
	{"-1D", fmt.Sprintf("-16:%d", -nsDay)},
	{"2D03:04:05.000000006", fmt.Sprintf("-16:%d", 2*nsDay+(3*3600+4*60+5)*1000000000+6)},
	{"12:00:00.000000000", fmt.Sprintf("-16:%d", noonNs)},
	{"12:00:00.1234", fmt.Sprintf("-16:%d", noonNs+123400000)},
	{"12:00n", fmt.Sprintf("-16:%d", noonNs)},
	{"12:30", "-17:750"},
	{"-00:30", "-17:-30"},
	{"12:30u", "-17:750"},
	{"12:30:00", "-18:45000"},
	{"12:30:00v", "-18:45000"},
	{"12:30v", "-18:45000"},
	{"12:30:00.000", "-19:45000000"},
	{"12:30:00.5", "-19:45000500"},
	{"12:30:00t", "-19:45000000"},
	{"99:59", "-17:5999"},
	{"596:31:23", "-18:2147483"},
	{"596:31:23.647", "-19:2147483647"},
	{"999999:59", "-17:59999999"},
	// temporal vectors
	{"2000.01.01 2000.01.02", "14:[0 1]"},
	{"2000.01 2000.02m", "13:[0 1]"},
	{"12:00 12:01", "17:[720 721]"},
	{"2000.01.01 2000.01.02p", fmt.Sprintf("12:[0 %d]", nsDay)},
	{"2000.01.01D 2000.01.02D", fmt.Sprintf("12:[0 %d]", nsDay)},
	{"0D 1D", fmt.Sprintf("16:[0 %d]", nsDay)},
	// types that do not mix make a general list
	{"2000.01.01 12:00", "0:(-14:0;-17:720)"},
	// strings and symbols
	{`"abc"`, `10:[97 98 99]`},
	{`"a"`, "-10:97"},
	{`""`, "10:[]"},
	{`"\n"`, "-10:10"},
	{`"\\"`, "-10:92"},
	{`"\""`, "-10:34"},
	{`"\t\r"`, "10:[9 13]"},
	{`"\101\060"`, "10:[65 48]"},
	{"`a", `-11:"a"`},
	{"`", `-11:""`},
	{"`a`b`c", `11:["a" "b" "c"]`},
	{"`a`", `11:["a" ""]`},
	{"``", `11:["" ""]`},
	{"`:path/file", `-11:":path/file"`},
	{"`:host:5001", `-11:":host:5001"`},
	{"`a.b", `-11:"a.b"`},
}

func TestLiterals(t *testing.T) {
	for _, tt := range literalTests {
		n, err := Parse(tt.in)
		if err != nil {
			t.Errorf("Parse(%q): %v", tt.in, err)
			continue
		}
		c, ok := n.(*Const)
		if !ok {
			t.Errorf("Parse(%q) = %s, not a literal", tt.in, String(n))
			continue
		}
		if got := raw(c.V); got != tt.want {
			t.Errorf("Parse(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

// TestFloatBits checks that literal floats are exactly Go's parse.
func TestFloatBits(t *testing.T) {
	for _, s := range []string{"0.1", "3.14159", "1e-300", "123456789.123456789"} {
		n, err := Parse(s)
		if err != nil {
			t.Fatal(err)
		}
		var want float64
		fmt.Sscan(s, &want)
		if got := n.(*Const).V.(k.Atom[float64]).V; math.Float64bits(got) != math.Float64bits(want) {
			t.Errorf("%s: got %v want %v", s, got, want)
		}
	}
}
