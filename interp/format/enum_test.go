package format

import (
	"testing"

	"qgo/interp/k"
)

// enumEnv holds the domains of the enumerations in these tests.
type enumEnv map[string]k.Value

func (e enumEnv) Domain(name string) k.Value { return e[name] }

func TestEnumForms(t *testing.T) {
	env := enumEnv{
		"d": s("a", "b", "c"),
		"f": dict(&k.Table{Cols: k.Syms("x"), Data: []k.Value{j(1, 2, 3)}},
			&k.Table{Cols: k.Syms("y"), Data: []k.Value{j(10, 20, 30)}}),
	}
	e := k.NewEnum("d", env, []int64{0, 1, 2, 1})
	g := k.NewEnum("d", env, []int64{0, 1})
	g.A = k.AttrG
	o := Default()
	cases := []struct {
		v    k.Value
		want string
	}{
		{e, "`d$`a`b`c`b"},                          // docs/ref/enumerate.md
		{e.At(2), "`d$`c"},                          // docs/ref/join.md: `sym$`b
		{k.NewEnum("d", env, []int64{2}), "`d$,`c"}, // docs/ref/ungroup.md: `p$,`p4
		{g, "`g#`d$`g#`a`b"},                        // docs/ref/enum-extend.md
		{k.NewEnum("f", env, []int64{1, 1, 1}), "`f$2 2 2"},
		{l(e.At(1), k.S("b")), "(`d$`b;`b)"},
	}
	for _, c := range cases {
		if got := Repr(c.v, o); got != c.want {
			t.Errorf("Repr: got %s want %s", got, c.want)
		}
	}
	if got := String(e.At(1), o); got != "b" {
		t.Errorf("String: got %q", got)
	}
	// a table shows the values bare (docs/ref/select.md, sp's s column)
	tab := &k.Table{Cols: k.Syms("s", "v"), Data: []k.Value{e, j(1, 2, 3, 4)}}
	want := "s v\n---\na 1\nb 2\nc 3\nb 4"
	if got := Console(tab, o); got != want {
		t.Errorf("Console table:\n%s\nwant\n%s", got, want)
	}
	// a dictionary of enumerated atoms: first sp (docs/ref/first.md)
	rec := dict(s("s", "qty"), l(e.At(0), k.J(300)))
	if got, want := Console(rec, o), "s  | `d$`a\nqty| 300"; got != want {
		t.Errorf("Console record:\n%s\nwant\n%s", got, want)
	}
}
