package interp

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"qgo/interp/k"
	"qgo/interp/prim"
	"qgo/interp/syntax"
)

// TestVerbDefinedTwice checks that defining a form of a verb a second
// time fails while the table is built, naming the form and the verb, for
// each way a verb is defined.
func TestVerbDefinedTwice(t *testing.T) {
	m := func(*Interp, k.Value) k.Value { return nil }
	d := func(*Interp, k.Value, k.Value) k.Value { return nil }
	cases := []struct {
		want string
		def  func(tab *verbTable)
	}{
		{"monad hclose", func(tab *verbTable) { tab.monad("hclose", m) }},
		{"monad key", func(tab *verbTable) { tab.monad("key", m) }},
		{"dyad insert", func(tab *verbTable) { tab.dyad("insert", d) }},
		{"dyad +", func(tab *verbTable) { tab.dyad("+", d) }},
		{"triad ssr", func(tab *verbTable) {
			tab.triad("ssr", func(*Interp, k.Value, k.Value, k.Value) k.Value { return nil })
		}},
		{"n-ary keyword wj", func(tab *verbTable) {
			tab.nary("wj", 4, func(*Interp, []k.Value) k.Value { return nil })
		}},
		{"monad .Q.s", func(tab *verbTable) { tab.native1(".Q.s", m) }},
		{"internal function -8!", func(tab *verbTable) { tab.internal(-8, m) }},
		// prim defining a form the interpreter defines (count is the
		// interpreter's, for partitioned tables)
		{"monad count", func(tab *verbTable) {
			tab.prims([]string{"count"}, []func(x k.Value) k.Value{prim.Count}, nil, nil)
		}},
	}
	for _, c := range cases {
		tab := newVerbTable()
		func() {
			defer func() {
				r := recover()
				msg, _ := r.(string)
				if !strings.Contains(msg, "the "+c.want+" is defined twice") {
					t.Errorf("%s defined again: got panic %v", c.want, r)
				}
			}()
			c.def(tab)
		}()
	}
}

// TestVerbTable checks the table the process runs on: every verb under
// its own id, each name once, the glyphs' unary forms bound to the
// keywords q writes them as, and operators carrying their internal code.
func TestVerbTable(t *testing.T) {
	if verbs.index.n != len(verbs.verbs) {
		t.Fatalf("%d names for %d verbs", verbs.index.n, len(verbs.verbs))
	}
	for i, v := range verbs.verbs {
		if v.id != int32(i+1) || verbs.id(v.name) != v.id {
			t.Errorf("verb %s: id %d at index %d, named as %d", v.name, v.id, i, verbs.id(v.name))
		}
	}
	in := New(&strings.Builder{})
	for _, c := range [][2]string{{"#:", "count"}, {"|:", "reverse"}, {"!:", "key"}} {
		if got, want := in.Show(in.monadV(verbNamed(c[0]), k.Longs(1, 2, 3))), in.Show(in.monadV(verbNamed(c[1]), k.Longs(1, 2, 3))); got != want {
			t.Errorf("%s 1 2 3 is %s, %s 1 2 3 is %s", c[0], got, c[1], want)
		}
	}
	if v := verbNamed("count"); v.kform != "#:" {
		t.Errorf("count's k form is %q", v.kform)
	}
	if v := verbNamed("+"); v.code != 1 || !v.fb {
		t.Errorf("+: code %d, plain binary %v", v.code, v.fb)
	}
	if v := verbNamed("wj"); v.nrank != 4 || v.fb {
		t.Errorf("wj: rank %d, plain binary %v", v.nrank, v.fb)
	}
	// the resolver binds iterators to their verbs, as it does operators
	n, err := parseQ("+/[0;1 2] + count' x")
	if err != nil {
		t.Fatal(err)
	}
	resolve(n)
	iters := map[string]k.Type{}
	syntax.Inspect(n, func(n syntax.Node) bool {
		if it, ok := n.(*syntax.Iter); ok {
			if v := verbOf(&it.B); v == nil || v.name != it.Adverb {
				t.Errorf("iterator %s bound to %v", it.Adverb, v)
			}
			iters[it.Adverb] = iterType(it)
		}
		return true
	})
	if iters["/"] != k.FOver || iters["'"] != k.FEach {
		t.Errorf("iterators resolved as %v", iters)
	}
}

// prim lists each name it defines once, in the order it defined them,
// and no other: the verb table takes prim's primitives by these lists.
func TestPrimNames(t *testing.T) {
	for _, c := range []struct {
		names []string
		n     int
		has   func(string) bool
	}{
		{prim.MonadNames, len(prim.Monads), func(s string) bool { return prim.Monads[s] != nil }},
		{prim.DyadNames, len(prim.Dyads), func(s string) bool { return prim.Dyads[s] != nil }},
	} {
		if len(prim.MonadFuncs) != len(prim.MonadNames) || len(prim.DyadFuncs) != len(prim.DyadNames) {
			t.Fatal("prim's forms and names are not listed alike")
		}
		seen := map[string]bool{}
		for _, s := range c.names {
			if seen[s] || !c.has(s) {
				t.Errorf("%q listed twice or not defined", s)
			}
			seen[s] = true
		}
		if len(seen) != c.n {
			t.Errorf("%d names listed, %d defined", len(seen), c.n)
		}
	}
	for i, s := range prim.MonadNames { // the form at each name's position is its own
		if reflect.ValueOf(prim.MonadFuncs[i]).Pointer() != reflect.ValueOf(prim.Monads[s]).Pointer() {
			t.Errorf("monad %q: the form listed is not the one defined", s)
		}
	}
	for i, s := range prim.DyadNames {
		if reflect.ValueOf(prim.DyadFuncs[i]).Pointer() != reflect.ValueOf(prim.Dyads[s]).Pointer() {
			t.Errorf("dyad %q: the form listed is not the one defined", s)
		}
	}
}

// TestVerbIndex checks the index of names past its first size (it grows
// and keeps every name), and that a name not in it, or a prefix of one,
// has no id.
func TestVerbIndex(t *testing.T) {
	var tab verbTable
	if tab.id("x") != 0 {
		t.Fatal("an empty table has an id for x")
	}
	const n = 3 * indexSlots
	for i := range n {
		tab.add(fmt.Sprint("v", i))
	}
	if tab.index.n != n || len(tab.index.slots) < 2*n {
		t.Fatalf("%d names in %d slots", tab.index.n, len(tab.index.slots))
	}
	for i := range n {
		if name := fmt.Sprint("v", i); tab.id(name) != int32(i+1) || tab.named(name).name != name {
			t.Fatalf("%s: id %d", name, tab.id(name))
		}
	}
	for _, s := range []string{"", "v", fmt.Sprint("v", n), "w0"} {
		if tab.id(s) != 0 {
			t.Errorf("%q has id %d", s, tab.id(s))
		}
	}
}
