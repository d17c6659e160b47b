// This file defines Web, the HTTP and WebSocket side of the IPC port:
// the WebCore it reports to, the server side of the WebSocket handshake,
// and the table of WebSocket handles with what q code does with them
// (send, flush, close).

package netipc

import (
	"bufio"
	"context"
	"crypto/sha1"
	"encoding/base64"
	"fmt"
	"log"
	"math"
	"net"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"time"
)

// WebCore is the event side of HTTP and WebSocket connections: the zns
// loop, which runs .z.ac, .z.ph, .z.pp, .z.pm, .z.wo, .z.ws and .z.wc.
// Every method is called on a connection goroutine, never on the loop
// goroutine; an implementation forwards the call to the loop and waits
// until the loop is done with it. Calls about one connection come one
// at a time and in order. Once the process is shutting down, every
// method must return promptly.
type WebCore interface {
	// HTTPRequest answers one HTTP request that is not a WebSocket
	// upgrade, authentication included, with the whole response: status
	// line, header fields and body. h is the connection's handle (its
	// socket's number, as .z.w in kdb+'s .z.ph) and
	// header holds the fields as sent, in order. A nil response closes
	// the connection without a reply.
	HTTPRequest(h int, addr net.Addr, method, target string, header [][2]string, body []byte) (response []byte)
	// WSUpgrade decides whether a WebSocket upgrade request from addr,
	// for target with header, is accepted (authentication): it returns
	// the user the connection logs in as (.z.u), and nil to accept or
	// the response to send instead. h is the handle the connection will
	// have.
	WSUpgrade(h int, addr net.Addr, target string, header [][2]string) (user string, reject []byte)
	// WSOpened reports that the accepted WebSocket h is open (.z.wo),
	// before any of its messages, and before the 101 response is
	// written, which leaves when it returns: so it must hand the event
	// to the loop and return without waiting for .z.wo to run. It is
	// not called for a WebSocket this process opened (Dial).
	WSOpened(h int, user string, addr net.Addr)
	// WSMessage delivers one whole message that arrived on WebSocket h
	// (.z.ws): a text message (a q string) or, if binary, a binary one
	// (a q byte vector). data is the core's to keep.
	WSMessage(h int, user string, addr net.Addr, binary bool, data []byte)
	// WSClosed reports that WebSocket h has closed (.z.wc): the peer
	// closed it, the network failed, the peer broke the protocol, or
	// the Web was shut down. It is called once per WebSocket, after its
	// last message, except for one closed by Close (as .z.pc is not run
	// for a local hclose). The handle is already unusable; its number
	// is reused only after WSClosed returns.
	WSClosed(h int)
}

// WebOptions configures a Web. The zero value is usable.
type WebOptions struct {
	// MaxMessage is the longest HTTP request body and the longest
	// WebSocket message accepted, in bytes. Zero means math.MaxInt32.
	MaxMessage int
	// RequestTimeout bounds how long a client may take to send a
	// request's line and header fields once it has connected. Zero means
	// 30 seconds; negative, no limit.
	RequestTimeout time.Duration
	// IdleTimeout bounds how long a kept-alive HTTP connection may wait
	// for its next request. Zero means 60 seconds; negative, no limit.
	IdleTimeout time.Duration
	// CloseTimeout bounds how long a closing WebSocket waits for the
	// peer's close frame and for its last writes. Zero means 2 seconds.
	CloseTimeout time.Duration
	// WriteTimeout bounds how long an HTTP response (or the answer to an
	// upgrade) may wait for the peer to take any more of it: a client
	// that asks and never reads is dropped then, rather than hold its
	// connection and goroutine for ever. A slow reader that keeps taking
	// some is not. Zero means 60 seconds; negative, no limit.
	WriteTimeout time.Duration
	// Backlog is the most bytes that may wait to be written to an
	// accepted WebSocket while its next frame is read, as the Server's
	// Options.Backlog: beyond it, the WebSocket is not read until its
	// peer has taken enough, so a client that pings or asks and never
	// reads cannot fill the server's memory. Zero means 64 MB; negative,
	// no limit.
	Backlog int
	// Room, when set, is asked before an HTTP request's body or a
	// WebSocket message grows to n bytes as it arrives; an error
	// ('wsfull) refuses it: the request is answered 400, the WebSocket
	// closed with 1009. It must be safe for concurrent use.
	Room func(n int) error
	// Logf reports what nobody waits for: malformed requests, protocol
	// violations, panics in WebCore calls. Nil means log.Printf. It is
	// called from connection goroutines.
	Logf func(format string, args ...any)
}

