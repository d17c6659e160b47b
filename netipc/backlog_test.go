package netipc

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net"
	"sync/atomic"
	"testing"
	"time"
)

// A client that sends request after request and never reads the
// responses is not read either once more than Options.Backlog bytes wait
// for it: what is queued for it never exceeds the backlog and one
// response (the kernel's socket buffers, a few MB, take the rest), whether the responses are
// replies (Reply, as the zns loop answers a sync request) or messages its
// async requests make the server send it (Send, q's neg[.z.w]), served
// one by one or in batches (AsyncBatcher, which stops a batch when
// Msg.Backlogged says so). Once the
// client reads, every request is served, in order, and answered.
func TestBacklogStopsReading(t *testing.T) {
	const (
		reqs    = 80
		size    = 256 << 10 // each response
		backlog = 256 << 10
		bound   = backlog + size + 64 // a response is size bytes and a few more
	)
	for _, kind := range []string{"sync", "async", "batch"} {
		t.Run(kind, func(t *testing.T) {
			var served, queued atomic.Int32 // requests served, the most bytes queued
			var s *Server
			core := newFakeCore()
			respond := func(m *Msg, typ byte) {
				i := served.Add(1)
				resp := frame(typ, 1, chars(fmt.Sprintf("%d", i)+string(make([]byte, size))))
				if typ == Response {
					s.Reply(m.Handle, resp)
				} else {
					s.Send(m.Handle, resp)
				}
				for q := int32(s.QueueBytes(m.Handle)); q > queued.Load(); {
					if queued.CompareAndSwap(queued.Load(), q) {
						break
					}
				}
			}
			core.sync = func(m *Msg) []byte { respond(m, Response); return nil }
			core.async = func(m *Msg) {
				if m.Take() {
					respond(m, Async)
				}
			}
			var c Core = core
			if kind == "batch" {
				c = &batchCore{fakeCore: core, asyncs: func(ms []*Msg) {
					for i, m := range ms {
						if i > 0 && m.Backlogged() {
							return
						}
						if m.Take() {
							respond(m, Async)
						}
					}
				}}
			}
			opts := quiet()
			opts.Backlog = backlog
			var addr string
			s, addr = newServer(t, c, opts)
			nc, reply := rawDial(t, addr, []byte("u:p\x03\x00"))
			if len(reply) != 1 {
				t.Fatal("no handshake reply")
			}
			typ := byte(Sync)
			if kind != "sync" {
				typ = Async
			}
			req := bytes.Repeat(frame(typ, 1, chars("x")), reqs)
			go nc.Write(req) // blocks once the server stops reading: unblocked by the reads below
			// the server serves until the backlog is full, then waits:
			// watch it long enough to see the queue go past the bound if it would
			for deadline := time.Now().Add(2 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
				if q := queued.Load(); q > bound {
					t.Fatalf("%d bytes queued (%d requests served) while the client read nothing: backlog %d bytes of %d-byte responses", q, served.Load(), backlog, size)
				}
			}
			t.Logf("%d served before the client read, at most %d bytes queued", served.Load(), queued.Load())
			nc.SetDeadline(time.Now().Add(waitFor))
			for i := 1; i <= reqs; i++ {
				m := readFrame(t, nc)
				want := fmt.Sprintf("%d", i)
				if got := string(m[HeaderLen+6 : HeaderLen+6+len(want)]); got != want || len(m) != HeaderLen+6+len(want)+size {
					t.Fatalf("response %d: %q (%d bytes)", i, got, len(m))
				}
			}
			if q := queued.Load(); q > bound {
				t.Errorf("%d bytes queued at most, backlog %d bytes of %d-byte responses", q, backlog, size)
			}
		})
	}
}

