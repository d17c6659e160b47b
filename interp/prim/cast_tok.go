// This file defines Tok, x$y for an upper-case type letter x and a string
// y: the text parsed as an atom of that type (docs/ref/tok.md). Text that
// does not parse gives the null of the type.

package prim

import (
	"net"
	"strconv"
	"strings"

	"qgo/interp/k"
	"qgo/interp/syntax"
)

// Tok parses the string y as an atom of type t (positive code). A list of
// strings gives a list (iteration stops at strings), a dictionary maps its
// values. Strings parsed as chars are returned unchanged.
func Tok(t k.Type, y k.Value) k.Value { return TokIn(t, y, false) }

// TokType is the type x names when x$y is Tok (an upper-case letter, a
// negative short, the null symbol): ok is false for any other x.
func TokType(x k.Value) (t k.Type, ok bool) {
	if x.Type() >= 0 {
		return 0, false
	}
	kind, t, _, ok := castSpec(x)
	return t, ok && kind == castTok
}

// TokIn is Tok with dates written with slashes read as dd/mm/yyyy when
// dayFirst (q's \z 1, docs/basics/syscmds.md), else as mm/dd/yyyy.
func TokIn(t k.Type, y k.Value, dayFirst bool) k.Value {
	switch v := y.(type) {
	case *k.Vec[uint8]:
		if v.T == k.KC {
			if t == k.KC {
				if len(v.V) == 1 {
					// one char's text is that char: "C"$("f";"o") is "fo"
					// (docs/ref/tok.md: Tok returns an atom)
					return k.Atom[uint8]{T: -k.KC, V: v.V[0]}
				}
				return v
			}
			return tokString(t, string(v.V), dayFirst)
		}
	case k.Atom[uint8]:
		if v.T == -k.KC {
			return tokString(t, string([]byte{v.V}), dayFirst)
		}
	case k.Atom[string], *k.Vec[string]:
		if t == k.KS {
			return y
		}
	case *k.List:
		k.Nest()
		defer k.Unnest()
		if len(v.V) == 0 {
			return k.Empty(t)
		}
		if r := tokStrings(t, v.V, dayFirst); r != nil {
			return r
		}
		out := make([]k.Value, len(v.V))
		for i, it := range v.V {
			out[i] = TokIn(t, it, dayFirst)
		}
		return k.Unify(out)
	case *k.Dict:
		return &k.Dict{K: v.K, V: sameCount(v.V, TokIn(t, v.V, dayFirst))}
	case *k.Table:
		cols := make([]k.Value, len(v.Data))
		for i, c := range v.Data {
			cols[i] = sameCount(c, TokIn(t, c, dayFirst)) // a char column parses whole: 'length
		}
		return &k.Table{Cols: v.Cols, Data: cols}
	}
	k.Signal(k.ErrType)
	return nil
}

// TokString parses s as an atom of type t (positive code): the null of the
// type when s is not valid text for it. Guids also accept IPv4 and IPv6
// addresses; every other type is read by syntax.ParseAtom, which knows the
// forms Tok accepts (docs/ref/tok.md).
func TokString(t k.Type, s string) k.Value { return tokString(t, s, false) }

// tokString is TokString, dates with slashes day first when dayFirst.
func tokString(t k.Type, s string, dayFirst bool) k.Value {
	if t == k.KG {
		return k.G(tokGUID(strings.Trim(s, " ")))
	}
	v, _ := syntax.ParseAtomIn(t, s, dayFirst)
	return v
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
