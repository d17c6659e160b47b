package interp

import (
	"bytes"
	"strings"
	"testing"
)

// TestDeepValuesSignalStack walks a value nested a million deep through
// every recursive walk over values: each signals 'stack instead of
// overflowing the Go stack (a fatal error that would end the process),
// and the session goes on.
func TestDeepValuesSignalStack(t *testing.T) {
	in := session(t,
		"x:(); do[1000000; x:enlist x]",
		"y:(); do[1000000; y:enlist y]",
		"d:1; do[1000000; d:enlist[`a]!enlist d]",
		`j:(1000000#"["),1000000#"]"`,
		"f:{f x}",
		"p:1; do[1000000; p:(neg;p)]",
	)
	for _, src := range []string{
		"x", ".Q.s x", ".Q.s1 x", "-3!x", "string x", "x~y", "x=y", "neg x", "x+1",
		"distinct x", "x?y", "group x", "x in y", "iasc (x;y)", "-8!x", ".j.j x",
		"d~d", ".j.j d", "string d", "-8!d",
		".j.k j", "f 1", "eval p", "string p",
	} {
		got := evalText(t, in, src)
		if first, _, _ := strings.Cut(got, "\n"); first != "'stack" {
			t.Errorf("q)%s: %.60q, want 'stack", src, got)
		}
	}
	if got := evalText(t, in, "count x,y"); got != "2" {
		t.Errorf("after the errors: count x,y = %q, want 2", got)
	}
	// a walk as deep as real data goes is not cut short
	if got := evalText(t, in, "z:(); do[1000; z:enlist z]; z~{x}z"); got != "1b" {
		t.Errorf("1,000 deep: z~z = %q, want 1b", got)
	}
}

// TestNestReleased checks that the levels a walk entered are all left,
// whether it returned or failed, so that errors do not use up the bound.
func TestNestReleased(t *testing.T) {
	in := New(&bytes.Buffer{})
	evalText(t, in, "x:1; do[100; x:enlist x]")
	for range 1000 { // 100,000 levels entered in all, five times MaxNest
		if got := evalText(t, in, "x+`a"); got != "'type" {
			t.Fatalf("x+`a: %q, want 'type", got)
		}
	}
	if got := evalText(t, in, "count string x"); got != "1" {
		t.Fatalf("count string x after 1,000 errors: %q", got)
	}
}

// TestSelfNamingSymbol applies a symbol that names itself, directly or
// through another name: 'stack, not a fatal Go stack overflow; a symbol
// naming data still indexes it.
func TestSelfNamingSymbol(t *testing.T) {
	in := session(t, "a:`a", "b:`c", "c:`b")
	for _, src := range []string{"`a 1", "a[1]", "value (`a;1)", "b 1", "`b[1;2]"} {
		got := evalText(t, in, src)
		if first, _, _ := strings.Cut(got, "\n"); first != "'stack" {
			t.Errorf("q)%s: %.60q, want 'stack", src, got)
		}
	}
	if got := evalText(t, in, "a:10 20 30; `a 1"); got != "20" {
		t.Errorf("`a 1 over a:10 20 30 = %q, want 20", got)
	}
}
