// This file defines the system commands (`\t`, `\l`, `\d`, `\p`, `\\` …)
// and the keywords `system` and `exit`; the loading of q scripts is in
// script.go.

package interp

import (
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"time"

	"qgo/interp/files"
	"qgo/interp/k"
	"qgo/interp/prim"
	"qgo/interp/syntax"
)

// ExitError is returned by the entry points when q code asked the process
// to exit (`\\`, `exit n`): the caller runs .z.exit and exits with Code.
type ExitError struct {
	Code int
}

// Error implements error.
func (e *ExitError) Error() string { return fmt.Sprintf("exit %d", e.Code) }

// ExitCode is the process exit status asked for.
func (e *ExitError) ExitCode() int { return e.Code }

// Host is what the interpreter asks of the process around it; the event
// loop (package zns) implements it. The interpreter calls it from inside
// an evaluation, so on the loop goroutine.
type Host interface {
	// SetTimer sets the interval in milliseconds of the timer that calls
	// .z.ts; 0 stops it.
	SetTimer(ms int64)
	// Listen listens on addr, the argument of `\p` (`[rp,][host:]port`),
	// or stops listening for port 0, and returns the port now listened on.
	Listen(addr string) (int, error)
}

// Settings are the command-line options that system commands report and
// change.
type Settings struct {
	ErrorMode    int    // -e: error trapping of client requests, 0 1 or 2 (\e)
	Threads      int    // -s: most secondary threads (\s)
	Workspace    int64  // -w: workspace limit in MB, 0 for none (\w)
	Timeout      int    // -T: client query timeout in seconds (\T)
	TLS          int    // -E: TLS server mode, 0 plain, 1 plain and TLS, 2 TLS only (\E)
	Sandbox      bool   // -u 1 or -u file: remote system commands and exit blocked
	PasswordFile string // -u file or -U file: the password file; blocks \x
	Blocked      bool   // -b: client write access blocked (\_)
}

// sysState is the interpreter's share of the process: the host, the
// settings of the system commands, the debugger, and the .z environment.
// Its zero value is ready to use.
type sysState struct {
	host Host
	set  Settings

	timer     int64        // \t: timer interval, ms
	port      int          // \p: listening port
	threads   int          // \s: secondary threads in use
	seed      int32        // \S
	seedSet   bool         // \S was given a seed
	rng       *rand.Rand   // roll and deal's generator: Interp.rand
	src       *prim.Seeded // rng's source, whose state \S 0N shows
	offset    *int         // \o: minutes east of UTC; nil for the machine's
	week      int          // \W; -1 when unset
	weekSet   bool
	dateFmt   int // \z
	gcMode    int // \g
	http      [2]int
	loading   int // depth of nested \l
	workspace int64

	// the debugger (debug.go)
	pos      int        // position the top level is applying
	top      traceFrame // the console statement being evaluated, for .Q.trp's [0]
	trace    []traceFrame
	traceErr *k.Error
	traceN   int
	levels   []*level
	suspend  bool
	// suspension (suspend.go)
	trapMode  int                 // trapAbort or trapSuspend: what a signal does
	lineFrame *frame              // the frame a line typed at a q)) level runs in
	seen      map[*k.Error]*frame // errors signalled at a level, by the frame they end
	topLine   traceFrame          // the console line being evaluated, frame [0]
	lastStack []traceFrame        // the frames the last error caught at an entry point unwound through
	origins   map[*syntax.Lambda]origin

	// the .z environment (dotz.go)
	env    Env
	clock  func() time.Time
	caller caller
}

// origin is where a lambda was written: a script and the line.
type origin struct {
	file string
	line int
}

// SetHost connects the interpreter to the process around it: `\t N` and
// `\p N` act through h.
func (in *Interp) SetHost(h Host) { in.sys.host = h }

// SetSettings applies the command-line options s.
func (in *Interp) SetSettings(s Settings) {
	in.sys.set = s
	in.sys.threads = s.Threads
	in.sys.workspace = s.Workspace << 20
	if s.Workspace > 0 {
		k.SetWorkspace(in.sys.workspace)
	}
}

// TimerInterval is the timer interval set by `\t N`, in milliseconds.
func (in *Interp) TimerInterval() int64 { return in.sys.timer }

