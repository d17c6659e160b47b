package interp

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"qgo/interp/k"
)

// dbgSession makes an interpreter and runs the setup lines, which must not
// fail.
func dbgSession(t *testing.T, setup ...string) (*Interp, *bytes.Buffer) {
	t.Helper()
	var out bytes.Buffer
	in := New(&out)
	in.SetErr(&out)
	for _, l := range setup {
		if _, err := in.Input(l); err != nil {
			t.Fatalf("%s: %v", l, err)
		}
	}
	return in, &out
}

func TestErrorLocation(t *testing.T) {
	tests := []struct {
		setup []string
		in    string
		want  string
	}{
		{nil, `2+"hi"`, "'type\n  [0]  2+\"hi\"\n        ^"},
		{nil, "foo", "'foo\n  [0]  foo\n       ^"},
		{nil, "1+foo", "'foo\n  [0]  1+foo\n         ^"},
		{nil, "{x+`a}1", "'type\n  [1]  {x+`a}\n         ^"},
		{[]string{"g:{a:x*2;a+y}", "f:{g[x;2#y]}"}, `f[3;"hello"]`, "'type\n  [2]  g:{a:x*2;a+y}\n                 ^"},
		{[]string{`f0:{{("hi";x+y)}[x*2;"there"]}`}, "f0[2]", "'type\n  [2]  f0@:{(\"hi\";x+y)}\n                   ^"},
		{[]string{"f:{'`oops}"}, "f[]", "'oops\n  [1]  f:{'`oops}\n          ^"},
		{[]string{`\d .ns`, "f:{x+`a}", `\d .`}, ".ns.f 1", "'type\n  [1]  .ns.f:{x+`a}\n               ^"},
		{[]string{"f:{[x]\n  y:x+1;\n  y+`a}"}, "f 1", "'type\n  [1]    y+`a}\n          ^"},
		{nil, "1+(2", "'(\n  [0]  1+(2\n         ^"},
	}
	for _, tt := range tests {
		in, _ := dbgSession(t, tt.setup...)
		_, err := in.Input(tt.in)
		if err == nil || err.Error() != tt.want {
			t.Errorf("%q after %q:\ngot\n%v\nwant\n%s", tt.in, tt.setup, err, tt.want)
		}
		var ke *k.Error
		if !errors.As(err, &ke) {
			t.Errorf("%q: %T does not unwrap to *k.Error", tt.in, err)
		}
		if in.Level() != 0 {
			t.Errorf("%q suspended with the debugger off", tt.in)
		}
	}
}

