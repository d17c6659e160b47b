package zns

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// suspendingProc is a process whose console suspends at q)), as at a
// terminal.
func suspendingProc(t *testing.T, name string, listen bool) *proc {
	p := newProc(t, name, listen, Options{})
	p.onLoop(func() { p.l.in.(interface{ SetSuspend(bool) }).SetSuspend(true) })
	return p
}

// KX's docs/basics/debug.md: a script loaded at the console suspends in
// the function that failed; `:42` resumes it with 42 as the result of
// 1+x, and the rest of the script runs.
func TestSuspendScriptResumes(t *testing.T) {
	p := suspendingProc(t, "console", false)
	dir := t.TempDir()
	script := filepath.Join(dir, "test.q")
	os.WriteFile(script, []byte("/ test script\na:b:0\nfunc:{1+x}\na:func`a\nb:1\n"), 0o644)
	_, err := p.l.Eval(`\l ` + script)
	want := "'type\n  [3]  " + script + ":3: func:{1+x}\n" + strings.Repeat(" ", 7+len(script)+len(":3: func:{1")) + "^"
	if err == nil || err.Error() != want {
		t.Fatalf("\\l: %v\nwant:\n%s", err, want)
	}
	if got := p.l.Prompt(); got != "q))" {
		t.Errorf("prompt %q", got)
	}
	p.is(t, "x", "`a")
	p.is(t, ":42", "")
	if got := p.l.Prompt(); got != "q)" {
		t.Errorf("prompt after :42 is %q", got)
	}
	p.is(t, "a", "42")
	p.is(t, "b", "1")
}

// While the console sits at q)), the process goes on serving its clients,
// as q's does; the client's query sees the suspended state's globals.
func TestSuspendServesClients(t *testing.T) {
	srv := suspendingProc(t, "server", true)
	cli := newProc(t, "client", false, Options{})
	cli.eval(t, "h:hopen "+strconv.Itoa(srv.port))
	srv.eval(t, "g:{v::x;x+`a}")
	if _, err := srv.l.Eval("g 7"); err == nil {
		t.Fatal("g 7 did not fail")
	}
	if got := srv.l.Prompt(); got != "q))" {
		t.Fatalf("prompt %q", got)
	}
	cli.is(t, `h"v*2"`, "14")
	cli.is(t, `h"1+1"`, "2")
	srv.is(t, `\`, "")
	cli.is(t, `h"v"`, "7")
	if got := srv.l.Prompt(); got != "q)" {
		t.Errorf("prompt after \\ is %q", got)
	}
}

// The session can end from a q)) prompt: the suspended evaluation is
// abandoned and the loop ends with the status asked for.
func TestSuspendExit(t *testing.T) {
	p := suspendingProc(t, "console", false)
	p.eval(t, ".z.exit:{-1\"bye \",string x}")
	p.l.Eval("{x+`a}1")
	p.l.Eval("{y+`b}[1;2]") // a level on a level
	if got := p.l.Prompt(); got != "q)))" {
		t.Fatalf("prompt %q", got)
	}
	_, err := p.l.Eval("exit 3")
	var x *Exit
	if err == nil || !strings.Contains(err.Error(), "exit 3") {
		t.Fatalf("exit 3 at q))): %v (%T), want *Exit", err, x)
	}
	<-p.l.Done()
	if code := p.l.Wait(); code != 3 {
		t.Errorf("status %d", code)
	}
	if !strings.Contains(p.out.String(), "bye 3") {
		t.Errorf(".z.exit did not run: %q", p.out.String())
	}
}

