// This file renders single items: numbers, temporal values, guids, and the
// spellings of q's nulls and infinities.

package format

import (
	"math"
	"slices"
	"strconv"

	"qgo/interp/k"
)

// kind tells a regular value from the null and the two infinities, which
// every form spells differently.
type kind uint8

const (
	regular kind = iota
	null
	posInf
	negInf
)

// item is one item's bare text and kind. The text is empty unless the kind
// is regular.
type item struct {
	s string
	k kind
}

// int16Item renders a short. q has no display for the short infinities:
// 0Wh prints as 32767h (docs/basics/datatypes.md, "To infinity and beyond").
func int16Item(x int16) item {
	if x == k.NH {
		return item{k: null}
	}
	return item{s: strconv.Itoa(int(x))}
}

// int32Item renders an int, month, date, minute, second or time.
func int32Item(t k.Type, x int32) item {
	switch x {
	case k.NI:
		return item{k: null}
	case k.WI:
		return item{k: posInf}
	case -k.WI:
		return item{k: negInf}
	}
	switch t {
	case k.KM:
		return item{s: month(x)}
	case k.KD:
		return item{s: date(x)}
	case k.KU:
		return item{s: minute(x)}
	case k.KV:
		return item{s: second(x)}
	case k.KT:
		return item{s: timeOfDay(x)}
	}
	return item{s: strconv.Itoa(int(x))}
}

// int64Item renders a long, timestamp or timespan.
func int64Item(t k.Type, x int64) item {
	switch x {
	case k.NJ:
		return item{k: null}
	case k.WJ:
		return item{k: posInf}
	case -k.WJ:
		return item{k: negInf}
	}
	switch t {
	case k.KP:
		return item{s: timestamp(x)}
	case k.KN:
		return item{s: timespan(x)}
	}
	return item{s: strconv.FormatInt(x, 10)}
}

// float64Item renders a float or a datetime.
func float64Item(t k.Type, x float64, o Options) item {
	switch {
	case x != x:
		return item{k: null}
	case math.IsInf(x, 1):
		return item{k: posInf}
	case math.IsInf(x, -1):
		return item{k: negInf}
	}
	if t == k.KZ {
		return item{s: datetime(x)}
	}
	return item{s: floatText(x, o.digits())}
}

// float32Item renders a real.
func float32Item(x float32, o Options) item {
	f := float64(x)
	switch {
	case f != f:
		return item{k: null}
	case math.IsInf(f, 1):
		return item{k: posInf}
	case math.IsInf(f, -1):
		return item{k: negInf}
	}
	d := o.digits()
	if d > 9 {
		d = 9 // a real has no more digits to show
	}
	return item{s: floatText(f, d)}
}

// atomItem renders an atom of a number or temporal type.
func atomItem(v k.Value, o Options) item {
	switch x := v.(type) {
	case k.Atom[int16]:
		return int16Item(x.V)
	case k.Atom[int32]:
		return int32Item(-x.T, x.V)
	case k.Atom[int64]:
		return int64Item(-x.T, x.V)
	case k.Atom[float32]:
		return float32Item(x.V, o)
	case k.Atom[float64]:
		return float64Item(-x.T, x.V, o)
	}
	panic("format: not a numeric atom")
}

// floatText is C's %.*g, which is what q prints floats with: 7 significant
// digits by default, exponent form below 1e-4 and from 10^digits up
// (docs/basics/syscmds.md, \P: 123456789f prints 1.234568e+08).
func floatText(f float64, digits int) string {
	return strconv.FormatFloat(f, 'g', digits, 64)
}

// nullText is how a null item is spelled inside a vector.
func nullText(t k.Type) string {
	if t == k.KF {
		return "0n"
	}
	return "0N"
}

// infText is how an infinite item is spelled: 0W for the integer-based types,
// 0w for float, real and datetime (0we, 0wz; docs/basics/datatypes.md).
func infText(t k.Type, kd kind) string {
	s := "0W"
	if t == k.KF || t == k.KE || t == k.KZ {
		s = "0w"
	}
	if kd == negInf {
		return "-" + s
	}
	return s
}

