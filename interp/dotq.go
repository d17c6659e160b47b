// This file defines the natives of the .Q namespace: console text (.Q.s,
// .Q.s1, .Q.s2), decimal formatting (.Q.f), base-64/36 codes, base64, sha1,
// name sanitising (.Q.id), host lookups, memory statistics, timing, and
// -105!, the trap with a backtrace behind .Q.trp. The rest of .Q is q code
// in bootstrap/q.q.

package interp

import (
	"context"
	"crypto/sha1"
	"encoding/base64"
	"encoding/binary"
	"math"
	"net"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"time"

	"qgo/interp/format"
	"qgo/interp/k"
)

// dotqVerbs registers this file's verbs (verbtab.go calls it).
func dotqVerbs(t *verbTable) {
	t.native1(".Q.s", (*Interp).qS)
	t.native1(".Q.s1", func(in *Interp, x k.Value) k.Value { return k.Str(in.reprOf(x)) })
	t.native1(".Q.s2", (*Interp).qS2)
	t.native2(".Q.f", (*Interp).qF)
	t.native1(".Q.x10", func(in *Interp, x k.Value) k.Value {
		return eachAtom(x, func(v k.Value) k.Value { return k.Str(encodeBase(toInt(v), b6, 10)) })
	})
	t.native1(".Q.x12", func(in *Interp, x k.Value) k.Value {
		return eachAtom(x, func(v k.Value) k.Value { return k.Str(encodeBase(toInt(v), nA, 12)) })
	})
	t.native1(".Q.j10", func(in *Interp, x k.Value) k.Value {
		return eachString(x, func(s string) k.Value { return k.J(decodeBase(s, b6)) })
	})
	t.native1(".Q.j12", func(in *Interp, x k.Value) k.Value {
		return eachString(x, func(s string) k.Value { return k.J(decodeBase(s, nA)) })
	})
	t.native1(".Q.bt", (*Interp).backtrace)
	t.native1(".Q.btoa", func(in *Interp, x k.Value) k.Value { return k.Str(base64.StdEncoding.EncodeToString(bytesOf(x))) })
	t.native1(".Q.atob", qAtob)
	t.native1(".Q.sha1", func(in *Interp, x k.Value) k.Value {
		h := sha1.Sum(bytesOf(x))
		return &k.Vec[uint8]{T: k.KX, V: h[:]}
	})
	t.native1(".Q.id", (*Interp).qID)
	// each lookup may wait for a name server: an interrupt (-T, Ctrl-C)
	// ends a list of them between lookups
	t.native1(".Q.host", func(in *Interp, x k.Value) k.Value {
		return eachAtom(x, func(v k.Value) k.Value { in.checkStop(); return qHost(v) })
	})
	t.native1(".Q.addr", func(in *Interp, x k.Value) k.Value {
		return eachAtom(x, func(v k.Value) k.Value { in.checkStop(); return qAddr(v) })
	})
	t.native1(".Q.w", func(in *Interp, x k.Value) k.Value { return in.memStats() })
	t.native1(".Q.qp", (*Interp).qQp)
	t.native1(".Q.gc", func(in *Interp, x k.Value) k.Value {
		runtime.GC()
		debug.FreeOSMemory()
		return k.J(0)
	})
	t.native2(".Q.ts", (*Interp).qTs)
	t.internal(-105, (*Interp).trapTrace)
}

// The alphabets of .Q.x10 (base 64, .Q.b6) and .Q.x12 (base 36, .Q.nA).
const (
	b6 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	nA = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
)

// eachAtom applies f to an atom, or to each item of a list.
func eachAtom(x k.Value, f func(k.Value) k.Value) k.Value {
	if x.Type() < 0 {
		return f(x)
	}
	if !k.IsList(x) {
		k.Signal("type")
	}
	items := k.Items(x)
	out := make([]k.Value, len(items))
	for i, it := range items {
		out[i] = eachAtom(it, f)
	}
	return k.Unify(out)
}

