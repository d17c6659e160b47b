package interp

import (
	"flag"
	"fmt"
	"go/format"
	"io"
	"os"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"qgo/interp/k"
	"qgo/interp/syntax"
)

var updateBootTable = flag.Bool("update-boottable", false, "rewrite bootstrap_table.go from the bootstrap script")

// wantBootTable cuts the bootstrap script into statements and finds its
// deferred definitions: each statement `name:{...}` that parses as that
// assignment of that lambda, to a name the script defines once. It
// evaluates the statements in order in a session, and finds its data
// statements: a plain assignment `name:x` whose value IPC encodes and
// decodes to the same value (reflect.DeepEqual: no function, nothing
// the encoding loses).
func wantBootTable(t *testing.T) []bootEntry {
	chunks, lines := bootstrapChunks()
	seen := map[string]int{}
	nodes := make([]syntax.Node, len(chunks))
	for i, c := range chunks {
		n, err := syntax.Parse(c)
		if err != nil {
			t.Fatalf("%q: %v", c, err)
		}
		nodes[i] = n
		if a, ok := n.(*syntax.Assign); ok {
			seen[a.Name]++
		}
	}
	in := New(io.Discard)
	out := make([]bootEntry, len(chunks))
	for i, c := range chunks {
		out[i] = bootEntry{line: lines[i], stmt: c}
		n, err := parseQ(c)
		if err != nil {
			t.Fatalf("%q: %v", c, err)
		}
		resolve(n)
		v := in.eval(n, nil) // anew, in order, whatever the table says now
		a, ok := nodes[i].(*syntax.Assign)
		if !ok || a.Index != nil || a.Op != nil || a.Global || a.Pattern != nil {
			continue
		}
		if l, ok := a.X.(*syntax.Lambda); ok && c == a.Name+":"+l.Src && seen[a.Name] == 1 {
			out[i].name, out[i].params = a.Name, l.Params // defined twice: evaluated in order, never deferred
			if out[i].params == nil {
				out[i].params = []string{}
			}
			continue
		}
		if b, err := k.EncodeBody(v); err == nil {
			if d, err := k.DecodeBody(b, false); err == nil && reflect.DeepEqual(d, v) {
				out[i].name, out[i].val = a.Name, string(b)
			}
		}
	}
	return out
}

// TestBootTable checks that bootTable is what cutting, parsing and
// evaluating the bootstrap script gives, and bootLazy its count of
// deferred definitions. With -update-boottable it rewrites
// bootstrap_table.go.
func TestBootTable(t *testing.T) {
	want := wantBootTable(t)
	lazy := 0
	for _, e := range want {
		if e.name != "" && e.val == "" {
			lazy++
		}
	}
	if *updateBootTable {
		writeBootTable(t, want, lazy)
		return
	}
	if len(bootTable) != len(want) {
		t.Errorf("bootTable has %d statements, the script %d (go test ./interp -run BootTable -update-boottable)", len(bootTable), len(want))
	}
	for i := range min(len(bootTable), len(want)) {
		g, w := bootTable[i], want[i]
		if g.line != w.line || g.stmt != w.stmt || g.name != w.name || !slices.Equal(g.params, w.params) || g.val != w.val {
			t.Errorf("bootTable[%d] = %+v, want %+v (go test ./interp -run BootTable -update-boottable)", i, g, w)
		}
	}
	if bootLazy != lazy {
		t.Errorf("bootLazy = %d, the script defers %d", bootLazy, lazy)
	}
}

// TestBootData checks that each data statement's global is, in a new
// session, what evaluating the statement gives.
func TestBootData(t *testing.T) {
	data, eval := New(io.Discard), New(io.Discard)
	for _, e := range bootTable {
		if _, err := eval.Line(strings.ReplaceAll(e.stmt, "\n", " ")); err != nil {
			t.Fatalf("%q: %v", e.stmt, err)
		}
	}
	n := 0
	for _, e := range bootTable {
		if e.val == "" {
			continue
		}
		n++
		for _, q := range []string{"-3!" + e.name, "type " + e.name, "-8!" + e.name} {
			a, errA := data.Line(q)
			b, errB := eval.Line(q)
			if a != b || (errA == nil) != (errB == nil) {
				t.Errorf("%s: decoded %q %v, evaluated %q %v", q, a, errA, b, errB)
			}
		}
	}
	if n < 10 {
		t.Errorf("%d data statements in the bootstrap table: want the script's constants (.Q.a, .h.ty ...)", n)
	}
}

