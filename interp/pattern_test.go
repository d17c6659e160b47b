package interp

import (
	"bytes"
	"strings"
	"testing"
)

// TestPatterns checks pattern matching beyond the documented examples in
// testdata/pattern.q: atomicity of failed matches, locals, parameters and
// the conditional. Each case runs its lines in a fresh session; want is
// what the last line prints.
func TestPatterns(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  string
	}{
		{"failed match assigns nothing", []string{"a:1;b:2", "(a;b;3):4 5 6", "a,b"}, "1 2"},
		{"failed length assigns nothing", []string{"a:1", "(a;b):4 5 6", "a"}, "1"},
		{"list pattern on an atom", []string{"(a;b):1"}, "'type"},
		{"nested list", []string{"(a;(b;c)):(1;2 3)", "a,b,c"}, "1 2 3"},
		{"locals in a lambda", []string{"a:0", "f:{(a;b):x;a+b}", "f 1 2", "a"}, "0"},
		{"lambda result", []string{"f:{(a;b):x;a+b}", "f 1 2"}, "3"},
		{"typed parameter", []string{"f:{[x:`j]x}", "f 1.5"}, "'type"},
		{"typed parameter ok", []string{"f:{[x:`j]x}", "f 7"}, "7"},
		{"list-typed parameter", []string{"f:{[x:`J;y]x+y}", "f[1 2;3]"}, "4 5"},
		{"filter parameter", []string{"f:{[x:neg]x}", "f 3"}, "-3"},
		{"null parameters", []string{"f:{[;y]y}", "f[1;2]"}, "2"},
		{"rank of pattern parameters", []string{"f:{[(a;b);c]a+b+c}", "f[1 2]3"}, "6"},
		{"dict op", []string{"(a!b):`x`y!3 4", "b"}, "3 4"},
		{"flip on a non-table", []string{"(flip([a;b])):1 2"}, "'type"},
		{"dict pattern on a list", []string{"([a:x]):1 2"}, "'type"},
		{"dict pattern on a table", []string{"([b:x]):([]a:1 2;b:3 4)", "x"}, "3 4"},
		{"dict pattern on a table, missing", []string{"([c:x]):([]a:1 2;b:3 4)"}, "'match"},
		{"table pattern on a dict", []string{"([]a:x):`a`b!1 2"}, "'type"},
		{"list pattern on a table", []string{"(a;b):([]x:1 2;y:3 4)", "b`y"}, "4"},
		{"table rows changed by a filter", []string{"r:(a;:{x}):([]x:1 2;y:3 4)", "type r"}, "98h"},
		{"null pattern alone", []string{"(::):3"}, "'assign"},
		{"filter result", []string{"(a;:10*):1 2"}, ""},
		{"filter result value", []string{"r:(a;:10*):1 2", "r"}, "1 20"},
		{"type check then filter", []string{"r:((a:neg):`j):5", "a,r"}, "-5 -5"},
		{"type check before filter", []string{"((a:neg):`j):5f"}, "'type"},
		{"indexed name", []string{"a:1 2 3", "(a[0];a[2]):10 30", "a"}, "10 2 30"},
		{"cond falls through", []string{"enlist (:[`x;1;`one;2;`two])"}, "::"},
		{"cond default", []string{":[3;(a;b);`pair;`other]"}, "`other"},
		{"cond list", []string{":[3 4;(a;b);a+b;`other]"}, "7"},
		{"cond filter error propagates", []string{":[1;a:{'`boom};a;0]"}, "'boom"},
		{"assign to a keyword", []string{"(count;b):1 2"}, "'assign"},
		{"colon over", []string{":/[1 2 3 4 5]"}, "5"},
		{"colon scan", []string{":\\[1 2 3]"}, "1 2 3"},
	}
	for _, tt := range tests {
		var buf bytes.Buffer
		in := New(&buf)
		in.SetErr(&buf)
		var got []string
		for _, l := range tt.lines {
			got = runLine(in, &buf, l)
		}
		if g := strings.Join(got, "\n"); g != tt.want {
			t.Errorf("%s: %q gives %q, want %q", tt.name, tt.lines, g, tt.want)
		}
	}
}
