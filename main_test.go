package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"qgo/internal/qgotest"
	"qgo/kdb"
	"strconv"
	"strings"
	"testing"
	"time"
)

// qgo is the binary under test, built once by TestMain.
var qgo string

func TestMain(m *testing.M) {
	bin, _, cleanup, err := qgotest.Build("qgo-test")
	if err != nil {
		panic(err)
	}
	qgo = bin
	code := m.Run()
	cleanup()
	os.Exit(code)
}

// session runs qgo with args, stdin and the environment, in a scratch
// directory, and returns stdout, stderr and the exit status.
func session(t *testing.T, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	cmd := exec.Command(qgo, args...)
	cmd.Dir = t.TempDir()
	cmd.Stdin = strings.NewReader(stdin)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	var x *exec.ExitError
	switch {
	case errors.As(err, &x):
		code = x.ExitCode()
	case err != nil:
		t.Fatalf("running qgo: %v", err)
	}
	return out.String(), errOut.String(), code
}

func TestQuietEmptyInput(t *testing.T) {
	out, errOut, code := session(t, "", "-q")
	if out != "" || errOut != "" || code != 0 {
		t.Errorf("qgo -q </dev/null: stdout %q, stderr %q, exit %d; want nothing and 0", out, errOut, code)
	}
}

func TestBanner(t *testing.T) {
	out, _, code := session(t, "")
	if !strings.HasPrefix(out, "qgo ") || code != 0 {
		t.Errorf("qgo </dev/null: stdout %q, exit %d; want a banner and 0", out, code)
	}
}

func TestErrorLine(t *testing.T) {
	out, errOut, code := session(t, "1+`a\n", "-q")
	if out != "" || !strings.HasPrefix(errOut, "'") || code != 0 {
		t.Errorf("1+`a: stdout %q, stderr %q, exit %d; want a 'error on stderr and 0", out, errOut, code)
	}
}

func TestExitCommand(t *testing.T) {
	out, errOut, code := session(t, "\\\\\n1+`a\n", "-q")
	if out != "" || errOut != "" || code != 0 {
		t.Errorf(`\\ then 1+`+"`a"+`: stdout %q, stderr %q, exit %d; want nothing and 0`, out, errOut, code)
	}
}

func TestUnknownArgsIgnored(t *testing.T) {
	if _, errOut, code := session(t, "", "-q", "-abc", "123", "-P", "3"); code != 0 || errOut != "" {
		t.Errorf("stderr %q, exit %d", errOut, code)
	}
}

func TestBadOption(t *testing.T) {
	if _, errOut, code := session(t, "", "-q", "-P", "x"); code != 1 || !strings.HasPrefix(errOut, "qgo: ") {
		t.Errorf("-P x: stderr %q, exit %d; want a qgo: error and 1", errOut, code)
	}
}

func TestScript(t *testing.T) {
	dir := t.TempDir()
	write := func(name, src string) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}

	// A script ending with \\ exits before the console reads stdin.
	exits := write("exits.q", "/ a comment\n\\\\\n")
	if out, errOut, code := session(t, "1+`a\n", exits, "-q"); out != "" || errOut != "" || code != 0 {
		t.Errorf("exits.q: stdout %q, stderr %q, exit %d", out, errOut, code)
	}

	// An error stops the script; the console carries on.
	fails := write("fails.q", "1+`a\n\\\\\n")
	out, errOut, code := session(t, "\\\\\n", fails, "-q")
	if out != "" || !strings.HasPrefix(errOut, "'") || code != 0 {
		t.Errorf("fails.q: stdout %q, stderr %q, exit %d", out, errOut, code)
	}

	// A file that is not there is reported as q does.
	_, errOut, code = session(t, "", "nofile.q", "-q")
	if !strings.HasPrefix(errOut, "'nofile.q. OS reports: ") || code != 0 {
		t.Errorf("nofile.q: stderr %q, exit %d", errOut, code)
	}
}

