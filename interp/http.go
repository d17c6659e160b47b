// This file defines the interpreter's side of HTTP and WebSockets: the
// q-level defaults (.z.ph and .h.ka, in bootstrap/http.q, evaluated
// after q.q), and what q code does with a WebSocket handle: neg[h] x
// sends a text or binary frame, neg[h][] flushes, hclose closes, and
// (`$":ws://host:port")"GET / HTTP/1.1\r\n…" opens one. The sockets
// belong to the host (package zns, over package netipc).

package interp

import (
	_ "embed"
	"strings"
	"unicode/utf8"

	"qgo/interp/handle"
	"qgo/interp/k"
)

// httpSrc is the q code for .z.ph's default, as q.k defines it.
//
//go:embed bootstrap/http.q
var httpSrc string

// WebSockets is what the interpreter asks of the host for WebSocket
// handles; the event loop (package zns) implements it beside IPC. Every
// method is called from inside an evaluation, so on the loop goroutine;
// WSFlush and WSOpen block it, as q does. Errors are the q signals to
// raise (*k.Error).
type WebSockets interface {
	// IsWebSocket reports whether h is an open WebSocket.
	IsWebSocket(h int) bool
	// WSSend queues a message on WebSocket h: text (UTF-8) or binary.
	WSSend(h int, binary bool, data []byte) error
	// WSFlush blocks until what is queued on h has been written.
	WSFlush(h int) error
	// WSClose closes WebSocket h (hclose), dropping what is queued.
	WSClose(h int) error
	// WSHandles lists the open WebSockets in ascending order.
	WSHandles() []int
	// WSQueued is the number of bytes queued on h and not yet written.
	WSQueued(h int) int64
	// WSOpen opens a WebSocket to address (host:port) on network,
	// sending request, the HTTP request text, with basic authorization
	// for user and password when user is not empty. It returns the new
	// handle and the response's head, or handle 0 and the whole
	// response when the server refused the upgrade.
	WSOpen(network, address, user, password, request string) (h int, response string, err error)
}

// webSockets is the host's WebSocket side, or nil when it has none.
func (in *Interp) webSockets() WebSockets {
	c, _ := in.sys.host.(WebSockets)
	return c
}

// insertHandle is hs with h inserted in order, and qs with q at the same
// place (qs may be nil). Neither argument is modified.
func insertHandle(hs *k.Vec[int32], qs *k.Vec[int64], h int32, q int64) (*k.Vec[int32], *k.Vec[int64]) {
	i := 0
	for i < len(hs.V) && hs.V[i] < h {
		i++
	}
	nh := &k.Vec[int32]{T: hs.T, A: hs.A, V: append(append(append([]int32{}, hs.V[:i]...), h), hs.V[i:]...)}
	if qs == nil {
		return nh, nil
	}
	return nh, &k.Vec[int64]{T: qs.T, V: append(append(append([]int64{}, qs.V[:i]...), q), qs.V[i:]...)}
}

// wsWrite applies handle h to x when h (or -h) is a WebSocket, and
// reports whether it did: neg[h] x sends x, a string as a text message
// (which must be UTF-8, else 'utf8) or bytes as a binary one;
// neg[h][] and neg[h](::) flush; h x, sync, is 'nyi (docs/ref/dotz.md,
// .z.ws).
func (in *Interp) wsWrite(h int64, x k.Value) (k.Value, bool) {
	ws := in.webSockets()
	n := h
	if n < 0 {
		n = -n
	}
	if ws == nil || n <= 2 || n > 1<<31 || in.fileFor(n) != nil || !ws.IsWebSocket(int(n)) {
		return nil, false
	}
	if h > 0 {
		k.Signal(k.ErrNyi)
	}
	if x == nil || k.IsIdentity(x) {
		if err := ws.WSFlush(int(n)); err != nil {
			panic(ipcError(err))
		}
		return k.Identity, true
	}
	var data []byte
	binary := false
	switch v := x.(type) {
	case *k.Vec[uint8]:
		data, binary = v.V, v.T == k.KX
		if v.T != k.KC && v.T != k.KX {
			k.Signal(k.ErrType)
		}
	case k.Atom[uint8]:
		data, binary = []byte{v.V}, v.T == -k.KX
		if v.T != -k.KC && v.T != -k.KX {
			k.Signal(k.ErrType)
		}
	default:
		k.Signal(k.ErrType)
	}
	if !binary && !utf8.Valid(data) {
		k.Signal("utf8")
	}
	if err := ws.WSSend(int(n), binary, data); err != nil {
		panic(ipcError(err))
	}
	return k.Identity, true
}

// wsConnect opens a WebSocket when sym is `:ws://[user:password@]host:port
// applied to one argument, the HTTP request text, and reports false for
// any other application. It gives (handle;response), the handle 0Ni
// when the server refused the upgrade (docs/kb/websockets.md).
func (in *Interp) wsConnect(sym string, args []k.Value) (k.Value, bool) {
	rest, ok := strings.CutPrefix(sym, ":ws://")
	if !ok {
		if strings.HasPrefix(sym, ":wss://") && len(args) == 1 {
			k.Signal(k.ErrNyi)
		}
		return nil, false
	}
	if len(args) != 1 || args[0] == nil {
		return nil, false
	}
	req, ok := args[0].(*k.Vec[uint8])
	if !ok || req.T != k.KC {
		k.Signal(k.ErrType)
	}
	ws := in.webSockets()
	if ws == nil {
		k.Signal(k.ErrNyi)
	}
	var user, password string
	if cred, hostport, ok := strings.Cut(rest, "@"); ok {
		user, password, _ = strings.Cut(cred, ":")
		rest = hostport
	}
	rest, _, _ = strings.Cut(rest, "/") // the path travels in the request line
	t, ok := handle.Parse(k.S(":" + rest))
	if !ok || t.Network != "tcp" {
		k.Signal(k.ErrType)
	}
	h, resp, err := ws.WSOpen(t.Network, t.Address, user, password, string(req.V))
	if err != nil {
		panic(ipcError(err))
	}
	hv := k.I(int32(h))
	if h == 0 {
		hv = k.Null(-k.KI)
	}
	return k.NewList(hv, k.Str(resp)), true
}
