// This file defines Tok, x$y for an upper-case type letter x and a string
// y: the text parsed as an atom of that type (docs/ref/tok.md). Text that
// does not parse gives the null of the type.

package prim

import (
	"math"
	"net"
	"strconv"
	"strings"

	"qgo/interp/k"
)

// Tok parses the string y as an atom of type t (positive code). A list of
// strings gives a list (iteration stops at strings), a dictionary maps its
// values. Strings parsed as chars are returned unchanged.
func Tok(t k.Type, y k.Value) k.Value {
	switch v := y.(type) {
	case *k.Vec[uint8]:
		if v.T == k.KC {
			if t == k.KC {
				return v
			}
			return TokString(t, string(v.V))
		}
	case k.Atom[uint8]:
		if v.T == -k.KC {
			return TokString(t, string([]byte{v.V}))
		}
	case k.Atom[string], *k.Vec[string]:
		if t == k.KS {
			return y
		}
	case *k.List:
		if len(v.V) == 0 {
			return k.Empty(t)
		}
		out := make([]k.Value, len(v.V))
		for i, it := range v.V {
			out[i] = Tok(t, it)
		}
		return k.Unify(out)
	case *k.Dict:
		return &k.Dict{K: v.K, V: Tok(t, v.V)}
	case *k.Table:
		cols := make([]k.Value, len(v.Data))
		for i, c := range v.Data {
			cols[i] = Tok(t, c)
		}
		return &k.Table{Cols: v.Cols, Data: cols}
	}
	k.Signal(k.ErrType)
	return nil
}

// TokString parses s as an atom of type t (positive code): the null of the
// type when s is not valid text for it.
func TokString(t k.Type, s string) k.Value {
	trimmed := strings.Trim(s, " ")
	switch t {
	case k.KB:
		return k.B(len(trimmed) > 0 && strings.IndexByte("txyTXY1", trimmed[0]) >= 0)
	case k.KG:
		return k.G(tokGUID(trimmed))
	case k.KX:
		b, err := strconv.ParseUint(trimmed, 16, 8)
		if err != nil {
			b = 0
		}
		return k.X(byte(b))
	case k.KH:
		n := tokInt(trimmed, 16)
		if n == k.NJ {
			return k.H(k.NH)
		}
		return k.H(int16(n))
	case k.KI:
		if ip := net.ParseIP(trimmed); ip != nil && strings.Count(trimmed, ".") == 3 {
			v4 := ip.To4()
			return k.I(int32(uint32(v4[0])<<24 | uint32(v4[1])<<16 | uint32(v4[2])<<8 | uint32(v4[3])))
		}
		n := tokInt(trimmed, 32)
		if n == k.NJ {
			return k.I(k.NI)
		}
		return k.I(int32(n))
	case k.KJ:
		return k.J(tokInt(trimmed, 64))
	case k.KE:
		return k.E(float32(tokFloat(trimmed)))
	case k.KF:
		return k.F(tokFloat(trimmed))
	case k.KC:
		if s == "" {
			return k.C(' ')
		}
		return k.C(s[0])
	case k.KS:
		return k.S(trimmed)
	case k.KD:
		d, ok := tokDate(trimmed)
		if !ok {
			return k.Null(-k.KD)
		}
		return k.Atom[int32]{T: -k.KD, V: int32(d)}
	case k.KM:
		m, ok := tokMonth(trimmed)
		if !ok {
			return k.Null(-k.KM)
		}
		return k.Atom[int32]{T: -k.KM, V: int32(m)}
	case k.KP, k.KZ:
		ns, ok := tokTimestamp(trimmed)
		if !ok {
			return k.Null(-t)
		}
		if t == k.KZ {
			return k.Atom[float64]{T: -k.KZ, V: float64(ns/1e6) / 86400000}
		}
		return k.Atom[int64]{T: -k.KP, V: ns}
	case k.KN, k.KU, k.KV, k.KT:
		ns, ok := tokTime(trimmed, t == k.KN)
		if !ok {
			return k.Null(-t)
		}
		if t == k.KN {
			return k.Atom[int64]{T: -k.KN, V: ns}
		}
		return k.Atom[int32]{T: -t, V: int32(ns / numUnit(t))}
	}
	k.Signal(k.ErrType)
	return nil
}