// The same for a WebSocket: a client that sends message after message
// and never reads what the server sends back is not read once more than
// WebOptions.Backlog bytes wait for it; once it reads, it gets every
// answer, in order.
func TestWSBacklogStopsReading(t *testing.T) {
	const (
		reqs    = 80
		size    = 256 << 10
		backlog = 256 << 10
		bound   = backlog + size + 64 // as in TestBacklogStopsReading
	)
	var served, queued atomic.Int32
	f := newFakeWeb()
	opts := quietWeb()
	opts.Backlog = backlog
	w, addr := newWebServer(t, f, opts)
	f.message = func(e webEvent) {
		i := served.Add(1)
		w.Send(e.h, true, append([]byte(fmt.Sprintf("%4d", i)), make([]byte, size)...))
		for q := int32(w.Queued(e.h)); q > queued.Load(); {
			if queued.CompareAndSwap(queued.Load(), q) {
				break
			}
		}
	}
	c, _ := dialWS(t, addr, "")
	var req []byte
	for range reqs {
		req = append(req, rawFrame(true, wsBinary, []byte("x"), mask)...)
	}
	go c.nc.Write(req) // blocks once the server stops reading
	for deadline := time.Now().Add(2 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		if q := queued.Load(); q > bound {
			t.Fatalf("%d bytes queued (%d messages served) while the client read nothing: backlog %d bytes of %d-byte answers", q, served.Load(), backlog, size)
		}
	}
	t.Logf("%d served before the client read, at most %d bytes queued", served.Load(), queued.Load())
	for i := 1; i <= reqs; i++ {
		f := c.read()
		if want := fmt.Sprintf("%4d", i); len(f.payload) != 4+size || string(f.payload[:4]) != want {
			t.Fatalf("answer %d: %q (%d bytes)", i, f.payload[:min(4, len(f.payload))], len(f.payload))
		}
	}
	if q := queued.Load(); q > bound {
		t.Errorf("%d bytes queued at most, backlog %d bytes of %d-byte answers", q, backlog, size)
	}
}

// A WebSocket message, in one frame or in fragments, or an HTTP body,
// that grows past what Room allows as it arrives is refused before it is
// kept whole: the WebSocket is closed with 1009 (message too big), the
// request answered 400, and the server goes on.
func TestWebNoRoom(t *testing.T) {
	const room = 1 << 20
	f := newFakeWeb()
	opts := quietWeb()
	opts.Room = func(n int) error {
		if n > room {
			return errors.New("'wsfull")
		}
		return nil
	}
	_, addr := newWebServer(t, f, opts)
	big := make([]byte, 3*room)
	var frags []byte
	for i := 0; i < 48; i++ {
		frags = append(frags, rawFrame(false, map[bool]byte{true: wsBinary, false: wsContinuation}[i == 0], make([]byte, 64<<10), mask)...)
	}
	for name, frames := range map[string][]byte{
		"one frame": rawFrame(true, wsBinary, big, mask),
		"fragments": frags,
	} {
		c, _ := dialWS(t, addr, "")
		go c.nc.Write(frames)
		c.expectClose(wsTooBig)
		if n := f.count("msg"); n != 0 {
			t.Errorf("%s: %d messages served", name, n)
		}
	}
	nc, err := net.DialTimeout("tcp", addr, waitFor)
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	nc.SetDeadline(time.Now().Add(waitFor))
	go nc.Write(append([]byte(fmt.Sprintf("POST / HTTP/1.1\r\nContent-Length: %d\r\n\r\n", len(big))), big...))
	resp, _ := io.ReadAll(nc)
	if !bytes.HasPrefix(resp, []byte("HTTP/1.1 400 ")) || !bytes.Contains(resp, []byte("wsfull")) {
		t.Errorf("POST of %d bytes with room for %d: %q", len(big), room, resp)
	}
	c, _ := dialWS(t, addr, "") // the server goes on
	c.send(wsText, "hello")
	if m := c.read(); string(m.payload) != "hello" {
		t.Errorf("echo: %q", m.payload)
	}
}
