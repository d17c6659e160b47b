// This file defines the Server: the handle table, the listener with its
// accept loop, the server side of the handshake, and Dial.

package netipc

import (
	"bufio"
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"net"
	"runtime/debug"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
)

// Server is the process's IPC side: the table of open handles, whether
// accepted or dialled, and at most one listener. Its methods are safe to
// call from any goroutine; the doc of each says which goroutine q code
// calls it on and whether it blocks.
type Server struct {
	core Core
	opts Options
	quit chan struct{} // closed by Close
	wg   sync.WaitGroup

	tlsMode atomic.Int32               // -E: TLSOff, TLSAlso or TLSOnly
	tlsCfg  atomic.Pointer[tls.Config] // how TLS connections are accepted

	// opening is held from a client's login until its Open is handed
	// to the Core and its handshake reply released, so that .z.po runs
	// for connections in the order they were let in: a client that
	// connects as soon as its previous connection is answered is not
	// opened before it.
	opening sync.Mutex

	mu     sync.Mutex
	closed bool
	ln     net.Listener
	uds    net.Listener          // the Unix socket beside ln, if any
	conns  map[int]*conn         // by handle, from the handshake until finish
	others map[net.Conn]struct{} // accepted, not in conns: in the handshake, or HTTP

	// table is a copy of conns, replaced whole on each change, which
	// lookup reads without the lock: q code looks a handle up on every
	// message it sends, connections come and go rarely.
	table atomic.Pointer[map[int]*conn]

	// The connections whose dispatchers wait for Resume (ResumeOnIdle).
	pauseMu sync.Mutex
	paused  []*conn
	pausing atomic.Bool // paused is not empty
}

// New makes a Server that reports its connections' events to core. It
// does not listen until Listen or Serve.
func New(core Core, opts Options) *Server {
	return &Server{
		core:   core,
		opts:   opts.withDefaults(),
		quit:   make(chan struct{}),
		conns:  map[int]*conn{},
		others: map[net.Conn]struct{}{},
	}
}

// Listen makes a Server and listens on the TCP address addr
// ("host:port", ":0" for any free port).
func Listen(addr string, core Core, opts Options) (*Server, error) {
	s := New(core, opts)
	if _, err := s.Listen(addr); err != nil {
		return nil, err
	}
	return s, nil
}

// Listen listens on the TCP address addr ("host:port", ":0" for any free
// port), replacing the current listener, if any, once the new one is
// open; connections already open stay open. It returns the port
// listened on. q code calls it on the loop goroutine (`\p`).
func (s *Server) Listen(addr string) (port int, err error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return 0, err
	}
	if err := s.Serve(ln); err != nil {
		return 0, err
	}
	return s.Port(), nil
}

// Serve accepts connections on ln, on a goroutine of its own, replacing
// the current listener (which it closes). It does not block. The Server
// owns ln from now on, even when Serve fails.
func (s *Server) Serve(ln net.Listener) error {
	reserveSpare()
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		ln.Close()
		return ErrServerClosed
	}
	old, oldUDS := s.ln, s.uds
	s.ln, s.uds = ln, nil
	// The old listener's numbers go back before the new one takes its
	// own, as kdb+ closes the old socket first: `\p` again keeps 3.
	ReleaseHandle(old)
	ReleaseHandle(oldUDS)
	TakeHandle(ln) // the listener holds a descriptor in kdb+, 3 at -p
	s.wg.Add(1)
	s.mu.Unlock()
	closeListener(old)
	closeListener(oldUDS)
	go s.accept(ln)
	s.serveUnix(ln)
	return nil
}

// Unlisten stops listening (`\p 0`); open connections stay open.
func (s *Server) Unlisten() {
	s.mu.Lock()
	ln, uds := s.ln, s.uds
	s.ln, s.uds = nil, nil
	s.mu.Unlock()
	closeListener(ln)
	closeListener(uds)
}

// closeListener gives back ln's handle number and closes it, if there is
// one.
func closeListener(ln net.Listener) {
	if ln != nil {
		ReleaseHandle(ln)
		ln.Close()
	}
}

// Addr is the listener's address, or nil when not listening.
func (s *Server) Addr() net.Addr {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.ln == nil {
		return nil
	}
	return s.ln.Addr()
}

// Port is the TCP port listened on, or 0.
func (s *Server) Port() int {
	if a, ok := s.Addr().(*net.TCPAddr); ok {
		return a.Port
	}
	return 0
}