// tokInt parses a decimal integer that fits bits bits; 0N, 0W and -0W are
// accepted; anything else gives 0N.
func tokInt(s string, bits int) int64 {
	switch s {
	case "0N", "0n":
		return k.NJ
	case "0W", "0w":
		return 1<<(bits-1) - 1
	case "-0W", "-0w":
		return -(1<<(bits-1) - 1)
	}
	n, err := strconv.ParseInt(s, 10, bits)
	if err != nil || n == -1<<(bits-1) {
		return k.NJ
	}
	return n
}

// tokFloat parses a decimal float (0n, 0w, -0w accepted); else 0n.
func tokFloat(s string) float64 {
	switch s {
	case "0n", "0N":
		return math.NaN()
	case "0w", "0W":
		return math.Inf(1)
	case "-0w", "-0W":
		return math.Inf(-1)
	}
	for _, c := range s {
		if !(c >= '0' && c <= '9' || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E') {
			return math.NaN()
		}
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return math.NaN()
	}
	return f
}

// tokGUID parses a guid (hex with dashes) or an IPv4/IPv6 address.
func tokGUID(s string) (g k.GUID) {
	if h := strings.ReplaceAll(s, "-", ""); len(h) == 32 && strings.Count(s, "-") == 4 {
		for i := range g {
			b, err := strconv.ParseUint(h[2*i:2*i+2], 16, 8)
			if err != nil {
				return k.GUID{}
			}
			g[i] = byte(b)
		}
		return g
	}
	if ip := net.ParseIP(s); ip != nil {
		copy(g[:], ip.To16())
	}
	return g
}

// tokDigits reports whether s is all decimal digits (and not empty).
func tokDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

var tokMonths = []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}

// tokMonthNum reads a month as digits or a three-letter name.
func tokMonthNum(s string) int {
	if tokDigits(s) && len(s) <= 2 {
		n, _ := strconv.Atoi(s)
		return n
	}
	for i, m := range tokMonths {
		if strings.EqualFold(s, m) {
			return i + 1
		}
	}
	return 0
}

// tokYMD validates a calendar day and gives its q date.
func tokYMD(y, m, d int) (int64, bool) {
	if y < 1 || y > 9999 || !k.ValidYMD(y, m, d) {
		return 0, false
	}
	return int64(k.DaysFromYMD(y, m, d)), true
}

// tokDate parses yyyy.mm.dd, yyyy-mm-dd, yyyy/mm/dd (or with a month
// name), yyyymmdd, mm/dd/yyyy and ddMMMyyyy.
func tokDate(s string) (int64, bool) {
	atoi := func(s string) int {
		if !tokDigits(s) {
			return -1
		}
		n, _ := strconv.Atoi(s)
		return n
	}
	if tokDigits(s) && len(s) == 8 {
		return tokYMD(atoi(s[:4]), atoi(s[4:6]), atoi(s[6:]))
	}
	for _, sep := range ".-/" {
		parts := strings.Split(s, string(sep))
		if len(parts) != 3 {
			continue
		}
		if len(parts[0]) == 4 {
			return tokYMD(atoi(parts[0]), tokMonthNum(parts[1]), atoi(parts[2]))
		}
		if sep == '/' {
			y := atoi(parts[2])
			if len(parts[2]) == 2 {
				y += 1900
				if y < 1950 {
					y += 100
				}
			}
			return tokYMD(y, tokMonthNum(parts[0]), atoi(parts[1]))
		}
		return 0, false
	}
	if len(s) == 9 && tokDigits(s[:2]) && tokDigits(s[5:]) {
		return tokYMD(atoi(s[5:]), tokMonthNum(s[2:5]), atoi(s[:2]))
	}
	return 0, false
}

