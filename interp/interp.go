package interp

import (
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"
	"sync/atomic"

	"qgo/interp/format"
	"qgo/interp/k"
	"qgo/interp/syntax"
)

// Interp is one q session: its global namespaces and console settings.
type Interp struct {
	out      io.Writer
	errOut   io.Writer
	stop     atomic.Bool
	alerts   int64                   // k.Alerts as stopped last found it, all looked at: interp.go
	globals  map[string]*global      // by absolute name: "a", ".z.pg", ".foo.bar": globals.go
	gcells   []*global               // the cells found so far, by the resolver's name id: globals.go
	gslab    []global                // storage for the next new cells: globals.go
	gseq     uint64                  // the creation count of globals, for namespace order: globals.go
	ctx      string                  // current namespace (\d): "" for the root, else ".foo"
	opts     format.Options          // \c and \P
	depth    int                     // call depth, to turn runaway recursion into 'stack
	nest     int                     // depth of derived functions and projections applied inside one another: apply.go
	cur      *frame                  // the innermost lambda call in progress; its parents are the live stack
	sys      sysState                // system commands, the debugger and .z: system.go, debug.go, dotz.go
	views    map[string]*view        // views (v::expr at the top level), by absolute name: view.go
	src      string                  // the source being evaluated at the top level, for view text
	owned    map[string]k.Value      // globals whose table insert may grow in place: owned.go
	hot      hotOwned                // the entry of owned last used: owned.go
	seen     map[string]bool         // owned globals a reader holds a header of: owned_item.go
	keyIx    map[k.Value]any         // hashes of owned keyed tables' key columns, by column: owned_keyed.go
	zps, zpg *global                 // the cells of .z.ps and .z.pg, once Handler found them: dotz.go
	prim     primHot                 // the primitive value last applied, and its verb: apply.go
	head     headCell                // the global value last applied a list's head by: verbs.go
	rowIdx   []rowIdx                // ,n results of insert not yet handed out: owned.go
	parts    map[*k.Table]*partTable // partitioned tables, by their global's value: partition.go
	splays   splaySet                // splayed tables \l mapped: database.go
	frames   []*frame                // frames for lambda calls, by nesting: [:nframes] live, the rest finished and reused (apply.go)
	nframes  int                     // the number of lambda calls in progress: apply.go
	discard  bool                    // the assignment about to run is a statement whose value is unused: eval.go
	unused   bool                    // the lambda call about to start is a statement whose value is unused: compile.go
	spare    k.Value                 // a dead arithmetic result whose items the next one may reuse: temps.go
	files    map[int64]*fileHandle   // open file handles, by number: file_handle.go
	handles  *ownHandles             // the numbers of files when the host has none: file_handle.go
	reval    int                     // reval evaluations under way: updates and writes refused (sandbox.go)
	noUpdate bool                    // a secondary thread's session: globals are read-only (peach.go)
	main     *Interp                 // the session a secondary thread's works for; nil for the main one
	console  func() (string, error)  // reads the console's next line, for read0 0: SetConsoleInput
	dec      k.Decoder               // decodes the messages the loop serves, keeping their symbols: ipc.go
	sendBuf  []byte                  // where neg[h] x encodes x, reused: ipc.go
	parsed   map[string]syntax.Node  // value's strings, parsed and resolved: evalString
	qDefined bool                    // the program has assigned a name in .q: userInfix
	walkOnly bool                    // run lambda bodies by the tree walker, not compiled (tests): compile.go
	zvs      *global                 // the cell of .z.vs, once looked up: dotz.go
	vsIdx    []k.Value               // the indices of the indexed assignment just made, for .z.vs: dotz.go
	inVS     bool                    // .z.vs is running: its own assignments do not call it again
	box      k.Boxes                 // long and float atoms made in blocks (k/box.go)

	// Debug makes Go runtime panics inside the interpreter crash the
	// process instead of becoming 'internal errors.
	Debug bool
}