// QueryTimeout is how long a client's query may run before it is
// stopped with 'stop, as set by -T or `\T`; 0 for no limit. The event
// loop reads it before each client message.
func (in *Interp) QueryTimeout() time.Duration {
	return time.Duration(in.sys.set.Timeout) * time.Second
}

// Port is the listening port set by `\p`.
func (in *Interp) Port() int { return in.sys.port }

// systemReads reports whether the system command name with argument arg
// only reads a setting or times an expression, which a secondary thread
// may do (funq's system"g" inside peach); the expression a timer runs is
// checked as it updates.
func systemReads(name, arg string) bool {
	if b, _, ok := strings.Cut(name, ":"); ok {
		name = b
	}
	switch name {
	case "t", "ts", "a", "b", "B", "f", "v":
		return true // a timing, or a listing of a namespace's names
	case "c", "C", "cd", "d", "e", "g", "o", "p", "P", "s", "S", "T", "E", "w", "W", "z", "_":
		return arg == ""
	}
	return false
}

// system runs a system command (the text after the backslash) and returns
// its value: `::` for commands that only act.
func (in *Interp) system(cmd string) k.Value {
	if in.remoteSandboxed() {
		k.Signal("access") // -u: no system commands from clients
	}
	cmd = strings.TrimLeft(cmd, " \t")
	i := strings.IndexAny(cmd, " \t")
	if i < 0 {
		i = len(cmd)
	}
	name, arg := cmd[:i], strings.TrimSpace(cmd[i:])
	if !systemReads(name, arg) {
		in.checkUpdate() // not from a secondary thread
	}
	if strings.Contains("S P c C d e g T s o p w W z l a f v b B", name) && len(name) == 1 {
		// a numeric setting, a namespace or a file may carry a trailing
		// comment: \S 42 / seed, \d .ns / what it holds, \l sp.q / load
		// sp.q script (docs/basics/syscmds.md)
		for j := 0; j < len(arg); j++ {
			// (a path may start with /: a comment after one needs a blank)
			if arg[j] == '/' && (j == 0 && name != "l" || j > 0 && (arg[j-1] == ' ' || arg[j-1] == '\t')) {
				arg = strings.TrimSpace(arg[:j])
				break
			}
		}
	}
	reps := ""
	if b, r, ok := strings.Cut(name, ":"); ok && (b == "t" || b == "ts") {
		name, reps = b, r
	}
	s := &in.sys
	switch name {
	case "\\":
		panic(&ExitError{Code: 0})
	case "":
		return k.Identity // a lone \: q's toggle to k, which qgo does not have
	case "a":
		return in.tableNames(arg)
	case "b", "B":
		return in.viewNames(arg, name == "B")
	case "c":
		return in.consoleSize(arg, &in.opts.Rows, &in.opts.Cols)
	case "C":
		if s.http[0] == 0 {
			s.http = [2]int{36, 2000}
		}
		return in.consoleSize(arg, &s.http[0], &s.http[1])
	case "cd":
		return in.chdir(arg)
	case "d":
		return in.directory(arg)
	case "e":
		return intSetting(arg, &s.set.ErrorMode, 0, 2)
	case "f":
		return in.varNames(arg, true)
	case "g":
		return intSetting(arg, &s.gcMode, 0, 1)
	case "l":
		if arg != "" {
			// a splayed table or a data file gives its name, as q.k's
			// .Q.l amends it in (docs/ref/asc.md: \l dat/t shows `t)
			if v := in.loadScript(arg); v != nil {
				return v
			}
		}
	case "o":
		return in.utcOffset(arg)
	case "p":
		return in.listen(arg)
	case "P":
		if arg == "" {
			return k.I(int32(in.opts.Prec))
		}
		p, err := strconv.Atoi(arg)
		if err != nil || p < 0 {
			k.Signal("type")
		}
		in.opts.Prec = min(p, 17)
	case "r":
		return rename(arg)
	case "s":
		return in.secondaryThreads(arg)
	case "S":
		return in.randomSeed(arg)
	case "t", "ts":
		return in.timer(name == "ts", reps, arg)
	case "T":
		return intSetting(arg, &s.set.Timeout, 0, 1<<30)
	case "E":
		if arg != "" {
			k.Signal("nyi") // kdb+ sets it on the command line only
		}
		return k.I(int32(s.set.TLS))
	case "u":
		if s.set.PasswordFile == "" {
			return k.Identity
		}
		if _, err := os.Stat(s.set.PasswordFile); err != nil {
			k.Signal(s.set.PasswordFile)
		}
	case "v":
		return in.varNames(arg, false)
	case "w":
		return in.workspace(arg)
	case "W":
		if !s.weekSet {
			s.week, s.weekSet = 2, true
		}
		return intSetting(arg, &s.week, 0, 6)
	case "x":
		if s.set.PasswordFile != "" {
			k.Signal("access")
		}
		in.Delete(arg)
	case "z":
		if arg == "" {
			return k.J(int64(s.dateFmt)) // a long: q)\z shows 0 (docs/basics/syscmds.md)
		}
		return intSetting(arg, &s.dateFmt, 0, 1)
	case "_":
		if arg == "" {
			return k.B(s.set.Blocked)
		}
		return in.scramble(arg)
	case "1", "2":
		if arg == "" {
			k.Signal("nyi")
		}
		in.redirect(int(name[0]-'0'), arg)
	default:
		return in.shell(cmd)
	}
	return k.Identity
}

