// This file defines the loop's side of the network: what the transport
// (package netipc) provides, and the loop as netipc's Core, which turns
// each connection event into an event on the loop goroutine.

package zns

import (
	"context"
	"net"

	"qgo/netipc"
)

// Net is the transport: the handle table of the process's connections,
// accepted and opened, and its listener. *netipc.Server implements it;
// its methods are documented there. The loop calls them on its own
// goroutine.
type Net interface {
	// Serve accepts connections on ln, replacing the listener, if any.
	Serve(ln net.Listener) error
	// Unlisten stops listening; open connections stay open.
	Unlisten()
	// Dial opens a connection (hopen) and returns its handle.
	Dial(ctx context.Context, network, address, user, password string) (int, error)
	// Send queues a whole message on handle h.
	Send(h int, msg []byte) error
	// Flush waits until what is queued on h has been written.
	Flush(ctx context.Context, h int) error
	// Request sends a sync message on h and waits for the response,
	// serving what arrives on h meanwhile through serve.
	Request(ctx context.Context, h int, msg []byte, serve netipc.ServeFunc) ([]byte, error)
	// Receive waits for an async message on h, serving sync requests
	// that come first through serve.
	Receive(ctx context.Context, h int, serve netipc.ServeFunc) ([]byte, error)
	// Scatter sends the sync requests reqs over handles, one in flight
	// per handle, and returns the responses in order (peach over
	// secondary processes).
	Scatter(ctx context.Context, handles []int, reqs [][]byte) ([][]byte, error)
	// Hclose closes h without a Close event.
	Hclose(h int) error
	// QueueBytes is the number of bytes queued on h.
	QueueBytes(h int) int
	// Handles lists the open handles in ascending order.
	Handles() []int
}

// replier is a Net that sends the response to a sync request from the
// loop goroutine itself, without waiting on the network, so that it
// leaves without a switch to the connection's goroutine.
// *netipc.Server implements it.
type replier interface {
	// Reply sends resp on h after what is queued there.
	Reply(h int, resp []byte) error
}

// resumer is a Net that leaves a connection the loop waited on unread
// until the loop is idle (netipc's Options.ResumeOnIdle), so that a loop
// making request after request reads each response itself.
// *netipc.Server implements it.
type resumer interface {
	// Resume lets those connections be read again.
	Resume()
}

// eventKind says what happened on a connection.
type eventKind int

// The kinds of network event, each served by its .z handler.
const (
	evAuth  eventKind = iota // a client asks to log in: -u/-U, then .z.pw[user;password]
	evOpen                   // a client's connection is open: .z.po[h]
	evClose                  // a connection has closed: .z.pc[h]
	evMsg                    // a sync request (.z.pg) or an async message (.z.ps)
	evMsgs                   // async messages of one connection, in order (.z.ps each)
	evFunc                   // another source's event (http.go): served by calling serve
)

// event is one network event, posted by a connection goroutine and
// served on the loop goroutine to completion before the next.
type event struct {
	kind     eventKind
	h        int
	user     string
	password string
	addr     net.Addr
	msg      *netipc.Msg
	msgs     []*netipc.Msg          // evMsgs
	serve    func() ([]byte, error) // evFunc: serves it, giving the reply's resp and the error
	reply    chan reply             // capacity 1; nil when nobody waits
}

// reply is the loop's answer to an event: whether to accept a login, or
// the response message to a sync request (nil: none, or deferred).
type reply struct {
	ok   bool
	resp []byte
}

// post hands ev to the loop and, when wait is set, waits until the loop
// has served it. It reports false if the loop has stopped. It runs on the
// calling connection goroutine.
func (l *Loop) post(ev event, wait bool) (reply, bool) {
	if wait {
		ev.reply = make(chan reply, 1)
	}
	l.posted.Add(1)
	select {
	case l.netc <- ev:
	case <-l.done:
		l.posted.Add(-1)
		return reply{}, false
	}
	if !wait {
		return reply{}, true
	}
	select {
	case r := <-ev.reply:
		return r, true
	case <-l.done:
		return reply{}, false
	}
}

// Auth decides whether a client may log in: the -u/-U password file
// first, when there is one, then .z.pw[user;password] (default: yes). It
// implements netipc.Core: it runs on the new connection's goroutine and
// waits for the loop.
func (l *Loop) Auth(h int, user, password string, addr net.Addr) bool {
	r, _ := l.post(event{kind: evAuth, h: h, user: user, password: password, addr: addr}, true)
	return r.ok
}

// Open reports that a client's connection is open, for .z.po. It
// implements netipc.Core: it runs on the connection's dispatcher
// goroutine and returns once the loop has taken the event.
func (l *Loop) Open(h int, user string, addr net.Addr) {
	l.post(event{kind: evOpen, h: h, user: user, addr: addr}, false)
}