// New makes an interpreter whose console output (`0N!`, `-1`, `show`)
// goes to out.
func New(out io.Writer) *Interp {
	in := &Interp{
		out:     out,
		errOut:  os.Stderr,
		globals: make(map[string]*global, 256), // the bootstrap script defines about 130
		opts:    format.Default(),
	}
	in.put(".q.csv", k.C(','))
	in.bootstrap()
	return in
}

// SetErr sets where the interpreter writes to handle 2 (stderr).
func (in *Interp) SetErr(w io.Writer) { in.errOut = w }

// SetConsoleInput sets how read0 0 reads a line of the console's input:
// read must be safe to call while a console line is being evaluated.
func (in *Interp) SetConsoleInput(read func() (string, error)) { in.console = read }

// SetConsoleSize sets the console size, as `\c rows cols` does.
func (in *Interp) SetConsoleSize(rows, cols int) {
	if rows > 0 {
		in.opts.Rows = rows
	}
	if cols > 0 {
		in.opts.Cols = cols
	}
}

// SetPrecision sets the float display precision, as `\P n` does.
func (in *Interp) SetPrecision(p int) {
	if p >= 0 {
		in.opts.Prec = min(p, 17)
	}
}

// Interrupt asks a running evaluation to stop with 'stop. It is the one
// method that is safe to call from any goroutine.
func (in *Interp) Interrupt() {
	in.stop.Store(true)
	k.Alert() // after the flag: a loop that sees the count sees the flag
}

// Interrupted reports whether an interrupt is pending: asked for
// (Interrupt, here or on the main session) and not yet signalled. A host
// about to wait on the network asks it, so that an interrupt that came
// just before the wait ends the wait too. It is safe to call from any
// goroutine.
func (in *Interp) Interrupted() bool {
	return in.stop.Load() || in.main != nil && in.main.stop.Load()
}

// checkStop signals 'stop if Interrupt was called, and 'wsfull if the
// heap came near its limits (k.Poll: a result built of many allocations
// too small for k.Reserve to check); loops call it.
// Its test is one word, k.Alerts, which every Interrupt and the heap
// watch raise, against the count this session last looked at: it
// inlines into the loops, so a step that nothing is up for calls
// nothing (each call cost an each of a million 2 ms). A secondary
// session (peach) sees its main session's Interrupt by the same word.
func (in *Interp) checkStop() {
	if k.Alerts() != in.alerts {
		in.stopped()
	}
}

// stopped is checkStop's work once the word moved: the flags looked at,
// and the count taken as seen only when none signalled, so that a flag
// raised again, or its main session's still up, is looked at next time.
func (in *Interp) stopped() {
	a := k.Alerts() // before the flags: one raised after them moves it again
	k.Poll()
	if in.stop.Load() {
		in.stop.Store(false)
		k.Signal("stop")
	}
	if in.main != nil && in.main.stop.Load() {
		k.Signal("stop") // the main session was interrupted; it clears the flag
	}
	in.alerts = a
}

// Line evaluates one console input — q source or a `\` system command —
// and returns the text the console prints for it: "" when q prints
// nothing (assignments, `::`, a trailing `;`), else the value's display
// with lines joined by "\n" and no final newline. A q error is returned as
// a *k.Error.
func (in *Interp) Line(src string) (text string, err error) {
	defer in.recoverErr(&err)
	in.stop.Store(false)
	if strings.TrimSpace(src) == "" {
		return "", nil
	}
	n, perr := in.parseSrc(src)
	if perr != nil {
		return "", parseError(perr)
	}
	resolve(n)
	in.src = src
	if n == nil {
		return "", nil
	}
	top := traceFrame{src: src}
	defer func(prev traceFrame) { in.sys.topLine = prev }(in.sys.topLine)
	in.sys.top, in.sys.topLine = top, top
	v := in.eval(n, nil)
	if quiet(n) || k.IsIdentity(v) {
		return "", nil
	}
	return format.Console(in.displayable(v), in.opts), nil
}