func TestSuspend(t *testing.T) {
	in, _ := dbgSession(t, "g:{a:x*2;a+y}", "f:{g[x;2#y]}", "a:0")
	in.SetSuspend(true)
	if _, err := in.Input(`f[3;"hello"]`); err == nil {
		t.Fatal("no error")
	}
	if in.Level() != 1 || in.Prompt() != "q))" {
		t.Fatalf("after an error in g: level %d, prompt %q", in.Level(), in.Prompt())
	}
	for _, tt := range [][2]string{{"a", "6"}, {"x", "3"}, {"y", `"he"`}, {"a*4", "24"}} {
		if got, err := in.Input(tt[0]); got != tt[1] || err != nil {
			t.Errorf("at q)), %s = %q, %v; want %s", tt[0], got, err, tt[1])
		}
	}
	// An error at the prompt itself does not suspend again.
	if _, err := in.Input("'myerror"); err == nil || !strings.HasPrefix(err.Error(), "'myerror\n  [2]  g:{a:x*2;a+y}") {
		t.Errorf("'myerror at q)) = %v", err)
	}
	if in.Level() != 1 {
		t.Errorf("a signal at q)) changed the level to %d", in.Level())
	}
	// An error inside a function called there does.
	if _, err := in.Input("{x+y}[a;y]"); err == nil || !strings.Contains(err.Error(), "[4]  {x+y}") {
		t.Errorf("{x+y}[a;y] at q)) = %v", err)
	}
	if in.Prompt() != "q)))" {
		t.Errorf("prompt %q, want q)))", in.Prompt())
	}
	if got, _ := in.Input("x"); got != "6" {
		t.Errorf("x in the inner level = %q, want 6", got)
	}
	in.Input(`\`)
	if got, _ := in.Input("x"); got != "3" {
		t.Errorf("x after one \\ = %q, want 3", got)
	}
	// :x would resume in q; qgo leaves the level.
	in.Input(":42")
	if in.Level() != 0 || in.Prompt() != "q)" {
		t.Errorf("after :42, level %d prompt %q", in.Level(), in.Prompt())
	}
	if got, _ := in.Input("a"); got != "0" {
		t.Errorf("global a = %q after leaving the debugger", got)
	}
	// A lone \ at q) does nothing; a top-level error does not suspend.
	in.Input(`\`)
	in.Input("1+`a")
	if in.Level() != 0 {
		t.Errorf("a top-level error suspended")
	}
	// Interrupted functions suspend too.
	// (Input clears an interrupt that came before it: the loop is
	// interrupted until it stops, not once after a sleep it could outlast.)
	in.Interrupt()
	looped := make(chan struct{})
	go func() {
		for {
			select {
			case <-looped:
				return
			case <-time.After(20 * time.Millisecond):
				in.Interrupt()
			}
		}
	}()
	_, err := in.Input("{while[1b]}[]")
	close(looped)
	if err == nil || !strings.HasPrefix(err.Error(), "'stop\n  [1]  {while[1b]}") {
		t.Errorf("interrupted loop: %v", err)
	}
	if in.Level() != 1 {
		t.Errorf("'stop in a function: level %d", in.Level())
	}
}

func TestExitInput(t *testing.T) {
	in, _ := dbgSession(t)
	for src, code := range map[string]int{`\\`: 0, "exit 3": 3, `\\ bye`: 0, `value"\\\\"`: 0} {
		_, err := in.Input(src)
		var x *ExitError
		if !errors.As(err, &x) || x.Code != code {
			t.Errorf("%s: %v, want exit %d", src, err, code)
		}
	}
}

// script writes a script file in a fresh directory and returns its path.
func script(t *testing.T, name, src string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestLoadFile(t *testing.T) {
	p := script(t, "s.q", `/ a script
a:1
f:{[x]
  y:x+1;
  y*2}
/
a block comment
b:99
\
\d .ns
v:42
g:{x+`+"`"+`a}
\d .
c:f a
\
d:1
`)
	in, _ := dbgSession(t)
	if err := in.LoadFile(p); err != nil {
		t.Fatal(err)
	}
	for _, tt := range [][2]string{{"a", "1"}, {"c", "4"}, {".ns.v", "42"}, {`\d`, "`."}, {"`b in key`.", "0b"}, {"`d in key`.", "0b"}} {
		if got, err := in.Input(tt[0]); got != tt[1] || err != nil {
			t.Errorf("after loading, %s = %q, %v; want %s", tt[0], got, err, tt[1])
		}
	}
	// An error inside a function from the script shows where it was written.
	_, err := in.Input(".ns.g 1")
	want := "'type\n  [1]  " + p + ":12: .ns.g:{x+`a}\n" + strings.Repeat(" ", 7+len(p)+len(":12: .ns.g:{x")) + "^"
	if err == nil || err.Error() != want {
		t.Errorf(".ns.g 1:\ngot\n%v\nwant\n%s", err, want)
	}
}

func TestLoadFileErrors(t *testing.T) {
	p := script(t, "bad.q", "\\d .x\na:1\nb:a+`x\nc:3\n")
	in, _ := dbgSession(t)
	in.SetSuspend(true)
	err := in.LoadFile(p)
	want := "'type\n  [0]  " + p + ":3: b:a+`x\n" + strings.Repeat(" ", 7+len(p)+len(":3: b:a")) + "^"
	if err == nil || err.Error() != want {
		t.Errorf("LoadFile(bad.q):\ngot\n%v\nwant\n%s", err, want)
	}
	if in.Level() != 1 {
		t.Errorf("a failing script did not suspend")
	}
	if got, _ := in.Input("`c in key`."); got != "0b" {
		t.Errorf("the script ran on past its error")
	}
	in.Input(`\`)
	if got, _ := in.Input(`\d`); got != "`." {
		t.Errorf("namespace after a failed script: %s", got)
	}

	// \l from the console: the frames are the console line, the statement
	// and the function.
	p2 := script(t, "f.q", "f:{1+x}\na:f`a\n")
	_, err = in.Input(`\l ` + p2)
	if err == nil || !strings.HasPrefix(err.Error(), "'type\n  [2]  "+p2+":1: f:{1+x}\n") {
		t.Errorf("\\l f.q: %v", err)
	}
	if in.Level() != 1 {
		t.Errorf("\\l of a failing script did not suspend")
	}
	in.Input(`\`)

	// A missing file.
	err = in.LoadFile("nosuch.q")
	if err == nil || err.Error() != "'nosuch.q. OS reports: No such file or directory" {
		t.Errorf("LoadFile(nosuch.q) = %v", err)
	}
	if in.Level() != 0 {
		t.Errorf("a missing script suspended")
	}

	// Exit.
	p3 := script(t, "exit.q", "a:1\nexit 7\nb:2\n")
	var x *ExitError
	if err := in.LoadFile(p3); !errors.As(err, &x) || x.Code != 7 {
		t.Errorf("exit.q: %v", err)
	}

	// A script that loads itself.
	p4 := script(t, "self.q", "")
	os.WriteFile(p4, []byte(`\l `+p4+"\n"), 0o644)
	if err := in.LoadFile(p4); err == nil || !strings.HasPrefix(err.Error(), "'stack") {
		t.Errorf("self.q: %v", err)
	}
}

func TestScramble(t *testing.T) {
	p := script(t, "t1.q", "a:123;f:{x+2*y}\n")
	in, _ := dbgSession(t)
	if got, err := in.Input(`\_ ` + p); err != nil || got != "`"+p+"_" {
		t.Fatalf("\\_: %q %v", got, err)
	}
	b, _ := os.ReadFile(p + "_")
	if bytes.Contains(b, []byte("x+2*y")) {
		t.Error("the runtime script shows its source")
	}
	if _, err := in.Input(`\l ` + p + "_"); err != nil {
		t.Fatal(err)
	}
	if got, _ := in.Input("f[10;1 2 3]"); got != "12 14 16" {
		t.Errorf("f from the runtime script: %q", got)
	}
}

func TestSplitScriptLines(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []Statement
	}{
		{"empty", "", nil},
		{"lines", "a:1\nb:2\n", []Statement{{"a:1", 1}, {"b:2", 2}}},
		{"no final newline", "a:1\nb:2", []Statement{{"a:1", 1}, {"b:2", 2}}},
		{"crlf", "a:1\r\nb:2\r\n", []Statement{{"a:1", 1}, {"b:2", 2}}},
		{"comments", "/ a comment\na:1\n/another\n", []Statement{{"a:1", 2}}},
		{"trailing comment stays", "a:1 / one\n", []Statement{{"a:1 / one", 1}}},
		{"continuation", "f:{[x]\n  y:x+1;\n\ty}\nf 2\n", []Statement{{"f:{[x]\n  y:x+1;\n\ty}", 1}, {"f 2", 4}}},
		{"blank lines inside", "f:{\n\n  x}\n\ng:1\n", []Statement{{"f:{\n  x}", 1}, {"g:1", 5}}},
		{"whitespace first line", "  a:1\n b\n", []Statement{{"  a:1", 1}, {"  a:1\n b", 1}}[1:]},
		{"block comment", "a:1\n/\nnot:code\n  neither\n\\\nb:2\n", []Statement{{"a:1", 1}, {"b:2", 6}}},
		{"block comment with trailing blanks", "/ \nx\n\\  \nb:2\n", []Statement{{"b:2", 4}}},
		{"unclosed block", "a:1\n/\nb:2\n", []Statement{{"a:1", 1}}},
		{"end of script", "a:1\n\\\nb:2\n", []Statement{{"a:1", 1}}},
		{"exit stays", "a:1\n\\\\\nb:2\n", []Statement{{"a:1", 1}, {`\\`, 2}, {"b:2", 3}}},
		{"system command", "\\d .foo\nx:1\n", []Statement{{`\d .foo`, 1}, {"x:1", 2}}},
		{"shebang skipped", "#!/usr/bin/env q\nx:1\n", []Statement{{"x:1", 2}}},
		{"#! later is code", "x:1\n#!y\n", []Statement{{"x:1", 1}, {"#!y", 2}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := SplitScript(tt.src); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("SplitScript(%q) = %v, want %v", tt.src, got, tt.want)
			}
		})
	}
}