// \e 1: an error in a client's async message suspends at the server's
// console, which goes on serving; :e resumes the handler. \e 2: the error
// is printed with the whole stack it unwound through.
func TestSuspendAsyncErrorModes(t *testing.T) {
	srv := suspendingProc(t, "server", true)
	cli := newProc(t, "client", false, Options{})
	cli.eval(t, "h:hopen "+strconv.Itoa(srv.port))
	srv.eval(t, "f:{r::1+x}")
	srv.eval(t, `\e 1`)
	cli.eval(t, "neg[h](`f;\"a\");h\"\"")
	eventually(t, "the server suspends", func() bool { return srv.l.Prompt() == "q))" })
	if got := srv.errs.String(); !strings.Contains(got, "'type\n  [1]  f:{r::1+x}\n              ^") {
		t.Errorf("server console:\n%s", got)
	}
	cli.is(t, `h"2+2"`, "4") // still serving
	srv.is(t, "x", "\"a\"")
	srv.is(t, ":41", "")
	srv.is(t, "r", "41")
	if got := srv.l.Prompt(); got != "q)" {
		t.Errorf("prompt after :41 is %q", got)
	}
	srv.eval(t, `\e 2`)
	srv.eval(t, "g:{f x}")
	before := len(srv.errs.String())
	cli.eval(t, "neg[h](`g;\"b\");h\"\"")
	defer func() {
		if t.Failed() {
			t.Logf("console:\n%s", srv.errs.String()[before:])
		}
	}()
	eventually(t, "the stack on the console", func() bool {
		return strings.Contains(srv.errs.String()[before:], "'type\n  [2]  f:{r::1+x}\n              ^\n  [1]  g:{f x}\n          ^")
	})
	if got := srv.l.Prompt(); got != "q)" {
		t.Errorf("\\e 2 suspended: prompt %q", got)
	}
}

// docs/basics/debug.md's remote debugging with .Q.trp: a .z.pg that
// answers (0;result) or (1;backtrace string), the backtrace running from
// the failed lambda through the string the client sent to .z.pg itself.
func TestTrapBacktraceRemote(t *testing.T) {
	srv := newProc(t, "server", true, Options{})
	cli := newProc(t, "client", false, Options{})
	srv.eval(t, "f:{{x*y}[x;3#x]}")
	cli.eval(t, "h:hopen "+strconv.Itoa(srv.port))
	cli.eval(t, `h".z.pg:{.Q.trp[(0;)@enlist value@;x;{(1;.Q.sbt y)}]}"`)
	cli.is(t, `h"f 3"`, "0\n,9 9 9")
	cli.is(t, "first h\"f `a\"", "1")
	cli.eval(t, "1@(h\"f `a\")1;")
	want := "  [4]  f@:{x*y}\n            ^\n" +
		"  [3]  f:{{x*y}[x;3#x]}\n          ^\n" +
		"  [2]  f `a\n       ^\n" +
		"  [1]  (.Q.trp)\n\n" +
		"  [0]  .z.pg:{.Q.trp[(0;)@enlist value@;x;{(1;.Q.sbt y)}]}\n              ^\n"
	if got := cli.out.String(); !strings.HasSuffix(got, want) {
		t.Errorf("backtrace:\n%s\nwant:\n%s", got, want)
	}
}

// docs/basics/debug.md's error trap modes, with the message a string:
// under \e 2 its stack down to the message itself, [0]; under \e 1 the
// console suspends in the innermost function.
func TestAsyncErrorModesString(t *testing.T) {
	srv := suspendingProc(t, "server", true)
	cli := newProc(t, "client", false, Options{})
	cli.eval(t, "h:hopen "+strconv.Itoa(srv.port))
	srv.eval(t, "f:{{x*y}[x;3#x]}")
	srv.eval(t, `\e 2`)
	cli.eval(t, "neg[h]\"f `a\";h\"\"")
	want := "'type\n  [2]  f@:{x*y}\n            ^\n  [1]  f:{{x*y}[x;3#x]}\n          ^\n  [0]  f `a\n       ^\n"
	eventually(t, "the stack on the console", func() bool { return strings.Contains(srv.errs.String(), want) })
	srv.eval(t, `\e 1`)
	before := len(srv.errs.String())
	cli.eval(t, "neg[h]\"f `a\";h\"\"")
	eventually(t, "the server suspends", func() bool {
		return srv.l.Prompt() == "q))" && strings.HasSuffix(srv.errs.String()[before:], "^\n")
	})
	if got := srv.errs.String()[before:]; got != "'type\n  [2]  f@:{x*y}\n            ^\n" {
		t.Errorf("\\e 1 console:\n%s", got)
	}
	srv.is(t, `\`, "")
}