// Eval parses and evaluates q source, returning its value.
func (in *Interp) Eval(src string) (v k.Value, err error) {
	defer in.trapping(trapAbort)()
	defer in.recoverErr(&err)
	return in.evalString(src), nil
}

// Apply applies the function (or indexes the data) f to args.
func (in *Interp) Apply(f k.Value, args ...k.Value) (v k.Value, err error) {
	defer in.trapping(trapAbort)()
	defer in.recoverErr(&err)
	return in.apply(f, args), nil
}

// Show gives the console text of v under the current \c and \P settings.
func (in *Interp) Show(v k.Value) string { return format.Console(in.displayable(v), in.opts) }

// Get returns a global variable by absolute name.
func (in *Interp) Get(name string) (k.Value, bool) {
	v, ok := in.absGet(name)
	if ok {
		v = in.read(name, v)
	}
	return v, ok
}

// Set assigns a global variable by absolute name.
func (in *Interp) Set(name string, v k.Value) {
	in.put(name, v)
}

// Delete removes a global variable by absolute name (as `\x` does).
func (in *Interp) Delete(name string) {
	in.drop(name)
}

// evalString parses and evaluates src at the root of the call stack.
func (in *Interp) evalString(src string) k.Value {
	defer func(prev string) { in.src = prev }(in.src)
	in.src = src
	n, ok := in.parsed[src]
	if !ok {
		var err error
		if n, err = in.parseSrc(src); err != nil {
			panic(parseError(err))
		}
		if n == nil {
			return k.Identity
		}
		resolve(n)
		in.keepParsed(src, n)
	}
	return in.eval(n, nil)
}

// valueString is `value` of a string: evalString, as a frame of the
// stack of its own. An error inside shows the string as its source, with
// the caret where it failed in it (.Q.sbt, \e 2, docs/basics/debug.md's
// .Q.trp example), while the statement that called value keeps its own
// position.
func (in *Interp) valueString(src string) k.Value {
	defer func(pos int) { in.sys.pos = pos }(in.sys.pos)
	defer func() {
		if r := recover(); r != nil {
			in.traceAdd(r, traceFrame{src: src, pos: in.sys.pos})
			panic(r)
		}
	}()
	v := in.evalString(src)
	if n, ok := in.parsed[src]; ok && quiet(n) {
		// a string that ends in an assignment gives :: as the console
		// shows nothing for it (docs/ref/value.md: q.a)value"b:2")
		return k.Identity
	} else if !ok && quiet(parsedOrNil(src)) {
		return k.Identity
	}
	return v
}

// parsedOrNil is src parsed (language prefix allowed), nil if it does not
// parse.
func parsedOrNil(src string) syntax.Node {
	n, err := parseLang(src)
	if err != nil {
		return nil
	}
	return n
}

// The strings evalString keeps the parse of: at most maxParsed, none
// longer than maxParsedLen bytes. A client sending the same query text
// again and again (h"1+1", a .z.pg of value) is parsed once.
const (
	maxParsed    = 256
	maxParsedLen = 256
)

// keepParsed keeps n, the resolved parse of src, for evalString. A tree
// is evaluated any number of times, as a function's body is; when the
// table is full it starts again empty.
func (in *Interp) keepParsed(src string, n syntax.Node) {
	if len(src) > maxParsedLen {
		return
	}
	if in.parsed == nil || len(in.parsed) >= maxParsed {
		in.parsed = make(map[string]syntax.Node, 16)
	}
	in.parsed[src] = n
}

