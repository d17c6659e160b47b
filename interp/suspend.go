// This file defines suspension: an error inside a function, in a line
// typed at the console, stops the evaluation where it failed, at a `q))`
// prompt, without unwinding it. The person at the console looks at the
// function's locals, then resumes with `:e` (e becomes the result of the
// operation that failed, and the evaluation goes on), signals `'x` (the
// innermost function ends with that error, which its caller meets), or
// aborts with `\`. The host runs the prompt: Suspender.

package interp

import (
	"errors"
	"io"
	"strings"

	"qgo/interp/k"
	"qgo/interp/syntax"
)

// Suspender is what the host offers to suspend an evaluation: Suspend
// reports err (the error with its location, as the console prints it) to
// the person at the console, then serves events, console lines included,
// until a line at the new `q))` level resumes or ends the evaluation, and
// returns that line's outcome (Input returns it as a *Resume error). The
// event loop implements it, on the loop goroutine.
type Suspender interface {
	Suspend(err error) *Resume
}

// Resume is how a line typed at a suspended level ends the suspension.
// Input returns it as its error; the host's Suspend returns it to the
// suspended evaluation.
type Resume struct {
	V      k.Value  // `:e`: the result of the failed operation (nil: abort)
	Signal *k.Error // `'x`: the suspended function fails with x instead
	Abort  bool     // `\`: the evaluation ends, printing nothing more
}

// Error describes the resumption; it is never printed.
func (r *Resume) Error() string {
	switch {
	case r.Abort:
		return "abort"
	case r.Signal != nil:
		return "signal " + r.Signal.Msg
	}
	return "resume"
}

// aborted is the panic that unwinds an evaluation its debugger aborted:
// traps do not catch it (they catch *k.Error) and the entry point ends
// the evaluation quietly.
type aborted struct{}

// Trap modes, as q's error-trap modes (\e): what a signal does.
const (
	trapAbort   = 0 // unwind to the nearest trap or the entry point
	trapSuspend = 1 // suspend at a q)) level (console lines at a terminal)
)

// trapping sets the trap mode to m until the function it returns is
// called: entry points other than a console line, and traps, which catch
// what would otherwise suspend.
func (in *Interp) trapping(m int) (restore func()) {
	prev := in.sys.trapMode
	in.sys.trapMode = m
	return func() { in.sys.trapMode = prev }
}

// suspending reports whether an error in frame f suspends there: in a
// function, evaluating a console line at a terminal, outside any trap,
// and not in the line being typed at a q)) level itself (an error there is
// only reported).
func (in *Interp) suspending(f *frame) bool {
	s := &in.sys
	return f != nil && s.trapMode == trapSuspend && f != s.lineFrame && s.host != nil
}

// applySuspending applies fn (a verb node of frame f) to args by call,
// suspending at a q)) level if that signals: what the level resumes with
// is the result. An error signalled at a level of f itself passes on to
// f's caller. fn is nil for an operation that is not an application
// of a known verb to known arguments (.z.ex and .z.ey are then left). Only the innermost application that fails suspends; an
// error that has already suspended once passes on.
func (in *Interp) applySuspending(f *frame, fn syntax.Node, args []k.Value, call func() k.Value) (v k.Value) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		e, ok := r.(*k.Error)
		if !ok || in.sys.seen[e] == f || !in.suspending(f) {
			panic(r)
		}
		if fn != nil {
			in.setFailed(f, fn, args)
		}
		v = in.suspend(e, f)
	}()
	return call()
}

// setFailed sets .z.ex and .z.ey to the function that failed and its
// arguments (one argument as it is, several as a list), as q sets them for
// the debugger.
func (in *Interp) setFailed(f *frame, fn syntax.Node, args []k.Value) {
	var ex k.Value = k.Identity
	func() {
		defer func() { recover() }() // a function that cannot be named again is ::
		ex = in.verbValue(fn, f)
	}()
	in.put(".z.ex", ex)
	if len(args) == 1 {
		in.put(".z.ey", args[0])
	} else {
		in.put(".z.ey", k.NewList(args...))
	}
}

