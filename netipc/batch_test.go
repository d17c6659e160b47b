package netipc

import (
	"bytes"
	"fmt"
	"strings"
	"sync"
	"testing"
)

// batchCore is a fakeCore that is offered buffered async messages in
// batches (AsyncBatcher); asyncs decides what a batch does.
type batchCore struct {
	*fakeCore
	asyncs func(ms []*Msg)
}

func (b *batchCore) Asyncs(ms []*Msg) { b.asyncs(ms) }

// Async messages that arrive together reach the Core in batches, in
// order, and a sync request behind them is served after them all.
func TestAsyncsBatchInOrder(t *testing.T) {
	core := &batchCore{fakeCore: newFakeCore()}
	var mu sync.Mutex
	largest := 0
	core.asyncs = func(ms []*Msg) {
		mu.Lock()
		largest = max(largest, len(ms))
		mu.Unlock()
		for _, m := range ms {
			if m.Take() {
				core.record(event{kind: "async", h: m.Handle, data: m.Data})
			}
		}
	}
	_, addr := newServer(t, core, quiet())
	nc, reply := rawDial(t, addr, helloBytes("", ""))
	if len(reply) != 1 {
		t.Fatal("no handshake reply")
	}
	var all bytes.Buffer
	var want []string
	for i := range 200 {
		s := fmt.Sprintf("m%03d", i)
		want = append(want, s)
		all.Write(frame(Async, 1, chars(s)))
	}
	all.Write(frame(Sync, 1, chars("q")))
	if _, err := nc.Write(all.Bytes()); err != nil {
		t.Fatal(err)
	}
	readFrame(t, nc) // the response: everything before it was served
	var got []string
	core.mu.Lock()
	for _, e := range core.events {
		switch e.kind {
		case "async":
			got = append(got, string(e.data[14:]))
		case "sync":
			got = append(got, "sync")
		}
	}
	core.mu.Unlock()
	want = append(want, "sync")
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("served\n%v\nwant\n%v", got, want)
	}
	if largest < 2 {
		t.Errorf("largest batch %d: 200 messages written at once were offered one by one", largest)
	}
}

// The Msgs of a batch served are filled again with later messages (a
// stream of asyncs makes no Msg per message), and each comes back as a
// new message: untaken, of the right handle and bytes; the bytes of
// messages served earlier, kept by the Core, are not reused.
func TestBatchMsgsReused(t *testing.T) {
	core := &batchCore{fakeCore: newFakeCore()}
	var mu sync.Mutex
	seen := map[*Msg]int{} // the batch each Msg was first seen in
	reused := 0
	var kept [][]byte // every message's Data, as the Core kept it
	batches := 0
	core.asyncs = func(ms []*Msg) {
		mu.Lock()
		defer mu.Unlock()
		batches++
		for _, m := range ms {
			if b, ok := seen[m]; ok && b < batches {
				reused++
			} else if !ok {
				seen[m] = batches
			}
			if m.Err != "" || !m.Take() {
				t.Errorf("message %q offered taken already or refused (%q)", m.Data, m.Err)
				continue
			}
			kept = append(kept, m.Data)
			core.record(event{kind: "async", h: m.Handle, data: m.Data})
		}
	}
	_, addr := newServer(t, core, quiet())
	nc, _ := rawDial(t, addr, helloBytes("", ""))
	h := core.next(t, "open").h
	var want []string
	for burst := range 20 {
		var all bytes.Buffer
		for i := range 50 {
			s := fmt.Sprintf("b%02dm%02d", burst, i)
			want = append(want, s)
			all.Write(frame(Async, 1, chars(s)))
		}
		all.Write(frame(Sync, 1, chars("q")))
		if _, err := nc.Write(all.Bytes()); err != nil {
			t.Fatal(err)
		}
		readFrame(t, nc) // the response: the burst was served
	}
	mu.Lock()
	defer mu.Unlock()
	var got []string
	for _, d := range kept {
		got = append(got, string(d[14:]))
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("served and kept\n%v\nwant\n%v", got, want)
	}
	core.mu.Lock() // the connection's close, at the test's end, records too
	for _, e := range core.events {
		if e.kind == "async" && e.h != h {
			t.Errorf("a message on handle %d, want %d", e.h, h)
		}
	}
	core.mu.Unlock()
	if reused == 0 {
		t.Errorf("%d batches and no Msg reused", batches)
	}
}

