// This file defines .Q.id, which turns symbols into valid q names, and the
// reserved words (.Q.res and the names of the .q namespace) it avoids.

package interp

import (
	"strconv"
	"strings"

	"qgo/interp/k"
)

// qWords are the names q defines in its .q namespace (q.k), which .Q.id
// treats as reserved too.
var qWords = strings.Fields(`neg not null string reciprocal floor ceiling signum mod xbar xlog
	and or each scan over prior mmu lsq inv md5 ltime gtime count first svar sdev scov med all
	any rand sums prds mins maxs fills deltas ratios avgs differ prev next rank reverse iasc
	idesc asc desc msum mcount mavg mdev xrank mmin mmax xprev rotate ema distinct group where
	flip type key til value get attr cut set upsert raze union inter except cross sv vs sublist
	read0 read1 hclose hdel hsym hcount peach system ltrim rtrim trim lower upper ssr view
	tables views cols xcols keys xkey xcol xasc xdesc fkeys meta lj ljf aj aj0 ajf ajf0 ij ijf
	pj asof uj ujf ww wj wj1 fby xgroup ungroup ej save load rsave rload dsave show csv parse
	eval reval`)

// qWordSet is qWords as a set.
var qWordSet = func() map[string]bool {
	m := map[string]bool{}
	for _, s := range qWords {
		m[s] = true
	}
	return m
}()

// reserved reports whether .Q.id suffixes the name s with "1": the column
// name i, a word of .Q.res, or a name of the .q namespace.
func (in *Interp) reserved(s string) bool {
	if s == "i" || qWordSet[s] {
		return true
	}
	if res, ok := in.globals[".Q.res"].(*k.Vec[string]); ok {
		for _, r := range res.V {
			if r == s {
				return true
			}
		}
	}
	return false
}

// qID is .Q.id: a symbol with the characters that may not appear in a
// name removed (and "a" put in front when it would not start with a
// letter); for a table or dictionary, its column names or keys made valid
// and unique.
func (in *Interp) qID(x k.Value) k.Value {
	switch v := x.(type) {
	case k.Atom[string]:
		return k.S(idName(v.V))
	case *k.Vec[string]:
		out := make([]string, len(v.V))
		for i, s := range v.V {
			out[i] = idName(s)
		}
		return k.Syms(out...)
	case *k.Table:
		return &k.Table{Cols: k.Syms(in.idCols(v.Cols.V)...), Data: v.Data}
	case *k.Dict:
		kt, ok1 := v.K.(*k.Table)
		vt, ok2 := v.V.(*k.Table)
		if ok1 && ok2 {
			names := in.idCols(append(append([]string{}, kt.Cols.V...), vt.Cols.V...))
			n := len(kt.Cols.V)
			return &k.Dict{K: &k.Table{Cols: k.Syms(names[:n]...), Data: kt.Data},
				V: &k.Table{Cols: k.Syms(names[n:]...), Data: vt.Data}}
		}
		if s, ok := v.K.(*k.Vec[string]); ok {
			return &k.Dict{K: k.Syms(in.idCols(s.V)...), V: v.V}
		}
	}
	k.Signal("type")
	return nil
}

// idName keeps the alphanumerics and underscores of s, and puts "a" in
// front unless the result starts with a letter.
func idName(s string) string {
	b := make([]byte, 0, len(s)+1)
	for i := 0; i < len(s); i++ {
		if c := s[i]; isAlnum(c) || c == '_' {
			b = append(b, c)
		}
	}
	if len(b) == 0 || !isAlpha(b[0]) {
		b = append([]byte{'a'}, b...)
	}
	return string(b)
}

// idCols makes column names valid: each sanitised, reserved words given a
// "1", and a name that repeats an earlier one given its repeat count.
func (in *Interp) idCols(names []string) []string {
	out := make([]string, len(names))
	seen := map[string]int{}
	for i, s := range names {
		s = idName(s)
		if in.reserved(s) {
			s += "1"
		}
		n := seen[s]
		seen[s] = n + 1
		if n > 0 {
			s += strconv.Itoa(n)
		}
		out[i] = s
	}
	return out
}

func isAlpha(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func isAlnum(c byte) bool { return isAlpha(c) || c >= '0' && c <= '9' }
