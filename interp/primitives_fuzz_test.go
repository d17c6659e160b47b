package interp

import (
	"bytes"
	"fmt"
	"os"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"qgo/interp/k"
)

// primArgs is the q source of the arguments every primitive meets in
// TestPrimitivesAnyArgs and FuzzPrimitives: atoms of each type with
// their nulls and infinities, short and empty vectors of each type,
// general and nested lists, dictionaries (a table's rows onto a list, as
// group of a table gives; keys onto one atom, as kdb+ sends the flip of
// a partitioned table), tables keyed and not,
// functions of each kind, enumerations, file symbols, attributes, and
// counts large enough to be 'wsfull.
var primArgs = []string{
	"0b", "1b", "0x00", "0xff", "1h", "0Nh", "0Wh", "-0Wh", "1i", "0Ni", "0Wi", "-0Wi",
	"0", "1", "-1", "2", "10", "-10", "257", "0N", "0W", "-0W", "1000000000",
	"1.5", "-0.5", "0n", "0w", "-0w", "1.5e", "0Ne", "0we", `"a"`, `" "`, "`a", "`", "0Ng",
	`"G"$"8c680a01-5a49-5aab-5a65-d4bfddb6a661"`,
	"2000.01.01D00:00:00.000000001", "0Np", "0Wp", "2000.01m", "0Nm", "2000.01.01", "0Nd", "0Wd",
	"2000.01.01T00:00:00.000", "0Nz", "00:00:00.000000001", "0Nn", "00:01", "0Nu", "00:00:01",
	"0Nv", "00:00:00.001", "0Nt", "0Wt",
	"01b", "0x0102", "1 2h", "1 0Nh", "1 2i", "1 0Ni", "1 2", "1 0N", "0W -0W", "3 1 2", "-1 -2",
	"100 200", "0 1 2 3 4 5 6 7 8 9", "1.5 2.5", "0n 1", "0w -0w", "1 2e", `"ab"`, `"abc"`,
	"`a`b", "`a`", "`b`a`b", "2000.01.01 2000.02.01", "00:01 00:02", "00:00:01 00:00:02",
	"2000.01 2001.01m", "2000.01.01D0 2000.01.02D0", "00:00:00.001 00:00:00.002",
	"0D00:00:01 0D00:00:02", "(0Ng;0Ng)", "0x0000000000000001",
	"`boolean$()", "`byte$()", "`short$()", "`int$()", "`long$()", "`real$()", "`float$()",
	`""`, "`$()", "`guid$()", "`timestamp$()", "`month$()", "`date$()", "`datetime$()",
	"`timespan$()", "`minute$()", "`second$()", "`time$()", "()",
	"(1;`a)", "(1 2;3 4)", `((1;2.0);"a")`, "(();())", "enlist ()", "(1;2)", "(`a;1;\"b\")",
	"(1 2;`a`b)", `("ab";"cd")`, "enlist 1", "enlist `a", `enlist "a"`, "enlist enlist 1",
	"(1;(2;(3;4)))", "((1 2;3);4)", "(0N;0n;`)", "2#enlist 2#enlist 1 2", "(0 1;1 0)",
	"(1.0 2.0;3.0 4.0)",
	"`a`b!1 2", "`a`b!(1 2;3)", "1 2!`x`y", "(`$())!()", "()!()", "`a`b!(\"x\";`y)",
	"(enlist `a)!enlist 1 2", "([]a:1 2)!3 4", "group ([]a:1 2 1)",
	"-9!0x0100000016000000630b000200000061006200f57400", // `a`b!`t, keys onto an atom, as kdb+ sends
	"([]a:1 2;b:`x`y)", "([]a:`float$())", "([k:`a`b]v:1 2)", "0#([]a:1 2)", "([]a:(1 2;3 4))",
	"([]a:1 2 3)", "([k:`a`b;j:1 2]v:`x`y)", "([]a:enlist 1;b:enlist `x)",
	"neg", "+", "::", "{x}", "{x+y}", "(+/)", "(1+)", "{[a;b;c]a}", "('[neg;neg])", "enlist",
	"count", "{'`oops}", "(,)", "(=)", "(+;1;2)", "(`a;1)", "(neg;1)",
	"`sym$`a`b", "`sym$`a", "`sym$`$()", "`sym$`c`a`b`a",
	"`:a", "`:.", "`:a/b", "`p#1 1 2", "`s#1 2 3", "`u#`a`b", "`g#`a`b`a",
}

