// This file defines the .z namespace: the environment values (.z.p, .z.x,
// .z.h …), the names of the callbacks q looks up (.z.pi, .z.ts …), and
// Call, the entry point through which the event loop runs them.

package interp

import (
	"fmt"
	"net"
	"os"
	"os/user"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"qgo/interp/k"
	"qgo/interp/syntax"
)

// Env is what the command line tells the .z namespace.
type Env struct {
	Script string   // .z.f: the script named on the command line, or ""
	Args   []string // .z.x: the arguments q does not take for itself
	Raw    []string // .z.X: the whole command line, program name first
	Quiet  bool     // .z.q: -q
}

// SetEnv sets the command-line values of .z.
func (in *Interp) SetEnv(e Env) { in.sys.env = e }

// SetClock sets the clock the .z time values read (.z.p, .z.t …); nil
// restores the system clock. Tests use it to fix the time.
func (in *Interp) SetClock(now func() time.Time) { in.sys.clock = now }

// caller is the request being served: the handle, user and address that
// .z.w, .z.u and .z.a report. The zero value is the console.
type caller struct {
	w    int32
	user string
	addr int32
	set  bool // user and addr were given; else the process's own
}

// SetCaller sets the handle, user and address .z.w, .z.u and .z.a report
// while a network message is handled, and returns a function that
// restores the previous ones. Handle 0 is the console.
func (in *Interp) SetCaller(w int32, user string, addr int32) (restore func()) {
	old := in.sys.caller
	in.sys.caller = caller{w: w, user: user, addr: addr, set: true}
	return func() { in.sys.caller = old }
}

// Handlers are the callbacks q looks up in .z, by their name after `.z.`.
// None is defined in a fresh session; the event loop uses its own default
// for each one that is not (see package zns).
var Handlers = []string{"ac", "bm", "exit", "pc", "pd", "pg", "ph", "pi", "pm", "po", "pp", "pq", "ps", "pw", "ts", "vs", "wc", "wo", "ws", "zd"}

// Handler returns the user's .z callback of that name ("pi", "ts",
// "exit" …), and whether one is defined.
func (in *Interp) Handler(name string) (k.Value, bool) {
	var c *global
	switch name {
	case "ps": // looked up for every message: by its cell, kept
		c = in.handlerCell(&in.zps, ".z.ps")
	case "pg":
		c = in.handlerCell(&in.zpg, ".z.pg")
	default:
		return in.absGet(dotzName(name))
	}
	return c.v, c.v != nil
}

// handlerCell is *p, the cell of the global g, found once (a cell stays
// its global's for the session: globals.go).
func (in *Interp) handlerCell(p **global, g string) *global {
	if *p == nil {
		*p = in.cell(g)
	}
	return *p
}

// dotzName is ".z."+name, without building the text for the handlers
// the loop looks up on every message.
func dotzName(name string) string {
	switch name {
	case "ps":
		return ".z.ps"
	case "pg":
		return ".z.pg"
	case "ts":
		return ".z.ts"
	case "pi":
		return ".z.pi"
	}
	return ".z." + name
}

// Call applies the callback f to args, as the event loop does for .z.ts,
// .z.pi and the rest. An error comes back as an *Error located in the
// innermost function; it never suspends. `\\` or `exit` inside f come
// back as *ExitError. Call does not keep args: with one argument nothing
// is allocated for them.
func (in *Interp) Call(f k.Value, args ...k.Value) (v k.Value, err error) {
	in.stop.Store(false)
	defer in.trapping(trapAbort)()
	defer func() {
		if r := recover(); r != nil {
			v, err = nil, in.caught(r, 0, traceFrame{}, false)
		}
	}()
	if len(args) == 1 && args[0] != nil {
		return in.apply1(f, args[0]), nil
	}
	return in.apply(f, slices.Clone(args)), nil // a projection may keep them
}

