// This file defines q's type promotion: the result-type tables of the
// arithmetic operators (transcribed from the KX reference pages), and
// Convert, which moves an atom or typed vector to another numeric, temporal
// or boolean type as Cast and the arithmetic kernels need.

package prim

import (
	"math"
	"strings"

	"qgo/interp/k"
)

// numLetters holds the q type letters indexed by type code, as .Q.t does.
const numLetters = " bg xhijefcspmdznuvt"

// numTable is a result-type table: row the type of x, column the type of y
// (positive type codes 1..19); 0 means the pair signals 'type.
type numTable [20][20]k.Type

// numParseTable reads a table in the KX reference layout: one row per line,
// "r | c c c ..." with the result letter (or ".") for each of the columns
// b g x h i j e f c s p m d z n u v t.
func numParseTable(s string) *numTable {
	const cols = "bgxhijefcspmdznuvt"
	t := new(numTable)
	// one pass over the bytes, no iterators or fields: start-up runs this
	// for every table, and little code is little to fault in
	row, cells, i := -1, false, 0 // the row's type, past its bar, the column
	for j := 0; j < len(s); j++ {
		switch c := s[j]; {
		case c == '\n':
			row, cells, i = -1, false, 0
		case c == ' ' || c == '\t' || c == '\r':
		case !cells && c == '|':
			cells = row >= 0
		case !cells:
			if row < 0 {
				row = strings.IndexByte(numLetters, c)
			}
		default:
			if c != '.' {
				t[row][strings.IndexByte(numLetters, cols[i])] = k.Type(strings.IndexByte(numLetters, c))
			}
			i++
		}
	}
	return t
}

// numResult looks up the result type of x op y in tab; it signals 'type
// when the pair is outside the table.
func numResult(tab *numTable, tx, ty k.Type) k.Type {
	if tx < 1 || tx > KTmax || ty < 1 || ty > KTmax {
		k.Signal(k.ErrType)
	}
	r := tab[tx][ty]
	if r == 0 {
		k.Signal(k.ErrType)
	}
	return r
}

// KTmax is the largest type code of a basic (atom or vector) q type: time.
const KTmax = k.KT

// IsSimple reports whether x is an atom of a basic type or a typed vector:
// the operands the arithmetic kernels take without iterating.
func IsSimple(x k.Value) bool {
	t := x.Type()
	if t < 0 {
		t = -t
	}
	return t >= 1 && t <= KTmax && t != 3
}

// numBase is the positive type code of an atom or vector.
func numBase(x k.Value) k.Type {
	t := x.Type()
	if t < 0 {
		return -t
	}
	return t
}

// IsTemporal reports whether t (either sign) is a temporal type p m d z n u v t.
func IsTemporal(t k.Type) bool {
	if t < 0 {
		t = -t
	}
	return t >= k.KP && t <= k.KT
}

// numOrdinal reports whether temporal type t is a point in time (timestamp,
// month, date, datetime) rather than a duration.
func numOrdinal(t k.Type) bool { return t == k.KP || t == k.KM || t == k.KD || t == k.KZ }

// numFloatStore reports whether type t is stored as a float (real, float, datetime).
func numFloatStore(t k.Type) bool { return t == k.KE || t == k.KF || t == k.KZ }

// IsNumeric reports whether t (either sign) is boolean, byte, a number, a
// char or a temporal type: what arithmetic and comparison accept.
func IsNumeric(t k.Type) bool {
	if t < 0 {
		t = -t
	}
	return t >= 1 && t <= KTmax && t != 2 && t != 3 && t != k.KS
}

// numUnit is the length of one unit of a temporal type in nanoseconds
// (days for datetime, whose float counts days; months are special).
func numUnit(t k.Type) int64 {
	switch t {
	case k.KP, k.KN:
		return 1
	case k.KU:
		return 60 * k.NsPerSec
	case k.KV:
		return k.NsPerSec
	case k.KT:
		return 1e6
	case k.KD, k.KZ:
		return k.NsPerDay
	}
	return 0
}

// numMonthToDays gives the date of the first day of month m (months since 2000.01).
func numMonthToDays(m int64) int64 {
	y := 2000 + numFloorDiv(m, 12)
	return int64(k.DaysFromYMD(int(y), int(m-(y-2000)*12)+1, 1))
}

// numDaysToMonth gives the month containing date d.
func numDaysToMonth(d int64) int64 {
	y, m, _ := k.YMD(int32(d))
	return int64(y-2000)*12 + int64(m-1)
}

