// This file defines the event loop.

package zns

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"sync"
	"sync/atomic"
	"time"

	"qgo/interp"
	"qgo/interp/k"
	"qgo/netipc"
)

// Interp is what the loop needs from the interpreter. *interp.Interp
// satisfies it; tests use fakes.
type Interp interface {
	// Input evaluates one console line the default way, and returns the
	// text the console prints for it ("" for nothing) or an error.
	Input(line string) (string, error)
	// LoadFile runs a q script file.
	LoadFile(name string) error
	// Handler returns the user's .z handler called name ("pi", "ts" …)
	// and whether one is defined.
	Handler(name string) (k.Value, bool)
	// Call applies a handler to its arguments.
	Call(f k.Value, args ...k.Value) (k.Value, error)
	// Show gives a value's console text.
	Show(v k.Value) string
	// Prompt is the console prompt: q), q.ns), q)) …
	Prompt() string
	// Completions lists the names in scope that start with prefix.
	Completions(prefix string) []string
	// SetCaller sets what .z.w, .z.u and .z.a report while a network
	// message is handled, and returns the function that restores them.
	SetCaller(w int32, user string, addr int32) (restore func())
	// Interrupt asks a running evaluation to stop. It must be safe to
	// call from any goroutine.
	Interrupt()
	// Decode reads a whole IPC message into the value it carries.
	Decode(msg []byte) (k.Value, error)
}

// Options configures a Loop.
type Options struct {
	// Clock is the source of time and timer ticks; nil means SystemClock.
	Clock Clock
	// Errors receives the errors of events nobody waits for (a timer
	// tick, .z.exit, an async message), each in one Write. Nil means
	// os.Stderr.
	Errors io.Writer
	// Stderr receives the message and stack of a Go panic recovered on
	// the loop goroutine. Nil means os.Stderr.
	Stderr io.Writer
	// Net is the network side (`\p`, IPC); nil means none, and `\p N`
	// only records the port. SetNet sets it after New, for a Net that
	// needs the loop (netipc.New takes the loop as its Core).
	Net Net
	// Passwords is the -u or -U password file that logins are checked
	// against before .z.pw; "" for none.
	Passwords string
	// Out is the console's output. When set, a string .z.pi returns is
	// written there as it is, with no line end added (q writes what .z.pi
	// returns); when nil, Eval returns it less one final newline, which
	// the console adds back.
	Out io.Writer
	// Prompted, when set, is called with the new prompt whenever the
	// prompt changes (Prompt), on the loop goroutine, before anything is
	// printed about the change: the console's line editor shows it on the
	// line being typed. An event other than a console line can change it:
	// a client's async message that fails under `\e 1` suspends at q)).
	Prompted func(prompt string)
}

// Exit is the error that ends the session: Eval and LoadFile return it
// for `\\` and `exit n`, and for every call after the loop has stopped.
type Exit struct {
	Code int // the process exit status
}

// Error describes the exit; it is not printed as a q error.
func (e *Exit) Error() string { return fmt.Sprintf("exit %d", e.Code) }

// ExitCode reports the exit status. The console stops on any error that
// has this method, and so does the loop when the interpreter returns one
// (for `\\` and `exit n`).
func (e *Exit) ExitCode() int { return e.Code }

// exiter is an error that ends the session with a status.
type exiter interface{ ExitCode() int }

// request is one console event: a line typed at the console, a system
// command from the command line, or a script file to run.
type request struct {
	line  string
	raw   bool   // evaluate line as is, not through .z.pi
	file  string // run this script instead
	reply chan result
}

// result is the loop's answer to a request.
type result struct {
	text string
	err  error
}

