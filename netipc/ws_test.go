package netipc

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"io"
	"net"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// The RFC's own example of the accept value.
func TestWSAccept(t *testing.T) {
	if got := wsAccept(testKey); got != "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=" {
		t.Errorf("accept %q", got)
	}
}

func TestWSFrameRoundTrip(t *testing.T) {
	for _, n := range []int{0, 1, 125, 126, 127, 65535, 65536, 70000} {
		p := bytes.Repeat([]byte{'a'}, n)
		for _, masked := range []bool{false, true} {
			b := appendWSFrame(nil, wsBinary, p, masked)
			f, err := readWSFrame(bufio.NewReader(bytes.NewReader(b)), masked, 1<<20)
			if err != nil || !f.fin || f.op != wsBinary || !bytes.Equal(f.payload, p) {
				t.Errorf("%d bytes, masked %v: %v %v %d", n, masked, err, f.fin, len(f.payload))
			}
		}
	}
}

// The reader reassembles fragments, passes the control frames that come
// between them, and refuses what RFC 6455 forbids with the right code.
func TestWSReader(t *testing.T) {
	var s []byte
	s = append(s, rawFrame(false, wsText, []byte("hel"), mask)...)
	s = append(s, rawFrame(true, wsPing, []byte("p"), mask)...)
	s = append(s, rawFrame(false, wsContinuation, []byte("lo "), mask)...)
	s = append(s, rawFrame(true, wsContinuation, []byte("wörld"), mask)...)
	s = append(s, rawFrame(true, wsBinary, []byte{0, 1, 2}, mask)...)
	s = append(s, rawFrame(true, wsText, nil, mask)...)
	r := wsReader{br: bufio.NewReader(bytes.NewReader(s)), wantMask: true, max: 100}
	want := []wsMessage{{wsPing, []byte("p")}, {wsText, []byte("hello wörld")}, {wsBinary, []byte{0, 1, 2}}, {wsText, []byte{}}}
	for i, w := range want {
		m, err := r.next()
		if err != nil || m.op != w.op || !bytes.Equal(m.data, w.data) {
			t.Fatalf("%d: %v %x %q", i, err, m.op, m.data)
		}
	}
	if _, err := r.next(); err != io.EOF {
		t.Errorf("at the end: %v", err)
	}

	bad := []struct {
		name   string
		frames []byte
		server bool
		code   uint16
	}{
		{"unmasked from a client", rawFrame(true, wsText, []byte("x"), nil), true, wsProtocolErr},
		{"masked from a server", rawFrame(true, wsText, []byte("x"), mask), false, wsProtocolErr},
		{"reserved bit", append([]byte{0xC1, 0x80}, mask...), true, wsProtocolErr},
		{"reserved opcode", rawFrame(true, 0x3, nil, mask), true, wsProtocolErr},
		{"fragmented ping", rawFrame(false, wsPing, nil, mask), true, wsProtocolErr},
		{"long ping", rawFrame(true, wsPing, make([]byte, 126), mask), true, wsProtocolErr},
		{"lone continuation", rawFrame(true, wsContinuation, []byte("x"), mask), true, wsProtocolErr},
		{"message inside a message", append(rawFrame(false, wsText, []byte("a"), mask), rawFrame(true, wsText, []byte("b"), mask)...), true, wsProtocolErr},
		{"bad UTF-8", rawFrame(true, wsText, []byte{0xff, 0xfe}, mask), true, wsInvalidData},
		{"split UTF-8 ok, bad end", append(rawFrame(false, wsText, []byte{0xc3}, mask), rawFrame(true, wsContinuation, []byte{0x28}, mask)...), true, wsInvalidData},
		{"too big", rawFrame(true, wsBinary, make([]byte, 101), mask), true, wsTooBig},
		{"too big in fragments", append(rawFrame(false, wsBinary, make([]byte, 60), mask), rawFrame(true, wsContinuation, make([]byte, 60), mask)...), true, wsTooBig},
		{"top bit length", []byte{0x82, 0xFF, 0x80, 0, 0, 0, 0, 0, 0, 0}, true, wsProtocolErr},
	}
	for _, tc := range bad {
		r := wsReader{br: bufio.NewReader(bytes.NewReader(tc.frames)), wantMask: tc.server, max: 100}
		var err error
		for range 3 {
			if _, err = r.next(); err != nil {
				break
			}
		}
		var we *wsError
		if !errors.As(err, &we) || we.code != tc.code || !errors.Is(err, ErrWebSocket) {
			t.Errorf("%s: %v, want close code %d", tc.name, err, tc.code)
		}
	}
}

