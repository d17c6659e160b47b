package prim

import (
	"testing"
	"time"

	"qgo/interp/k"
)

// ptrEnv is a comparable place to find domains, as the interpreter's is.
type ptrEnv struct{ doms map[string]k.Value }

func (e *ptrEnv) Domain(name string) k.Value { return e.doms[name] }

// TestEnumEqualByIndex checks x=y and x<>y of an enumeration and an item
// of its domain, compared by index, against the same on the values: an
// index out of the domain, null or too large, is the domain's null.
func TestEnumEqualByIndex(t *testing.T) {
	env := &ptrEnv{doms: map[string]k.Value{"d": k.Syms("a", "b", "c")}}
	e := k.NewEnum("d", env, []int64{0, 1, 2, 1, k.NJ, 7})
	vals := Resolved(e)
	for _, op := range []string{"=", "<>"} {
		f := EnumDyad(op, Dyads[op])
		for _, i := range []int64{0, 1, 2, k.NJ, 9} {
			a := k.EnumAtom{Dom: "d", V: i, Env: env}
			got, want := f(e, a), Dyads[op](vals, Resolved(a))
			if !Match(got, want) {
				t.Errorf("e%s(`d$%d): got %v, want %v", op, i, got, want)
			}
		}
	}
	other := k.EnumAtom{Dom: "d2", V: 0, Env: &ptrEnv{doms: map[string]k.Value{"d2": k.Syms("a")}}}
	if _, ok := enumEqual("=", e, other); ok {
		t.Error("an item of another domain is not compared by index")
	}
}

// BenchmarkEnumEqual times fk=x on a million foreign keys, by index,
// beside the baseline of = on their million indices as longs, in the same
// run, and reports the ratio (it resolved every key first: about 100x).
func BenchmarkEnumEqual(b *testing.B) {
	dom := make([]string, 1000)
	for i := range dom {
		dom[i] = string(rune('a'+i%26)) + string(rune('a'+i/26%26)) + string(rune('a'+i/676))
	}
	env := &ptrEnv{doms: map[string]k.Value{"d": k.Syms(dom...)}}
	idx := make([]int64, 1_000_000)
	for i := range idx {
		idx[i] = int64(i * 7919 % 1000)
	}
	e := k.NewEnum("d", env, idx)
	a := k.EnumAtom{Dom: "d", V: 5, Env: env}
	longs := k.Longs(idx...)
	eq := EnumDyad("=", Dyads["="])
	var te, tl time.Duration
	for b.Loop() {
		t0 := time.Now()
		r := eq(e, a)
		t1 := time.Now()
		s := Eq(longs, k.J(5))
		t2 := time.Now()
		te += t1.Sub(t0)
		tl += t2.Sub(t1)
		if r.Len() != s.Len() {
			b.Fatal("lengths differ")
		}
	}
	b.ReportMetric(float64(te)/float64(tl), "x-longs")
}
