package netipc

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// newClient makes a Server that only dials, closed at the end of the
// test, and opens a handle to addr.
func newClient(t *testing.T, core Core, addr, user, pw string) (*Server, int) {
	t.Helper()
	c := New(core, quiet())
	t.Cleanup(func() { c.Close() })
	ctx, cancel := context.WithTimeout(context.Background(), waitFor)
	defer cancel()
	h, err := c.Dial(ctx, "tcp", addr, user, pw)
	if err != nil {
		t.Fatal(err)
	}
	return c, h
}

// request runs a Request bounded by the test's wait.
func request(t *testing.T, s *Server, h int, msg []byte, serve ServeFunc) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), waitFor)
	defer cancel()
	resp, err := s.Request(ctx, h, msg, serve)
	if err != nil {
		t.Fatalf("Request: %v", err)
	}
	return resp
}

func TestDialRequest(t *testing.T) {
	score := newFakeCore()
	score.sync = func(m *Msg) []byte { return frame(Response, 1, chars("re:"+string(m.Data[14:]))) }
	_, addr := newServer(t, score, quiet())
	ccore := newFakeCore()
	c, h := newClient(t, ccore, addr, "mary", "pwd")
	a := score.next(t, "auth")
	if a.user != "mary" || a.pw != "pwd" {
		t.Errorf("server saw %q %q", a.user, a.pw)
	}
	if got := c.Handles(); len(got) != 1 || got[0] != h {
		t.Errorf("client handles %v, dialled %d", got, h)
	}
	for i := range 100 {
		q := fmt.Sprint(i)
		resp := request(t, c, h, frame(Sync, 1, chars(q)), nil)
		sameBytes(t, "response", resp, frame(Response, 1, chars("re:"+q)))
	}
	if n := ccore.total(); n != 0 {
		t.Errorf("the client's core saw %d events", n)
	}
}

func TestDialAccess(t *testing.T) {
	score := newFakeCore()
	score.auth = func(h int, user, pw string) bool { return false }
	_, addr := newServer(t, score, quiet())
	c := New(newFakeCore(), quiet())
	defer c.Close()
	_, err := c.Dial(context.Background(), "tcp", addr, "u", "p")
	if !errors.Is(err, ErrAccess) {
		t.Fatalf("Dial: %v, want ErrAccess", err)
	}
	if hs := c.Handles(); len(hs) != 0 {
		t.Errorf("handles %v", hs)
	}
}

func TestDialRefused(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	c := New(newFakeCore(), quiet())
	defer c.Close()
	_, err = c.Dial(context.Background(), "tcp", addr, "", "")
	if !errors.Is(err, syscall.ECONNREFUSED) || errors.Is(err, ErrAccess) || !strings.HasPrefix(err.Error(), "hop") {
		t.Fatalf("Dial: %v, want hop: ... connection refused", err)
	}
}

// A process that accepts but never answers the handshake: hopen with a
// timeout gives 'timeout.
func TestDialTimeout(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	c := New(newFakeCore(), quiet())
	defer c.Close()
	start := time.Now()
	_, err = c.Dial(ctx, "tcp", ln.Addr().String(), "", "")
	if !errors.Is(err, ErrTimeout) {
		t.Fatalf("Dial: %v, want ErrTimeout", err)
	}
	if d := time.Since(start); d > waitFor/2 {
		t.Errorf("Dial took %v", d)
	}
}

