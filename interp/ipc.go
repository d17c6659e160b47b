// This file defines the interpreter's side of interprocess communication:
// hopen and hclose on processes, applying a connection handle (h x sync,
// neg[h] x async, neg[h][] flush, h[] receive), handle 0, the one-shot
// request `::port "x"`, and the internal functions -30! (deferred
// response), -25! (async broadcast) and -26! (TLS settings). What a
// hopen argument names is package handle's; the sockets themselves
// belong to the host (package zns, over package netipc).

package interp

import (
	"context"
	"errors"
	"net"
	"strconv"
	"strings"
	"time"

	"qgo/interp/handle"
	"qgo/interp/k"
)

// IPC is what the interpreter asks of the process for talking to other
// kdb+ processes; the event loop (package zns) implements it beside Host.
// Messages are whole kdb+ IPC messages, header included, as k.Encode
// writes them. Every method is called from inside an evaluation, so on
// the loop goroutine, and the blocking ones (Hopen, Request, Flush,
// Receive) block it, as q does. Errors are the q signals to raise: a
// *k.Error, or an *ExitError when a message served while waiting ended
// the session.
type IPC interface {
	// Hopen connects to a kdb+ process at address on network ("tcp" or
	// "unix") and logs in as user with password; timeout, if not zero,
	// bounds the connection and the handshake. It returns the handle.
	Hopen(network, address, user, password string, timeout time.Duration) (int, error)
	// Hclose closes connection h, dropping what is queued on it.
	Hclose(h int) error
	// IsHandle reports whether h is an open connection.
	IsHandle(h int) bool
	// Request sends msg, a sync request, on h after what is queued
	// there, and returns the response message. While it waits it serves
	// what arrives on h, through the .z handlers.
	Request(h int, msg []byte) ([]byte, error)
	// Send queues msg, an async message, on h.
	Send(h int, msg []byte) error
	// Flush blocks until what is queued on h has been written.
	Flush(h int) error
	// Receive blocks until an async message arrives on h and returns
	// it, serving sync requests that come first.
	Receive(h int) ([]byte, error)
	// Defer marks the sync request being served as answered later, with
	// Respond (-30!(::)).
	Defer() error
	// Respond sends msg, a response message, on h, whose sync request
	// was deferred (-30!(h;b;x)).
	Respond(h int, msg []byte) error
	// Handles lists the open connections in ascending order.
	Handles() []int
	// Queued is the number of bytes queued on h and not yet written.
	Queued(h int) int64
}

// ipc is the host's IPC side, or nil when the host has none.
func (in *Interp) ipc() IPC {
	c, _ := in.sys.host.(IPC)
	return c
}

// ipcVerbs registers this file's verbs (verbtab.go calls it).
func ipcVerbs(t *verbTable) {
	t.internal(-26, func(in *Interp, x k.Value) k.Value { return handle.TLSSettings(x) })
	t.monad("hopen", (*Interp).hopenVerb)
	t.monad("hclose", (*Interp).hclose)
	t.internal(-30, (*Interp).deferred)
	t.internal(-25, (*Interp).broadcast)
}

// hopenVerb is the keyword hopen: a connection to a process (host:port,
// unix://, tcps://, a WebSocket), else a file (file_handle.go).
func (in *Interp) hopenVerb(x k.Value) k.Value {
	if p, ok := fifoPath(x); ok {
		in.sandboxFile()
		return in.openFifo(p)
	}
	if t, ok := handle.Parse(x); ok {
		return in.hopen(t)
	}
	if t, ok := serviceTarget(x); ok {
		return in.hopen(t)
	}
	if p, ok := handlePath(x); ok {
		in.sandboxFile()
		return in.openFile(p)
	}
	k.Signal(k.ErrNyi)
	return nil
}

// serviceTarget reads `:host:service[:user:password], a process named
// with a service name for its port: a colon after the leading one names a
// process, never a file (docs/ref/hopen.md: "do not use colons in a
// file-path"), so a service the system does not know is 'hop, as
// getaddrinfo reports it. A drive letter (`:c:/q/f.txt) stays a path.
func serviceTarget(x k.Value) (handle.Target, bool) {
	s, ok := symOrString(x)
	if !ok || strings.Contains(s, "://") {
		return handle.Target{}, false
	}
	rest, ok := strings.CutPrefix(s, ":")
	if !ok {
		return handle.Target{}, false
	}
	host, after, ok := strings.Cut(rest, ":")
	if !ok || (len(host) == 1 && strings.HasPrefix(after, "/")) {
		return handle.Target{}, false
	}
	svc, cred, _ := strings.Cut(after, ":")
	port, err := net.LookupPort("tcp", svc)
	if err != nil || port <= 0 {
		k.Signal("hop. OS reports: Servname not supported for ai_socktype")
	}
	t, ok := handle.Parse(k.S(":" + host + ":" + strconv.Itoa(port)))
	if !ok {
		return handle.Target{}, false
	}
	t.User, t.Password, _ = strings.Cut(cred, ":")
	return t, true
}