// suspend stops the evaluation at a new q)) level for the error e in frame
// f, reported with its location, and waits for the host to resume it. It
// returns the value to resume with; a signal typed at the level fails the
// frame with that error instead, and an abort unwinds quietly.
func (in *Interp) suspend(e *k.Error, f *frame) k.Value {
	s := &in.sys
	host, ok := s.host.(Suspender)
	if !ok {
		panic(e)
	}
	depth := in.liveDepth(f)
	qe := &Error{Err: e, Where: in.frameLines(traceFrame{code: f.code, pos: f.pos}, depth)}
	lv := &level{fr: f, err: qe, depth: depth, ctx: in.ctx, live: true, pos: f.pos}
	s.levels = append(s.levels, lv)
	s.resetTrace()
	r := host.Suspend(qe)
	s.levels = s.levels[:len(s.levels)-1]
	in.ctx = lv.ctx
	switch {
	case r == nil || r.Abort:
		panic(aborted{})
	case r.Signal != nil:
		s.markSeen(r.Signal, f)
		panic(r.Signal)
	}
	return r.V
}

// markSeen records that e was signalled at the level of frame f, which it
// ends: the applications of f it unwinds through do not suspend for it,
// and the caller's first does.
func (s *sysState) markSeen(e *k.Error, f *frame) {
	if s.seen == nil {
		s.seen = map[*k.Error]*frame{}
	}
	s.seen[e] = f
}

// liveDepth is the frame index q shows for frame f: one for each lambda
// call below it, one for the console line they started from, two for each
// q)) level suspended below it (the debugger's own hidden frame and the
// line typed there), and two for each script being loaded (the `\l` and
// the statement).
func (in *Interp) liveDepth(f *frame) int {
	n := 2 * in.sys.loading // each \l: its own frame and the script's statement
	for fr := f; fr != nil; fr = fr.parent {
		n++
		if fr != f && in.suspendedAt(fr) {
			n += 2 // a level below f: its hidden frame and its line
		}
	}
	return n
}

// suspendedAt reports whether a live level is suspended in frame fr.
func (in *Interp) suspendedAt(fr *frame) bool {
	for _, lv := range in.sys.levels {
		if lv.live && lv.fr == fr {
			return true
		}
	}
	return false
}

// atLevel evaluates a line typed at the live level lv: `:e` resumes with
// e, `\` aborts, `'x` fails the suspended function with x, `&` shows where
// the level stands; anything else is evaluated in the suspended function's
// frame and shown.
func (in *Interp) atLevel(lv *level, src string) (string, error) {
	s := &in.sys
	t := strings.TrimSpace(src)
	if i := strings.Index(t, " /"); i > 0 && (t[0] == '`' || t[0] == '.' || t[0] == '&') {
		t = strings.TrimSpace(t[:i]) // a debugger command with a comment
	}
	switch t {
	case `\`:
		return "", &Resume{Abort: true}
	case "&":
		if lv.view == nil && !lv.viewTop {
			return "", lv.err
		}
		return "", &Error{Err: lv.err.Err, Where: in.viewLines(lv)}
	case "`", ".":
		in.move(lv, t == "`")
		return strings.Join(in.viewLines(lv), "\n"), nil
	}
	n, perr := in.parseSrc(src)
	if perr == nil && n != nil {
		resolve(n)
		switch n := n.(type) {
		case *syntax.Return:
			v, err := in.lineValue(lv, n.X)
			if err != nil {
				return "", err
			}
			return "", &Resume{V: v}
		case *syntax.Signal:
			// 'x fails the suspended function with x; `'name` with name
			// undefined fails it with 'name all the same, as in q
			v, err := in.lineValue(lv, n.X)
			var qe *Error
			switch {
			case errors.As(err, &qe):
				return "", &Resume{Signal: &k.Error{Msg: qe.Err.Msg}}
			case err != nil:
				return "", err
			}
			msg := ""
			func() {
				defer func() { recover() }()
				msg = signalText(v)
			}()
			if msg == "" {
				return "", &Resume{Signal: &k.Error{Msg: "type"}}
			}
			return "", &Resume{Signal: &k.Error{Msg: msg}}
		}
	}
	at := lv.fr
	switch {
	case lv.viewTop:
		at = nil
	case lv.view != nil:
		at = lv.view
	}
	prev := s.lineFrame
	s.lineFrame = at
	defer func() { s.lineFrame, lv.fr.pos = prev, lv.pos }()
	if at != nil && at != lv.fr {
		defer func(p int) { at.pos = p }(at.pos)
	}
	return in.run(src, at, lv.depth+2, traceFrame{src: src})
}

