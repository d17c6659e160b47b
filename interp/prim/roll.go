// This file defines Roll and Deal on an atom right argument (`x?y` with an
// atom y): random values of y's type, as the table in q's reference for
// Roll and Deal lists them.

package prim

import (
	"math/rand/v2"

	"qgo/interp/k"
)

// randSymChars are the letters q's random symbols (n?`3) are made of.
const randSymChars = "abcdefghijklmnop"

// generate is n?y (or neg[n]?y when deal) for an atom y: values of y's type
// between 0 and y (integers, floats and temporals), any value of the type
// for 0 (long, int), 0b, 0x00 and 0Ng, letters for " " and symbols of y's
// length for a numeric symbol `n. A zero time of day (0D0, 00:00) rolls
// times within a day; a zero month, date or timestamp, whose range 0 to
// y is its zero (the table's "temporal ≥0"), rolls that zero, as a zero
// float or datetime does. Deal (distinct picks) is defined for the
// integer kinds, GUIDs and symbols; for the rest it signals 'domain.
func generate(r *rand.Rand, n int, deal bool, y k.Value) k.Value {
	switch a := y.(type) {
	case k.Atom[int64]:
		switch a.T {
		case -k.KJ:
			if a.V == 0 {
				return longs(randDistinct(r, n, deal, func() int64 { return int64(r.Uint64()) }))
			}
			return rollInts(r, n, deal, a.V, y.Type())
		case -k.KP, -k.KN:
			if a.T == -k.KN && a.V == 0 {
				a.V = k.NsPerDay // 0D0: any time of day
			}
			if a.V == 0 && !deal { // the 0 to y of a zero timestamp
				return &k.Vec[int64]{T: -a.T, V: make([]int64, n)}
			}
			if deal || a.V <= 0 || a.V == k.NJ {
				k.Signal(k.ErrDomain)
			}
			out := make([]int64, n)
			for i := range out {
				out[i] = r.Int64N(a.V)
			}
			return &k.Vec[int64]{T: -a.T, V: out}
		}
	case k.Atom[int32]:
		switch a.T {
		case -k.KI:
			if a.V == 0 {
				v := randDistinct(r, n, deal, func() int64 {
					for {
						if i := int32(r.Uint32()); i != k.NI {
							return int64(i)
						}
					}
				})
				return convInts(-k.KI, v)
			}
			return rollInts(r, n, deal, int64(a.V), y.Type())
		case -k.KM, -k.KD, -k.KU, -k.KV, -k.KT:
			if a.V == 0 {
				a.V = dayUnits[a.T] // a zero time of day: any time of day
			}
			if a.V == 0 && !deal { // the 0 to y of a zero month or date
				return &k.Vec[int32]{T: -a.T, V: make([]int32, n)}
			}
			if deal || a.V <= 0 || a.V == k.NI {
				k.Signal(k.ErrDomain)
			}
			out := make([]int32, n)
			for i := range out {
				out[i] = r.Int32N(a.V)
			}
			return &k.Vec[int32]{T: -a.T, V: out}
		}
	case k.Atom[int16]:
		return rollInts(r, n, deal, int64(a.V), y.Type())
	case k.Atom[float64]:
		if deal {
			k.Signal(k.ErrDomain)
		}
		out := make([]float64, n)
		for i := range out {
			out[i] = r.Float64() * a.V
		}
		return &k.Vec[float64]{T: -a.T, V: out}
	case k.Atom[float32]:
		if deal {
			k.Signal(k.ErrDomain)
		}
		out := make([]float32, n)
		for i := range out {
			out[i] = float32(r.Float64()) * a.V
		}
		return &k.Vec[float32]{T: k.KE, V: out}
	case k.Atom[bool]:
		out := make([]bool, n)
		for i := range out {
			out[i] = r.IntN(2) == 1
		}
		return k.Bools(out...)
	case k.Atom[uint8]:
		if a.T == -k.KC {
			if a.V != ' ' || deal {
				k.Signal(k.ErrDomain)
			}
			out := make([]byte, n)
			for i := range out {
				out[i] = byte('a' + r.IntN(26))
			}
			return &k.Vec[uint8]{T: k.KC, V: out}
		}
		if deal {
			k.Signal(k.ErrDomain)
		}
		m := int(a.V)
		if m == 0 {
			m = 256
		}
		out := make([]byte, n)
		for i := range out {
			out[i] = byte(r.IntN(m))
		}
		return &k.Vec[uint8]{T: k.KX, V: out}
	case k.Atom[k.GUID]:
		if a.V != (k.GUID{}) {
			k.Signal(k.ErrDomain)
		}
		k.Reserve(n, 16)
		out := make([]k.GUID, n)
		var seen map[k.GUID]struct{}
		if deal { // only a deal keeps what it drew, in a map made to size
			k.Reserve(n, 16+mapEntry)
			seen = make(map[k.GUID]struct{}, n)
		}
		for i := 0; i < n; i++ {
			var g k.GUID
			for j := 0; j < 16; j += 8 {
				u := r.Uint64()
				for b := 0; b < 8; b++ {
					g[j+b] = byte(u >> (8 * b))
				}
			}
			if deal {
				if _, dup := seen[g]; dup {
					i--
					continue
				}
				seen[g] = struct{}{}
			}
			out[i] = g
		}
		return &k.Vec[k.GUID]{T: k.KG, V: out}
	case k.Atom[string]:
		return randSyms(r, n, deal, a.V)
	}
	k.Signal(k.ErrType)
	return nil
}