// withDefaults fills in the zero fields of o.
func (o WebOptions) withDefaults() WebOptions {
	if o.MaxMessage <= 0 {
		o.MaxMessage = math.MaxInt32
	}
	if o.RequestTimeout == 0 {
		o.RequestTimeout = 30 * time.Second
	}
	if o.IdleTimeout == 0 {
		o.IdleTimeout = 60 * time.Second
	}
	if o.WriteTimeout == 0 {
		o.WriteTimeout = 60 * time.Second
	}
	if o.Backlog == 0 {
		o.Backlog = 64 << 20
	}
	if o.CloseTimeout <= 0 {
		o.CloseTimeout = 2 * time.Second
	}
	if o.Logf == nil {
		o.Logf = log.Printf
	}
	return o
}

// Web serves HTTP and WebSocket connections on the IPC port (through
// Options.HTTP) and opens WebSockets to other processes (Dial). It keeps
// the table of WebSocket handles, numbered with the Server's IPC handles
// (numbers.go), so the two never collide.
// Its methods are safe to call from any goroutine; the doc of each says
// which goroutine q code calls it on and whether it blocks.
type Web struct {
	core WebCore
	opts WebOptions
	wg   sync.WaitGroup // every connection goroutine

	mu     sync.Mutex
	closed bool
	socks  map[int]*wsConn       // WebSockets by handle, until their socket is closed
	http   map[net.Conn]struct{} // connections being served as HTTP
}

// NewWeb makes a Web that reports to core. Its Serve method is the
// Server's Options.HTTP.
func NewWeb(core WebCore, opts WebOptions) *Web {
	return &Web{
		core:  core,
		opts:  opts.withDefaults(),
		socks: map[int]*wsConn{},
		http:  map[net.Conn]struct{}{},
	}
}

// Serve serves nc, a connection whose first bytes are an HTTP request,
// until it closes: each request is answered by the WebCore, or upgraded
// to a WebSocket, which Serve then serves until it closes. It is the
// Server's Options.HTTP hook, so it runs on the connection's goroutine;
// nc is closed when it returns.
func (w *Web) Serve(nc net.Conn) {
	w.mu.Lock()
	if w.closed {
		w.mu.Unlock()
		nc.Close()
		return
	}
	w.http[nc] = struct{}{}
	w.wg.Add(1)
	w.mu.Unlock()
	defer func() {
		w.mu.Lock()
		delete(w.http, nc)
		w.mu.Unlock()
		nc.Close()
		w.wg.Done()
	}()
	defer func() {
		if p := recover(); p != nil {
			w.opts.Logf("netipc: panic serving HTTP from %v: %v\n%s", nc.RemoteAddr(), p, debug.Stack())
		}
	}()
	w.serveHTTP(nc)
}

// Close closes every WebSocket (WSClosed is called for each, as for a
// peer's close) and every HTTP connection, and waits for their
// goroutines. It must not be called from a WebCore method, which it
// would wait for. It is safe to call more than once.
func (w *Web) Close() error {
	w.mu.Lock()
	w.closed = true
	var ncs []net.Conn
	for nc := range w.http {
		ncs = append(ncs, nc)
	}
	var cs []*wsConn
	for _, c := range w.socks {
		cs = append(cs, c)
	}
	w.mu.Unlock()
	for _, c := range cs {
		c.end(byServer)
		c.nc.Close()
	}
	for _, nc := range ncs {
		nc.Close()
	}
	w.wg.Wait()
	return nil
}

