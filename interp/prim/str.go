// This file defines the string primitives like, ss, ssr, lower, upper,
// trim, ltrim and rtrim, with q's pattern syntax: ? any character, * any
// sequence, [..] a list of alternatives (^ to negate, a-z ranges).

package prim

import (
	"bytes"
	"strings"

	"qgo/interp/k"
)

func init() {
	defDyad("like", Like)
	defDyad("ss", Ss)
	defMonad("lower", Lower)
	defMonad("upper", Upper)
	defMonad("trim", Trim)
	defMonad("ltrim", Ltrim)
	defMonad("rtrim", Rtrim)
}

// patElem is one element of a compiled pattern: a literal, any character,
// a list of alternatives, or any sequence (star).
type patElem struct {
	kind byte // 'c' literal, '?' any, '[' set, '*' star
	c    byte
	set  charSet
}

// charSet is a set of bytes, one bit each: a pattern compiled at every
// call of like or ss stays a few words an element.
type charSet [4]uint64

// add puts c in the set.
func (s *charSet) add(c byte) { s[c>>6] |= 1 << (c & 63) }

// has reports whether c is in the set.
func (s *charSet) has(c byte) bool { return s[c>>6]&(1<<(c&63)) != 0 }

// compilePattern parses a q pattern.
func compilePattern(p []byte) []patElem {
	out := make([]patElem, 0, len(p))
	for i := 0; i < len(p); i++ {
		switch p[i] {
		case '?':
			out = append(out, patElem{kind: '?'})
		case '*':
			out = append(out, patElem{kind: '*'})
		case '[':
			j := i + 1
			neg := false
			if j < len(p) && p[j] == '^' {
				neg = true
				j++
			}
			e := patElem{kind: '['}
			start := j
			for ; j < len(p) && (p[j] != ']' || j == start); j++ {
				if j+2 < len(p) && p[j+1] == '-' && p[j+2] != ']' {
					for c := int(p[j]); c <= int(p[j+2]); c++ {
						e.set.add(byte(c))
					}
					j += 2
					continue
				}
				e.set.add(p[j])
			}
			if j >= len(p) {
				// no closing bracket: take '[' literally
				out = append(out, patElem{kind: 'c', c: '['})
				continue
			}
			if neg {
				for w := range e.set {
					e.set[w] = ^e.set[w]
				}
			}
			out = append(out, e)
			i = j
		default:
			out = append(out, patElem{kind: 'c', c: p[i]})
		}
	}
	return out
}

// matchOne reports whether pattern element e accepts character c.
func (e *patElem) matchOne(c byte) bool {
	switch e.kind {
	case 'c':
		return e.c == c
	case '?':
		return true
	case '[':
		return e.set.has(c)
	}
	return false
}

// matchPat reports whether s matches the whole pattern (backtracking on
// stars).
func matchPat(pat []patElem, s []byte) bool {
	if len(pat) == 0 {
		return len(s) == 0
	}
	if pat[0].kind == '*' {
		for i := 0; i <= len(s); i++ {
			if matchPat(pat[1:], s[i:]) {
				return true
			}
		}
		return false
	}
	return len(s) > 0 && pat[0].matchOne(s[0]) && matchPat(pat[1:], s[1:])
}

// checkStars signals 'nyi for the star patterns q does not match: more
// than one star, unless there are exactly two at the very ends.
func checkStars(pat []patElem) {
	n := 0
	for _, e := range pat {
		if e.kind == '*' {
			n++
		}
	}
	if n > 2 || (n == 2 && (pat[0].kind != '*' || pat[len(pat)-1].kind != '*')) {
		k.Signal(k.ErrNyi)
	}
}

// textOf gives the characters of a string, char atom or symbol.
func textOf(x k.Value) ([]byte, bool) {
	switch v := x.(type) {
	case *k.Vec[uint8]:
		if v.T == k.KC {
			return v.V, true
		}
	case k.Atom[uint8]:
		if v.T == -k.KC {
			return []byte{v.V}, true
		}
	case k.Atom[string]:
		return []byte(v.V), true
	case *k.List:
		if len(v.V) == 0 {
			return nil, true
		}
	}
	return nil, false
}

// Like is `x like y`: whether string or symbol x matches pattern y; maps
// over lists of strings or symbols and the values of dictionaries.
func Like(x, y k.Value) k.Value {
	p, ok := textOf(y)
	if !ok || isSym(y) {
		k.Signal(k.ErrType)
	}
	pat := compilePattern(p)
	checkStars(pat)
	return likeEach(x, pat)
}

