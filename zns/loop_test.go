package zns

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"qgo/interp/k"
)

// fake is an interpreter double. Line is unsynchronised on purpose: the
// race detector flags it if the loop ever calls it from two goroutines.
type fake struct {
	lines       []string
	busy        atomic.Int32
	overlap     atomic.Bool
	interrupted atomic.Bool
}

func (f *fake) Line(src string) (string, error) {
	if f.busy.Add(1) > 1 {
		f.overlap.Store(true)
	}
	defer f.busy.Add(-1)
	f.lines = append(f.lines, src)
	switch {
	case src == "boom":
		panic("boom")
	case src == "exit 3":
		return "", &Exit{Code: 3}
	case strings.HasPrefix(src, "'"):
		return "", &k.Error{Msg: src[1:]}
	}
	return "=" + src, nil
}

func (f *fake) Interrupt() { f.interrupted.Store(true) }

// start runs a loop over f and returns it with a channel that yields
// Run's result.
func start(t *testing.T, f *fake, stderr *bytes.Buffer) (*Loop, chan int) {
	t.Helper()
	l := New(f, Options{Stderr: stderr})
	code := make(chan int, 1)
	go func() { code <- l.Run() }()
	t.Cleanup(l.Stop)
	return l, code
}

func exitCode(err error) (int, bool) {
	var e *Exit
	if errors.As(err, &e) {
		return e.Code, true
	}
	return 0, false
}

func TestEval(t *testing.T) {
	f := &fake{}
	l, _ := start(t, f, nil)
	if got, err := l.Eval("1+1"); got != "=1+1" || err != nil {
		t.Errorf(`Eval("1+1") = %q, %v`, got, err)
	}
	_, err := l.Eval("'type")
	if e, ok := err.(*k.Error); !ok || e.Msg != "type" {
		t.Errorf(`Eval("'type") error = %v, want 'type`, err)
	}
	for _, blank := range []string{"", "   ", "\t\r"} {
		if got, err := l.Eval(blank); got != "" || err != nil {
			t.Errorf("Eval(%q) = %q, %v; want nothing", blank, got, err)
		}
	}
	l.Stop()
	if !slices.Equal(f.lines, []string{"1+1", "'type"}) {
		t.Errorf("interpreter saw %q", f.lines)
	}
}

func TestSerializes(t *testing.T) {
	f := &fake{}
	l, _ := start(t, f, nil)
	const workers, each = 8, 200
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := range each {
				src := fmt.Sprintf("%d %d", w, i)
				if got, err := l.Eval(src); got != "="+src || err != nil {
					t.Errorf("Eval(%q) = %q, %v", src, got, err)
					return
				}
				l.Interrupt()
			}
		})
	}
	wg.Wait()
	l.Stop()
	if f.overlap.Load() {
		t.Error("two evaluations overlapped")
	}
	if len(f.lines) != workers*each {
		t.Errorf("interpreter saw %d lines, want %d", len(f.lines), workers*each)
	}
	if !f.interrupted.Load() {
		t.Error("Interrupt did not reach the interpreter")
	}
}

func TestPanicBecomesInternal(t *testing.T) {
	var stderr bytes.Buffer
	l, _ := start(t, &fake{}, &stderr)
	_, err := l.Eval("boom")
	if e, ok := err.(*k.Error); !ok || e.Msg != "internal" {
		t.Fatalf(`Eval("boom") error = %v, want 'internal`, err)
	}
	if got, err := l.Eval("2"); got != "=2" || err != nil {
		t.Errorf("after a panic, Eval(\"2\") = %q, %v", got, err)
	}
	l.Stop()
	if s := stderr.String(); !strings.Contains(s, "boom") || !strings.Contains(s, "goroutine") {
		t.Errorf("stderr lacks the panic and its stack:\n%s", s)
	}
}

func TestExit(t *testing.T) {
	for _, tt := range []struct {
		line string
		code int
	}{{`\\`, 0}, {"\\\\  ", 0}, {"exit 3", 3}} {
		l, run := start(t, &fake{}, nil)
		_, err := l.Eval(tt.line)
		if c, ok := exitCode(err); !ok || c != tt.code {
			t.Errorf("Eval(%q) error = %v, want exit %d", tt.line, err, tt.code)
		}
		if c := <-run; c != tt.code {
			t.Errorf("after %q Run returned %d, want %d", tt.line, c, tt.code)
		}
		if _, err := l.Eval("1"); err == nil {
			t.Errorf("Eval after %q succeeded", tt.line)
		} else if c, ok := exitCode(err); !ok || c != tt.code {
			t.Errorf("Eval after %q: error %v, want exit %d", tt.line, err, tt.code)
		}
	}
}

func TestStop(t *testing.T) {
	l, run := start(t, &fake{}, nil)
	l.Stop()
	l.Stop()
	if c := <-run; c != 0 {
		t.Errorf("Run returned %d after Stop, want 0", c)
	}
	if c, ok := exitCode(l.Load("a")); !ok || c != 0 {
		t.Errorf("Load after Stop: want exit 0")
	}
}

func TestLoad(t *testing.T) {
	f := &fake{}
	l, _ := start(t, f, nil)
	if err := l.Load("a\n/ comment\nb\n  c\n"); err != nil {
		t.Fatalf("Load: %v", err)
	}
	err := l.Load("d\n'oops\ne\n")
	if e, ok := err.(*k.Error); !ok || e.Msg != "oops" {
		t.Errorf("Load error = %v, want 'oops", err)
	}
	l.Stop()
	if want := []string{"a", "b\n  c", "d", "'oops"}; !slices.Equal(f.lines, want) {
		t.Errorf("interpreter saw %q, want %q", f.lines, want)
	}
}

func TestLoadExit(t *testing.T) {
	f := &fake{}
	l, run := start(t, f, nil)
	if c, ok := exitCode(l.Load("a\n\\\\\nb\n")); !ok || c != 0 {
		t.Errorf("Load with \\\\: want exit 0")
	}
	<-run
	if want := []string{"a"}; !slices.Equal(f.lines, want) {
		t.Errorf("interpreter saw %q, want %q", f.lines, want)
	}
}
