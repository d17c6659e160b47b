// This file defines what q code does with connections, through the Net:
// the loop's implementation of interp.IPC (hopen, hclose, h x, neg[h] x,
// flush, h[], -30!), serving the messages that arrive while the loop
// waits on a handle, and compressing what goes to other hosts.

package zns

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"qgo/interp/k"
	"qgo/netipc"
)

// syncFrame is a sync request being served, innermost last in
// Loop.syncs: -30!(::) marks it deferred.
type syncFrame struct {
	h        int
	deferred bool
	answered bool // deferred, then answered with -30! before its handler returned
}

// compressMin is the size above which kdb+ compresses a message to a
// peer on another host (docs/basics/ipc.md).
const compressMin = 2000

// netErr is the q error for using the network without a Net.
var netErr = &k.Error{Msg: "nyi"}

// Hopen connects to a kdb+ process (hopen) and returns its handle. A TCP
// connection to the port this process listens on is handle 0, as in q:
// its messages are evaluated here. It implements interp.IPC, on the loop
// goroutine, which it blocks until the handshake is done, the timeout
// (when not zero) passes, or Interrupt.
func (l *Loop) Hopen(network, address, user, password string, timeout time.Duration) (int, error) {
	if l.net == nil {
		return 0, netErr
	}
	host, port, _ := net.SplitHostPort(address)
	if (network == "tcp" || network == "tcps") && l.port != 0 && port == strconv.Itoa(l.port) && localHost(host) {
		return 0, nil
	}
	ctx, done := l.interruptible()
	defer done()
	if timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, timeout)
		defer cancel()
	}
	h, err := l.net.Dial(ctx, network, address, user, password)
	if err != nil {
		if errors.Is(err, netipc.ErrTimeout) && l.interrupted(ctx) {
			return 0, &k.Error{Msg: "stop"}
		}
		return 0, dialError(err)
	}
	l.live[h] = true
	if (network == "tcp" || network == "tcps") && !localHost(host) {
		l.remote[h] = true
	}
	return h, nil
}

// dialError is the q error for a connection that could not be opened.
func dialError(err error) error {
	switch {
	case errors.Is(err, netipc.ErrAccess):
		return &k.Error{Msg: "access"}
	case errors.Is(err, netipc.ErrTimeout):
		return &k.Error{Msg: "timeout"}
	}
	return &k.Error{Msg: "hop. OS reports: " + osText(err)}
}

// OneShot is the one-shot request made by a secondary thread (peach,
// which may use a socket only so: docs/ref/each.md): it connects, sends
// msg, waits for the response and closes the connection, serving nothing
// meanwhile. It implements interp.OneShotter. Unlike the Loop's other
// methods it runs on the secondary's goroutine, while the loop goroutine
// waits for peach: it touches only the Net (Dial, Scatter and Hclose take
// their own locks), none of the loop's state. The end of ctx (the
// secondary session's interrupt) ends the dial and the wait.
func (l *Loop) OneShot(ctx context.Context, network, address, user, password string, timeout time.Duration, msg []byte) ([]byte, error) {
	if l.net == nil {
		return nil, netErr
	}
	if timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, timeout)
		defer cancel()
	}
	h, err := l.net.Dial(ctx, network, address, user, password)
	if err != nil {
		return nil, dialError(err)
	}
	defer l.net.Hclose(h)
	resps, err := l.net.Scatter(ctx, []int{h}, [][]byte{msg})
	if err != nil {
		if errors.Is(err, netipc.ErrTimeout) || errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return nil, &k.Error{Msg: "timeout"}
		}
		return nil, &k.Error{Msg: "expected response"} // docs/basics/errors.md
	}
	return resps[0], nil
}

// Hclose closes connection h (hclose): what is queued on it is dropped
// and .z.pc is not run. It implements interp.IPC, on the loop goroutine.
func (l *Loop) Hclose(h int) error {
	if l.net == nil {
		return netErr
	}
	l.forget(h)
	if err := l.net.Hclose(h); err != nil {
		return badHandle(h)
	}
	return nil
}

