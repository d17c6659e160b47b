package syntax

import (
	"fmt"
	"testing"

	"qgo/interp/k"
)

var tokTests = []struct {
	t    k.Type
	in   string
	want string // raw storage, as in literal tests
	ok   bool
}{
	{k.KB, "1", "-1:true", true},
	{k.KB, "   Y  ", "-1:true", true},
	{k.KB, "true", "-1:true", true},
	{k.KB, "42", "-1:false", true},
	{k.KB, "", "-1:false", true},
	{k.KG, "8c680a01-5a49-5aab-5a65-d4bfddb6a661", "-2:8c680a015a495aab5a65d4bfddb6a661", true},
	{k.KG, "8c680a015a495aab5a65d4bfddb6a661", "-2:8c680a015a495aab5a65d4bfddb6a661", true},
	{k.KG, "8c680a01", "-2:00000000000000000000000000000000", false},
	{k.KX, "42", "-4:66", true},
	{k.KX, "f", "-4:15", true},
	{k.KX, "xyz", "-4:0", false},
	{k.KH, "42", "-5:42", true},
	{k.KH, "-42", "-5:-42", true},
	{k.KH, "40000", "-5:-32768", false},
	{k.KI, "42", "-6:42", true},
	{k.KI, " 42 ", "-6:42", true},
	{k.KI, "192.168.1.34", "-6:-1062731486", true},
	{k.KI, "1.5", "-6:-2147483648", false},
	{k.KJ, "9223372036854775807", fmt.Sprintf("-7:%d", k.WJ), true},
	{k.KJ, "0N", fmt.Sprintf("-7:%d", k.NJ), true},
	{k.KJ, "-0W", fmt.Sprintf("-7:%d", -k.WJ), true},
	{k.KJ, "abc", fmt.Sprintf("-7:%d", k.NJ), false},
	{k.KJ, "", fmt.Sprintf("-7:%d", k.NJ), false},
	{k.KE, "3.14", "-8:3.14", true},
	{k.KF, "1e3", "-9:1000", true},
	{k.KF, "-1.5", "-9:-1.5", true},
	{k.KF, ".5", "-9:0.5", true},
	{k.KF, "0w", "-9:+Inf", true},
	{k.KF, "-0w", "-9:-Inf", true},
	{k.KF, "x", "-9:NaN", false},
	{k.KC, "abc", "-10:97", true},
	{k.KC, "", "-10:32", true},
	{k.KS, "  IBM  ", `-11:"IBM"`, true},
	{k.KS, "a b", `-11:"a b"`, true},
	{k.KD, "2000.01.01", "-14:0", true},
	{k.KD, "2000-12-12", "-14:346", true},
	{k.KD, "2000/12/12", "-14:346", true},
	{k.KD, "20001212", "-14:346", true},
	{k.KD, "001212", "-14:346", true},
	{k.KD, "991231", "-14:-1", true},
	{k.KD, "12DEC2000", "-14:346", true},
	{k.KD, "12dec00", "-14:346", true},
	{k.KD, "2000/Dec/12", "-14:346", true},
	{k.KD, "12/12/2000", "-14:346", true},
	{k.KD, "12/31/99", "-14:-1", true},
	{k.KD, "3001.01.01", fmt.Sprint("-14:", k.DaysFromYMD(3001, 1, 1)), true},
	{k.KD, "2000.02.30", "-14:-2147483648", false},
	{k.KD, "2000.13.01", "-14:-2147483648", false},
	{k.KD, "2000.01.01D12:00", "-14:0", true},
	{k.KD, "junk", "-14:-2147483648", false},
	{k.KM, "2000.02", "-13:1", true},
	{k.KM, "2000-02", "-13:1", true},
	{k.KM, "200002", "-13:1", true},
	{k.KM, "2000.02.29", "-13:1", true},
	{k.KM, "2000.13", "-13:-2147483648", false},
	{k.KP, "2015-10-28D03:55:58.6542", fmt.Sprintf("-12:%d", int64(k.DaysFromYMD(2015, 10, 28))*nsDay+(3*3600+55*60+58)*1000000000+654200000), true},
	{k.KP, "2000.01.01", "-12:0", true},
	{k.KP, "2000.01.01T12:00", fmt.Sprintf("-12:%d", noonNs), true},
	{k.KP, "2000.01.01 12:00", fmt.Sprintf("-12:%d", noonNs), true},
	{k.KP, "20000101-12:00:00.000", fmt.Sprintf("-12:%d", noonNs), true},
	{k.KP, "00000000000", fmt.Sprintf("-12:%d", -946684800*int64(1000000000)), true},
	{k.KP, "00000000000.123456789", fmt.Sprintf("-12:%d", -946684800*int64(1000000000)+123456789), true},
	{k.KP, "1666.09.02", fmt.Sprintf("-12:%d", -k.WJ), true},
	{k.KP, "x", fmt.Sprintf("-12:%d", k.NJ), false},
	{k.KZ, "2000.01.01T12:00:00.000", "-15:0.5", true},
	{k.KZ, "20191122-11:11:11.123", fmt.Sprintf("-15:%v", float64(k.DaysFromYMD(2019, 11, 22))+float64((11*3600+11*60+11)*1000+123)/86400000), true},
	{k.KN, "12:00:00.000000000", fmt.Sprintf("-16:%d", noonNs), true},
	{k.KN, "0D12:00", fmt.Sprintf("-16:%d", noonNs), true},
	{k.KN, "-1D", fmt.Sprintf("-16:%d", -nsDay), true},
	{k.KN, "123456123987654", fmt.Sprintf("-16:%d", int64((12*3600+34*60+56)*1000000000+123987654)), true},
	{k.KN, "1", fmt.Sprintf("-16:%d", k.NJ), false},
	{k.KU, "12:13:14", "-17:733", true},
	{k.KU, "12:13", "-17:733", true},
	{k.KU, "1213", "-17:733", true},
	{k.KU, "12:73", "-17:-2147483648", false},
	{k.KV, "12:13:14", "-18:43994", true},
	{k.KV, "12:13", "-18:43980", true},
	{k.KV, "121314", "-18:43994", true},
	{k.KT, "123456789", "-19:45296789", true},
	{k.KT, "12:34:56.789", "-19:45296789", true},
	{k.KT, "12:34:56.7", "-19:45296700", true},
	{k.KT, "12:34", "-19:45240000", true},
	{k.KT, "-12:34", "-19:-45240000", true},
	{k.KT, "abc", "-19:-2147483648", false},
}

func TestParseAtom(t *testing.T) {
	for _, tt := range tokTests {
		for _, typ := range []k.Type{tt.t, -tt.t} {
			v, ok := ParseAtom(typ, tt.in)
			if got := raw(v); got != tt.want || ok != tt.ok {
				t.Errorf("ParseAtom(%d, %q) = %s, %v; want %s, %v", typ, tt.in, got, ok, tt.want, tt.ok)
			}
		}
	}
}

// TestParseAtomLiteral checks that Tok reads the display form of every
// temporal literal as the literal itself.
func TestParseAtomLiteral(t *testing.T) {
	for _, s := range []string{"2000.01.01", "2017.10.23", "1999.12.31D23:59:59.999999999",
		"2000.01.01T12:00:00.000", "12:30", "12:30:00", "12:30:00.123", "0D12:00:00.000000001"} {
		n, err := Parse(s)
		if err != nil {
			t.Fatal(err)
		}
		want := n.(*Const).V
		got, ok := ParseAtom(want.Type(), s)
		if !ok || raw(got) != raw(want) {
			t.Errorf("ParseAtom(%d, %q) = %s, %v; want %s", want.Type(), s, raw(got), ok, raw(want))
		}
	}
}
