// This file holds the tests' fake Core and helpers.

package netipc

import (
	"bytes"
	"encoding/binary"
	"encoding/hex"
	"io"
	"net"
	"strings"
	"sync"
	"testing"
	"time"
)

// waitFor bounds every wait in the tests: generous, for a loaded machine
// under the race detector (a wait that passes ends as soon as it can).
const waitFor = 30 * time.Second

// event is one Core call, as the fake Core records it.
type event struct {
	kind     string // auth open sync async close
	h        int
	user, pw string
	data     []byte
}

// fakeCore records its calls. The hooks, if set, decide what the calls
// do; they are set before the Server starts.
type fakeCore struct {
	mu     sync.Mutex
	events []event
	notify chan event // every event, buffered

	auth  func(h int, user, pw string) bool
	open  func(h int)
	sync  func(m *Msg) []byte
	async func(m *Msg)
}

func newFakeCore() *fakeCore { return &fakeCore{notify: make(chan event, 1<<16)} }

func (f *fakeCore) record(e event) {
	f.mu.Lock()
	f.events = append(f.events, e)
	f.mu.Unlock()
	f.notify <- e
}

func (f *fakeCore) Auth(h int, user, pw string, addr net.Addr) bool {
	f.record(event{kind: "auth", h: h, user: user, pw: pw})
	if f.auth != nil {
		return f.auth(h, user, pw)
	}
	return true
}

func (f *fakeCore) Open(h int, user string, addr net.Addr) {
	f.record(event{kind: "open", h: h, user: user})
	if f.open != nil {
		go f.open(h) // after Open returns, as a loop serves .z.po after taking the event
	}
}

func (f *fakeCore) Sync(m *Msg) []byte {
	if !m.Take() {
		return nil
	}
	f.record(event{kind: "sync", h: m.Handle, data: m.Data})
	if f.sync != nil {
		return f.sync(m)
	}
	return frame(Response, 1, []byte{0x65, 0}) // (::)
}

func (f *fakeCore) Async(m *Msg) {
	if f.async != nil {
		f.async(m) // it takes m itself
		return
	}
	if m.Take() {
		f.record(event{kind: "async", h: m.Handle, data: m.Data})
	}
}

func (f *fakeCore) Close(h int) { f.record(event{kind: "close", h: h}) }

// next waits for the next event of kind.
func (f *fakeCore) next(t *testing.T, kind string) event {
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

// count is how many events of kind were recorded for h.
func (f *fakeCore) count(kind string, h int) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	n := 0
	for _, e := range f.events {
		if e.kind == kind && e.h == h {
			n++
		}
	}
	return n
}

// total is how many events were recorded.
func (f *fakeCore) total() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.events)
}

// kinds lists the kinds of the events recorded for h, in order.
func (f *fakeCore) kinds(h int) string {
	f.mu.Lock()
	defer f.mu.Unlock()
	var ks []string
	for _, e := range f.events {
		if e.h == h {
			ks = append(ks, e.kind)
		}
	}
	return strings.Join(ks, " ")
}

// hx decodes hex with spaces.
func hx(s string) []byte {
	b, err := hex.DecodeString(strings.ReplaceAll(s, " ", ""))
	if err != nil {
		panic(err)
	}
	return b
}

// frame builds a message of type typ around payload, little-endian
// (order 1) or big-endian (order 0).
func frame(typ byte, order byte, payload []byte) []byte {
	b := make([]byte, HeaderLen, HeaderLen+len(payload))
	b[1] = typ
	if order == 0 {
		binary.BigEndian.PutUint32(b[4:], uint32(HeaderLen+len(payload)))
	} else {
		b[0] = 1
		binary.LittleEndian.PutUint32(b[4:], uint32(HeaderLen+len(payload)))
	}
	return append(b, payload...)
}

// chars is the payload of a char vector (little-endian count).
func chars(s string) []byte {
	b := []byte{0x0a, 0}
	b = binary.LittleEndian.AppendUint32(b, uint32(len(s)))
	return append(b, s...)
}

// quiet is the Options the tests use: no logging to stderr.
func quiet() Options {
	return Options{Logf: func(string, ...any) {}}
}

// newServer starts a Server on a free loopback port, closed at the end
// of the test.
func newServer(t *testing.T, core Core, opts Options) (*Server, string) {
	t.Helper()
	s, err := Listen("127.0.0.1:0", core, opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, s.Addr().String()
}

// rawDial connects to addr and sends hello, returning the connection and
// the server's reply (nil if it closed the connection instead).
func rawDial(t *testing.T, addr string, hello []byte) (net.Conn, []byte) {
	t.Helper()
	nc, err := net.DialTimeout("tcp", addr, waitFor)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { nc.Close() })
	nc.SetDeadline(time.Now().Add(waitFor))
	if _, err := nc.Write(hello); err != nil {
		t.Fatal(err)
	}
	var b [1]byte
	n, err := nc.Read(b[:])
	if err != nil && err != io.EOF {
		if ne, ok := err.(net.Error); ok && ne.Timeout() {
			t.Fatal("no handshake reply")
		}
	}
	return nc, b[:n]
}

// readFrame reads one whole message from r.
func readFrame(t *testing.T, r io.Reader) []byte {
	t.Helper()
	fr := frameReader{r: r, max: 1 << 30}
	m, err := fr.next()
	if err != nil {
		t.Fatalf("reading a message: %v", err)
	}
	return m
}

// recv receives from ch, failing the test if nothing comes in time.
func recv[T any](t *testing.T, ch <-chan T) T {
	t.Helper()
	select {
	case v := <-ch:
		return v
	case <-time.After(waitFor):
		t.Fatalf("nothing received within %v", waitFor)
		panic("unreachable")
	}
}

// eventually polls cond until it holds or the wait bound passes.
func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(waitFor)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(time.Millisecond)
	}
}

// gone reports whether h has left s's table entirely (its goroutines
// have finished).
func gone(s *Server, h int) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.conns[h] == nil
}

// sameBytes fails the test if got is not want.
func sameBytes(t *testing.T, what string, got, want []byte) {
	t.Helper()
	if !bytes.Equal(got, want) {
		if len(got) > 64 || len(want) > 64 {
			t.Fatalf("%s: got %d bytes, want %d (differ)", what, len(got), len(want))
		}
		t.Fatalf("%s:\n got % x\nwant % x", what, got, want)
	}
}