// parseLang parses q source that may start with a language prefix, as
// value, scripts and the console accept: "q)" is q; "k)" marks k, which qgo
// reads with its q parser (the two agree on most expressions) but for the
// unary forms of glyphs, which k allows prefix and q does not. Any other
// letter names a language a program defines: X)text is .X.e"text", its
// handler in the one-letter namespace .X, as s) is SQL through .s.e
// (docs/wp/query-interface.md defines H) so; docs/learn/startingkdb/
// language.md uses s)).
func parseLang(src string) (syntax.Node, error) {
	return parseLangInfix(src, nil)
}

// parseSrc is parseLang in this session, where the functions a program
// has defined in the .q namespace are verbs, applied infix as q's own
// keywords are (qspec's .q.musteq: x musteq y).
func (in *Interp) parseSrc(src string) (syntax.Node, error) {
	return parseLangInfix(src, in.userInfix)
}

// userInfix is the function a bare name names in .q when the program
// defined it there (not a keyword of q's own), which q parses as a verb;
// nil for any other name.
func (in *Interp) userInfix(name string) k.Value {
	if !in.qDefined || strings.IndexByte(name, '.') >= 0 || isBuiltin(name) {
		return nil
	}
	if v, ok := in.absGet(".q." + name); ok && v != nil && v.Type() >= 100 {
		return v
	}
	return nil
}

// parseLangInfix is parseLang with the extra infix names infix gives
// (nil: none).
func parseLangInfix(src string, infix func(string) k.Value) (syntax.Node, error) {
	if len(src) > 1 && src[1] == ')' && src[0] != 'q' && src[0] != 'k' && isLetter(src[0]) {
		h := &syntax.Ident{P: 0, Name: "." + src[:1] + ".e"}
		return &syntax.Apply{P: 0, F: h, Args: []syntax.Node{&syntax.Const{P: 2, V: k.Str(src[2:])}}}, nil
	}
	if len(src) > 1 && src[1] == ')' && (src[0] == 'q' || src[0] == 'k') {
		var n syntax.Node
		var err error
		if src[0] == 'k' {
			n, err = syntax.ParseInfix(src[2:], isReserved, infix, true)
		} else {
			n, err = syntax.ParseInfix(src[2:], isReserved, infix, false)
		}
		if err == nil && src[0] == 'k' {
			// a function defined in k shows its language, as q's own
			// k-defined keywords do: k){x+y} (csvguess's savescript
			// writes "k)fs2:",2_ last value fs2)
			syntax.Inspect(n, func(x syntax.Node) bool {
				if l, ok := x.(*syntax.Lambda); ok {
					l.Src = "k)" + l.Src
				}
				return true
			})
		}
		return n, err
	}
	return syntax.ParseInfix(src, isReserved, infix, false)
}

// isLetter reports whether c is an ASCII letter.
func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// quiet reports whether the console prints nothing for statement n: an
// assignment, or a sequence ending in one or in an empty statement.
func quiet(n syntax.Node) bool {
	switch n := n.(type) {
	case *syntax.Assign:
		return true
	case *syntax.Seq:
		if len(n.Items) == 0 {
			return true
		}
		last := n.Items[len(n.Items)-1]
		return last == nil || quiet(last)
	case *syntax.System:
		return false
	}
	return false
}

func parseError(err error) *k.Error {
	if e, ok := err.(*syntax.Error); ok {
		return &k.Error{Msg: e.Msg}
	}
	return &k.Error{Msg: err.Error()}
}

// recoverErr turns a q signal into a returned error. A Go runtime panic is
// a bug of ours: it becomes 'internal with the stack on stderr, unless
// Debug is set.
func (in *Interp) recoverErr(err *error) {
	r := recover()
	if r == nil {
		return
	}
	in.depth = 0
	in.sys.resetTrace() // the frames the signal unwound hold values nothing needs now
	switch e := r.(type) {
	case *k.Error:
		*err = e
	case *ExitError:
		*err = e
	default:
		if in.Debug {
			panic(r)
		}
		fmt.Fprintf(in.errOut, "qgo: internal error: %v\n%s", r, debug.Stack())
		*err = &k.Error{Msg: "internal"}
	}
}