// IsHandle reports whether h is an open connection. It implements
// interp.IPC, on the loop goroutine.
func (l *Loop) IsHandle(h int) bool {
	if l.net == nil || h <= 0 {
		return false
	}
	n := l.ipcNet()
	if o, ok := n.(opener); ok { // on every h x and neg[h] x: no list
		return o.IsOpen(h) || l.live[h]
	}
	_, found := slices.BinarySearch(n.Handles(), h)
	return found || l.live[h]
}

// ipcNet is the Net without its HTTP and WebSocket side, if any: the
// transport itself, for the methods beyond Net it may have.
func (l *Loop) ipcNet() Net {
	if w, ok := l.net.(*webNet); ok {
		return w.Net
	}
	return l.net
}

// opener is a Net that tells whether one handle is open without listing
// them all. *netipc.Server implements it.
type opener interface {
	// IsOpen reports whether h is among the open handles.
	IsOpen(h int) bool
}

// Request sends msg, a sync request, on h and waits for the response
// (h x), serving what arrives on h meanwhile. It implements interp.IPC,
// on the loop goroutine, which it blocks until the response arrives, the
// connection ends, or Interrupt (which leaves h closed, as in q).
func (l *Loop) Request(h int, msg []byte) ([]byte, error) {
	if l.net == nil {
		return nil, netErr
	}
	ctx, done := l.interruptible()
	defer done()
	resp, err := l.net.Request(ctx, h, l.compress(h, msg), l.serveNestedFn)
	return l.waited(h, ctx, resp, err)
}

// Scatter sends the sync requests msgs over handles, each handle taking
// the next as soon as it has answered, and returns the responses in the
// order of msgs (peach over secondary processes). It implements
// interp.Scatterer, on the loop goroutine, which it blocks like Request;
// nothing is served meanwhile, as the handles are the workers' alone.
func (l *Loop) Scatter(handles []int, msgs [][]byte) ([][]byte, error) {
	if l.net == nil {
		return nil, netErr
	}
	ctx, done := l.interruptible()
	defer done()
	remote := slices.ContainsFunc(handles, func(h int) bool { return l.remote[h] })
	reqs := msgs
	if remote { // any request may go to any handle
		reqs = make([][]byte, len(msgs))
		for i, m := range msgs {
			reqs[i] = m
			if len(m) > compressMin {
				reqs[i] = k.Compress(m)
			}
		}
	}
	resps, err := l.net.Scatter(ctx, handles, reqs)
	if err == nil {
		return resps, nil
	}
	open := l.net.Handles()
	for _, h := range handles {
		if _, found := slices.BinarySearch(open, h); !found {
			l.forget(h) // a worker cut off, as kdb+ does: closed at once
		}
	}
	switch {
	case errors.Is(err, netipc.ErrBadHandle):
		return nil, &k.Error{Msg: "peach handles"}
	case l.interrupted(ctx):
		return nil, &k.Error{Msg: "stop"}
	}
	return nil, &k.Error{Msg: "close"}
}

// Receive waits for the next async message on h and returns it (h[]),
// serving sync requests that come first. It implements interp.IPC, on
// the loop goroutine, which it blocks like Request.
func (l *Loop) Receive(h int) ([]byte, error) {
	if l.net == nil {
		return nil, netErr
	}
	ctx, done := l.interruptible()
	defer done()
	msg, err := l.net.Receive(ctx, h, l.serveNestedFn)
	return l.waited(h, ctx, msg, err)
}

// waited turns the outcome of a wait on h into what q code sees: the end
// of the session if a message served meanwhile asked for it, else the
// message or the q error for how the wait ended.
func (l *Loop) waited(h int, ctx context.Context, msg []byte, err error) ([]byte, error) {
	if x := l.exiting; x != nil {
		l.exiting = nil
		return nil, x
	}
	if err == nil {
		return msg, nil
	}
	switch {
	case errors.Is(err, netipc.ErrBadHandle):
		return nil, badHandle(h)
	case l.interrupted(ctx):
		l.forget(h)
		return nil, &k.Error{Msg: fmt.Sprintf("rcv handle: %d. OS reports: Interrupted system call", h)}
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return nil, &k.Error{Msg: "close"}
	}
	return nil, &k.Error{Msg: "os"}
}