func TestCall(t *testing.T) {
	in, _ := dbgSession(t, "f:{x+`a}", "n:0", "g:{n::n+x}")
	in.SetSuspend(true)
	f, _ := in.Get("f")
	_, err := in.Call(f, k.J(1))
	if err == nil || err.Error() != "'type\n  [0]  f:{x+`a}\n           ^" {
		t.Errorf("Call(f) = %v", err)
	}
	if in.Level() != 0 {
		t.Error("a handler's error suspended")
	}
	g, _ := in.Get("g")
	in.Call(g, k.J(5))
	if v, _ := in.Get("n"); in.Show(v) != "5" {
		t.Errorf("n = %s after Call(g)", in.Show(v))
	}
	in.Input(".z.ts:{x}")
	if h, ok := in.Handler("ts"); !ok || in.Show(h) != "{x}" {
		t.Errorf("Handler(ts) = %v, %v", h, ok)
	}
	if _, ok := in.Handler("pi"); ok {
		t.Error("Handler(pi) in a fresh session")
	}
}

// TestCallKeepsNoArgs applies functions of higher rank through Call and
// CallAsync, which make projections of them, then changes the argument
// slice given: Call does not keep it (the loop passes its own), so the
// projections still hold the arguments as they were.
func TestCallKeepsNoArgs(t *testing.T) {
	in, _ := dbgSession(t, "f:{x,y,z}")
	f, _ := in.Get("f")
	args := []k.Value{k.J(1), k.J(2)}
	p2, err := in.Call(f, args...)
	if err != nil {
		t.Fatal(err)
	}
	args[0], args[1] = k.J(8), k.J(9)
	p1, err := in.Call(f, args[:1]...)
	if err != nil {
		t.Fatal(err)
	}
	args[0] = k.J(7)
	pa, err := in.CallAsync(f, args[0])
	if err != nil {
		t.Fatal(err)
	}
	args[0] = k.J(6)
	for _, c := range []struct {
		p    k.Value
		x    []k.Value
		want string
	}{{p2, []k.Value{k.J(3)}, "1 2 3"}, {p1, []k.Value{k.J(4), k.J(5)}, "8 4 5"}, {pa, []k.Value{k.J(4), k.J(5)}, "7 4 5"}} {
		v, err := in.Call(c.p, c.x...)
		if err != nil || in.Show(v) != c.want {
			t.Errorf("projection %s applied: %v, %v; want %s", in.Show(c.p), v, err, c.want)
		}
	}
}