func TestParseClose(t *testing.T) {
	for _, tc := range []struct {
		p    []byte
		code uint16
		ok   bool
	}{
		{nil, wsNoStatus, true},
		{[]byte{0x03, 0xE8}, 1000, true},
		{[]byte{0x03, 0xE8, 'o', 'k'}, 1000, true},
		{[]byte{0x0F, 0xA0}, 4000, true},
		{[]byte{0x03}, 0, false},
		{[]byte{0x03, 0xED}, 0, false}, // 1005 may not be sent
		{[]byte{0x00, 0x10}, 0, false},
		{[]byte{0x03, 0xE8, 0xff}, 0, false},
	} {
		code, _, err := parseClose(tc.p)
		if (err == nil) != tc.ok || (tc.ok && code != tc.code) {
			t.Errorf("%x: %d %v", tc.p, code, err)
		}
	}
}

// The opening handshake, .z.wo, .z.ws for fragmented and masked
// messages with a ping between the fragments, the echo, and the close
// handshake, which reports .z.wc.
func TestWSServer(t *testing.T) {
	f := newFakeWeb()
	w, addr := newWebServer(t, f, quietWeb())
	c, head := dialWS(t, addr, "Sec-WebSocket-Protocol: kxnodeflate, other\r\n")
	// the status and header lines in the order of kdb+'s 101
	// (docs/kb/websockets.md)
	if !strings.HasPrefix(head, "HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n") ||
		!strings.Contains(head, "Sec-WebSocket-Protocol: kxnodeflate\r\n") {
		t.Fatalf("response %q", head)
	}
	up := f.next(t, "upgrade")
	open := f.next(t, "open")
	if up.target != "/chat" || open.h != up.h || open.user != "ws" || !w.IsOpen(open.h) {
		t.Fatalf("upgrade %+v open %+v", up, open)
	}
	if hs := w.Handles(); len(hs) != 1 || hs[0] != open.h {
		t.Errorf("handles %v", hs)
	}

	c.frame(false, wsText, []byte("4+"), mask)
	c.frame(true, wsPing, []byte("are you there"), mask)
	c.frame(true, wsContinuation, []byte("til 3"), mask)
	if p := c.read(); p.op != wsPong || string(p.payload) != "are you there" {
		t.Fatalf("got %x %q, want the pong", p.op, p.payload)
	}
	m := f.next(t, "msg")
	if m.binary || string(m.body) != "4+til 3" || m.h != open.h {
		t.Errorf("message %+v", m)
	}
	if e := c.read(); e.op != wsText || string(e.payload) != "4+til 3" {
		t.Errorf("echo %x %q", e.op, e.payload)
	}
	c.send(wsBinary, "\x00\x01")
	if e := c.read(); e.op != wsBinary || string(e.payload) != "\x00\x01" {
		t.Errorf("binary echo %x %q", e.op, e.payload)
	}

	c.frame(true, wsClose, []byte{0x03, 0xE9}, mask) // 1001 going away
	c.expectClose(1001)
	if cl := f.next(t, "close"); cl.h != open.h {
		t.Errorf("closed %d", cl.h)
	}
	if _, err := c.br.ReadByte(); err != io.EOF {
		t.Errorf("after the close: %v, want EOF", err)
	}
	eventually(t, "the handle to be freed", func() bool { return len(w.Handles()) == 0 && w.Queued(open.h) == 0 })
	if err := w.Send(open.h, false, []byte("x")); !errors.Is(err, ErrBadHandle) {
		t.Errorf("send after close: %v", err)
	}
}

// A protocol violation closes the connection with the RFC's code and
// reports .z.wc.
func TestWSViolation(t *testing.T) {
	f := newFakeWeb()
	_, addr := newWebServer(t, f, quietWeb())
	c, _ := dialWS(t, addr, "")
	f.next(t, "open")
	c.frame(true, wsText, []byte("no mask"), nil)
	c.expectClose(wsProtocolErr)
	f.next(t, "close")
	if n := f.count("msg"); n != 0 {
		t.Errorf("%d messages", n)
	}
}

