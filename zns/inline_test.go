package zns

import (
	"bytes"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// newInline makes a loop that serves its requests inline (Start).
func newInline(t *testing.T, f *fake, opts Options) *Loop {
	t.Helper()
	l := New(f, opts)
	f.host = l
	l.Start()
	t.Cleanup(func() {
		l.Stop()
		if !l.Inline() {
			<-l.Done()
		}
	})
	return l
}

func TestStartServesInline(t *testing.T) {
	clock := NewManualClock(time.Unix(0, 0))
	f := newFake()
	l := newInline(t, f, Options{Clock: clock, Errors: &bytes.Buffer{}})
	if err := l.Command(`p 0`); err != nil {
		t.Fatal(err)
	}
	if got, err := l.Eval("1+1"); got != "=1+1" || err != nil {
		t.Fatalf("Eval = %q, %v", got, err)
	}
	if err := l.LoadFile("a.q"); err != nil {
		t.Fatal(err)
	}
	if !l.Inline() {
		t.Fatal("the loop goroutine started with nothing to wait for")
	}
	// a timer is something to wait for: the loop goroutine takes over
	l.Eval("set ts")
	l.Eval(`\t 10`)
	if l.Inline() {
		t.Fatal("a timer is set and the loop still serves inline")
	}
	clock.Advance(10 * time.Millisecond)
	eventually(t, "a tick", func() bool { return count(l, f) == 1 })
	if got, _ := l.Eval("2+2"); got != "=2+2" {
		t.Errorf("Eval on the loop goroutine = %q", got)
	}
	l.EndOfInput(0) // not listening: the end
	if c := l.Wait(); c != 0 {
		t.Errorf("Wait = %d", c)
	}
	if want := []string{`\p 0`, "1+1", "load a.q", "set ts", `\t 10`, "2+2"}; !slices.Equal(f.lines, want) {
		t.Errorf("lines %q, want %q", f.lines, want)
	}
}

func TestStartEndsInline(t *testing.T) {
	// the end of input, inline: .z.exit runs, and the session is over
	f := newFake()
	l := newInline(t, f, Options{Errors: &bytes.Buffer{}})
	l.Eval("set exit")
	l.EndOfInput(3)
	select {
	case <-l.Done():
	default:
		t.Fatal("the session did not end")
	}
	if c := l.Wait(); c != 3 {
		t.Errorf("Wait = %d, want 3", c)
	}
	if want := []string{"exit 3"}; !slices.Equal(f.calls, want) {
		t.Errorf("calls %q, want %q", f.calls, want)
	}
	if _, err := l.Eval("1+1"); err == nil {
		t.Error("Eval after the end: no error")
	} else if c, ok := exitCode(err); !ok || c != 3 {
		t.Errorf("Eval after the end: %v, want exit 3", err)
	}

	// an exit from a script, inline
	f = newFake()
	l = newInline(t, f, Options{Errors: &bytes.Buffer{}})
	if c, ok := exitCode(l.LoadFile("exits.q")); !ok || c != 4 {
		t.Errorf("LoadFile exits.q: status %d, %v; want exit 4", c, ok)
	}
	if c := l.Wait(); c != 4 {
		t.Errorf("Wait = %d, want 4", c)
	}
}

func TestStartListening(t *testing.T) {
	// a port listened on: the loop goroutine takes over, and the end of
	// input does not end the session
	f := newFake()
	l := newInline(t, f, Options{Errors: &bytes.Buffer{}})
	if err := l.Command(`p 5001`); err != nil {
		t.Fatal(err)
	}
	if l.Inline() {
		t.Fatal("listening, and the loop still serves inline")
	}
	l.EndOfInput(0)
	if got, err := l.Eval("1+1"); got != "=1+1" || err != nil {
		t.Fatalf("Eval after the end of input, listening = %q, %v", got, err)
	}
	select {
	case <-l.Done():
		t.Fatal("the session ended at the end of input while listening")
	default:
	}
	if c, ok := exitCode(l.Command(`\`)); !ok || c != 0 {
		t.Errorf(`\\: %d, %v`, c, ok)
	}
	if c := l.Wait(); c != 0 {
		t.Errorf("Wait = %d", c)
	}
}

// TestIPCSyncServedIdle: a sync request that finds the server's loop
// idle is served on its connection's goroutine (Loop.Sync); what it
// changes in the loop's own wait still takes effect: a timer it sets
// ticks with no other event to wake the loop, and an exit ends the loop.
func TestIPCSyncServedIdle(t *testing.T) {
	srv, cli := pair(t)
	srv.eval(t, `.z.ts:{-1"tick"}`)
	cli.is(t, `h"\\t 100"`, "")
	srv.clock.Advance(100 * time.Millisecond)
	eventually(t, "a tick", func() bool { return strings.Contains(srv.out.String(), "tick") })
	for range 20 {
		cli.is(t, `h"1+1"`, "2")
	}
	asked := make(chan error, 1)
	go func() { // no response comes: the server's process ends
		_, err := cli.l.Eval(`h"exit 3"`)
		asked <- err
	}()
	select {
	case <-srv.l.Done():
	case <-time.After(10 * time.Second):
		t.Fatal("the server's loop did not end on exit 3")
	}
	if code := srv.l.Wait(); code != 3 {
		t.Errorf("the server exited %d, want 3", code)
	}
	srv.srv.Close() // as the process's end would
	select {
	case err := <-asked:
		if err == nil {
			t.Errorf(`h"exit 3" gave no error`)
		}
	case <-time.After(10 * time.Second):
		t.Fatal(`h"exit 3" did not return when the server closed`)
	}
}

// TestIPCInterruptThenWait: Ctrl-C ends a request that waits, and the
// waits after it are not ended by it: each gets a context of its own
// once the one it would share was cancelled.
func TestIPCInterruptThenWait(t *testing.T) {
	srv, cli := pair(t)
	srv.eval(t, `.z.pg:{$[x~"block";[-30!(::);::];value x]}`)
	cli.is(t, `h"1+1"`, "2")
	done := make(chan error, 1)
	go func() {
		_, err := cli.l.Eval(`h"block"`)
		done <- err
	}()
	for waiting := true; waiting; {
		cli.l.Interrupt()
		select {
		case err := <-done:
			if err == nil || !strings.Contains(err.Error(), "rcv handle") {
				t.Fatalf("interrupted request: %v", err)
			}
			waiting = false
		case <-time.After(20 * time.Millisecond):
		}
	}
	cli.eval(t, "h2:hopen port")
	for range 3 {
		cli.is(t, `h2"1+1"`, "2")
	}
}

// TestIPCServedIdleResumes: a request served off the loop that waits on
// another connection (a gateway calling its backend) leaves that
// connection read again when it is done: what the backend sends later is
// served with no other event to wake the loop.
func TestIPCServedIdleResumes(t *testing.T) {
	back := newProc(t, "backend", true, Options{})
	gw, cli := pair(t)
	back.eval(t, `.z.pg:{w::.z.w; value x}`)
	gw.eval(t, fmt.Sprintf("hb:hopen %d", back.port))
	gw.eval(t, `.z.pg:{hb x}`)
	cli.is(t, `h"1+1"`, "2")
	back.eval(t, `neg[w]"-1 \"from the backend\""`)
	eventually(t, "the backend's message served", func() bool {
		return strings.Contains(gw.out.String(), "from the backend")
	})
}

// When hopen returns, the server has taken the connection's .z.po: a
// request the client sends next, on any handle, sees it run (the
// course's popc.q saw .z.po run after the client's later requests).
func TestIPCOpenBeforeNext(t *testing.T) {
	srv, cli := pair(t)
	srv.eval(t, "po:`int$();.z.po:{po,:x}")
	cli.is(t, `h"count po"`, "0")
	for i := range 50 {
		cli.eval(t, "h2:hopen port;seen:h\"po\";hclose h2")
		if got := cli.eval(t, "count seen"); got != strconv.Itoa(i+1) {
			t.Fatalf("open %d: the next request saw .z.po run for %s connections", i+1, got)
		}
	}
}