// isUpgrade reports whether r asks to become a WebSocket.
func isUpgrade(r *Request) bool { return r.hasToken("Upgrade", "websocket") }

// wsGUID is the RFC 6455 constant appended to the client's key.
const wsGUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"

// wsAccept is the Sec-WebSocket-Accept value for a client's key.
func wsAccept(key string) string {
	h := sha1.Sum([]byte(key + wsGUID))
	return base64.StdEncoding.EncodeToString(h[:])
}

// validWSKey reports whether key is the base64 of 16 bytes.
func validWSKey(key string) bool {
	b, err := base64.StdEncoding.DecodeString(key)
	return err == nil && len(b) == 16
}

// upgrade serves r, a WebSocket upgrade request, on nc: the handshake,
// then the WebSocket until it closes. It runs on the connection's
// goroutine.
func (w *Web) upgrade(nc net.Conn, br *bufio.Reader, r *Request) {
	key := r.Get("Sec-WebSocket-Key")
	switch {
	case r.Method != "GET" || !r.hasToken("Connection", "upgrade") || !validWSKey(key):
		nc.Write(httpError("400 Bad Request", "'bad websocket upgrade"))
		return
	case r.Get("Sec-WebSocket-Version") != "13":
		nc.Write([]byte("HTTP/1.1 426 Upgrade Required\r\nSec-WebSocket-Version: 13\r\nConnection: close\r\nContent-Length: 0\r\n\r\n"))
		return
	}
	c := w.newWSConn(nc, br, true)
	if err := w.register(c); err != nil {
		return
	}
	var user string
	var reject []byte
	ok := c.guard(func() { user, reject = w.core.WSUpgrade(c.h, r.Addr, r.Target, r.Header) })
	if !ok || reject != nil {
		if reject != nil {
			w.write(nc, reject)
		}
		w.unregister(c)
		return
	}
	// the header lines in the order a kdb+ server sends them
	// (docs/kb/websockets.md: Connection, Upgrade, Sec-WebSocket-Accept)
	resp := "HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Accept: " + wsAccept(key) + "\r\n"
	if p := r.Get("Sec-WebSocket-Protocol"); p != "" {
		// kdb+ accepts the sub-protocol a client asks for (kxnodeflate
		// among them); a browser fails the connection if none is chosen.
		p, _, _ = strings.Cut(p, ",")
		resp += "Sec-WebSocket-Protocol: " + strings.TrimSpace(p) + "\r\n"
	}
	c.user = user
	// The 101 leaves once the WebCore has taken .z.wo, so that what the
	// client sends after it, on any connection, comes after .z.wo, as in
	// q; what .z.wo sends is queued behind it (the writer starts after).
	opened := c.guard(func() { w.core.WSOpened(c.h, c.user, c.addr) })
	if err := w.write(nc, []byte(resp+"\r\n")); err != nil {
		c.end(byPeer)
		opened = false
	}
	c.start()
	if opened {
		c.read()
	}
	c.finish()
}

// register gives c a handle, the number its socket holds in the
// process's table (the HTTP connection's, for an upgrade), and enters it
// in the table.
func (w *Web) register(c *wsConn) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.closed {
		return ErrServerClosed
	}
	h := TakeHandle(socketOf(c.nc))
	c.h = h
	w.socks[h] = c
	return nil
}

// unregister removes c from the table, then closes its socket, in that
// order, so that its number cannot go to a new socket while it is still
// in the table.
func (w *Web) unregister(c *wsConn) {
	w.mu.Lock()
	if w.socks[c.h] == c {
		delete(w.socks, c.h)
	}
	w.mu.Unlock()
	ReleaseHandle(socketOf(c.nc))
	c.nc.Close()
}