// primOutside are the verbs the sweep leaves out because they reach
// outside the process (a shell, the network, the environment, its
// standard handles) or end it; the files they write go to a scratch
// directory.
var primOutside = map[string]bool{
	"system": true, "exit": true, "hopen": true, "hclose": true, "setenv": true,
	".Q.hg": true, ".Q.hp": true, ".Q.hpx": true, ".Q.host": true, ".Q.addr": true, ".Q.hdpf": true,
}

// primIters are the iterators, each applied to every verb.
var primIters = []string{"'", "/", "\\", "':", "/:", "\\:"}

// primForms is the source of every function the sweep applies: each verb
// of the table (operators, their unary forms, keywords, natives), the
// keywords q defines in q, and each internal function n!, alone and
// derived by each iterator.
func primForms(in *Interp) []string {
	names := map[string]bool{}
	for _, v := range verbs.verbs {
		names[v.name] = true
	}
	if ks, err := in.Eval("string key .q"); err == nil {
		for _, s := range ks.(*k.List).V {
			names[string(s.(*k.Vec[uint8]).V)] = true
		}
	}
	// the functions of .Q, .h and .j, most written in q
	for _, ns := range []string{".Q", ".h", ".j"} {
		ks, err := in.Eval("{x where 99<type each get each x} ` sv/: `" + ns + ",/:1_key `" + ns)
		if err != nil {
			continue
		}
		if v, ok := ks.(*k.Vec[string]); ok {
			for _, n := range v.V {
				names[n] = true
			}
		}
	}
	var base []string
	for n := range names {
		if n != "" && !primOutside[n] && !slices.Contains(primIters, n) {
			base = append(base, n)
		}
	}
	for n := range verbs.internals {
		base = append(base, fmt.Sprintf("%d!", n))
	}
	sort.Strings(base)
	var forms []string
	for _, b := range base {
		forms = append(forms, b)
		for _, it := range primIters {
			forms = append(forms, b+it)
		}
	}
	return forms
}

// primSweep is a session for the sweep: the arguments evaluated once,
// the functions as they are asked for.
type primSweep struct {
	in    *Interp
	errs  bytes.Buffer // 'internal's stack
	args  []k.Value
	enc   []string // each argument as IPC bytes (argBytes), to see that none is changed
	forms []string
	fns   map[string]k.Value
}

// newPrimSweep makes the session, with the enumeration domain sym and a
// workspace limit of 512 MB, so that the large counts are 'wsfull and
// not the machine's memory; the limit is lifted when t ends.
func newPrimSweep(t testing.TB) *primSweep {
	ws := k.Workspace()
	k.SetWorkspace(512 << 20)
	t.Cleanup(func() { k.SetWorkspace(ws) })
	s := &primSweep{fns: map[string]k.Value{}}
	s.in = New(&bytes.Buffer{})
	s.in.SetErr(&s.errs)
	if _, err := s.in.Eval("sym:`a`b`c`d"); err != nil {
		t.Fatal(err)
	}
	for _, src := range primArgs {
		v, err := s.in.Eval(src)
		if err != nil {
			t.Fatalf("%s: %v", src, err)
		}
		s.args = append(s.args, v)
		s.enc = append(s.enc, argBytes(v))
	}
	s.forms = primForms(s.in)
	return s
}