func TestCompletions(t *testing.T) {
	in, _ := dbgSession(t, "foo:1", "food:{x}", `\d .ns`, "fob:2", `\d .`)
	for _, tt := range []struct {
		prefix string
		want   []string
	}{
		{"foo", []string{"foo", "food"}},
		{"cou", []string{"count"}},
		{".ns.f", []string{".ns.fob"}},
		{".z.pi", []string{".z.pi"}},
		{".z.e", []string{".z.e", ".z.exit"}},
	} {
		if got := in.Completions(tt.prefix); !slices.Equal(got, tt.want) {
			t.Errorf("Completions(%q) = %q, want %q", tt.prefix, got, tt.want)
		}
	}
	if got := in.Completions(".n"); !slices.Contains(got, ".ns") {
		t.Errorf("Completions(.n) = %q, lacks the namespace", got)
	}
	in.Input(`\d .ns`)
	if got := in.Completions("fo"); !slices.Contains(got, "fob") || !slices.Contains(got, "foo") {
		t.Errorf("in .ns, Completions(fo) = %q", got)
	}
	if in.Prompt() != "q.ns)" {
		t.Errorf("Prompt in .ns = %q", in.Prompt())
	}
}

// fakeHost records what the interpreter asks of it.
type fakeHost struct {
	timers []int64
	addrs  []string
}

func (h *fakeHost) SetTimer(ms int64) { h.timers = append(h.timers, ms) }
func (h *fakeHost) Listen(addr string) (int, error) {
	h.addrs = append(h.addrs, addr)
	if addr == "bad" {
		return 0, errors.New("bad")
	}
	return 5001, nil
}

func TestHost(t *testing.T) {
	in, _ := dbgSession(t)
	h := &fakeHost{}
	in.SetHost(h)
	for _, l := range []string{`\t 100`, `system"t 0"`, `\t:2 1+1`, `\p 5001`, `\p localhost:5001`} {
		if _, err := in.Input(l); err != nil {
			t.Errorf("%s: %v", l, err)
		}
	}
	if _, err := in.Input(`\p bad`); err == nil || err.Error() != "'bad\n  [0]  \\p bad\n       ^" {
		t.Errorf(`\p bad: %v`, err)
	}
	if !slices.Equal(h.timers, []int64{100, 0}) || !slices.Equal(h.addrs, []string{"5001", "localhost:5001", "bad"}) {
		t.Errorf("host saw timers %v, addrs %q", h.timers, h.addrs)
	}
	if in.Port() != 5001 || in.TimerInterval() != 0 {
		t.Errorf("Port %d, TimerInterval %d", in.Port(), in.TimerInterval())
	}
}