// While the client waits for its response, the server pushes asyncs and
// asks the client something synchronously; the Request serves them on
// the caller's goroutine, in order, and answers the sync one.
func TestRequestServesInterleaved(t *testing.T) {
	score := newFakeCore()
	var srv *Server
	answer := make(chan []byte, 1)
	score.sync = func(m *Msg) []byte {
		srv.Send(m.Handle, frame(Async, 1, chars("push 1")))
		srv.Send(m.Handle, frame(Async, 0, chars("push 2")))
		ctx, cancel := context.WithTimeout(context.Background(), waitFor)
		defer cancel()
		a, err := srv.Request(ctx, m.Handle, frame(Sync, 1, chars("`ID")), nil)
		if err != nil {
			t.Errorf("server's Request: %v", err)
		}
		answer <- a
		srv.Send(m.Handle, frame(Async, 1, chars("push 3")))
		return frame(Response, 1, chars("done"))
	}
	srv, addr := newServer(t, score, quiet())
	ccore := newFakeCore()
	c, h := newClient(t, ccore, addr, "", "")
	var served []string
	serve := func(m *Msg) []byte {
		if m.Handle != h {
			t.Errorf("served a message of handle %d on %d", m.Handle, h)
		}
		served = append(served, fmt.Sprintf("%d:%s", m.Type(), m.Data[14:]))
		if m.Type() == Sync {
			return frame(Response, 1, chars("ClientA"))
		}
		return nil
	}
	resp := request(t, c, h, frame(Sync, 1, chars("go")), serve)
	sameBytes(t, "response", resp, frame(Response, 1, chars("done")))
	if got := strings.Join(served, " "); got != "0:push 1 0:push 2 1:`ID 0:push 3" {
		t.Errorf("served %q", got)
	}
	sameBytes(t, "the client's answer", recv(t, answer), frame(Response, 1, chars("ClientA")))
	if n := ccore.total(); n != 0 {
		t.Errorf("the client's core saw %d events", n)
	}
	// after the Request, pushes go to the core again
	srv.Send(score.next(t, "sync").h, frame(Async, 1, chars("later")))
	sameBytes(t, "push after", ccore.next(t, "async").data, frame(Async, 1, chars("later")))
}

// .z.po:{... .z.w `ID ...}: the server asks the client synchronously
// while it opens the connection, and the client, idle, answers through
// its core.
func TestOpenAsksClient(t *testing.T) {
	score := newFakeCore()
	var srv *Server
	ids := make(chan string, 1)
	score.open = func(h int) {
		ctx, cancel := context.WithTimeout(context.Background(), waitFor)
		defer cancel()
		a, err := srv.Request(ctx, h, frame(Sync, 1, chars("ID")), nil)
		if err != nil {
			t.Errorf("Request in Open: %v", err)
			ids <- ""
			return
		}
		ids <- string(a[14:])
	}
	srv, addr := newServer(t, score, quiet())
	ccore := newFakeCore()
	ccore.sync = func(m *Msg) []byte { return frame(Response, 1, chars("ClientA")) }
	c, h := newClient(t, ccore, addr, "", "")
	if id := recv(t, ids); id != "ClientA" {
		t.Errorf("server got %q", id)
	}
	request(t, c, h, golden[0], nil)
	if k := score.kinds(score.next(t, "sync").h); k != "auth open sync" {
		t.Errorf("server events %q", k)
	}
}

// A message the client's dispatcher offered to the core, which the busy
// loop has not started, is served by the Request that the loop makes
// meanwhile, before later messages, and the core then skips it.
func TestRequestTakesOfferedMessage(t *testing.T) {
	score := newFakeCore()
	var srv *Server
	score.sync = func(m *Msg) []byte {
		srv.Send(m.Handle, frame(Async, 1, chars("m2")))
		return frame(Response, 1, chars("resp"))
	}
	srv, addr := newServer(t, score, quiet())
	ccore := newFakeCore()
	offeredMsg := make(chan *Msg, 1)
	release := make(chan struct{})
	unblock := sync.OnceFunc(func() { close(release) })
	defer unblock() // before the Servers close, even if the test fails
	taken := make(chan bool, 1)
	ccore.async = func(m *Msg) {
		offeredMsg <- m
		<-release // the loop is busy
		taken <- m.Take()
	}
	c, h := newClient(t, ccore, addr, "", "")
	srvH := score.next(t, "open").h
	srv.Send(srvH, frame(Async, 1, chars("m1")))
	m1 := recv(t, offeredMsg)
	sameBytes(t, "offered", m1.Data, frame(Async, 1, chars("m1")))
	var served []string
	resp := request(t, c, h, frame(Sync, 1, chars("q")), func(m *Msg) []byte {
		served = append(served, string(m.Data[14:]))
		return nil
	})
	sameBytes(t, "response", resp, frame(Response, 1, chars("resp")))
	if got := strings.Join(served, " "); got != "m1 m2" {
		t.Errorf("served %q, want m1 m2", got)
	}
	unblock()
	if recv(t, taken) {
		t.Error("the core could take a message the Request served")
	}
}

