package netipc

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"
)

func TestHandshakeAccept(t *testing.T) {
	core := newFakeCore()
	_, addr := newServer(t, core, quiet())
	tests := []struct {
		hello string
		reply byte
	}{
		{"user:password\x03\x00", 3},
		{"u:p\x00\x00", 0}, // capability 0, sent with its NUL
		{"u:p\x00", 0},     // no capability byte at all
		{"u:p\x01\x00", 1},
		{"u:p\x02\x00", 2},
		{"u:p\x04\x00", 3},
		{"u:p\x05\x00", 3},
		{"u:p\x06\x00", 3},
	}
	for _, tt := range tests {
		nc, reply := rawDial(t, addr, []byte(tt.hello))
		if !bytes.Equal(reply, []byte{tt.reply}) {
			t.Errorf("%q: reply % x, want %02x", tt.hello, reply, tt.reply)
		}
		a := core.next(t, "auth")
		o := core.next(t, "open")
		if a.h != o.h || a.h < 3 {
			t.Errorf("%q: auth handle %d, open handle %d", tt.hello, a.h, o.h)
		}
		wantUser, wantPw, _ := strings.Cut(strings.TrimRight(tt.hello, "\x00\x01\x02\x03\x04\x05\x06"), ":")
		if a.user != wantUser || a.pw != wantPw || o.user != wantUser {
			t.Errorf("%q: auth %q %q, open %q", tt.hello, a.user, a.pw, o.user)
		}
		// the connection works, whatever the capability
		nc.Write(golden[0])
		core.next(t, "sync")
		sameBytes(t, tt.hello, readFrame(t, nc), hx("01 02 00 00 0a 00 00 00 65 00"))
	}
}

// The server sends nothing but the one capability byte until the client
// speaks (kdbgo treats more as a failed handshake).
func TestHandshakeReplyIsOneByte(t *testing.T) {
	core := newFakeCore()
	_, addr := newServer(t, core, quiet())
	nc, reply := rawDial(t, addr, []byte("u:p\x03\x00"))
	if len(reply) != 1 {
		t.Fatalf("reply % x", reply)
	}
	core.next(t, "open")
	nc.SetReadDeadline(time.Now().Add(50 * time.Millisecond))
	var b [1]byte
	if n, err := nc.Read(b[:]); n != 0 || !isTimeout(err) {
		t.Errorf("read %d bytes (% x) after the reply, err %v", n, b[:n], err)
	}
}

func TestHandshakeReject(t *testing.T) {
	core := newFakeCore()
	core.auth = func(h int, user, pw string) bool { return pw == "secret" }
	s, addr := newServer(t, core, quiet())
	nc, reply := rawDial(t, addr, []byte("mary:wrong\x03\x00"))
	if len(reply) != 0 {
		t.Fatalf("rejected client got % x", reply)
	}
	a := core.next(t, "auth")
	if n, err := nc.Read(make([]byte, 1)); n != 0 || err != io.EOF {
		t.Errorf("after the rejection: %d bytes, %v; want EOF", n, err)
	}
	eventually(t, "the handle to go", func() bool { return gone(s, a.h) })
	if k := core.kinds(a.h); k != "auth" {
		t.Errorf("events for a rejected connection: %q, want just auth", k)
	}
	// the right password gets in
	_, reply = rawDial(t, addr, []byte("mary:secret\x03\x00"))
	if !bytes.Equal(reply, []byte{3}) {
		t.Errorf("accepted client got % x", reply)
	}
}

func TestSyncRoundTrip(t *testing.T) {
	core := newFakeCore()
	resp := hx("01 02 00 00 11 00 00 00 f9 02 00 00 00 00 00 00 00")
	core.sync = func(m *Msg) []byte { return resp }
	_, addr := newServer(t, core, quiet())
	for _, req := range [][]byte{golden[0], golden[1], golden[6]} { // little-endian, big-endian, a list
		nc, _ := rawDial(t, addr, []byte("u\x03\x00"))
		o := core.next(t, "open")
		nc.Write(req)
		e := core.next(t, "sync")
		if e.h != o.h {
			t.Errorf("sync on handle %d, opened %d", e.h, o.h)
		}
		sameBytes(t, "request as the core sees it", e.data, req)
		sameBytes(t, "response", readFrame(t, nc), resp)
	}
}

