package zns

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"qgo/interp/k"
	"qgo/netipc"
)

// fake is an interpreter double. Its methods are unsynchronised on
// purpose: the race detector flags it if the loop ever calls it from two
// goroutines at once.
//
// Input understands a tiny language: "set NAME" defines the .z handler
// NAME, "del NAME" deletes it, `\t N` sets the timer through the host,
// `\p N` listens, "exit N" exits, "'msg" fails, "boom" panics; anything
// else evaluates to "=" + the line.
type fake struct {
	host     *Loop
	lines    []string
	calls    []string // handler calls: "ts 2000.01.01D…", "pi 1+1", "exit 0"
	handlers map[string]bool
	blockTS  chan struct{} // when set, .z.ts waits for a receive on it
	enterTS  chan struct{} // when set, .z.ts sends on it when entered

	busy        atomic.Int32
	overlap     atomic.Bool
	interrupted atomic.Bool
}

func newFake() *fake { return &fake{handlers: map[string]bool{}} }

func (f *fake) enter() func() {
	if f.busy.Add(1) > 1 {
		f.overlap.Store(true)
	}
	return func() { f.busy.Add(-1) }
}

func (f *fake) Input(src string) (string, error) {
	defer f.enter()()
	f.lines = append(f.lines, src)
	src = strings.TrimSpace(src)
	cmd, arg, _ := strings.Cut(src, " ")
	switch {
	case src == "":
		return "", nil
	case src == "boom":
		panic("boom")
	case cmd == "exit" || src == `\\`:
		n, _ := strconv.Atoi(arg)
		return "", &Exit{Code: n}
	case cmd == "set":
		f.handlers[arg] = true
		return "", nil
	case cmd == "del":
		delete(f.handlers, arg)
		return "", nil
	case cmd == `\t`:
		n, _ := strconv.ParseInt(arg, 10, 64)
		f.host.SetTimer(n)
		return "", nil
	case cmd == `\p`:
		_, err := f.host.Listen(arg)
		return "", err
	case strings.HasPrefix(src, "'"):
		return "", &k.Error{Msg: src[1:]}
	}
	return "=" + src, nil
}

func (f *fake) LoadFile(name string) error {
	defer f.enter()()
	f.lines = append(f.lines, "load "+name)
	if name == "exits.q" {
		return &Exit{Code: 4}
	}
	if name == "fails.q" {
		return &k.Error{Msg: "type"}
	}
	return nil
}

func (f *fake) Handler(name string) (k.Value, bool) {
	if !f.handlers[name] {
		return nil, false
	}
	return &k.Lambda{Src: name}, true
}

func (f *fake) Call(fn k.Value, args ...k.Value) (k.Value, error) {
	defer f.enter()()
	var name string
	switch fn := fn.(type) {
	case *k.Lambda:
		name = fn.Src
	case *k.Prim:
		name = fn.Name
	}
	var s []string
	for _, a := range args {
		s = append(s, f.Show(a))
	}
	f.calls = append(f.calls, name+" "+strings.Join(s, ";"))
	switch name {
	case "ts":
		if f.enterTS != nil {
			f.enterTS <- struct{}{}
		}
		if f.blockTS != nil {
			<-f.blockTS
		}
	case "pi":
		line := strings.TrimSuffix(s[0], "\n") // q passes the line with its newline
		switch {
		case line == "null":
			return k.Identity, nil
		case line == "value":
			return k.J(42), nil
		case strings.HasPrefix(line, "'"):
			return nil, &k.Error{Msg: line[1:]}
		}
		return k.Str(">" + line + "\n"), nil
	case "exit":
		return nil, &k.Error{Msg: "type"}
	}
	return k.Identity, nil
}

func (f *fake) Show(v k.Value) string {
	switch v := v.(type) {
	case *k.Vec[uint8]:
		return string(v.V)
	case k.Atom[int32]:
		return strconv.Itoa(int(v.V))
	case k.Atom[int64]:
		if v.T == -k.KP {
			return epoch.Add(time.Duration(v.V)).Format("2006.01.02D15:04:05.000000000")
		}
		return strconv.FormatInt(v.V, 10)
	}
	return fmt.Sprint(v)
}

func (f *fake) Prompt() string {
	if f.handlers["deep"] {
		return "q))"
	}
	return "q)"
}

func (f *fake) Completions(prefix string) []string {
	var out []string
	for _, n := range []string{"count", "cols", "til"} {
		if strings.HasPrefix(n, prefix) {
			out = append(out, n)
		}
	}
	return out
}

func (f *fake) SetCaller(w int32, user string, addr int32) func() { return func() {} }