// hclose (CloseHandle) sends a close frame, drops what is queued, and
// does not report .z.wc; the peer's answer ends the connection.
func TestWSCloseHandle(t *testing.T) {
	f := newFakeWeb()
	w, addr := newWebServer(t, f, quietWeb())
	c, _ := dialWS(t, addr, "")
	h := f.next(t, "open").h
	if err := w.Send(h, false, []byte("first")); err != nil {
		t.Fatal(err)
	}
	if err := w.Flush(context.Background(), h); err != nil {
		t.Fatal(err)
	}
	if err := w.CloseHandle(h); err != nil {
		t.Fatal(err)
	}
	if w.IsOpen(h) {
		t.Error("open after CloseHandle")
	}
	if err := w.CloseHandle(h); !errors.Is(err, ErrBadHandle) {
		t.Errorf("second close: %v", err)
	}
	if m := c.read(); string(m.payload) != "first" {
		t.Errorf("got %q", m.payload)
	}
	c.expectClose(wsNormal)
	c.frame(true, wsClose, []byte{0x03, 0xE8}, mask)
	if _, err := io.ReadAll(c.br); err != nil {
		t.Errorf("after the close: %v", err)
	}
	eventually(t, "the socket to be freed", func() bool {
		w.mu.Lock()
		defer w.mu.Unlock()
		return len(w.socks) == 0
	})
	if n := f.count("close"); n != 0 {
		t.Errorf(".z.wc ran %d times after hclose", n)
	}
}

// A peer that does not answer a close frame is cut off after
// CloseTimeout.
func TestWSCloseTimeout(t *testing.T) {
	f := newFakeWeb()
	o := quietWeb()
	o.CloseTimeout = 100 * time.Millisecond
	w, addr := newWebServer(t, f, o)
	c, _ := dialWS(t, addr, "")
	h := f.next(t, "open").h
	w.CloseHandle(h)
	c.expectClose(wsNormal)
	start := time.Now()
	if _, err := io.ReadAll(c.br); err != nil {
		t.Errorf("read: %v", err)
	}
	if d := time.Since(start); d > 20*time.Second {
		t.Errorf("closed after %v", d)
	}
}

// WSUpgrade can refuse with a response of its own; bad upgrade requests
// get 400 or 426 and reach no callback.
func TestWSUpgradeRefused(t *testing.T) {
	f := newFakeWeb()
	f.upgrade = func(e webEvent) (string, []byte) {
		return "", []byte("HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\n\r\n")
	}
	_, addr := newWebServer(t, f, quietWeb())
	_, head := dialWS(t, addr, "")
	if !strings.HasPrefix(head, "HTTP/1.1 401 ") {
		t.Errorf("refused: %q", head)
	}
	for _, tc := range []struct{ req, status string }{
		{"GET / HTTP/1.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: short\r\nSec-WebSocket-Version: 13\r\n\r\n", "400"},
		{"GET / HTTP/1.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: " + testKey + "\r\nSec-WebSocket-Version: 8\r\n\r\n", "426"},
		{"POST / HTTP/1.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: " + testKey + "\r\nSec-WebSocket-Version: 13\r\n\r\n", "400"},
	} {
		nc, err := net.DialTimeout("tcp", addr, waitFor)
		if err != nil {
			t.Fatal(err)
		}
		nc.SetDeadline(time.Now().Add(waitFor))
		io.WriteString(nc, tc.req)
		b, _ := io.ReadAll(nc)
		nc.Close()
		if !strings.HasPrefix(string(b), "HTTP/1.1 "+tc.status) {
			t.Errorf("%q: %q", tc.req, b)
		}
	}
	if n := f.count("open"); n != 0 {
		t.Errorf("%d opens", n)
	}
}