// Send queues msg, an async message, on h (neg[h] x). It implements
// interp.IPC, on the loop goroutine, and does not block. A connection
// whose peer has gone is open for q code until its .z.pc has run: what
// is sent on it meanwhile is lost without an error.
func (l *Loop) Send(h int, msg []byte) error {
	if l.net == nil {
		return netErr
	}
	if err := l.net.Send(h, l.compress(h, msg)); err != nil && !l.live[h] {
		return badHandle(h)
	}
	return nil
}

// SendCopy is Send, but msg is copied before it returns, so that the
// caller may reuse it: interp encodes each neg[h] x into one buffer. It
// implements interp's copySender, on the loop goroutine.
func (l *Loop) SendCopy(h int, msg []byte) error {
	if l.net == nil {
		return netErr
	}
	var err error
	if c, ok := l.ipcNet().(copier); ok {
		err = c.SendCopy(h, l.compress(h, msg))
	} else {
		err = l.net.Send(h, l.compress(h, slices.Clone(msg)))
	}
	if err != nil && !l.live[h] {
		return badHandle(h)
	}
	return nil
}

// copier is a Net that copies an async message as it queues it.
// *netipc.Server implements it.
type copier interface {
	// SendCopy queues a copy of msg on handle h.
	SendCopy(h int, msg []byte) error
}

// Flush waits until what is queued on h has been written (neg[h][]).
// It implements interp.IPC, on the loop goroutine, which it blocks until
// then, or until Interrupt (Ctrl-C, -T): a peer that reads nothing then
// holds the loop no longer, and the flush is 'stop.
func (l *Loop) Flush(h int) error {
	if l.net == nil {
		return netErr
	}
	ctx, done := l.interruptible()
	defer done()
	if err := l.net.Flush(ctx, h); err != nil {
		if l.interrupted(ctx) {
			return &k.Error{Msg: "stop"}
		}
		return badHandle(h)
	}
	return nil
}

// Defer marks the sync request being served as one whose response q
// code sends later (-30!(::)). Outside a sync request it does nothing.
// It implements interp.IPC, on the loop goroutine.
func (l *Loop) Defer() error {
	if n := len(l.syncs); n > 0 {
		l.syncs[n-1].deferred = true
	}
	return nil
}

// Respond sends msg as the response to h's deferred sync request
// (-30!(h;b;x)). It implements interp.IPC, on the loop goroutine.
func (l *Loop) Respond(h int, msg []byte) error {
	if l.net == nil {
		return netErr
	}
	owed := false
	for i := len(l.syncs) - 1; i >= 0; i-- {
		if f := &l.syncs[i]; f.h == h && f.deferred && !f.answered {
			f.answered, owed = true, true
			break
		}
	}
	if !owed {
		if l.pending[h] == 0 {
			return &k.Error{Msg: fmt.Sprintf("Handle %d was not expecting a response msg", h)}
		}
		l.pending[h]--
	}
	if err := l.net.Send(h, l.compress(h, msg)); err != nil {
		return badHandle(h)
	}
	return nil
}

// Handles lists the open connections (.z.H, key .z.W), a connection
// whose peer has gone among them until its .z.pc has run. It implements
// interp.IPC, on the loop goroutine.
func (l *Loop) Handles() []int {
	if l.net == nil {
		return nil
	}
	return withGone(l.net.Handles(), l.live)
}

// withGone is hs, the handles a transport lists in ascending order, with
// those of live it no longer lists: connections whose peer has gone, open
// for q code until the loop has served their close (.z.pc, .z.wc).
func withGone(hs []int, live map[int]bool) []int {
	var gone []int
	for h := range live {
		if _, found := slices.BinarySearch(hs, h); !found {
			gone = append(gone, h)
		}
	}
	if gone == nil {
		return hs
	}
	hs = append(hs, gone...)
	slices.Sort(hs)
	return hs
}

// Queued is the number of bytes queued on h (.z.W). It implements
// interp.IPC, on the loop goroutine.
func (l *Loop) Queued(h int) int64 {
	if l.net == nil {
		return 0
	}
	return int64(l.net.QueueBytes(h))
}

