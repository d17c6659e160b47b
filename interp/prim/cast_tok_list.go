// This file parses a list of strings as longs, ints, floats, dates or
// symbols into one vector: "J"$ of a million strings boxed each answer as an atom,
// made a Go string of each text first, then unified the atoms. A text of
// the plain form (a sign and digits, a point among floats' digits,
// yyyy.mm.dd) is read where it lies; any other goes through tokString,
// as before, so that every form Tok knows reads as it did.

package prim

import (
	"bytes"
	"strconv"
	"unsafe"

	"qgo/interp/k"
)

// tokStrings is t$y for the items of a list y when every one is a string
// and t is a long, int, float, date or symbol; nil otherwise.
func tokStrings(t k.Type, items []k.Value, dayFirst bool) k.Value {
	if t != k.KJ && t != k.KI && t != k.KF && t != k.KD && t != k.KS {
		return nil
	}
	for _, it := range items {
		if v, ok := it.(*k.Vec[uint8]); !ok || v.T != k.KC {
			return nil
		}
	}
	k.Reserve(len(items), 8)
	text := func(i int) []byte { return items[i].(*k.Vec[uint8]).V }
	slow := func(i int) k.Value { return tokString(t, string(text(i)), dayFirst) }
	switch t {
	case k.KJ:
		out := make([]int64, len(items))
		for i := range out {
			if v, ok := plainInt(text(i)); ok {
				out[i] = v
			} else {
				out[i] = slow(i).(k.Atom[int64]).V
			}
		}
		return &k.Vec[int64]{T: t, V: out}
	case k.KI:
		out := make([]int32, len(items))
		for i := range out {
			if v, ok := plainInt(text(i)); ok && v <= int64(k.WI) && v >= -int64(k.WI) {
				out[i] = int32(v)
			} else {
				out[i] = slow(i).(k.Atom[int32]).V
			}
		}
		return &k.Vec[int32]{T: t, V: out}
	case k.KS:
		out := make([]string, len(items))
		for i := range out {
			out[i] = string(bytes.Trim(text(i), " \t\r\n")) // as ParseAtomIn trims
		}
		return &k.Vec[string]{T: t, V: out}
	case k.KF:
		out := make([]float64, len(items))
		for i := range out {
			if s := text(i); plainFloat(s) {
				// the text is only read: no copy of it is kept
				out[i], _ = strconv.ParseFloat(unsafe.String(unsafe.SliceData(s), len(s)), 64)
			} else {
				out[i] = slow(i).(k.Atom[float64]).V
			}
		}
		return &k.Vec[float64]{T: t, V: out}
	}
	out := make([]int32, len(items))
	for i := range out {
		if d, ok := plainDate(text(i)); ok {
			out[i] = d
		} else {
			out[i] = slow(i).(k.Atom[int32]).V
		}
	}
	return &k.Vec[int32]{T: t, V: out}
}

// plainInt reads s when it is an optional minus and 1 to 18 digits.
func plainInt(s []byte) (int64, bool) {
	neg := len(s) > 0 && s[0] == '-'
	if neg {
		s = s[1:]
	}
	if len(s) == 0 || len(s) > 18 {
		return 0, false
	}
	var v int64
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0, false
		}
		v = v*10 + int64(c-'0')
	}
	if neg {
		v = -v
	}
	return v, true
}

// plainFloat reports whether s is an optional minus, digits and at most
// one point among them, at most 40 bytes.
func plainFloat(s []byte) bool {
	if len(s) > 0 && s[0] == '-' {
		s = s[1:]
	}
	if len(s) == 0 || len(s) > 40 {
		return false
	}
	digits, points := 0, 0
	for _, c := range s {
		switch {
		case c >= '0' && c <= '9':
			digits++
		case c == '.':
			points++
		default:
			return false
		}
	}
	return digits > 0 && points <= 1
}

// plainDate reads s when it is a valid date written yyyy.mm.dd.
func plainDate(s []byte) (int32, bool) {
	if len(s) != 10 || s[4] != '.' || s[7] != '.' {
		return 0, false
	}
	num := func(b []byte) int {
		v := 0
		for _, c := range b {
			if c < '0' || c > '9' {
				return -1
			}
			v = v*10 + int(c-'0')
		}
		return v
	}
	y, m, d := num(s[:4]), num(s[5:7]), num(s[8:])
	if y < 1 || m < 0 || d < 0 || !k.ValidYMD(y, m, d) {
		return 0, false
	}
	return k.DaysFromYMD(y, m, d), true
}