func TestScriptArguments(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "args.q")
	src := "/ prints what it was given\n-1 \",\" sv .z.x;\n-1 string .z.f;\n-1 string .z.q;\n-1 string count .z.X;\nexit 7\n"
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errOut, code := session(t, "", path, "-abc", "123", "-q", "-P", "3", "x")
	want := "-abc,123,x\n" + path + "\n1\n8\n"
	if out != want || errOut != "" || code != 7 {
		t.Errorf("args.q: stdout %q, stderr %q, exit %d; want %q, exit 7", out, errOut, code, want)
	}
}

func TestErrorCaret(t *testing.T) {
	out, errOut, code := session(t, "2+\"hi\"\nf:{x+`a}\nf 1\nx\n", "-q")
	want := "'type\n  [0]  2+\"hi\"\n        ^\n'type\n  [1]  f:{x+`a}\n           ^\n'x\n  [0]  x\n       ^\n"
	if out != "" || errOut != want || code != 0 {
		t.Errorf("stdout %q, stderr\n%s\nexit %d; want\n%s", out, errOut, code, want)
	}
}

func TestExitHandlerAtEndOfInput(t *testing.T) {
	out, _, code := session(t, ".z.exit:{-1\"bye \",string x}\n1+1\n", "-q")
	if out != "2\nbye 0\n" || code != 0 {
		t.Errorf("stdout %q, exit %d", out, code)
	}
	out, _, code = session(t, ".z.exit:{-1\"bye \",string x}\nexit 4\n1+1\n", "-q")
	if out != "bye 4\n" || code != 4 {
		t.Errorf("exit 4: stdout %q, exit %d", out, code)
	}
}

func TestTimerFlag(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "tick.q")
	// Listening, the process outlives its input and serves the timer.
	src := "n:0\n.z.ts:{n+:1;-1\"tick \",string n;if[n=3;exit 5]}\n"
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errOut, code := session(t, "", path, "-q", "-t", "20", "-p", "127.0.0.1:0W")
	if out != "tick 1\ntick 2\ntick 3\n" || errOut != "" || code != 5 {
		t.Errorf("stdout %q, stderr %q, exit %d", out, errOut, code)
	}
	// Not listening, the end of input ends it at once. The timer is slow
	// here (three ticks take 6 s) so that a loaded machine reading the
	// input late does not let the timer's exit win the race.
	out, _, code = session(t, "\\t\n", path, "-q", "-t", "2000")
	if out != "2000i\n" || code != 0 {
		t.Errorf("without -p: stdout %q, exit %d", out, code)
	}
}

func TestLoadAndSystem(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "lib.q"), []byte("\\d .lib\nf:{x*2}\n\\d .\ng:{\n  x+1}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(qgo, "-q")
	cmd.Dir = dir
	cmd.Stdin = strings.NewReader("\\l lib.q\n.lib.f 21\ng 1\nsystem\"l lib.q\"\n\\d\n\\echo hello; echo world\ncount system\"cd\"\n")
	b, err := cmd.CombinedOutput()
	if want := "42\n2\n`.\n\"hello\"\n\"world\"\n" + strconv.Itoa(len(dir)) + "\n"; string(b) != want || err != nil {
		t.Errorf("got %q, %v; want %q", b, err, want)
	}
}

func TestInterruptSignal(t *testing.T) {
	cmd := exec.Command(qgo, "-q")
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var errOut bytes.Buffer
	cmd.Stderr = &errOut
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// A hang is a failure, not a stuck run.
	watchdog := time.AfterFunc(2*time.Minute, func() { cmd.Process.Kill() })
	defer watchdog.Stop()
	// The signal goes once the line is running: before, it could find
	// qgo still starting (and no handler yet), or the next line would
	// clear it.
	io.WriteString(stdin, "-1\"looping\";{while[1b]}[]\n")
	r := bufio.NewReader(stdout)
	if line, err := r.ReadString('\n'); line != "looping\n" {
		t.Fatalf("first line %q, %v", line, err)
	}
	cmd.Process.Signal(os.Interrupt)
	io.WriteString(stdin, "1+1\n")
	stdin.Close()
	rest, _ := io.ReadAll(r)
	err = cmd.Wait()
	if string(rest) != "2\n" || !strings.HasPrefix(errOut.String(), "'stop\n") || err != nil {
		t.Errorf("stdout %q, stderr %q, %v", rest, errOut.String(), err)
	}
}

