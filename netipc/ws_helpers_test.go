// This file holds the HTTP and WebSocket tests' fake WebCore and helpers.

package netipc

import (
	"bufio"
	"encoding/base64"
	"fmt"
	"io"
	"net"
	"strings"
	"sync"
	"testing"
	"time"
)

// webEvent is one WebCore call, as the fake records it.
type webEvent struct {
	kind   string // http upgrade open msg close
	h      int
	method string
	target string
	header [][2]string
	body   []byte
	binary bool
	user   string
}

// fakeWeb records its calls. The hooks, if set, decide what the calls
// return; they are set before the Web starts.
type fakeWeb struct {
	mu     sync.Mutex
	events []webEvent
	notify chan webEvent

	web     *Web // for the default echo
	http    func(e webEvent) []byte
	upgrade func(e webEvent) (string, []byte)
	message func(e webEvent)
	opened  func(h int) // in WSOpened, before it returns
}

func newFakeWeb() *fakeWeb { return &fakeWeb{notify: make(chan webEvent, 1<<12)} }

func (f *fakeWeb) record(e webEvent) {
	f.mu.Lock()
	f.events = append(f.events, e)
	f.mu.Unlock()
	f.notify <- e
}

func (f *fakeWeb) HTTPRequest(h int, addr net.Addr, method, target string, header [][2]string, body []byte) []byte {
	e := webEvent{kind: "http", h: h, method: method, target: target, header: header, body: body}
	f.record(e)
	if f.http != nil {
		return f.http(e)
	}
	text := method + " " + target + " " + string(body)
	return fmt.Appendf(nil, "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nConnection: close\r\nContent-Length: %d\r\n\r\n%s", len(text), text)
}

func (f *fakeWeb) WSUpgrade(h int, addr net.Addr, target string, header [][2]string) (string, []byte) {
	e := webEvent{kind: "upgrade", h: h, target: target, header: header}
	f.record(e)
	if f.upgrade != nil {
		return f.upgrade(e)
	}
	return "ws", nil
}

func (f *fakeWeb) WSOpened(h int, user string, addr net.Addr) {
	if f.opened != nil {
		f.opened(h)
	}
	f.record(webEvent{kind: "open", h: h, user: user})
}

// WSMessage echoes by default, as q's default .z.ws does.
func (f *fakeWeb) WSMessage(h int, user string, addr net.Addr, binary bool, data []byte) {
	e := webEvent{kind: "msg", h: h, user: user, binary: binary, body: data}
	f.record(e)
	if f.message != nil {
		f.message(e)
		return
	}
	f.web.Send(h, binary, data)
}

func (f *fakeWeb) WSClosed(h int) { f.record(webEvent{kind: "close", h: h}) }

// next waits for the next event of kind.
func (f *fakeWeb) next(t *testing.T, kind string) webEvent {
	t.Helper()
	timeout := time.After(waitFor)
	for {
		select {
		case e := <-f.notify:
			if e.kind == kind {
				return e
			}
		case <-timeout:
			t.Fatalf("no %s event within %v", kind, waitFor)
		}
	}
}

// count is how many events of kind were recorded.
func (f *fakeWeb) count(kind string) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	n := 0
	for _, e := range f.events {
		if e.kind == kind {
			n++
		}
	}
	return n
}

// quietWeb is the WebOptions the tests use: no logging, short close.
func quietWeb() WebOptions {
	return WebOptions{Logf: func(string, ...any) {}, CloseTimeout: 500 * time.Millisecond}
}

// newWebServer starts a Server with a Web on a free loopback port, both
// closed at the end of the test.
func newWebServer(t *testing.T, f *fakeWeb, opts WebOptions) (*Web, string) {
	t.Helper()
	w := NewWeb(f, opts)
	f.web = w
	o := quiet()
	o.HTTP = w.Serve
	s, addr := newServer(t, newFakeCore(), o)
	t.Cleanup(func() {
		s.Close()
		w.Close()
	})
	return w, addr
}

// wsClient is a minimal, hand-driven WebSocket client for the tests: it
// writes frames byte by byte as told and reads the server's frames.
type wsClient struct {
	t  *testing.T
	nc net.Conn
	br *bufio.Reader
}

// testKey is the sample key of RFC 6455 1.3.
const testKey = "dGhlIHNhbXBsZSBub25jZQ=="

// dialWS connects to addr and performs the opening handshake with extra
// header lines; it returns the client and the response head.
func dialWS(t *testing.T, addr, extra string) (*wsClient, string) {
	t.Helper()
	nc, err := net.DialTimeout("tcp", addr, waitFor)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { nc.Close() })
	nc.SetDeadline(time.Now().Add(waitFor))
	req := "GET /chat HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: " + testKey + "\r\nSec-WebSocket-Version: 13\r\n" + extra + "\r\n"
	if _, err := io.WriteString(nc, req); err != nil {
		t.Fatal(err)
	}
	c := &wsClient{t: t, nc: nc, br: bufio.NewReader(nc)}
	var head strings.Builder
	for {
		line, err := c.br.ReadString('\n')
		if err != nil {
			t.Fatalf("reading the handshake response: %v (so far %q)", err, head.String())
		}
		head.WriteString(line)
		if line == "\r\n" {
			break
		}
	}
	return c, head.String()
}

// frame writes one raw frame: fin, opcode, payload, masked with key
// unless key is nil.
func (c *wsClient) frame(fin bool, op byte, payload []byte, key []byte) {
	c.t.Helper()
	if _, err := c.nc.Write(rawFrame(fin, op, payload, key)); err != nil {
		c.t.Fatal(err)
	}
}

// rawFrame builds one frame.
func rawFrame(fin bool, op byte, payload []byte, key []byte) []byte {
	b0 := op
	if fin {
		b0 |= 0x80
	}
	var b []byte
	m := byte(0)
	if key != nil {
		m = 0x80
	}
	switch n := len(payload); {
	case n < 126:
		b = []byte{b0, m | byte(n)}
	case n < 1<<16:
		b = []byte{b0, m | 126, byte(n >> 8), byte(n)}
	default:
		b = []byte{b0, m | 127, 0, 0, 0, 0, byte(n >> 24), byte(n >> 16), byte(n >> 8), byte(n)}
	}
	if key == nil {
		return append(b, payload...)
	}
	b = append(b, key...)
	start := len(b)
	b = append(b, payload...)
	for i := range b[start:] {
		b[start+i] ^= key[i&3]
	}
	return b
}

// mask is the masking key the tests use.
var mask = []byte{0x37, 0xfa, 0x21, 0x3d}

// send sends a whole masked message.
func (c *wsClient) send(op byte, payload string) { c.frame(true, op, []byte(payload), mask) }

// read reads one frame from the server, which must not be masked.
func (c *wsClient) read() wsFrame {
	c.t.Helper()
	f, err := readWSFrame(c.br, false, 1<<30)
	if err != nil {
		c.t.Fatalf("reading a frame: %v", err)
	}
	return f
}

// expectClose reads frames until a close frame and checks its code.
func (c *wsClient) expectClose(code uint16) {
	c.t.Helper()
	for {
		f := c.read()
		if f.op != wsClose {
			continue
		}
		got, _, err := parseClose(f.payload)
		if err != nil || got != code {
			c.t.Fatalf("close frame %x (%v), want code %d", f.payload, err, code)
		}
		return
	}
}

// basic is the Authorization value for user and password.
func basic(user, password string) string {
	return "Basic " + base64.StdEncoding.EncodeToString([]byte(user+":"+password))
}
