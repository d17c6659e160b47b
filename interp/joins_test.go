package interp

import (
	"bytes"
	"strings"
	"testing"

	"qgo/interp/k"
)

// session runs setup lines in a fresh interpreter and fails on errors.
func session(t *testing.T, lines ...string) *Interp {
	t.Helper()
	var buf bytes.Buffer
	in := New(&buf)
	in.SetErr(&buf)
	for _, l := range lines {
		if _, err := in.Line(l); err != nil {
			t.Fatalf("q)%s: %v", l, err)
		}
	}
	return in
}

// nary applies the keyword name of rank three or more (a verb with a
// rank-3 or n-ary form) to the values of the q expressions args and
// returns the console text of the result.
func nary(t *testing.T, in *Interp, name string, args ...string) string {
	t.Helper()
	vals := make([]k.Value, len(args))
	for i, a := range args {
		v, err := in.Eval(a)
		if err != nil {
			t.Fatalf("%s: %v", a, err)
		}
		vals[i] = v
	}
	var out string
	err := func() (err error) {
		defer in.recoverErr(&err)
		v, ok := in.applyNary(name, vals)
		if vb := verbNamed(name); vb != nil && vb.t3 != nil && len(vals) == 3 {
			v, ok = vb.t3(in, vals[0], vals[1], vals[2]), true
		}
		if !ok {
			t.Fatalf("%s is not a keyword of rank 3 or more", name)
		}
		out = in.Show(v)
		return nil
	}()
	if err != nil {
		return err.Error()
	}
	return out
}

// trimLines drops trailing blanks from every line, as the docs lose them.
func trimLines(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return strings.Join(lines, "\n")
}

// TestNaryJoins checks ej, aj and wj against the KX docs' examples.
func TestNaryJoins(t *testing.T) {
	in := session(t,
		"t:([]time:10:01:01 10:01:03 10:01:04;sym:`msft`ibm`ge;qty:100 200 150)",
		"q:([]time:10:01:00 10:01:00 10:01:00 10:01:02;sym:`ibm`msft`msft`ibm;px:100 99 101 98)",
		"t0:([]time:2#00:00:01;sym:`a`b;p:1 1;n:`r`s)",
		"t1:([]time:2#00:00:01;sym:`a`b;p:0 1)",
		"t2:([]time:2#00:00:00;sym:`a`b;p:1 0N;n:`r`s)",
		"et1:([] k:1 2 3 4; c:10 20 30 40)",
		"et2:([] k:2 2 3 4 5; c:200 222 300 400 500; v:2.2 22.22 3.3 4.4 5.5)",
		"wt:([]sym:3#`ibm;time:10:01:01 10:01:04 10:01:08;price:100 101 105)",
		"wq:([]sym:`ibm; time:10:01:01+til 9; ask:101 103 103 104 104 107 108 107 108; bid:98 99 102 103 103 104 106 106 107)",
		"w:-2 1+\\:wt`time",
		"wt2:([]sym:1#`ibm;time:1#10:01:03)",
		"wq2:([]sym:`ibm;time:10:01:00 10:01:02 10:01:04;ask:1 2 3)",
	)
	cases := []struct {
		name string
		args []string
		want string
	}{
		{"aj", []string{"`sym`time", "t", "q"}, "time     sym  qty px \n---------------------\n10:01:01 msft 100 101\n10:01:03 ibm  200 98 \n10:01:04 ge   150    "},
		{"aj0", []string{"`sym`time", "t", "q"}, "time     sym  qty px \n---------------------\n10:01:00 msft 100 101\n10:01:02 ibm  200 98 \n10:01:04 ge   150    "},
		{"ajf", []string{"`sym`time", "t1", "t2"}, "time     sym p n\n----------------\n00:00:01 a   1 r\n00:00:01 b   1 s"},
		{"aj", []string{"`sym`time", "t1", "t2"}, "time     sym p n\n----------------\n00:00:01 a   1 r\n00:00:01 b     s"},
		{"ej", []string{"`k", "et1", "et2"}, "k c   v    \n-----------\n2 200 2.2  \n2 222 22.22\n3 300 3.3  \n4 400 4.4  "},
		{"wj", []string{"w", "`sym`time", "wt", "(wq;(max;`ask);(min;`bid))"}, "sym time     price ask bid\n--------------------------\nibm 10:01:01 100   103 98 \nibm 10:01:04 101   104 99 \nibm 10:01:08 105   108 104"},
		{"wj", []string{"w", "`sym`time", "wt", "(wq;(::;`ask);(::;`bid))"}, "sym time     price ask             bid            \n--------------------------------------------------\nibm 10:01:01 100   101 103         98 99          \nibm 10:01:04 101   103 103 104 104 99 102 103 103\nibm 10:01:08 105   107 108 107 108 104 106 106 107"},
		{"wj", []string{"(1#10:01:01;1#10:01:03)", "`sym`time", "wt2", "(wq2;(::;`ask))"}, "sym time     ask\n----------------\nibm 10:01:03 1 2"},
		{"wj1", []string{"(1#10:01:01;1#10:01:03)", "`sym`time", "wt2", "(wq2;(::;`ask))"}, "sym time     ask\n----------------\nibm 10:01:03 ,2 "},
		{"wj", []string{"w", "`sym`time"}, "wj[w;`sym`time]"},
		{"wj", []string{"w", "`sym`time", "wt", "(wq;(max;`ask))", "wq"}, "'rank"},
	}
	for _, c := range cases {
		got := nary(t, in, c.name, c.args...)
		if strings.HasPrefix(c.want, c.name+"[") {
			if !strings.HasPrefix(got, c.name) && !strings.Contains(got, "`sym`time") {
				t.Errorf("%s%v: want a projection, got %q", c.name, c.args, got)
			}
			continue
		}
		if trimLines(got) != trimLines(c.want) {
			t.Errorf("%s%v:\ngot:\n%s\nwant:\n%s", c.name, c.args, got, c.want)
		}
	}
}

// TestAjByName checks that aj on a table's name updates it in place.
func TestAjByName(t *testing.T) {
	in := session(t,
		"t:([]time:10:01:01 10:01:03;sym:`msft`ibm;qty:100 200)",
		"q:([]time:10:01:00 10:01:02;sym:`msft`ibm;px:1 2)",
	)
	if got := nary(t, in, "aj", "`sym`time", "`t", "q"); got != "`t" {
		t.Fatalf("aj by name gave %q", got)
	}
	v, _ := in.Eval("exec px from t")
	if got := in.Show(v); got != "1 2" {
		t.Errorf("t after aj by name: px %q, want 1 2", got)
	}
}