// lookup finds the open WebSocket with handle h.
func (w *Web) lookup(h int) (*wsConn, error) {
	w.mu.Lock()
	c := w.socks[h]
	w.mu.Unlock()
	if c == nil || !c.open() {
		return nil, fmt.Errorf("handle %d: %w", h, ErrBadHandle)
	}
	return c, nil
}

// IsOpen reports whether h is an open WebSocket.
func (w *Web) IsOpen(h int) bool {
	_, err := w.lookup(h)
	return err == nil
}

// Handles lists the open WebSockets' handles in ascending order.
func (w *Web) Handles() []int {
	w.mu.Lock()
	cs := make([]*wsConn, 0, len(w.socks))
	for _, c := range w.socks {
		cs = append(cs, c)
	}
	w.mu.Unlock()
	var hs []int
	for _, c := range cs {
		if c.open() {
			hs = append(hs, c.h)
		}
	}
	slices.Sort(hs)
	return hs
}

// Send queues a message on WebSocket h (q's neg[h] x): a text message,
// which must be UTF-8, or a binary one. It does not block on the
// network: the connection's writer goroutine writes it.
func (w *Web) Send(h int, binary bool, data []byte) error {
	c, err := w.lookup(h)
	if err != nil {
		return err
	}
	op := wsText
	if binary {
		op = wsBinary
	}
	return c.send(appendWSFrame(make([]byte, 0, len(data)+wsMaxFrameHead), op, data, !c.server))
}

// Flush blocks until everything queued on WebSocket h has been written
// (q's neg[h][]), or ctx ends (an error wrapping ctx.Err(); what is
// queued stays queued). q code calls it on the loop goroutine.
func (w *Web) Flush(ctx context.Context, h int) error {
	c, err := w.lookup(h)
	if err != nil {
		return err
	}
	return c.flush(ctx)
}

// SocketInfo describes open WebSocket h for -38!: whether its socket is
// a Unix domain one, and the frames and bytes queued on it and not yet
// written. ok is false if h is not open.
func (w *Web) SocketInfo(h int) (unix bool, msgs, bytes int, ok bool) {
	c, err := w.lookup(h)
	if err != nil {
		return false, 0, 0, false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.cause != alive {
		return false, 0, 0, false
	}
	_, unix = c.nc.(*net.UnixConn)
	return unix, len(c.out) + c.inWrite, c.queued, true
}

// Queued is the number of bytes queued on WebSocket h and not yet
// written (its value in .z.W); 0 if h is not open.
func (w *Web) Queued(h int) int {
	c, err := w.lookup(h)
	if err != nil {
		return 0
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.queued
}

// CloseHandle closes WebSocket h (q's hclose): what is queued is
// dropped, a close frame (1000) goes to the peer, and the socket closes
// once the peer answers it or CloseTimeout passes. WSClosed is not
// called for it. It does not block.
func (w *Web) CloseHandle(h int) error {
	c, err := w.lookup(h)
	if err != nil {
		return err
	}
	c.end(byHclose)
	return nil
}

// Connection states and causes of the end, as for IPC connections
// (conn.go): alive, byPeer, byHclose, byServer.

// wsConn is one WebSocket, accepted or dialled.
type wsConn struct {
	w      *Web
	h      int
	nc     net.Conn
	rd     wsReader
	server bool // accepted: the peer masks its frames, we do not
	user   string
	addr   net.Addr

	dead       chan struct{} // closed by end
	wake       chan struct{} // capacity 1: wakes the writer
	room       chan struct{} // capacity 1: wakes the reader waiting for the backlog to come down
	writerDone chan struct{} // closed when the writer has stopped

	mu sync.Mutex
	// Guarded by mu.
	cause      int // alive until it ends
	out        [][]byte
	queued     int
	writing    bool
	inWrite    int // the frames being written (-38!'s n counts them with out)
	drained    chan struct{}
	closeSent  bool // a close frame is queued or written: nothing may follow
	backlogged bool // the reader waits for queued to come down to the Backlog
}

// newWSConn makes a WebSocket around nc, whose first bytes, if any were
// read already, are in br.
func (w *Web) newWSConn(nc net.Conn, br *bufio.Reader, server bool) *wsConn {
	return &wsConn{
		w:          w,
		nc:         nc,
		rd:         wsReader{br: br, wantMask: server, max: w.opts.MaxMessage, room: w.opts.Room},
		server:     server,
		addr:       nc.RemoteAddr(),
		dead:       make(chan struct{}),
		wake:       make(chan struct{}, 1),
		room:       make(chan struct{}, 1),
		writerDone: make(chan struct{}),
	}
}

// open reports whether c is usable.
func (c *wsConn) open() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.cause == alive
}

// start starts the writer goroutine.
func (c *wsConn) start() { go c.write() }

// guard runs f, a WebCore call, and reports whether it returned; a
// panic in it is logged and ends the connection.
func (c *wsConn) guard(f func()) (ok bool) {
	defer func() {
		if p := recover(); p != nil {
			c.w.opts.Logf("netipc: panic in WebCore, handle %d: %v\n%s", c.h, p, debug.Stack())
			c.end(byPeer)
			ok = false
		}
	}()
	f()
	return true
}

// send queues a whole frame for the writer. It never blocks on the
// network.
func (c *wsConn) send(frame []byte) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.cause != alive || c.closeSent {
		return fmt.Errorf("handle %d: %w", c.h, ErrBadHandle)
	}
	c.queue(frame)
	return nil
}

