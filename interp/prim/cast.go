// This file defines the dyadic $: Cast (x a type name, letter or short),
// Tok (x an upper-case letter or negative short, y a string) and Matrix
// Multiply (x and y float vectors or matrices), per docs/ref/cast.md,
// tok.md and mmu.md.

package prim

import (
	"strings"

	"qgo/interp/k"
)

func init() {
	defDyad("mmu", Mmu)
}

// castNames maps the names Cast takes as a symbol left argument to type codes.
var castNames = map[string]k.Type{
	"boolean": k.KB, "guid": k.KG, "byte": k.KX, "short": k.KH, "int": k.KI,
	"long": k.KJ, "real": k.KE, "float": k.KF, "char": k.KC, "symbol": k.KS,
	"timestamp": k.KP, "month": k.KM, "date": k.KD, "datetime": k.KZ,
	"timespan": k.KN, "minute": k.KU, "second": k.KV, "time": k.KT,
}

// castKind says what one left argument of $ asks for.
type castKind uint8

const (
	castTo    castKind = 1 // Cast to type t
	castTok   castKind = 2 // Tok: parse a string as type t
	castIdent castKind = 3 // identity (0h, "*")
	castPart  castKind = 4 // a part of a temporal value (`year, `hh, ...)
)

// castSpec decodes an atom left argument of $; ok is false when x is not
// one (a symbol that names no type is an enumeration, not handled here).
func castSpec(x k.Value) (kind castKind, t k.Type, part string, ok bool) {
	switch a := x.(type) {
	case k.Atom[string]:
		if a.V == "" {
			return castTok, k.KS, "", true
		}
		if t, ok := castNames[a.V]; ok {
			return castTo, t, "", true
		}
		switch a.V {
		case "year", "mm", "dd", "hh", "uu", "ss", "week":
			return castPart, 0, a.V, true
		}
	case k.Atom[uint8]:
		if a.T != -k.KC {
			return
		}
		if a.V == '*' {
			return castIdent, 0, "", true
		}
		if i := strings.IndexByte(numLetters, a.V); i > 0 && a.V != ' ' {
			return castTo, k.Type(i), "", true
		}
		if i := strings.IndexByte(numLetters, a.V+'a'-'A'); a.V >= 'A' && a.V <= 'Z' && i > 0 {
			return castTok, k.Type(i), "", true
		}
	case k.Atom[int16]:
		n := int(a.V)
		switch {
		case n == 0:
			return castIdent, 0, "", true
		case n > 0 && n <= int(KTmax) && n != 3:
			return castTo, k.Type(n), "", true
		case n < 0 && n >= -int(KTmax) && n != -3:
			return castTok, k.Type(-n), "", true
		}
	}
	return
}

// castSpecs reports whether x is a cast left argument: a symbol, char or
// short atom or vector, or a general list of such.
func castSpecs(x k.Value) bool {
	switch v := x.(type) {
	case *k.Vec[string]:
		return true
	case *k.Vec[uint8]:
		return v.T == k.KC
	case *k.Vec[int16]:
		return true
	case *k.List:
		k.Nest()
		defer k.Unnest()
		return len(v.V) > 0 && castSpecs(v.V[0])
	}
	_, _, _, ok := castSpec(x)
	return ok
}

// Dollar is the dyadic $: Cast or Tok when x names a type, Pad when x is a
// long or int atom, Matrix Multiply when x is a float vector or matrix.
func Dollar(x, y k.Value) k.Value {
	if castSpecs(x) {
		return Cast(x, y)
	}
	if t := x.Type(); t == -k.KJ || t == -k.KI {
		return Pad(numReadI(x, k.KJ)[0], y)
	}
	if l, ok := y.(*k.List); ok && (x.Type() == k.KJ || x.Type() == k.KI) {
		// widths paired with strings, as a list of types casts item by
		// item: neg[w]$string each ... pads each to its own width
		ns := numReadI(x, k.KJ)
		if len(ns) != len(l.V) {
			k.Signal(k.ErrLength)
		}
		out := make([]k.Value, len(ns))
		for i, n := range ns {
			out[i] = Pad(n, l.V[i])
		}
		return &k.List{V: out}
	}
	return Mmu(x, y)
}