// Loop is the event loop. Make it with New, run Run on its own
// goroutine, and send it work with Eval and LoadFile.
type Loop struct {
	in     Interp
	clock  Clock
	out    io.Writer // Options.Out
	errs   io.Writer
	stderr io.Writer
	net    Net
	pwfile string
	// prompted is Options.Prompted
	prompted func(string)

	console  chan request  // console lines and scripts
	calls    chan func()   // small jobs for the loop goroutine (Complete)
	input    chan int      // end of console input, with the status to exit with
	stop     chan struct{} // closed by Stop
	stopOnce sync.Once
	done     chan struct{}                      // closed when Run returns
	code     int                                // exit status; written by Run before done is closed
	prompt   atomic.Value                       // string: the prompt after the last event
	netc     chan event                         // network events, from connection goroutines
	cancel   atomic.Pointer[context.CancelFunc] // ends the network wait in progress (Interrupt)
	wake     chan struct{}                      // capacity 1: makes the idle loop look again (net.go)

	// own is held by whoever runs the interpreter: the loop goroutine,
	// except while it waits for an event at the top level, when a
	// connection's dispatcher may take it to serve a message on its own
	// goroutine instead of handing it over (Loop.serveHere). "On the
	// loop goroutine", in this package's comments, means by the holder
	// of own.
	own sync.Mutex
	// inline is set while the loop goroutine has not started (Start):
	// the console's requests are then served on the goroutine that
	// sends them, which holds own
	inline atomic.Bool
	posted atomic.Int32 // network events posted and not yet served: while any is, none is served off the loop, so that each connection's stay in order

	// Owned by the loop goroutine.
	ticker        Ticker
	tick          <-chan time.Time // nil while the timer is off
	interval      time.Duration
	port          int
	host          string           // the host part of the `\p` address listened on
	remote        map[int]bool     // connections to other hosts: messages to them are compressed
	live          map[int]bool     // connections open as q code sees them: until .z.pc or hclose
	pending       map[int]int      // deferred sync requests (-30!(::)) not yet answered, by handle
	syncs         []syncFrame      // the sync requests being served, innermost last
	waits         []*waitCtx       // the contexts of waits on the network, by depth: ipc.go
	waiting       []*waitCtx       // the waits in progress, innermost last
	endWaitFn     func()           // l.endWait, made once
	serveNestedFn netipc.ServeFunc // l.serveNested, made once
	exiting       error            // an exit asked for by a message served during a wait
	current       *request         // the console request whose reply is due: suspend.go
	ended         *int             // the session's status, once an event nested in a suspension ended it
}

// New makes a loop that owns in. From now on only the goroutine running
// Run may touch in, apart from in.Interrupt.
func New(in Interp, opts Options) *Loop {
	l := &Loop{
		in:       in,
		out:      opts.Out,
		clock:    opts.Clock,
		errs:     opts.Errors,
		stderr:   opts.Stderr,
		net:      opts.Net,
		pwfile:   opts.Passwords,
		prompted: opts.Prompted,
		netc:     make(chan event),
		remote:   map[int]bool{},
		live:     map[int]bool{},
		pending:  map[int]int{},
		console:  make(chan request),
		calls:    make(chan func()),
		input:    make(chan int, 1),
		stop:     make(chan struct{}),
		done:     make(chan struct{}),
		wake:     make(chan struct{}, 1),
	}
	l.endWaitFn, l.serveNestedFn = l.endWait, l.serveNested
	l.own.Lock() // the loop's until it first waits, in Run
	if l.clock == nil {
		l.clock = SystemClock{}
	}
	if l.errs == nil {
		l.errs = os.Stderr
	}
	if l.stderr == nil {
		l.stderr = os.Stderr
	}
	l.prompt.Store(in.Prompt())
	return l
}

// Run serves events until the session ends (`\\`, `exit n`, the end of
// console input when not listening, or Stop) and returns the exit status.
// Its goroutine is the loop goroutine: call it once, on a goroutine of
// its own.
func (l *Loop) Run() int {
	GrowStack()
	l.end(l.serve())
	return l.code
}

// end ends the session with status code: the timer stops and Wait
// returns. On the loop goroutine.
func (l *Loop) end(code int) {
	l.code = code
	if l.ticker != nil {
		l.ticker.Stop()
	}
	close(l.done)
}

// Start runs the loop once it is needed, for a console that cannot
// suspend (interp's SetSuspend(false): one not at a terminal). Until
// something other than the console could make an event — a port
// listened on, a timer, a connection — the loop goroutine would have
// nothing to wait for: the command line's options, the start-up script
// and the console's lines are served on the goroutine that sends them
// (Eval, Command, LoadFile, EndOfInput), which holds the interpreter
// meanwhile, with no hand-over to another goroutine and back. A piped
// session or a script that opens no port never starts another. Once an
// event opens such a source, the loop goroutine starts (Run) and serves
// the rest as usual. Call Start instead of Run, once, on the goroutine
// that made the loop; until the loop goroutine starts, Eval, Command,
// LoadFile and EndOfInput must be called by one goroutine at a time.
func (l *Loop) Start() { l.inline.Store(true) }