// queue adds frame to the outbound queue and wakes the writer. c.mu is
// held.
func (c *wsConn) queue(frame []byte) {
	c.out = append(c.out, frame)
	c.queued += len(frame)
	signal(c.wake)
}

// sendClose queues a close frame with code and reason, unless one was
// queued already. c.mu is held.
func (c *wsConn) sendClose(code uint16, reason string) {
	if c.closeSent {
		return
	}
	c.closeSent = true
	c.queue(appendWSFrame(nil, wsClose, closePayload(code, reason), !c.server))
}

// flush waits until the queue is empty, or ctx ends.
func (c *wsConn) flush(ctx context.Context) error {
	c.mu.Lock()
	if c.queued == 0 && !c.writing {
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
		return fmt.Errorf("handle %d: %w", c.h, ErrClosed)
	case <-ctx.Done():
		return fmt.Errorf("handle %d: flush: %w", c.h, ctx.Err())
	}
}

// end ends the connection for cause, once: the first cause sticks. A
// local close (byHclose) drops what is queued and sends a close frame.
// It is safe to call from any goroutine.
func (c *wsConn) end(cause int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.cause != alive {
		return
	}
	c.cause = cause
	if cause == byHclose {
		for _, b := range c.out {
			c.queued -= len(b)
		}
		c.out = nil
		c.sendClose(wsNormal, "")
	}
	close(c.dead)
	signal(c.wake)
}

// read reads messages and hands them to the WebCore until the
// connection ends: the peer's close frame (answered), a protocol error
// (a close frame with its code), the end of the stream, or, after a
// local close, the peer's answer or CloseTimeout. It runs on the
// connection's reader goroutine.
func (c *wsConn) read() {
	for {
		c.waitBacklog()
		m, err := c.rd.next()
		if err != nil {
			c.mu.Lock()
			if e, ok := err.(*wsError); ok {
				c.w.opts.Logf("netipc: WebSocket %d (%v): %v", c.h, c.addr, err)
				c.sendClose(e.code, e.msg)
			}
			c.mu.Unlock()
			return
		}
		switch m.op {
		case wsClose:
			code, _, err := parseClose(m.data)
			c.mu.Lock()
			switch {
			case err != nil:
				c.sendClose(err.(*wsError).code, "")
			case code == wsNoStatus:
				c.sendClose(wsNormal, "")
			default:
				c.sendClose(code, "")
			}
			c.mu.Unlock()
			return
		case wsPing:
			c.mu.Lock()
			if !c.closeSent {
				c.queue(appendWSFrame(nil, wsPong, m.data, !c.server))
			}
			c.mu.Unlock()
		case wsPong:
		default:
			if !c.open() {
				continue // closed here: what was read is dropped
			}
			if !c.guard(func() { c.w.core.WSMessage(c.h, c.user, c.addr, m.op == wsBinary, m.data) }) {
				return
			}
		}
	}
}

