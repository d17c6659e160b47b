// This file parses the text of one atom of a given q type, the way Tok
// (`"D"$"2000.01.01"`) does, and holds the calendar and clock readers that
// the literal scanner shares with it.

package syntax

import (
	"math"
	"strconv"
	"strings"

	"qgo/interp/k"
)

// ParseAtom parses s as the text of one atom of q type t, the way q's Tok
// (`"T"$s`, with t the upper-case type char) does: leading and trailing
// blanks are ignored and each type accepts the forms q documents, e.g.
// dates as 2000.01.01, 2000-01-01, 20000101, 01/31/2000 or 31JAN2000,
// times as 12:34:56.789 or 123456789, and ints as IP addresses
// ("192.168.1.34"). t may be an atom type (negative) or the matching vector
// type. It returns the atom and true, or the null of t and false when s is
// not a valid atom of t (Tok's result in that case is the null).
// Booleans, chars and symbols never fail.
func ParseAtom(t k.Type, s string) (k.Value, bool) { return ParseAtomIn(t, s, false) }

// ParseAtomIn is ParseAtom with dates written with slashes read as
// dd/mm/[yy]yy when dayFirst (q's \z 1), else as mm/dd/[yy]yy (\z 0).
func ParseAtomIn(t k.Type, s string, dayFirst bool) (k.Value, bool) {
	if t > 0 {
		t = -t
	}
	s = strings.Trim(s, " \t\r\n")
	switch t {
	case -k.KB:
		return k.B(s != "" && strings.IndexByte("txyTXY1", s[0]) >= 0), true
	case -k.KG:
		g, ok := parseGUID(s)
		return k.G(g), ok
	case -k.KX:
		return parseByteText(s)
	case -k.KH, -k.KI, -k.KJ:
		return parseIntText(t, s)
	case -k.KE, -k.KF:
		f, ok := parseFloatText(s)
		if !ok {
			return k.Null(t), false
		}
		if t == -k.KE {
			return k.E(float32(f)), true
		}
		return k.F(f), true
	case -k.KC:
		if s == "" {
			return k.C(' '), true
		}
		return k.C(s[0]), true
	case -k.KS:
		return k.S(s), true
	case -k.KP, -k.KZ:
		days, ns, ok := parseStamp(s, dayFirst)
		if !ok {
			return k.Null(t), false
		}
		if t == -k.KZ {
			return k.Atom[float64]{T: -k.KZ, V: float64(days) + float64(ns)/float64(k.NsPerDay)}, true
		}
		return k.Atom[int64]{T: -k.KP, V: stampNs(days, ns)}, true
	case -k.KM:
		m, ok := parseMonth(s)
		return k.Atom[int32]{T: -k.KM, V: m}, ok
	case -k.KD:
		d, ok := parseDate(s, dayFirst)
		return k.Atom[int32]{T: -k.KD, V: d}, ok
	case -k.KN:
		ns, ok := parseSpan(s)
		return k.Atom[int64]{T: -k.KN, V: ns}, ok
	case -k.KU, -k.KV, -k.KT:
		v, ok := parseTimeOfDay(t, s)
		return k.Atom[int32]{T: t, V: v}, ok
	}
	return k.Null(t), false
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

// atoi reads a string of digits known to be short enough not to overflow.
func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// atoi64 reads s, all digits, as an int64 (on every platform, where
// atoi's int may be 32 bits).
func atoi64(s string) int64 {
	var n int64
	for i := 0; i < len(s); i++ {
		n = n*10 + int64(s[i]-'0')
	}
	return n
}

func hexVal(c byte) int {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case 'a' <= c && c <= 'f':
		return int(c-'a') + 10
	case 'A' <= c && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

func parseGUID(s string) (k.GUID, bool) {
	var g k.GUID
	h := strings.ReplaceAll(s, "-", "")
	if len(h) != 32 || (len(s) != 32 && len(s) != 36) {
		return k.GUID{}, false
	}
	for i := range 16 {
		a, b := hexVal(h[2*i]), hexVal(h[2*i+1])
		if a < 0 || b < 0 {
			return k.GUID{}, false
		}
		g[i] = byte(a<<4 | b)
	}
	return g, true
}

func parseByteText(s string) (k.Value, bool) {
	s = strings.TrimPrefix(s, "0x")
	if s == "" || len(s) > 2 {
		return k.X(0), false
	}
	v := 0
	for i := 0; i < len(s); i++ {
		h := hexVal(s[i])
		if h < 0 {
			return k.X(0), false
		}
		v = v<<4 | h
	}
	return k.X(byte(v)), true
}

// intNull reports the null and infinity of an integer-like type.
func intBounds(t k.Type) (null, inf int64) {
	switch t {
	case -k.KH:
		return int64(k.NH), int64(k.WH)
	case -k.KJ, -k.KP, -k.KN:
		return k.NJ, k.WJ
	}
	return int64(k.NI), int64(k.WI)
}

func intAtom(t k.Type, v int64) k.Value {
	switch t {
	case -k.KH:
		return k.H(int16(v))
	case -k.KJ, -k.KP, -k.KN:
		return k.Atom[int64]{T: t, V: v}
	}
	return k.Atom[int32]{T: t, V: int32(v)}
}

func parseIntText(t k.Type, s string) (k.Value, bool) {
	null, inf := intBounds(t)
	neg := strings.HasPrefix(s, "-")
	body := strings.TrimPrefix(s, "-")
	if !neg {
		body = strings.TrimPrefix(s, "+") // "J"$"+16" is 16, as strtol reads it
	}
	switch body {
	case "0N":
		return intAtom(t, null), true
	case "0W":
		if neg {
			return intAtom(t, -inf), true
		}
		return intAtom(t, inf), true
	}
	if t == -k.KI && strings.Count(s, ".") == 3 {
		return parseIP(s)
	}
	if !allDigits(body) {
		return intAtom(t, null), false
	}
	v, err := strconv.ParseInt(body, 10, 64)
	if err != nil || v > inf {
		return intAtom(t, null), false
	}
	if neg {
		v = -v
	}
	return intAtom(t, v), true
}

func parseIP(s string) (k.Value, bool) {
	var v uint32
	for _, part := range strings.Split(s, ".") {
		if !allDigits(part) || len(part) > 3 || atoi(part) > 255 {
			return k.I(k.NI), false
		}
		v = v<<8 | uint32(atoi(part))
	}
	return k.I(int32(v)), true
}

// isFloatText reports whether s (unsigned) is digits[.digits][e[-+]digits]
// or .digits[...], with at least one mantissa digit.
func isFloatText(s string) bool {
	i, digits := 0, 0
	for i < len(s) && isDigit(s[i]) {
		i++
		digits++
	}
	if i < len(s) && s[i] == '.' {
		i++
		for i < len(s) && isDigit(s[i]) {
			i++
			digits++
		}
	}
	if digits == 0 {
		return false
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '-' || s[i] == '+') {
			i++
		}
		if i == len(s) || !isDigit(s[i]) {
			return false
		}
		for i < len(s) && isDigit(s[i]) {
			i++
		}
	}
	return i == len(s)
}

func parseFloatText(s string) (float64, bool) {
	neg := strings.HasPrefix(s, "-")
	body := strings.TrimPrefix(s, "-")
	if !neg {
		body = strings.TrimPrefix(s, "+")
	}
	var f float64
	switch body {
	case "0n", "0N", "0Nf", "0Ne":
		return math.NaN(), true
	case "0w", "0W", "0We", "0Wf":
		f = math.Inf(1)
	default:
		if !isFloatText(body) {
			return math.NaN(), false
		}
		f, _ = strconv.ParseFloat(body, 64) // range errors give ±Inf or 0, as q
	}
	if neg {
		f = -f
	}
	return f, true
}

// monthNames are the three-letter month names Tok reads in dates.
var monthNames = [...]string{"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"}

func monthOf(s string) int {
	if allDigits(s) && len(s) <= 2 {
		return atoi(s)
	}
	u := strings.ToUpper(s)
	for i, m := range monthNames {
		if u == m {
			return i + 1
		}
	}
	return 0
}

// year2 widens a two-digit year as q does: 00-49 is 20xx, 50-99 19xx.
func year2(y int) int {
	if y < 50 {
		return 2000 + y
	}
	return 1900 + y
}

func mkDate(y, m, d int) (int32, bool) {
	if y < 1 || y > 9999 || !k.ValidYMD(y, m, d) {
		return k.NI, false
	}
	return k.DaysFromYMD(y, m, d), true
}

// parseDotDate reads exactly yyyy.mm.dd, the form of a date literal.
// dateDays reads yyyy.mm.ddn..., the date of a timestamp written as a date
// followed by a timespan of whole days (2000.01.010D is 2000.01.01 and 0D):
// the date moved on by those days.
func dateDays(s string) (int32, bool) {
	if len(s) <= 10 || len(s) > 16 || !allDigits(s[10:]) {
		return k.NI, false
	}
	d, ok := parseDotDate(s[:10])
	if !ok {
		return k.NI, false
	}
	n := atoi(s[10:])
	if n > 106751 { // the most days a timespan holds
		return k.NI, false
	}
	return d + int32(n), true
}

func parseDotDate(s string) (int32, bool) {
	if len(s) != 10 || s[4] != '.' || s[7] != '.' || !allDigits(s[:4]) || !allDigits(s[5:7]) || !allDigits(s[8:]) {
		return k.NI, false
	}
	return mkDate(atoi(s[:4]), atoi(s[5:7]), atoi(s[8:]))
}

// parseDate reads the date forms Tok accepts: yyyy.mm.dd, yyyy-mm-dd,
// yyyy/mm/dd (or with a month name), [yy]yymmdd, ddMMM[yy]yy and
// mm/dd/[yy]yy (q's default \z 0; dd/mm/[yy]yy when dayFirst, \z 1). A
// time part after D, T or a blank is ignored.
func parseDate(s string, dayFirst bool) (int32, bool) {
	whole := s
	s, _ = cutClock(s)
	if len(s) < len(whole) && whole[len(s)] == 'D' {
		if d, ok := dateDays(s); ok {
			return d, true
		}
	}
	switch {
	case len(s) == 8 && allDigits(s):
		return mkDate(atoi(s[:4]), atoi(s[4:6]), atoi(s[6:]))
	case len(s) == 6 && allDigits(s):
		return mkDate(year2(atoi(s[:2])), atoi(s[2:4]), atoi(s[4:]))
	case (len(s) == 9 || len(s) == 7) && allDigits(s[:2]) && allDigits(s[5:]):
		if m := monthOf(s[2:5]); m > 0 && !allDigits(s[2:5]) {
			y := atoi(s[5:])
			if len(s) == 7 {
				y = year2(y)
			}
			return mkDate(y, m, atoi(s[:2]))
		}
	}
	for _, sep := range []string{".", "-", "/", " "} {
		p := strings.Split(s, sep)
		if len(p) != 3 || !allDigits(p[2]) {
			continue
		}
		if sep == " " {
			// 04 Jun 2013, as in an RFC 2822 date
			if len(p[0]) <= 2 && allDigits(p[0]) && len(p[2]) == 4 && !allDigits(p[1]) {
				return mkDate(atoi(p[2]), monthOf(p[1]), atoi(p[0]))
			}
			continue
		}
		if len(p[0]) == 4 && allDigits(p[0]) && len(p[2]) <= 2 {
			return mkDate(atoi(p[0]), monthOf(p[1]), atoi(p[2]))
		}
		if sep == "/" && len(p[1]) <= 2 && allDigits(p[1]) && (len(p[2]) == 4 || len(p[2]) == 2) {
			y := atoi(p[2])
			if len(p[2]) == 2 {
				y = year2(y)
			}
			if dayFirst {
				return mkDate(y, monthOf(p[1]), atoi(p[0]))
			}
			return mkDate(y, monthOf(p[0]), atoi(p[1]))
		}
	}
	return k.NI, false
}

// cutClock splits a timestamp's text at the D, T or blank between its
// date and its clock: one with a digit before it and a digit or nothing
// after it (so not the D of a month name such as DEC).
func cutClock(s string) (date, clock string) {
	for i := 1; i < len(s); i++ {
		if c := s[i]; (c == 'D' || c == 'T' || c == ' ') && isDigit(s[i-1]) && (i+1 == len(s) || isDigit(s[i+1])) {
			return s[:i], s[i+1:]
		}
	}
	return s, ""
}

// parseMonth reads yyyy.mm, yyyy-mm or yyyymm, or a full date.
func parseMonth(s string) (int32, bool) {
	if len(s) == 7 && (s[4] == '.' || s[4] == '-') && allDigits(s[:4]) && allDigits(s[5:]) {
		s = s[:4] + s[5:]
	}
	if len(s) == 6 && allDigits(s) {
		y, m := atoi(s[:4]), atoi(s[4:])
		if m < 1 || m > 12 {
			return k.NI, false
		}
		return int32((y-2000)*12 + m - 1), true
	}
	if d, ok := parseDate(s, false); ok {
		y, m, _ := k.YMD(d)
		return int32((y-2000)*12 + m - 1), true
	}
	return k.NI, false
}

// parseClock reads h[h...][:mm[:ss[.fffffffff]]] into nanoseconds. parts
// is the number of fields present (1 to 3) plus one when there is a
// fraction; frac is the number of fraction digits. A colon may stand for
// the dot before the fraction (09:04:59:000, as docs/kb/faq.md inserts a
// time).
func parseClock(s string) (ns int64, parts, frac int, ok bool) {
	if s == "" {
		return 0, 0, 0, false
	}
	if strings.Count(s, ":") == 3 && !strings.Contains(s, ".") {
		i := strings.LastIndexByte(s, ':')
		s = s[:i] + "." + s[i+1:]
	}
	fields := strings.SplitN(s, ":", 3)
	last := fields[len(fields)-1]
	if dot := strings.IndexByte(last, '.'); dot >= 0 {
		if len(fields) < 3 {
			return 0, 0, 0, false
		}
		f := last[dot+1:]
		if len(f) > 9 || (f != "" && !allDigits(f)) {
			return 0, 0, 0, false
		}
		frac = len(f)
		ns = int64(atoi((f + "000000000")[:9]))
		fields[len(fields)-1] = last[:dot]
		parts = 1
	}
	h := fields[0]
	if !allDigits(h) || len(h) > 6 {
		return 0, 0, 0, false
	}
	ns += int64(atoi(h)) * 3600 * k.NsPerSec
	for i, f := range fields[1:] {
		if len(f) != 2 || !allDigits(f) || atoi(f) > 59 {
			return 0, 0, 0, false
		}
		unit := int64(60)
		if i == 1 {
			unit = 1
		}
		ns += int64(atoi(f)) * unit * k.NsPerSec
	}
	return ns, parts + len(fields), frac, true
}

// digitClock reads the all-digit clock forms hh, hhmm, hhmmss and
// hhmmss followed by up to nine fraction digits.
func digitClock(s string) (int64, bool) {
	if !allDigits(s) || len(s) < 2 || len(s)%2 == 1 && len(s) < 6 || len(s) > 15 {
		return 0, false
	}
	for len(s) < 6 {
		s += "00"
	}
	if atoi(s[2:4]) > 59 || atoi(s[4:6]) > 59 {
		return 0, false
	}
	ns := (int64(atoi(s[:2]))*3600 + int64(atoi(s[2:4]))*60 + int64(atoi(s[4:6]))) * k.NsPerSec
	return ns + int64(atoi((s[6:] + "000000000")[:9])), true
}

// parseStamp reads a timestamp or datetime: a date, optionally followed by
// D, T, a blank (or a dash after an 8-digit date) and a clock; or seconds
// since 1970 as 9 to 11 digits with an optional fraction.
func parseStamp(s string, dayFirst bool) (days int32, ns int64, ok bool) {
	if u, f, _ := strings.Cut(s, "."); len(u) >= 9 && len(u) <= 11 && allDigits(u) && (f == "" || allDigits(f) && len(f) <= 9) {
		sec := atoi64(u) - 946684800
		total := sec*k.NsPerSec + int64(atoi((f + "000000000")[:9]))
		days = int32(floorDiv(total, k.NsPerDay))
		return days, total - int64(days)*k.NsPerDay, true
	}
	date, clock := cutClock(s)
	if date == s && len(s) > 9 && s[8] == '-' && allDigits(s[:8]) {
		date, clock = s[:8], s[9:]
	}
	days, ok = parseDate(date, dayFirst)
	if !ok && strings.IndexByte(s, 'D') == len(date) {
		days, ok = dateDays(date) // 2000.01.010D: parseDate saw no D
	}
	if !ok {
		return 0, 0, false
	}
	if clock == "" {
		return days, 0, true
	}
	if ns, _, _, ok = parseClock(clock); !ok {
		if ns, ok = digitClock(clock); !ok {
			return 0, 0, false
		}
	}
	return days, ns, true
}

// stampNs is the timestamp of a day and a time within it, clamped to
// ±0Wp outside the range of timestamps as q does.
func stampNs(days int32, ns int64) int64 {
	f := float64(days)*float64(k.NsPerDay) + float64(ns)
	switch {
	case f >= float64(k.WJ):
		return k.WJ
	case f <= -float64(k.WJ):
		return -k.WJ
	}
	return int64(days)*k.NsPerDay + ns
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// parseSpan reads a timespan: [-]nD[clock], a clock with at least hours
// and minutes, or the all-digit clock forms.
func parseSpan(s string) (int64, bool) {
	neg := strings.HasPrefix(s, "-")
	body := strings.TrimPrefix(s, "-")
	var ns int64
	if d, clock, found := strings.Cut(body, "D"); found {
		if !allDigits(d) || len(d) > 6 || atoi(d) > 106751 {
			return k.NJ, false
		}
		ns = int64(atoi(d)) * k.NsPerDay
		if clock != "" {
			c, _, _, ok := parseClock(clock)
			if !ok || c > math.MaxInt64-ns {
				return k.NJ, false
			}
			ns += c
		}
	} else if c, parts, _, ok := parseClock(body); ok && parts >= 2 {
		ns = c
	} else if c, ok := digitClock(body); ok {
		ns = c
	} else {
		return k.NJ, false
	}
	if neg {
		ns = -ns
	}
	return ns, true
}

// parseTimeOfDay reads a minute, second or time (t is -KU, -KV or -KT)
// from a clock or an all-digit clock, truncating finer fields.
func parseTimeOfDay(t k.Type, s string) (int32, bool) {
	neg := strings.HasPrefix(s, "-")
	body := strings.TrimPrefix(strings.TrimPrefix(s, "-"), "+") // +0900: a zone offset
	ns, parts, _, ok := parseClock(body)
	if !ok || parts < 2 {
		if ns, ok = digitClock(body); !ok {
			return k.NI, false
		}
	}
	unit := k.NsPerSec / 1000
	switch t {
	case -k.KU:
		unit = 60 * k.NsPerSec
	case -k.KV:
		unit = k.NsPerSec
	}
	v := ns / unit
	if v > math.MaxInt32 {
		return k.NI, false
	}
	if neg {
		v = -v
	}
	return int32(v), true
}
