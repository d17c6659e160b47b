// This file defines what the transport asks of its user: the Core, the
// messages handed to it, the options, and the errors.

package netipc

import (
	"errors"
	"log"
	"math"
	"net"
	"sync/atomic"
	"time"
)

// Core is the event side of the process: the zns loop, which runs the .z
// handlers. Every method is called on a connection goroutine, never on
// the loop goroutine; an implementation forwards the call to the loop and
// waits until the loop is done with it. Calls about one connection come
// one at a time and in order: Auth, then Open, then its messages, then
// Close.
//
// Sync and Async, in particular, must not return before the loop has
// taken m (Msg.Take) or skipped it: only the message in the call in
// progress can be taken over by a Request, so a message posted to the
// loop after the call returned could be served out of order.
//
// Once the process is shutting down (the loop has stopped), every method
// must return promptly: Server.Close waits for the connection goroutines,
// and they may be inside a Core call.
type Core interface {
	// Auth decides whether user may log in with password from addr
	// (-u/-U checks, then .z.pw). It is called on the new connection's
	// goroutine after the handshake was read and before anything is
	// written back; h is the handle the connection will have. false
	// closes the connection without a reply, which the client reports
	// as 'access.
	Auth(h int, user, password string, addr net.Addr) bool
	// Open reports that an accepted connection is open (.z.po). It is
	// called on the connection's dispatcher goroutine, before any of its
	// messages, and before the handshake reply is written: the reply
	// leaves when Open returns, so that what the client sends after it,
	// on any connection, is served after .z.po. Open must therefore hand
	// the event to the loop and return without waiting for .z.po to run,
	// which may ask the client (.z.w`ID) and so needs the reply sent. It
	// is not called for connections opened by Dial, as q does not run
	// .z.po for its own hopen.
	Open(h int, user string, addr net.Addr)
	// Sync serves a sync request (.z.pg) and returns the whole response
	// message, header included (type 2), which is sent back on the
	// handle. A nil result sends nothing: the response is deferred (q's
	// -30!) and the Core sends it later with Server.Send, or the Core
	// sent it itself with Server.Reply. It is called on
	// the connection's dispatcher goroutine; the next message on the
	// handle is not offered before it returns. The loop must call
	// m.Take before serving m, and skip m if Take reports false.
	Sync(m *Msg) []byte
	// Async serves an async message (.z.ps). It is called on the
	// connection's dispatcher goroutine. The loop must call m.Take
	// before serving m, and skip m if Take reports false.
	Async(m *Msg)
	// Close reports that the connection with handle h has closed (.z.pc):
	// the peer closed it, the network failed, the peer sent bytes that
	// are not a message, the Core panicked, or the Server was closed. It
	// is called
	// exactly once per connection, on its dispatcher goroutine, after
	// its last message, except for a connection closed by Hclose, for
	// which it is never called (q does not run .z.pc for a local hclose),
	// and for an accepted connection that was never opened. When Close
	// is called the handle is already unusable; its number is reused
	// only after Close returns.
	Close(h int)
}

// AsyncBatcher is a Core that can be offered several async messages of
// one connection in one call: those already read and buffered behind the
// first, so that a stream of small messages costs one hand-off to the
// loop, not one each. Asyncs is called on the connection's dispatcher
// goroutine in place of Async, and must not return before the loop has
// taken or skipped the messages of ms, in order, each as Async asks:
// Take before serving it, skip it if Take reports false (a Request on
// the same handle served it meanwhile). It may stop before the end of
// ms, leaving the rest untaken, when Msg.Backlogged says to: they are
// offered again, in order, once the peer has read enough. ms is reused after the call,
// and so are the Msgs in it: the Core must not keep them (their Data it
// may keep).
type AsyncBatcher interface {
	Asyncs(ms []*Msg)
}

// maxBatch is the most async messages offered in one Asyncs call.
const maxBatch = 1024

// Message types: byte 1 of the header.
const (
	Async    byte = 0 // an async message ("set"), never answered
	Sync     byte = 1 // a sync request ("get"), answered by one response
	Response byte = 2 // the response to a sync request
)

// HeaderLen is the length of the message header.
const HeaderLen = 8

// Msg is one message received on a handle: a sync request or an async
// message, offered to the Core or to a waiting Request.
type Msg struct {
	Handle int      // the handle it arrived on (.z.w)
	User   string   // the user the peer logged in as (.z.u); "" on a handle from Dial
	Addr   net.Addr // the peer's address (.z.a)
	// Data is the whole message, header included, decompressed. Byte 0
	// gives the byte order of its numbers (1 little-endian, 0 big),
	// byte 1 its type (Async or Sync). Nobody writes to it.
	Data []byte
	// Err, when not "", is why the message was refused unread: its
	// decompressed size was more than Options.Room allows ("wsfull").
	// Data then holds the message's header and, as its body, a q error
	// with that text, so that a refused response reads as that error.
	Err string

	state atomic.Int32
	c     *conn // the connection it was read from
}

// States of a Msg offered to the Core.
const (
	offered int32 = iota // handed to the Core, not yet started
	taken                // started by the loop
	stolen               // served by a Request on the same handle instead
	dropped              // its handle was closed before the loop started it
)

// Type is the message type, Sync or Async.
func (m *Msg) Type() byte { return m.Data[1] }

