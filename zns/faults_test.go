package zns

import (
	"net"
	"os"
	"runtime"
	"strconv"
	"testing"
	"time"

	"qgo/interp/k"
)

// openFDs counts this process's open descriptors, -1 where unknown.
func openFDs() int {
	ents, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		return -1
	}
	return len(ents)
}

// Connections that end abruptly in every way (in the handshake, in a
// header, in a body, after a sync query; closed or reset) leave no
// goroutine and no descriptor behind, and .z.pc runs once for each that
// logged in.
func TestIPCAbruptEndsLeakNothing(t *testing.T) {
	srv := newProc(t, "server", true, Options{})
	srv.eval(t, "pcs:0; .z.pc:{pcs+:1}")
	settle := func() (int, int) {
		time.Sleep(50 * time.Millisecond)
		return runtime.NumGoroutine(), openFDs()
	}
	g0, f0 := settle()
	query, _ := k.Encode(k.Str("til 1000"), k.MsgSync)
	header := []byte{1, 1, 0, 0, 100, 0, 0, 0}
	sends := [][]byte{[]byte("u:p"), header[:5], append(append([]byte{}, header...), 0xf5), query}
	addr := "127.0.0.1:" + strconv.Itoa(srv.port)
	loggedIn := 0
	for i := range 400 {
		kind := i % len(sends)
		c, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		if kind > 0 {
			c.SetDeadline(time.Now().Add(5 * time.Second))
			c.Write([]byte("u:p\x03\x00"))
			if _, err := c.Read(make([]byte, 1)); err != nil {
				t.Fatalf("handshake: %v", err)
			}
			loggedIn++
		}
		c.Write(sends[kind])
		if i/len(sends)%2 == 1 {
			c.(*net.TCPConn).SetLinger(0)
		}
		c.Close()
	}
	srv.until(t, "pcs", strconv.Itoa(loggedIn))
	eventually(t, "goroutines and descriptors back to the start", func() bool {
		g, f := settle()
		return g <= g0 && f <= f0
	})
	if s := srv.logs.String(); s != "" {
		t.Errorf("ordinary ends were logged:\n%s", s)
	}
}