// Inline reports whether the loop serves requests on the caller's
// goroutine still (Start): the console may then read its next line on
// the goroutine that evaluates it, since nothing else can happen while
// it waits. It is safe to call from any goroutine.
func (l *Loop) Inline() bool { return l.inline.Load() }

// serveInline serves req on the calling goroutine, which holds the
// interpreter while the loop goroutine has not started (Start), and
// starts the loop goroutine once req has opened an event source. It
// runs on the goroutine sending req, in the loop goroutine's place.
func (l *Loop) serveInline(req request) (string, error) {
	req.reply = make(chan result, 1)
	code, end := l.request(req, nil) // it replies: nothing suspends here
	r := <-req.reply
	switch {
	case end:
		l.inline.Store(false)
		l.end(code)
	case !l.quiet():
		l.inline.Store(false)
		go l.Run() // the loop goroutine, from now on
	}
	return r.text, r.err
}

// quiet reports whether nothing but the console can make an event: no
// port is listened on, no timer is set, no connection or WebSocket is
// open and no event is posted. On the loop goroutine.
func (l *Loop) quiet() bool {
	return l.port == 0 && l.tick == nil && l.posted.Load() == 0 && len(l.Handles()) == 0 && len(l.WSHandles()) == 0
}

// SetNet sets the network side, as Options.Net does. Call it before
// Run.
func (l *Loop) SetNet(n Net) { l.net = n }

// serve is the select over the loop's event sources (docs/ARCHITECTURE.md, "One goroutine owns the interpreter").
func (l *Loop) serve() int {
	for {
		code, end := l.next(nil)
		if l.ended != nil { // inside a suspension that has unwound since
			return *l.ended
		}
		if end {
			return code
		}
	}
}

// next waits for one event and serves it to completion. It reports whether
// the session ended, and with which status. Inside a suspension (resume
// not nil), a console line that resumes the suspended evaluation is not
// answered: its outcome goes to *resume, and the line's reply waits for
// the evaluation to end.
func (l *Loop) next(resume **interp.Resume) (code int, end bool) {
	if r, ok := l.ipcNet().(resumer); ok {
		r.Resume() // done with the last event: its connections may be read again
	}
	tick, top := l.tick, resume == nil
	if top { // a dispatcher may serve a sync request meanwhile (Loop.Sync)
		l.own.Unlock()
	}
	select {
	case req := <-l.console:
		l.retake(top)
		return l.request(req, resume) // request updates the prompt
	case t := <-tick:
		l.retake(top)
		code, end = l.timer(t)
	case ev := <-l.netc:
		l.retake(top)
		l.posted.Add(-1)
		code, end = l.network(ev)
	case f := <-l.calls:
		l.retake(top)
		f()
	case c := <-l.input:
		l.retake(top)
		if l.port == 0 {
			return l.exit(c), true
		}
		// listening, the session goes on: q runs .z.pc with handle 0 when
		// its console input closes (ChangesIn2.4, stdin from /dev/null)
		if _, err := l.callHandler("pc", nil, k.I(0)); err != nil {
			l.report(err)
		}
	case <-l.stop:
		l.retake(top)
		return 0, true
	case <-l.wake: // served off the loop: a new timer, or the end (serve)
		l.retake(top)
	}
	if !end {
		l.setPrompt()
	}
	if l.current != nil {
		// a console line resumed an evaluation this event suspended (a
		// client's message under \e 1): it has ended, and the line is done
		l.current.reply <- result{}
		l.current = nil
	}
	return code, end
}

// retake takes the interpreter back for the loop goroutine after a wait
// at the top level, once a dispatcher serving a request is done with it.
func (l *Loop) retake(top bool) {
	if top {
		l.own.Lock()
	}
}

