// This file defines one connection: its dispatcher goroutine, who reads
// the socket when, its inbound queue, and how it ends (send.go has its
// sending side).

package netipc

import (
	"bufio"
	"errors"
	"fmt"
	"net"
	"os"
	"runtime/debug"
	"slices"
	"sync"
	"sync/atomic"
	"time"
)

// Why a connection ended.
const (
	alive    = iota
	byPeer   // EOF, reset, a write or protocol error, a panic in the Core
	byHclose // Hclose, or an interrupted Request: no Core.Close
	byServer // Server.Close
)

// Who is reading the socket.
const (
	nobody = iota
	byDispatcher
	byRequest
)

// aLongTimeAgo is a deadline in the past, which wakes blocked reads and
// writes (as net/http does).
var aLongTimeAgo = time.Unix(1, 0)

// conn is one connection, accepted or dialled.
//
// Reading. One goroutine at a time reads the socket: whoever holds the
// reading token (c.reading). Normally that is the dispatcher, which reads
// a message and then hands it to the Core itself, so a message reaches
// the Core without a goroutine switch. While a Request waits on the
// connection (c.requesting > 0), the dispatcher does not start a read:
// the Request reads on its own goroutine, the loop. This is what lets a
// Request proceed while the dispatcher is blocked in a Core call that
// waits for the loop. If the dispatcher was already blocked in a read
// when the Request came, the message it reads goes to c.in for the
// Request, and the token with it.
type conn struct {
	s        *Server
	opened   func() // an accepted connection's: lets the next one open (Server.opening)
	h        int
	nc       net.Conn
	fr       frameReader // used by the holder of the reading token only
	msgs     []Msg       // the rest of newMsg's slab, used like fr
	free     []*Msg      // Msgs of batches served, for newMsg to fill again; guarded by mu
	tw       tryWriter   // used by whoever set writing
	done     [][]byte    // the writer's: own buffers of the write in progress
	user     string      // as it logged in; "" for a dialled connection
	addr     net.Addr
	incoming bool   // accepted, as opposed to dialled
	reply    []byte // an accepted connection's handshake reply, until dispatch writes it

	dead      chan struct{} // closed by kill
	dispWake  chan struct{} // capacity 1: wakes the dispatcher
	reqWake   chan struct{} // capacity 1: wakes a waiting Request
	writeWake chan struct{} // capacity 1: wakes the writer
	writer    sync.WaitGroup
	open      atomic.Bool // ready and alive, as IsOpen reports it without the lock

	mu sync.Mutex
	// Guarded by mu.
	ready      bool  // the handshake is done: the handle is usable
	cause      int   // why it ended; alive while open
	err        error // what ended it
	reading    int   // who holds the reading token
	readerDone bool  // the socket gave an error or EOF: no more messages will come
	in         []*Msg
	inflight   []*Msg // the messages the dispatcher has offered to the Core, oldest first
	batch      []*Msg // reused for inflight
	requesting int    // Requests waiting on this connection (nested ones count)
	paused     bool   // the last Request has ended and Resume has not come (ResumeOnIdle)
	out        [][]byte
	outOwn     []bool   // beside out: which of its buffers are the connection's own (sendCopy's)
	ownTail    bool     // out's last buffer is the connection's own, which sendCopy appends to
	spares     [][]byte // own buffers the writer is done with, for sendCopy
	queued     int      // bytes in out plus bytes being written
	unsent     msgCount // the messages among them (-38!)
	backlogged bool     // the dispatcher waits for queued to come down to the Backlog
	writing    bool     // a goroutine is writing to nc
	drained    chan struct{}
}

// newConn makes a connection around nc, whose first bytes, if any were
// read already, are in br.
func newConn(s *Server, nc net.Conn, br *bufio.Reader, incoming bool) *conn {
	if br == nil {
		br = bufio.NewReaderSize(nc, readBufSize)
	}
	return &conn{
		s:         s,
		nc:        nc,
		fr:        frameReader{r: br, max: s.opts.MaxMessage, decompress: s.opts.Decompress, room: s.opts.Room},
		tw:        tryWriter{nc: nc},
		addr:      nc.RemoteAddr(),
		incoming:  incoming,
		dead:      make(chan struct{}),
		dispWake:  make(chan struct{}, 1),
		reqWake:   make(chan struct{}, 1),
		writeWake: make(chan struct{}, 1),
	}
}

