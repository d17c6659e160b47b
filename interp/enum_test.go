package interp

import (
	"bytes"
	"testing"

	"qgo/interp/format"
	"qgo/interp/k"
)

// enumSession is a session with the tables of docs/ref/fkeys.md and a
// symbol domain.
func enumSession(t *testing.T) *Interp {
	t.Helper()
	in := New(&bytes.Buffer{})
	for _, src := range []string{
		"f:([x:1 2 3]y:10 20 30)",
		"t:([]a:`f$2 2 2;b:0;c:`f$1 1 1)",
		"x:`a`b`c`d",
	} {
		if _, err := in.Line(src); err != nil {
			t.Fatalf("%s: %v", src, err)
		}
	}
	return in
}

// enumEval evaluates src in session in.
func enumEval(t *testing.T, in *Interp, src string) k.Value {
	t.Helper()
	v, err := in.Eval(src)
	if err != nil {
		t.Fatalf("%s: %v", src, err)
	}
	return v
}

func TestEnumSession(t *testing.T) {
	in := enumSession(t)
	// in order: the session's state carries from case to case
	cases := [][2]string{
		{"tt:t; tt", "a b c\n-----\n2 0 1\n2 0 1\n2 0 1"},
		{"t`a", "`f$2 2 2"},
		{"select a.y from t", "y \n--\n20\n20\n20"},
		{"`sym?`b`a`b", "`sym$`b`a`b"},
		{"sym", "`b`a"},
		{"e:`sym$`a`b; e,`a", "`a`b`a"},
		{"e[1]:`a; e", "`sym$`a`a"},
		{"e[1]:`z", "'cast"},
		{"`x$`e", "'cast"},
		{"-8!`sym$`a", "0x010000000b000000f56100"},
		{"`nosuch$`a", "'nosuch"},
		{"`sym?1 2", "'type"},
		{"`int$1 2", "1 2i"},
		{"`x$`a`b 0 1", "`x$`a`b"},
		{"string `x$`c", ",\"c\""},
		{"s:([s:`s1`s2]c:`a`b); sp:([]s:`s$`s2`s1); `s xasc sp", "s \n--\ns1\ns2"},
	}
	for _, c := range cases {
		src, want := c[0], c[1]
		if got := evalText(t, in, src); got != want {
			t.Errorf("%s: got\n%s\nwant\n%s", src, got, want)
		}
	}
}

// TestEnumVerbs checks the enumeration forms of fkeys, meta, ! and -10!,
// called directly.
func TestEnumVerbs(t *testing.T) {
	in := enumSession(t)
	o := format.Default()
	// docs/ref/fkeys.md
	tab := enumEval(t, in, "t")
	if got, want := format.Console(in.enumFkeys(tab), o), "a| f\nc| f"; got != want {
		t.Errorf("fkeys: got\n%s\nwant\n%s", got, want)
	}
	m := in.enumMeta(tab, enumEval(t, in, "meta t"))
	if got, want := format.Console(m, o), "c| t f a\n-| -----\na| j f  \nb| j    \nc| j f  "; got != want {
		t.Errorf("meta: got\n%q\nwant\n%q", got, want)
	}
	// docs/ref/enumeration.md: `x!1 2 3 is `x$`b`c`d
	r, ok := in.enumFromIndices("x", k.Longs(1, 2, 3))
	if !ok || format.Repr(r, o) != "`x$`b`c`d" {
		t.Errorf("`x!1 2 3: got %v", r)
	}
	// docs/basics/internal.md: -10!20h is 0b once an enumeration exists
	if got := in.enumTypeFree(k.H(20)); got != k.B(false) {
		t.Errorf("-10!20h: got %v", got)
	}
	if got := New(&bytes.Buffer{}).enumTypeFree(k.H(20)); got != k.B(true) {
		t.Errorf("-10!20h in a fresh session: got %v", got)
	}
	// docs/ref/join.md: e,:`b keeps e enumerated
	e := enumEval(t, in, "`x$`a`b")
	if got := format.Repr(in.dyad(",", e, enumAppendArg(e, k.S("b"))), o); got != "`x$`a`b`b" {
		t.Errorf("e,:`b: got %s", got)
	}
}

// An enumeration whose domain is enumerated over itself, or over a chain
// of domains coming back to it (a sym file that is an enumeration file
// does it), is an error where its values are needed. Displaying one
// recursed until Go's stack overflowed: a fatal error that ended the
// process, no recover catching it.
func TestEnumDomainLoop(t *testing.T) {
	_, run := fileSession(t)
	expect(t, run, [][2]string{
		{"sym:`a`b`c;e:`sym$`a`b`a;sym:e", ""},
		{"@[string;e;{x}]", `"sym"`},
		{"@[-3!;e;{x}]", `"sym"`},
		{"a:`x`y;b:`a$`x`y;c:`b$`x`y;a:c", ""},
		{"@[-3!;c;{x}]", `,"b"`},
		{"sym:`a`b;e:`sym$`a`b;sym:(e 0;1)", ""},
		{"@[-3!;e;{x}]", `"sym"`},
		{"@[string;e 0;{x}]", `"sym"`},
	})
}