func (f *fake) Interrupt() { f.interrupted.Store(true) }

func (f *fake) Decode(b []byte) (k.Value, error) { return k.Decode(b) }

// start runs a loop over f with opts and returns it with a channel that
// yields Run's result.
func start(t *testing.T, f *fake, opts Options) (*Loop, chan int) {
	t.Helper()
	l := New(f, opts)
	f.host = l
	code := make(chan int, 1)
	go func() { code <- l.Run() }()
	t.Cleanup(func() {
		l.Stop()
		<-l.Done()
	})
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
	f := newFake()
	l, _ := start(t, f, Options{})
	if got, err := l.Eval("1+1"); got != "=1+1" || err != nil {
		t.Errorf(`Eval("1+1") = %q, %v`, got, err)
	}
	_, err := l.Eval("'type")
	if e, ok := err.(*k.Error); !ok || e.Msg != "type" {
		t.Errorf(`Eval("'type") error = %v, want 'type`, err)
	}
	if got, err := l.Eval(""); got != "" || err != nil {
		t.Errorf("Eval(\"\") = %q, %v; want nothing", got, err)
	}
	if err := l.Command("t 0"); err != nil {
		t.Errorf("Command: %v", err)
	}
	l.Stop()
	<-l.Done()
	if want := []string{"1+1", "'type", "", `\t 0`}; !slices.Equal(f.lines, want) {
		t.Errorf("interpreter saw %q, want %q", f.lines, want)
	}
}

func TestSerializes(t *testing.T) {
	f := newFake()
	l, _ := start(t, f, Options{})
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
				l.Prompt()
			}
		})
	}
	wg.Wait()
	l.Stop()
	<-l.Done()
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
	l, _ := start(t, newFake(), Options{Stderr: &stderr})
	_, err := l.Eval("boom")
	if e, ok := err.(*k.Error); !ok || e.Msg != "internal" {
		t.Fatalf(`Eval("boom") error = %v, want 'internal`, err)
	}
	if got, err := l.Eval("2"); got != "=2" || err != nil {
		t.Errorf("after a panic, Eval(\"2\") = %q, %v", got, err)
	}
	l.Stop()
	<-l.Done()
	if s := stderr.String(); !strings.Contains(s, "boom") || !strings.Contains(s, "goroutine") {
		t.Errorf("stderr lacks the panic and its stack:\n%s", s)
	}
}

func TestExit(t *testing.T) {
	for _, tt := range []struct {
		line string
		code int
	}{{`\\`, 0}, {"exit 3", 3}} {
		for _, handler := range []bool{false, true} {
			f := newFake()
			var errs bytes.Buffer
			l, run := start(t, f, Options{Errors: &errs})
			if handler {
				l.Eval("set exit")
			}
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
			var want []string
			if handler {
				want = []string{"exit " + strconv.Itoa(tt.code)}
				if errs.String() != "'type\n" {
					t.Errorf("the error of .z.exit was reported as %q", errs.String())
				}
			}
			if !slices.Equal(f.calls, want) {
				t.Errorf("after %q handlers called: %q, want %q", tt.line, f.calls, want)
			}
		}
	}
}

func TestStop(t *testing.T) {
	f := newFake()
	f.handlers["exit"] = true
	l, run := start(t, f, Options{})
	l.Stop()
	l.Stop()
	if c := <-run; c != 0 {
		t.Errorf("Run returned %d after Stop, want 0", c)
	}
	if c, ok := exitCode(l.LoadFile("a.q")); !ok || c != 0 {
		t.Errorf("LoadFile after Stop: want exit 0")
	}
	if len(f.calls) != 0 {
		t.Errorf("Stop ran handlers: %q", f.calls)
	}
}

func TestLoadFile(t *testing.T) {
	f := newFake()
	l, run := start(t, f, Options{})
	if err := l.LoadFile("a.q"); err != nil {
		t.Errorf("LoadFile: %v", err)
	}
	if err := l.LoadFile("fails.q"); err == nil || err.Error() != "'type" {
		t.Errorf("LoadFile(fails.q) = %v, want 'type", err)
	}
	if c, ok := exitCode(l.LoadFile("exits.q")); !ok || c != 4 {
		t.Errorf("LoadFile(exits.q): want exit 4")
	}
	if c := <-run; c != 4 {
		t.Errorf("Run returned %d, want 4", c)
	}
}