// busySync is a Core whose loop is busy: a sync request offered to it
// is not started (Msg.Take) until release is closed.
type busySync struct {
	*fakeCore
	release chan struct{}
}

func (b busySync) Sync(m *Msg) []byte {
	<-b.release
	return b.fakeCore.Sync(m)
}

// h[]: block until the next async message, serving sync requests first.
func TestReceive(t *testing.T) {
	score := newFakeCore()
	var srv *Server
	score.async = func(m *Msg) {
		if m.Take() {
			srv.Send(m.Handle, frame(Sync, 1, chars("who")))
			srv.Send(m.Handle, frame(Response, 1, chars("stray")))
			srv.Send(m.Handle, frame(Async, 1, chars("result")))
		}
	}
	srv, addr := newServer(t, score, quiet())
	release := make(chan struct{})
	defer close(release)
	// a busy loop: it does not start ("who") before Receive returns; the
	// client's dispatcher may offer it before Receive waits, or not
	ccore := busySync{newFakeCore(), release}
	c, h := newClient(t, ccore, addr, "", "")
	if err := c.Send(h, frame(Async, 1, chars("proc"))); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), waitFor)
	defer cancel()
	var served []string
	got, err := c.Receive(ctx, h, func(m *Msg) []byte {
		served = append(served, string(m.Data[14:]))
		return frame(Response, 1, chars("me"))
	})
	if err != nil {
		t.Fatal(err)
	}
	sameBytes(t, "received", got, frame(Async, 1, chars("result")))
	if strings.Join(served, " ") != "who" {
		t.Errorf("served %q", served)
	}
}

// Ctrl-C while waiting: the Request fails and the handle is closed, as
// kdb+ leaves it unusable; the client's core hears nothing (a local
// close), the server's sees the close.
func TestRequestCancel(t *testing.T) {
	score := newFakeCore()
	score.sync = func(m *Msg) []byte { return nil } // deferred, never sent
	srv, addr := newServer(t, score, quiet())
	ccore := newFakeCore()
	c, h := newClient(t, ccore, addr, "", "")
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	_, err := c.Request(ctx, h, golden[0], nil)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Request: %v, want deadline exceeded", err)
	}
	if _, err := c.Request(context.Background(), h, golden[0], nil); !errors.Is(err, ErrBadHandle) {
		t.Errorf("Request after the interruption: %v", err)
	}
	sh := score.next(t, "close").h
	eventually(t, "the handle to go", func() bool { return gone(c, h) && gone(srv, sh) })
	if n := ccore.total(); n != 0 {
		t.Errorf("client core events: %d", n)
	}
}

// The server closes the connection while the client waits.
func TestRequestPeerCloses(t *testing.T) {
	score := newFakeCore()
	var srv *Server
	score.sync = func(m *Msg) []byte {
		srv.Send(m.Handle, frame(Async, 1, chars("last words")))
		srv.Flush(context.Background(), m.Handle)
		srv.Hclose(m.Handle)
		return nil
	}
	srv, addr := newServer(t, score, quiet())
	ccore := newFakeCore()
	c, h := newClient(t, ccore, addr, "", "")
	ctx, cancel := context.WithTimeout(context.Background(), waitFor)
	defer cancel()
	var served int
	_, err := c.Request(ctx, h, golden[0], func(m *Msg) []byte { served++; return nil })
	if !errors.Is(err, ErrClosed) {
		t.Fatalf("Request: %v, want ErrClosed", err)
	}
	if served != 1 {
		t.Errorf("served %d messages before the close, want 1", served)
	}
	if e := ccore.next(t, "close"); e.h != h {
		t.Errorf("close of %d, want %d", e.h, h)
	}
	eventually(t, "the handle to go", func() bool { return gone(c, h) })
	if k := ccore.kinds(h); k != "close" {
		t.Errorf("client events %q", k)
	}
}