// accept accepts connections on ln until it is closed, backing off on
// errors such as running out of file descriptors (as net/http does).
// Runs in its own goroutine.
func (s *Server) accept(ln net.Listener) {
	defer s.wg.Done()
	var delay time.Duration
	for {
		nc, err := ln.Accept()
		if err != nil {
			if errors.Is(err, net.ErrClosed) {
				return
			}
			if outOfDescriptors(err) && s.refuse(ln) {
				continue
			}
			if delay == 0 { // once per burst of failures, not once per retry
				s.opts.Logf("netipc: accept: %v; retrying", err)
			}
			delay = min(max(2*delay, 5*time.Millisecond), time.Second)
			t := time.NewTimer(delay)
			select {
			case <-t.C:
			case <-s.quit:
				t.Stop()
				return
			}
			continue
		}
		accepted()
		delay = 0
		s.mu.Lock()
		if s.closed {
			s.mu.Unlock()
			nc.Close()
			return
		}
		s.wg.Add(1)
		s.others[nc] = struct{}{}
		s.mu.Unlock()
		go s.serveConn(nc)
	}
}

// serveConn reads an accepted connection's first bytes and serves it:
// as HTTP through Options.HTTP, or as kdb+ IPC after the handshake, on
// this goroutine as its dispatcher. Runs in its own goroutine.
func (s *Server) serveConn(nc net.Conn) {
	defer s.wg.Done()
	raw := nc
	defer s.forget(raw) // once it is registered, or served as HTTP, or closed
	if d := s.opts.HandshakeTimeout; d > 0 {
		nc.SetDeadline(time.Now().Add(d))
	}
	br := bufio.NewReaderSize(nc, readBufSize)
	if nc, br = s.startTLS(nc, br); nc == nil {
		raw.Close()
		return
	}
	hello, http, err := readHello(br)
	if err != nil {
		if !errors.Is(err, io.EOF) && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, net.ErrClosed) && !ordinary(err) {
			s.opts.Logf("netipc: handshake from %v: %v", nc.RemoteAddr(), err)
		}
		nc.Close()
		return
	}
	if http {
		s.serveHTTP(nc, br)
		return
	}
	user, password, capability := parseHello(hello)
	if capability == 0 && br.Buffered() > 0 {
		// "user:pass" 00 00: a capability of 0 sent with its NUL, and
		// read as no capability. Clients wait for the reply before
		// sending a message, so a buffered NUL is that terminator.
		if b, _ := br.Peek(1); b[0] == 0 {
			br.Discard(1)
		}
	}
	c := newConn(s, nc, br, true)
	c.user = user
	if err := s.register(c); err != nil {
		nc.Close()
		return
	}
	s.forget(raw)
	ok := false
	c.guard(func() { ok = s.core.Auth(c.h, user, password, c.addr) })
	s.opening.Lock()
	c.opened = sync.OnceFunc(s.opening.Unlock)
	c.mu.Lock()
	killed := c.cause != alive
	c.mu.Unlock()
	if !ok || killed {
		c.opened()
		s.unregister(c)
		return
	}
	nc.SetDeadline(time.Time{})
	// The reply leaves once the Core has taken Open (dispatch), so that
	// whatever the client sends after it, on any connection, comes after
	// .z.po, as in q; what Open's handler sends on the handle follows it.
	c.hold([]byte{replyCapability(capability)})
	c.start()
	c.dispatch()
}

// serveHTTP hands a connection that speaks HTTP to Options.HTTP. It runs
// on the connection's goroutine.
func (s *Server) serveHTTP(nc net.Conn, br *bufio.Reader) {
	defer nc.Close()
	if s.opts.HTTP == nil {
		return
	}
	defer func() {
		if p := recover(); p != nil {
			s.opts.Logf("netipc: panic in HTTP handler: %v\n%s", p, debug.Stack())
		}
	}()
	nc.SetDeadline(time.Time{})
	s.opts.HTTP(&prefixConn{Conn: nc, r: br})
}

// forget removes nc from the connections Close must close itself.
func (s *Server) forget(nc net.Conn) {
	s.mu.Lock()
	delete(s.others, nc)
	s.mu.Unlock()
}

// prefixConn is a connection whose first bytes were already read into r.
type prefixConn struct {
	net.Conn
	r *bufio.Reader
}

// Read reads the bytes already read first, then the connection.
func (p *prefixConn) Read(b []byte) (int, error) { return p.r.Read(b) }

// Dial opens a connection to a kdb+ process at address on network ("tcp"
// or "unix"), logs in as user with password (omitted from the handshake
// when empty), and returns its handle (q's hopen). ctx bounds the
// connection and the handshake: when it expires the error wraps
// ErrTimeout. A server that closes the connection during the handshake
// rejected the credentials: ErrAccess. Other failures wrap the network
// error (q reports them as 'hop, with the OS's message). q code calls it
// on the loop goroutine, which it blocks until the handshake is done.
// Core.Open is not called for the connection, but Core.Close is when it
// ends other than by Hclose.
func (s *Server) Dial(ctx context.Context, network, address, user, password string) (int, error) {
	var nc net.Conn
	var err error
	if network == "tcps" {
		if nc, err = dialTLS(ctx, address); err != nil {
			return 0, err
		}
		return s.DialConn(ctx, nc, user, password)
	}
	var d net.Dialer
	nc, err = d.DialContext(ctx, network, address)
	if err != nil {
		if ctx.Err() != nil || isTimeout(err) {
			return 0, fmt.Errorf("%w: %w", ErrTimeout, err)
		}
		return 0, fmt.Errorf("hop: %w", err)
	}
	return s.DialConn(ctx, nc, user, password)
}

