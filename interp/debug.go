// This file defines where errors happened and the debugger: the location
// lines q 4.x prints under an error, the suspended levels behind the
// `q))` prompt, and Input, the console's entry point.

package interp

import (
	"fmt"
	"runtime/debug"
	"sort"
	"strings"

	"qgo/interp/format"
	"qgo/interp/k"
	"qgo/interp/syntax"
)

// Error is a q error as the console reports it: the signal, and the
// frame where it happened with a caret under the failing primitive, as
// q 4.x prints them:
//
//	'type
//	  [0]  2+"hi"
//	        ^
type Error struct {
	Err   *k.Error // the signal
	Where []string // the location lines; none when the place is unknown
}

// Error gives the message and the location lines, one per line.
func (e *Error) Error() string {
	if len(e.Where) == 0 {
		return e.Err.Error()
	}
	return e.Err.Error() + "\n" + strings.Join(e.Where, "\n")
}

// Unwrap gives the signal, so errors.As finds the *k.Error.
func (e *Error) Unwrap() error { return e.Err }

// maxTrace bounds the frames kept for one error: runaway recursion
// unwinds through thousands, and only the innermost are ever shown.
const maxTrace = 64

// traceFrame is one frame an error unwound through: a lambda call, or a
// statement (of a script, or typed at the console).
type traceFrame struct {
	code *lambdaCode // the lambda; nil for a statement
	fr   frame       // the lambda's locals: a copy, so the frame itself need not escape
	pos  int         // where in the source the frame was when the error passed
	src  string      // a statement's source text
	file string      // the script a statement is from; "" at the console
	line int         // the statement's first line in file
	prim string      // a primitive's frame, shown as (name) and a blank line
}

// level is one suspended evaluation behind the `q))` prompt.
type level struct {
	fr    *frame // the suspended lambda's locals; nil at a script statement
	err   *Error // the error that suspended it
	depth int    // its frame index, as shown in [n]
	ctx   string // the namespace when it suspended
	// live: the evaluation is suspended, not unwound (suspend.go), so
	// `:e` resumes it; else the level keeps a copy of the frame an
	// error unwound through, and `:e` or `\` only leave the level.
	live bool
	pos  int // where in fr's lambda it failed (live levels)
	// the frame the debugger looks at, moved with ` and . (live levels):
	// a caller of fr (nil: fr itself), or the console line (viewTop)
	view    *frame
	viewTop bool
}

// unwound records that the panic r passed through the lambda frame fr. It
// runs in callLambda's deferred function while a signal unwinds. It takes
// the frame by value: holding a pointer to it would make every frame
// escape to the heap.
func (in *Interp) unwound(r any, fr frame) {
	if fr.code == nil {
		return
	}
	in.traceAdd(r, traceFrame{code: fr.code, fr: fr, pos: fr.pos})
}

// resetTrace forgets the trace of the last signal, and the values its
// frames held (the backing array is cleared, not only cut, so a large
// local of a failed function is not kept alive until the next error).
func (s *sysState) resetTrace() {
	clear(s.trace)
	s.traceErr, s.trace, s.traceN = nil, s.trace[:0], 0
}

// traceAdd appends t to the trace of the signal r, starting a new trace
// when r is not the signal the current one belongs to.
func (in *Interp) traceAdd(r any, t traceFrame) {
	e, ok := r.(*k.Error)
	if !ok {
		return
	}
	s := &in.sys
	if s.traceErr != e {
		s.resetTrace()
		s.traceErr = e
	}
	s.traceN++
	if len(s.trace) < maxTrace {
		s.trace = append(s.trace, t)
	}
}

// at records that frame f (nil: the top level) is applying the node at
// source position p, so that an error there can point at it.
func (in *Interp) at(f *frame, p int) {
	if f != nil {
		f.pos = p
	} else {
		in.sys.pos = p
	}
}

// SetSuspend turns the debugger on or off: when on, an error inside a
// function (or a script) suspends the evaluation at a `q))` level, as the
// q console does. Golden tests leave it off.
func (in *Interp) SetSuspend(on bool) { in.sys.suspend = on }

// Level is the number of suspended evaluations: the extra `)` of the
// prompt.
func (in *Interp) Level() int { return len(in.sys.levels) }

// Prompt is the console prompt for the current namespace and debug level:
// `q)`, `q.foo)`, `q))`.
func (in *Interp) Prompt() string {
	if in.ctx == "" && len(in.sys.levels) == 0 {
		return "q)" // the loop asks after every event
	}
	return "q" + in.ctx + ")" + strings.Repeat(")", len(in.sys.levels))
}