// hclose is the keyword hclose: it closes a connection, a WebSocket
// (http.go) or a file (file_handle.go).
func (in *Interp) hclose(x k.Value) k.Value {
	if h, ok := handleArg(x); ok {
		if c := in.ipc(); c != nil && c.IsHandle(h) {
			if err := c.Hclose(h); err != nil {
				panic(ipcError(err))
			}
			return k.Identity
		}
		if ws := in.webSockets(); ws != nil && h > 2 && ws.IsWebSocket(h) {
			if err := ws.WSClose(h); err != nil {
				panic(ipcError(err))
			}
			return k.Identity
		}
	}
	h, ok := intArg(x)
	if ok && in.closeFile(h) {
		return k.Identity
	}
	if !ok {
		k.Signal(k.ErrType)
	}
	if h > 2 || h < 0 {
		// no connection, WebSocket or file has this number (nor has any
		// negative one, a null handle 0Ni among them): closing it fails
		// as the OS's close does (TorQ traps it as "handle already
		// closed")
		k.Signal("close. OS reports: Bad file descriptor")
	}
	k.Signal(k.ErrNyi) // the console's own descriptors, 0 1 2
	return nil
}

// Decode reads a whole IPC message into the value it carries, compiling
// any lambdas in it (as -9! does). A malformed message is 'badmsg. The
// event loop calls it for the messages it serves.
func (in *Interp) Decode(msg []byte) (v k.Value, err error) {
	defer in.recoverErr(&err)
	v, lambdas, err := in.dec.Decode(msg)
	if err != nil {
		return nil, asQError(err)
	}
	if lambdas {
		v = in.revive(v)
	}
	return v, nil
}

// handleArg reads a handle: an int, short or long atom.
func handleArg(x k.Value) (int, bool) {
	h, ok := handle.Int(x)
	return int(h), ok
}

// integer reads a short, int or long atom (handle.Int).
func integer(x k.Value) (int64, bool) { return handle.Int(x) }

// hopen connects to t and returns the handle as an int. Without
// credentials it logs in as this process's user (.z.u), as q does.
func (in *Interp) hopen(t handle.Target) k.Value {
	c := in.ipc()
	if c == nil {
		k.Signal(k.ErrNyi)
	}
	user := t.User
	if user == "" {
		user = hostInfo().user
	}
	h, err := c.Hopen(t.Network, t.Address, user, t.Password, t.Timeout)
	if err != nil {
		panic(ipcError(err))
	}
	return k.I(int32(h))
}

// ipcError is the signal for an error from the host: a q error, or the
// end of the session, passed on as it is.
func ipcError(err error) any {
	var x *ExitError
	if errors.As(err, &x) {
		return x
	}
	return asQError(err)
}

// ipcWrite applies handle h to x when h is a connection or handle 0 (the
// handle application of verbs.go asks it first), and reports whether it
// did. h x is a sync request and gives the response; neg[h] x queues an
// async message; neg[h][] and neg[h](::) flush; h[] waits for the next
// async message. 0 x evaluates x through .z.ps, which defaults to value.
func (in *Interp) ipcWrite(h int64, x k.Value) (k.Value, bool) {
	if h == 0 {
		if ps, ok := in.absGet(".z.ps"); ok && x != nil && !k.IsIdentity(x) {
			return in.apply(ps, []k.Value{x}), true
		}
		return nil, false
	}
	c := in.ipc()
	n := h
	if n < 0 {
		n = -n
	}
	if c == nil || n <= 2 || n > 1<<31 || in.fileFor(n) != nil {
		return nil, false
	}
	if !c.IsHandle(int(n)) {
		if x == nil || k.IsIdentity(x) || k.IsFunc(x.Type()) {
			k.Signal("type") // 3[::]: an int that is no open handle is not applicable
		}
		k.Signal("Cannot write to handle " + strconv.FormatInt(n, 10) + ". OS reports: Bad file descriptor")
	}
	noArg := x == nil || k.IsIdentity(x)
	switch {
	case h < 0 && noArg:
		if err := c.Flush(int(n)); err != nil {
			panic(ipcError(err))
		}
		return k.Identity, true
	case h < 0:
		if err := in.sendAsync(c, int(n), x); err != nil {
			panic(ipcError(err))
		}
		return k.Identity, true
	case noArg:
		resp, err := c.Receive(int(n))
		if err != nil {
			panic(ipcError(err))
		}
		return in.response(resp), true
	}
	resp, err := c.Request(int(n), encodeMsg(x, k.MsgSync))
	if err != nil {
		panic(ipcError(err))
	}
	return in.response(resp), true
}