// argBytes is v as IPC bytes, or "" for a value IPC cannot carry.
func argBytes(v k.Value) string {
	b, err := k.Encode(v, k.MsgAsync)
	if err != nil {
		return ""
	}
	return string(b)
}

// notQ matches error text that is Go's, not a q error.
var notQ = regexp.MustCompile(`runtime|interface conversion|index out of range|nil|internal|goroutine|panic|slice bounds|invalid memory|\.go:`)

// apply applies the function whose source is form to the arguments at
// idx and shows the result, as the console would. It reports a Go panic
// (the interpreter's 'internal, or one escaping the display), an error
// that is not q's, an evaluation that does not stop when interrupted,
// and an argument changed by the application (a buffer written in place
// that the caller still holds): each is a failure. An evaluation still running after a
// short while is interrupted ('stop is an answer: iterating to a fixed
// point may never end in q either).
func (s *primSweep) apply(t testing.TB, form string, idx []int) {
	f, ok := s.fns[form]
	if !ok {
		v, err := s.in.Eval("(" + form + ")")
		if err != nil {
			t.Fatalf("(%s): %v", form, err)
		}
		f, s.fns[form] = v, v
	}
	args := make([]k.Value, len(idx))
	srcs := make([]string, len(idx))
	for i, j := range idx {
		args[i], srcs[i] = s.args[j], primArgs[j]
	}
	expr := "(" + form + ")[" + strings.Join(srcs, ";") + "]"
	s.errs.Reset()
	type result struct {
		err   error
		panic any
		stack string
	}
	done := make(chan result, 1)
	go func() { // the session's one goroutine while it runs
		var r result
		defer func() {
			if p := recover(); p != nil {
				if _, ok := p.(*k.Error); !ok { // a display may signal, as in the console
					r.panic = p
				}
			}
			done <- r
		}()
		var v k.Value
		v, r.err = s.in.Apply(f, args...)
		if r.err == nil && v != nil {
			s.in.Show(v)
		}
	}()
	var r result
	select {
	case r = <-done:
	case <-time.After(100 * time.Millisecond):
		s.in.Interrupt()
		select {
		case r = <-done:
		case <-time.After(60 * time.Second):
			t.Fatalf("%s: still running a minute after an interrupt", expr)
		}
	}
	s.in.stop.Store(false) // an interrupt that came after the end
	switch {
	case r.panic != nil:
		t.Errorf("%s: Go panic in the display: %v", expr, r.panic)
	case r.err != nil && r.err.Error() == "'internal":
		t.Errorf("%s: 'internal:\n%s", expr, s.errs.String())
	case r.err != nil && notQ.MatchString(r.err.Error()):
		t.Errorf("%s: not a q error: %v", expr, r.err)
	}
	for _, j := range idx {
		if b := argBytes(s.args[j]); b != s.enc[j] {
			// asc of a vector already in order marks it sorted in place,
			// as q does (docs/ref/asc.md)
			if !strings.HasPrefix(form, "asc") {
				t.Errorf("%s: the argument %s was changed", expr, primArgs[j])
			}
			s.enc[j] = b
		}
	}
	// what an argument named may have been changed to, the enumeration's
	// domain, is set back
	if _, err := s.in.Eval("sym:`a`b`c`d"); err != nil {
		t.Fatalf("after %s: %v", expr, err)
	}
}