// -30!: the server's core defers the response and sends it later.
func TestDeferredResponse(t *testing.T) {
	score := newFakeCore()
	var srv *Server
	score.sync = func(m *Msg) []byte {
		go func() {
			time.Sleep(10 * time.Millisecond)
			srv.Send(m.Handle, frame(Response, 1, chars("later")))
		}()
		return nil
	}
	srv, addr := newServer(t, score, quiet())
	c, h := newClient(t, newFakeCore(), addr, "", "")
	sameBytes(t, "deferred", request(t, c, h, golden[0], nil), frame(Response, 1, chars("later")))
}

// Requests nested inside serve, on the same handle.
func TestNestedRequest(t *testing.T) {
	score := newFakeCore()
	var srv *Server
	var pg func(m *Msg) []byte // the server's .z.pg
	pg = func(m *Msg) []byte {
		q := string(m.Data[14:])
		if q == "outer" {
			ctx, cancel := context.WithTimeout(context.Background(), waitFor)
			defer cancel()
			// the server serves the client's nested request while it waits
			a, err := srv.Request(ctx, m.Handle, frame(Sync, 1, chars("callback")), pg)
			if err != nil {
				t.Error(err)
			}
			return frame(Response, 1, chars("outer+"+string(a[14:])))
		}
		return frame(Response, 1, chars("inner"))
	}
	score.sync = pg
	srv, addr := newServer(t, score, quiet())
	c, h := newClient(t, newFakeCore(), addr, "", "")
	resp := request(t, c, h, frame(Sync, 1, chars("outer")), func(m *Msg) []byte {
		// the callback asks the server again before answering
		inner := request(t, c, h, frame(Sync, 1, chars("nested")), nil)
		return frame(Response, 1, chars("cb("+string(inner[14:])+")"))
	})
	sameBytes(t, "response", resp, frame(Response, 1, chars("outer+cb(inner)")))
}

// Two processes, each serving and dialling the other, under load from
// several goroutines: no deadlock, nothing lost.
func TestManyClients(t *testing.T) {
	score := newFakeCore()
	score.sync = func(m *Msg) []byte { return frame(Response, 1, m.Data[8:]) }
	_, addr := newServer(t, score, quiet())
	c := New(newFakeCore(), quiet())
	defer c.Close()
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ctx, cancel := context.WithTimeout(context.Background(), waitFor)
			defer cancel()
			h, err := c.Dial(ctx, "tcp", addr, "", "")
			if err != nil {
				t.Error(err)
				return
			}
			for i := range 200 {
				q := chars(fmt.Sprint(g, ":", i))
				c.Send(h, frame(Async, 1, q))
				resp, err := c.Request(ctx, h, frame(Sync, 1, q), nil)
				if err != nil || !bytes.Equal(resp, frame(Response, 1, q)) {
					t.Errorf("goroutine %d request %d: % x, %v", g, i, resp, err)
					return
				}
			}
			c.Hclose(h)
		}()
	}
	wg.Wait()
}