// request serves one console request and replies to it (or, when its
// evaluation suspends, to the line that ends the suspension). It reports
// whether the session ended, and with which status.
func (l *Loop) request(req request, resume **interp.Resume) (code int, end bool) {
	outer := l.current
	l.current = &req
	defer func() { l.current = outer }()
	var r result
	switch {
	case req.file != "":
		r.err = l.guard(func() error { return l.in.LoadFile(req.file) })
	case req.raw:
		r.err = l.guard(func() (err error) {
			r.text, err = l.in.Input(req.line)
			return err
		})
	default:
		r.text, r.err = l.consoleLine(req.line)
	}
	var x exiter
	var res *interp.Resume
	switch {
	case errors.As(r.err, &res) && resume != nil:
		*resume = res // the suspended evaluation replies when it ends
		outer = l.current
		return 0, false
	case errors.As(r.err, &res):
		r = result{} // nothing is suspended here any more
	case errors.As(r.err, &x):
		code, end = l.exit(x.ExitCode()), true
		r = result{err: &Exit{Code: code}}
	}
	if !end {
		l.setPrompt() // before the reply, for the console's next prompt
	}
	if l.current != nil {
		l.current.reply <- r
	}
	return code, end
}

// timer serves one timer tick: .z.ts, if defined, with the tick's time.
func (l *Loop) timer(t time.Time) (code int, end bool) {
	f, ok := l.in.Handler("ts")
	if !ok {
		return 0, false
	}
	err := l.guard(func() error {
		_, err := l.in.Call(f, timestamp(t))
		return err
	})
	return l.async(err)
}

// async reports the error of an event nobody waits for, or ends the
// session if it is an exit.
func (l *Loop) async(err error) (code int, end bool) {
	if err == nil {
		return 0, false
	}
	if x, ok := exitOf(err); ok {
		return l.exit(x.ExitCode()), true
	}
	io.WriteString(l.errs, err.Error()+"\n")
	return 0, false
}

// exitOf is the exit err asks for, if it is one. A nil err costs
// nothing (errors.As would make room for its target on the heap).
func exitOf(err error) (exiter, bool) {
	if err == nil {
		return nil, false
	}
	var x exiter
	ok := errors.As(err, &x)
	return x, ok
}

// exit runs .z.exit, if defined, with the exit status, and returns the
// status. An error in .z.exit is reported; it cannot stop the exit.
func (l *Loop) exit(code int) int {
	if f, ok := l.in.Handler("exit"); ok {
		err := l.guard(func() error {
			_, err := l.in.Call(f, k.J(int64(code)))
			return err
		})
		var x exiter
		if err != nil && !errors.As(err, &x) {
			io.WriteString(l.errs, err.Error()+"\n")
		}
	}
	return code
}

// guard runs f, a call into the interpreter. A q signal raised outside
// the interpreter's own entry points (showing a value) is f's error; a Go
// panic that escapes the interpreter becomes 'internal, with its stack
// on stderr, so the process keeps serving.
func (l *Loop) guard(f func() error) (err error) {
	defer func() {
		if p := recover(); p != nil {
			if e, ok := p.(*k.Error); ok {
				err = e
				return
			}
			fmt.Fprintf(l.stderr, "qgo: internal error: %v\n%s", p, debug.Stack())
			err = &k.Error{Msg: "internal"}
		}
	}()
	return f()
}

// SetTimer sets the timer interval in milliseconds; 0 stops the timer.
// It implements interp.Host, so it runs on the loop goroutine.
func (l *Loop) SetTimer(ms int64) {
	if l.ticker != nil {
		l.ticker.Stop()
		l.ticker, l.tick = nil, nil
	}
	l.interval = time.Duration(ms) * time.Millisecond
	if ms > 0 {
		l.ticker = l.clock.NewTicker(l.interval)
		l.tick = l.ticker.C()
	}
}

// Eval evaluates one console line, through .z.pi if the user defined
// it, and returns what the console prints for it. It runs on the caller's
// goroutine (the console's) and blocks until the loop has handled the
// line. When the line ends the session it returns *Exit, as it does for
// every call after the loop has stopped.
func (l *Loop) Eval(line string) (string, error) {
	return l.send(request{line: line})
}

