package prim

import (
	"fmt"
	"math"
	"testing"

	"qgo/interp/k"
)

// structuralMonads and structuralDyads are the names this file's
// primitives register (see the init functions of list*.go, sort.go,
// set.go, dict.go, table.go, find.go, match.go, str*.go).
var (
	structuralMonads = []string{"til", "count", "#", "first", "*", "last", "reverse", "|",
		"where", "&", "enlist", ",", "raze", "@", "type", "prev", "next", "differ", "fills",
		"asc", "desc", "iasc", "<", "idesc", ">", "rank", "attr", "distinct", "?", "group", "=",
		"key", "!", "value", "get", "keys", "flip", "+", "cols", "ungroup",
		"lower", "upper", "trim", "ltrim", "rtrim"}
	structuralDyads = []string{"xprev", "rotate", "sublist", ",", "cross", "#", "take", "_", "drop",
		"cut", "xasc", "xdesc", "in", "except", "inter", "union", "within", "bin", "binr",
		"?", "find", "!", "xkey", "xcol", "xcols", "xgroup", "~", "match", "like", "ss", "vs", "sv"}
)

// oddValues is a matrix of arguments of every shape: atoms of each type
// (with nulls and infinities), empty and short vectors, general and
// nested lists, dictionaries, tables, keyed tables and functions.
func oddValues() []k.Value {
	var out []k.Value
	atoms := []k.Value{
		k.B(true), k.B(false), k.G(k.GUID{1}), k.G(k.GUID{}), k.X(7), k.X(0), k.H(3), k.H(k.NH), k.H(-2),
		k.I(2), k.I(k.NI), k.I(k.WI), k.J(0), k.J(1), k.J(3), k.J(-2), k.J(k.NJ), k.J(k.WJ), k.J(-k.WJ),
		k.E(1.5), k.E(k.NE), k.F(2), k.F(-1.5), k.F(math.NaN()), k.F(math.Inf(1)), k.C('a'), k.C(' '),
		k.S("a"), k.S(""), k.S("s"), k.S(":dir/file"), k.S("a.b"),
		k.Atom[int64]{T: -k.KP, V: 5}, k.Atom[int32]{T: -k.KM, V: 3}, k.Atom[int32]{T: -k.KD, V: 9},
		k.Atom[float64]{T: -k.KZ, V: 1.5}, k.Atom[int64]{T: -k.KN, V: 7}, k.Atom[int32]{T: -k.KU, V: 1},
		k.Atom[int32]{T: -k.KV, V: 2}, k.Atom[int32]{T: -k.KT, V: 3},
	}
	out = append(out, atoms...)
	for _, t := range []k.Type{k.KB, k.KG, k.KX, k.KH, k.KI, k.KJ, k.KE, k.KF, k.KC, k.KS, k.KP, k.KM, k.KD, k.KZ, k.KN, k.KU, k.KV, k.KT, k.KList} {
		out = append(out, k.Empty(t))
	}
	for _, a := range atoms {
		out = append(out, k.Enlist(a))
	}
	out = append(out,
		k.Longs(0, 1, 2), k.Longs(2, 0, 1, 1), k.Longs(-1, 5), k.Longs(k.NJ, 2), k.Longs(1, k.NJ),
		k.Floats(1.5, math.NaN(), -2), k.Bools(true, false, true), k.Syms("b", "a", "s"),
		k.Str("hello world"), k.Str(""), k.Ints(k.KI, 3, 1), &k.Vec[uint8]{T: k.KX, V: []byte{1, 0, 2}},
		&k.Vec[int16]{T: k.KH, V: []int16{2, 3}}, &k.Vec[float32]{T: k.KE, V: []float32{1, 2}},
		&k.Vec[k.GUID]{T: k.KG, V: []k.GUID{{1}, {}}}, k.Ints(k.KD, 1, 2, 3),
		k.NewList(k.J(1), k.S("a")), k.NewList(k.Longs(1, 2), k.Str("ab")), k.NewList(k.Longs(1, 2), k.Longs(3, 4)),
		k.NewList(k.Str("ab"), k.Str("cd"), k.Str("ef")), k.NewList(k.NewList(k.J(1), k.NewList())), k.NewList(k.Identity, k.J(1)),
		k.NewList(k.Syms("a", "b"), k.Longs(1, 2)), k.NewList(k.J(1), k.J(2)),
	)
	d := &k.Dict{K: k.Syms("a", "b", "c"), V: k.Longs(1, 2, 3)}
	dl := &k.Dict{K: k.Syms("a", "b"), V: k.NewList(k.Longs(1, 2), k.Str("xy"))}
	dn := &k.Dict{K: k.Longs(1, 2), V: k.Syms("x", "y")}
	de := &k.Dict{K: k.NewList(), V: k.NewList()}
	tb := &k.Table{Cols: k.Syms("a", "b"), Data: []k.Value{k.Longs(1, 2, 3), k.Syms("x", "y", "z")}}
	te := &k.Table{Cols: k.Syms("a"), Data: []k.Value{k.Longs()}}
	tn := &k.Table{Cols: k.Syms("a", "p"), Data: []k.Value{k.Longs(1, 2), k.NewList(k.Longs(1, 2), k.Longs(3))}}
	kt := &k.Dict{K: &k.Table{Cols: k.Syms("k"), Data: []k.Value{k.Syms("a", "b")}},
		V: &k.Table{Cols: k.Syms("v"), Data: []k.Value{k.Longs(1, 2)}}}
	out = append(out, d, dl, dn, de, tb, te, tn, kt, k.NewList(d, d), k.NewList(tb, k.J(1)),
		&k.Dict{K: k.Syms("s"), V: k.Syms("a")},
		&k.Prim{T: k.FB, Name: "+"}, k.Identity, &k.Lambda{Src: "{x}", Params: []string{"x"}},
		&k.Proj{F: &k.Prim{T: k.FB, Name: "+"}, Args: []k.Value{k.J(1), nil}},
		&k.Derived{T: k.FEach, F: &k.Prim{T: k.FU, Name: "count"}}, &k.Comp{Fs: []k.Value{k.Identity}},
		&k.ErrVal{Msg: "x"},
	)
	return out
}