// eachString applies f to a string, or to each string of a list of them.
func eachString(x k.Value, f func(string) k.Value) k.Value {
	if s, ok := x.(*k.Vec[uint8]); ok && s.T == k.KC {
		return f(string(s.V))
	}
	if l, ok := x.(*k.List); ok {
		out := make([]k.Value, len(l.V))
		for i, it := range l.V {
			out[i] = eachString(it, f)
		}
		return k.Unify(out)
	}
	k.Signal("type")
	return nil
}

// bytesOf is the bytes of a string, a byte vector, or a char or byte atom.
func bytesOf(x k.Value) []byte {
	switch v := x.(type) {
	case *k.Vec[uint8]:
		return v.V
	case k.Atom[uint8]:
		return []byte{v.V}
	case k.Atom[string]:
		return []byte(v.V)
	}
	k.Signal("type")
	return nil
}

// encodeBase writes n with exactly width digits of the alphabet, as
// b6@0x40 vs n does: the high digits that do not fit are dropped.
func encodeBase(n int64, alpha string, width int) string {
	base := uint64(len(alpha))
	u := uint64(n)
	b := make([]byte, width)
	for i := width - 1; i >= 0; i-- {
		b[i] = alpha[u%base]
		u /= base
	}
	return string(b)
}

// decodeBase reads digits of the alphabet, as base sv alpha?s does.
func decodeBase(s, alpha string) int64 {
	var n int64
	base := int64(len(alpha))
	for i := 0; i < len(s); i++ {
		d := strings.IndexByte(alpha, s[i])
		if d < 0 {
			d = len(alpha)
		}
		n = n*base + int64(d)
	}
	return n
}

// qAtob is .Q.atob: decode base64 text to bytes.
func qAtob(in *Interp, x k.Value) k.Value {
	s := strings.TrimRight(string(bytesOf(x)), "=")
	b, err := base64.RawStdEncoding.DecodeString(s)
	if err != nil {
		k.Signal("domain")
	}
	return &k.Vec[uint8]{T: k.KX, V: b}
}

// qS is .Q.s: the console text of x, each line ended by a newline.
func (in *Interp) qS(x k.Value) k.Value {
	if k.IsIdentity(x) {
		return k.Str("")
	}
	text := format.Console(x, in.opts)
	if text == "" {
		return k.Str("")
	}
	return k.Str(text + "\n")
}

// qS2 is .Q.s2: the lines of the console display of x, not cut to the
// console size (.Q.S cuts them).
func (in *Interp) qS2(x k.Value) k.Value {
	o := in.opts
	o.Rows, o.Cols = 0, 0
	text := format.Console(x, o)
	if text == "" {
		return k.NewList()
	}
	lines := strings.Split(text, "\n")
	out := make([]k.Value, len(lines))
	for i, l := range lines {
		out[i] = k.Str(l)
	}
	return k.NewList(out...)
}

// qF is .Q.f[x;y]: y with x decimal places, rounded; q's own definition
// is f:{$[^y;"";y<0;"-",f[x;-y];y<1;1_f[x;10+y];9e15>j:"j"$y*prd x#10f;
// (x_j),".",(x:-x)#j:$j;$y]}.
func (in *Interp) qF(x, y k.Value) k.Value {
	if y.Type() >= 0 {
		k.Signal("type")
	}
	n := int(toInt(x))
	if k.IsNull(y) {
		return k.Str("")
	}
	return k.Str(in.fixed(n, numFloat(y), y))
}

// fixed formats v with n decimals; orig, if not nil, is the atom that
// `string` shows when v is too big for the fixed form.
func (in *Interp) fixed(n int, v float64, orig k.Value) string {
	switch {
	case v < 0:
		return "-" + in.fixed(n, -v, nil)
	case v < 1:
		return in.fixed(n, 10+v, nil)[1:]
	}
	// q's .Q.f makes x#10f to take its product: a count no workspace
	// holds is 'wsfull there, and here, rather than a loop of 0W steps
	if n > 0 {
		k.Reserve(n, 8)
	}
	scale := 1.0
	for i := 0; i < n && !math.IsInf(scale, 1); i++ {
		scale *= 10
	}
	if j := v * scale; j < 9e15 {
		s := strconv.FormatInt(int64(math.Round(j)), 10)
		if n <= 0 {
			return s + "."
		}
		return s[:len(s)-n] + "." + s[len(s)-n:]
	}
	if orig == nil {
		orig = k.F(v)
	}
	return format.String(orig, in.opts)
}