// The client's dispatcher is blocked in the middle of a pushed message
// when the loop makes a Request: the Request takes the reading over, and
// the message arrives whole, before the response.
func TestRequestTakesOverMidMessage(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	push := frame(Async, 1, bytes.Repeat([]byte{5}, 300<<10))
	resp := frame(Response, 1, chars("resp"))
	halfSent := make(chan struct{})
	errs := make(chan error, 1)
	go func() { // Runs in its own goroutine: a kdb+ server written by hand.
		nc, err := ln.Accept()
		if err != nil {
			errs <- err
			return
		}
		defer nc.Close()
		nc.SetDeadline(time.Now().Add(waitFor))
		hello := make([]byte, 3)
		if _, err := io.ReadFull(nc, hello); err != nil { // "\x03\x00" plus one
			errs <- err
			return
		}
		nc.Write([]byte{3})
		nc.Write(push[:len(push)/2])
		close(halfSent)
		req := make([]byte, len(golden[0]))
		if _, err := io.ReadFull(nc, req); err != nil {
			errs <- err
			return
		}
		nc.Write(push[len(push)/2:])
		nc.Write(resp)
		errs <- nil
	}()
	ccore := newFakeCore()
	c, h := newClient(t, ccore, ln.Addr().String(), "u", "")
	recv(t, halfSent)
	time.Sleep(20 * time.Millisecond) // the dispatcher is blocked mid-message
	var served [][]byte
	got := request(t, c, h, golden[0], func(m *Msg) []byte {
		served = append(served, m.Data)
		return nil
	})
	sameBytes(t, "response", got, resp)
	if len(served) != 1 {
		t.Fatalf("served %d messages", len(served))
	}
	sameBytes(t, "push", served[0], push)
	if err := recv(t, errs); err != nil {
		t.Fatal(err)
	}
	if n := ccore.count("async", h); n != 0 {
		t.Errorf("the core saw %d asyncs", n)
	}
}

// TestResumeOnIdle: with ResumeOnIdle, a connection a Request waited on
// is not read for the Core until Resume, and is read at once after it;
// without, it is read as soon as the Request returns.
func TestResumeOnIdle(t *testing.T) {
	for _, lazy := range []bool{true, false} {
		score := newFakeCore()
		srv, addr := newServer(t, score, quiet())
		ccore := newFakeCore()
		opts := quiet()
		opts.ResumeOnIdle = lazy
		c := New(ccore, opts)
		t.Cleanup(func() { c.Close() })
		ctx, cancel := context.WithTimeout(context.Background(), waitFor)
		h, err := c.Dial(ctx, "tcp", addr, "", "")
		cancel()
		if err != nil {
			t.Fatal(err)
		}
		sh := score.next(t, "open").h
		for range 3 {
			request(t, c, h, frame(Sync, 1, chars("x")), nil)
		}
		if err := srv.Send(sh, frame(Async, 1, chars("later"))); err != nil {
			t.Fatal(err)
		}
		if lazy {
			time.Sleep(100 * time.Millisecond)
			if n := ccore.count("async", h); n != 0 {
				t.Fatalf("the client's core saw %d asyncs before Resume", n)
			}
			c.Resume()
		}
		e := ccore.next(t, "async")
		sameBytes(t, "async", e.data, frame(Async, 1, chars("later")))
	}
}

// TestCloseAfterPeerEndsRequest: with ResumeOnIdle, a connection whose
// peer closes it while a Request waits (a server that exits on the
// request) is left paused when the Request fails; closing the server
// without a Resume between (a process that exits in the same event)
// still ends its dispatcher, rather than waiting for it forever.
func TestCloseAfterPeerEndsRequest(t *testing.T) {
	score := newFakeCore()
	srv, addr := newServer(t, score, quiet())
	score.sync = func(m *Msg) []byte {
		go srv.Hclose(m.Handle) // exit: no response, the connection ends
		return nil
	}
	opts := quiet()
	opts.ResumeOnIdle = true
	c := New(newFakeCore(), opts)
	ctx, cancel := context.WithTimeout(context.Background(), waitFor)
	defer cancel()
	h, err := c.Dial(ctx, "tcp", addr, "", "")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.Request(ctx, h, frame(Sync, 1, chars("exit 0")), nil); err == nil {
		t.Fatal("the Request had a response from a peer that closed")
	}
	done := make(chan struct{})
	go func() { c.Close(); close(done) }()
	select {
	case <-done:
	case <-time.After(waitFor):
		t.Fatal("Close waits for the dispatcher of a connection that ended")
	}
}