// A Request made while the loop serves a batch serves the batch's
// messages the loop has not started, in order, before later ones, and
// the loop then skips them.
func TestRequestTakesOfferedBatch(t *testing.T) {
	core := &batchCore{fakeCore: newFakeCore()}
	batch := make(chan []*Msg, 1)
	release := make(chan struct{})
	unblock := sync.OnceFunc(func() { close(release) })
	defer unblock() // before the Server closes, even if the test fails
	taken := make(chan []bool, 1)
	core.asyncs = func(ms []*Msg) {
		ms[0].Take() // the loop is serving the first
		batch <- ms
		<-release
		var took []bool
		for _, m := range ms[1:] {
			took = append(took, m.Take())
		}
		taken <- took
	}
	srv, addr := newServer(t, core, quiet())
	nc, _ := rawDial(t, addr, helloBytes("", ""))
	h := core.next(t, "open").h
	var three bytes.Buffer
	for _, s := range []string{"m1", "m2", "m3"} {
		three.Write(frame(Async, 1, chars(s)))
	}
	if _, err := nc.Write(three.Bytes()); err != nil {
		t.Fatal(err)
	}
	ms := recv(t, batch)
	if len(ms) != 3 {
		t.Fatalf("batch of %d, want the 3 messages written at once", len(ms))
	}
	go func() { // the peer: answers the request after one more async
		readFrame(t, nc)
		nc.Write(append(frame(Async, 1, chars("m4")), frame(Response, 1, chars("resp"))...))
	}()
	var served []string
	resp := request(t, srv, h, frame(Sync, 1, chars("q")), func(m *Msg) []byte {
		served = append(served, string(m.Data[14:]))
		return nil
	})
	sameBytes(t, "response", resp, frame(Response, 1, chars("resp")))
	if got := strings.Join(served, " "); got != "m2 m3 m4" {
		t.Errorf("served %q, want m2 m3 m4", got)
	}
	unblock()
	if took := recv(t, taken); took[0] || took[1] {
		t.Errorf("the core could take messages the Request served: %v", took)
	}
}

// IsOpen agrees with Handles: a dialled handle is open until Hclose, and
// a number that is no handle is not.
func TestIsOpen(t *testing.T) {
	_, addr := newServer(t, newFakeCore(), quiet())
	c, h := newClient(t, newFakeCore(), addr, "", "")
	if !c.IsOpen(h) || c.IsOpen(h+1) || c.IsOpen(-1) {
		t.Errorf("IsOpen(%d) %v, IsOpen(%d) %v, IsOpen(-1) %v; handles %v",
			h, c.IsOpen(h), h+1, c.IsOpen(h+1), c.IsOpen(-1), c.Handles())
	}
	if err := c.Hclose(h); err != nil {
		t.Fatal(err)
	}
	if c.IsOpen(h) {
		t.Errorf("handle %d open after Hclose; handles %v", h, c.Handles())
	}
}

// Reply from the Core's side sends a response at once, or queued behind
// what is queued: a big async message sent first arrives first, and a
// response too big for the socket to take at once arrives whole.
func TestReplyOrderAndPartialWrite(t *testing.T) {
	score := newFakeCore()
	var srv *Server
	big := func(tag string, n int) []byte {
		return frame(Async, 1, chars(tag+strings.Repeat("x", n)))
	}
	first := big("A", 1<<20)
	resp := frame(Response, 1, chars("R"+strings.Repeat("y", 8<<20)))
	small := frame(Response, 1, chars("small"))
	score.sync = func(m *Msg) []byte {
		switch string(m.Data[14:]) {
		case "queued":
			srv.Send(m.Handle, first)
			if err := srv.Reply(m.Handle, resp); err != nil {
				t.Errorf("Reply: %v", err)
			}
		case "big":
			if err := srv.Reply(m.Handle, resp); err != nil {
				t.Errorf("Reply: %v", err)
			}
		default:
			if err := srv.Reply(m.Handle, small); err != nil {
				t.Errorf("Reply: %v", err)
			}
		}
		return nil // replied already
	}
	srv, addr := newServer(t, score, quiet())
	c, h := newClient(t, newFakeCore(), addr, "", "")
	for _, q := range []string{"small", "big", "queued", "small"} {
		var asyncs [][]byte
		got := request(t, c, h, frame(Sync, 1, chars(q)), func(m *Msg) []byte {
			asyncs = append(asyncs, m.Data)
			return nil
		})
		want := resp
		if q == "small" {
			want = small
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s: response of %d bytes, want %d", q, len(got), len(want))
		}
		if q == "queued" && (len(asyncs) != 1 || !bytes.Equal(asyncs[0], first)) {
			t.Errorf("%s: %d asyncs before the response, want the one sent before it", q, len(asyncs))
		}
	}
}