// Pad is x$y for a long x: the string y padded with blanks, or cut, to
// length x, on the right for positive x and on the left for negative x
// (docs/ref/pad.md). It is string-atomic: lists of strings, dictionaries
// and tables pad each string.
func Pad(n int64, y k.Value) k.Value {
	switch v := y.(type) {
	case *k.Vec[uint8]:
		if v.T == k.KC {
			return k.Str(castPad(n, string(v.V)))
		}
	case k.Atom[uint8]:
		if v.T == -k.KC {
			return k.Str(castPad(n, string([]byte{v.V})))
		}
	case *k.List:
		k.Nest()
		defer k.Unnest()
		out := make([]k.Value, len(v.V))
		for i, it := range v.V {
			out[i] = Pad(n, it)
		}
		return &k.List{V: out}
	case *k.Dict:
		return &k.Dict{K: v.K, V: sameCount(v.V, Pad(n, v.V))}
	case *k.Table:
		cols := make([]k.Value, len(v.Data))
		for i, c := range v.Data {
			cols[i] = sameCount(c, Pad(n, c))
		}
		return &k.Table{Cols: v.Cols, Data: cols}
	}
	k.Signal(k.ErrType)
	return nil
}

// sameCount is r, the cast of a dictionary's values or a table's column
// c, when it keeps one item per key or row; a string cast whole (`$"ab",
// 3$"ab") does not: 'length.
func sameCount(c, r k.Value) k.Value {
	if !k.IsList(r) || r.Len() != c.Len() {
		k.Signal(k.ErrLength)
	}
	return r
}

// castPad pads or cuts s to |n| bytes, keeping its start for positive n and
// its end for negative n.
func castPad(n int64, s string) string {
	if n == k.NJ {
		k.Signal(k.ErrDomain)
	}
	w := n
	if w < 0 {
		w = -w
	}
	if w > 1<<28 {
		k.Signal("limit")
	}
	m := int(w)
	switch {
	case len(s) >= m && n >= 0:
		return s[:m]
	case len(s) >= m:
		return s[len(s)-m:]
	case n >= 0:
		return s + strings.Repeat(" ", m-len(s))
	}
	return strings.Repeat(" ", m-len(s)) + s
}

// Cast is x$y where x is a type: a name (`int), a letter ("i"), or a short
// (6h). Lower-case letters and positive shorts cast y; upper-case letters,
// negative shorts and the null symbol parse the string y (Tok); 0h and "*"
// return y. A list x applies item by item (pairwise with a list y of the
// same count). Impossible casts signal 'type.
func Cast(x, y k.Value) k.Value {
	if x.Type() >= 0 {
		k.Nest()
		defer k.Unnest()
		xs := k.Items(x)
		out := make([]k.Value, len(xs))
		switch {
		case k.IsList(y) && y.Len() == len(xs):
			for i, s := range xs {
				out[i] = Cast(s, k.At(y, i))
			}
		case k.IsList(y) && !castIsString(y):
			k.Signal(k.ErrLength)
		default:
			for i, s := range xs {
				out[i] = Cast(s, y)
			}
		}
		return k.Unify(out)
	}
	kind, t, part, ok := castSpec(x)
	if !ok {
		k.Signal(k.ErrType)
	}
	switch kind {
	case castIdent:
		return y
	case castTok:
		return Tok(t, y)
	case castPart:
		return Atomic1(y, func(y k.Value) k.Value { return castPartOf(part, y) })
	}
	return CastTo(t, y)
}

// castIsString reports whether v is a string (a char vector).
func castIsString(v k.Value) bool {
	s, ok := v.(*k.Vec[uint8])
	return ok && s.T == k.KC
}