func TestInputHandler(t *testing.T) {
	f := newFake()
	l, _ := start(t, f, Options{})
	l.Eval("set pi")
	for _, tt := range []struct{ line, text, err string }{
		{"2+3", ">2+3", ""},
		{"null", "", ""},
		{"value", "42", ""},
		{"'oops", "", "'oops"},
	} {
		text, err := l.Eval(tt.line)
		if text != tt.text || (err == nil) != (tt.err == "") || err != nil && err.Error() != tt.err {
			t.Errorf("with .z.pi, Eval(%q) = %q, %v; want %q, %q", tt.line, text, err, tt.text, tt.err)
		}
	}
	// Without .z.pi the line is evaluated the default way.
	f.handlers = map[string]bool{} // the loop is idle: no race
	if got, _ := l.Eval("2+3"); got != "=2+3" {
		t.Errorf("after \\x .z.pi, Eval = %q", got)
	}
}

func TestPrompt(t *testing.T) {
	f := newFake()
	l, _ := start(t, f, Options{})
	if p := l.Prompt(); p != "q)" {
		t.Errorf("Prompt = %q", p)
	}
	l.Eval("set deep")
	if p := l.Prompt(); p != "q))" {
		t.Errorf("Prompt after an event = %q, want q))", p)
	}
}

func TestComplete(t *testing.T) {
	l, _ := start(t, newFake(), Options{})
	if got := l.Complete("co"); !slices.Equal(got, []string{"count", "cols"}) {
		t.Errorf("Complete(co) = %q", got)
	}
	l.Stop()
	<-l.Done()
	if got := l.Complete("co"); got != nil {
		t.Errorf("Complete after Stop = %q", got)
	}
}

// eventually retries cond until it holds, for what the loop does on its
// own time (ticks).
func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(time.Millisecond) {
		if cond() {
			return
		}
	}
	t.Fatalf("timed out waiting for %s", what)
}

// count asks the loop, by an event, how many handler calls it has made:
// the reply is ordered after every event the loop served before.
func count(l *Loop, f *fake) int {
	n := make(chan int, 1)
	l.calls <- func() { n <- len(f.calls) }
	return <-n
}

func TestTimer(t *testing.T) {
	clock := NewManualClock(time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC))
	f := newFake()
	l, _ := start(t, f, Options{Clock: clock})
	l.Eval("set ts")
	l.Eval(`\t 100`)
	if clock.Tickers() != 1 {
		t.Fatalf("\\t 100 started %d tickers", clock.Tickers())
	}
	// A tick at a time: two falling due at once coalesce unless the
	// loop happens to wait for the first already (TestTicksCoalesce).
	clock.Advance(100 * time.Millisecond)
	eventually(t, "the first tick", func() bool { return count(l, f) == 1 })
	clock.Advance(150 * time.Millisecond)
	eventually(t, "the second tick", func() bool { return count(l, f) == 2 })
	want := []string{"ts 2025.01.02D03:04:05.100000000", "ts 2025.01.02D03:04:05.200000000"}
	if got := f.calls[:2]; !slices.Equal(got, want) {
		t.Errorf("ticks %q, want %q", got, want)
	}
	l.Eval(`\t 0`)
	if clock.Tickers() != 0 {
		t.Errorf("\\t 0 left %d tickers", clock.Tickers())
	}
	clock.Advance(time.Second)
	l.Eval("1")
	if n := count(l, f); n != 2 {
		t.Errorf("after \\t 0: %d ticks, want 2", n)
	}
	// Without .z.ts a tick does nothing.
	l.Eval("del ts")
	l.Eval(`\t 10`)
	clock.Advance(time.Second)
	l.Eval("1")
	if n := count(l, f); n != 2 {
		t.Errorf("ticks without .z.ts called something: %q", f.calls)
	}
}

func TestTicksCoalesce(t *testing.T) {
	clock := NewManualClock(time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC))
	f := newFake()
	f.blockTS, f.enterTS = make(chan struct{}), make(chan struct{})
	l, _ := start(t, f, Options{Clock: clock})
	l.Eval("set ts")
	l.Eval(`\t 100`)
	clock.Advance(100 * time.Millisecond)
	<-f.enterTS // the first tick is being handled: the loop is busy
	clock.Advance(time.Second)
	// A console line waits its turn behind the busy handler.
	got := make(chan string, 1)
	go func() { s, _ := l.Eval("typed"); got <- s }()
	f.blockTS <- struct{}{}
	// Ten ticks fell due while busy; one was kept.
	<-f.enterTS
	f.blockTS <- struct{}{}
	if s := <-got; s != "=typed" {
		t.Errorf("the console line gave %q", s)
	}
	l.Eval(`\t 0`)
	if n := count(l, f); n != 2 {
		t.Errorf("%d ticks after a busy second, want 2 (coalesced)", n)
	}
}