// isConnection reports whether x is the handle of an open connection,
// or its negation: applicable, so @[h;x;e] and .[h;x;e] trap.
func (in *Interp) isConnection(x k.Value) bool {
	h, ok := handleArg(x)
	if h < 0 {
		h = -h
	}
	c := in.ipc()
	return ok && c != nil && h > 2 && c.IsHandle(h)
}

// copySender is an IPC whose Send can copy the message before it
// returns (zns.Loop), so that the buffer can be reused.
type copySender interface {
	SendCopy(h int, msg []byte) error
}

// sendAsync queues x on connection h as an async message (neg[h] x).
// A small message is encoded into the session's one send buffer, which
// the IPC copies, so that a stream of them allocates nothing for their
// bytes; a large one gets a buffer of its own.
func (in *Interp) sendAsync(c IPC, h int, x k.Value) error {
	cs, ok := c.(copySender)
	if !ok {
		return c.Send(h, encodeMsg(x, k.MsgAsync))
	}
	b, err := k.AppendEncode(in.sendBuf[:0], x, k.MsgAsync)
	if err != nil {
		panic(asQError(err))
	}
	if cap(b) > maxSendBuf {
		in.sendBuf = nil // not kept: it was for one large message
		return c.Send(h, b)
	}
	in.sendBuf = b
	return cs.SendCopy(h, b)
}

// maxSendBuf is the largest send buffer a session keeps between messages.
const maxSendBuf = 16 << 10

// encodeMsg serializes x as a message of type t, or signals.
func encodeMsg(x k.Value, t byte) []byte {
	b, err := k.Encode(x, t)
	if err != nil {
		panic(asQError(err))
	}
	return b
}

// response is the value a response (or received async) message carries;
// an error object is signalled, as q re-signals a remote error.
func (in *Interp) response(msg []byte) k.Value {
	v, err := k.Decode(msg)
	if err != nil {
		panic(asQError(err))
	}
	if e, ok := v.(*k.ErrVal); ok {
		k.Signal(e.Msg)
	}
	return in.revive(v)
}

// oneShot is the one-shot request: `:host:port "x"` (any hopen target
// as a symbol) opens a connection, sends x as a sync request, closes the
// connection and gives the response; `::[(target;timeout);x]` the same
// with a timeout. It reports false when sym and args are not one.
func (in *Interp) oneShot(sym string, args []k.Value) (k.Value, bool) {
	var t handle.Target
	var x k.Value
	switch {
	case len(args) == 1 && args[0] != nil && isHTTPTarget(sym):
		return in.rawHTTP(sym, args[0]), true // docs/kb/http.md: http_raw.go
	case len(args) == 1 && args[0] != nil:
		var ok bool
		if t, ok = handle.Parse(k.S(sym)); !ok {
			return nil, false
		}
		x = args[0]
	case len(args) == 2 && (sym == ":" || sym == "::") && args[0] != nil && args[1] != nil:
		var ok bool
		if t, ok = handle.Parse(args[0]); !ok {
			return nil, false
		}
		x = args[1]
	default:
		return nil, false
	}
	if in.ipc() == nil {
		return in.oneShotSecondary(t, x)
	}
	if o, ok := in.sys.host.(OneShotter); ok {
		// a one-shot serves nothing while it waits: a message before the
		// response is 'expected response (docs/basics/errors.md)
		return in.oneShotVia(o, t, x), true
	}
	h := int64(in.hopen(t).(k.Atom[int32]).V)
	defer in.ipc().Hclose(int(h))
	v, _ := in.ipcWrite(h, x)
	return v, true
}

// OneShotter is what the host offers a secondary thread's session (peach),
// which has no IPC of its own, for the one-shot request: sockets may be
// used there only so (docs/ref/each.md, docs/basics/peach.md). OneShot
// connects to address on network as hopen does, sends msg, a sync request,
// waits for the response, serving nothing, closes the connection and
// returns the response message; the end of ctx (the session's interrupt)
// ends the dial and the wait. It is safe from any goroutine.
type OneShotter interface {
	OneShot(ctx context.Context, network, address, user, password string, timeout time.Duration, msg []byte) ([]byte, error)
}

// oneShotSecondary is the one-shot request x to t from a secondary
// thread's session, made through its main session's host; ok is false
// in a session with no such host.
func (in *Interp) oneShotSecondary(t handle.Target, x k.Value) (k.Value, bool) {
	if in.main == nil {
		return nil, false
	}
	o, ok := in.main.sys.host.(OneShotter)
	if !ok {
		return nil, false
	}
	return in.oneShotVia(o, t, x), true
}