// vecText is an item's text inside a vector or an atom's display, before
// any type suffix: nulls are 0N (0n for floats).
func (it item) vecText(t k.Type) string {
	switch it.k {
	case null:
		return nullText(t)
	case posInf, negInf:
		return infText(t, it.k)
	}
	return it.s
}

// cellText is an item's text as `string` gives it and as table cells show
// it: nulls are empty.
func (it item) cellText(t k.Type) string {
	switch it.k {
	case null:
		return ""
	case posInf, negInf:
		return infText(t, it.k)
	}
	return it.s
}

// String returns what q's `string` keyword gives for an atom: the text
// without type suffix or quotes (e.g. `string 1.5` is "1.5", `string `abc`
// is "abc", `string 2000.01.01` is "2000.01.01", `string 1i` is "1"). Nulls
// give "" (as q, whose string 0Nd is ""), infinities 0W or 0w. Called per
// atom by the string keyword; for any other value it returns Repr, which is
// what `string` gives for functions (`string {x*x}` is "{x*x}").
func String(a k.Value, o Options) string {
	switch x := a.(type) {
	case k.Atom[bool]:
		if x.V {
			return "1"
		}
		return "0"
	case k.Atom[uint8]:
		if x.T == -k.KX {
			return hexByte(x.V)
		}
		return string([]byte{x.V})
	case k.Atom[string]:
		return x.V
	case k.Atom[k.GUID]:
		return guid(x.V)
	case k.Atom[int16], k.Atom[int32], k.Atom[int64], k.Atom[float32], k.Atom[float64]:
		return atomItem(a, o).cellText(-a.Type())
	case k.EnumAtom:
		if v := x.Resolve(); v != nil && k.IsAtom(v) {
			return String(v, o)
		}
	}
	return Repr(a, o)
}

const hexDigits = "0123456789abcdef"

func hexByte(b byte) string { return string([]byte{hexDigits[b>>4], hexDigits[b&15]}) }

// guid renders a guid as 8-4-4-4-12 lower-case hex digits.
func guid(g k.GUID) string {
	b := make([]byte, 0, 36)
	for i, c := range g {
		if i == 4 || i == 6 || i == 8 || i == 10 {
			b = append(b, '-')
		}
		b = append(b, hexDigits[c>>4], hexDigits[c&15])
	}
	return string(b)
}

// digitPairs is "00" to "99", two digits for each number below 100.
const digitPairs = "0001020304050607080910111213141516171819" +
	"2021222324252627282930313233343536373839" +
	"4041424344454647484950515253545556575859" +
	"6061626364656667686970717273747576777879" +
	"8081828384858687888990919293949596979899"

// appendPad appends n in decimal with at least w digits, written in place
// from the last two at a time (a date and a time of day are seven fields).
func appendPad(b []byte, n int64, w int) []byte {
	if n < 0 {
		return appendPadSigned(b, n, w)
	}
	u := uint64(n)
	d := 1
	for p := uint64(10); d < 20 && u >= p; p *= 10 {
		d++
	}
	d = max(d, w)
	l := len(b)
	if cap(b)-l < d {
		b = slices.Grow(b, d)
	}
	b = b[:l+d]
	for i := l + d; i > l; {
		if i-l >= 2 {
			r := u % 100
			u /= 100
			i -= 2
			b[i], b[i+1] = digitPairs[2*r], digitPairs[2*r+1]
		} else {
			i--
			b[i] = byte('0' + u)
		}
	}
	return b
}

// append2 is appendPad(b, n, 2), the width of most fields of a date or a
// time, with one table read for n below 100.
func append2(b []byte, n int64) []byte {
	if uint64(n) < 100 {
		return append(b, digitPairs[2*n], digitPairs[2*n+1])
	}
	return appendPad(b, n, 2)
}