func TestClockAndEnv(t *testing.T) {
	in, _ := dbgSession(t)
	in.SetClock(func() time.Time { return time.Date(2024, 3, 4, 5, 6, 7, 890123456, time.UTC) })
	in.SetEnv(Env{Script: "test.q", Args: []string{"-abc", "123"}, Raw: []string{"qgo", "test.q", "-abc", "123", "-q"}, Quiet: true})
	in.Input(`\o 0`)
	for _, tt := range [][2]string{
		{".z.p", "2024.03.04D05:06:07.890123456"},
		{".z.P", "2024.03.04D05:06:07.890123456"},
		{".z.n", "0D05:06:07.890123456"},
		{".z.t", "05:06:07.890"},
		{".z.d", "2024.03.04"},
		{".z.z", "2024.03.04T05:06:07.890"},
		{".z.f", "`test.q"},
		{".z.x", "\"-abc\"\n\"123\""},
		{"count .z.X", "5"},
		{".z.q", "1b"},
	} {
		if got, err := in.Input(tt[0]); got != tt[1] || err != nil {
			t.Errorf("%s = %q, %v; want %q", tt[0], got, err, tt[1])
		}
	}
	in.Input(`\o -3`)
	if got, _ := in.Input(".z.T"); got != "02:06:07.890" {
		t.Errorf(".z.T at -3h = %s", got)
	}
	if got, _ := in.Input(".z.D"); got != "2024.03.04" {
		t.Errorf(".z.D at -3h = %s", got)
	}
	restore := in.SetCaller(6, "bob", 2130706433)
	if got, _ := in.Input("(.z.w;.z.u;.z.a)"); got != "6i\n`bob\n2130706433i" {
		t.Errorf("in a request: %q", got)
	}
	restore()
	if got, _ := in.Input(".z.w"); got != "0i" {
		t.Errorf(".z.w after the request = %s", got)
	}
}

func TestAccessSettings(t *testing.T) {
	in, _ := dbgSession(t, ".z.pi:{x}")
	// the -w limit is the process's: give the next tests back the one they had
	old := k.Workspace()
	t.Cleanup(func() { k.SetWorkspace(old) })
	in.SetSettings(Settings{PasswordFile: "pw.txt", Threads: 4, Workspace: 100, ErrorMode: 2, Timeout: 9})
	if _, err := in.Input(`\x .z.pi`); err == nil || !strings.HasPrefix(err.Error(), "'access") {
		t.Errorf(`\x under -U: %v`, err)
	}
	for _, tt := range [][2]string{{`\s`, "4i"}, {`\s 0N`, "4i"}, {`\e`, "2i"}, {`\T`, "9i"}, {`\w 200`, "209715200"}, {`\w 50`, "209715200"}} {
		if got, err := in.Input(tt[0]); got != tt[1] || err != nil {
			t.Errorf("%s = %q, %v; want %s", tt[0], got, err, tt[1])
		}
	}
	if got, _ := in.Input(`(system"w")3`); got != "209715200" {
		t.Errorf("the -w limit in \\w = %s", got)
	}
}

// TestLoadFileVectorContinues checks that a numeric or temporal vector
// literal goes on over an indented continuation line, as blanks would:
// the script of docs/learn/startingkdb/language.md (a is 1 2 3 + 4, blank
// and comment lines between ignored) and timebuckets of
// docs/wp/surveillance, whose timespans go on to a second line.
func TestLoadFileVectorContinues(t *testing.T) {
	p := script(t, "cont.q", `a:1 2

/ this is a comment line

 3
    + 4

b:"abc"
timebuckets: 0D00:00:00 0D00:00:00.000000001 0D00:00:00.002 0D00:00:00.005 
  0D00:00:00.02 0D00:00:00.05 0D00:00:00.2 0D00:00:00.5 0D00:00:01
hours:09:30 10:00
  10:30
`)
	in, _ := dbgSession(t)
	if err := in.LoadFile(p); err != nil {
		t.Fatal(err)
	}
	for _, tt := range [][2]string{{"a", "5 6 7"}, {"b", `"abc"`},
		{"count timebuckets", "9"}, {"type timebuckets", "16h"}, {"last timebuckets", "0D00:00:01.000000000"},
		{"hours", "09:30 10:00 10:30"}} {
		if got, err := in.Input(tt[0]); got != tt[1] || err != nil {
			t.Errorf("after loading, %s = %q, %v; want %s", tt[0], got, err, tt[1])
		}
	}
}
