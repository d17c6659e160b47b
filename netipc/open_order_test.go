package netipc

import (
	"fmt"
	"net"
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
