package zns

import (
	"bytes"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"qgo/interp"
)

// syncBuffer is a bytes.Buffer safe for the loop and the test to share.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// real runs a loop over a real interpreter with a manual clock.
func real(t *testing.T) (*Loop, *ManualClock, *syncBuffer, *syncBuffer) {
	t.Helper()
	clock := NewManualClock(time.Date(2025, 6, 1, 12, 0, 0, 0, time.UTC))
	out, errs := &syncBuffer{}, &syncBuffer{}
	q := interp.New(out)
	q.SetErr(out)
	q.SetClock(clock.Now)
	l := New(q, Options{Clock: clock, Errors: errs})
	q.SetHost(l)
	go l.Run()
	t.Cleanup(func() {
		l.Stop()
		<-l.Done()
	})
	return l, clock, out, errs
}

// eval evaluates lines that must not fail.
func eval(t *testing.T, l *Loop, lines ...string) string {
	t.Helper()
	var last string
	for _, s := range lines {
		got, err := l.Eval(s)
		if err != nil {
			t.Fatalf("%s: %v", s, err)
		}
		last = got
	}
	return last
}

// waitFor evaluates expr until it gives want.
func waitFor(t *testing.T, l *Loop, expr, want string) {
	t.Helper()
	eventually(t, expr+" = "+want, func() bool {
		got, _ := l.Eval(expr)
		return got == want
	})
}

func TestRealTimer(t *testing.T) {
	l, clock, out, errs := real(t)
	eval(t, l, "n:0", "ts:()", ".z.ts:{n+:1;ts,:x}", `\t 100`)
	if got := eval(t, l, `\t`); got != "100i" {
		t.Errorf(`\t = %s`, got)
	}
	for i := range 3 {
		clock.Advance(100 * time.Millisecond)
		// each tick is handled before the next is due: none coalesce
		waitFor(t, l, "n", strconv.Itoa(i+1))
	}
	if got := eval(t, l, "`long$ts-2025.06.01D12"); got != "100000000 200000000 300000000" {
		t.Errorf("ticks at %s", got)
	}
	// A failing .z.ts reports its error and the timer goes on.
	eval(t, l, `.z.ts:{n+:1;'oops}`)
	clock.Advance(100 * time.Millisecond)
	waitFor(t, l, "n", "4")
	eventually(t, "the error", func() bool { return strings.HasPrefix(errs.String(), "'oops\n  [0]  .z.ts:{n+:1;'oops}") })
	// \t 0 stops it; \x .z.ts removes the handler.
	eval(t, l, `\t 0`)
	clock.Advance(time.Second)
	if got := eval(t, l, "n"); got != "4" {
		t.Errorf("ticks after \\t 0: n = %s", got)
	}
	eval(t, l, `\x .z.ts`, `\t 10`)
	clock.Advance(time.Second)
	if got := eval(t, l, "n"); got != "4" {
		t.Errorf("ticks without .z.ts: n = %s", got)
	}
	// A tick's output goes where console output goes.
	eval(t, l, `.z.ts:{-1"tick";system"t 0"}`)
	clock.Advance(10 * time.Millisecond)
	eventually(t, "tick printed", func() bool { return out.String() == "tick\n" })
}

