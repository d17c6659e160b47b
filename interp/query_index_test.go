package interp

import (
	"fmt"
	"io"
	"math/rand"
	"testing"

	"qgo/interp/k"
)

// TestWhereIndexMatchesScan checks the constraints a column's attribute
// answers (query_index.go) against the same queries on a copy of the
// table without attributes, which scans: on a grouped, a parted and a
// sorted column, after appends of every kind (insert, upsert, ,: and a
// copy of the table grown apart from the global), with the index built
// before the appends and read through the headers a reader gets.
func TestWhereIndexMatchesScan(t *testing.T) {
	in := New(io.Discard)
	mustEval := func(src string) k.Value {
		t.Helper()
		v, err := in.Eval(src)
		if err != nil {
			t.Fatalf("%s: %v", src, err)
		}
		return v
	}
	mustEval("n:2000;syms:`a`b`c`d`e`f`g`h,`$string til 40")
	mustEval("t:([]s:`g#n?syms;p:`p#asc n?50;d:`s#asc n?100;v:til n)")
	mustEval("u:update `#s,`#p,`#d from t")
	queries := []string{
		"select from %s where s=`a",
		"select from %s where s=`zz",
		"select from %s where s in `b`c`b",
		"select v from %s where s in `h",
		"select from %s where v>100,s=`d",
		"select from %s where s=`e,v<1500",
		"select from %s where p=7",
		"select from %s where p in 3 9 49",
		"select from %s where d=42",
		"select from %s where d in 0 99 17",
		"exec v from %s where s=`a,p=10",
		"?[%s;enlist(=;`s;enlist`b);0b;()]",
		"?[%s;enlist(in;`s;enlist`c`d);0b;()]",
		"{[x;y] select from x where s=y}[%s;`f]",
	}
	check := func(step string) {
		t.Helper()
		for _, q := range queries {
			a, b := fmt.Sprintf(q, "t"), fmt.Sprintf(q, "u")
			if r := mustEval("(" + a + ")~" + b); !isTrue(r) {
				t.Errorf("after %s: %s differs from the scan:\n%v\n%v", step, a, mustEval(a), mustEval(b))
			}
		}
	}
	check("set-up")
	col := func() *k.Vec[string] {
		v, _ := in.Get("t")
		return v.(*k.Table).Data[0].(*k.Vec[string])
	}
	if c := col(); !k.HasIndex(c) || c.A != k.AttrG {
		t.Fatalf("the grouped column has no index after a query (attribute %v)", c.A)
	}
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < 40; i++ {
		s := fmt.Sprintf("`%c", 'a'+rng.Intn(10))
		var step string
		switch i % 4 {
		case 0:
			step = "`t insert (" + s + ";50;100;n+" + fmt.Sprint(i) + ")"
		case 1:
			step = "`t upsert (" + s + ";50;100;n+" + fmt.Sprint(i) + ")"
		case 2:
			step = "t,:(" + s + ";50;100;n+" + fmt.Sprint(i) + ")"
		case 3:
			step = "w:t;w,:(" + s + ";50;100;0);t:w"
		}
		mustEval(step)
		mustEval("u:update `#s,`#p,`#d from t")
		check(step)
	}
	if c := col(); c.A != k.AttrG {
		t.Fatalf("appends lost the grouped attribute: %v", c.A)
	}
	// ? on a grouped vector finds what it finds without the attribute
	mustEval("x:`g#200?`a`b`c`d;y:`#x")
	for _, q := range []string{"x?`c", "x?`d`z`a", "x?`z"} {
		if r := mustEval("(" + q + ")~y" + q[1:]); !isTrue(r) {
			t.Errorf("%s differs from the scan", q)
		}
	}
}

// isTrue reports whether v is the boolean atom 1b.
func isTrue(v k.Value) bool {
	b, ok := v.(k.Atom[bool])
	return ok && b.V
}