func likeEach(x k.Value, pat []patElem) k.Value {
	if s, ok := textOf(x); ok && x.Type() != k.KList {
		return k.B(matchPat(pat, s))
	}
	switch v := x.(type) {
	case *k.Vec[string]:
		out := make([]bool, len(v.V))
		for i, s := range v.V {
			out[i] = matchPat(pat, []byte(s))
		}
		return k.Bools(out...)
	case *k.List:
		k.Nest()
		defer k.Unnest()
		// like is not atomic: a general list must hold strings
		out := make([]bool, len(v.V))
		for i, it := range v.V {
			s, ok := textOf(it)
			if !ok || isSym(it) || it.Type() == k.KList {
				k.Signal(k.ErrType)
			}
			out[i] = matchPat(pat, s)
		}
		return k.Bools(out...)
	case *k.Dict:
		return &k.Dict{K: v.K, V: likeEach(v.V, pat)}
	}
	k.Signal(k.ErrType)
	return nil
}

// ssPattern compiles an ss/ssr pattern: no stars, not empty ('length).
func ssPattern(y k.Value) []patElem {
	p, ok := textOf(y)
	if !ok || isSym(y) {
		k.Signal(k.ErrType)
	}
	pat := compilePattern(p)
	if len(pat) == 0 {
		k.Signal(k.ErrLength)
	}
	for _, e := range pat {
		if e.kind == '*' {
			k.Signal(k.ErrLength)
		}
	}
	return pat
}

// ssFind gives the start of each non-overlapping match of pat in s.
func ssFind(s []byte, pat []patElem) []int64 {
	out := []int64{}
	m := len(pat)
	for i := 0; i+m <= len(s); {
		ok := true
		for j := range pat {
			if !pat[j].matchOne(s[i+j]) {
				ok = false
				break
			}
		}
		if ok {
			out = append(out, int64(i))
			i += m
		} else {
			i++
		}
	}
	return out
}

// Ss is `x ss y`: the positions in string x where pattern y matches.
func Ss(x, y k.Value) k.Value {
	s, ok := textOf(x)
	if !ok || isSym(x) {
		k.Signal(k.ErrType)
	}
	if p, ok := textOf(y); ok && !isSym(y) && len(p) > 0 && bytes.IndexAny(p, "?*[") < 0 {
		return longs(ssLiteral(s, p))
	}
	return longs(ssFind(s, ssPattern(y)))
}

// ssLiteral is ssFind for a pattern p with no wildcard, by bytes.Index,
// without compiling it (ss in a loop compiled it at every step).
func ssLiteral(s, p []byte) []int64 {
	out := []int64{}
	for i := 0; i+len(p) <= len(s); {
		j := bytes.Index(s[i:], p)
		if j < 0 {
			break
		}
		out = append(out, int64(i+j))
		i += j + len(p)
	}
	return out
}

// Ssr is `ssr[x;y;z]`: string x with each match of pattern y replaced by
// string z, or, when z is a function, by the result of apply(z, match).
func Ssr(x, y, z k.Value, apply func(f, arg k.Value) k.Value) k.Value {
	s, ok := textOf(x)
	if !ok || isSym(x) || x.Type() == -k.KC { // x is a string, never an atom
		k.Signal(k.ErrType)
	}
	fn := k.IsFunc(z.Type())
	if !fn {
		if r := ssrLiteral(s, y, z); r != nil {
			return r
		}
	}
	pat := ssPattern(y)
	var rep []byte
	if !fn {
		r, ok := textOf(z)
		if !ok || isSym(z) {
			k.Signal(k.ErrType)
		}
		rep = r
	}
	out := []byte{}
	last := 0
	for _, p := range ssFind(s, pat) {
		var r []byte
		if fn {
			r, ok = textOf(apply(z, k.Str(string(s[p:int(p)+len(pat)]))))
			if !ok {
				k.Signal(k.ErrType)
			}
		} else {
			r = rep
		}
		out = k.Grow(out, int(p)-last+len(r)) // 'wsfull for a result too large
		out = append(append(out, s[last:p]...), r...)
		last = int(p) + len(pat)
	}
	out = append(k.Grow(out, len(s)-last), s[last:]...)
	return &k.Vec[uint8]{T: k.KC, V: out}
}

