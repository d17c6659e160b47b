package zns

import (
	"bytes"
	"slices"
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
