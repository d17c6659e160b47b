package zns

import (
	"bufio"
	"fmt"
	"net"
	"testing"
	"time"

	"qgo/interp"
)

// silentPeer listens on a loopback port, accepts kdb+'s handshake and
// never answers a request; it returns the port.
func silentPeer(t *testing.T) int {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	go func() {
		for {
			nc, err := ln.Accept()
			if err != nil {
				return
			}
			t.Cleanup(func() { nc.Close() })
			go func() {
				if _, err := bufio.NewReader(nc).ReadBytes(0); err == nil {
					nc.Write([]byte{3}) // logged in; requests are read by no one
				}
			}()
		}
	}()
	return ln.Addr().(*net.TCPAddr).Port
}

// A one-shot request made in a peach worker waits for its peer under the
// session's interrupt: -T ends a client's query that peaches over a peer
// that never answers with 'stop, and the server serves again. Before,
// the wait had no interrupt hook and held peach, and the loop, for ever.
func TestOneShotPeachInterrupt(t *testing.T) {
	port := silentPeer(t)
	srv, cli := pair(t)
	srv.onLoop(func() { srv.l.in.(*interp.Interp).SetSettings(interp.Settings{Threads: 2}) })
	srv.eval(t, `\s 2`)
	srv.eval(t, `\T 1`)
	for _, q := range []string{
		"{x\"1+1\"} peach 2#`::%d",
		"{@[x;\"1+1\";{`caught}]} peach 2#`::%d",
		"{`::[(x;5000);\"1+1\"]} peach 2#`::%d", // a timeout longer than -T's
	} {
		src := fmt.Sprintf(q, port)
		srv.eval(t, "g:{"+src+"}")
		start := time.Now()
		cli.fails(t, `h"g[]"`, "stop")
		if d := time.Since(start); d > 4*time.Second {
			t.Errorf("%s: stopped after %v, want about 1 s", src, d)
		}
	}
	cli.is(t, `h"1+1"`, "2")
}