// callSafe calls f and returns a description of any panic that is not a
// q signal (*k.Error).
func callSafe(f func()) (bad string) {
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(*k.Error); !ok {
				bad = fmt.Sprint(r)
			}
		}
	}()
	f()
	return ""
}

// TestOddArguments feeds every structural primitive every odd argument
// (and pair of arguments): each must return a value or signal a q error,
// never panic otherwise.
func TestOddArguments(t *testing.T) {
	vals := oddValues()
	fails := 0
	report := func(what string, bad string) {
		if bad != "" && fails < 40 {
			fails++
			t.Errorf("%s: Go panic %s", what, bad)
		}
	}
	for _, name := range structuralMonads {
		f := Monads[name]
		if f == nil {
			t.Errorf("monad %q not registered", name)
			continue
		}
		for _, x := range vals {
			report(fmt.Sprintf("%s %s", name, qs(x)), callSafe(func() {
				if r := f(x); r == nil {
					panic("nil result")
				}
			}))
		}
	}
	for _, name := range structuralDyads {
		f := Dyads[name]
		if f == nil {
			t.Errorf("dyad %q not registered", name)
			continue
		}
		for _, x := range vals {
			for _, y := range vals {
				report(fmt.Sprintf("%s %s %s", qs(x), name, qs(y)), callSafe(func() {
					if r := f(x, y); r == nil {
						panic("nil result")
					}
				}))
			}
		}
	}
	for _, x := range vals {
		for _, y := range vals {
			report(fmt.Sprintf("Index %s %s", qs(x), qs(y)), callSafe(func() { Index(x, y) }))
			report(fmt.Sprintf("IndexDeep %s %s", qs(x), qs(y)), callSafe(func() { IndexDeep(x, []k.Value{y, nil, y}) }))
			report(fmt.Sprintf("Amend %s %s", qs(x), qs(y)), callSafe(func() { Amend(x, y, y) }))
			report(fmt.Sprintf("AmendDeep %s %s", qs(x), qs(y)), callSafe(func() { AmendDeep(x, []k.Value{nil, y}, x) }))
			report(fmt.Sprintf("Amend v %s %s", qs(x), qs(y)), callSafe(func() { Amend(x, k.J(0), y) }))
			report(fmt.Sprintf("Ssr %s %s", qs(x), qs(y)), callSafe(func() { Ssr(x, y, x, nil) }))
			callSafe(func() { Match(x, y) })
		}
	}
}
