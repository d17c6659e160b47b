// This file defines a connection to a kdb+ process: Dial, the calls a Go
// program makes on it, and the messages the process pushes to it. The
// transport is netipc's, the one qgo's own hopen uses.

package kdb

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"net"
	"os"
	"sync"
	"time"

	"qgo/interp/k"
	"qgo/netipc"
)

// Errors about the connection, for errors.Is. Errors that q signals are
// *Error instead.
var (
	// ErrAccess: the process refused the user and password (q's 'access).
	ErrAccess = errors.New("kdb: access denied")
	// ErrClosed: the connection is closed, by Close or by the process.
	ErrClosed = errors.New("kdb: connection closed")
)

// Options are the optional settings of Dial. A nil *Options is the zero
// value: no user, no timeout, no TLS.
type Options struct {
	// User and Password are the credentials sent in the handshake, which
	// the process checks against its -u/-U file or .z.pw.
	User, Password string
	// Timeout bounds connecting, the TLS handshake and kdb+'s handshake,
	// as net.Dialer.Timeout does; zero means no limit other than the
	// context's.
	Timeout time.Duration
	// TLS, when set, makes the connection a TLS one (kdb+'s tcps://). An
	// empty ServerName is taken from the address, as tls.Dial does.
	TLS *tls.Config
	// Handler, when set, serves the sync requests the process sends on
	// this connection: a q server calling back on its client's handle,
	// as in .z.w"query" inside .z.po or inside a function the client
	// called. Without one, each is answered with the q error 'nyi. The
	// process's async messages are not given to it: they queue for
	// Receive.
	Handler Handler
}

// A Handler serves a sync request that the process sends on a
// connection, the way a q process's .z.pg serves one. msg is the request
// in the generic form of the package documentation: a Chars for q's
// h"code", a []any for h(f;x;y) (a typed slice when the items are atoms
// of one type: []string for (`f;`x)), which Decode can convert as any
// value. The result, converted as Call's
// arguments are, is the response; an error is sent as a q error, with
// the Msg of an *Error or the text of any other error, so that the
// process signals it.
//
// A Handler runs on the goroutine of the Call that is waiting when the
// request arrives, or else on the connection's own goroutine, one request
// at a time: the process waits for each response. It may Call the
// process on the same connection with the ctx it is given (or one made
// from it), to query it back, as q allows; a Call with an unrelated
// context waits for the Handler to return, so the Handler must not make
// one on this connection. ctx ends when the connection does, or when the
// Call it runs under ends.
//
// Responses carry no request number in kdb+'s protocol: each side takes
// the next response as the answer to its latest request. Calling back is
// therefore safe when the process's request comes from inside a query of
// this client's, as q's own callbacks do; but a request the process sends
// on its own (from a timer, say) while a Call is on its way can be served
// under that Call, and a call back made then would take the Call's
// response, as it would in kdb+.
type Handler func(ctx context.Context, msg any) (any, error)

// A Conn is a connection to a kdb+ or qgo process. Its methods are safe
// for concurrent use: Calls take turns, and pushed messages queue for
// Receive.
type Conn struct {
	srv    *netipc.Server
	h      int
	remote bool          // the process is on another host: long messages go compressed
	turn   chan struct{} // holds a token while a Call waits: one at a time

	handler Handler            // serves the process's sync requests; nil: 'nyi
	life    context.Context    // ends with the connection: the Handler's, when no Call waits
	end     context.CancelFunc // ends life

	mu     sync.Mutex
	pushed [][]byte      // async messages received and not yet Received
	wake   chan struct{} // closed and replaced when pushed grows or the connection ends
	closed bool
}

