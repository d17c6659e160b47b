package netipc

import (
	"fmt"
	"net"
	"sync/atomic"
	"testing"
	"time"
)

// Connections open (.z.po) in the order they were let in: a client that
// connects again as soon as its handshake is answered, and hangs up, is
// not opened after its next connection, however the server's goroutines
// are scheduled.
func TestOpenInHandshakeOrder(t *testing.T) {
	core := newFakeCore()
	_, addr := newServer(t, core, quiet())
	const n = 200
	for i := range n {
		c, err := net.DialTimeout("tcp", addr, waitFor)
		if err != nil {
			t.Fatal(err)
		}
		c.SetDeadline(time.Now().Add(waitFor))
		if _, err := c.Write([]byte(fmt.Sprintf("c%d:\x03\x00", i))); err != nil {
			t.Fatal(err)
		}
		var b [1]byte
		if _, err := c.Read(b[:]); err != nil {
			t.Fatalf("handshake %d: %v", i, err)
		}
		c.Close()
	}
	for i := range n {
		if e := core.next(t, "open"); e.user != fmt.Sprintf("c%d", i) {
			t.Fatalf("open %d is %s's", i, e.user)
		}
	}
}

// replyCore is a fakeCore whose Open notes whether the client already had
// its handshake reply, and gives a server that sent it first the time to
// show it.
type replyCore struct {
	*fakeCore
	answered atomic.Bool
	early    atomic.Int32
}

func (r *replyCore) Open(h int, user string, addr net.Addr) {
	for range 50 {
		if r.answered.Load() {
			r.early.Add(1)
			break
		}
		time.Sleep(time.Millisecond)
	}
	r.fakeCore.Open(h, user, addr)
}

// The handshake reply leaves once Open has been handed to the Core, so
// that what a client sends after its hopen, on any of its connections,
// is served after .z.po (the course's popc.q saw .z.po of a connection
// run after later requests on another).
func TestReplyAfterOpen(t *testing.T) {
	core := &replyCore{fakeCore: newFakeCore()}
	_, addr := newServer(t, core, quiet())
	for i := range 10 {
		core.answered.Store(false)
		c, err := net.DialTimeout("tcp", addr, waitFor)
		if err != nil {
			t.Fatal(err)
		}
		c.SetDeadline(time.Now().Add(waitFor))
		if _, err := c.Write([]byte("u\x03\x00")); err != nil {
			t.Fatal(err)
		}
		var b [1]byte
		if _, err := c.Read(b[:]); err != nil {
			t.Fatalf("handshake %d: %v", i, err)
		}
		core.answered.Store(true)
		core.next(t, "open")
		c.Close()
	}
	if n := core.early.Load(); n != 0 {
		t.Errorf("%d of 10 clients had their handshake reply before Open", n)
	}
}