// move moves the frame the debugger at level lv looks at one call up,
// toward the console line (` at q))), or one down, back toward the
// function that failed (.). Lines typed at the level then see that
// frame's locals.
func (in *Interp) move(lv *level, up bool) {
	cur := lv.fr
	if lv.view != nil {
		cur = lv.view
	}
	switch {
	case up && lv.viewTop:
	case up && cur.parent == nil:
		lv.viewTop = true
	case up:
		lv.view = cur.parent
	case lv.viewTop:
		lv.viewTop = false
		for lv.view = lv.fr; lv.view.parent != nil; lv.view = lv.view.parent {
		}
	case cur != lv.fr:
		child := lv.fr
		for child.parent != cur {
			child = child.parent
		}
		lv.view = child
	}
	if lv.view == lv.fr {
		lv.view = nil
	}
}

// viewLines are the location lines of the frame the debugger at level lv
// looks at: the failed function's, a caller's, or the console line's.
func (in *Interp) viewLines(lv *level) []string {
	switch {
	case lv.viewTop:
		top := in.sys.topLine
		top.pos = in.sys.pos
		return in.frameLines(top, 0)
	case lv.view != nil:
		return in.frameLines(traceFrame{code: lv.view.code, pos: lv.view.pos}, in.liveDepth(lv.view))
	}
	return lv.err.Where
}

// lineValue evaluates x, part of a line typed at level lv, in the
// suspended frame; `:` alone resumes with ::.
func (in *Interp) lineValue(lv *level, x syntax.Node) (v k.Value, err error) {
	if x == nil {
		return k.Identity, nil
	}
	s := &in.sys
	prev := s.lineFrame
	s.lineFrame = lv.fr
	defer func() {
		s.lineFrame, lv.fr.pos = prev, lv.pos
		if r := recover(); r != nil {
			v, err = nil, in.caught(r, lv.depth+2, traceFrame{}, false)
		}
	}()
	return in.eval(x, lv.fr), nil
}

// backtrace is .Q.bt[]: the frames of the evaluation in progress, the
// innermost first, each as the location lines of an error, the frame the
// debugger stands at marked `>>`. The debugger's own frames are hidden.
func (in *Interp) backtrace(k.Value) k.Value {
	s := &in.sys
	var at, failed *frame
	if n := len(s.levels); n > 0 && s.levels[n-1].live {
		lv := s.levels[n-1]
		at, failed = lv.fr, lv.fr
		if lv.view != nil {
			at = lv.view
		}
	}
	var lines []string
	add := func(t traceFrame, index int, current bool) {
		l := in.frameLines(t, index)
		if current {
			l[0] = ">>" + l[0][2:]
		}
		lines = append(lines, l...)
	}
	start := in.cur
	if failed != nil && (s.lineFrame == at || s.lineFrame == nil) {
		start = failed // the debugger's line is hidden
	}
	depth := in.liveDepth(start)
	for fr := start; fr != nil; fr = fr.parent {
		if fr == s.lineFrame && fr != start {
			continue
		}
		pos := fr.pos
		if fr == failed {
			pos = s.levels[len(s.levels)-1].pos // where it failed, not the line typed there
		}
		add(traceFrame{code: fr.code, pos: pos}, depth, fr == at)
		depth--
	}
	if top := s.topLine; top.src != "" {
		top.pos = s.pos
		add(top, 0, false)
	}
	if len(lines) > 0 {
		io.WriteString(in.out, strings.Join(lines, "\n")+"\n")
	}
	return k.Identity
}
