package syntax

import (
	"strings"
	"testing"

	"qgo/interp/k"
)

// FuzzParse checks that Parse never panics, that its only errors are
// *Error values positioned inside the source, and that every node of a
// tree it returns lies inside the source too.
func FuzzParse(f *testing.F) {
	for _, tt := range parseTests {
		f.Add(tt.in)
	}
	for _, tt := range parseErrors {
		f.Add(tt.in)
	}
	for _, tt := range scanTests {
		f.Add(tt.in)
	}
	for _, tt := range scanErrors {
		f.Add(tt.in)
	}
	for _, tt := range literalTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, src string) {
		n, err := Parse(src)
		if err != nil {
			e, ok := err.(*Error)
			if !ok {
				t.Fatalf("Parse(%q): error of type %T", src, err)
			}
			if e.Pos < 0 || e.Pos > len(src) || e.Msg == "" {
				t.Fatalf("Parse(%q): error %q at %d", src, e.Msg, e.Pos)
			}
			if n != nil {
				t.Fatalf("Parse(%q): both a node and an error", src)
			}
			return
		}
		_ = String(n)
		Inspect(n, func(x Node) bool {
			if p := x.Pos(); p < 0 || p > len(src) {
				t.Fatalf("Parse(%q): %T at %d", src, x, p)
			}
			if f, ok := x.(*Lambda); ok && !strings.HasPrefix(src[f.P:], f.Src) {
				t.Fatalf("Parse(%q): lambda source %q not at %d", src, f.Src, f.P)
			}
			return true
		})
	})
}

// FuzzParseAtom checks that ParseAtom never panics and returns a value of
// the type asked for.
func FuzzParseAtom(f *testing.F) {
	for _, tt := range tokTests {
		f.Add(int8(tt.t), tt.in)
	}
	f.Fuzz(func(t *testing.T, typ int8, s string) {
		ty := k.Type(typ%19 + 1) // 1..19, and 0 or negative via the modulo
		if ty == 3 {
			return
		}
		v, _ := ParseAtom(ty, s)
		if want := -ty; ty > 0 && v.Type() != want {
			t.Fatalf("ParseAtom(%d, %q) = type %d", ty, s, v.Type())
		}
	})
}

// FuzzTokens checks that -4!'s tokens of any source that scans are the
// source cut in order: joined, they give it back.
func FuzzTokens(f *testing.F) {
	for _, tt := range scanTests {
		f.Add(tt.in)
	}
	for _, tt := range parseTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, src string) {
		toks, err := Tokens(src)
		if err != nil {
			return
		}
		if got := strings.Join(toks, ""); got != src {
			t.Fatalf("Tokens(%q) = %q, joined %q", src, toks, got)
		}
	})
}