// dayUnits is one day in the units of the time-of-day types (0 for the
// others).
var dayUnits = map[k.Type]int32{-k.KU: 1440, -k.KV: 86400, -k.KT: 86400000}

// rollInts is n?m (or the deal) for a positive integer atom m, typed as y.
func rollInts(r *rand.Rand, n int, deal bool, m int64, t k.Type) k.Value {
	if m <= 0 || m == k.NJ {
		k.Signal(k.ErrDomain)
	}
	if deal {
		if int64(n) > m {
			k.Signal(k.ErrLength)
		}
		return convInts(t, dealInts(r, n, m))
	}
	out := make([]int64, n)
	for i := range out {
		out[i] = r.Int64N(m)
	}
	return convInts(t, out)
}

// randDistinct is n values of next, all different when deal.
// A deal keeps what it drew in a map made to size, checked against the
// workspace first: a map that grew by doubling was one allocation too
// large for the heap watch to see coming (-100000000?0Ng ended a server
// under an address-space limit with Go's fatal out of memory).
func randDistinct(r *rand.Rand, n int, deal bool, next func() int64) []int64 {
	out := make([]int64, 0, n)
	if !deal {
		for len(out) < n {
			out = append(out, next())
		}
		return out
	}
	k.Reserve(n, mapEntry)
	seen := make(map[int64]struct{}, n)
	for len(out) < n {
		r := next()
		if _, dup := seen[r]; dup {
			continue
		}
		seen[r] = struct{}{}
		out = append(out, r)
	}
	return out
}

// mapEntry is what an entry of a Go map made to size costs, in bytes,
// beside its key and value, for k.Reserve before it is made (a deal's
// values drawn, a find's index): Go's swiss tables hold 8 slots a group
// with a control word, at a load of 7/8, and double when full.
const mapEntry = 48

// randSyms is n?`m: symbols of m letters (1 to 8) from randSymChars,
// distinct for a deal.
func randSyms(r *rand.Rand, n int, deal bool, s string) k.Value {
	if len(s) != 1 || s[0] < '1' || s[0] > '8' {
		k.Signal(k.ErrDomain)
	}
	w := int(s[0] - '0')
	if deal && w < 8 && int64(n) > int64(1)<<(4*w) {
		k.Signal(k.ErrLength)
	}
	mask := uint64(1)<<(4*w) - 1
	k.Reserve(n, 8+16+w) // the draws, the names and their text
	v := randDistinct(r, n, deal, func() int64 { return int64(r.Uint64() & mask) })
	out := make([]string, n)
	if w <= 4 && n >= 1<<(4*w)/16 {
		// At most 16^w distinct names, and enough of them wanted that a
		// table of them all pays (16^4 strings are 1 MiB; 1?`4 makes one
		// name): make each once and share it.
		memo := make([]string, 1<<(4*w))
		b := make([]byte, w)
		for i, r := range v {
			s := memo[r]
			if s == "" {
				for j, x := 0, r; j < w; j, x = j+1, x>>4 {
					b[j] = randSymChars[x&15]
				}
				s = string(b)
				memo[r] = s
			}
			out[i] = s
		}
		return k.Syms(out...)
	}
	// Otherwise one buffer for all of them, each name a slice of it.
	buf := make([]byte, n*w)
	for i, r := range v {
		for j := 0; j < w; j++ {
			buf[i*w+j] = randSymChars[r&15]
			r >>= 4
		}
	}
	all := string(buf)
	for i := range out {
		out[i] = all[i*w : (i+1)*w]
	}
	return k.Syms(out...)
}