// signal wakes whoever waits on ch, without blocking.
func signal(ch chan struct{}) {
	select {
	case ch <- struct{}{}:
	default:
	}
}

// hold keeps msg, an accepted connection's handshake reply, for
// dispatch to write once it has handed Open to the Core, and holds the
// writing until then: what Open's handler sends meanwhile is queued
// behind it. Called before start.
func (c *conn) hold(msg []byte) {
	c.mu.Lock()
	c.reply = msg
	c.writing = true // released by dispatch
	c.mu.Unlock()
}

// start makes the registered connection usable and starts its writer
// goroutine. The caller runs dispatch afterwards.
func (c *conn) start() {
	c.mu.Lock()
	c.ready = true
	c.open.Store(c.cause == alive)
	c.mu.Unlock()
	c.writer.Add(1)
	go c.write()
}

// readLocked reads one message as holder who (byDispatcher or
// byRequest). c.mu is held on entry and on return, and released while
// reading. It returns nil if the connection ended: then readerDone is
// set and the connection killed.
func (c *conn) readLocked(who int) *Msg {
	c.reading = who
	c.mu.Unlock()
	data, err := c.fr.next()
	c.mu.Lock()
	c.reading = nobody
	signal(c.reqWake) // a Request may be waiting for the token
	return c.took(data, err)
}

// readHeld reads one message that is buffered whole, small and
// uncompressed (frameReader.buffered), without releasing c.mu: next
// returns it at once. It returns nil if the connection ended, as
// readLocked does.
func (c *conn) readHeld() *Msg {
	data, err := c.fr.next()
	return c.took(data, err)
}

// took makes the Msg for what a read returned, or ends the connection
// on its error. c.mu must be held.
func (c *conn) took(data []byte, err error) *Msg {
	if err == nil {
		return c.newMsg(data)
	}
	var r *refused
	if errors.As(err, &r) { // read whole, so the stream goes on
		return &Msg{Handle: c.h, User: c.user, Addr: c.addr, Data: data, Err: r.msg, c: c}
	}
	c.readerDone = true
	if errors.Is(err, ErrProtocol) {
		c.s.opts.Logf("netipc: handle %d (%v): %v", c.h, c.addr, err)
	}
	c.killLocked(byPeer, err)
	return nil
}

// newMsg makes the Msg for data, read by the holder of the reading
// token, with c.mu held: one a batch was done with, else one from a slab
// of Msgs, one allocation for many.
func (c *conn) newMsg(data []byte) *Msg {
	if n := len(c.free); n > 0 {
		m := c.free[n-1]
		c.free[n-1] = nil
		c.free = c.free[:n-1]
		m.Handle, m.User, m.Addr, m.Data = c.h, c.user, c.addr, data
		return m
	}
	if len(c.msgs) == 0 {
		c.msgs = make([]Msg, msgSlab)
	}
	m := &c.msgs[0]
	c.msgs = c.msgs[1:]
	m.c = c
	m.Handle, m.User, m.Addr, m.Data = c.h, c.user, c.addr, data
	return m
}

// msgSlab is how many Msgs newMsg makes at a time.
const msgSlab = 64

// pop removes the first inbound message. c.mu must be held and the queue
// not empty.
func (c *conn) pop() *Msg {
	m := c.in[0]
	n := copy(c.in, c.in[1:]) // a message or two at most; keeps the capacity
	c.in[n] = nil
	c.in = c.in[:n]
	return m
}

// dispatch hands the connection's events to the Core in order: Open,
// the messages, Close; then it tears the connection down. It runs on the
// connection's dispatcher goroutine: for an accepted connection the one
// that read the handshake, for a dialled one its own goroutine, started
// by Dial.
func (c *conn) dispatch() {
	defer c.finish()
	if c.opened != nil {
		defer c.opened() // whatever ends the dispatcher early
	}
	if c.incoming {
		open := c.call(func() { c.s.core.Open(c.h, c.user, c.addr) })
		if c.reply != nil { // the handshake reply (hold), then what Open sent
			var err error
			if open {
				_, err = c.nc.Write(c.reply)
			}
			c.wrote(0, err)
		}
		if c.opened != nil {
			c.opened() // the next connection may be answered and opened
		}
		if !open {
			return // closed before it opened: no Open, so no Close
		}
	}
	c.serve()
	c.mu.Lock()
	cause := c.cause
	c.mu.Unlock()
	if cause != byHclose {
		c.guard(func() { c.s.core.Close(c.h) })
	}
}