// primFound are the cases the sweep found, each a Go panic before its
// fix; each must give a value or a q error.
var primFound = []string{
	"1 2f lsq ()", // a matrix of no rows: its first row was indexed
	"0w -0w lsq\\(();1 2f)",
	"(+/) . ()", // over and scan applied to no argument indexed the first
	"(count\\) . 0#0",
	".Q.f[0W;1.5]", // a loop of 0W steps, which no interrupt stopped
	".Q.f[1000;1.5]",
	"0b mcount 2#enlist 2#enlist 1 2", // a matrix of lists: its columns were taken for vectors
	"2 msum 2#enlist 2#enlist 1 2",
	"([]a:1 2 3) lj ([]a:1 2)!3 4", // a table's rows onto a list taken for a keyed table
	"([]a:1 2 3) uj group ([]a:1 2 1)",
	"y:([]a:1 2)!3 4; `y insert (3;5)",
	"1_`a`b!`t", // keys onto one atom: the atom sliced as a vector
	"1 sublist `a`b!`t",
	"enlist string `a`b!`t", // string gave keys onto a list of one
	"([]a:1 2;b:`x`y) asof `a`b!`t",
	".j.j `a`b!`t",
	"(enlist group ([]a:1 2 1)) 5",          // the null of a table's rows onto a list took the list for a table
	"([k:`a`b;j:1 2]v:1 2)+([k:`a`b]v:1 2)", // new keys of y taken as rows of x's key columns
}

// TestPrimitivesFound replays primFound through the console's entry.
func TestPrimitivesFound(t *testing.T) {
	var errs bytes.Buffer
	in := New(&bytes.Buffer{})
	in.SetErr(&errs)
	for _, src := range primFound {
		done := make(chan error, 1)
		go func() { // the session's one goroutine while it runs
			_, err := in.Line(src)
			done <- err
		}()
		var err error
		select {
		case err = <-done:
		case <-time.After(time.Second):
			in.Interrupt()
			select {
			case err = <-done:
			case <-time.After(time.Minute):
				t.Fatalf("%s: still running a minute after an interrupt", src)
			}
		}
		if err != nil && (err.Error() == "'internal" || notQ.MatchString(err.Error())) {
			t.Errorf("%s: %v\n%s", src, err, errs.String())
		}
		errs.Reset()
	}
}

// TestPrimitivesAnyArgs applies every primitive, keyword and internal
// function, alone and under each iterator, to each argument of primArgs
// in turn and to pairs of them: a value or a q error, never a Go panic,
// an error of Go's, or an evaluation that cannot be stopped.
// FuzzPrimitives goes through many more combinations.
func TestPrimitivesAnyArgs(t *testing.T) {
	t.Chdir(t.TempDir()) // the files save, set and 0: write
	s := newPrimSweep(t)
	n := len(primArgs)
	for i, form := range s.forms {
		s.apply(t, form, []int{i % n})
		s.apply(t, form, []int{(i * 7) % n, (i * 13) % n})
		if strings.IndexAny(form[len(form)-1:], "'/\\:") < 0 { // unary forms of the verbs, on each argument
			for j := range n {
				s.apply(t, form, []int{j})
			}
		}
	}
}

// FuzzPrimitives applies a function of primForms, chosen by the first two
// bytes, to one to four arguments of primArgs chosen by the bytes after:
// a value or a q error, never a Go panic, an error of Go's, or an
// evaluation that cannot be stopped.
func FuzzPrimitives(f *testing.F) {
	// the files save, set and 0: write go to a scratch directory, only
	// while an input runs: the fuzzer writes what fails under testdata
	dir := f.TempDir()
	f.Add([]byte{0, 0, 0, 1})
	f.Add([]byte{1, 200, 7, 9, 11})
	f.Add([]byte{2, 100, 50, 60, 70, 80})
	s := newPrimSweep(f)
	f.Fuzz(func(t *testing.T, b []byte) {
		if len(b) < 3 {
			return
		}
		form := s.forms[(int(b[0])<<8|int(b[1]))%len(s.forms)]
		wd, err := os.Getwd()
		if err != nil {
			t.Fatal(err)
		}
		if err := os.Chdir(dir); err != nil {
			t.Fatal(err)
		}
		defer os.Chdir(wd)
		var idx []int
		for _, c := range b[2:min(len(b), 6)] {
			idx = append(idx, int(c)%len(primArgs))
		}
		s.apply(t, form, idx)
	})
}
