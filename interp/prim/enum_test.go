package prim

import (
	"testing"

	"qgo/interp/k"
)

// enumEnv holds the domains of the enumerations in these tests.
type enumEnv map[string]k.Value

func (e enumEnv) Domain(name string) k.Value { return e[name] }

// catchSignal runs f and gives the message of the q signal it raised.
func catchSignal(f func()) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = r.(*k.Error).Msg
		}
	}()
	f()
	return ""
}

func TestEnumJoinAndMatch(t *testing.T) {
	env := enumEnv{"sym": k.Syms("a", "b"), "sym2": k.Syms("c", "d")}
	ea := k.EnumAtom{Dom: "sym", V: 1, Env: env}
	eb := k.EnumAtom{Dom: "sym2", V: 0, Env: env}
	ev := k.NewEnum("sym", env, []int64{0, 1})
	// docs/ref/join.md
	if r, ok := Join(ea, ea).(*k.Enum); !ok || r.Dom != "sym" || len(r.V) != 2 {
		t.Errorf("one domain keeps the type: %#v", r)
	}
	if _, ok := Join(ea, eb).(*k.List); !ok {
		t.Error("atoms of two domains make a general list")
	}
	if _, ok := Join(ea, k.S("b")).(*k.List); !ok {
		t.Error("an enumerated atom and a symbol make a general list")
	}
	if r := Join(ev, k.S("c")); !Match(r, k.Syms("a", "b", "c")) {
		t.Errorf("(`sym$`a`b),`c: got %#v", r)
	}
	// docs/ref/match.md: (`l1$`a)~`l2$`a is 0b, = is 1b
	if Match(ea, k.EnumAtom{Dom: "other", V: 1, Env: env}) || !Match(ev, k.NewEnum("sym", env, []int64{0, 1})) {
		t.Error("Match compares the domain and the indices")
	}
	eq := EnumDyad("=", Dyads["="])
	if r := eq(ea, k.S("b")); r != k.B(true) {
		t.Errorf("= compares values: %v", r)
	}
}

func TestEnumStructural(t *testing.T) {
	env := enumEnv{"d": k.Syms("a", "b", "c")}
	e := k.NewEnum("d", env, []int64{0, 1, 2, 1})
	if r := Index(e, k.Longs(3, 0)).(*k.Enum); r.V[0] != 1 || r.V[1] != 0 {
		t.Errorf("index: %v", r.V)
	}
	if r := Index(e, k.J(9)).(k.EnumAtom); r.V != k.NJ || r.Dom != "d" {
		t.Errorf("index out of range: %#v", r)
	}
	if r := Take(k.J(5), e).(*k.Enum); len(r.V) != 5 || r.V[4] != 0 {
		t.Errorf("take: %v", r.V)
	}
	if r := Reverse(e).(*k.Enum); r.V[0] != 1 || r.V[3] != 0 {
		t.Errorf("reverse: %v", r.V)
	}
	if r := EnumMonad("distinct", Monads["distinct"])(e).(*k.Enum); len(r.V) != 3 {
		t.Errorf("distinct: %v", r.V)
	}
	if r := EnumMonad("key", Key)(e); r != k.S("d") {
		t.Errorf("key: %v", r)
	}
	if r := EnumMonad("value", Value)(e); !Match(r, k.Syms("a", "b", "c", "b")) {
		t.Errorf("value: %v", r)
	}
	if r := EnumDyad("$", Dollar)(k.C('i'), e); !Match(r, k.Ints(k.KI, 0, 1, 2, 1)) {
		t.Errorf(`"i"$e: %v`, r)
	}
	if r := EnumMonad("iasc", Monads["iasc"])(k.NewEnum("d", env, []int64{2, 0, 1})); !Match(r, k.Longs(1, 2, 0)) {
		t.Errorf("iasc sorts by value: %v", r)
	}
}

func TestEnumerate(t *testing.T) {
	env := enumEnv{"x": k.Syms("a", "b")}
	if r := Enumerate("x", env, k.Syms("b", "a")).(*k.Enum); r.V[0] != 1 || r.V[1] != 0 {
		t.Errorf("enumerate: %v", r.V)
	}
	if msg := catchSignal(func() { Enumerate("x", env, k.Syms("a", "c")) }); msg != "cast" {
		t.Errorf("an item not in the domain: got %q want 'cast", msg)
	}
	if msg := catchSignal(func() { Enumerate("nosuch", env, k.S("a")) }); msg != "nosuch" {
		t.Errorf("an undefined domain: got %q", msg)
	}
	e := Enumerate("x", env, k.Syms("a", "a")).(*k.Enum)
	if r := Amend(e, k.J(1), k.S("b")).(*k.Enum); r.V[1] != 1 {
		t.Errorf("amend casts the new value: %v", r.V)
	}
	if msg := catchSignal(func() { Amend(e, k.J(1), k.S("z")) }); msg != "cast" {
		t.Errorf("amend with a value not in the domain: %q", msg)
	}
	// a foreign key: qSQL's s.name
	env["s"] = &k.Dict{K: &k.Table{Cols: k.Syms("s"), Data: []k.Value{k.Syms("s1", "s2")}},
		V: &k.Table{Cols: k.Syms("name"), Data: []k.Value{k.Syms("smith", "jones")}}}
	fk := Enumerate("s", env, k.Syms("s2", "s1", "s2"))
	if r := Index(fk, k.S("name")); !Match(r, k.Syms("jones", "smith", "jones")) {
		t.Errorf("s.name: %v", r)
	}
}