// serve reads messages and delivers them to the Core until there will be
// no more. A panic in it (a bug) is logged and ends the connection.
func (c *conn) serve() {
	defer c.s.recoverPanic(c, "dispatcher")
	for {
		m := c.next()
		if m == nil {
			return
		}
		if b, ok := c.s.core.(AsyncBatcher); ok && m.Type() == Async {
			if ms := c.gather(); len(ms) > 1 {
				c.deliverAll(b, ms)
				continue
			}
		}
		c.deliver(m)
	}
}

// gather adds to the batch in flight, whose one message is async, the
// async messages already buffered behind it, and returns the batch. It
// stops at a message of another type, which it leaves to next, and as
// soon as a Request waits on the connection: what it read then goes to
// the Request, after the message in flight, which the Request takes
// first. It runs on the dispatcher goroutine.
func (c *conn) gather() []*Msg {
	c.mu.Lock()
	defer c.mu.Unlock()
	for len(c.batch) < maxBatch && c.cause == alive && c.requesting == 0 && !c.paused &&
		len(c.in) == 0 && !c.readerDone {
		whole, quick := c.fr.buffered()
		if !whole {
			break
		}
		var m *Msg
		if quick { // no wait and no work: read with the lock held
			m = c.readHeld()
		} else {
			m = c.readLocked(byDispatcher)
		}
		if m == nil {
			break // the end
		}
		if c.requesting > 0 || m.Type() != Async {
			c.in = append(c.in, m)
			signal(c.reqWake)
			break
		}
		c.batch = append(c.batch, m)
		c.inflight = c.batch // offered from now on: a Request takes it before c.in
	}
	return c.batch
}

// closedHere reports whether this side closed the connection (hclose or
// the server shutting down), when nothing more is offered to the Core.
func (c *conn) closedHere() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.cause == byHclose || c.cause == byServer
}

// deliverAll offers ms, async messages, to the Core in one call. Once
// the call has returned, the Core has taken or skipped each of them
// (AsyncBatcher), and a Request that took one over has served it: the
// Msgs are done with, and newMsg fills them again (their Data, which
// the Core may have returned from a Receive, is not reused); except
// those the Core left untaken (Msg.Backlogged), which go back to the
// front of the inbound queue, to be offered again.
func (c *conn) deliverAll(b AsyncBatcher, ms []*Msg) {
	defer func() {
		c.mu.Lock()
		c.inflight = nil
		if c.cause == alive || c.cause == byPeer {
			for i, m := range c.batch {
				if m.state.Load() == offered {
					c.in = append(slices.Clone(c.batch[i:]), c.in...)
					clear(c.batch[i:])
					c.batch = c.batch[:i]
					break
				}
			}
		}
		for _, m := range c.batch {
			if len(c.free) < maxBatch {
				m.User, m.Addr, m.Data, m.Err = "", nil, nil, ""
				m.state.Store(offered)
				c.free = append(c.free, m)
			}
		}
		clear(c.batch)
		c.mu.Unlock()
	}()
	if c.closedHere() {
		return
	}
	defer c.recoverCore()
	b.Asyncs(ms)
}

// call runs f, a Core call, on the dispatcher goroutine, unless the
// connection was closed locally meanwhile; it reports whether it ran f.
func (c *conn) call(f func()) bool {
	c.mu.Lock()
	local := c.cause == byHclose || c.cause == byServer
	c.mu.Unlock()
	if local {
		return false
	}
	c.guard(f)
	return true
}

// guard runs f, a Core call. A panic in it is logged and ends the
// connection, and the dispatcher carries on (to Close).
func (c *conn) guard(f func()) {
	defer c.recoverCore()
	f()
}

// recoverCore, deferred around a Core call, logs a panic in it and ends
// the connection.
func (c *conn) recoverCore() {
	if p := recover(); p != nil {
		c.s.opts.Logf("netipc: panic in Core, handle %d: %v\n%s", c.h, p, debug.Stack())
		c.kill(byPeer, fmt.Errorf("panic in core: %v", p))
	}
}