// oneShotVia makes the one-shot request x to t through o, which connects,
// sends x, waits for the response, serving nothing, and closes.
func (in *Interp) oneShotVia(o OneShotter, t handle.Target, x k.Value) k.Value {
	user := t.User
	if user == "" {
		user = hostInfo().user
	}
	// an interrupt (Ctrl-C, -T on the main session) ends the wait: a peer
	// that never answers held peach, and the loop waiting on it, for ever
	ctx, done := in.netWait()
	defer done()
	resp, err := o.OneShot(ctx, t.Network, t.Address, user, t.Password, t.Timeout, encodeMsg(x, k.MsgSync))
	if ctx.Err() != nil {
		in.checkStop()
		k.Signal("stop")
	}
	if err != nil {
		panic(ipcError(err))
	}
	return in.response(resp)
}

// deferred is -30!: -30!(::) defers the response to the sync request
// being served; -30!(h;0b;x) sends x as the response on h, and
// -30!(h;1b;msg) the error msg (a string or symbol).
func (in *Interp) deferred(x k.Value) k.Value {
	c := in.ipc()
	if c == nil {
		k.Signal(k.ErrNyi)
	}
	if k.IsIdentity(x) {
		if err := c.Defer(); err != nil {
			panic(ipcError(err))
		}
		return k.Identity
	}
	items := k.Items(x)
	if len(items) != 3 {
		k.Signal(k.ErrLength)
	}
	h, ok := handleArg(items[0])
	isErr, isBool := items[1].(k.Atom[bool])
	if !ok || !isBool {
		k.Signal(k.ErrType)
	}
	v := items[2]
	if isErr.V {
		v = &k.ErrVal{Msg: errText(v)}
	}
	if !c.IsHandle(h) {
		k.Signal("domain")
	}
	if err := c.Respond(h, encodeMsg(v, k.MsgResponse)); err != nil {
		panic(ipcError(err))
	}
	return k.Identity
}

// errText is the message of an error given as a string or a symbol.
func errText(v k.Value) string {
	switch e := v.(type) {
	case k.Atom[string]:
		return e.V
	case *k.Vec[uint8]:
		if e.T == k.KC {
			return string(e.V)
		}
	case k.Atom[uint8]:
		if e.T == -k.KC {
			return string([]byte{e.V})
		}
	}
	k.Signal(k.ErrType)
	return ""
}

// broadcast is -25!(handles;x): x serialized once and queued as an async
// message on every handle. A handle that is not a connection signals
// 'N is not an ipc handle, and then nothing is sent.
func (in *Interp) broadcast(x k.Value) k.Value {
	c := in.ipc()
	if c == nil {
		k.Signal(k.ErrNyi)
	}
	items := k.Items(x)
	if len(items) != 2 {
		k.Signal(k.ErrLength)
	}
	var hs []int
	for _, it := range k.Items(items[0]) {
		h, ok := handleArg(it)
		if !ok {
			k.Signal(k.ErrType)
		}
		if h < 0 {
			h = -h
		}
		if !c.IsHandle(h) {
			k.Signal(strconv.Itoa(h) + " is not an ipc handle")
		}
		hs = append(hs, h)
	}
	msg := encodeMsg(items[1], k.MsgAsync)
	for _, h := range hs {
		if err := c.Send(h, msg); err != nil {
			panic(ipcError(err))
		}
	}
	return k.Identity
}

// dotzW is .z.W: each open connection's handle with the bytes queued on
// it, as an int!long dictionary (kdb+ 4.1). The WebSockets are listed
// with the IPC connections, as kdb+ does (docs/kb/websockets.md shows
// them in .z.W).
func (in *Interp) dotzW() k.Value {
	hs := k.Ints(k.KI)
	qs := k.Longs()
	if c := in.ipc(); c != nil {
		for _, h := range c.Handles() {
			hs.V = append(hs.V, int32(h))
			qs.V = append(qs.V, c.Queued(h))
		}
	}
	if ws := in.webSockets(); ws != nil {
		for _, h := range ws.WSHandles() {
			hs, qs = insertHandle(hs, qs, int32(h), ws.WSQueued(h))
		}
	}
	return &k.Dict{K: hs, V: qs}
}

// dotzH is .z.H: the open connections' and WebSockets' handles, sorted
// (`s#), as key .z.W.
func (in *Interp) dotzH() k.Value {
	hs := k.Ints(k.KI)
	if c := in.ipc(); c != nil {
		for _, h := range c.Handles() {
			hs.V = append(hs.V, int32(h))
		}
	}
	if ws := in.webSockets(); ws != nil {
		for _, h := range ws.WSHandles() {
			hs, _ = insertHandle(hs, nil, int32(h), 0)
		}
	}
	if len(hs.V) > 0 {
		hs.A = k.AttrS // (kdb+ 4.1 2024.07.08)
	}
	return hs
}