// tokMonth parses yyyy.mm, yyyy-mm, yyyymm, or a date (giving its month).
func tokMonth(s string) (int64, bool) {
	if d, ok := tokDate(s); ok {
		return numDaysToMonth(d), true
	}
	var y, m string
	switch {
	case len(s) == 6 && tokDigits(s):
		y, m = s[:4], s[4:]
	case len(s) == 7 && (s[4] == '.' || s[4] == '-' || s[4] == '/'):
		y, m = s[:4], s[5:]
	default:
		return 0, false
	}
	if !tokDigits(y) || !tokDigits(m) {
		return 0, false
	}
	yy, _ := strconv.Atoi(y)
	mm, _ := strconv.Atoi(m)
	if mm < 1 || mm > 12 {
		return 0, false
	}
	return int64(yy-2000)*12 + int64(mm-1), true
}

// tokTime parses a time of day as nanoseconds: hh:mm[:ss[.fff...]] or
// the digits hhmm[ss[fff...]]; a timespan (span) may also have a day count
// and D before it, and a sign.
func tokTime(s string, span bool) (int64, bool) {
	neg := false
	if span && strings.HasPrefix(s, "-") {
		neg, s = true, s[1:]
	}
	var days int64
	if span {
		if i := strings.IndexByte(s, 'D'); i >= 0 {
			if !tokDigits(s[:i]) && s[:i] != "" {
				return 0, false
			}
			days, _ = strconv.ParseInt("0"+s[:i], 10, 64)
			s = s[i+1:]
		}
	}
	var h, m, sec, frac string
	if strings.Contains(s, ":") {
		parts := strings.Split(s, ":")
		if len(parts) > 3 {
			return 0, false
		}
		h, m = parts[0], parts[1]
		if len(parts) == 3 {
			sec, frac, _ = strings.Cut(parts[2], ".")
		}
	} else {
		if !tokDigits(s) || len(s) < 4 {
			return 0, false
		}
		h, m = s[:2], s[2:4]
		if len(s) > 4 {
			sec = s[4:min(6, len(s))]
			if len(s) > 6 {
				frac = s[6:]
			}
		}
	}
	if !tokDigits(h) || !tokDigits(m) || (sec != "" && !tokDigits(sec)) || (frac != "" && !tokDigits(frac)) {
		return 0, false
	}
	hh, _ := strconv.ParseInt(h, 10, 64)
	mm, _ := strconv.ParseInt(m, 10, 64)
	var ss, ns int64
	if sec != "" {
		ss, _ = strconv.ParseInt(sec, 10, 64)
	}
	if frac != "" {
		f := (frac + "000000000")[:9]
		ns, _ = strconv.ParseInt(f, 10, 64)
	}
	if mm > 59 || ss > 59 {
		return 0, false
	}
	v := days*k.NsPerDay + ((hh*60+mm)*60+ss)*k.NsPerSec + ns
	if neg {
		v = -v
	}
	return v, true
}

// tokTimestamp parses a date and optional time (joined by D, T, a blank or
// a dash), or seconds since the Unix epoch (9 to 11 digits, optionally
// with a fraction), as nanoseconds since 2000.01.01.
func tokTimestamp(s string) (int64, bool) {
	secs, frac, _ := strings.Cut(s, ".")
	if tokDigits(secs) && len(secs) >= 9 && len(secs) <= 11 && (frac == "" || tokDigits(frac)) && !strings.Contains(s, ":") {
		n, _ := strconv.ParseInt(secs, 10, 64)
		var f int64
		if frac != "" {
			f, _ = strconv.ParseInt((frac + "000000000")[:9], 10, 64)
		}
		return (n-946684800)*k.NsPerSec + f, true
	}
	date, tm := s, ""
	if i := strings.IndexAny(s, "DT "); i >= 0 {
		date, tm = s[:i], s[i+1:]
	} else if i := strings.IndexByte(s, ':'); i >= 3 {
		date, tm = s[:i-3], s[i-2:]
	}
	d, ok := tokDate(date)
	if !ok {
		return 0, false
	}
	var ns int64
	if tm != "" {
		if ns, ok = tokTime(tm, false); !ok {
			return 0, false
		}
	}
	return d*k.NsPerDay + ns, true
}