// ssrLiteral is Ssr of string s for a pattern y with no wildcard and a
// text replacement z, by bytes.Index, without compiling the pattern (ssr
// applied to each of a million strings compiled it a million times); nil
// when y or z is not of that kind.
func ssrLiteral(s []byte, y, z k.Value) k.Value {
	p, ok := textOf(y)
	if !ok || isSym(y) || len(p) == 0 || bytes.ContainsAny(p, "?*[") {
		return nil
	}
	rep, ok := textOf(z)
	if !ok || isSym(z) {
		return nil
	}
	i := bytes.Index(s, p)
	if i < 0 {
		return k.Str(string(s))
	}
	out := k.Grow([]byte(nil), len(s)+len(rep))
	for i >= 0 {
		out = k.Grow(out, i+len(rep)) // 'wsfull for a result too large
		out = append(append(out, s[:i]...), rep...)
		s = s[i+len(p):]
		i = bytes.Index(s, p)
	}
	return &k.Vec[uint8]{T: k.KC, V: append(k.Grow(out, len(s)), s...)}
}

// Lower is `lower x`: strings, chars and symbols in lower case, through
// lists and dictionaries.
func Lower(x k.Value) k.Value { return mapCase(x, strings.ToLower, lowerByte) }

// Upper is `upper x`: strings, chars and symbols in upper case.
func Upper(x k.Value) k.Value { return mapCase(x, strings.ToUpper, upperByte) }

func lowerByte(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

func upperByte(c byte) byte {
	if 'a' <= c && c <= 'z' {
		return c - 'a' + 'A'
	}
	return c
}

func mapCase(x k.Value, fs func(string) string, fc func(byte) byte) k.Value {
	switch v := x.(type) {
	case k.Atom[uint8]:
		if v.T == -k.KC {
			return k.C(fc(v.V))
		}
	case *k.Vec[uint8]:
		if v.T == k.KC {
			out := make([]byte, len(v.V))
			for i, c := range v.V {
				out[i] = fc(c)
			}
			return &k.Vec[uint8]{T: k.KC, V: out}
		}
	case k.Atom[string]:
		return k.S(fs(v.V))
	case *k.Vec[string]:
		out := make([]string, len(v.V))
		for i, s := range v.V {
			out[i] = fs(s)
		}
		return k.Syms(out...)
	case *k.List:
		k.Nest()
		defer k.Unnest()
		out := make([]k.Value, len(v.V))
		for i, it := range v.V {
			out[i] = mapCase(it, fs, fc)
		}
		return &k.List{V: out}
	case *k.Dict:
		return &k.Dict{K: v.K, V: mapCase(v.V, fs, fc)}
	case *k.Table:
		data := make([]k.Value, len(v.Data))
		for i, c := range v.Data {
			data[i] = mapCase(c, fs, fc)
		}
		return &k.Table{Cols: v.Cols, Data: data}
	}
	k.Signal(k.ErrType)
	return nil
}

// Trim is `trim x`: x without leading or trailing nulls (blanks, for a
// string); atoms are unchanged; lists, dictionaries and tables are trimmed
// item by item.
func Trim(x k.Value) k.Value { return trimDeep(x, true, true) }

// Ltrim is `ltrim x`: x without leading nulls.
func Ltrim(x k.Value) k.Value { return trimDeep(x, true, false) }

// Rtrim is `rtrim x`: x without trailing nulls.
func Rtrim(x k.Value) k.Value { return trimDeep(x, false, true) }

func trimDeep(x k.Value, left, right bool) k.Value {
	switch v := x.(type) {
	case *k.List:
		return &k.List{V: eachItem(v, func(it k.Value) k.Value { return trimDeep(it, left, right) })}
	case *k.Dict:
		if v.V.Type() != k.KList {
			return x // trimming a vector of values would part them from their keys
		}
		return &k.Dict{K: v.K, V: trimDeep(v.V, left, right)}
	case *k.Table:
		data := make([]k.Value, len(v.Data))
		for i, c := range v.Data {
			if c.Type() == k.KList {
				data[i] = trimDeep(c, left, right)
			} else {
				data[i] = c
			}
		}
		return &k.Table{Cols: v.Cols, Data: data}
	}
	if !k.IsList(x) {
		if !isData(x) {
			k.Signal(k.ErrType)
		}
		return x
	}
	n := x.Len()
	lo, hi := 0, n
	isNull := func(i int) bool { return k.IsNull(item(x, i)) }
	if c, ok := x.(*k.Vec[uint8]); ok {
		isNull = func(i int) bool { return c.T == k.KC && c.V[i] == ' ' }
	}
	if left {
		for lo < hi && isNull(lo) {
			lo++
		}
	}
	if right {
		for hi > lo && isNull(hi-1) {
			hi--
		}
	}
	if lo == 0 && hi == n {
		return x
	}
	return sliceCopy(x, lo, hi)
}
