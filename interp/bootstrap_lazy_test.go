package interp

import (
	"flag"
	"fmt"
	"go/format"
	"io"
	"os"
	"slices"
	"sort"
	"strings"
	"testing"

	"qgo/interp/k"
	"qgo/interp/syntax"
)

var updateBootParams = flag.Bool("update-bootparams", false, "rewrite bootstrap_params.go from the bootstrap script")

// TestBootParams checks that bootParams is what parsing the bootstrap
// script gives: every statement `name:{...}` that lazyDef defers parses
// as that assignment of that lambda, with those parameters, and every
// plain function definition of the script is deferred. With
// -update-bootparams it rewrites bootstrap_params.go instead.
func TestBootParams(t *testing.T) {
	chunks, _ := bootstrapChunks()
	want := map[string][]string{}
	seen := map[string]int{}
	for _, c := range chunks {
		n, err := syntax.Parse(c)
		if err != nil {
			t.Fatalf("%q: %v", c, err)
		}
		a, ok := n.(*syntax.Assign)
		if ok {
			seen[a.Name]++
		}
		if !ok || a.Index != nil || a.Op != nil || a.Global || a.Pattern != nil {
			continue
		}
		l, ok := a.X.(*syntax.Lambda)
		if !ok || c != a.Name+":"+l.Src {
			continue
		}
		want[a.Name] = l.Params
		if name, src, params, ok := lazyDef(c); ok && (name != a.Name || src != l.Src || !slices.Equal(params, l.Params)) {
			t.Errorf("%q deferred as %s:%s with %v; parses with %v", c, name, src, params, l.Params)
		}
	}
	for name, n := range seen {
		if n > 1 {
			delete(want, name) // defined twice: evaluated in order, never deferred
		}
	}
	if *updateBootParams {
		writeBootParams(t, want)
		return
	}
	for name, p := range want {
		if q, ok := bootParamsOf(name); !ok || !slices.Equal(p, q) {
			t.Errorf("bootParams for %s: %v, want %v (go test ./interp -run BootParams -update-bootparams)", name, q, p)
		}
	}
	for i, p := range bootParams {
		if _, ok := want[p.name]; !ok {
			t.Errorf("bootParams has %s, which the script does not define as a function once", p.name)
		}
		if i > 0 && bootParams[i-1].name >= p.name {
			t.Errorf("bootParams: %s after %s, not in order of name", p.name, bootParams[i-1].name)
		}
	}
}

func writeBootParams(t *testing.T, params map[string][]string) {
	names := make([]string, 0, len(params))
	for n := range params {
		names = append(names, n)
	}
	sort.Strings(names)
	var b strings.Builder
	b.WriteString(`// This file lists the parameters of the functions the bootstrap script
// defines, so that they exist before their bodies are parsed
// (bootstrap_lazy.go). Written by TestBootParams with -update-bootparams.

package interp

// bootParams lists each deferred bootstrap function with its parameters,
// in order of name (bootParamsOf finds one by binary search): a table the
// linker lays out, which start-up does not build.
var bootParams = []bootParam{
`)
	for _, n := range names {
		fmt.Fprintf(&b, "\t{%q, []string{", n)
		for i, p := range params[n] {
			if i > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "%q", p)
		}
		b.WriteString("}},\n")
	}
	b.WriteString("}\n")
	src, err := format.Source([]byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile("bootstrap_params.go", src, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestBootDeferred checks that a deferred bootstrap function is, before
// and after its first use, what the same definition evaluated eagerly
// is: its value (parameters, locals, globals, source), its rank, and the
// names \f and key list.
func TestBootDeferred(t *testing.T) {
	chunks, _ := bootstrapChunks()
	lazy, eager := New(io.Discard), New(io.Discard)
	for _, c := range chunks {
		if _, _, _, ok := lazyDef(c); ok {
			if _, err := eager.Line(c); err != nil {
				t.Fatalf("%q: %v", c, err)
			}
		}
	}
	if _, ok := lazy.absVal(".Q.fmt").(*k.Lambda).Code.(*lazyCode); !ok {
		t.Fatal(".Q.fmt is not deferred")
	}
	for _, q := range []string{`\f .Q`, `\f .h`, `key .Q`, `key .h`, `\v .Q`} {
		a, errA := lazy.Line(q)
		b, errB := eager.Line(q)
		if a != b || (errA == nil) != (errB == nil) {
			t.Errorf("%s: deferred %q %v, eager %q %v", q, a, errA, b, errB)
		}
	}
	for _, p := range bootParams {
		name := p.name
		for _, q := range []string{"-3!" + name, "type " + name, "string " + name, "value " + name} {
			a, errA := lazy.Line(q)
			b, errB := eager.Line(q)
			if a != b || (errA == nil) != (errB == nil) {
				t.Errorf("%s: deferred %q %v, eager %q %v", q, a, errA, b, errB)
			}
		}
	}
	a, _ := lazy.Line(".Q.fmt[6;2]each 1 234")
	if want := "\"  1.00\"\n\"234.00\""; a != want {
		t.Errorf(".Q.fmt after start: %q, want %q", a, want)
	}
}