func numFloorDiv(a, b int64) int64 {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

func numFloorMod(a, b int64) int64 {
	m := a % b
	if m != 0 && ((m < 0) != (b < 0)) {
		m += b
	}
	return m
}

// numViewI is numReadI(x, k.KJ) for reading only: the items of a long
// (or timestamp, timespan) vector are returned without a copy.
func numViewI(x k.Value) []int64 {
	if v, ok := x.(*k.Vec[int64]); ok {
		return v.V
	}
	return numReadI(x, k.KJ)
}

// numReadI reads simple x as int64 values (nulls as 0N, infinities kept for
// integers, floats rounded) expressed in the units of type to.
func numReadI(x k.Value, to k.Type) []int64 {
	from := numBase(x)
	if numFloatStore(from) {
		f := numReadF(x, from)
		out := make([]int64, len(f))
		if from == k.KZ && IsTemporal(to) && to != k.KZ {
			for i, v := range f {
				out[i] = numZToInt(v, to)
			}
			return out
		}
		for i, v := range f {
			out[i] = numRound(v)
		}
		return out
	}
	var out []int64
	switch v := x.(type) {
	case k.Atom[bool]:
		out = []int64{numB2I(v.V)}
	case *k.Vec[bool]:
		out = make([]int64, len(v.V))
		for i, b := range v.V {
			out[i] = numB2I(b)
		}
	case k.Atom[uint8]:
		out = []int64{int64(v.V)}
	case *k.Vec[uint8]:
		out = make([]int64, len(v.V))
		for i, b := range v.V {
			out[i] = int64(b)
		}
	case k.Atom[int16]:
		out = []int64{numW16(v.V)}
	case *k.Vec[int16]:
		out = make([]int64, len(v.V))
		for i, b := range v.V {
			out[i] = numW16(b)
		}
	case k.Atom[int32]:
		out = []int64{numW32(v.V)}
	case *k.Vec[int32]:
		out = make([]int64, len(v.V))
		for i, b := range v.V {
			out[i] = numW32(b)
		}
	case k.Atom[int64]:
		out = []int64{v.V}
	case *k.Vec[int64]:
		out = append([]int64(nil), v.V...)
	default:
		k.Signal(k.ErrType)
	}
	if IsTemporal(from) && IsTemporal(to) && from != to {
		for i, v := range out {
			out[i] = numScaleI(v, from, to)
		}
	}
	return out
}

func numB2I(b bool) int64 {
	if b {
		return 1
	}
	return 0
}

// numW16 and numW32 widen a short or int to a long, keeping nulls null and
// infinities infinite only in that nulls map to 0N (q's casts do not keep
// integer infinities when widening: `float$0Wh is 32767f).
func numW16(v int16) int64 {
	if v == k.NH {
		return k.NJ
	}
	return int64(v)
}

func numW32(v int32) int64 {
	if v == k.NI {
		return k.NJ
	}
	return int64(v)
}

// numRound converts a float to a long as q's casts do: to nearest, half
// away from zero; null to 0N; infinities to ±0W.
func numRound(f float64) int64 {
	switch {
	case f != f:
		return k.NJ
	case f >= 9.223372036854775e18:
		return k.WJ
	case f <= -9.223372036854775e18:
		return -k.WJ
	}
	return int64(math.Round(f))
}

// numZToInt converts a datetime (float days) to integer temporal type to.
func numZToInt(v float64, to k.Type) int64 {
	switch {
	case v != v:
		return k.NJ
	case math.IsInf(v, 1):
		return k.WJ
	case math.IsInf(v, -1):
		return -k.WJ
	}
	switch to {
	case k.KD:
		return int64(math.Floor(v))
	case k.KM:
		return numDaysToMonth(int64(math.Floor(v)))
	}
	ns := v * float64(k.NsPerDay)
	if math.Abs(ns) >= 9.2e18 {
		if ns > 0 {
			return k.WJ
		}
		return -k.WJ
	}
	return numScaleI(int64(math.Round(ns)), k.KP, to)
}

// numScaleI converts one non-float temporal value from type from to type to:
// points in time by instant, durations by unit, a point in time to a
// duration by its time of day (or, for a timespan, its whole offset), and a
// duration to a point in time as an offset from 2000.01.01.
func numScaleI(v int64, from, to k.Type) int64 {
	if v == k.NJ || v == k.WJ || v == -k.WJ {
		return v
	}
	if from == k.KM {
		if to == k.KM {
			return v
		}
		v, from = numMonthToDays(v), k.KD
		if to == k.KD {
			return v
		}
	}
	if to == k.KM {
		d := numScaleI(v, from, k.KD)
		if d == k.NJ || d == k.WJ || d == -k.WJ {
			return d
		}
		return numDaysToMonth(d)
	}
	uf, ut := numUnit(from), numUnit(to)
	if numOrdinal(from) && !numOrdinal(to) && to != k.KN {
		ns := numMulSat(v, uf)
		if ns == k.WJ || ns == -k.WJ {
			return ns
		}
		return numFloorMod(ns, k.NsPerDay) / ut
	}
	if uf >= ut {
		return numMulSat(v, uf/ut)
	}
	return numFloorDiv(v, ut/uf)
}

// numMulSat multiplies, saturating to ±0W on overflow.
func numMulSat(v, m int64) int64 {
	if m == 1 {
		return v
	}
	if v > k.WJ/m {
		return k.WJ
	}
	if v < -k.WJ/m {
		return -k.WJ
	}
	return v * m
}

// numReadF reads simple x as float64 values (nulls as NaN) in the units of
// type to: raw values, except that temporal values moving to datetime are
// converted to days.
func numReadF(x k.Value, to k.Type) []float64 {
	from := numBase(x)
	var out []float64
	switch v := x.(type) {
	case k.Atom[float64]:
		out = []float64{v.V}
	case *k.Vec[float64]:
		out = append([]float64(nil), v.V...)
	case k.Atom[float32]:
		out = []float64{float64(v.V)}
	case *k.Vec[float32]:
		out = make([]float64, len(v.V))
		for i, f := range v.V {
			out[i] = float64(f)
		}
	default:
		ints := numReadI(x, from)
		out = make([]float64, len(ints))
		for i, n := range ints {
			if n == k.NJ {
				out[i] = math.NaN()
			} else {
				out[i] = float64(n)
			}
		}
	}
	if to == k.KZ && IsTemporal(from) && from != k.KZ {
		for i, f := range out {
			out[i] = numToDays(f, from)
		}
	}
	return out
}

// numToDays converts a raw temporal value of type from to (float) days.
func numToDays(f float64, from k.Type) float64 {
	if f != f || math.IsInf(f, 0) {
		return f
	}
	if from == k.KM {
		return float64(numMonthToDays(int64(f)))
	}
	return f * float64(numUnit(from)) / float64(k.NsPerDay)
}

// Convert returns the atom or typed vector x as q type t (positive code):
// an atom stays an atom. Numbers convert by value (floats round to
// nearest), temporal values by instant or unit, anything to boolean by
// being nonzero. Symbols and guids convert only to themselves; other pairs
// signal 'type.
func Convert(x k.Value, t k.Type) k.Value {
	if t < 0 {
		t = -t
	}
	from := numBase(x)
	if from == t {
		return x
	}
	if !IsSimple(x) || !IsNumeric(from) || !IsNumeric(t) {
		k.Signal(k.ErrType)
	}
	atom := x.Type() < 0
	switch t {
	case k.KB:
		var out []bool
		if numFloatStore(from) {
			f := numReadF(x, from)
			out = make([]bool, len(f))
			for i, v := range f {
				out[i] = v != 0
			}
		} else {
			n := numReadI(x, from)
			out = make([]bool, len(n))
			for i, v := range n {
				out[i] = v != 0
			}
		}
		return numMake(t, atom, out)
	case k.KE:
		f := numReadF(x, t)
		out := make([]float32, len(f))
		for i, v := range f {
			out[i] = float32(v)
		}
		return numMake(t, atom, out)
	case k.KF, k.KZ:
		return numMake(t, atom, numReadF(x, t))
	}
	n := numReadI(x, t)
	switch t {
	case k.KX, k.KC:
		out := make([]uint8, len(n))
		for i, v := range n {
			if v == k.NJ {
				v = 0
			}
			out[i] = uint8(numN32(v))
		}
		return numMake(t, atom, out)
	case k.KH:
		out := make([]int16, len(n))
		for i, v := range n {
			switch {
			case v == k.NJ:
				out[i] = k.NH
			case v > int64(k.WH):
				out[i] = k.WH
			case v < -int64(k.WH):
				out[i] = -k.WH
			default:
				out[i] = int16(v)
			}
		}
		return numMake(t, atom, out)
	case k.KJ, k.KP, k.KN:
		return numMake(t, atom, n)
	}
	out := make([]int32, len(n))
	for i, v := range n {
		out[i] = numN32(v)
	}
	return numMake(t, atom, out)
}

// numN32 narrows a long to an int, nulls to 0Ni and saturating at ±0Wi.
func numN32(v int64) int32 {
	switch {
	case v == k.NJ:
		return k.NI
	case v > int64(k.WI):
		return k.WI
	case v < -int64(k.WI):
		return -k.WI
	}
	return int32(v)
}

// numMake wraps items as an atom (when atom, from a one-item slice) or a
// vector of type t.
func numMake[E k.Elem](t k.Type, atom bool, v []E) k.Value {
	if atom {
		return k.Atom[E]{T: -t, V: v[0]}
	}
	return &k.Vec[E]{T: t, V: v}
}

// numSlice gives the items of an atom or vector of storage E without
// copying a vector.
func numSlice[E k.Elem](x k.Value) []E {
	if a, ok := x.(k.Atom[E]); ok {
		return []E{a.V}
	}
	return x.(*k.Vec[E]).V
}