// Dial connects to the kdb+ process at address on network ("tcp" with
// "host:port", or "unix" with the socket's path; kdb+ listens on the
// abstract Unix socket "@/tmp/kx.PORT" for `hopen `:unix://PORT`) and
// logs in. ctx bounds the dial and the handshake only. A refused login
// gives an error for which errors.Is(err, ErrAccess) holds; a timeout one
// that wraps context.DeadlineExceeded.
func Dial(ctx context.Context, network, address string, opts *Options) (*Conn, error) {
	if opts == nil {
		opts = &Options{}
	}
	if opts.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, opts.Timeout)
		defer cancel()
	}
	c := &Conn{turn: make(chan struct{}, 1), wake: make(chan struct{}), handler: opts.Handler}
	c.life, c.end = context.WithCancel(context.Background())
	c.srv = netipc.New((*core)(c), netipc.Options{Decompress: k.Uncompress, Logf: func(string, ...any) {}})
	var d net.Dialer
	nc, err := d.DialContext(ctx, network, address)
	if err == nil {
		c.remote = !sameHost(nc)
	}
	if err == nil && opts.TLS != nil {
		nc, err = tlsClient(ctx, nc, address, opts.TLS)
	}
	if err == nil {
		c.h, err = c.srv.DialConn(ctx, nc, opts.User, opts.Password)
	}
	if err != nil {
		c.srv.Close()
		c.end()
		return nil, dialError(ctx, network, address, err)
	}
	return c, nil
}

// tlsClient runs the TLS handshake over nc.
func tlsClient(ctx context.Context, nc net.Conn, address string, cfg *tls.Config) (net.Conn, error) {
	if cfg.ServerName == "" {
		cfg = cfg.Clone()
		host, _, err := net.SplitHostPort(address)
		if err != nil {
			host = address
		}
		cfg.ServerName = host
	}
	tc := tls.Client(nc, cfg)
	if err := tc.HandshakeContext(ctx); err != nil {
		nc.Close()
		return nil, err
	}
	return tc, nil
}

// sameHost reports whether nc connects two ends on one machine: a Unix
// socket, a loopback address, or one address at both ends.
func sameHost(nc net.Conn) bool {
	r, ok1 := nc.RemoteAddr().(*net.TCPAddr)
	l, ok2 := nc.LocalAddr().(*net.TCPAddr)
	if !ok1 || !ok2 {
		return true
	}
	return r.IP.IsLoopback() || r.IP.Equal(l.IP)
}

// compressMin is the length above which kdb+ compresses a message to a
// process on another host (docs/basics/ipc.md).
const compressMin = 2000

// compress compresses msg as kdb+ would for this connection: when it is
// long and the process is on another host.
func (c *Conn) compress(msg []byte) []byte {
	if c.remote && len(msg) > compressMin {
		return k.Compress(msg)
	}
	return msg
}

// dialError is the error Dial returns for err.
func dialError(ctx context.Context, network, address string, err error) error {
	switch {
	case errors.Is(err, netipc.ErrAccess):
		return ErrAccess
	case ctx.Err() != nil:
		return fmt.Errorf("kdb: dial %s %s: %w", network, address, ctx.Err())
	case errors.Is(err, netipc.ErrTimeout), errors.Is(err, os.ErrDeadlineExceeded):
		// the socket's deadline, the context's, passed just before it
		return fmt.Errorf("kdb: dial %s %s: %w", network, address, context.DeadlineExceeded)
	}
	return fmt.Errorf("kdb: dial %s %s: %w", network, address, err)
}

// message makes the q value sent for query and args: the string query
// alone, or the list (query; args...), which q applies as a function
// call when query names or defines a function.
func message(query string, args []any, typ byte) ([]byte, error) {
	var v k.Value = k.Str(query)
	if len(args) > 0 {
		items := make([]k.Value, 1+len(args))
		items[0] = v
		for i, a := range args {
			x, err := toK(a)
			if err != nil {
				return nil, err
			}
			items[i+1] = x
		}
		v = &k.List{V: items}
	}
	msg, err := k.Encode(v, typ)
	if err != nil {
		return nil, fmt.Errorf("kdb: %w", err)
	}
	return msg, nil
}