// Input evaluates one console line as the q) prompt does, and returns the
// text the console prints for it ("" for nothing). At a `q))` level the
// line sees the suspended function's locals, and `\` alone leaves the
// level. An error comes back as an *Error with its location; with
// SetSuspend on, an error inside a function suspends it first. `\\` and
// `exit` come back as *ExitError.
func (in *Interp) Input(src string) (string, error) {
	in.stop.Store(false)
	s := &in.sys
	prevMode := s.trapMode
	if s.suspend {
		s.trapMode = trapSuspend
	}
	defer func() { s.trapMode = prevMode }()
	if n := len(s.levels); n > 0 && s.levels[n-1].live {
		return in.atLevel(s.levels[n-1], src)
	}
	if strings.TrimSpace(src) == `\` {
		if n := len(s.levels); n > 0 {
			in.ctx = s.levels[n-1].ctx
			s.levels = s.levels[:n-1]
		}
		return "", nil // at q) q toggles to k, which qgo does not have
	}
	var f *frame
	base := 0
	if n := len(s.levels); n > 0 {
		f, base = s.levels[n-1].fr, s.levels[n-1].depth+1
	}
	return in.run(src, f, base, traceFrame{src: src})
}

// run parses and evaluates a console line in frame f (nil at the top
// level). base is the frame index of the line itself.
func (in *Interp) run(src string, f *frame, base int, top traceFrame) (text string, err error) {
	s := &in.sys
	if f == nil && len(s.levels) == 0 {
		prevTop := s.topLine
		s.topLine = top
		defer func() { s.topLine, s.seen = prevTop, nil }()
	}
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(aborted); ok {
				s.resetTrace()
				text, err = "", nil // its debugger aborted it: nothing more to say
				return
			}
			if f != nil {
				top.pos = f.pos
			} else {
				top.pos = s.pos
			}
			text, err = "", in.caught(r, base, top, s.suspend)
		}
	}()
	defer func(prev string) { in.src = prev }(in.src)
	in.src = src
	n, perr := in.parseSrc(src)
	if perr != nil {
		return "", in.parseFailed(perr, base, top)
	}
	if n == nil {
		return "", nil
	}
	s.pos = 0
	if f == nil {
		in.resolveLine(n)
	} else {
		resolve(n)
	}
	s.top = top
	if f != nil || base > 0 {
		s.top = traceFrame{} // at a q)) level the stack below is not known here
	}
	v := in.eval(n, f)
	if f != nil && f.ret {
		// `:x` at a q)) prompt resumes the function in q; qgo has already
		// unwound it, so it leaves the level instead.
		f.ret, f.retv = false, nil
		if k := len(s.levels); k > 0 {
			in.ctx = s.levels[k-1].ctx
			s.levels = s.levels[:k-1]
		}
		return "", nil
	}
	if quiet(n) || k.IsIdentity(v) {
		return "", nil
	}
	return format.Console(in.displayable(v), in.opts), nil
}

// caught turns the panic r of an entry point into its error: a located
// *Error for a q signal (suspending when asked and the error happened
// inside a function or script), *ExitError as it is, and 'internal for a
// Go runtime panic, which is a bug of ours (its stack goes to stderr
// unless Debug is set, which re-panics).
func (in *Interp) caught(r any, base int, top traceFrame, suspend bool) error {
	in.depth = 0
	switch e := r.(type) {
	case *k.Error:
		s := &in.sys
		var frames []traceFrame
		n := 0
		if s.traceErr == e {
			frames, n = s.trace, s.traceN
		}
		all := frames
		if top.src != "" || top.file != "" {
			all = append(all[:len(all):len(all)], top)
			n++
		}
		qe := &Error{Err: e}
		switch {
		case len(frames) == 0 && top.src != "" && len(s.levels) > 0:
			// a signal typed at q)) is shown where the debugger stands
			qe.Where = s.levels[len(s.levels)-1].err.Where
		case len(all) > 0:
			qe.Where = in.frameLines(all[0], base+n-1)
		}
		if suspend && len(frames) > 0 {
			lv := &level{err: qe, depth: base + n - 1, ctx: in.ctx}
			if frames[0].code != nil {
				fr := frames[0].fr
				lv.fr = &fr
			}
			s.levels = append(s.levels, lv)
		}
		// for \e 2, which shows where each frame was, not its locals: an
		// error must not keep the values its frames held
		clear(s.lastStack)
		s.lastStack = append(s.lastStack[:0], all...)
		for i := range s.lastStack {
			s.lastStack[i].fr = frame{}
		}
		s.resetTrace()
		return qe
	case *ExitError:
		return e
	}
	if in.Debug {
		panic(r)
	}
	fmt.Fprintf(in.errOut, "qgo: internal error: %v\n%s", r, debug.Stack())
	return &Error{Err: &k.Error{Msg: "internal"}}
}

// parseFailed locates a parse error of the line top.
func (in *Interp) parseFailed(err error, base int, top traceFrame) error {
	e := parseError(err)
	if se, ok := err.(*syntax.Error); ok {
		top.pos = se.Pos
	}
	return &Error{Err: e, Where: in.frameLines(top, base)}
}

// frameLines renders frame t as q 4.x does under an error: `  [n]  `, the
// frame's source (a lambda with its name and, if it came from a script,
// the file and line), and a caret under the position.
func (in *Interp) frameLines(t traceFrame, index int) []string {
	if t.prim != "" {
		return []string{fmt.Sprintf("  [%d]  (%s)", index, t.prim), ""}
	}
	var prefix, src string
	off := t.pos
	if t.code != nil && t.code.node != nil {
		n := t.code.node
		src, off = n.Src, t.pos-n.P
		if strings.HasPrefix(src, "k)") {
			off += 2 // the language prefix is not in the parsed text
		}
		if o, ok := in.sys.origins[n]; ok {
			prefix = fmt.Sprintf("%s:%d: ", o.file, o.line)
		}
		if name := in.lambdaName(t.code); name != "" {
			prefix += name + ":"
		}
	} else {
		src = t.src
		if t.file != "" {
			prefix = fmt.Sprintf("%s:%d: ", t.file, t.line)
		}
	}
	if off < 0 || off > len(src) {
		off = 0
	}
	// Show the source line the caret is on.
	start := strings.LastIndexByte(src[:off], '\n') + 1
	end := strings.IndexByte(src[off:], '\n')
	if end < 0 {
		end = len(src)
	} else {
		end += off
	}
	if start > 0 {
		prefix = ""
	}
	label := fmt.Sprintf("  [%d]  ", index)
	text := strings.TrimRight(src[start:end], "\r")
	return []string{
		label + prefix + text,
		strings.Repeat(" ", len(label)+len(prefix)+off-start) + "^",
	}
}

// lambdaName is the name q shows for a lambda in a frame: the global it
// is assigned to, or `f@` for a lambda written inside the global f, or ""
// for an anonymous one.
func (in *Interp) lambdaName(code *lambdaCode) string {
	var direct, outer []string
	for name, v := range in.allGlobals() {
		fn, ok := v.(*k.Lambda)
		if !ok {
			continue
		}
		c := forcedCode(fn) // a body not parsed yet holds nothing running
		if c == nil || c.node == nil {
			continue
		}
		if c == code {
			direct = append(direct, name)
			continue
		}
		if code.node != nil && encloses(c.node, code.node) {
			outer = append(outer, name)
		}
	}
	if len(direct) > 0 {
		sort.Strings(direct)
		return in.shortName(direct[0])
	}
	if len(outer) > 0 {
		sort.Strings(outer)
		return in.shortName(outer[0]) + "@"
	}
	return ""
}

// lambdaFullName is the name q gives a lambda in the result of value: the
// global holding it in full, with .. before a name in the root (..f,
// .ns.f), and @ after it for a lambda written inside that global's; ""
// for a lambda no global holds.
func (in *Interp) lambdaFullName(code *lambdaCode) string {
	saved := in.ctx
	in.ctx = ""
	name := in.lambdaName(code)
	in.ctx = saved
	if name != "" && !strings.HasPrefix(name, ".") {
		name = ".." + name
	}
	return name
}

// shortName is a global's name as seen from the current namespace.
func (in *Interp) shortName(name string) string {
	if in.ctx != "" {
		if rest, ok := strings.CutPrefix(name, in.ctx+"."); ok {
			return rest
		}
	}
	return name
}

// encloses reports whether the lambda node inner is written inside outer.
func encloses(outer, inner *syntax.Lambda) bool {
	found := false
	for _, s := range outer.Body {
		syntax.Inspect(s, func(n syntax.Node) bool {
			if n == syntax.Node(inner) {
				found = true
			}
			return !found
		})
	}
	return found
}

// Completions lists the names that start with prefix and that the console
// can complete: globals in scope (the current namespace and the root),
// dotted names, namespaces, keywords, and the .z names. They are sorted
// and distinct.
func (in *Interp) Completions(prefix string) []string {
	seen := map[string]bool{}
	add := func(name string) {
		if strings.HasPrefix(name, prefix) && name != "" {
			seen[name] = true
		}
	}
	for name := range in.allGlobals() {
		add(name)
		if in.ctx != "" {
			if rest, ok := strings.CutPrefix(name, in.ctx+"."); ok {
				add(rest)
			}
		}
		if strings.HasPrefix(name, ".") {
			if i := strings.IndexByte(name[1:], '.'); i > 0 {
				add(name[:i+1]) // the namespace
			}
		}
	}
	for _, v := range verbs.verbs {
		if isBuiltin(v.name) {
			add(v.name)
		}
	}
	for _, kw := range []string{"if", "do", "while", "select", "exec", "update", "delete", "from", "where", "by"} {
		add(kw)
	}
	for _, z := range dotzNames() {
		add(".z." + z)
	}
	add(".z")
	out := make([]string, 0, len(seen))
	for name := range seen {
		out = append(out, name)
	}
	sort.Strings(out)
	return out
}