// tmux drives qgo in a terminal as a person would: keys in, screen out.
type tmux struct {
	t      *testing.T
	socket string
}

// startTmux runs qgo with args in a new tmux session, with HOME at home
// (for the history file).
func startTmux(t *testing.T, home string, args ...string) *tmux {
	t.Helper()
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not installed")
	}
	m := &tmux{t: t, socket: fmt.Sprintf("qgotest-%d-%d", os.Getpid(), time.Now().UnixNano())}
	// The pane outlives qgo, to show how it ended.
	shell := "cd " + home + " && env -u NO_COLOR HOME=" + home + " TERM=xterm " + qgo + " " + strings.Join(args, " ") +
		"; echo EXIT=$?; sleep 60"
	m.run("new-session", "-d", "-x", "100", "-y", "40", "-s", "q", shell)
	t.Cleanup(func() { exec.Command("tmux", "-L", m.socket, "kill-server").Run() })
	if len(args) == 0 {
		m.waitFor("the prompt", func(s string) bool { return strings.Contains(s, "q)") })
	}
	return m
}

func (m *tmux) run(args ...string) string {
	m.t.Helper()
	b, err := exec.Command("tmux", append([]string{"-L", m.socket}, args...)...).CombinedOutput()
	if err != nil {
		m.t.Fatalf("tmux %q: %v\n%s", args, err, b)
	}
	return string(b)
}

// keys types keys: literal text, or tmux key names such as Enter, Up, C-c.
func (m *tmux) keys(keys ...string) {
	for _, k := range keys {
		switch k {
		case "Enter", "Up", "Down", "Tab", "C-c", "C-d", "BSpace":
			m.run("send-keys", "-t", "q", k)
		default:
			m.run("send-keys", "-t", "q", "-l", k)
		}
	}
}

// screen is the visible pane, without trailing blank lines.
func (m *tmux) screen() string {
	return strings.TrimRight(m.run("capture-pane", "-p", "-t", "q"), "\n ")
}

// waitFor polls the screen until ok holds.
func (m *tmux) waitFor(what string, ok func(string) bool) string {
	m.t.Helper()
	var s string
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if s = m.screen(); ok(s) {
			return s
		}
	}
	m.t.Fatalf("timed out waiting for %s; screen:\n%s", what, s)
	return s
}

// lastTick is the number of the last "tick n" line on the screen, 0 if
// none.
func lastTick(s string) int {
	i := strings.LastIndex(s, "\ntick ")
	if i < 0 {
		return 0
	}
	line, _, _ := strings.Cut(s[i+len("\ntick "):], "\n")
	n, _ := strconv.Atoi(line)
	return n
}

// lastLine is the screen's last line.
func lastLine(s string) string { return s[strings.LastIndexByte(s, '\n')+1:] }

// wantLast waits until the last line of the screen is line.
func (m *tmux) wantLast(line string) string {
	m.t.Helper()
	return m.waitFor("last line "+line, func(s string) bool { return lastLine(s) == line })
}