func clamp(v, lo, hi int) int { return max(lo, min(hi, v)) }

// intSetting is a command that shows (no argument) or sets an int setting
// in [lo,hi].
func intSetting(arg string, p *int, lo, hi int) k.Value {
	if arg == "" {
		return k.I(int32(*p))
	}
	n, err := strconv.Atoi(arg)
	if err != nil {
		k.Signal("type")
	}
	if n < lo || n > hi {
		k.Signal("domain")
	}
	*p = n
	return k.Identity
}

// consoleSize is `\c` and `\C`: show or set rows and columns, clamped to
// [10,2000].
func (in *Interp) consoleSize(arg string, rows, cols *int) k.Value {
	if arg == "" {
		return k.Longs(int64(*rows), int64(*cols))
	}
	f := strings.Fields(arg)
	if len(f) != 2 {
		k.Signal("c")
	}
	r, err1 := strconv.Atoi(f[0])
	c, err2 := strconv.Atoi(f[1])
	if err1 != nil || err2 != nil {
		k.Signal("type")
	}
	*rows, *cols = clamp(r, 10, 2000), clamp(c, 10, 2000)
	return k.Identity
}

// directory is `\d`: show or set the current namespace.
func (in *Interp) directory(arg string) k.Value {
	switch {
	case arg == "":
		if in.ctx == "" {
			return k.S(".")
		}
		return k.S(in.ctx)
	case arg == ".":
		in.ctx = ""
	case strings.HasPrefix(arg, ".") && !strings.ContainsAny(arg, " \t"):
		in.ctx = arg
	default:
		k.Signal("d")
	}
	return k.Identity
}

// chdir is `\cd`: show or change the working directory, creating it
// when it does not exist (as q does).
func (in *Interp) chdir(arg string) k.Value {
	if arg == "" {
		wd, err := os.Getwd()
		if err != nil {
			k.Signal("os")
		}
		return k.Str(wd)
	}
	if err := os.MkdirAll(arg, 0o777); err != nil { // \cd creates a missing directory
		k.Signal(files.OSText(arg, osReason(err)))
	}
	if err := os.Chdir(arg); err != nil {
		k.Signal(files.OSText(arg, osReason(err)))
	}
	return k.Identity
}

// osReason is the operating system's text for err, as q quotes it after
// "OS reports:".
func osReason(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		err = le.Err
	}
	s := err.Error()
	if s != "" {
		s = strings.ToUpper(s[:1]) + s[1:]
	}
	return s
}

// rename is `\r src dst`: rename a file.
func rename(arg string) k.Value {
	f := strings.Fields(arg)
	if len(f) != 2 {
		k.Signal("nyi") // `\r` alone is for replication, which qgo does not do
	}
	if err := os.Rename(f[0], f[1]); err != nil {
		k.Signal(files.OSText(f[0], osReason(err)))
	}
	return k.Identity
}

