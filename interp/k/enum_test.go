package k

import (
	"bytes"
	"testing"
)

// testDomains is a set of globals for enumerations in tests.
type testDomains map[string]Value

func (d testDomains) Domain(name string) Value { return d[name] }

func TestEnumUnifyAndAt(t *testing.T) {
	env := testDomains{"d": Syms("a", "b", "c"), "e": Syms("x")}
	v := Unify([]Value{EnumAtom{"d", 2, env}, EnumAtom{"d", 0, env}})
	e, ok := v.(*Enum)
	if !ok || e.Dom != "d" || len(e.V) != 2 || e.V[0] != 2 || e.V[1] != 0 {
		t.Fatalf("Unify of one domain's atoms: got %#v", v)
	}
	if v.Type() != 20 || At(v, 1).Type() != -20 {
		t.Fatalf("types: %d %d", v.Type(), At(v, 1).Type())
	}
	if _, ok := Unify([]Value{EnumAtom{"d", 0, env}, EnumAtom{"e", 0, env}}).(*List); !ok {
		t.Fatal("atoms of two domains should make a general list")
	}
	if _, ok := Unify([]Value{EnumAtom{"d", 0, env}, S("a")}).(*List); !ok {
		t.Fatal("an enumerated atom and a symbol should make a general list")
	}
}

func TestEnumResolve(t *testing.T) {
	env := testDomains{"d": Syms("a", "b", "c")}
	e := NewEnum("d", env, []int64{0, 2, 5, NJ})
	got := e.Resolve().(*Vec[string]).V
	if want := []string{"a", "c", "", ""}; !equalStrings(got, want) {
		t.Fatalf("Resolve: got %q want %q", got, want)
	}
	env["d"] = Syms("o", "b", "c") // the domain changes under the enumeration
	if got := e.At(0).Resolve(); got != S("o") {
		t.Fatalf("Resolve after the domain changed: %v", got)
	}
	delete(env, "d")
	if e.Resolve() != nil {
		t.Fatal("an undefined domain resolves to nil")
	}
	// a keyed table's key: its one column
	env["f"] = &Dict{K: &Table{Cols: Syms("x"), Data: []Value{Longs(1, 2, 3)}},
		V: &Table{Cols: Syms("y"), Data: []Value{Longs(10, 20, 30)}}}
	fk := NewEnum("f", env, []int64{1, 1})
	if got := fk.Resolve().(*Vec[int64]).V; got[0] != 2 || got[1] != 2 {
		t.Fatalf("foreign key: got %v", got)
	}
}

func TestEnumNull(t *testing.T) {
	if !IsNull(Null(-KEnum)) || IsNull(EnumAtom{V: 0}) {
		t.Fatal("an enumerated atom is null only for a null index")
	}
	if NewVec(KEnum, 2).Type() != KEnum {
		t.Fatal("NewVec(KEnum)")
	}
}

func TestEnumEncodesAsValues(t *testing.T) {
	// "Enumerations are automatically converted to values before sending
	// through IPC" (docs/kb/serialization.md)
	env := testDomains{"d": Syms("a", "b")}
	got, err := Encode(NewEnum("d", env, []int64{1, 0}), 0)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := Encode(Syms("b", "a"), 0)
	if !bytes.Equal(got, want) {
		t.Fatalf("got %x want %x", got, want)
	}
	if _, err := Encode(NewEnum("gone", env, []int64{0}), 0); err == nil {
		t.Fatal("an enumeration over an undefined domain cannot be sent")
	}
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
