// This file defines what q code does with a handle, on the loop
// goroutine: send, flush, sync requests, receive, close, and the
// listing behind .z.W and .z.H.

package netipc

import (
	"context"
	"fmt"
	"net"
	"slices"
	"time"
)

// lookup finds the connection with handle h, open or not.
func (s *Server) lookup(h int) (*conn, error) {
	var c *conn
	if t := s.table.Load(); t != nil {
		c = (*t)[h]
	}
	if c == nil {
		return nil, fmt.Errorf("handle %d: %w", h, ErrBadHandle)
	}
	return c, nil
}

// Send queues msg, a whole message with its header (usually async, type
// 0; a deferred response, type 2), to go out on handle h after what is
// already queued (q's neg[h] x). It does not block on the network: the
// connection's writer goroutine writes it. msg must not be modified
// afterwards; the same msg may be sent to several handles.
func (s *Server) Send(h int, msg []byte) error {
	c, err := s.lookup(h)
	if err != nil {
		return err
	}
	return c.send(msg)
}

// SendCopy is Send, but msg is copied before SendCopy returns, so the
// caller may reuse it; small messages are copied into the connection's
// buffer of queued ones, so that a stream of them costs no allocation
// and goes out in few writes. q code calls it on the loop goroutine.
func (s *Server) SendCopy(h int, msg []byte) error {
	c, err := s.lookup(h)
	if err != nil {
		return err
	}
	return c.sendCopy(msg)
}

// Reply sends resp, the response to a sync request on h that the loop
// took, in order after what is already queued, as Send does; but when
// nothing is queued it writes it at once, on the calling goroutine, as
// far as the socket takes it without waiting. It never blocks on the
// network. The Core's Sync then returns nil, as for a deferred
// response. q code calls it on the loop goroutine.
func (s *Server) Reply(h int, resp []byte) error {
	c, err := s.lookup(h)
	if err != nil {
		return err
	}
	return c.sendNow(resp)
}

// Flush blocks until everything queued on h has been written to the
// socket (q's neg[h][]), not necessarily read by the peer. It fails with
// ErrClosed if the connection ends first, and with an error wrapping
// ctx.Err() if ctx ends first (Ctrl-C, -T: a peer that reads nothing
// must not hold the caller for ever); what is queued stays queued. q
// code calls it on the loop goroutine.
func (s *Server) Flush(ctx context.Context, h int) error {
	c, err := s.lookup(h)
	if err != nil {
		return err
	}
	c.mu.Lock()
	if c.cause != alive || !c.ready {
		c.mu.Unlock()
		return c.badHandle()
	}
	if c.queued == 0 {
		c.mu.Unlock()
		return nil
	}
	if c.drained == nil {
		c.drained = make(chan struct{})
	}
	drained := c.drained
	c.mu.Unlock()
	select {
	case <-drained:
		return nil
	case <-c.dead:
		c.mu.Lock()
		defer c.mu.Unlock()
		return c.closedErr()
	case <-ctx.Done():
		return fmt.Errorf("handle %d: flush: %w", h, ctx.Err())
	}
}