func TestTerminal(t *testing.T) {
	home := t.TempDir()
	m := startTmux(t, home)

	// A result.
	m.keys("1+1", "Enter")
	m.waitFor("1+1", func(s string) bool { return strings.HasSuffix(s, "q)1+1\n2\nq)") })

	// Up recalls the line; Ctrl-C at the prompt clears it.
	m.keys("Up")
	m.wantLast("q)1+1")
	m.keys("C-c")
	m.wantLast("q)")

	// Tab completes a keyword.
	m.keys("cou", "Tab")
	m.wantLast("q)count")
	m.keys(" 1 2 3", "Enter")
	m.waitFor("count", func(s string) bool { return strings.HasSuffix(s, "q)count 1 2 3\n3\nq)") })

	// Ticks arrive while the prompt waits, and the half-typed line stays.
	// Each tick is numbered, so that ticks after the line was typed are
	// told from those before (however many the screen still shows), and
	// the timer is stopped by the tick that finds the file stop, which
	// the test makes: the result of 3+4 is then read with no tick between
	// it and its line. (Before, ticks went on every 100 ms through the
	// result: under load a tick could print before it, or 40 lines of
	// ticks scroll it off the screen before the screen was looked at.)
	m.keys(`n:0;.z.ts:{-1"tick ",string n+:1;if[not()~key`+"`"+`:stop;system"t 0";-1"stopped"]}`, "Enter", `\t 100`, "Enter")
	m.keys("3+4")
	typedAt := 0
	m.waitFor("the typed line", func(s string) bool {
		typedAt = lastTick(s)
		return lastLine(s) == "q)3+4"
	})
	m.waitFor("two more ticks", func(s string) bool {
		return lastTick(s) >= typedAt+2 && lastLine(s) == "q)3+4"
	})
	if err := os.WriteFile(filepath.Join(home, "stop"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	m.waitFor("the timer stopped", func(s string) bool {
		return strings.Contains(s, "\nstopped\n") && lastLine(s) == "q)3+4"
	})
	m.keys("Enter")
	m.waitFor("3+4", func(s string) bool { return strings.HasSuffix(s, "q)3+4\n7\nq)") })

	// An error in a function: the location, a caret, and the q)) prompt.
	m.keys("f:{x+`a}", "Enter", "f 1", "Enter")
	s := m.wantLast("q))")
	if !strings.Contains(s, "q)f 1\n'type\n  [1]  f:{x+`a}\n           ^\nq))") {
		t.Errorf("error in f:\n%s", s)
	}
	m.keys("x", "Enter")
	m.waitFor("x at q))", func(s string) bool { return strings.HasSuffix(s, "q))x\n1\nq))") })
	// & says where the debugger stands, .Q.bt[] shows the stack, and :e
	// resumes with e as the result of the operation that failed.
	m.keys("&", "Enter")
	m.waitFor("&", func(s string) bool { return strings.HasSuffix(s, "q))&\n'type\n  [1]  f:{x+`a}\n           ^\nq))") })
	m.keys(".Q.bt[]", "Enter")
	m.waitFor(".Q.bt[]", func(s string) bool {
		return strings.HasSuffix(s, "q)).Q.bt[]\n>>[1]  f:{x+`a}\n           ^\n  [0]  f 1\n       ^\nq))")
	})
	m.keys(":5", "Enter")
	m.waitFor(":5", func(s string) bool { return strings.HasSuffix(s, "q)):5\n5\nq)") })
	// \ at q)) aborts the suspended evaluation instead.
	m.keys("f 2", "Enter")
	m.wantLast("q))")
	m.keys(`\`, "Enter")
	m.wantLast("q)")

	// Ctrl-C interrupts a running evaluation.
	m.keys(`{-1"looping";while[1b]}[]`, "Enter")
	// (the editor may redraw its prompt below the output while the loop
	// runs, so "looping" need not be the last line)
	m.waitFor("the loop", func(s string) bool { return strings.Contains(s, "while[1b]}[]\nlooping") })
	m.keys("C-c")
	s = m.wantLast("q))")
	if !strings.Contains(s, "'stop") {
		t.Errorf("interrupt:\n%s", s)
	}
	m.keys(`\`, "Enter")
	m.wantLast("q)")

	// Errors are red.
	m.keys("1+`a", "Enter")
	m.waitFor("the error", func(s string) bool { return strings.HasSuffix(s, "q)1+`a\n'type\n  [0]  1+`a\n        ^\nq)") })
	if c := m.run("capture-pane", "-p", "-e", "-t", "q"); !strings.Contains(c, "\x1b[31m'type") {
		t.Errorf("the error is not red:\n%q", c)
	}

	// \\ leaves, running .z.exit, and the history is kept for next time.
	m.keys(`.z.exit:{-1"bye"}`, "Enter", `\\`, "Enter")
	m.waitFor("exit", func(s string) bool { return strings.HasSuffix(s, "q)\\\\\nbye\nEXIT=0") })
	hist, err := os.ReadFile(filepath.Join(home, ".qgo_history"))
	if err != nil || !strings.Contains(string(hist), "count 1 2 3\n") {
		t.Errorf("history file: %q, %v", hist, err)
	}
	m2 := startTmux(t, home)
	m2.keys("Up")
	m2.wantLast(`q)\\`)
	m2.keys("C-c", "C-d")
	m2.waitFor("Ctrl-D to leave", func(s string) bool { return strings.HasSuffix(s, "EXIT=0") })
}

func TestTerminalScript(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "fails.q")
	if err := os.WriteFile(path, []byte("a:1\nf:{x+`b}\nb:f a\nc:3\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	// A failing script suspends at the failing line, at q)).
	m := startTmux(t, dir, path, "-q")
	s := m.waitFor("the error", func(s string) bool { return strings.Contains(s, "^") })
	want := "'type\n  [1]  " + path + ":2: f:{x+`b}\n" + strings.Repeat(" ", 7+len(path)+len(":2: f:{x")) + "^"
	if !strings.HasPrefix(s, want) {
		t.Errorf("fails.q:\n%s\nwant\n%s", s, want)
	}
	m.keys("x", "Enter")
	m.waitFor("x", func(s string) bool { return strings.HasSuffix(s, "\n1") })
	m.keys("c", "Enter")
	m.waitFor("c", func(s string) bool { return strings.Contains(s, "'c") })
	m.keys(`\`, "Enter", "a+1", "Enter")
	m.waitFor("a+1", func(s string) bool { return strings.HasSuffix(s, "\n2") })
}

// What .z.pi returns is written as it is, with nothing added: deleting
// .z.pi through itself leaves its ">" with no newline before the next
// result.
func TestInputHandlerOutput(t *testing.T) {
	out, errOut, code := session(t, ".z.pi:{\">\",.Q.s value x}\n2+3\n\\x .z.pi\n2+3\n", "-q")
	if want := ">5\n>5\n"; out != want || errOut != "" || code != 0 {
		t.Errorf("stdout %q, stderr %q, exit %d; want %q", out, errOut, code, want)
	}
}

// -o N sets the local time offset, as \o N does (kdb+tick's -o h).
func TestOffsetOption(t *testing.T) {
	out, errOut, code := session(t, "\\o\n\"j\"$(.z.P-.z.p)%0D01\n", "-q", "-o", "-5")
	if want := "-5\n-5\n"; out != want || errOut != "" || code != 0 {
		t.Errorf("stdout %q, stderr %q, exit %d; want %q", out, errOut, code, want)
	}
}

// -z 1 reads dates with slashes day first, as \z 1 does
// (docs/basics/cmdline.md, syscmds.md).
func TestDateFormatOption(t *testing.T) {
	out, errOut, code := session(t, "\\z\n\"D\"$\"06/01/2010\"\n", "-q", "-z", "1")
	if want := "1\n2010.01.06\n"; out != want || errOut != "" || code != 0 {
		t.Errorf("stdout %q, stderr %q, exit %d; want %q", out, errOut, code, want)
	}
}

// TestInitScript: q.q in $QHOME runs at start-up in the root namespace,
// before the script; $QINIT names another file instead.
func TestInitScript(t *testing.T) {
	home := t.TempDir()
	if err := os.WriteFile(filepath.Join(home, "q.q"), []byte("fromhome:42\n\\d .init\nx:1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("QINIT", "")
	t.Setenv("QHOME", home)
	out, errOut, _ := session(t, "fromhome\n.init.x\n\\d\n", "-q")
	if out != "42\n1\n`.\n" || errOut != "" {
		t.Errorf("QHOME/q.q: stdout %q, stderr %q", out, errOut)
	}
	other := filepath.Join(t.TempDir(), "init.q")
	if err := os.WriteFile(other, []byte("frominit:7\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("QINIT", other)
	out, errOut, _ = session(t, "frominit\nfromhome\n", "-q")
	if out != "7\n" || !strings.HasPrefix(errOut, "'fromhome") {
		t.Errorf("QINIT: stdout %q, stderr %q", out, errOut)
	}
}

// TestFrameworkRunner runs, end to end, a script in the style of the test
// runners of q frameworks (k4unit, TorQ), testdata/framework/runner.q:
// options through .Q.opt with a missing one probed, a namespace filled by
// name, a CSV of tests loaded with 0: into a typed table, each test run
// through value with its language prefix inside a trap, and a report.
func TestFrameworkRunner(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("testdata", "framework"))
	if err != nil {
		t.Fatal(err)
	}
	out, errOut, code := session(t, "", filepath.Join(dir, "runner.q"), "-test", dir, "-mode", "quick", "-q")
	// a statement with a value to show echoes it in its one-line form, as
	// q does loading a script: @[`.run;..] gives `.run, the insert 0 1 2 3
	want := strings.Join([]string{
		"`.run",
		"0 1 2 3",
		"code        ok",
		"--------------",
		`"aa:21"     1 `,
		`"42=2*aa"   1 `,
		`"6=+/1 2 3" 1 `,
		"\"1+`a\"      0 ",
		"failed: type",
		"quick",
		""}, "\n")
	if out != want || errOut != "" || code != 0 {
		t.Errorf("runner: stdout %q, stderr %q, exit %d; want stdout %q", out, errOut, code, want)
	}
}

// \e at a terminal: under \e 1 a client's async message that fails in a
// function suspends the console at q)) (the prompt changes on the line
// being typed), where the locals are seen and :e resumes the handler;
// under \e 2 the error is printed with its stack and nothing suspends.
func TestTerminalClientErrors(t *testing.T) {
	m := startTmux(t, t.TempDir())
	m.keys("f:{r::1+x}", "Enter", `\p 0W`, "Enter", `\p`, "Enter")
	s := m.waitFor("the port", func(s string) bool { return strings.HasSuffix(s, "i\nq)") })
	port := strings.TrimSuffix(strings.Split(s, "\n")[strings.Count(s, "\n")-1], "i")
	if _, err := strconv.Atoi(port); err != nil {
		t.Fatalf("port %q:\n%s", port, s)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	c, err := kdb.Dial(ctx, "tcp", "127.0.0.1:"+port, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	send := func(arg string) {
		t.Helper()
		if err := c.Async("f", kdb.Chars(arg)); err != nil {
			t.Fatal(err)
		}
		if err := c.Flush(); err != nil {
			t.Fatal(err)
		}
	}

	m.keys(`\e 1`, "Enter")
	m.waitFor(`\e 1`, func(s string) bool { return strings.HasSuffix(s, "q)\\e 1\nq)") })
	m.keys("abc") // a line half typed when the message fails
	send("ab")
	s = m.wantLast("q))abc")
	if !strings.HasSuffix(s, "q)\\e 1\n'type\n  [1]  f:{r::1+x}\n              ^\nq))abc") {
		t.Errorf("\\e 1:\n%s", s)
	}
	m.keys("C-c")
	m.wantLast("q))")
	m.keys("x", "Enter")
	m.waitFor("x", func(s string) bool { return strings.HasSuffix(s, "q))x\n\"ab\"\nq))") })
	m.keys(":41", "Enter")
	m.waitFor(":41", func(s string) bool { return strings.HasSuffix(s, "q)):41\nq)") })
	m.keys("r", "Enter")
	m.waitFor("r", func(s string) bool { return strings.HasSuffix(s, "q)r\n41\nq)") })

	// (a line at a time: typed ahead of the prompt, a line may be drawn
	// after a blank one, as the screen showed once under load)
	m.keys(`\e 2`, "Enter")
	m.waitFor(`\e 2`, func(s string) bool { return strings.HasSuffix(s, "q)\\e 2\nq)") })
	m.keys("g:{f x}", "Enter")
	m.waitFor("g", func(s string) bool { return strings.HasSuffix(s, "q)\\e 2\nq)g:{f x}\nq)") })
	if err := c.Async("g", kdb.Chars("b")); err != nil {
		t.Fatal(err)
	}
	m.waitFor("the stack", func(s string) bool {
		return strings.HasSuffix(s, "q)g:{f x}\n'type\n  [2]  f:{r::1+x}\n              ^\n  [1]  g:{f x}\n          ^\nq)")
	})
	// the client is served as ever
	if v, err := c.Call(ctx, "r"); err != nil || v != int64(41) {
		t.Errorf("r = %v, %v", v, err)
	}
}

// TestSourcesRecorded makes the sources the binary under test was built
// from inputs of this package's cached test result, so that go test runs
// these tests again after a change to any of them.
func TestSourcesRecorded(t *testing.T) { qgotest.RecordSources(t) }