// Dial, the client side, against this package's own server: the
// response head, messages both ways (masked from the client), .z.ws on
// the client side, and .z.wc on each side when one closes.
func TestWSDial(t *testing.T) {
	server := newFakeWeb()
	sw, addr := newWebServer(t, server, quietWeb())
	client := newFakeWeb()
	client.message = func(e webEvent) {}
	cw := NewWeb(client, quietWeb())
	client.web = cw
	defer cw.Close()

	ctx, cancel := context.WithTimeout(context.Background(), waitFor)
	defer cancel()
	h, head, err := cw.Dial(ctx, "tcp", addr, "GET /p HTTP/1.1\r\nHost: "+addr+"\r\n\r\n", "me", "pw")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(head, "HTTP/1.1 101 Switching Protocols\r\n") || !strings.HasSuffix(head, "\r\n\r\n") {
		t.Errorf("head %q", head)
	}
	up := server.next(t, "upgrade")
	auth := ""
	for _, f := range up.header {
		if f[0] == "Authorization" {
			auth = f[1]
		}
	}
	if up.target != "/p" || auth != basic("me", "pw") {
		t.Errorf("upgrade %+v", up)
	}
	sh := server.next(t, "open").h
	if err := cw.Send(h, false, []byte("hello")); err != nil {
		t.Fatal(err)
	}
	if m := client.next(t, "msg"); string(m.body) != "hello" || m.h != h || m.binary {
		t.Errorf("client got %+v", m)
	}
	big := bytes.Repeat([]byte{7}, 100000)
	cw.Send(h, true, big)
	if m := client.next(t, "msg"); !bytes.Equal(m.body, big) || !m.binary {
		t.Errorf("client got %d bytes", len(m.body))
	}
	if n := client.count("open"); n != 0 {
		t.Errorf(".z.wo ran on the client side")
	}
	// the server closes: the client sees .z.wc
	sw.CloseHandle(sh)
	if e := client.next(t, "close"); e.h != h {
		t.Errorf("client closed %d", e.h)
	}
	eventually(t, "the client handle to go", func() bool { return !cw.IsOpen(h) })

	// a refused upgrade gives handle 0 and the whole response
	server.upgrade = func(e webEvent) (string, []byte) {
		return "", []byte("HTTP/1.1 400 Bad Request\r\nContent-Length: 4\r\n\r\nnope")
	}
	h, resp, err := cw.Dial(ctx, "tcp", addr, "GET / HTTP/1.1\r\nHost: x\r\n\r\n", "", "")
	if err != nil || h != 0 || resp != "HTTP/1.1 400 Bad Request\r\nContent-Length: 4\r\n\r\nnope" {
		t.Errorf("refused: %d %q %v", h, resp, err)
	}
	// nothing listening
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	dead := ln.Addr().String()
	ln.Close()
	if _, _, err := cw.Dial(ctx, "tcp", dead, "GET / HTTP/1.1\r\n\r\n", "", ""); err == nil {
		t.Error("dialled nothing")
	}
}

// Web.Close ends open WebSockets, reporting .z.wc, and waits for their
// goroutines.
func TestWebCloseWebSockets(t *testing.T) {
	f := newFakeWeb()
	w, addr := newWebServer(t, f, quietWeb())
	dialWS(t, addr, "")
	h := f.next(t, "open").h
	done := make(chan struct{})
	go func() { w.Close(); close(done) }()
	recv(t, done)
	if e := f.next(t, "close"); e.h != h {
		t.Errorf("closed %d", e.h)
	}
	if w.IsOpen(h) {
		t.Error("still open")
	}
}

// The 101 response leaves once .z.wo (WSOpened) has been handed over, so
// what the client sends next, on any connection, comes after .z.wo; what
// .z.wo sends arrives after the 101.
func TestWSOpenedBefore101(t *testing.T) {
	f := newFakeWeb()
	var answered atomic.Bool
	var early atomic.Int32
	f.opened = func(h int) {
		if err := f.web.Send(h, false, []byte("hello")); err != nil {
			t.Errorf("send in WSOpened: %v", err)
		}
		for range 50 { // give a server that answered first the time to show it
			if answered.Load() {
				early.Add(1)
				break
			}
			time.Sleep(time.Millisecond)
		}
	}
	_, addr := newWebServer(t, f, quietWeb())
	for range 5 {
		answered.Store(false)
		c, head := dialWS(t, addr, "")
		answered.Store(true)
		if !strings.HasPrefix(head, "HTTP/1.1 101 ") {
			t.Fatalf("response %q", head)
		}
		if m := c.read(); m.op != wsText || string(m.payload) != "hello" {
			t.Errorf("after the 101: %x %q, want what WSOpened sent", m.op, m.payload)
		}
		f.next(t, "open")
	}
	if n := early.Load(); n != 0 {
		t.Errorf("%d of 5 clients had the 101 before WSOpened returned", n)
	}
}