// socketInfoer is the side of a Net or a Web that describes a socket
// for -38! (netipc's Server and Web).
type socketInfoer interface {
	SocketInfo(h int) (unix bool, msgs, bytes int, ok bool)
}

// SocketInfo describes open handle h for -38!: its protocol ('q' IPC or
// 'w' WebSocket), family ('t' TCP or 'u' Unix domain), whether the
// messages sent on it are compressed (those to another host), and the
// messages and bytes queued on it and not yet written. ok is false if h
// is not open. It implements interp.Sockets, on the loop goroutine.
func (l *Loop) SocketInfo(h int) (proto, family byte, compressed bool, msgs, bytes int64, ok bool) {
	fam := func(unix bool) byte {
		if unix {
			return 'u'
		}
		return 't'
	}
	n := l.net
	if w := l.webSide(); w != nil {
		n = w.Net
		if si, isSI := w.web.(socketInfoer); isSI {
			if unix, m, b, open := si.SocketInfo(h); open {
				return 'w', fam(unix), false, int64(m), int64(b), true
			}
		}
	}
	if si, isSI := n.(socketInfoer); isSI {
		if unix, m, b, open := si.SocketInfo(h); open {
			return 'q', fam(unix), l.remote[h], int64(m), int64(b), true
		}
	}
	return 0, 0, false, 0, 0, false
}

// interruptible gives a context that Interrupt cancels, for a wait on
// the network, and the function that ends it. On the loop goroutine.
// Waits nest (a wait serves a message that waits in turn); Interrupt
// ends the innermost. The waits at one depth share a context until it
// is cancelled, so that request after request makes none.
func (l *Loop) interruptible() (context.Context, func()) {
	d := len(l.waiting)
	if d == len(l.waits) {
		l.waits = append(l.waits, nil)
	}
	w := l.waits[d]
	if w == nil || w.ctx.Err() != nil {
		w = &waitCtx{} // a new one: Interrupt may still hold the old
		w.ctx, w.cancel = context.WithCancel(context.Background())
		l.waits[d] = w
	}
	l.waiting = append(l.waiting, w)
	l.cancel.Store(&w.cancel)
	// an interrupt that came before the store (-T's timer, while the
	// query was still computing) found nothing to cancel: it ends the
	// wait now, or the wait would go on for as long as the peer likes
	if p, ok := l.in.(interruptPender); ok && p.Interrupted() {
		w.cancel()
	}
	return w.ctx, l.endWaitFn
}

// interruptPender is an interpreter that tells whether an interrupt is
// pending. *interp.Interp implements it.
type interruptPender interface {
	Interrupted() bool
}

// waitCtx is the context of the waits at one depth, and its cancel.
type waitCtx struct {
	ctx    context.Context
	cancel context.CancelFunc
}

// endWait ends the innermost wait: Interrupt ends the one around it, if
// any. On the loop goroutine.
func (l *Loop) endWait() {
	l.waiting = l.waiting[:len(l.waiting)-1]
	if n := len(l.waiting); n > 0 {
		l.cancel.Store(&l.waiting[n-1].cancel)
	} else {
		l.cancel.Store(nil)
	}
}

// interrupted reports whether ctx, from interruptible, was cancelled by
// Interrupt (rather than by a timeout).
func (l *Loop) interrupted(ctx context.Context) bool {
	return errors.Is(context.Cause(ctx), context.Canceled)
}

// forget drops what the loop keeps about connection h.
func (l *Loop) forget(h int) {
	delete(l.live, h)
	delete(l.remote, h)
	delete(l.pending, h)
}

// compress compresses msg for h as kdb+ does: a message over 2000 bytes
// to a peer on another host, when that makes it less than half as long.
func (l *Loop) compress(h int, msg []byte) []byte {
	if len(msg) > compressMin && l.remote[h] {
		return k.Compress(msg)
	}
	return msg
}