// overBacklog reports whether more than WebOptions.Backlog bytes wait to
// be written to c, an accepted WebSocket still alive, so that its next
// frame must not be read yet. c.mu must be held.
func (c *wsConn) overBacklog() bool {
	b := c.w.opts.Backlog
	return c.server && c.cause == alive && b > 0 && c.queued > b
}

// waitBacklog waits, before the reader reads the next frame, until the
// peer has taken enough of what is queued for it (overBacklog), or the
// connection ends. It runs on the reader goroutine.
func (c *wsConn) waitBacklog() {
	c.mu.Lock()
	for c.overBacklog() {
		c.backlogged = true
		c.mu.Unlock()
		select {
		case <-c.room:
		case <-c.dead:
		}
		c.mu.Lock()
	}
	c.mu.Unlock()
}

// finish ends the connection after its reader has stopped: it lets the
// writer send what is queued (a close frame, usually) within
// CloseTimeout, tells the WebCore unless the close was local, and frees
// the handle. It runs on the reader goroutine.
func (c *wsConn) finish() {
	c.end(byPeer) // a no-op unless the connection is still alive
	c.nc.SetWriteDeadline(time.Now().Add(c.w.opts.CloseTimeout))
	<-c.writerDone
	if cw, ok := c.nc.(interface{ CloseWrite() error }); ok {
		cw.CloseWrite()
	} else if p, ok := c.nc.(*prefixConn); ok {
		if cw, ok := p.Conn.(interface{ CloseWrite() error }); ok {
			cw.CloseWrite()
		}
	}
	c.mu.Lock()
	cause := c.cause
	c.mu.Unlock()
	if cause != byHclose {
		c.guard(func() { c.w.core.WSClosed(c.h) })
	}
	c.w.unregister(c)
}

// write drains the outbound queue onto the network until the connection
// ends and the queue is empty. Once it has written a close frame it
// gives the peer CloseTimeout to answer. Runs in its own goroutine.
func (c *wsConn) write() {
	defer close(c.writerDone)
	for {
		select {
		case <-c.wake:
		case <-c.dead:
		}
		for {
			c.mu.Lock()
			if len(c.out) == 0 {
				if c.drained != nil {
					close(c.drained)
					c.drained = nil
				}
				done := c.cause != alive
				closing := c.closeSent
				c.mu.Unlock()
				if closing {
					c.nc.SetReadDeadline(time.Now().Add(c.w.opts.CloseTimeout))
				}
				if done {
					return
				}
				break
			}
			bufs := c.out
			c.out = nil
			c.writing, c.inWrite = true, len(bufs)
			c.mu.Unlock()
			n := 0
			for _, b := range bufs {
				n += len(b)
			}
			nb := net.Buffers(bufs)
			_, err := nb.WriteTo(c.nc)
			c.mu.Lock()
			c.writing, c.inWrite = false, 0
			c.queued -= n
			if c.backlogged && !c.overBacklog() {
				c.backlogged = false
				signal(c.room)
			}
			c.mu.Unlock()
			if err != nil {
				c.end(byPeer)
				c.nc.SetReadDeadline(aLongTimeAgo) // wake the reader
				c.mu.Lock()
				for _, b := range c.out {
					c.queued -= len(b)
				}
				c.out = nil
				c.mu.Unlock()
				return
			}
		}
	}
}