// numFloat converts a numeric atom to float64.
func numFloat(v k.Value) float64 {
	switch a := v.(type) {
	case k.Atom[float64]:
		return a.V
	case k.Atom[float32]:
		return float64(a.V)
	case k.Atom[bool]:
		if a.V {
			return 1
		}
		return 0
	}
	return float64(toInt(v))
}

// qHost is .Q.host: the host name of an IPv4 address given as an int.
func qHost(x k.Value) k.Value {
	n := toInt(x)
	var ip [4]byte
	binary.BigEndian.PutUint32(ip[:], uint32(n))
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	names, err := net.DefaultResolver.LookupAddr(ctx, net.IP(ip[:]).String())
	if err != nil || len(names) == 0 {
		return k.S("")
	}
	return k.S(strings.TrimSuffix(names[0], "."))
}

// qAddr is .Q.addr: the IPv4 address of a host name (symbol or string) as
// an int, -1i when it cannot be resolved.
func qAddr(x k.Value) k.Value {
	var host string
	switch v := x.(type) {
	case k.Atom[string]:
		host = v.V
	case k.Atom[uint8]:
		host = string([]byte{v.V})
	default:
		k.Signal("type")
	}
	if ip := net.ParseIP(host).To4(); ip != nil {
		return k.I(int32(binary.BigEndian.Uint32(ip)))
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	ips, err := net.DefaultResolver.LookupIP(ctx, "ip4", host)
	if err != nil || len(ips) == 0 {
		return k.I(-1)
	}
	return k.I(int32(binary.BigEndian.Uint32(ips[0].To4())))
}

// memStats is .Q.w[]: the memory statistics q reports, from Go's runtime
// (k.Stats), with the workspace limit.
func (in *Interp) memStats() k.Value {
	m := k.Stats()
	keys := k.Syms("used", "heap", "peak", "wmax", "mmap", "mphy", "syms", "symw")
	vals := k.Longs(m.Used, m.Heap, m.Peak, in.sys.workspace, mapLiveBytes.Load(), m.Phys, 0, 0)
	return &k.Dict{K: keys, V: vals}
}

// qTs is .Q.ts[f;args]: apply f to args and return (milliseconds; bytes
// allocated) and the result.
func (in *Interp) qTs(f, args k.Value) k.Value {
	var m0, m1 runtime.MemStats
	runtime.ReadMemStats(&m0)
	t0 := time.Now()
	v := in.apply(f, k.Items(args))
	ms := time.Since(t0).Milliseconds()
	runtime.ReadMemStats(&m1)
	return k.NewList(k.Longs(ms, k.Allocated(&m1)-k.Allocated(&m0)), v)
}

// qWords are the names q defines in its .q namespace (q.k), which .Q.id
// treats as reserved too: a list the linker lays out, not one cut from a
// string at every start.
var qWords = []string{
	"neg", "not", "null", "string", "reciprocal", "floor", "ceiling", "signum", "mod", "xbar", "xlog",
	"and", "or", "each", "scan", "over", "prior", "mmu", "lsq", "inv", "md5", "ltime", "gtime",
	"count", "first", "svar", "sdev", "scov", "med", "all", "any", "rand", "sums", "prds", "mins",
	"maxs", "fills", "deltas", "ratios", "avgs", "differ", "prev", "next", "rank", "reverse", "iasc",
	"idesc", "asc", "desc", "msum", "mcount", "mavg", "mdev", "xrank", "mmin", "mmax", "xprev",
	"rotate", "ema", "distinct", "group", "where", "flip", "type", "key", "til", "value", "get",
	"attr", "cut", "set", "upsert", "raze", "union", "inter", "except", "cross", "sv", "vs",
	"sublist", "read0", "read1", "hclose", "hdel", "hsym", "hcount", "peach", "system", "ltrim",
	"rtrim", "trim", "lower", "upper", "ssr", "view", "tables", "views", "cols", "xcols", "keys",
	"xkey", "xcol", "xasc", "xdesc", "fkeys", "meta", "lj", "ljf", "aj", "aj0", "ajf", "ajf0", "ij",
	"ijf", "pj", "asof", "uj", "ujf", "ww", "wj", "wj1", "fby", "xgroup", "ungroup", "ej", "save",
	"load", "rsave", "rload", "dsave", "show", "csv", "parse", "eval", "reval",
}

// qWordSet is qWords as a set, made when first asked (.Q.id, a name
// in .q), not at every start.
var qWordSet = sync.OnceValue(func() map[string]bool {
	m := make(map[string]bool, len(qWords))
	for _, s := range qWords {
		m[s] = true
	}
	return m
})

// reserved reports whether .Q.id suffixes the name s with "1": the column
// name i, a word of .Q.res, or a name of the .q namespace.
func (in *Interp) reserved(s string) bool {
	if s == "i" || qWordSet()[s] {
		return true
	}
	if res, ok := in.absVal(".Q.res").(*k.Vec[string]); ok {
		for _, r := range res.V {
			if r == s {
				return true
			}
		}
	}
	return false
}

// qID is .Q.id: a symbol with the characters that may not appear in a
// name removed (and "a" put in front when it would not start with a
// letter); for a table or dictionary, its column names or keys made valid
// and unique.
func (in *Interp) qID(x k.Value) k.Value {
	switch v := x.(type) {
	case k.Atom[string]:
		return k.S(idName(v.V))
	case *k.Vec[string]:
		out := make([]string, len(v.V))
		for i, s := range v.V {
			out[i] = idName(s)
		}
		return k.Syms(out...)
	case *k.Table:
		return &k.Table{Cols: k.Syms(in.idCols(v.Cols.V)...), Data: v.Data}
	case *k.Dict:
		kt, ok1 := v.K.(*k.Table)
		vt, ok2 := v.V.(*k.Table)
		if ok1 && ok2 {
			names := in.idCols(append(append([]string{}, kt.Cols.V...), vt.Cols.V...))
			n := len(kt.Cols.V)
			return &k.Dict{K: &k.Table{Cols: k.Syms(names[:n]...), Data: kt.Data},
				V: &k.Table{Cols: k.Syms(names[n:]...), Data: vt.Data}}
		}
		if s, ok := v.K.(*k.Vec[string]); ok {
			return &k.Dict{K: k.Syms(in.idCols(s.V)...), V: v.V}
		}
	}
	k.Signal("type")
	return nil
}

// idName keeps the alphanumerics and underscores of s, and puts "a" in
// front unless the result starts with a letter.
func idName(s string) string {
	b := make([]byte, 0, len(s)+1)
	for i := 0; i < len(s); i++ {
		if c := s[i]; isAlnum(c) || c == '_' {
			b = append(b, c)
		}
	}
	if len(b) == 0 || !isAlpha(b[0]) {
		b = append([]byte{'a'}, b...)
	}
	return string(b)
}

// idCols makes column names valid: each sanitised, reserved words given a
// "1", and a name that repeats an earlier one given its repeat count.
func (in *Interp) idCols(names []string) []string {
	out := make([]string, len(names))
	seen := map[string]int{}
	for i, s := range names {
		s = idName(s)
		if in.reserved(s) {
			s += "1"
		}
		n := seen[s]
		seen[s] = n + 1
		if n > 0 {
			s += strconv.Itoa(n)
		}
		out[i] = s
	}
	return out
}

func isAlpha(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func isAlnum(c byte) bool { return isAlpha(c) || c >= '0' && c <= '9' }

// trapTrace is -105!(f;args;h) (q.k: .Q.trp:{-105!(x;,y;z)}): f applied
// to the list args; if that signals, h applied to the message and the
// backtrace. An optional fourth item names the function that called -105!
// in the backtrace, as q shows .Q.trp or .Q.trpd.
//
// The backtrace is a list of frames, innermost first, each the text q
// prints for it (a line of source and a line with the caret), numbered
// from the console's [0]; .Q.sbt joins them. It holds the frames the
// error unwound through inside f, the frame of the caller, and the
// frames below it: the functions that called it and the console
// statement, or in a handler the functions down to the outermost, which
// is [0] (docs/basics/debug.md's .z.pg example).
func (in *Interp) trapTrace(x k.Value) k.Value {
	items := k.Items(x)
	if !k.IsList(x) || len(items) < 3 || len(items) > 4 {
		k.Signal("rank")
	}
	f, args, h := items[0], k.ArgItems(items[1]), items[2]
	caller := "-105!"
	if len(items) == 4 {
		caller = signalText(items[3])
	}
	depth := in.depth
	s := &in.sys
	top := s.top
	top.pos = s.pos
	console := s.topLine.src != "" && top.src != "" // a console statement is frame [0]
	// The frames below -105!'s caller (.Q.trp's own), innermost first:
	// under a console statement, numbered down to [1]; in a handler
	// (.z.pg, a timer), where no statement is below, down to [0].
	var callers []traceFrame
	switch {
	case console:
	case s.loading == 0 && len(s.levels) == 0 && in.cur != nil:
		depth-- // the outermost function is [0]
	default:
		depth = -depth // what lies below is not known here: show none
	}
	if in.cur != nil && depth >= 0 {
		for fr := in.cur.parent; fr != nil && len(callers) < depth; fr = fr.parent {
			callers = append(callers, traceFrame{code: fr.code, pos: fr.pos})
		}
	}
	v, e, frames := in.tryTrace(f, args)
	if e == nil {
		return v
	}
	if depth < 0 {
		depth = -depth
	}
	n := len(frames)
	bt := make([]k.Value, 0, n+len(callers)+2)
	for i, t := range frames {
		lines := in.frameLines(t, depth+n-i)
		bt = append(bt, k.Str(strings.Join(lines, "\n")+"\n"))
	}
	if in.cur != nil {
		bt = append(bt, k.Str("  ["+strconv.Itoa(depth)+"]  ("+caller+")\n\n"))
	}
	for j, t := range callers {
		bt = append(bt, k.Str(strings.Join(in.frameLines(t, depth-1-j), "\n")+"\n"))
	}
	if console && depth == len(callers)+1 {
		bt = append(bt, k.Str(strings.Join(in.frameLines(top, 0), "\n")+"\n"))
	}
	return in.apply(h, []k.Value{k.Str(e.Msg), k.NewList(bt...)})
}

// tryTrace applies f to args, and on a q signal returns it with the
// frames it unwound through.
func (in *Interp) tryTrace(f k.Value, args []k.Value) (v k.Value, e *k.Error, frames []traceFrame) {
	depth := in.depth
	restore := in.trapping(trapAbort)
	defer func() {
		restore()
		r := recover()
		if r == nil {
			return
		}
		err, ok := r.(*k.Error)
		if !ok {
			panic(r)
		}
		in.depth = depth
		s := &in.sys
		if s.traceErr == err {
			frames = append(frames, s.trace...)
			s.resetTrace()
		}
		e = err
	}()
	return in.apply(f, args), nil, nil
}

// qQp is .Q.qp x: 1b for a partitioned table, 0b for a splayed one \l
// mapped, 0 for anything else, a selection from either included
// (docs/ref/dotq.md#qp-is-partitioned).
func (in *Interp) qQp(x k.Value) k.Value {
	switch {
	case in.partOf(x) != nil:
		return k.B(true)
	case in.isSplay(x):
		return k.B(false)
	}
	return k.J(0)
}
