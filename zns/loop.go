// This file defines the event loop.

package zns

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"
	"sync"

	"qgo/interp/k"
)

// Interp is what the loop needs from the interpreter. *interp.Interp
// satisfies it; tests use fakes.
type Interp interface {
	// Line evaluates one console input and returns the text the console
	// prints for it ("" for nothing) or a q error.
	Line(src string) (string, error)
	// Interrupt asks a running evaluation to stop. It must be safe to
	// call from any goroutine.
	Interrupt()
}

// Options configures a Loop.
type Options struct {
	// Stderr receives the message and stack of a Go panic recovered on
	// the loop goroutine. Nil means os.Stderr.
	Stderr io.Writer
}

// Exit is the error that ends the session: Eval and Load return it for
// `\\`, and for every call after the loop has stopped.
type Exit struct {
	Code int // the process exit status
}

// Error describes the exit; it is not printed as a q error.
func (e *Exit) Error() string { return fmt.Sprintf("exit %d", e.Code) }

// ExitCode reports the exit status. The console stops on any error that
// has this method, and so does the loop when the interpreter returns one
// (for `exit n`).
func (e *Exit) ExitCode() int { return e.Code }

// exiter is an error that ends the session with a status.
type exiter interface{ ExitCode() int }

// request is one console event: a line typed at the console, or the
// statements of a script run as a single event.
type request struct {
	stmts  []string
	script bool        // discard results; stop at the first error
	reply  chan result // capacity 1: the loop never blocks on it
}

// result is the loop's answer to a request.
type result struct {
	text string
	err  error
}

// Loop is the event loop. Make it with New, run Run on its own
// goroutine, and send it work with Eval and Load.
type Loop struct {
	in     Interp
	stderr io.Writer

	console  chan request  // console lines and scripts
	stop     chan struct{} // closed by Stop
	stopOnce sync.Once
	done     chan struct{} // closed when Run returns
	code     int           // exit status; written by Run before done is closed
}

// New makes a loop that owns in. From now on only the goroutine running
// Run may touch in, apart from in.Interrupt.
func New(in Interp, opts Options) *Loop {
	l := &Loop{
		in:      in,
		stderr:  opts.Stderr,
		console: make(chan request),
		stop:    make(chan struct{}),
		done:    make(chan struct{}),
	}
	if l.stderr == nil {
		l.stderr = os.Stderr
	}
	return l
}

// Run serves events until the session ends (`\\`, `exit n`, or Stop) and
// returns the exit status. Its goroutine is the loop goroutine: call it
// once, on a goroutine of its own.
func (l *Loop) Run() int {
	l.code = l.serve()
	close(l.done)
	return l.code
}

// serve is the select over the loop's event sources. Timer ticks and
// network events join it as further cases (DESIGN.md 3.2).
func (l *Loop) serve() int {
	for {
		select {
		case req := <-l.console:
			if code, end := l.handle(req); end {
				return code
			}
		case <-l.stop:
			return 0
		}
	}
}

// handle evaluates req's statements in order, stopping at the first
// error, and replies. It reports whether the session ended, and with
// which status.
func (l *Loop) handle(req request) (code int, end bool) {
	var r result
	for _, s := range req.stmts {
		r.text, r.err = l.line(s)
		if r.err != nil {
			break
		}
	}
	var x exiter
	if errors.As(r.err, &x) {
		code, end = x.ExitCode(), true
		r.err = &Exit{Code: code}
	}
	if req.script {
		r.text = ""
	}
	req.reply <- r
	return code, end
}

// line evaluates one statement. Blank input prints nothing and `\\` ends
// the session; anything else goes to the interpreter. A Go panic that
// escapes the interpreter becomes 'internal, with its stack on stderr, so
// the process keeps serving.
func (l *Loop) line(src string) (text string, err error) {
	switch strings.TrimRight(src, " \t\r\n") {
	case "":
		return "", nil
	case `\\`:
		return "", &Exit{Code: 0}
	}
	defer func() {
		if p := recover(); p != nil {
			fmt.Fprintf(l.stderr, "qgo: internal error: %v\n%s", p, debug.Stack())
			text, err = "", &k.Error{Msg: "internal"}
		}
	}()
	return l.in.Line(src)
}

// Eval evaluates one console line and returns what the console prints
// for it. It runs on the caller's goroutine (the console's) and blocks
// until the loop has handled the line. Once the session has ended it
// returns *Exit.
func (l *Loop) Eval(line string) (string, error) {
	return l.send(request{stmts: []string{line}})
}

// Load runs a q script (its source text, split by SplitScript) as one
// event: no other event is served in between. Results are not printed, as
// in q; the first error stops the script and is returned, and `\\` in it
// returns *Exit. It runs on the caller's goroutine and blocks until the
// loop is done with the script.
func (l *Loop) Load(src string) error {
	_, err := l.send(request{stmts: SplitScript(src), script: true})
	return err
}

// send posts req to the loop and waits for the reply. It runs on the
// caller's goroutine.
func (l *Loop) send(req request) (string, error) {
	req.reply = make(chan result, 1)
	select {
	case l.console <- req:
	case <-l.done:
		return "", &Exit{Code: l.code}
	}
	r := <-req.reply
	return r.text, r.err
}

// Interrupt asks the evaluation in progress, if any, to stop with 'stop.
// It is safe to call from any goroutine (the console's signal handler).
func (l *Loop) Interrupt() { l.in.Interrupt() }

// Stop ends the loop after the event in progress, if any; Run then
// returns 0. It is safe to call from any goroutine, more than once.
func (l *Loop) Stop() { l.stopOnce.Do(func() { close(l.stop) }) }
