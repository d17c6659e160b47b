// This file reads numeric and temporal literals, alone or in vector
// notation (`1 2 3h`, `2000.01.01 2000.01.02`), into q values.

package syntax

import (
	"math"
	"strconv"
	"strings"

	"qgo/interp/k"
)

// suffixType maps a literal's type suffix letter to its atom type.
var suffixType = map[byte]k.Type{
	'h': -k.KH, 'i': -k.KI, 'j': -k.KJ, 'e': -k.KE, 'f': -k.KF,
	'p': -k.KP, 'm': -k.KM, 'd': -k.KD, 'z': -k.KZ, 'n': -k.KN,
	'u': -k.KU, 'v': -k.KV, 't': -k.KT,
}

// item is one number of vector notation.
type item struct {
	v       k.Value
	suf     byte   // the explicit type suffix, or 0
	generic bool   // 0N, 0W or -0W with no suffix: takes the vector's type
	body    string // the text without sign and suffix
	neg     bool
}

// numWordEnd returns the end of the number word that starts at i: letters,
// digits and dots, a colon followed by a digit (clocks), and a minus after
// an exponent's e.
func numWordEnd(s string, i int) int {
	hex := strings.HasPrefix(s[i:], "0x")
	j := i
	for j < len(s) {
		c := s[j]
		switch {
		case isAlnum(c) || c == '.':
		case c == ':' && j+1 < len(s) && isDigit(s[j+1]):
		case c == '-' && !hex && j > i && s[j-1] == 'e' && j+1 < len(s) && isDigit(s[j+1]):
		default:
			return j
		}
		j++
	}
	return j
}

// isBoolWord reports whether w is boolean vector notation (101b).
func isBoolWord(w string) bool {
	if len(w) < 2 || w[len(w)-1] != 'b' {
		return false
	}
	for i := 0; i < len(w)-1; i++ {
		if w[i] != '0' && w[i] != '1' {
			return false
		}
	}
	return true
}

// isSoloWord reports whether w is a literal that never joins a vector:
// booleans and bytes, which have their own vector notation.
func isSoloWord(w string) bool {
	return isBoolWord(w) || strings.HasPrefix(w, "0x")
}

// boolValue reads 101b.
func boolValue(w string) k.Value {
	bs := make([]bool, len(w)-1)
	for i := range bs {
		bs[i] = w[i] == '1'
	}
	if len(bs) == 1 {
		return k.B(bs[0])
	}
	return k.Bools(bs...)
}

// byteValue reads 0x0102ff; an odd number of digits is padded on the left.
func byteValue(w string) (k.Value, bool) {
	h := w[2:]
	if len(h)%2 == 1 {
		h = "0" + h
	}
	bs := make([]byte, len(h)/2)
	for i := range bs {
		a, b := hexVal(h[2*i]), hexVal(h[2*i+1])
		if a < 0 || b < 0 {
			return nil, false
		}
		bs[i] = byte(a<<4 | b)
	}
	if len(bs) == 1 {
		return k.X(bs[0]), true
	}
	return &k.Vec[uint8]{T: k.KX, V: bs}, true
}

// parseItem reads one number word w (a leading minus included).
func parseItem(w string) (item, bool) {
	it := item{neg: strings.HasPrefix(w, "-")}
	w = strings.TrimPrefix(w, "-")
	if len(w) >= 2 && w[0] == '0' && strings.IndexByte("NWnw", w[1]) >= 0 {
		return specialItem(it, w)
	}
	if n := len(w); n >= 2 && suffixType[w[n-1]] != 0 {
		it.suf, it.body = w[n-1], w[:n-1]
		v, ok := literalAs(suffixType[it.suf], it.body)
		it.v = v
		return it.negate(), ok
	}
	it.body = w
	v, ok := inferLiteral(w)
	it.v = v
	return it.negate(), ok
}

// specialItem reads the nulls and infinities 0N 0W 0n 0w, with an
// optional type suffix (0Nh, 0Wp, 0we, 0Ng).
func specialItem(it item, w string) (item, bool) {
	it.body = w[:2]
	if len(w) > 3 {
		return it, false
	}
	if len(w) == 3 {
		it.suf = w[2]
	}
	switch {
	case it.suf == 0 && (w[1] == 'N' || w[1] == 'W'):
		it.generic = true
		it.v = nullOrInf(-k.KJ, w[1] == 'W')
	case it.suf == 0:
		it.v = nullOrInf(-k.KF, w[1] == 'w')
	case it.suf == 'g' && (w[1] == 'N' || w[1] == 'n'):
		it.v = k.Null(-k.KG)
	case suffixType[it.suf] == 0:
		return it, false
	default:
		// with a type suffix the case of n or w does not matter (0wu is 0Wu)
		it.v = nullOrInf(suffixType[it.suf], w[1] == 'W' || w[1] == 'w')
	}
	return it.negate(), true
}

// nullOrInf gives the null or the (positive) infinity of atom type t.
func nullOrInf(t k.Type, inf bool) k.Value {
	if !inf {
		return k.Null(t)
	}
	switch t {
	case -k.KE:
		return k.E(float32(math.Inf(1)))
	case -k.KF, -k.KZ:
		return k.Atom[float64]{T: t, V: math.Inf(1)}
	}
	_, w := intBounds(t)
	return intAtom(t, w)
}

// negate applies the item's minus sign to its value; nulls stay null.
func (it item) negate() item {
	if !it.neg || it.v == nil {
		return it
	}
	switch a := it.v.(type) {
	case k.Atom[int16]:
		if a.V != k.NH {
			a.V = -a.V
		}
		it.v = a
	case k.Atom[int32]:
		if a.V != k.NI {
			a.V = -a.V
		}
		it.v = a
	case k.Atom[int64]:
		if a.V != k.NJ {
			a.V = -a.V
		}
		it.v = a
	case k.Atom[float32]:
		a.V = -a.V
		it.v = a
	case k.Atom[float64]:
		a.V = -a.V
		it.v = a
	}
	return it
}