// serveNested serves a message that arrives on a handle the loop waits
// on (a callback from the server the loop called, or a sync request
// from it), as netipc.ServeFunc: on the loop goroutine, inside the wait.
// An exit asked for by the message ends the wait.
func (l *Loop) serveNested(m *netipc.Msg) []byte {
	resp, err := l.serveMsg(m)
	var x exiter
	switch {
	case err == nil:
	case errors.As(err, &x):
		l.exiting = err
		if c := l.cancel.Load(); c != nil {
			(*c)()
		}
	default:
		l.report(err)
	}
	return resp
}

// serveMsg serves a sync request through .z.pg or an async message
// through .z.ps, with .z.w, .z.u and .z.a describing the sender, and
// returns the response to a sync request: the result, or the error, as
// a response message; nil when q code deferred it with -30!(::). The
// error returned is that of an async message (reported by the caller),
// or the end of the session. It runs on the loop goroutine; m is taken.
func (l *Loop) serveMsg(m *netipc.Msg) ([]byte, error) {
	restore := l.in.SetCaller(int32(m.Handle), m.User, ipv4(m.Addr))
	defer restore()
	return l.serveFrom(m)
}

// serveFrom is serveMsg once .z.w, .z.u and .z.a describe m's sender:
// the messages of a batch, all from one connection, share that step.
func (l *Loop) serveFrom(m *netipc.Msg) ([]byte, error) {
	defer l.queryTimer()()
	sync := m.Type() == netipc.Sync
	x, err := l.in.Decode(m.Data)
	if m.Err != "" { // refused unread ('wsfull)
		x, err = nil, &k.Error{Msg: m.Err}
	}
	if err != nil && m.Err == "" && errMsg(err) == "badmsg" {
		return nil, l.badMsg(m)
	}
	if err != nil {
		if sync {
			return l.response(m.Handle, nil, err), nil
		}
		return nil, err
	}
	if !sync {
		_, err := l.callAsync("ps", value, x)
		return nil, err
	}
	i := len(l.syncs)
	l.syncs = append(l.syncs, syncFrame{h: m.Handle})
	v, err := l.callHandler("pg", value, x)
	f := l.syncs[i] // as Defer and Respond left it
	l.syncs = l.syncs[:i]
	if _, ok := exitOf(err); ok {
		return nil, err
	}
	if f.deferred {
		if !f.answered {
			l.pending[m.Handle]++
		}
		return nil, nil
	}
	return l.response(m.Handle, v, err), nil
}

// badMsg handles a malformed message as kdb+ does (dotz.md, .z.bm):
// .z.bm, if defined, gets (handle;message bytes), then the handle is
// closed and .z.pc runs, and the error is 'badmsg, reported by the
// caller. On the loop goroutine.
func (l *Loop) badMsg(m *netipc.Msg) error {
	raw := &k.Vec[uint8]{T: k.KX, V: slices.Clone(m.Data)} // q code's own: m.Data shares a slab
	if _, err := l.callHandler("bm", nil, k.NewList(k.I(int32(m.Handle)), raw)); err != nil {
		l.report(err)
	}
	if l.net != nil {
		l.forget(m.Handle)
		if l.net.Hclose(m.Handle) == nil {
			if _, err := l.callHandler("pc", nil, k.I(int32(m.Handle))); err != nil {
				l.report(err)
			}
		}
	}
	return &k.Error{Msg: "badmsg"}
}

// queryTimer starts the -T timer for a client's query (IPC, HTTP or
// WebSocket): after the timeout the query is stopped with 'stop. The
// timer goroutine only sets the interpreter's interrupt flag. The caller
// calls the function returned when the query is done. On the loop
// goroutine.
func (l *Loop) queryTimer() (stop func()) {
	if t, ok := l.in.(timeouter); ok {
		if d := t.QueryTimeout(); d > 0 {
			timer := time.AfterFunc(d, l.Interrupt) // a wait on the network too
			return func() { timer.Stop() }
		}
	}
	return func() {}
}

// timeouter is an interpreter with a client query timeout (-T, \T).
type timeouter interface {
	// QueryTimeout is how long a client's query may run, 0 for ever.
	QueryTimeout() time.Duration
}

// value stands for the default .z.pg and .z.ps: value x.
var value = &k.Prim{T: k.FU, Name: "value"}