// QueueBytes is the number of bytes queued on h and not yet written
// (a value of .z.W); 0 if h is not open.
func (s *Server) QueueBytes(h int) int {
	c, err := s.lookup(h)
	if err != nil {
		return 0
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.cause != alive || !c.ready {
		return 0
	}
	return c.queued
}

// SocketInfo describes open handle h for -38!: whether its socket is a
// Unix domain one, and the messages and bytes queued on it and not yet
// written. ok is false if h is not open.
func (s *Server) SocketInfo(h int) (unix bool, msgs, bytes int, ok bool) {
	c, err := s.lookup(h)
	if err != nil {
		return false, 0, 0, false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.cause != alive || !c.ready {
		return false, 0, 0, false
	}
	_, unix = c.nc.(*net.UnixConn)
	return unix, c.unsent.count(), c.queued, true
}

// IsOpen reports whether h is an open handle, as Handles would list it,
// without listing them all.
func (s *Server) IsOpen(h int) bool {
	c, err := s.lookup(h)
	if err != nil {
		return false
	}
	return c.open.Load()
}

// Handles lists the open handles in ascending order (.z.H, key .z.W).
func (s *Server) Handles() []int {
	s.mu.Lock()
	cs := make([]*conn, 0, len(s.conns))
	for _, c := range s.conns {
		cs = append(cs, c)
	}
	s.mu.Unlock()
	hs := make([]int, 0, len(cs))
	for _, c := range cs {
		c.mu.Lock()
		if c.cause == alive && c.ready {
			hs = append(hs, c.h)
		}
		c.mu.Unlock()
	}
	slices.Sort(hs)
	return hs
}

// Hclose closes handle h (q's hclose): what is queued for it is written
// first, as kdb+ has written an async message by the time neg[h] returns,
// waiting up to settleWait for a peer that reads nothing (what is still
// queued then is dropped); what was read from it and not yet served is
// dropped, and the peer then sees the connection close. Core.Close is not
// called for it.
func (s *Server) Hclose(h int) error {
	c, err := s.lookup(h)
	if err != nil {
		return err
	}
	c.mu.Lock()
	open := c.cause == alive && c.ready
	c.mu.Unlock()
	if !open {
		return c.badHandle()
	}
	c.settle(time.Now().Add(settleWait)) // what neg[h] sent goes first
	c.kill(byHclose, nil)
	return nil
}

// Request sends msg, a whole sync message (type 1), on handle h after
// what is already queued there, and blocks until the response arrives
// (q's h x). It returns the whole response message, decompressed; an
// error response (type -128 object) is still a response, for the caller
// to decode. While it waits, it serves on the calling goroutine, through
// serve and in arrival order, every async message and sync request that
// arrives on h before the response, including one the Core was offered
// and the loop has not started; the responses serve returns go back on
// h. serve may call Request again, on h or another handle. A nil serve
// ignores asyncs and leaves sync requests unanswered.
//
// q code calls it on the loop goroutine; at most one goroutine may wait
// on a handle at a time (nested calls from serve are fine). If ctx ends
// first (Ctrl-C), the handle is closed as by Hclose, as kdb+ leaves it
// unusable, and the error wraps ctx.Err(). If the connection ends first,
// the error wraps ErrClosed.
func (s *Server) Request(ctx context.Context, h int, msg []byte, serve ServeFunc) ([]byte, error) {
	c, err := s.lookup(h)
	if err != nil {
		return nil, err
	}
	return c.await(ctx, msg, Response, serve)
}

// Receive blocks until an async message arrives on h and returns it
// whole (q's h[], the deferred-sync idiom). Sync requests that arrive
// first are served through serve, as in Request, and stray responses are
// dropped. It runs on the caller's goroutine, the loop, like Request.
func (s *Server) Receive(ctx context.Context, h int, serve ServeFunc) ([]byte, error) {
	c, err := s.lookup(h)
	if err != nil {
		return nil, err
	}
	return c.await(ctx, nil, Async, serve)
}

// await sends req, if any, and serves what arrives on c until a message
// of type want, which it returns. It runs on the caller's goroutine.
func (c *conn) await(ctx context.Context, req []byte, want byte, serve ServeFunc) ([]byte, error) {
	c.mu.Lock()
	if c.cause != alive || !c.ready {
		c.mu.Unlock()
		return nil, c.badHandle()
	}
	c.requesting++ // from now on the dispatcher leaves the messages to us
	c.mu.Unlock()
	defer func() {
		c.mu.Lock()
		c.requesting--
		pause := c.requesting == 0 && c.s.opts.ResumeOnIdle
		c.paused = c.paused || pause // before the dispatcher can see requesting at 0
		c.mu.Unlock()
		if pause {
			c.s.pause(c)
		} else {
			signal(c.dispWake)
		}
	}()
	if ctx.Done() != nil {
		stop := context.AfterFunc(ctx, func() { c.kill(byHclose, ctx.Err()) })
		defer stop()
	}

	if req != nil {
		if err := c.writeNow(req); err != nil {
			return nil, err
		}
	}
	for {
		c.mu.Lock()
		var m *Msg
		switch {
		case c.stealInflight(&m):
			// The messages the dispatcher offered the Core are older than
			// anything in the queue. Those the loop has not started it
			// will not start before this returns: the loop is here,
			// waiting. Serve them first, here, one at a time, in order.
		case len(c.in) > 0:
			m = c.pop()
		case c.cause == byHclose || c.cause == byServer || c.readerDone:
			err := c.closedErr()
			c.mu.Unlock()
			if ctx.Err() != nil {
				return nil, fmt.Errorf("handle %d: %w", c.h, ctx.Err())
			}
			return nil, err
		case c.reading == nobody:
			m = c.readLocked(byRequest) // nil: the end, seen next time round
		}
		if m != nil {
			m.state.Store(stolen) // served here: the Core never sees it (inflight ones: stolen already)
			c.mu.Unlock()
			if r, done := c.serveOne(m, want, serve); done {
				return r, nil
			}
			continue
		}
		reading := c.reading
		c.mu.Unlock()
		if reading == nobody {
			continue
		}
		// The dispatcher is finishing a read: it hands over what it
		// read, or the token, and signals.
		select {
		case <-c.reqWake:
		case <-ctx.Done():
			c.kill(byHclose, ctx.Err()) // done already by AfterFunc, maybe not yet
			return nil, fmt.Errorf("handle %d: %w", c.h, ctx.Err())
		}
	}
}

// stealInflight claims for a Request the oldest message the dispatcher
// offered the Core that the loop has not started, if any, into *m, and
// reports whether there was one. c.mu must be held.
func (c *conn) stealInflight(m **Msg) bool {
	for _, x := range c.inflight {
		if x.state.CompareAndSwap(offered, stolen) {
			*m = x
			return true
		}
	}
	return false
}

// serveOne serves m while waiting for a message of type want: it
// reports done, with m's bytes, if m is that message.
func (c *conn) serveOne(m *Msg, want byte, serve ServeFunc) (msg []byte, done bool) {
	switch t := m.Type(); {
	case t == want:
		return m.Data, true
	case t == Response || serve == nil:
		return nil, false
	case t == Sync:
		if resp := serve(m); resp != nil {
			c.writeNow(resp)
		}
	default:
		serve(m)
	}
	return nil, false
}

// pause leaves c's dispatcher waiting until Resume (ResumeOnIdle).
func (s *Server) pause(c *conn) {
	s.pauseMu.Lock()
	s.paused = append(s.paused, c)
	s.pausing.Store(true)
	s.pauseMu.Unlock()
}

// Resume lets the dispatchers of the connections a Request, Receive or
// Scatter waited on since the last call read again (ResumeOnIdle). The
// Core calls it when it is idle, on its loop goroutine; when no
// dispatcher waits it costs one atomic load.
func (s *Server) Resume() {
	if !s.pausing.Load() {
		return
	}
	s.pauseMu.Lock()
	cs := s.paused
	s.paused = nil
	s.pausing.Store(false)
	s.pauseMu.Unlock()
	for _, c := range cs {
		c.mu.Lock()
		c.paused = false
		c.mu.Unlock()
		signal(c.dispWake)
	}
}
