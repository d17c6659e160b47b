package prim

import (
	"math"
	"testing"

	"qgo/interp/k"
)

// qtMine are the primitives this package's arithmetic, comparison,
// aggregate and cast files register.
var qtMine = struct{ monads, dyads []string }{
	monads: []string{"neg", "-", "abs", "signum", "reciprocal", "floor", "ceiling", "sqrt", "exp", "log",
		"sin", "cos", "tan", "asin", "acos", "atan", "not", "null", "sum", "prd", "max", "min", "avg",
		"all", "any", "sums", "prds", "maxs", "mins", "avgs", "deltas", "ratios", "var", "svar", "dev",
		"sdev", "med"},
	dyads: []string{"+", "-", "*", "%", "div", "mod", "xexp", "xlog", "xbar", "=", "<>", "<", ">", "<=",
		">=", "&", "and", "|", "or", "^", "$", "mmu", "cov", "scov", "cor", "wsum", "wavg", "msum",
		"mcount", "mavg", "mdev", "mmax", "mmin"},
}

// qtOdd is a matrix of arguments of every shape: atoms of each type with
// nulls and infinities, empty and short vectors, general lists,
// dictionaries, tables, keyed tables and functions.
func qtOdd() []k.Value {
	g := k.GUID{1, 2, 3}
	vals := []k.Value{
		k.B(false), k.B(true), k.G(k.GUID{}), k.G(g), k.X(0), k.X(255),
		k.H(1), k.H(k.NH), k.H(k.WH), k.I(1), k.I(k.NI), k.I(-k.WI), k.I(0),
		k.J(1), k.J(0), k.J(-3), k.J(k.NJ), k.J(k.WJ), k.J(-k.WJ), k.J(1 << 40),
		k.E(1.5), k.E(k.NE), k.F(1.5), k.F(k.NF), k.F(math.Inf(1)), k.F(math.Inf(-1)), k.F(-0.5),
		k.C('a'), k.C(' '), k.S("a"), k.S(""),
		k.Atom[int64]{T: -k.KP, V: 1}, k.Atom[int64]{T: -k.KP, V: k.NJ}, k.Atom[int64]{T: -k.KP, V: k.WJ},
		k.Atom[int32]{T: -k.KM, V: 3}, k.Atom[int32]{T: -k.KD, V: -400}, k.Atom[int32]{T: -k.KD, V: k.WI},
		k.Atom[float64]{T: -k.KZ, V: 1.25}, k.Atom[float64]{T: -k.KZ, V: k.NF},
		k.Atom[int64]{T: -k.KN, V: 5}, k.Atom[int32]{T: -k.KU, V: 61},
		k.Atom[int32]{T: -k.KV, V: 3601}, k.Atom[int32]{T: -k.KT, V: k.NI},
		k.Str(""), k.Str("ab"), k.Longs(), k.Longs(1, k.NJ), k.Floats(), k.Floats(0.5, k.NF),
		k.Bools(true, false), k.Syms(), k.Syms("a", ""), k.Ints(k.KD, 0, k.NI), k.Ints(k.KI),
		&k.Vec[int16]{T: k.KH, V: []int16{1, k.NH}}, &k.Vec[float32]{T: k.KE, V: []float32{1, k.NE}},
		&k.Vec[uint8]{T: k.KX, V: []byte{1, 2}}, &k.Vec[k.GUID]{T: k.KG, V: []k.GUID{g, {}}},
		&k.Vec[int64]{T: k.KP, V: []int64{0, k.NJ}}, &k.Vec[float64]{T: k.KZ, V: []float64{0, 1}},
		&k.Vec[int32]{T: k.KT, V: []int32{0, 1000}}, &k.Vec[int32]{T: k.KM, V: []int32{0, 13}},
		k.NewList(), k.NewList(k.J(1), k.S("a")), k.NewList(k.Longs(1, 2), k.Longs(3, 4)),
		k.NewList(k.NewList(k.J(1), k.F(2)), k.Str("a")), k.NewList(k.Longs(1), k.Str("ab"), k.J(2)),
		&k.Dict{K: k.Syms("a", "b"), V: k.Longs(1, 2)},
		&k.Dict{K: k.Syms("a", "b"), V: k.NewList(k.Longs(1, 2), k.J(3))},
		&k.Dict{K: k.Longs(1, 2), V: k.Syms("x", "y")},
		&k.Dict{K: k.Syms(), V: k.Longs()},
		&k.Table{Cols: k.Syms("a", "b"), Data: []k.Value{k.Longs(1, 2), k.Syms("x", "y")}},
		&k.Table{Cols: k.Syms("a"), Data: []k.Value{k.Floats()}},
		&k.Dict{K: &k.Table{Cols: k.Syms("k"), Data: []k.Value{k.Syms("a", "b")}},
			V: &k.Table{Cols: k.Syms("v"), Data: []k.Value{k.Longs(1, 2)}}},
		&k.Prim{T: k.FU, Name: "neg"}, &k.Prim{T: k.FB, Name: "+"}, k.Identity,
		&k.Lambda{Src: "{x}", Params: []string{"x"}},
		&k.Derived{T: k.FOver, F: &k.Prim{T: k.FB, Name: "+"}},
		&k.Proj{F: &k.Prim{T: k.FB, Name: "+"}, Args: []k.Value{k.J(1), nil}},
	}
	return vals
}

// qtTry calls f and reports a panic that is not a q signal.
func qtTry(f func()) (bad any) {
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(*k.Error); !ok {
				bad = r
			}
		}
	}()
	f()
	return nil
}

// TestArithOddArguments checks that this package's primitives are
// registered, and feeds each one every odd argument (or pair): the result
// is a value or a q signal, never another panic.
func TestArithOddArguments(t *testing.T) {
	for _, n := range qtMine.monads {
		if Monads[n] == nil {
			t.Fatalf("monad %q is not registered", n)
		}
	}
	for _, n := range qtMine.dyads {
		if Dyads[n] == nil {
			t.Fatalf("dyad %q is not registered", n)
		}
	}
	vals := qtOdd()
	for _, n := range qtMine.monads {
		f := Monads[n]
		for _, x := range vals {
			if bad := qtTry(func() { f(x) }); bad != nil {
				t.Errorf("%s %s: %v", n, qtShow(x), bad)
			}
		}
	}
	for _, n := range qtMine.dyads {
		f := Dyads[n]
		failed := 0
		for _, x := range vals {
			for _, y := range vals {
				if bad := qtTry(func() { f(x, y) }); bad != nil && failed < 5 {
					failed++
					t.Errorf("%s[%s; %s]: %v", n, qtShow(x), qtShow(y), bad)
				}
			}
		}
	}
}