// Call evaluates query on the process synchronously and returns its
// result in the generic form of the package documentation (nil for q's
// ::). With args, query is applied to them, as q's h(query;args...) is:
// query is then a function's name or source, such as "upd" or
// "{x+y}". The args are converted as the package documentation says.
//
// A query that fails in q gives an *Error with q's message. If ctx ends
// before the response arrives, Call returns ctx.Err() and closes the
// connection, as the response would otherwise be read by the next Call.
// While Call waits, messages the process pushes are queued for Receive.
func (c *Conn) Call(ctx context.Context, query string, args ...any) (any, error) {
	msg, err := message(query, args, k.MsgSync)
	if err != nil {
		return nil, err
	}
	if ctx.Value(serving{c}) == nil { // not a Handler's call back: take turns
		select {
		case c.turn <- struct{}{}:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
		defer func() { <-c.turn }()
	}
	serve := func(m *netipc.Msg) []byte { return c.serve(ctx, m) }
	resp, err := c.srv.Request(ctx, c.h, c.compress(msg), serve)
	if err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return nil, c.connError(err)
	}
	v, err := k.Decode(resp)
	if err != nil {
		return nil, fmt.Errorf("kdb: response: %w", err)
	}
	if e, ok := v.(*k.ErrVal); ok {
		return nil, &Error{Msg: e.Msg}
	}
	return generic(v), nil
}

// Async sends query, with args as in Call, for the process to evaluate
// without answering (q's neg[h]). It returns once the message is queued,
// before it is written; Flush waits for that.
func (c *Conn) Async(query string, args ...any) error {
	msg, err := message(query, args, k.MsgAsync)
	if err != nil {
		return err
	}
	return c.connError(c.srv.Send(c.h, c.compress(msg)))
}

// Flush blocks until every message queued by Async has been written to
// the connection (q's neg[h][]).
func (c *Conn) Flush() error {
	return c.connError(c.srv.Flush(context.Background(), c.h))
}