// CastTo casts y to type t (positive code): atomically over lists,
// dictionaries and tables; an empty general list gives an empty vector of
// type t. Casting a string to symbol gives one symbol, trimmed of blanks.
func CastTo(t k.Type, y k.Value) k.Value {
	if l, ok := y.(*k.List); ok && len(l.V) == 0 {
		return k.Empty(t)
	}
	if t == k.KS {
		return castSym(y)
	}
	return Atomic1(y, func(y k.Value) k.Value {
		if numBase(y) == t {
			return y
		}
		if from := numBase(y); t == k.KN && (from == k.KP || from == k.KZ) {
			return castTimeOfDay(y)
		}
		return Convert(y, t)
	})
}

// castTimeOfDay is `timespan$ of a timestamp or datetime: the time of
// day, as kdb+tick stamps its rows with "n"$.z.P (where the difference of
// two timestamps is the whole offset).
func castTimeOfDay(y k.Value) k.Value {
	n := numReadI(Convert(y, k.KP), k.KJ)
	for i, v := range n {
		if v != k.NJ && v != k.WJ && v != -k.WJ {
			n[i] = numFloorMod(v, k.NsPerDay)
		}
	}
	return numMake(k.KN, y.Type() < 0, n)
}

// castSym casts y to symbol: a string becomes one symbol, a char one
// symbol of that char, symbols stay; lists, dictionaries and tables map.
func castSym(y k.Value) k.Value {
	switch v := y.(type) {
	case *k.Vec[uint8]:
		if v.T == k.KC {
			return k.S(strings.Trim(string(v.V), " "))
		}
	case k.Atom[uint8]:
		if v.T == -k.KC {
			return k.S(strings.Trim(string([]byte{v.V}), " "))
		}
	case k.Atom[string], *k.Vec[string]:
		return y
	case *k.List:
		k.Nest()
		defer k.Unnest()
		out := make([]k.Value, len(v.V))
		for i, it := range v.V {
			out[i] = castSym(it)
		}
		return k.Unify(out)
	case *k.Dict:
		return &k.Dict{K: v.K, V: sameCount(v.V, castSym(v.V))}
	case *k.Table:
		cols := make([]k.Value, len(v.Data))
		for i, c := range v.Data {
			cols[i] = sameCount(c, castSym(c))
		}
		return &k.Table{Cols: v.Cols, Data: cols}
	}
	k.Signal(k.ErrType)
	return nil
}

// castPartOf extracts a part of temporal y as ints: `year`mm`dd of points
// in time, `hh`uu`ss of times of day (docs/ref/cast.md#temporal).
func castPartOf(part string, y k.Value) k.Value {
	t := numBase(y)
	if !IsTemporal(t) {
		k.Signal(k.ErrType)
	}
	atom := y.Type() < 0
	if part == "mm" && !numOrdinal(t) {
		part = "uu" // mm of a time of day is its minute (tt.mm)
	}
	switch part {
	case "week":
		// the Monday starting the week (2000.01.01 was a Saturday)
		if !numOrdinal(t) || t == k.KM {
			k.Signal(k.ErrType)
		}
		days := numReadI(Convert(y, k.KD), k.KJ)
		out := make([]int32, len(days))
		for i, d := range days {
			if d == k.NJ {
				out[i] = k.NI
				continue
			}
			out[i] = int32(d - numFloorMod(d+5, 7))
		}
		return numMake(k.KD, atom, out)
	case "year", "mm", "dd":
		if !numOrdinal(t) || (part == "dd" && t == k.KM) {
			k.Signal(k.ErrType)
		}
		days := numReadI(Convert(y, k.KD), k.KJ)
		out := make([]int32, len(days))
		for i, d := range days {
			if d == k.NJ {
				out[i] = k.NI
				continue
			}
			yy, mm, dd := k.YMD(int32(d))
			out[i] = int32(map[string]int{"year": yy, "mm": mm, "dd": dd}[part])
		}
		return numMake(k.KI, atom, out)
	case "hh", "uu", "ss":
		if t == k.KM || t == k.KD {
			k.Signal(k.ErrType)
		}
		var ns []int64
		if numOrdinal(t) {
			ns = numReadI(Convert(Convert(y, k.KP), k.KN), k.KJ)
			for i, v := range ns {
				if v != k.NJ {
					ns[i] = numFloorMod(v, k.NsPerDay)
				}
			}
		} else {
			ns = numReadI(Convert(y, k.KN), k.KJ)
		}
		out := make([]int32, len(ns))
		for i, v := range ns {
			switch {
			case v == k.NJ:
				out[i] = k.NI
			case part == "hh":
				out[i] = int32(v / (3600 * k.NsPerSec))
			case part == "uu":
				out[i] = int32(v / (60 * k.NsPerSec) % 60)
			default:
				out[i] = int32(v / k.NsPerSec % 60)
			}
		}
		return numMake(k.KI, atom, out)
	}
	k.Signal(k.ErrNyi)
	return nil
}

