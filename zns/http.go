// This file serves HTTP and WebSockets on the loop: the loop as
// netipc's WebCore, which turns each request and WebSocket event into
// an event on the loop goroutine, and what the loop does with them:
// authentication (.z.ac, else basic auth through -u/-U and .z.pw),
// .z.ph for GET, .z.pp for POST, .z.pm for the other methods, .z.wo,
// .z.ws and .z.wc; and the loop's implementation of interp.WebSockets
// (neg[h] x, neg[h][], hclose on a WebSocket, `:ws://).

package zns

import (
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"net"
	"slices"
	"strings"

	"qgo/interp/k"
	"qgo/netipc"
)

// Web is the HTTP and WebSocket side of the transport: the table of
// WebSocket handles. *netipc.Web implements it; its methods are
// documented there. The loop calls them on its own goroutine.
type Web interface {
	// Send queues a text or binary message on WebSocket h.
	Send(h int, binary bool, data []byte) error
	// Flush waits until what is queued on h has been written, or ctx
	// ends.
	Flush(ctx context.Context, h int) error
	// CloseHandle closes WebSocket h without a WSClosed event.
	CloseHandle(h int) error
	// IsOpen reports whether h is an open WebSocket.
	IsOpen(h int) bool
	// Handles lists the open WebSockets in ascending order.
	Handles() []int
	// Queued is the number of bytes queued on h.
	Queued(h int) int
	// Dial opens a WebSocket with an HTTP request text.
	Dial(ctx context.Context, network, address, request, user, password string) (int, string, error)
}

// webNet is a Net that carries its HTTP and WebSocket side.
type webNet struct {
	Net
	web Web
	// dialled holds the WebSockets q code opened (`:ws://), whose
	// messages are not echoed when .z.ws is not defined. Owned by the
	// loop goroutine.
	dialled map[int]bool
	// live holds the accepted WebSockets open as q code sees them: from
	// .z.wo until .z.wc is about to run (or hclose), so that a socket
	// whose peer has gone stays in .z.W until its close is served, as
	// kdb+'s one thread has it. Owned by the loop goroutine.
	live map[int]bool
}

// WithWeb is n together with w, its HTTP and WebSocket side, for SetNet
// or Options.Net: the loop then serves HTTP and WebSockets on n's port
// (w's Serve being n's HTTP hook) and q code can use WebSocket handles.
func WithWeb(n Net, w Web) Net {
	return &webNet{Net: n, web: w, dialled: map[int]bool{}, live: map[int]bool{}}
}

// webSide is the Net's HTTP and WebSocket side, or nil when it has none.
func (l *Loop) webSide() *webNet {
	n, _ := l.net.(*webNet)
	return n
}

// web is the HTTP and WebSocket side, or nil when the Net has none.
func (l *Loop) web() Web {
	if n := l.webSide(); n != nil {
		return n.web
	}
	return nil
}

// webKind says what a webEvent is.
type webKind int

// The kinds of HTTP and WebSocket event.
const (
	webRequest webKind = iota // an HTTP request: auth, then .z.ph, .z.pp or .z.pm
	webUpgrade                // a WebSocket upgrade: auth
	webOpen                   // a WebSocket is open: .z.wo[h]
	webMessage                // a WebSocket message: .z.ws[x], default echo
	webClose                  // a WebSocket has closed: .z.wc[h]
)

// webEvent is an HTTP or WebSocket event, carried to the loop by an
// event of kind evFunc. For an upgrade the loop sets user before it
// replies.
type webEvent struct {
	kind   webKind
	h      int
	addr   net.Addr
	method string
	target string
	header [][2]string
	body   []byte // the request's body, or the WebSocket message
	binary bool
	user   string // the WebSocket's user; for an upgrade, set by the loop (.z.u)
}

// postWeb hands e to the loop and, when wait is set, waits for its
// response. It reports false if the loop has stopped. It runs on the
// calling connection goroutine.
func (l *Loop) postWeb(e *webEvent, wait bool) ([]byte, bool) {
	r, ok := l.post(event{kind: evFunc, h: e.h, addr: e.addr, serve: func() ([]byte, error) { return l.serveWeb(e) }}, wait)
	return r.resp, ok
}

// HTTPRequest answers an HTTP request through .z.ph (GET, HEAD), .z.pp
// (POST) or .z.pm (the other methods), after authentication. It
// implements netipc.WebCore: it runs on the connection's goroutine and
// waits for the loop.
func (l *Loop) HTTPRequest(h int, addr net.Addr, method, target string, header [][2]string, body []byte) []byte {
	resp, ok := l.postWeb(&webEvent{kind: webRequest, h: h, addr: addr, method: method, target: target, header: header, body: body}, true)
	if !ok {
		return nil
	}
	return resp
}