// Sync serves a sync request through .z.pg and returns the response
// message (nil when the response is deferred with -30!). It implements
// netipc.Core: it runs on the connection's dispatcher goroutine and waits
// for the loop.
//
// When the loop is idle, waiting for an event at the top level, and
// nothing else is posted to it, Sync takes the interpreter and serves m
// itself, on the dispatcher goroutine, as the loop would: a client
// making request after request is then served with no goroutine switch,
// as a server written as one read-evaluate-write goroutine would be. A
// sync request's handler runs under Call, which never suspends at the
// console, so it never waits for the loop goroutine.
func (l *Loop) Sync(m *netipc.Msg) []byte {
	ev := event{kind: evMsg, h: m.Handle, msg: m}
	if _, ok := l.ipcNet().(replier); ok && l.serveHere(ev) {
		return nil // the response is sent (network)
	}
	r, _ := l.post(ev, true)
	return r.resp
}

// serveHere serves ev, a message or a batch of them, on the calling
// goroutine, a connection's dispatcher, if the loop is idle at the top
// level and no other network event waits for it, and reports whether it
// did. It holds the
// interpreter meanwhile (Loop.own), so this is still one event at a
// time, run to completion. A timer set or an exit asked for by the event
// wakes the loop goroutine, which then waits on the new timer or ends.
func (l *Loop) serveHere(ev event) bool {
	if !l.own.TryLock() {
		return false
	}
	defer l.own.Unlock()
	if l.posted.Load() != 0 || l.ended != nil {
		return false // the loop serves those first, in order
	}
	if ev.kind != evMsg || ev.msg.Type() != netipc.Sync {
		// an async handler's error may suspend at the console (\e 1),
		// to be resumed by a line that only the loop goroutine reads
		if s, ok := l.in.(asyncSuspender); !ok || s.AsyncSuspends() {
			return false
		}
	}
	tick := l.tick
	code, end := l.network(ev)
	if end {
		l.ended = &code
	} else {
		l.setPrompt()
	}
	if r, ok := l.ipcNet().(resumer); ok {
		r.Resume() // idle again: what the event waited on may be read (next)
	}
	if end || l.tick != tick {
		signal(l.wake)
	}
	return true
}

// signal wakes whoever waits on ch, capacity 1, without blocking.
func signal(ch chan struct{}) {
	select {
	case ch <- struct{}{}:
	default:
	}
}

// Async serves an async message through .z.ps. It implements
// netipc.Core: it runs on the connection's dispatcher goroutine and
// returns once the loop has received the event. The loop takes the
// message (Msg.Take) before it serves any other event, which is what
// netipc asks: the message is taken or skipped before it could be taken
// over by a Request.
//
// When the loop is idle and an error in .z.ps cannot suspend at the
// console, Async serves m itself, as Sync does.
func (l *Loop) Async(m *netipc.Msg) {
	ev := event{kind: evMsg, h: m.Handle, msg: m}
	if !l.serveHere(ev) {
		l.post(ev, false)
	}
}

// asyncSuspender is an interpreter that tells whether an error in an
// async message's handler would suspend at the console (\e 1 with a
// person at it). *interp.Interp implements it.
type asyncSuspender interface {
	AsyncSuspends() bool
}

// Asyncs serves async messages of one connection, in order, each
// through .z.ps, in one event of the loop. It implements
// netipc.AsyncBatcher: it runs on the connection's dispatcher goroutine
// and waits until the loop has served them (or skipped those a Request
// on the handle served meanwhile).
//
// When the loop is idle and an error in .z.ps cannot suspend at the
// console, Asyncs serves them itself, as Sync does.
func (l *Loop) Asyncs(ms []*netipc.Msg) {
	ev := event{kind: evMsgs, h: ms[0].Handle, msgs: ms}
	if !l.serveHere(ev) {
		l.post(ev, true)
	}
}

// Close reports that connection h has closed, for .z.pc. It implements
// netipc.Core: it runs on the connection's dispatcher goroutine and waits
// until .z.pc has run, so that h is not reused before.
func (l *Loop) Close(h int) {
	l.post(event{kind: evClose, h: h}, true)
}

// ipv4 is the IPv4 address of addr as q's .z.a shows it, an int; 0 for
// a Unix socket or an IPv6 peer.
func ipv4(addr net.Addr) int32 {
	a, ok := addr.(*net.TCPAddr)
	if !ok {
		return 0
	}
	v4 := a.IP.To4()
	if v4 == nil {
		return 0
	}
	return int32(uint32(v4[0])<<24 | uint32(v4[1])<<16 | uint32(v4[2])<<8 | uint32(v4[3]))
}