// appendPadSigned is appendPad's first form, kept for a negative n.
func appendPadSigned(b []byte, n int64, w int) []byte {
	var d [20]byte
	i := len(d)
	for n > 0 || w > 0 || i == len(d) {
		i--
		d[i] = byte('0' + n%10)
		n /= 10
		w--
	}
	return append(b, d[i:]...)
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// appendDate appends a q date (days since 2000.01.01) as yyyy.mm.dd. Dates
// outside 0001.01.01..9999.12.31 print as 0000.00.00
// (docs/basics/datatypes.md, Temporal).
func appendDate(b []byte, days int64) []byte {
	if days < -730119 || days > 2921939 {
		return append(b, "0000.00.00"...)
	}
	y, m, d := k.YMD(int32(days))
	b = appendPad(b, int64(y), 4)
	b = append(b, '.')
	b = append2(b, int64(m))
	b = append(b, '.')
	return append2(b, int64(d))
}

// appendClock appends a non-negative duration in units of 10^-frac seconds
// as hh:mm:ss with frac fractional digits; hours may exceed 24.
func appendClock(b []byte, x int64, frac int) []byte {
	unit := int64(1)
	for range frac {
		unit *= 10
	}
	s := x / unit
	b = append2(b, s/3600)
	b = append(b, ':')
	b = append2(b, s/60%60)
	b = append(b, ':')
	b = append2(b, s%60)
	if frac > 0 {
		b = append(b, '.')
		b = appendPad(b, x%unit, frac)
	}
	return b
}

func date(d int32) string { return string(appendDate(nil, int64(d))) }

func month(m int32) string {
	y := 2000 + floorDiv(int64(m), 12)
	mo := int64(m) - (y-2000)*12 + 1
	if y < 1 || y > 9999 {
		return "0000.00"
	}
	b := appendPad(nil, y, 4)
	b = append(b, '.')
	return string(appendPad(b, mo, 2))
}

// signed splits x into a sign prefix and its magnitude.
func signed(x int64) ([]byte, int64) {
	if x < 0 {
		return []byte{'-'}, -x
	}
	return nil, x
}

func minute(x int32) string {
	b, a := signed(int64(x))
	b = appendPad(b, a/60, 2)
	b = append(b, ':')
	return string(appendPad(b, a%60, 2))
}

func second(x int32) string {
	b, a := signed(int64(x))
	return string(appendClock(b, a, 0))
}

func timeOfDay(x int32) string {
	b, a := signed(int64(x))
	return string(appendClock(b, a, 3))
}

// timestamp renders nanoseconds since 2000.01.01 as dateDhh:mm:ss.nnnnnnnnn.
func timestamp(ns int64) string { return string(appendTimestamp(make([]byte, 0, 29), ns)) }

// appendTimestamp appends what timestamp gives.
func appendTimestamp(b []byte, ns int64) []byte {
	days := floorDiv(ns, k.NsPerDay)
	b = appendDate(b, days)
	b = append(b, 'D')
	return appendClock(b, ns-days*k.NsPerDay, 9)
}

// timespan renders nanoseconds as [-]dDhh:mm:ss.nnnnnnnnn
// (docs/basics/datatypes.md: -106751D23:47:16.854775806).
func timespan(ns int64) string {
	b, a := signed(ns)
	b = strconv.AppendInt(b, a/k.NsPerDay, 10)
	b = append(b, 'D')
	return string(appendClock(b, a%k.NsPerDay, 9))
}

// datetime renders days since 2000.01.01 as dateThh:mm:ss.mmm, to the
// nearest millisecond.
func datetime(f float64) string {
	const msPerDay = 86400000
	if math.Abs(f) > 4e6 {
		return "0000.00.00T00:00:00.000"
	}
	ms := int64(math.Floor(f*msPerDay + 0.5))
	days := floorDiv(ms, msPerDay)
	b := appendDate(make([]byte, 0, 23), days)
	b = append(b, 'T')
	return string(appendClock(b, ms-days*msPerDay, 3))
}