// WSUpgrade authenticates a WebSocket upgrade request as an HTTP
// request is. It implements netipc.WebCore: it runs on the connection's
// goroutine and waits for the loop.
func (l *Loop) WSUpgrade(h int, addr net.Addr, target string, header [][2]string) (string, []byte) {
	e := &webEvent{kind: webUpgrade, h: h, addr: addr, method: "GET", target: target, header: header}
	resp, ok := l.postWeb(e, true)
	if !ok {
		return "", httpResponse("503 Service Unavailable", "")
	}
	return e.user, resp
}

// WSOpened reports an accepted WebSocket, for .z.wo. It implements
// netipc.WebCore: it runs on the connection's goroutine and returns once
// the loop has taken the event.
func (l *Loop) WSOpened(h int, user string, addr net.Addr) {
	l.postWeb(&webEvent{kind: webOpen, h: h, addr: addr, user: user}, false)
}

// WSMessage delivers a WebSocket message, for .z.ws. It implements
// netipc.WebCore: it runs on the connection's goroutine and returns once
// the loop has taken the event, which it serves before any later event
// of the connection.
func (l *Loop) WSMessage(h int, user string, addr net.Addr, binary bool, data []byte) {
	l.postWeb(&webEvent{kind: webMessage, h: h, addr: addr, user: user, binary: binary, body: data}, false)
}

// WSClosed reports a closed WebSocket, for .z.wc. It implements
// netipc.WebCore: it runs on the connection's goroutine and waits until
// .z.wc has run, so that h is not reused before.
func (l *Loop) WSClosed(h int) {
	l.postWeb(&webEvent{kind: webClose, h: h}, true)
}

// serveWeb serves an HTTP or WebSocket event and returns the response
// to send (an HTTP response, or the refusal of an upgrade), with the
// error of an event nobody waits for or the end of the session. It runs
// on the loop goroutine.
func (l *Loop) serveWeb(e *webEvent) ([]byte, error) {
	switch e.kind {
	case webRequest:
		return l.serveRequest(e)
	case webUpgrade:
		user, reject, err := l.webAuth(e, l.requestArg(e))
		e.user = user
		return reject, err
	case webOpen:
		if n := l.webSide(); n != nil {
			n.live[e.h] = true
		}
		restore := l.in.SetCaller(int32(e.h), e.user, ipv4(e.addr))
		defer restore()
		_, err := l.callHandler("wo", nil, k.I(int32(e.h)))
		return nil, err
	case webMessage:
		w := l.web()
		if w == nil || !w.IsOpen(e.h) {
			return nil, nil // closed here (hclose) after it arrived: dropped
		}
		restore := l.in.SetCaller(int32(e.h), e.user, ipv4(e.addr))
		defer restore()
		if _, ok := l.in.Handler("ws"); !ok {
			// kdb+'s default echoes (docs/kb/websockets.md); q code must
			// define .z.ws before it opens a WebSocket, and the messages
			// on one it opened without are dropped, lest two defaults
			// echo each other for ever.
			if !l.webSide().dialled[e.h] {
				w.Send(e.h, e.binary, e.body)
			}
			return nil, nil
		}
		x := k.Value(k.Str(string(e.body)))
		if e.binary {
			x = &k.Vec[uint8]{T: k.KX, V: e.body}
		}
		stop := l.queryTimer() // -T
		_, err := l.callHandler("ws", nil, x)
		stop()
		return nil, err
	case webClose:
		if n := l.webSide(); n != nil {
			delete(n.dialled, e.h)
			delete(n.live, e.h)
		}
		_, err := l.callHandler("wc", nil, k.I(int32(e.h)))
		return nil, err
	}
	return nil, nil
}

// requestText is the request text kdb+ hands its HTTP handlers: the
// target without its leading slash ("?1+1", "index.html"), followed by a
// space and the body except for GET and HEAD (docs/ref/dotz.md .z.pp).
func requestText(e *webEvent) string {
	t := e.target
	if i := strings.Index(t, "://"); i >= 0 { // absolute form: drop scheme and host
		t = t[i+3:]
		if j := strings.IndexByte(t, '/'); j >= 0 {
			t = t[j:]
		} else {
			t = ""
		}
	}
	t = strings.TrimPrefix(t, "/")
	if e.method == "GET" || e.method == "HEAD" {
		return t
	}
	return t + " " + string(e.body)
}

// headerDict is the header as q code sees it: field names as symbols
// (spelled as sent) mapped to their values as strings.
func headerDict(header [][2]string) k.Value {
	names := make([]string, len(header))
	vals := make([]k.Value, len(header))
	for i, f := range header {
		names[i] = f[0]
		vals[i] = k.Str(f[1])
	}
	return &k.Dict{K: k.Syms(names...), V: k.NewList(vals...)}
}