func TestEndOfInput(t *testing.T) {
	// Not listening: the end of input exits, through .z.exit.
	f := newFake()
	l, run := start(t, f, Options{Errors: &bytes.Buffer{}})
	l.Eval("set exit")
	l.EndOfInput(0)
	if c := <-run; c != 0 {
		t.Errorf("Run = %d", c)
	}
	if want := []string{"exit 0"}; !slices.Equal(f.calls, want) {
		t.Errorf("calls %q, want %q", f.calls, want)
	}

	// Listening: the loop keeps serving the timer until it exits.
	clock := NewManualClock(time.Unix(0, 0))
	f = newFake()
	l, run = start(t, f, Options{Clock: clock})
	l.Eval(`\p 5001`)
	l.Eval("set ts")
	l.Eval("set pc")
	l.Eval(`\t 10`)
	l.EndOfInput(0)
	clock.Advance(10 * time.Millisecond)
	// the console's close runs .z.pc with handle 0, then the timer ticks
	eventually(t, "a tick after the end of input", func() bool { return count(l, f) == 2 })
	calls := make(chan []string, 1)
	l.calls <- func() { calls <- slices.Clone(f.calls) }
	if got, want := <-calls, []string{"pc 0", "ts 1970.01.01D00:00:00.010000000"}; !slices.Equal(got, want) {
		t.Errorf("calls %q, want %q", got, want)
	}
	select {
	case c := <-run:
		t.Fatalf("the loop ended (%d) while listening", c)
	default:
	}
	l.Eval(`\p 0`)
	l.EndOfInput(0)
	if c := <-run; c != 0 {
		t.Errorf("Run = %d", c)
	}
}

// fakeNet is a Net with a listener and no connections.
type fakeNet struct {
	ln net.Listener
}

func (n *fakeNet) Serve(ln net.Listener) error {
	if n.ln != nil {
		n.ln.Close()
	}
	n.ln = ln
	return nil
}
func (n *fakeNet) Unlisten() {
	if n.ln != nil {
		n.ln.Close()
		n.ln = nil
	}
}
func (n *fakeNet) Dial(context.Context, string, string, string, string) (int, error) {
	return 0, netipc.ErrAccess
}
func (n *fakeNet) Send(int, []byte) error           { return netipc.ErrBadHandle }
func (n *fakeNet) Flush(context.Context, int) error { return netipc.ErrBadHandle }
func (n *fakeNet) Request(context.Context, int, []byte, netipc.ServeFunc) ([]byte, error) {
	return nil, netipc.ErrBadHandle
}
func (n *fakeNet) Receive(context.Context, int, netipc.ServeFunc) ([]byte, error) {
	return nil, netipc.ErrBadHandle
}
func (n *fakeNet) Hclose(int) error { return netipc.ErrBadHandle }
func (n *fakeNet) Scatter(context.Context, []int, [][]byte) ([][]byte, error) {
	return nil, netipc.ErrBadHandle
}
func (n *fakeNet) QueueBytes(int) int { return 0 }
func (n *fakeNet) Handles() []int     { return nil }

// msg is a netipc message carrying x.
func msg(t *testing.T, typ byte, h int, x k.Value) *netipc.Msg {
	t.Helper()
	b, err := k.Encode(x, typ)
	if err != nil {
		t.Fatal(err)
	}
	return &netipc.Msg{Handle: h, Data: b}
}

func TestNetwork(t *testing.T) {
	fn := &fakeNet{}
	f := newFake()
	var errs bytes.Buffer
	l, _ := start(t, f, Options{Net: fn, Errors: &errs})
	t.Cleanup(fn.Unlisten)
	l.Eval(`\p 0W`)
	if fn.ln == nil || l.port == 0 {
		t.Fatalf("\\p 0W: listener %v, port %d", fn.ln, l.port)
	}
	if !l.Auth(7, "u", "pw", nil) {
		t.Errorf("default .z.pw refused")
	}
	resp := l.Sync(msg(t, k.MsgSync, 7, k.Str("1+1")))
	if v, err := k.Decode(resp); err != nil || !k.IsIdentity(v) {
		t.Errorf("default .z.pg: %v %v", v, err)
	}
	l.Eval("set pg")
	l.Sync(msg(t, k.MsgSync, 7, k.Str("x")))
	l.Open(7, "u", nil)
	l.Eval("set po")
	l.Open(8, "u", nil)
	l.Eval("1")
	if want := []string{"value 1+1", "pg x", "po 8"}; !slices.Equal(f.calls, want) {
		t.Errorf("calls %q, want %q", f.calls, want)
	}
	l.Eval(`\p 0`)
	if fn.ln != nil || l.port != 0 {
		t.Errorf("\\p 0 left the listener open")
	}
}
