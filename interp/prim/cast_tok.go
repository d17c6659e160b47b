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
		k.Nest()
		defer k.Unnest()
		if len(v.V) == 0 {
			return k.Empty(t)
		}
		out := make([]k.Value, len(v.V))
		for i, it := range v.V {
			out[i] = Tok(t, it)
		}
		return k.Unify(out)
	case *k.Dict:
		return &k.Dict{K: v.K, V: sameCount(v.V, Tok(t, v.V))}
	case *k.Table:
		cols := make([]k.Value, len(v.Data))
		for i, c := range v.Data {
			cols[i] = sameCount(c, Tok(t, c)) // a char column parses whole: 'length
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
func TokString(t k.Type, s string) k.Value {
	if t == k.KG {
		return k.G(tokGUID(strings.Trim(s, " ")))
	}
	v, _ := syntax.ParseAtom(t, s)
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