// requestArg is the argument of .z.ph, .z.pp and .z.ac:
// (requestText;headerDict).
func (l *Loop) requestArg(e *webEvent) k.Value {
	return k.NewList(k.Str(requestText(e)), headerDict(e.header))
}

// serveRequest serves an HTTP request: authentication, then the
// method's handler, whose result, a string, is the whole response. An
// error, or a handler that is not defined, gives a 400 response with
// the error (as .h.he does); under \e 1 an error in a function suspends
// at the console first, under \e 2 the response holds the error's whole
// stack. It runs on the loop goroutine.
func (l *Loop) serveRequest(e *webEvent) ([]byte, error) {
	arg := l.requestArg(e)
	user, reject, err := l.webAuth(e, arg)
	if err != nil || reject != nil {
		return reject, err
	}
	restore := l.in.SetCaller(int32(e.h), user, ipv4(e.addr))
	defer restore()
	name := "pm"
	switch e.method {
	case "GET", "HEAD":
		name = "ph"
	case "POST":
		name = "pp"
	default:
		arg = k.NewList(k.S(e.method), k.Str(requestText(e)), headerDict(e.header))
	}
	if _, ok := l.in.Handler(name); !ok {
		return httpResponse("400 Bad Request", "'.z."+name), nil
	}
	stop := l.queryTimer()                // -T
	v, err := l.callAsync(name, nil, arg) // under \e, as q runs HTTP callbacks
	stop()
	var x exiter
	switch {
	case errors.As(err, &x):
		return nil, err
	case err != nil && l.clientErrorMode() == 2:
		// \e 2 dumps the backtrace into the socket (docs/basics/debug.md)
		return httpResponse("400 Bad Request", err.Error()), nil
	case err != nil:
		return httpResponse("400 Bad Request", "'"+errMsg(err)), nil
	}
	switch v := v.(type) {
	case *k.Vec[uint8]: // a string or bytes
		return v.V, nil
	case k.Atom[uint8]:
		return []byte{v.V}, nil
	}
	return httpResponse("400 Bad Request", "'type"), nil
}

// clientErrorMode is the interpreter's `\e`, 0 if it does not say.
func (l *Loop) clientErrorMode() int {
	if m, ok := l.in.(interface{ ClientErrorMode() int }); ok {
		return m.ClientErrorMode()
	}
	return 0
}

// httpResponse is a plain-text response with status, closing the
// connection after it, as .h.hn makes them.
func httpResponse(status, text string) []byte {
	return fmt.Appendf(nil, "HTTP/1.1 %s\r\nContent-Type: text/plain\r\nConnection: close\r\nContent-Length: %d\r\n\r\n%s", status, len(text), text)
}

// unauthorized is the response that refuses a request for want of
// credentials and asks a browser for them.
var unauthorized = []byte("HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic realm=\"q\"\r\nContent-Type: text/plain\r\nConnection: close\r\nContent-Length: 0\r\n\r\n")

// webAuth authenticates an HTTP request or WebSocket upgrade: through
// .z.ac when it is defined (docs/ref/dotz.md: (0;"") refuses with 401,
// (1;"user") accepts as user, (2;"response") refuses with that response,
// (4;"") falls back to basic auth), else basic auth: the Authorization
// header's user and password must pass the -u/-U password file, if
// any, and .z.pw, if defined (a request without credentials tries the
// empty user and password). With neither, everyone is let in, as the
// user the request names, if any. It returns the user (.z.u) and nil,
// or the response that refuses the request. It runs on the loop
// goroutine.
func (l *Loop) webAuth(e *webEvent, arg k.Value) (user string, reject []byte, err error) {
	if _, ok := l.in.Handler("ac"); ok {
		restore := l.in.SetCaller(int32(e.h), "", ipv4(e.addr))
		v, err := l.callHandler("ac", nil, arg)
		restore()
		var x exiter
		if errors.As(err, &x) {
			return "", unauthorized, err
		}
		if err != nil {
			l.report(err)
			return "", unauthorized, nil
		}
		code, text, ok := acResult(v)
		switch {
		case !ok || code == 0:
			return "", unauthorized, nil
		case code == 1:
			return text, nil, nil
		case code == 2:
			return "", []byte(text), nil
		case code != 4:
			return "", unauthorized, nil
		}
	}
	user, password := basicAuth(e.header)
	if _, ok := l.in.Handler("pw"); !ok && l.pwfile == "" {
		return user, nil, nil
	}
	ok, err := l.auth(event{kind: evAuth, h: e.h, user: user, password: password, addr: e.addr})
	if err != nil || !ok {
		return "", unauthorized, err
	}
	return user, nil, nil
}