func writeBootTable(t *testing.T, entries []bootEntry, lazy int) {
	var b strings.Builder
	b.WriteString(`// This file is the bootstrap script (bootstrap/q.q, then http.go's
// httpSrc) cut into statements, each with the line it starts on, and
// for a function definition to defer (bootstrap_lazy.go) its global and
// parameters, for a statement assigning data its global and value (q's
// IPC encoding): a table the linker lays out, so that start-up neither
// cuts the script, nor looks for its definitions, nor parses and
// evaluates its constants. Written by TestBootTable with
// -update-boottable.

package interp

`)
	fmt.Fprintf(&b, "// bootLazy is how many of bootTable's statements are deferred definitions.\nconst bootLazy = %d\n\n", lazy)
	b.WriteString("// bootTable is the bootstrap script's statements, in order.\nvar bootTable = []bootEntry{\n")
	for _, e := range entries {
		if e.name == "" {
			fmt.Fprintf(&b, "\t{line: %d, stmt: %s},\n", e.line, goString(e.stmt))
			continue
		}
		if e.val != "" {
			fmt.Fprintf(&b, "\t{line: %d, stmt: %s, name: %q,\n\t\tval: %q},\n", e.line, goString(e.stmt), e.name, e.val)
			continue
		}
		fmt.Fprintf(&b, "\t{line: %d, stmt: %s, name: %q, params: []string{", e.line, goString(e.stmt), e.name)
		for i, p := range e.params {
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
	if err := os.WriteFile("bootstrap_table.go", src, 0o644); err != nil {
		t.Fatal(err)
	}
}

// goString is s as a Go literal: raw when that needs no escapes.
func goString(s string) string {
	if !strings.ContainsAny(s, "`\r") && strconv.CanBackquote(strings.ReplaceAll(s, "\n", "")) {
		return "`" + s + "`"
	}
	return strconv.Quote(s)
}

// TestBootDeferred checks that a deferred bootstrap function is, before
// and after its first use, what the same definition evaluated eagerly
// is: its value (parameters, locals, globals, source), its rank, and the
// names \f and key list.
func TestBootDeferred(t *testing.T) {
	lazy, eager := New(io.Discard), New(io.Discard)
	for _, e := range bootTable {
		if e.name != "" && e.val == "" {
			if _, err := eager.Line(e.stmt); err != nil {
				t.Fatalf("%q: %v", e.stmt, err)
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
	for _, e := range bootTable {
		name := e.name
		if name == "" || e.val != "" {
			continue
		}
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

// TestBootDataShared checks that the decoded values, which every session
// shares, are never written through: one session appends to, amends and
// grows each of them in place, and a new session still sees them as
// decoded.
func TestBootDataShared(t *testing.T) {
	fresh := New(io.Discard)
	want := map[string]string{}
	for _, e := range bootTable {
		if e.val != "" {
			w, err := fresh.Line("-8!" + e.name)
			if err != nil {
				t.Fatal(err)
			}
			want[e.name] = w
		}
	}
	a := New(io.Discard)
	for name := range want {
		for _, s := range []string{name + ",:" + name, name + "[0]:" + name + " 1", name + ",:1#" + name} {
			a.Line(s) // some do not apply to every value: only that nothing shared changes matters
		}
	}
	if got, _ := a.Line("-8!.Q.a"); got == want[".Q.a"] {
		t.Fatalf(".Q.a unchanged in the session that amended it: %q", got)
	}
	b := New(io.Discard)
	for name, w := range want {
		if got, err := b.Line("-8!" + name); err != nil || got != w {
			t.Errorf("%s in a new session: %q %v, want %q", name, got, err, w)
		}
	}
}