// CallAsync applies the handler f of an asynchronous message (.z.ps) to
// x under the error-trap mode of `\e` (-e), as q does: 0, the error
// comes back located in the innermost function, as from Call; 1, an error
// inside a function suspends at the console's q)) prompt, when there is a
// person at it, while the loop goes on serving; 2, the error comes back
// with the whole stack it unwound through, to be dumped on the console.
func (in *Interp) CallAsync(f, x k.Value) (v k.Value, err error) {
	mode := in.sys.set.ErrorMode
	if mode != 1 || !in.sys.suspend {
		v, err = in.Call(f, x)
		if mode == 2 {
			err = in.withStack(err)
		}
		return v, err
	}
	in.stop.Store(false)
	defer in.trapping(trapSuspend)()
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(aborted); ok {
				v, err = nil, nil // its debugger aborted it
				return
			}
			v, err = nil, in.caught(r, 0, traceFrame{}, false)
		}
	}()
	if x == nil {
		return in.apply(f, []k.Value{nil}), nil
	}
	return in.apply1(f, x), nil
}

// ClientErrorMode is the error-trap mode of clients' async messages and
// HTTP requests: `\e` (-e), 0, 1 or 2.
func (in *Interp) ClientErrorMode() int { return in.sys.set.ErrorMode }

// AsyncSuspends reports whether an error in an async message's handler,
// applied by CallAsync, would suspend at the console's q)) prompt: \e 1
// with a person at the console.
func (in *Interp) AsyncSuspends() bool {
	return in.sys.set.ErrorMode == 1 && in.sys.suspend
}

// withStack gives the error err with the location lines of every frame
// it unwound through, the innermost first (\e 2), as the stack of the
// error was when Call returned it.
func (in *Interp) withStack(err error) error {
	qe, ok := err.(*Error)
	if !ok || len(in.sys.lastStack) == 0 {
		return err
	}
	frames := in.sys.lastStack
	// [0] is the message itself, which q shows when it was a string
	// (value made it a frame: valueString); else the frames start at [1]
	bottom := 1
	if last := frames[len(frames)-1]; last.code == nil && last.src != "" {
		bottom = 0
	}
	var where []string
	for i, t := range frames {
		where = append(where, in.frameLines(t, len(frames)-1-i+bottom)...)
	}
	return &Error{Err: qe.Err, Where: where}
}

// Version is the kdb+ version qgo imitates: .z.K and .z.k.
const (
	Version     = 4.1
	versionDate = "2024.10.01"
)

// dotzValues are the environment values of .z, computed when read.
var dotzValues = map[string]func(in *Interp) k.Value{
	"r": func(in *Interp) k.Value {
		// whether an update here would be blocked: in reval, a client's
		// message under -b, a secondary thread (docs/ref/dotz.md#zr-blocked)
		return k.B(in.reval > 0 || in.noUpdate || in.remoteBlocked())
	},
	"a": func(in *Interp) k.Value {
		if in.sys.caller.set {
			return k.I(in.sys.caller.addr)
		}
		return k.I(hostInfo().addr)
	},
	"b": (*Interp).viewDeps,
	"c": func(*Interp) k.Value { return k.I(int32(runtime.NumCPU())) },
	"D": func(in *Interp) k.Value { return date(in.localNow()) },
	"d": func(in *Interp) k.Value { return date(in.now()) },
	"e": func(*Interp) k.Value { return &k.Dict{K: k.NewList(), V: k.NewList()} },
	"f": func(in *Interp) k.Value { return k.S(in.sys.env.Script) },
	"H": (*Interp).dotzH,
	"h": func(*Interp) k.Value { return k.S(hostInfo().name) },
	"i": func(*Interp) k.Value { return k.I(int32(os.Getpid())) },
	"K": func(*Interp) k.Value { return k.F(Version) },
	"k": func(*Interp) k.Value {
		var y, m, d int
		fmt.Sscanf(versionDate, "%d.%d.%d", &y, &m, &d)
		return k.Atom[int32]{T: -k.KD, V: k.DaysFromYMD(y, m, d)}
	},
	"N": func(in *Interp) k.Value { return timespan(in.localNow()) },
	"n": func(in *Interp) k.Value { return timespan(in.now()) },
	"o": func(*Interp) k.Value { return k.S(osCode()) },
	"P": func(in *Interp) k.Value { return Timestamp(in.localNow()) },
	"p": func(in *Interp) k.Value { return Timestamp(in.now()) },
	"q": func(in *Interp) k.Value { return k.B(in.sys.env.Quiet) },
	"s": func(*Interp) k.Value { return k.Identity }, // outside a function; see dotzValue
	"T": func(in *Interp) k.Value { return timeOfDay(in.localNow()) },
	"t": func(in *Interp) k.Value { return timeOfDay(in.now()) },
	"u": func(in *Interp) k.Value {
		if in.sys.caller.set {
			return k.S(in.sys.caller.user)
		}
		return k.S(hostInfo().user)
	},
	"W": (*Interp).dotzW,
	"w": func(in *Interp) k.Value { return k.I(in.sys.caller.w) },
	"X": func(in *Interp) k.Value { return stringList(in.sys.env.Raw) },
	"x": func(in *Interp) k.Value { return stringList(in.sys.env.Args) },
	"Z": func(in *Interp) k.Value { return datetime(in.localNow()) },
	"z": func(in *Interp) k.Value { return datetime(in.now()) },
}