// DialConn is Dial over nc, a connection already open to a kdb+ process
// (a TLS connection, say): it sends the handshake, waits for the reply
// and returns the new handle, with Dial's errors. The Server owns nc from
// then on, and closes it when the handshake fails.
func (s *Server) DialConn(ctx context.Context, nc net.Conn, user, password string) (int, error) {
	if dl, ok := ctx.Deadline(); ok {
		nc.SetDeadline(dl)
	}
	stop := context.AfterFunc(ctx, func() { nc.SetDeadline(aLongTimeAgo) })
	var reply [1]byte
	_, err := nc.Write(helloBytes(user, password))
	if err == nil {
		_, err = io.ReadFull(nc, reply[:])
	}
	if !stop() || ctx.Err() != nil {
		nc.Close()
		return 0, fmt.Errorf("%w: %w", ErrTimeout, ctx.Err())
	}
	if err != nil {
		nc.Close()
		switch {
		case isTimeout(err):
			return 0, fmt.Errorf("%w: %w", ErrTimeout, err)
		case errors.Is(err, io.EOF), errors.Is(err, syscall.ECONNRESET), errors.Is(err, syscall.EPIPE):
			return 0, ErrAccess
		}
		return 0, fmt.Errorf("hop: %w", err)
	}
	nc.SetDeadline(time.Time{})
	c := newConn(s, nc, nil, false)
	if err := s.register(c); err != nil {
		nc.Close()
		return 0, err
	}
	c.start()
	go c.dispatch() // the dialled connection's dispatcher, counted in s.wg by register
	return c.h, nil
}

// isTimeout reports whether err is a network timeout.
func isTimeout(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}

// register gives c a handle, the number its socket holds in the
// process's table (numbers.go), and enters it in the table. From then until unregister, c counts in
// s.wg: its dispatcher, which waits for its writer.
func (s *Server) register(c *conn) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return ErrServerClosed
	}
	h := TakeHandle(socketOf(c.nc))
	c.h = h
	s.conns[h] = c
	s.publish()
	s.wg.Add(1)
	return nil
}

// publish makes table a copy of conns. s.mu must be held.
func (s *Server) publish() {
	t := make(map[int]*conn, len(s.conns))
	for h, c := range s.conns {
		t[h] = c
	}
	s.table.Store(&t)
}

// unregister removes c from the table, then gives back its number and
// closes its socket, in that order, so that its number cannot go to a
// new socket while it is still in the table. It is called once for each registered connection, as its
// last step.
func (s *Server) unregister(c *conn) {
	s.mu.Lock()
	if s.conns[c.h] == c {
		delete(s.conns, c.h)
		s.publish()
	}
	s.mu.Unlock()
	ReleaseHandle(socketOf(c.nc))
	c.nc.Close()
	s.wg.Done()
}

// recoverPanic, deferred by a connection goroutine, logs a panic and
// ends the connection.
func (s *Server) recoverPanic(c *conn, where string) {
	if p := recover(); p != nil {
		s.opts.Logf("netipc: panic in %s, handle %d: %v\n%s", where, c.h, p, debug.Stack())
		c.mu.Lock()
		c.readerDone = true
		c.killLocked(byPeer, fmt.Errorf("panic: %v", p))
		c.mu.Unlock()
	}
}

// isClosed reports whether Close has been called. It is safe from any
// goroutine.
func (s *Server) isClosed() bool {
	select {
	case <-s.quit:
		return true
	default:
		return false
	}
}

// Close stops listening, closes every connection (Core.Close is called
// for each open one, as for a peer's close), every HTTP connection and
// every connection still in its handshake, and waits for all their
// goroutines to finish. It must not be called from a Core method, which
// it would wait for. It is safe to call more than once.
func (s *Server) Close() error {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		s.wg.Wait()
		return nil
	}
	s.closed = true
	close(s.quit)
	ln, uds := s.ln, s.uds
	s.ln, s.uds = nil, nil
	closeListener(uds)
	conns := make([]*conn, 0, len(s.conns))
	for _, c := range s.conns {
		conns = append(conns, c)
	}
	var others []net.Conn
	for nc := range s.others {
		others = append(others, nc)
	}
	s.mu.Unlock()
	closeListener(ln)
	deadline := time.Now().Add(settleWait)
	for _, c := range conns {
		c.settle(deadline) // what neg[h] sent before exit goes out first
	}
	for _, c := range conns {
		c.kill(byServer, ErrServerClosed)
	}
	for _, nc := range others {
		nc.Close()
	}
	// A connection that ended while a Request waited on it was killed
	// already (kill above did nothing to it), and its dispatcher waits
	// for a Resume (ResumeOnIdle) that a loop exiting in the same event
	// never gives: give it, so the dispatcher ends.
	s.Resume()
	s.wg.Wait()
	return nil
}