// next returns the next message for the Core, reading it if need be, and
// marks it in flight. It returns nil when there will be none: the
// connection was closed locally, or the peer is gone and its messages
// were all served. While a Request waits on the connection, messages are
// left to it; responses that arrive while none waits are dropped.
func (c *conn) next() *Msg {
	c.mu.Lock()
	defer c.mu.Unlock()
	for {
		var m *Msg
		switch {
		case c.cause == byHclose || c.cause == byServer:
			return nil
		case c.s.isClosed(): // what is still buffered goes to no Core (Close)
			return nil
		case c.requesting > 0 || c.paused: // the Request reads and serves; or Resume has not come
			c.mu.Unlock()
			<-c.dispWake
			c.mu.Lock()
			continue
		case c.overBacklog(): // the peer does not read what it asked for: stop reading it
			c.backlogged = true
			c.mu.Unlock()
			<-c.dispWake
			c.mu.Lock()
			continue
		case len(c.in) > 0:
			m = c.pop()
		case c.readerDone:
			return nil
		default:
			if m = c.readLocked(byDispatcher); m == nil {
				continue // the end
			}
			if c.requesting > 0 {
				c.in = append(c.in, m) // for the Request that came meanwhile
				signal(c.reqWake)
				continue
			}
		}
		if m.Type() != Response { // nobody waits for a response: drop it
			c.batch = append(c.batch[:0], m)
			c.inflight = c.batch
			return m
		}
	}
}

// overBacklog reports whether more than Options.Backlog bytes wait to
// be written to c, an accepted connection still alive, so that its
// dispatcher must not read its next message yet. c.mu must be held.
func (c *conn) overBacklog() bool {
	return c.incoming && c.cause == alive && c.s.opts.Backlog > 0 && c.queued > c.s.opts.Backlog
}

// deliver offers m, a sync or async message, to the Core and sends the
// Core's response to a sync request, unless a Request served m
// meanwhile.
func (c *conn) deliver(m *Msg) {
	defer func() {
		c.mu.Lock()
		c.inflight = nil
		c.mu.Unlock()
	}()
	if c.closedHere() {
		return
	}
	defer c.recoverCore()
	switch m.Type() {
	case Async:
		c.s.core.Async(m)
	case Sync:
		if resp := c.s.core.Sync(m); m.settle() && resp != nil {
			c.writeNow(resp)
		}
	}
}

// kill ends the connection for cause, once: the first cause sticks. It
// is safe to call from any goroutine.
func (c *conn) kill(cause int, err error) {
	c.mu.Lock()
	c.killLocked(cause, err)
	c.mu.Unlock()
}

// killLocked is kill with c.mu held. It wakes every goroutine of the
// connection (a deadline in the past ends any read or write in progress)
// and sends the peer a FIN at once; the socket itself is closed by
// finish, when they have all stopped.
func (c *conn) killLocked(cause int, err error) {
	if c.cause != alive {
		return
	}
	c.cause, c.err = cause, err
	c.open.Store(false)
	if cause != byPeer {
		// A local close drops what was read and not yet served, as
		// closing a socket drops what it has not read.
		clear(c.in)
		c.in = nil
		for _, m := range c.inflight {
			m.state.CompareAndSwap(offered, dropped)
		}
	}
	for _, b := range c.out {
		c.unqueue(len(b))
	}
	c.out, c.outOwn, c.ownTail = nil, nil, false
	close(c.dead)
	signal(c.dispWake)
	signal(c.reqWake)
	c.nc.SetDeadline(aLongTimeAgo)
	if cw, ok := c.nc.(interface{ CloseWrite() error }); ok {
		cw.CloseWrite()
	}
}

// finish waits for the writer to stop, then frees the handle and closes
// the socket. It runs at the end of the dispatcher goroutine, which was
// the last to read.
func (c *conn) finish() {
	c.kill(byPeer, ErrClosed) // no-op unless the dispatcher itself failed
	c.writer.Wait()
	c.s.unregister(c)
}

// badHandle is the error for using the connection when it is not open.
func (c *conn) badHandle() error {
	return fmt.Errorf("handle %d: %w", c.h, ErrBadHandle)
}

// closedErr is the error for a Request on the connection once it has
// ended. c.mu must be held.
func (c *conn) closedErr() error {
	if c.err != nil && !errors.Is(c.err, ErrClosed) && !errors.Is(c.err, os.ErrDeadlineExceeded) {
		return fmt.Errorf("handle %d: %w: %w", c.h, ErrClosed, c.err)
	}
	return fmt.Errorf("handle %d: %w", c.h, ErrClosed)
}