// Take claims m for the loop. The loop calls it when it starts serving
// m, on the loop goroutine. It reports false if m must be skipped: a
// Request on the same handle has served it already (the loop was busy
// with that Request when the Core offered m), or the handle was closed
// with Hclose. Take is safe to call from any goroutine, and only its
// first call can report true.
func (m *Msg) Take() bool { return m.state.CompareAndSwap(offered, taken) }

// Backlogged reports whether the connection m came from has more than
// Options.Backlog bytes waiting to be written to it, so that the Core
// serving a batch of its messages (AsyncBatcher) should stop before the
// next one and leave the rest to be offered again. Safe to call from any
// goroutine.
func (m *Msg) Backlogged() bool {
	if m.c == nil {
		return false
	}
	m.c.mu.Lock()
	defer m.c.mu.Unlock()
	return m.c.overBacklog()
}

// settle reports whether the loop served m, claiming it if the Core
// never called Take.
func (m *Msg) settle() bool {
	return m.state.CompareAndSwap(offered, taken) || m.state.Load() == taken
}

// ServeFunc serves a message that arrives on a handle while a Request or
// Receive waits on it, on the goroutine that called Request: the loop.
// For a sync message it returns the whole response message, which is
// sent back; nil sends nothing (the response is deferred, or m is
// async). m is already claimed: the function must not call m.Take.
type ServeFunc func(m *Msg) (resp []byte)

// Options configures a Server. The zero value is usable.
type Options struct {
	// Decompress expands a compressed message (byte 2 of the header is
	// 1) into the whole uncompressed message, header included, as
	// k.Uncompress does. Nil makes a compressed message a protocol error,
	// which closes its connection. It is called on connection goroutines
	// and on the loop (a Request reads what arrives meanwhile), so
	// it must be safe for concurrent use.
	Decompress func(msg []byte) ([]byte, error)
	// Room, when set, is asked before a compressed message is expanded
	// into n bytes; an error refuses the message (Msg.Err is its text,
	// as with k.Room's "wsfull") and the connection goes on. It must be
	// safe for concurrent use.
	Room func(n int) error
	// Unix makes the server listen, beside each TCP port it listens on,
	// on the Unix socket kdb+ listens on for that port (UnixAddress).
	Unix bool
	// HTTP takes over a connection whose first bytes are an HTTP request
	// line (GET, POST, PUT, HEAD, DELETE, OPTIONS, PATCH): kdb+ serves
	// HTTP and WebSocket on its IPC port. The conn it gets replays the
	// bytes already read. It runs on the connection's goroutine, and the
	// connection is closed when it returns (or when the Server closes).
	// Nil closes such connections at once.
	HTTP func(conn net.Conn)
	// MaxMessage is the longest message accepted, header included, in
	// bytes, before or after decompression; a longer one is a protocol
	// error. Zero means math.MaxInt32, the most a kdb+ capability 3
	// peer can send.
	MaxMessage int
	// Backlog is the most bytes that may wait to be written to an
	// accepted connection while its next message is read: beyond it,
	// the connection is not read until its peer has taken enough of
	// what is queued, so a client that sends requests and never reads
	// the responses is slowed by TCP rather than filling the server's
	// memory. The queue itself is not limited: q code sending to a slow
	// handle queues as q does (.z.W). Zero means 64 MB; negative, no
	// limit.
	Backlog int
	// HandshakeTimeout bounds how long an accepted connection may take
	// to send its handshake. Zero means 30 seconds; negative, no limit.
	HandshakeTimeout time.Duration
	// Logf reports what nobody waits for: accept errors, protocol
	// errors, and panics recovered in Core calls. Nil means log.Printf.
	// It is called from connection goroutines.
	Logf func(format string, args ...any)
	// ResumeOnIdle leaves a connection that a Request, Receive or
	// Scatter waited on unread, for the Core, until the Core calls
	// Server.Resume: the zns loop does each time it has nothing to do.
	// A loop making request after request on a handle then reads each
	// response itself, without the connection's dispatcher waking in
	// between (it could not serve what it read before the loop is idle
	// anyway). Without it the dispatcher reads again as soon as the
	// Request returns.
	ResumeOnIdle bool
}

// withDefaults fills in the zero fields of o.
func (o Options) withDefaults() Options {
	if o.MaxMessage <= 0 || o.MaxMessage > math.MaxInt32 {
		o.MaxMessage = math.MaxInt32
	}
	if o.HandshakeTimeout == 0 {
		o.HandshakeTimeout = 30 * time.Second
	}
	if o.Backlog == 0 {
		o.Backlog = 64 << 20
	}
	if o.Logf == nil {
		o.Logf = log.Printf
	}
	return o
}

// Errors. Those about a handle are wrapped with the handle number; test
// them with errors.Is.
var (
	// ErrAccess: the server closed the connection during the handshake,
	// which is how kdb+ rejects credentials (q's 'access).
	ErrAccess = errors.New("access")
	// ErrTimeout: Dial's context expired before the handshake completed
	// (q's 'timeout).
	ErrTimeout = errors.New("timeout")
	// ErrBadHandle: the handle is not an open IPC connection (q's
	// "Bad file descriptor").
	ErrBadHandle = errors.New("bad handle")
	// ErrClosed: the connection closed while a Request, Receive or Flush
	// waited on it.
	ErrClosed = errors.New("connection closed")
	// ErrServerClosed: the Server has been closed.
	ErrServerClosed = errors.New("server closed")
	// ErrProtocol: the peer sent bytes that are not a kdb+ message.
	ErrProtocol = errors.New("bad message")
)