// listen is `\p`: show the port, or listen on another (through the host).
func (in *Interp) listen(arg string) k.Value {
	s := &in.sys
	if arg == "" {
		return k.I(int32(s.port))
	}
	if s.host != nil {
		p, err := s.host.Listen(arg)
		if err != nil {
			k.Signal(err.Error())
		}
		s.port = p
		return k.Identity
	}
	p, err := ParsePort(arg)
	if err != nil {
		k.Signal(err.Error())
	}
	s.port = p
	return k.Identity
}

// ParsePort reads the port of a `\p` or `-p` argument,
// `[rp,][host:]port`: a number (negative for q's multithreaded input),
// or 0W for any free port, reported as 0 until something listens.
func ParsePort(arg string) (int, error) {
	a := strings.TrimPrefix(arg, "rp,")
	if i := strings.LastIndexByte(a, ':'); i >= 0 {
		a = a[i+1:]
	}
	if a == "0W" {
		return 0, nil
	}
	if lo, _, ok := strings.Cut(a, "/"); ok {
		a = lo
	}
	n, err := strconv.Atoi(a)
	if err != nil || n > 65535 || n < -65535 {
		return 0, errors.New(arg)
	}
	return n, nil
}

// secondaryThreads is `\s`: show or set the secondary threads in use, up
// to the -s maximum; `\s 0N` shows the maximum.
func (in *Interp) secondaryThreads(arg string) k.Value {
	s := &in.sys
	switch arg {
	case "":
		return k.I(int32(s.threads))
	case "0N":
		return k.I(int32(s.set.Threads))
	}
	n, err := strconv.Atoi(arg)
	if err != nil {
		k.Signal("type")
	}
	if n > s.set.Threads && s.set.Threads >= 0 {
		k.Signal("limit")
	}
	s.threads = n
	return k.Identity
}

// randomSeed is `\S`: show or set the seed of roll and deal (x?y for an
// integer x). A q process starts with the seed -314159, so the same
// draws come in the same order in every session, and `\S n` starts them
// again from n. `\S 0N` shows the generator's state, which `\S` of it
// resumes; `\S` shows the last seed set.
func (in *Interp) randomSeed(arg string) k.Value {
	s := &in.sys
	switch arg {
	case "":
		return k.I(s.seedValue())
	case "0N": // the generator's state: \S of it resumes the draws
		in.rand()
		return k.I(s.src.State())
	}
	n, err := strconv.ParseInt(arg, 10, 32)
	if err != nil {
		k.Signal("type")
	}
	s.seed, s.seedSet = int32(n), true
	s.src = prim.NewSeeded(int32(n))
	s.rng = rand.New(s.src)
	return k.Identity
}

// seedValue is the seed `\S` shows: q's default until one is set.
func (s *sysState) seedValue() int32 {
	if !s.seedSet {
		return defaultSeed
	}
	return s.seed
}

// defaultSeed is the seed a q process starts with.
const defaultSeed = -314159

// rand is the generator of roll and deal, seeded by `\S` (or with q's
// default seed at the first draw).
func (in *Interp) rand() *rand.Rand {
	s := &in.sys
	if s.rng == nil {
		s.src = prim.NewSeeded(s.seedValue())
		s.rng = rand.New(s.src)
	}
	return s.rng
}

// utcOffset is `\o`: show or set the local time's offset from UTC, in
// hours, or minutes when its magnitude is over 23.
func (in *Interp) utcOffset(arg string) k.Value {
	s := &in.sys
	if arg == "" {
		// a long: q)\o shows 0N (docs/basics/syscmds.md)
		if s.offset == nil {
			return k.J(k.NJ)
		}
		m := *s.offset
		if m%60 == 0 {
			m /= 60
		}
		return k.J(int64(m))
	}
	if arg == "0N" {
		s.offset = nil
		return k.Identity
	}
	n, err := strconv.Atoi(arg)
	if err != nil {
		k.Signal("type")
	}
	if n >= -23 && n <= 23 {
		n *= 60
	}
	s.offset = &n
	return k.Identity
}