// dotzNames are the names of .z: the environment values and the
// callbacks, sorted.
func dotzNames() []string {
	names := append([]string(nil), Handlers...)
	for n := range dotzValues {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// dotzValue is the .z environment value called name (".z.p"), or nil.
// The evaluator asks for it when no global of that name exists.
func (in *Interp) dotzValue(name string, f *frame) k.Value {
	rest, ok := strings.CutPrefix(name, ".z.")
	if !ok {
		return nil
	}
	if rest == "s" && f != nil && f.code != nil && f.code.node != nil {
		// .z.s, the function running. (f must not reach the table's
		// functions: that would make every frame escape to the heap.)
		n := f.code.node
		return &k.Lambda{Src: n.Src, Params: n.Params, Ctx: f.ctx, Code: f.code}
	}
	if g := dotzValues[rest]; g != nil {
		return g(in)
	}
	return nil
}

// dotzDict is the namespace .z as a dictionary: the environment values
// and the callbacks the user has defined, by name.
func (in *Interp) dotzDict() k.Value {
	keys := []string{""}
	vals := []k.Value{k.Identity}
	var names []string
	for n := range dotzValues {
		names = append(names, n)
	}
	for n := range in.allGlobals() {
		if rest, ok := strings.CutPrefix(n, ".z."); ok && !strings.Contains(rest, ".") && dotzValues[rest] == nil {
			names = append(names, rest)
		}
	}
	sort.Strings(names)
	for _, n := range names {
		v, ok := in.absGet(".z." + n)
		if !ok {
			v = dotzValues[n](in)
		}
		keys = append(keys, n)
		vals = append(vals, v)
	}
	return &k.Dict{K: k.Syms(keys...), V: k.NewList(vals...)}
}

// stringList is a list of strings, q's form of .z.x.
func stringList(ss []string) k.Value {
	items := make([]k.Value, len(ss))
	for i, s := range ss {
		items[i] = k.Str(s)
	}
	return k.NewList(items...)
}

// now is the time by the interpreter's clock, in UTC.
func (in *Interp) now() time.Time {
	if in.sys.clock != nil {
		return in.sys.clock().UTC()
	}
	return time.Now().UTC()
}

// localNow is now as local time: UTC moved by `\o` if set, else by the
// machine's zone, but still labelled UTC so its fields read as local.
func (in *Interp) localNow() time.Time {
	t := in.now()
	if o := in.sys.offset; o != nil {
		return t.Add(time.Duration(*o) * time.Minute)
	}
	_, off := t.In(time.Local).Zone()
	return t.Add(time.Duration(off) * time.Second)
}

// epoch is q's time origin, 2000.01.01D00:00.
var epoch = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// Timestamp is the q timestamp of t's wall clock as if it were UTC.
func Timestamp(t time.Time) k.Value {
	return k.Atom[int64]{T: -k.KP, V: int64(t.Sub(epoch))}
}

// sinceMidnight is how far into its day t is.
func sinceMidnight(t time.Time) time.Duration {
	y, m, d := t.Date()
	return t.Sub(time.Date(y, m, d, 0, 0, 0, 0, t.Location()))
}

func timespan(t time.Time) k.Value {
	return k.Atom[int64]{T: -k.KN, V: int64(sinceMidnight(t))}
}

func timeOfDay(t time.Time) k.Value {
	return k.Atom[int32]{T: -k.KT, V: int32(sinceMidnight(t).Milliseconds())}
}

func date(t time.Time) k.Value {
	y, m, d := t.Date()
	return k.Atom[int32]{T: -k.KD, V: k.DaysFromYMD(y, int(m), d)}
}

func datetime(t time.Time) k.Value {
	ms := t.Sub(epoch).Milliseconds()
	return k.Atom[float64]{T: -k.KZ, V: float64(ms) / 86400000}
}

// osCode is .z.o: q's name for the platform.
func osCode() string {
	os := map[string]string{"linux": "l", "darwin": "m", "windows": "w", "solaris": "s"}[runtime.GOOS]
	if os == "" {
		os = runtime.GOOS[:1]
	}
	switch runtime.GOARCH {
	case "amd64":
		return os + "64"
	case "arm64":
		return os + "64arm"
	case "386", "arm":
		return os + "32"
	}
	return os + "64"
}

// host is what .z.h, .z.u and .z.a report outside a request.
type host struct {
	name, user string
	addr       int32
}

// hostInfo looks the host up once per process; it does not change.
var hostInfo = sync.OnceValue(func() host {
	h := host{addr: 127<<24 | 1}
	h.name, _ = os.Hostname()
	if u, err := user.Current(); err == nil {
		h.user = u.Username
	} else {
		h.user = os.Getenv("USER")
	}
	// .z.a is .Q.addr .z.h: the host name's address (/etc/hosts first),
	// else the first interface's.
	if ips, err := net.LookupIP(h.name); err == nil {
		for _, ip := range ips {
			if v4 := ip.To4(); v4 != nil {
				h.addr = int32(uint32(v4[0])<<24 | uint32(v4[1])<<16 | uint32(v4[2])<<8 | uint32(v4[3]))
				return h
			}
		}
	}
	if addrs, err := net.InterfaceAddrs(); err == nil {
		for _, a := range addrs {
			ip, ok := a.(*net.IPNet)
			if !ok || ip.IP.IsLoopback() {
				continue
			}
			if v4 := ip.IP.To4(); v4 != nil {
				h.addr = int32(uint32(v4[0])<<24 | uint32(v4[1])<<16 | uint32(v4[2])<<8 | uint32(v4[3]))
				break
			}
		}
	}
	return h
})

// valueSetOn reports whether an assignment must call .z.vs: one is
// defined and is not itself running.
func (in *Interp) valueSetOn() bool {
	if in.zvs == nil {
		if in.noUpdate {
			return false // a secondary thread's session sets no global
		}
		in.zvs = in.cell(".z.vs")
	}
	return in.zvs.v != nil && !in.inVS
}

// valueSet calls .z.vs[name;index] after assignment n, evaluated in frame
// f, set a global of the root namespace (docs/ref/dotz.md): the index is
// () for the whole variable, else the indices of an indexed assignment
// (m[1;1]:0 gives 1 1). Locals and names in other namespaces (.a.b) do
// not call it.
func (in *Interp) valueSet(n *syntax.Assign, f *frame) {
	if n.Pattern != nil || (f != nil && f.local && f.slot(n.Name) >= 0) {
		return
	}
	name := in.qualify(n.Name, f)
	if strings.HasPrefix(name, ".") {
		return
	}
	idx := k.Value(k.NewList())
	if n.Index != nil {
		items := make([]k.Value, len(in.vsIdx))
		for i, x := range in.vsIdx {
			if x == nil {
				x = k.Identity // an elided index
			}
			items[i] = x
		}
		idx = k.Unify(items)
	}
	in.inVS = true
	defer func() { in.inVS = false }()
	in.apply(in.zvs.v, []k.Value{k.S(name), idx})
}