// Receive blocks until the process sends an async message, the way a
// tickerplant publishes to its subscribers, and returns it in generic
// form: usually a []any such as {"upd", "trade", Table{...}}. Messages
// arriving while nobody waits are queued, in order, without limit. It
// returns ErrClosed once the connection has ended and every message
// received before was returned, and ctx.Err() if ctx ends first.
func (c *Conn) Receive(ctx context.Context) (any, error) {
	for {
		c.mu.Lock()
		if len(c.pushed) > 0 {
			msg := c.pushed[0]
			c.pushed[0] = nil
			c.pushed = c.pushed[1:]
			c.mu.Unlock()
			v, err := k.Decode(msg)
			if err != nil {
				return nil, fmt.Errorf("kdb: message: %w", err)
			}
			return generic(v), nil
		}
		if c.closed {
			c.mu.Unlock()
			return nil, ErrClosed
		}
		wake := c.wake
		c.mu.Unlock()
		select {
		case <-wake:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
}

// Close closes the connection. Calls waiting on it return ErrClosed.
func (c *Conn) Close() error {
	c.end() // first: the connection's goroutine may be in the Handler
	c.srv.Close()
	c.ended()
	return nil
}

// connError is the error to return for err, a transport error.
func (c *Conn) connError(err error) error {
	switch {
	case err == nil:
		return nil
	case errors.Is(err, netipc.ErrClosed), errors.Is(err, netipc.ErrBadHandle), errors.Is(err, netipc.ErrServerClosed):
		return fmt.Errorf("%w: %w", ErrClosed, err)
	}
	return fmt.Errorf("kdb: %w", err)
}

// push queues msg, an async message, for Receive.
func (c *Conn) push(msg []byte) {
	c.mu.Lock()
	c.pushed = append(c.pushed, msg)
	close(c.wake)
	c.wake = make(chan struct{})
	c.mu.Unlock()
}

// ended records that the connection has ended, wakes Receive and ends
// the context of a Handler that runs on the connection's goroutine.
func (c *Conn) ended() {
	defer c.end()
	c.mu.Lock()
	if !c.closed {
		c.closed = true
		close(c.wake)
		c.wake = make(chan struct{})
	}
	c.mu.Unlock()
}

// notServed is the response to a sync request from the process when the
// Conn has no Handler.
var notServed, _ = k.Encode(&k.ErrVal{Msg: "nyi"}, k.MsgResponse)

// serving is the key of the context value that marks a Handler's
// context: a Call with it is a call back from inside the Call (or the
// connection goroutine) that serves the request, so it must not wait for
// its turn.
type serving struct{ c *Conn }

// serve handles a message that arrives while a Call with context ctx
// waits, on the Call's goroutine: an async one is queued for Receive, a
// sync request answered by the Handler.
func (c *Conn) serve(ctx context.Context, m *netipc.Msg) []byte {
	if m.Type() == netipc.Sync {
		return c.answer(ctx, m.Data)
	}
	c.push(m.Data)
	return nil
}

// answer runs the Handler on req, a sync request, and returns the
// response message: the Handler's result, or its error as a q error.
func (c *Conn) answer(ctx context.Context, req []byte) []byte {
	if c.handler == nil {
		return notServed
	}
	v, err := k.Decode(req)
	if err != nil {
		return qError(fmt.Sprintf("kdb: request: %v", err))
	}
	if ctx != c.life { // under a Call: end also with the connection
		var cancel context.CancelFunc
		ctx, cancel = context.WithCancel(ctx)
		defer context.AfterFunc(c.life, cancel)()
		defer cancel()
	}
	res, err := c.handler(context.WithValue(ctx, serving{c}, true), generic(v))
	if err != nil {
		var qe *Error
		if errors.As(err, &qe) {
			return qError(qe.Msg)
		}
		return qError(err.Error())
	}
	x, err := toK(res)
	if err == nil {
		var resp []byte
		if resp, err = k.Encode(x, k.MsgResponse); err == nil {
			return c.compress(resp)
		}
	}
	return qError(err.Error())
}

// qError is a response message carrying the q error msg.
func qError(msg string) []byte {
	b, err := k.Encode(&k.ErrVal{Msg: msg}, k.MsgResponse)
	if err != nil {
		return notServed
	}
	return b
}

// core is the Conn as netipc's Core: what arrives while no Call waits.
// Its methods run on the connection's dispatcher goroutine. c.mu orders
// them with serve: a message the dispatcher took is queued before any
// that a Call reads afterwards.
type core Conn

// Auth is never called: a Conn accepts no connections.
func (x *core) Auth(int, string, string, net.Addr) bool { return false }

// Open is never called: a Conn accepts no connections.
func (x *core) Open(int, string, net.Addr) {}

// Sync answers a sync request from the process with the Handler's
// result, here on the dispatcher goroutine: the next message waits.
// It takes the Calls' turn first, so that no Call reads the responses to
// the Handler's own calls back; a Call that held the turn has served m
// itself meanwhile, and Take reports false.
func (x *core) Sync(m *netipc.Msg) []byte {
	c := (*Conn)(x)
	select {
	case c.turn <- struct{}{}:
		defer func() { <-c.turn }()
	case <-c.life.Done():
	}
	if !m.Take() {
		return nil
	}
	return c.answer(c.life, m.Data)
}

// Async queues an async message for Receive.
func (x *core) Async(m *netipc.Msg) {
	c := (*Conn)(x)
	c.mu.Lock()
	defer c.mu.Unlock()
	if m.Take() {
		c.pushed = append(c.pushed, m.Data)
		close(c.wake)
		c.wake = make(chan struct{})
	}
}

// Close records that the connection has ended.
func (x *core) Close(int) { (*Conn)(x).ended() }