// workspace is `\w`: memory in use (six longs), `\w 0` and `\w 1` the
// interned symbols (qgo interns none), or `\w n` to raise the -w limit.
func (in *Interp) workspace(arg string) k.Value {
	s := &in.sys
	switch arg {
	case "":
		m := k.Stats()
		return k.Longs(m.Used, m.Heap, m.Peak, s.workspace, mapLiveBytes.Load(), m.Phys)
	case "0", "1":
		return k.Longs(0, 0)
	}
	n, err := strconv.ParseInt(arg, 10, 64)
	if err != nil {
		k.Signal("type")
	}
	if s.workspace == 0 {
		k.Signal("-w init via cmd line")
	}
	if n > 1<<40 {
		return k.Longs(0, 0)
	}
	s.workspace = max(s.workspace, n<<20)
	k.SetWorkspace(s.workspace)
	return k.J(s.workspace)
}

// timer is `\t` and `\ts`: with no argument the timer interval; with an
// integer, set the timer; with an expression, the milliseconds (and for
// \ts the bytes) taken to evaluate it, reps times for `\t:reps`.
func (in *Interp) timer(space bool, reps, arg string) k.Value {
	s := &in.sys
	if !space && reps == "" {
		if arg == "" {
			return k.I(int32(s.timer))
		}
		if n, err := strconv.ParseInt(arg, 10, 64); err == nil {
			if n < 0 {
				k.Signal("domain")
			}
			s.timer = n
			if s.host != nil {
				s.host.SetTimer(n)
			}
			return k.Identity
		}
	}
	n := int64(1)
	if reps != "" {
		r, err := strconv.ParseInt(reps, 10, 64)
		if err != nil {
			// \t:n expr with n a name (or any expression) giving the count
			v := in.evalString(reps)
			if t := v.Type(); t != -k.KJ && t != -k.KI && t != -k.KH {
				k.Signal("type")
			}
			r = prim.CastTo(k.KJ, v).(k.Atom[int64]).V
		}
		n = r
	}
	if arg == "" {
		k.Signal("nyi")
	}
	node, err := in.parseSrc(arg)
	if err != nil {
		panic(parseError(err))
	}
	resolve(node)
	var before runtime.MemStats
	if space {
		runtime.ReadMemStats(&before)
	}
	start := time.Now()
	for i := int64(0); i < n; i++ {
		in.checkStop()
		in.stmt(node, nil) // the value is not used
	}
	ms := time.Since(start).Milliseconds()
	if !space {
		return k.J(ms)
	}
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	bytes := k.Allocated(&after) - k.Allocated(&before)
	if n > 0 {
		bytes /= n
	}
	return k.Longs(ms, bytes)
}

// varNames lists the globals of a namespace: variables (\v) or
// functions (\f).
func (in *Interp) varNames(ns string, funcs bool) k.Value {
	if ns == "" {
		ns = in.ctx
	}
	if ns == "." {
		ns = "" // \v . lists the root
	}
	var names []string
	for n, v := range in.allGlobals() {
		rest := n
		if ns != "" {
			var ok bool
			if rest, ok = strings.CutPrefix(n, ns+"."); !ok {
				continue
			}
		}
		if strings.Contains(rest, ".") || strings.HasPrefix(n, ".") && ns == "" {
			continue
		}
		if k.IsFunc(v.Type()) == funcs {
			names = append(names, rest)
		}
	}
	sort.Strings(names)
	return k.Syms(names...)
}

// tableNames is \a: the tables of a namespace.
func (in *Interp) tableNames(ns string) k.Value {
	all := in.varNames(ns, false).(*k.Vec[string])
	var out []string
	if ns == "" {
		ns = in.ctx
	}
	prefix := ns + "."
	if ns == "" || ns == "." {
		prefix = ""
	}
	for _, n := range all.V {
		v := in.absVal(prefix + n)
		if v != nil && (v.Type() == k.XT || isKeyed(v)) {
			out = append(out, n)
		}
	}
	return k.Syms(out...)
}

func isKeyed(v k.Value) bool {
	d, ok := v.(*k.Dict)
	if !ok {
		return false
	}
	_, ok = d.K.(*k.Table)
	return ok
}

// systemFn is the keyword `system`: run a system command given as text.
func (in *Interp) systemFn(x k.Value) k.Value {
	return in.system(textOf(x))
}

// exit is the keyword `exit`.
func (in *Interp) exit(x k.Value) k.Value {
	if in.sys.set.Sandbox && in.sys.caller.w != 0 || in.reval > 0 {
		k.Signal("access") // -u: not from clients; reval: not at all (docs/ref/eval.md)
	}
	panic(&ExitError{Code: int(toInt(x))})
}
