// This file defines one connection: its reader, dispatcher and writer
// goroutines, its inbound and outbound queues, and how it ends.

package netipc

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"net"
	"runtime/debug"
	"sync"
	"time"
)

// maxInbound is how many read messages a connection holds before its
// reader stops reading, leaving the rest to TCP flow control.
const maxInbound = 64

// Why a connection ended.
const (
	alive    = iota
	byPeer   // EOF, reset, a write or protocol error, a panic in the Core
	byHclose // Hclose, or an interrupted Request: no Core.Close
	byServer // Server.Close
)

// aLongTimeAgo is a deadline in the past, which wakes blocked reads and
// writes (as net/http does).
var aLongTimeAgo = time.Unix(1, 0)

// conn is one connection, accepted or dialled.
type conn struct {
	s        *Server
	h        int
	nc       net.Conn
	br       *bufio.Reader
	user     string // as it logged in; "" for a dialled connection
	addr     net.Addr
	incoming bool // accepted, as opposed to dialled

	dead      chan struct{} // closed by kill
	dispWake  chan struct{} // capacity 1: wakes the dispatcher
	reqWake   chan struct{} // capacity 1: wakes a waiting Request
	readWake  chan struct{} // capacity 1: wakes the reader (room in the inbound queue)
	writeWake chan struct{} // capacity 1: wakes the writer
	io        sync.WaitGroup

	mu sync.Mutex
	// Guarded by mu.
	ready      bool  // the handshake is done: the handle is usable
	cause      int   // why it ended; alive while open
	err        error // what ended it
	in         []*Msg
	readerDone bool // the reader has stopped: no more messages will come
	inflight   *Msg // the message the dispatcher has offered to the Core
	requesting int  // Requests waiting on this connection (nested ones count)
	out        [][]byte
	queued     int  // bytes in out plus bytes being written
	writing    bool // a goroutine is writing to nc
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
		br:        br,
		addr:      nc.RemoteAddr(),
		incoming:  incoming,
		dead:      make(chan struct{}),
		dispWake:  make(chan struct{}, 1),
		reqWake:   make(chan struct{}, 1),
		readWake:  make(chan struct{}, 1),
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

// start makes the registered connection usable and starts its reader and
// writer goroutines. The caller runs dispatch afterwards.
func (c *conn) start() {
	c.mu.Lock()
	c.ready = true
	c.mu.Unlock()
	c.io.Add(2)
	go c.read()
	go c.write()
}

// read reads messages into the inbound queue until the connection ends.
// Runs in its own goroutine.
func (c *conn) read() {
	defer c.io.Done()
	defer c.s.recoverPanic(c, "reader")
	fr := frameReader{r: c.br, max: c.s.opts.MaxMessage, decompress: c.s.opts.Decompress}
	for {
		data, err := fr.next()
		if err != nil {
			if errors.Is(err, ErrProtocol) {
				c.s.opts.Logf("netipc: handle %d (%v): %v", c.h, c.addr, err)
			}
			c.readEnd(err)
			return
		}
		m := &Msg{Handle: c.h, User: c.user, Addr: c.addr, Data: data}
		c.mu.Lock()
		for len(c.in) >= maxInbound && c.cause == alive {
			c.mu.Unlock()
			select {
			case <-c.readWake:
			case <-c.dead:
			}
			c.mu.Lock()
		}
		if c.cause != alive {
			c.mu.Unlock()
			c.readEnd(nil)
			return
		}
		c.in = append(c.in, m)
		c.mu.Unlock()
		signal(c.dispWake)
		signal(c.reqWake)
	}
}

// readEnd records that no more messages will come, and ends the
// connection if it is still open.
func (c *conn) readEnd(err error) {
	c.mu.Lock()
	c.readerDone = true
	c.mu.Unlock()
	signal(c.dispWake)
	signal(c.reqWake)
	if err == nil || errors.Is(err, io.EOF) {
		err = ErrClosed
	}
	c.kill(byPeer, err)
}

// pop removes the first inbound message. c.mu must be held and the queue
// not empty.
func (c *conn) pop() *Msg {
	m := c.in[0]
	n := copy(c.in, c.in[1:]) // at most maxInbound pointers; keeps the capacity
	c.in[n] = nil
	c.in = c.in[:n]
	signal(c.readWake)
	return m
}

// dispatch hands the connection's events to the Core in order: Open,
// the messages, Close; then it tears the connection down. It runs on the
// connection's dispatcher goroutine: for an accepted connection the one
// that read the handshake, for a dialled one its own goroutine, started
// by Dial.
func (c *conn) dispatch() {
	defer c.finish()
	if c.incoming && !c.call(func() { c.s.core.Open(c.h, c.user, c.addr) }) {
		return // closed before it opened: no Open, so no Close
	}
	for {
		m := c.next()
		if m == nil {
			break
		}
		c.deliver(m)
	}
	c.mu.Lock()
	cause := c.cause
	c.mu.Unlock()
	if cause != byHclose {
		c.guard(func() { c.s.core.Close(c.h) })
	}
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

// next waits for the next message for the Core and marks it in flight.
// It returns nil when there will be none: the connection was closed
// locally, or the peer is gone and its messages were all served.
// Messages that arrive while a Request waits on the connection are left
// to it; responses that arrive while none waits are dropped.
func (c *conn) next() *Msg {
	c.mu.Lock()
	defer c.mu.Unlock()
	for {
		switch {
		case c.cause == byHclose || c.cause == byServer:
			return nil
		case c.requesting > 0:
		case len(c.in) > 0:
			m := c.pop()
			if m.Type() == Response {
				continue // nobody waits for it: drop it
			}
			c.inflight = m
			return m
		case c.readerDone:
			return nil
		}
		c.mu.Unlock()
		<-c.dispWake
		c.mu.Lock()
	}
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
	c.mu.Lock()
	local := c.cause == byHclose || c.cause == byServer
	c.mu.Unlock()
	if local {
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

// send queues msg for the writer. It never blocks on the network.
func (c *conn) send(msg []byte) error {
	c.mu.Lock()
	if c.cause != alive || !c.ready {
		c.mu.Unlock()
		return c.badHandle()
	}
	c.out = append(c.out, msg)
	c.queued += len(msg)
	c.mu.Unlock()
	signal(c.writeWake)
	return nil
}

// writeNow writes msg on the calling goroutine if nothing is queued or
// being written, and otherwise queues it behind what is. Either way the
// messages go out in order. It may block on the network.
func (c *conn) writeNow(msg []byte) error {
	c.mu.Lock()
	if c.cause != alive || !c.ready {
		c.mu.Unlock()
		return c.badHandle()
	}
	if c.writing || len(c.out) > 0 {
		c.out = append(c.out, msg)
		c.queued += len(msg)
		c.mu.Unlock()
		signal(c.writeWake)
		return nil
	}
	c.writing = true
	c.queued += len(msg)
	c.mu.Unlock()
	_, err := c.nc.Write(msg)
	c.wrote(len(msg), err)
	if err != nil {
		return fmt.Errorf("handle %d: %w: %w", c.h, ErrClosed, err)
	}
	return nil
}

// wrote records that n bytes were written (or failed with err), wakes
// the writer if more are queued, and Flush if none are.
func (c *conn) wrote(n int, err error) {
	c.mu.Lock()
	c.writing = false
	c.queued -= n
	more := len(c.out) > 0
	if !more && c.drained != nil {
		close(c.drained)
		c.drained = nil
	}
	c.mu.Unlock()
	if err != nil {
		c.kill(byPeer, err)
	} else if more {
		signal(c.writeWake)
	}
}

// write drains the outbound queue onto the network until the connection
// ends. Runs in its own goroutine.
func (c *conn) write() {
	defer c.io.Done()
	for {
		select {
		case <-c.writeWake:
		case <-c.dead:
			return
		}
		for {
			c.mu.Lock()
			if c.cause != alive || c.writing || len(c.out) == 0 {
				c.mu.Unlock()
				break
			}
			bufs := c.out
			c.out = nil
			c.writing = true
			c.mu.Unlock()
			n := 0
			for _, b := range bufs {
				n += len(b)
			}
			nb := net.Buffers(bufs)
			_, err := nb.WriteTo(c.nc)
			c.wrote(n, err)
			if err != nil {
				return
			}
		}
	}
}

// kill ends the connection for cause, once: the first cause sticks. It
// wakes every goroutine of the connection and sends the peer a FIN at
// once; the socket itself is closed by finish, when they have all
// stopped. It is safe to call from any goroutine.
func (c *conn) kill(cause int, err error) {
	c.mu.Lock()
	if c.cause != alive {
		c.mu.Unlock()
		return
	}
	c.cause, c.err = cause, err
	if cause != byPeer {
		// A local close drops what was read and not yet served, as
		// closing a socket drops what it has not read.
		clear(c.in)
		c.in = nil
		if m := c.inflight; m != nil {
			m.state.CompareAndSwap(offered, dropped)
		}
	}
	for _, b := range c.out {
		c.queued -= len(b)
	}
	c.out = nil
	close(c.dead)
	c.mu.Unlock()
	signal(c.dispWake)
	signal(c.reqWake)
	c.nc.SetDeadline(aLongTimeAgo)
	if cw, ok := c.nc.(interface{ CloseWrite() error }); ok {
		cw.CloseWrite()
	}
}

// finish waits for the reader and writer to stop, then frees the handle
// and closes the socket. It runs at the end of the dispatcher goroutine.
func (c *conn) finish() {
	c.kill(byPeer, ErrClosed) // no-op unless the dispatcher itself failed
	c.io.Wait()
	c.s.unregister(c)
}

// badHandle is the error for using the connection when it is not open.
func (c *conn) badHandle() error {
	return fmt.Errorf("handle %d: %w", c.h, ErrBadHandle)
}

// closedErr is the error for a Request on the connection once it has
// ended. c.mu must be held.
func (c *conn) closedErr() error {
	if c.err != nil && !errors.Is(c.err, ErrClosed) {
		return fmt.Errorf("handle %d: %w: %w", c.h, ErrClosed, c.err)
	}
	return fmt.Errorf("handle %d: %w", c.h, ErrClosed)
}