// callHandler applies the user's .z handler name to args, or def when
// there is none (nil def: nothing). Every caller serves a client's
// event (a login, an open, a close, a message), so -T stops a handler
// as it stops a query: a .z.pw or .z.po that never returned held the
// loop, and every other client, for ever. On the loop goroutine.
func (l *Loop) callHandler(name string, def k.Value, args ...k.Value) (v k.Value, err error) {
	defer l.queryTimer()()
	err = l.guard(func() (e error) {
		f, ok := l.in.Handler(name)
		if !ok {
			if def == nil {
				return nil
			}
			f = def
		}
		v, e = l.in.Call(f, args...)
		return e
	})
	return v, err
}

// asyncCaller is an interpreter that applies the handler of an
// asynchronous message under the error-trap mode of \e.
type asyncCaller interface {
	CallAsync(f, x k.Value) (k.Value, error)
}

// callAsync is callHandler for an asynchronous message, applied to x:
// under \e 1 an error in it suspends at the console, under \e 2 it
// comes back with its whole stack.
func (l *Loop) callAsync(name string, def k.Value, x k.Value) (v k.Value, err error) {
	a, ok := l.in.(asyncCaller)
	if !ok {
		return l.callHandler(name, def, x)
	}
	err = l.guard(func() (e error) {
		f, ok := l.in.Handler(name)
		if !ok {
			f = def
		}
		v, e = a.CallAsync(f, x)
		return e
	})
	return v, err
}

// response is the response message carrying v, or err as a q error,
// compressed for h as kdb+ would. A value that cannot be sent becomes
// its error.
func (l *Loop) response(h int, v k.Value, err error) []byte {
	if err == nil {
		if v == nil {
			v = k.Identity
		}
		b, eerr := k.Encode(v, k.MsgResponse)
		if eerr == nil {
			return l.compress(h, b)
		}
		err = eerr
	}
	b, _ := k.Encode(&k.ErrVal{Msg: errMsg(err)}, k.MsgResponse)
	return b
}

// errMsg is the text of a q error, without its quote and location.
func errMsg(err error) string {
	var e *k.Error
	if errors.As(err, &e) {
		return e.Msg
	}
	return err.Error()
}

// report writes the error of an event nobody waits for.
func (l *Loop) report(err error) {
	io.WriteString(l.errs, err.Error()+"\n")
}

// badHandle is q's error for a handle that is not an open connection.
func badHandle(h int) error {
	return &k.Error{Msg: fmt.Sprintf("Cannot write to handle %d. OS reports: Bad file descriptor", h)}
}

// osText is an OS error as q reports it: the C library's wording
// ("Connection refused").
func osText(err error) string {
	var errno syscall.Errno
	if errors.As(err, &errno) {
		s := errno.Error()
		return strings.ToUpper(s[:1]) + s[1:]
	}
	var dns *net.DNSError
	if errors.As(err, &dns) {
		return "Name or service not known"
	}
	return err.Error()
}

// localHost reports whether host, from a hopen target, is this machine.
func localHost(host string) bool {
	switch host {
	case "", "localhost", "127.0.0.1", "::1":
		return true
	}
	if ip := net.ParseIP(host); ip != nil {
		return ip.IsLoopback() || localIPs()[ip.String()]
	}
	name, err := osHostname()
	return err == nil && strings.EqualFold(host, name)
}

// localAddr reports whether addr, a peer's address, is on this machine.
func localAddr(addr net.Addr) bool {
	switch a := addr.(type) {
	case *net.TCPAddr:
		return a.IP.IsLoopback() || localIPs()[a.IP.String()]
	case *net.UnixAddr:
		return true
	}
	return addr == nil
}

// TakeHandle numbers a file the interpreter opens from the process's
// table, which the connections are numbered from too, so that a file and
// a connection never share a number (interp's file handles look for this
// method on their host). Safe from any goroutine.
func (l *Loop) TakeHandle(key any) int { return netipc.TakeHandle(key) }

// ReleaseHandle gives a file's number back to the process's table.
func (l *Loop) ReleaseHandle(key any) { netipc.ReleaseHandle(key) }