// Mmu is x mmu y (and x$y for floats): the dot product of two float
// vectors, or the matrix product where either is a matrix (a list of float
// vectors); count y must match count x (or count first x).
func Mmu(x, y k.Value) k.Value {
	xm, xv := mmuShape(x)
	ym, yv := mmuShape(y)
	switch {
	case xv != nil && yv != nil:
		return k.F(mmuDot(xv, yv))
	case xv != nil:
		if len(xv) != len(ym) {
			k.Signal(k.ErrLength)
		}
		return &k.Vec[float64]{T: k.KF, V: mmuVecMat(xv, ym)}
	case yv != nil:
		out := make([]float64, len(xm))
		for i, r := range xm {
			out[i] = mmuDot(r, yv)
		}
		return &k.Vec[float64]{T: k.KF, V: out}
	}
	if len(xm) > 0 && len(xm[0]) != len(ym) {
		k.Signal(k.ErrLength)
	}
	out := make([]k.Value, len(xm))
	work := len(xm) * len(ym)
	if len(ym) > 0 {
		work *= len(ym[0])
	}
	// Output rows are independent: a large product is split over the
	// processors by rows, each row computed as one pass computes it.
	parForWork(len(xm), work/64, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			out[i] = &k.Vec[float64]{T: k.KF, V: mmuVecMat(xm[i], ym)}
		}
	}) // off the interpreter's goroutine: arithmetic on rows
	return &k.List{V: out}
}

// mmuShape reads a float vector (vec) or a matrix of float rows (mat).
func mmuShape(x k.Value) (mat [][]float64, vec []float64) {
	switch v := x.(type) {
	case *k.Vec[float64]:
		if v.T == k.KF {
			return nil, v.V
		}
	case *k.List:
		mat = make([][]float64, len(v.V))
		for i, r := range v.V {
			f, ok := r.(*k.Vec[float64])
			if !ok || f.T != k.KF {
				k.Signal(k.ErrType)
			}
			if i > 0 && len(f.V) != len(mat[0]) {
				k.Signal(k.ErrLength)
			}
			mat[i] = f.V
		}
		return mat, nil
	}
	k.Signal(k.ErrType)
	return nil, nil
}

func mmuDot(a, b []float64) float64 {
	if len(a) != len(b) {
		k.Signal(k.ErrLength)
	}
	var s float64
	for i, v := range a {
		s += v * b[i]
	}
	return s
}

// mmuAdd4 is out += f0*s0, then f1*s1, f2*s2 and f3*s3, item by item.
func mmuAdd4(out, s0, s1, s2, s3 []float64, f0, f1, f2, f3 float64) {
	n := len(out)
	s0, s1, s2, s3 = s0[:n], s1[:n], s2[:n], s3[:n]
	for j := range out {
		out[j] = out[j] + f0*s0[j] + f1*s1[j] + f2*s2[j] + f3*s3[j]
	}
}

// mmuVecMat is the row vector a times matrix m (len(a) rows).
func mmuVecMat(a []float64, m [][]float64) []float64 {
	if len(m) == 0 {
		return []float64{}
	}
	out := make([]float64, len(m[0]))
	i := 0
	for ; i+4 <= len(a); i += 4 { // four rows of m per pass over out, adding in the same order
		mmuAdd4(out, m[i], m[i+1], m[i+2], m[i+3], a[i], a[i+1], a[i+2], a[i+3])
	}
	for ; i < len(a); i++ {
		v, r := a[i], m[i][:len(out)]
		for j := range out {
			out[j] += v * r[j]
		}
	}
	return out
}