// literalAs reads body (unsigned, no suffix) as a literal of atom type t,
// as an explicit suffix asks. A timestamp may be written as a count of
// nanoseconds since 2000 (0p).
func literalAs(t k.Type, body string) (k.Value, bool) {
	switch t {
	case -k.KP:
		if allDigits(body) {
			v, err := strconv.ParseInt(body, 10, 64)
			return k.Atom[int64]{T: t, V: v}, err == nil && v < k.WJ
		}
	case -k.KH, -k.KI, -k.KJ:
		if !allDigits(body) {
			return nil, false
		}
		v, err := strconv.ParseInt(body, 10, 64)
		if _, inf := intBounds(t); err != nil || v > inf {
			return nil, false
		}
		return intAtom(t, v), true
	case -k.KE, -k.KF:
		if !isFloatText(body) || strings.ContainsAny(body, "E+") {
			return nil, false
		}
		f, _ := strconv.ParseFloat(body, 64)
		if t == -k.KE {
			return k.E(float32(f)), true
		}
		return k.F(f), true
	}
	v, ok := ParseAtom(t, body)
	return v, ok
}

// inferLiteral reads a number word without a suffix, its type given by its
// shape: 1 long, 1.5 or 1e10 float, 2000.01.01 date, 2000.01.01D12:00
// timestamp, 2000.01.01T12:00 datetime, 1D12:00 timespan, 12:00 minute,
// 12:00:00 second, 12:00:00.000 time (more fraction digits: timespan).
func inferLiteral(w string) (k.Value, bool) {
	if allDigits(w) {
		v, err := strconv.ParseInt(w, 10, 64)
		if err != nil {
			f, _ := strconv.ParseFloat(w, 64)
			return k.F(f), true
		}
		return k.J(v), true
	}
	if isFloatText(w) && !strings.ContainsAny(w, "E+") {
		f, _ := strconv.ParseFloat(w, 64)
		return k.F(f), true
	}
	if i := strings.IndexAny(w, "DT"); i >= 0 {
		left, clock := w[:i], w[i+1:]
		var ns int64
		if clock != "" {
			c, _, _, ok := parseClock(clock)
			if !ok {
				return nil, false
			}
			ns = c
		}
		days, ok := parseDotDate(left)
		if !ok && w[i] == 'D' {
			days, ok = dateDays(left)
		}
		if ok {
			if w[i] == 'T' {
				return k.Atom[float64]{T: -k.KZ, V: float64(days) + float64(ns)/float64(k.NsPerDay)}, true
			}
			return k.Atom[int64]{T: -k.KP, V: stampNs(days, ns)}, true
		}
		if w[i] == 'D' {
			v, ok := parseSpan(w)
			return k.Atom[int64]{T: -k.KN, V: v}, ok
		}
		return nil, false
	}
	if d, ok := parseDotDate(w); ok {
		return k.Atom[int32]{T: -k.KD, V: d}, true
	}
	ns, parts, frac, ok := parseClock(w)
	if !ok || parts < 2 {
		return nil, false
	}
	t, unit := -k.KN, int64(1)
	switch {
	case parts == 2:
		t, unit = -k.KU, 60*k.NsPerSec
	case parts == 3:
		t, unit = -k.KV, k.NsPerSec
	case frac <= 3:
		t, unit = -k.KT, 1e6
	}
	if t == -k.KN {
		return k.Atom[int64]{T: t, V: ns}, true
	}
	if ns/unit > math.MaxInt32 {
		return nil, false
	}
	return k.Atom[int32]{T: t, V: int32(ns / unit)}, true
}

// numberValue makes the value of vector notation from its items: one item
// is an atom; a suffix on the last item types them all; longs mixed with
// floats make floats; 0N and 0W take the type of the rest; items of types
// that do not mix make a general list.
func numberValue(items []item) (k.Value, bool) {
	if last := items[len(items)-1]; last.suf != 0 && len(items) > 1 {
		t := last.v.Type()
		for i, it := range items[:len(items)-1] {
			switch {
			case it.suf == last.suf:
				continue
			case it.suf != 0:
				return nil, false
			case it.generic || it.body == "0n" || it.body == "0w":
				items[i].v = nullOrInf(t, it.body == "0W" || it.body == "0w")
			default:
				v, ok := literalAs(t, it.body)
				if !ok {
					return nil, false
				}
				items[i].v = v
			}
			items[i] = items[i].negate()
		}
	}
	if len(items) == 1 {
		return items[0].v, true
	}
	// The common type of the non-generic items.
	var t k.Type
	mixed := false
	for _, it := range items {
		switch ty := it.v.Type(); {
		case it.generic:
		case t == 0 || t == ty:
			t = ty
		case (t == -k.KJ || t == -k.KF) && (ty == -k.KJ || ty == -k.KF):
			t = -k.KF
		default:
			mixed = true
		}
	}
	vals := make([]k.Value, len(items))
	for i, it := range items {
		vals[i] = it.v
		if mixed || t == 0 {
			continue
		}
		if it.generic {
			inf := it.body == "0W"
			vals[i] = nullOrInf(t, inf)
			if inf && it.neg {
				vals[i] = item{v: vals[i], neg: true}.negate().v
			}
		} else if t == -k.KF && it.v.Type() == -k.KJ {
			vals[i] = k.F(float64(it.v.(k.Atom[int64]).V))
		}
	}
	return k.Unify(vals), true
}