// acResult reads what .z.ac returns: (code;text), code an integer and
// text a string (or a symbol).
func acResult(v k.Value) (code int64, text string, ok bool) {
	items := k.Items(v)
	if len(items) != 2 {
		return 0, "", false
	}
	switch c := items[0].(type) {
	case k.Atom[int64]:
		code = c.V
	case k.Atom[int32]:
		code = int64(c.V)
	case k.Atom[int16]:
		code = int64(c.V)
	default:
		return 0, "", false
	}
	switch t := items[1].(type) {
	case *k.Vec[uint8]:
		text = string(t.V)
	case k.Atom[uint8]:
		text = string([]byte{t.V})
	case k.Atom[string]:
		text = t.V
	case *k.List:
		if len(t.V) != 0 {
			return 0, "", false
		}
	default:
		return 0, "", false
	}
	return code, text, true
}

// basicAuth reads the user and password of an Authorization: Basic
// header field; both empty when there is none.
func basicAuth(header [][2]string) (user, password string) {
	for _, f := range header {
		if !strings.EqualFold(f[0], "Authorization") {
			continue
		}
		scheme, cred, _ := strings.Cut(f[1], " ")
		if !strings.EqualFold(scheme, "Basic") {
			continue
		}
		b, err := base64.StdEncoding.DecodeString(strings.TrimSpace(cred))
		if err != nil {
			continue
		}
		user, password, _ = strings.Cut(string(b), ":")
		return user, password
	}
	return "", ""
}

// IsWebSocket reports whether h is an open WebSocket. It implements
// interp.WebSockets, on the loop goroutine.
func (l *Loop) IsWebSocket(h int) bool {
	w := l.web()
	return w != nil && h > 0 && w.IsOpen(h)
}

// WSSend queues a text or binary message on WebSocket h (neg[h] x). It
// implements interp.WebSockets, on the loop goroutine, and does not
// block.
func (l *Loop) WSSend(h int, binary bool, data []byte) error {
	w := l.web()
	if w == nil {
		return netErr
	}
	if err := w.Send(h, binary, data); err != nil {
		return badHandle(h)
	}
	return nil
}

// WSFlush waits until what is queued on WebSocket h has been written
// (neg[h][]). It implements interp.WebSockets, on the loop goroutine,
// which it blocks until then, or until Interrupt (Ctrl-C, -T): a peer
// that reads nothing then holds the loop no longer, and the flush is
// 'stop.
func (l *Loop) WSFlush(h int) error {
	w := l.web()
	if w == nil {
		return netErr
	}
	ctx, done := l.interruptible()
	defer done()
	if err := w.Flush(ctx, h); err != nil {
		if l.interrupted(ctx) {
			return &k.Error{Msg: "stop"}
		}
		return badHandle(h)
	}
	return nil
}

// WSClose closes WebSocket h (hclose): .z.wc is not run. It implements
// interp.WebSockets, on the loop goroutine.
func (l *Loop) WSClose(h int) error {
	w := l.web()
	if w == nil {
		return netErr
	}
	delete(l.webSide().dialled, h)
	delete(l.webSide().live, h)
	if err := w.CloseHandle(h); err != nil {
		return badHandle(h)
	}
	return nil
}

// WSHandles lists the open WebSockets (.z.W, .z.H), one whose peer has
// gone among them until its .z.wc is served. It implements
// interp.WebSockets, on the loop goroutine.
func (l *Loop) WSHandles() []int {
	n := l.webSide()
	if n == nil {
		return nil
	}
	hs := n.web.Handles()
	slices.Sort(hs)
	return withGone(hs, n.live)
}

// WSQueued is the number of bytes queued on WebSocket h (.z.W). It
// implements interp.WebSockets, on the loop goroutine.
func (l *Loop) WSQueued(h int) int64 {
	if w := l.web(); w != nil {
		return int64(w.Queued(h))
	}
	return 0
}

// WSOpen opens a WebSocket to address with the HTTP request text q
// code wrote ((`$":ws://host:port")"GET / HTTP/1.1\r\n…"): it returns the
// handle and the response's head, or handle 0 and the whole response
// if the server refused the upgrade. Messages from the server then go
// to .z.ws, and its close to .z.wc. It implements interp.WebSockets, on
// the loop goroutine, which it blocks until the handshake is done or
// Interrupt.
func (l *Loop) WSOpen(network, address, user, password, request string) (int, string, error) {
	w := l.web()
	if w == nil {
		return 0, "", netErr
	}
	ctx, done := l.interruptible()
	defer done()
	h, resp, err := w.Dial(ctx, network, address, request, user, password)
	if err != nil {
		if errors.Is(err, netipc.ErrTimeout) && l.interrupted(ctx) {
			return 0, "", &k.Error{Msg: "stop"}
		}
		host, _, _ := net.SplitHostPort(address)
		return 0, "", &k.Error{Msg: host + ": " + osText(err)}
	}
	if h != 0 {
		l.webSide().dialled[h] = true
	}
	return h, resp, nil
}