// Messages arrive split across writes and coalesced in one write.
func TestSplitAndCoalesced(t *testing.T) {
	core := newFakeCore()
	_, addr := newServer(t, core, quiet())
	nc, _ := rawDial(t, addr, []byte("u\x03\x00"))
	core.next(t, "open")
	var stream []byte
	for i := range 50 {
		stream = append(stream, frame(Async, byte(i%2), chars(fmt.Sprint(i)))...)
	}
	for i := 0; i < len(stream); i += 7 {
		nc.Write(stream[i:min(i+7, len(stream))])
	}
	nc.Write(bytes.Repeat(frame(Async, 1, chars("x")), 10))
	for i := range 60 {
		e := core.next(t, "async")
		want := frame(Async, byte(i%2), chars(fmt.Sprint(i)))
		if i >= 50 {
			want = frame(Async, 1, chars("x"))
		}
		sameBytes(t, fmt.Sprint("message ", i), e.data, want)
	}
}

// Per connection, messages reach the core in order, and a sync request
// is answered only after the asyncs before it were served (the "sync
// chase" h"").
func TestAsyncOrder(t *testing.T) {
	core := newFakeCore()
	var mu sync.Mutex
	seen := map[int]int{}
	core.async = func(m *Msg) {
		if m.Take() {
			mu.Lock()
			seen[m.Handle]++
			mu.Unlock()
			core.record(event{kind: "async", h: m.Handle, data: m.Data})
		}
	}
	core.sync = func(m *Msg) []byte {
		mu.Lock()
		n := seen[m.Handle]
		mu.Unlock()
		return frame(Response, 1, chars(fmt.Sprint(n)))
	}
	_, addr := newServer(t, core, quiet())
	const conns, msgs = 4, 500
	var wg sync.WaitGroup
	errs := make(chan error, conns)
	for range conns {
		nc, _ := rawDial(t, addr, []byte("u\x03\x00"))
		wg.Add(1)
		go func() {
			defer wg.Done()
			w := bufio.NewWriter(nc)
			for i := range msgs {
				w.Write(frame(Async, byte(i%2), chars(fmt.Sprint(i))))
			}
			w.Write(frame(Sync, 1, chars("")))
			w.Flush()
			fr := frameReader{r: nc, max: 1 << 20}
			resp, err := fr.next()
			if err != nil {
				errs <- err
				return
			}
			if !bytes.Equal(resp, frame(Response, 1, chars(fmt.Sprint(msgs)))) {
				errs <- fmt.Errorf("sync answered after % x asyncs, want %d", resp[14:], msgs)
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	core.mu.Lock()
	defer core.mu.Unlock()
	next := map[int]int{}
	for _, e := range core.events {
		if e.kind != "async" {
			continue
		}
		i := next[e.h]
		if want := frame(Async, byte(i%2), chars(fmt.Sprint(i))); !bytes.Equal(e.data, want) {
			t.Fatalf("handle %d: message %d is % x", e.h, i, e.data)
		}
		next[e.h]++
	}
}

func TestCloseCalledOnce(t *testing.T) {
	ends := map[string]func(t *testing.T, s *Server, nc net.Conn, h int){
		"eof": func(t *testing.T, s *Server, nc net.Conn, h int) { nc.Close() },
		"reset": func(t *testing.T, s *Server, nc net.Conn, h int) {
			nc.(*net.TCPConn).SetLinger(0)
			nc.Close()
		},
		"half close": func(t *testing.T, s *Server, nc net.Conn, h int) { nc.(*net.TCPConn).CloseWrite() },
		"server close": func(t *testing.T, s *Server, nc net.Conn, h int) {
			s.Close()
			if n, err := nc.Read(make([]byte, 1)); n != 0 || err == nil {
				t.Errorf("client read %d, %v after the server closed", n, err)
			}
		},
		"garbage": func(t *testing.T, s *Server, nc net.Conn, h int) {
			nc.Write(hx("05 00 00 00 10 00 00 00"))
		},
		"lying length": func(t *testing.T, s *Server, nc net.Conn, h int) {
			nc.Write(hx("01 00 00 00 ff ff ff 7f 00 00"))
			nc.Close()
		},
	}
	for name, end := range ends {
		t.Run(name, func(t *testing.T) {
			core := newFakeCore()
			s, addr := newServer(t, core, quiet())
			nc, _ := rawDial(t, addr, []byte("u\x03\x00"))
			h := core.next(t, "open").h
			nc.Write(golden[3])
			core.next(t, "async")
			end(t, s, nc, h)
			core.next(t, "close")
			eventually(t, "the handle to go", func() bool { return gone(s, h) })
			time.Sleep(20 * time.Millisecond)
			if k := core.kinds(h); k != "auth open async close" {
				t.Errorf("events %q", k)
			}
			if hs := s.Handles(); len(hs) != 0 {
				t.Errorf("handles left: %v", hs)
			}
		})
	}
}

// Messages read before the peer closed are served before Close.
func TestMessagesBeforeClose(t *testing.T) {
	core := newFakeCore()
	_, addr := newServer(t, core, quiet())
	nc, _ := rawDial(t, addr, []byte("u\x03\x00"))
	h := core.next(t, "open").h
	nc.Write(bytes.Repeat(golden[3], 20))
	nc.Close()
	core.next(t, "close")
	if k := core.kinds(h); k != "auth open"+strings.Repeat(" async", 20)+" close" {
		t.Errorf("events %q", k)
	}
}

// A local hclose does not run .z.pc, and the peer sees the close at once.
func TestHcloseNoClose(t *testing.T) {
	core := newFakeCore()
	block := make(chan struct{})
	unblock := sync.OnceFunc(func() { close(block) })
	defer unblock() // before the Server closes, even if the test fails
	core.async = func(m *Msg) {
		<-block // the loop is busy with something else
		if m.Take() {
			core.record(event{kind: "async", h: m.Handle})
		}
	}
	s, addr := newServer(t, core, quiet())
	nc, _ := rawDial(t, addr, []byte("u\x03\x00"))
	h := core.next(t, "open").h
	nc.Write(golden[3])
	nc.Write(golden[3])
	time.Sleep(20 * time.Millisecond)
	if err := s.Hclose(h); err != nil {
		t.Fatal(err)
	}
	if err := s.Hclose(h); !errors.Is(err, ErrBadHandle) {
		t.Errorf("second hclose: %v", err)
	}
	if err := s.Send(h, golden[3]); !errors.Is(err, ErrBadHandle) {
		t.Errorf("send after hclose: %v", err)
	}
	if n, err := nc.Read(make([]byte, 1)); n != 0 || err != io.EOF {
		t.Errorf("peer read %d, %v; want EOF", n, err)
	}
	unblock() // the message in flight is skipped: its handle was closed
	eventually(t, "the handle to go", func() bool { return gone(s, h) })
	if k := core.kinds(h); k != "auth open" {
		t.Errorf("events %q, want no async and no close", k)
	}
}

func TestBigMessages(t *testing.T) {
	core := newFakeCore()
	s, addr := newServer(t, core, quiet())
	nc, _ := rawDial(t, addr, []byte("u\x03\x00"))
	h := core.next(t, "open").h
	nc.SetDeadline(time.Now().Add(waitFor))
	payload := make([]byte, 40<<20)
	for i := range payload {
		payload[i] = byte(i * 7)
	}
	big := frame(Async, 1, payload)
	go nc.Write(big)
	sameBytes(t, "40 MB in", core.next(t, "async").data, big)
	if err := s.Send(h, big); err != nil {
		t.Fatal(err)
	}
	sameBytes(t, "40 MB out", readFrame(t, bufio.NewReader(nc)), big)
}

func TestMaxMessage(t *testing.T) {
	core := newFakeCore()
	opts := quiet()
	opts.MaxMessage = 1000
	_, addr := newServer(t, core, opts)
	nc, _ := rawDial(t, addr, []byte("u\x03\x00"))
	h := core.next(t, "open").h
	nc.Write(frame(Async, 1, make([]byte, 992))) // exactly 1000
	core.next(t, "async")
	nc.Write(frame(Async, 1, make([]byte, 993)))
	core.next(t, "close")
	if k := core.kinds(h); k != "auth open async close" {
		t.Errorf("events %q", k)
	}
}

func TestCompressedMessage(t *testing.T) {
	core := newFakeCore()
	plain := frame(Async, 1, chars("the original"))
	comp := hx("01 00 01 00 10 00 00 00 00 00 00 00 ab cd ef 01")
	comp[8] = byte(len(plain))
	opts := quiet()
	opts.Decompress = func(b []byte) ([]byte, error) {
		if bytes.Equal(b, comp) {
			return plain, nil
		}
		return nil, errors.New("unexpected input")
	}
	_, addr := newServer(t, core, opts)
	nc, _ := rawDial(t, addr, []byte("u\x03\x00"))
	core.next(t, "open")
	nc.Write(comp)
	sameBytes(t, "decompressed", core.next(t, "async").data, plain)
}

func TestHTTPSniff(t *testing.T) {
	core := newFakeCore()
	got := make(chan string, 1)
	opts := quiet()
	opts.HTTP = func(c net.Conn) {
		r := bufio.NewReader(c)
		var req strings.Builder
		for {
			line, err := r.ReadString('\n')
			req.WriteString(line)
			if line == "\r\n" || err != nil {
				break
			}
		}
		got <- req.String()
		io.WriteString(c, "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
	}
	_, addr := newServer(t, core, opts)
	nc, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	nc.SetDeadline(time.Now().Add(waitFor))
	req := "GET /?1+1 HTTP/1.1\r\nHost: x\r\n\r\n"
	io.WriteString(nc, req[:2]) // split inside the method
	time.Sleep(10 * time.Millisecond)
	io.WriteString(nc, req[2:])
	select {
	case r := <-got:
		if r != req {
			t.Errorf("the hook read %q", r)
		}
	case <-time.After(waitFor):
		t.Fatal("the HTTP hook was not called")
	}
	resp, _ := io.ReadAll(nc) // the connection closes when the hook returns
	if !strings.HasSuffix(string(resp), "\r\n\r\nok") {
		t.Errorf("response %q", resp)
	}
	if n := core.total(); n != 0 {
		t.Errorf("HTTP reached the core: %d events", n)
	}

	// without a hook, HTTP connections are closed
	_, addr = newServer(t, newFakeCore(), quiet())
	nc2, _ := rawDial(t, addr, []byte(req))
	nc2.SetDeadline(time.Now().Add(waitFor))
	if b, err := io.ReadAll(nc2); len(b) != 0 || err != nil {
		t.Errorf("no hook: read %q, %v", b, err)
	}
}

// Send queues without blocking on a peer that does not read; QueueBytes
// reports the queue; Flush waits until it is written.
func TestSendFlushQueueBytes(t *testing.T) {
	core := newFakeCore()
	s, addr := newServer(t, core, quiet())
	nc, _ := rawDial(t, addr, []byte("u\x03\x00"))
	h := core.next(t, "open").h
	if q := s.QueueBytes(h); q != 0 {
		t.Errorf("QueueBytes of an idle handle: %d", q)
	}
	if err := s.Flush(context.Background(), h); err != nil {
		t.Errorf("Flush of an idle handle: %v", err)
	}
	msg := frame(Async, 1, make([]byte, 1<<20))
	const n = 64
	sent := make(chan error, 1)
	go func() {
		for i := range n {
			m := bytes.Clone(msg)
			m[8] = byte(i)
			if err := s.Send(h, m); err != nil {
				sent <- err
				return
			}
		}
		sent <- nil
	}()
	select {
	case err := <-sent:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(waitFor):
		t.Fatal("Send blocked on a peer that does not read")
	}
	// socket buffers hold a few MB at most
	eventually(t, "the writer to stall", func() bool {
		q := s.QueueBytes(h)
		time.Sleep(5 * time.Millisecond)
		return q == s.QueueBytes(h)
	})
	if q := s.QueueBytes(h); q < 16<<20 || q > n*len(msg) {
		t.Errorf("QueueBytes %d with %d bytes sent and the peer not reading", q, n*len(msg))
	}
	flushed := make(chan error, 1)
	go func() { flushed <- s.Flush(context.Background(), h) }()
	select {
	case err := <-flushed:
		t.Fatalf("Flush returned (%v) while the peer was not reading", err)
	case <-time.After(50 * time.Millisecond):
	}
	br := bufio.NewReader(nc)
	for i := range n {
		m := readFrame(t, br)
		if len(m) != len(msg) || m[8] != byte(i) {
			t.Fatalf("message %d: %d bytes, first %d", i, len(m), m[8])
		}
	}
	select {
	case err := <-flushed:
		if err != nil {
			t.Errorf("Flush: %v", err)
		}
	case <-time.After(waitFor):
		t.Fatal("Flush did not return once the peer read everything")
	}
	if q := s.QueueBytes(h); q != 0 {
		t.Errorf("QueueBytes after Flush: %d", q)
	}
}

// Flush on a connection that dies fails instead of hanging.
func TestFlushPeerGone(t *testing.T) {
	core := newFakeCore()
	s, addr := newServer(t, core, quiet())
	nc, _ := rawDial(t, addr, []byte("u\x03\x00"))
	h := core.next(t, "open").h
	for range 64 {
		s.Send(h, frame(Async, 1, make([]byte, 1<<20)))
	}
	flushed := make(chan error, 1)
	go func() { flushed <- s.Flush(context.Background(), h) }()
	time.Sleep(20 * time.Millisecond)
	nc.(*net.TCPConn).SetLinger(0)
	nc.Close()
	select {
	case err := <-flushed:
		if !errors.Is(err, ErrClosed) {
			t.Errorf("Flush: %v, want ErrClosed", err)
		}
	case <-time.After(waitFor):
		t.Fatal("Flush hung on a dead connection")
	}
	core.next(t, "close")
}

func TestHandlesAndListen(t *testing.T) {
	core := newFakeCore()
	s, addr := newServer(t, core, quiet())
	if s.Port() == 0 {
		t.Fatal("no port")
	}
	var hs []int
	for range 3 {
		rawDial(t, addr, []byte("u\x03\x00"))
		hs = append(hs, core.next(t, "open").h)
	}
	got := s.Handles()
	if len(got) != 3 {
		t.Fatalf("Handles %v, opened %v", got, hs)
	}
	for i := 1; i < len(got); i++ {
		if got[i] <= got[i-1] {
			t.Errorf("Handles not ascending: %v", got)
		}
	}
	// \p 0 stops listening and keeps the connections
	s.Unlisten()
	if s.Addr() != nil || s.Port() != 0 {
		t.Error("still listening")
	}
	if _, err := net.DialTimeout("tcp", addr, time.Second); err == nil {
		t.Error("connected after Unlisten")
	}
	if len(s.Handles()) != 3 {
		t.Errorf("Unlisten closed connections: %v", s.Handles())
	}
	// listening again works, on a new port
	if _, err := s.Listen("127.0.0.1:0"); err != nil {
		t.Fatal(err)
	}
	rawDial(t, s.Addr().String(), []byte("u\x03\x00"))
	core.next(t, "open")
}

// A panic in the Core ends its connection, not the process.
func TestCorePanic(t *testing.T) {
	core := newFakeCore()
	core.async = func(m *Msg) { panic("boom") }
	var logged sync.Once
	logs := make(chan string, 1)
	opts := quiet()
	opts.Logf = func(f string, a ...any) { logged.Do(func() { logs <- fmt.Sprintf(f, a...) }) }
	_, addr := newServer(t, core, opts)
	nc, _ := rawDial(t, addr, []byte("u\x03\x00"))
	h := core.next(t, "open").h
	nc.Write(golden[3])
	core.next(t, "close")
	if l := recv(t, logs); !strings.Contains(l, "boom") {
		t.Errorf("logged %q", l)
	}
	if k := core.kinds(h); k != "auth open close" {
		t.Errorf("events %q", k)
	}
}

// A client that never finishes its handshake is dropped.
func TestHandshakeTimeout(t *testing.T) {
	core := newFakeCore()
	opts := quiet()
	opts.HandshakeTimeout = 50 * time.Millisecond
	_, addr := newServer(t, core, opts)
	nc, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	io.WriteString(nc, "user:pass")
	nc.SetDeadline(time.Now().Add(waitFor))
	if _, err := io.ReadAll(nc); err != nil {
		t.Errorf("read %v, want EOF", err)
	}
	if n := core.total(); n != 0 {
		t.Errorf("%d events", n)
	}
}

// A response nobody asked for is dropped; the connection carries on.
func TestStrayResponse(t *testing.T) {
	core := newFakeCore()
	_, addr := newServer(t, core, quiet())
	nc, _ := rawDial(t, addr, []byte("u\x03\x00"))
	h := core.next(t, "open").h
	nc.Write(golden[2])
	nc.Write(golden[3])
	sameBytes(t, "async after a stray response", core.next(t, "async").data, golden[3])
	if k := core.kinds(h); k != "auth open async" {
		t.Errorf("events %q", k)
	}
}

// Close waits for every goroutine it started: none is left afterwards.
func TestCloseLeavesNoGoroutines(t *testing.T) {
	before := runtime.NumGoroutine()
	core := newFakeCore()
	srv, err := Listen("127.0.0.1:0", core, quiet())
	if err != nil {
		t.Fatal(err)
	}
	cli := New(newFakeCore(), quiet())
	for range 5 {
		h, err := cli.Dial(context.Background(), "tcp", srv.Addr().String(), "", "")
		if err != nil {
			t.Fatal(err)
		}
		cli.Send(h, golden[3])
		if _, err := cli.Request(context.Background(), h, golden[0], nil); err != nil {
			t.Fatal(err)
		}
		cli.Send(h, frame(Async, 1, make([]byte, 1<<20))) // maybe still in flight
	}
	nc, err := net.Dial("tcp", srv.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	io.WriteString(nc, "half a handshake") // no NUL yet
	time.Sleep(10 * time.Millisecond)
	srv.Close()
	cli.Close()
	if hs := append(srv.Handles(), cli.Handles()...); len(hs) != 0 {
		t.Errorf("handles after Close: %v", hs)
	}
	if _, err := cli.Dial(context.Background(), "tcp", "127.0.0.1:1", "", ""); err == nil {
		t.Error("Dial after Close worked")
	}
	eventually(t, "goroutines to end", func() bool { return runtime.NumGoroutine() <= before })
}

// TestSendCopyReusesBuffers: the connection's own buffers, once written,
// are filled again by later SendCopys (the writer keeps them as spares),
// and every message still arrives whole and in order: a buffer is reused
// only when all it held has gone out.
func TestSendCopyReusesBuffers(t *testing.T) {
	core := newFakeCore()
	s, addr := newServer(t, core, quiet())
	nc, _ := rawDial(t, addr, []byte("u\x03\x00"))
	h := core.next(t, "open").h
	c, err := s.lookup(h)
	if err != nil {
		t.Fatal(err)
	}
	const rounds, per = 20, 1000
	var want [][]byte
	for i := range rounds * per {
		want = append(want, frame(Async, 1, append(chars(fmt.Sprint(i)), bytes.Repeat([]byte{byte(i)}, i%50)...)))
	}
	got := make(chan []byte, 64)
	go func() { // Runs in its own goroutine: the peer, reading every message.
		for range want {
			got <- readFrame(t, nc)
		}
	}()
	reused := false
	buf := make([]byte, 0, 256)
	for r := range rounds {
		c.mu.Lock()
		spares := len(c.spares)
		c.mu.Unlock()
		for i := r * per; i < (r+1)*per; i++ {
			buf = append(buf[:0], want[i]...)
			if err := s.SendCopy(h, buf); err != nil {
				t.Fatal(err)
			}
			clear(buf)
		}
		if spares > 0 {
			reused = true // this round filled buffers written in the last
		}
		for i := r * per; i < (r+1)*per; i++ {
			sameBytes(t, fmt.Sprintf("message %d", i), recv(t, got), want[i])
		}
		if err := s.Flush(context.Background(), h); err != nil {
			t.Fatal(err)
		}
	}
	if !reused {
		t.Error("no buffer was kept for reuse once written")
	}
}

// TestSendCopy: messages queued with SendCopy from one buffer the caller
// rewrites each time, small ones copied into the connection's buffers
// and large ones not, mixed with Send, arrive whole and in order, and
// QueueBytes and Flush count them.
func TestSendCopy(t *testing.T) {
	core := newFakeCore()
	s, addr := newServer(t, core, quiet())
	nc, _ := rawDial(t, addr, []byte("u\x03\x00"))
	h := core.next(t, "open").h
	var want [][]byte
	buf := make([]byte, 0, 3*ownCopy)
	for i := range 3000 {
		size := []int{1, 40, 300, ownCopy + 100, 2 * ownBuf}[i%5]
		m := frame(Async, 1, append(chars(fmt.Sprint(i)), bytes.Repeat([]byte{byte(i)}, size)...))
		want = append(want, m)
		if i%7 == 0 {
			if err := s.Send(h, m); err != nil {
				t.Fatal(err)
			}
			continue
		}
		buf = append(buf[:0], m...)
		if err := s.SendCopy(h, buf); err != nil {
			t.Fatal(err)
		}
		clear(buf) // the caller's buffer is its own again
	}
	got := make(chan [][]byte, 1)
	go func() {
		var ms [][]byte
		for range want {
			ms = append(ms, readFrame(t, nc))
		}
		got <- ms
	}()
	ms := recv(t, got)
	for i := range want {
		sameBytes(t, fmt.Sprintf("message %d", i), ms[i], want[i])
	}
	if err := s.Flush(context.Background(), h); err != nil {
		t.Fatal(err)
	}
	if q := s.QueueBytes(h); q != 0 {
		t.Errorf("QueueBytes after Flush: %d", q)
	}
}