func TestRealConsole(t *testing.T) {
	l, _, out, _ := real(t)
	if got := eval(t, l, "1+1"); got != "2" {
		t.Errorf("1+1 = %s", got)
	}
	eval(t, l, `.z.pi:{">",.Q.s value x}`)
	if got := eval(t, l, "2+3"); got != ">5" {
		t.Errorf("through .z.pi, 2+3 = %q", got)
	}
	if got := eval(t, l, `\x .z.pi`); got != ">" {
		t.Errorf(`\x .z.pi through .z.pi = %q`, got)
	}
	if got := eval(t, l, "2+3"); got != "5" {
		t.Errorf("after \\x .z.pi, 2+3 = %q", got)
	}
	// .z.pi gets the line with its newline, as q hands it over: an
	// empty line is "\n" (TorQ's permissions.q: x in (1#"\n";""))
	eval(t, l, `r:()`, `.z.pi:{r,::enlist x;value x}`)
	eval(t, l, "2+3")
	eval(t, l, "")
	eval(t, l, `\x .z.pi`)
	if got := eval(t, l, `r~("2+3\n";enlist"\n";"\\x .z.pi\n")`); got != "1b" {
		t.Errorf(".z.pi got %s", eval(t, l, "-3!r"))
	}
	eval(t, l, `.z.pi:{0N!value x;}`)
	eval(t, l, "aa:([]a:1 2 3;b:11 22 33)")
	if got := eval(t, l, "aa"); got != "" || !strings.HasSuffix(out.String(), "+`a`b!(1 2 3;11 22 33)\n") {
		t.Errorf("aa through {0N!value x;}: %q, output %q", got, out.String())
	}
	eval(t, l, `\x .z.pi`)
	if p := l.Prompt(); p != "q)" {
		t.Errorf("prompt %q", p)
	}
	eval(t, l, `\d .foo`)
	if p := l.Prompt(); p != "q.foo)" {
		t.Errorf("prompt in .foo: %q", p)
	}
	if got := l.Complete(".z.pi"); len(got) != 1 || got[0] != ".z.pi" {
		t.Errorf("Complete(.z.pi) = %q", got)
	}
	// exit runs .z.exit.
	eval(t, l, `\d .`, `.z.exit:{-1"bye ",string x}`)
	if _, err := l.Eval("exit 2"); err == nil || err.Error() != "exit 2" {
		t.Errorf("exit 2: %v", err)
	}
	if c := l.Wait(); c != 2 || !strings.HasSuffix(out.String(), "bye 2\n") {
		t.Errorf("exit status %d, output %q", c, out.String())
	}
}

func TestRealInterrupt(t *testing.T) {
	l, _, _, _ := real(t)
	done := make(chan error, 1)
	go func() {
		_, err := l.Eval("{while[1b]}[]")
		done <- err
	}()
	for {
		l.Interrupt()
		select {
		case err := <-done:
			if err == nil || !strings.HasPrefix(err.Error(), "'stop") {
				t.Errorf("interrupted loop: %v", err)
			}
			if got := eval(t, l, "1+1"); got != "2" {
				t.Errorf("after 'stop, 1+1 = %s", got)
			}
			return
		case <-time.After(10 * time.Millisecond):
		}
	}
}

// What .z.pi returns is written as it is: q adds no line end (so the
// line that deletes .z.pi through .z.pi itself leaves ">" with none).
func TestConsoleInputAsIs(t *testing.T) {
	out := &syncBuffer{}
	q := interp.New(out)
	q.SetErr(out)
	l := New(q, Options{Out: out, Errors: out})
	q.SetHost(l)
	go l.Run()
	t.Cleanup(func() {
		l.Stop()
		<-l.Done()
	})
	eval(t, l, `.z.pi:{">",.Q.s value x}`)
	for _, line := range []string{"2+3", "til 3", `\x .z.pi`} {
		if got := eval(t, l, line); got != "" {
			t.Errorf("%s: Eval returned %q; .z.pi's text goes to Out", line, got)
		}
	}
	if got, want := out.String(), ">5\n>0 1 2\n>"; got != want {
		t.Errorf("console output %q, want %q", got, want)
	}
	if got := eval(t, l, "2+3"); got != "5" {
		t.Errorf("after \\x .z.pi, 2+3 = %q", got)
	}
	eval(t, l, `.z.pi:{"no newline"}`, "1")
	if got := out.String(); !strings.HasSuffix(got, ">no newline") {
		t.Errorf("output %q", got)
	}
}

// What .z.pi returns is shown on the loop: a value whose display
// signals (an enumeration over a domain that does not exist) is that
// line's q error, and the console goes on, rather than the process
// ending on an unrecovered signal.
func TestConsoleShowSignals(t *testing.T) {
	l, _, _, errs := real(t)
	eval(t, l, ".z.pi:{$[x like \"bad*\";`nodomain!1 2;value x]}")
	_, err := l.Eval("bad")
	if err == nil || err.Error() != "'nodomain" {
		t.Errorf("showing an enumeration over no domain: %v, want 'nodomain", err)
	}
	eval(t, l, `\x .z.pi`)
	if got := eval(t, l, "2+3"); got != "5" {
		t.Errorf("after the error, 2+3 = %q", got)
	}
	if s := errs.String(); strings.Contains(s, "internal") {
		t.Errorf("stderr: %s", s)
	}
}