// Command evaluates a system command (without its backslash) from the
// command line, such as "t 1000" for -t 1000, bypassing .z.pi. It runs
// on the caller's goroutine and blocks until the loop is done with it.
func (l *Loop) Command(cmd string) error {
	_, err := l.send(request{line: `\` + cmd, raw: true})
	return err
}

// LoadFile runs the q script file name as one event: no other event is
// served in between. Results are not printed, as in q; the first error
// stops the script and is returned (and suspends the console at that
// line, at a `q))` prompt), and `\\` in it returns *Exit. It runs on the
// caller's goroutine and blocks until the loop is done with the script.
func (l *Loop) LoadFile(name string) error {
	_, err := l.send(request{file: name})
	return err
}

// send posts req to the loop and waits for the reply; before the loop
// goroutine has started (Start) it serves req itself. It runs on the
// caller's goroutine.
func (l *Loop) send(req request) (string, error) {
	if l.inline.Load() {
		return l.serveInline(req)
	}
	req.reply = make(chan result, 1)
	select {
	case l.console <- req:
	case <-l.done:
		return "", &Exit{Code: l.code}
	}
	r := <-req.reply
	return r.text, r.err
}

// setPrompt records the prompt after an event, storing it only when it
// changed (a store boxes the string), and tells Options.Prompted. On the
// loop goroutine.
func (l *Loop) setPrompt() {
	if p := l.in.Prompt(); p != l.prompt.Load().(string) {
		l.prompt.Store(p)
		if l.prompted != nil {
			l.prompted(p)
		}
	}
}

// Prompt is the console prompt as of the last event: `q)`, `q.ns)`, or
// `q))` at a debug level. It is safe to call from any goroutine.
func (l *Loop) Prompt() string { return l.prompt.Load().(string) }

// completeWait is how long Complete waits for a busy loop.
const completeWait = 200 * time.Millisecond

// Complete lists the names in scope that start with prefix, for the
// console's Tab. It runs on the caller's goroutine; if the loop is busy
// for long it gives up and returns nothing.
func (l *Loop) Complete(prefix string) []string {
	out := make(chan []string, 1)
	job := func() {
		var names []string
		l.guard(func() error { names = l.in.Completions(prefix); return nil })
		out <- names
	}
	timeout := time.NewTimer(completeWait)
	defer timeout.Stop()
	select {
	case l.calls <- job:
		return <-out
	case <-timeout.C:
	case <-l.done:
	}
	return nil
}

// EndOfInput tells the loop that the console input has ended (Ctrl-D,
// or the end of a pipe) and that the console would exit with code. The
// loop then exits, running .z.exit, unless it is listening on a port:
// then it keeps serving until something else ends it, as q does. It is
// safe to call from any goroutine and does not block, except before
// the loop goroutine has started (Start), when it ends the session on
// the calling goroutine, running .z.exit there.
func (l *Loop) EndOfInput(code int) {
	if l.inline.Load() {
		l.inline.Store(false)
		l.end(l.exit(code)) // not listening: the console's end is the session's
		return
	}
	select {
	case l.input <- code:
	default:
	}
}

// Done is closed when the loop has ended; Wait then gives its status. It
// is safe to use from any goroutine.
func (l *Loop) Done() <-chan struct{} { return l.done }

// Wait blocks until the loop has ended and returns the exit status. It
// runs on the caller's goroutine.
func (l *Loop) Wait() int {
	<-l.done
	return l.code
}

// Interrupt asks the evaluation in progress, if any, to stop with 'stop,
// and ends a wait on the network (hopen, h x, h[]) with an error. It is
// safe to call from any goroutine (the console's signal handler).
func (l *Loop) Interrupt() {
	l.in.Interrupt()
	if c := l.cancel.Load(); c != nil {
		(*c)()
	}
}

// Stop ends the loop after the event in progress, if any, without
// running .z.exit; Run then returns 0. It is safe to call from any
// goroutine, more than once.
func (l *Loop) Stop() { l.stopOnce.Do(func() { close(l.stop) }) }

// GrowStack grows the calling goroutine's stack to 16 KB at once. A
// goroutine starts with 2 KB and doubles it when a call needs more; each
// time the runtime copies the stack and walks every frame on it, which
// in a new process reads tables of the binary not yet in memory. Called
// first thing, while the goroutine has one frame, the copy is one cheap
// step instead of three with parsing and evaluating on the stack.
//
//go:noinline
func GrowStack() {
	var b [12 << 10]byte
	stackSink.Store(uint32(b[stackIdx]))
}

// stackSink and stackIdx keep GrowStack's frame from being optimised
// away. The sink is stored atomically: every loop's goroutine calls
// GrowStack, and a plain write from two of them is a data race.
var (
	stackSink atomic.Uint32
	stackIdx  int
)
