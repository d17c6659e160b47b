//go:build unix

package e2e_test

import (
	"encoding/binary"
	"fmt"
	"io"
	"net"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"qgo/interp/k"
)

// fds counts the open descriptors of process pid.
func fds(t *testing.T, pid int) int {
	t.Helper()
	ents, err := os.ReadDir("/proc/" + strconv.Itoa(pid) + "/fd")
	if err != nil {
		t.Skipf("no /proc: %v", err)
	}
	return len(ents)
}

// login connects to port and completes the handshake.
func login(port string) (net.Conn, error) {
	c, err := net.DialTimeout("tcp", "127.0.0.1:"+port, 5*time.Second)
	if err != nil {
		return nil, err
	}
	c.SetDeadline(time.Now().Add(120 * time.Second)) // the whole connection: 1,000 queries on a loaded machine
	c.Write([]byte("u:p\x03\x00"))
	var b [1]byte
	if _, err := io.ReadFull(c, b[:]); err != nil {
		c.Close()
		return nil, fmt.Errorf("handshake: %w", err)
	}
	return c, nil
}

// readValue reads one message from c and decodes it.
func readValue(c net.Conn) (k.Value, error) {
	hdr := make([]byte, 8)
	if _, err := io.ReadFull(c, hdr); err != nil {
		return nil, err
	}
	msg := make([]byte, binary.LittleEndian.Uint32(hdr[4:]))
	copy(msg, hdr)
	if _, err := io.ReadFull(c, msg[8:]); err != nil {
		return nil, err
	}
	return k.Decode(msg)
}

// A server under load and abuse: 100 clients each make 1,000 sync queries,
// every answer checked; then 1,000 connections end abruptly in every way
// (in the handshake, in a header, in a body, after a sync query, closed
// or reset). .z.pc runs exactly once for each connection that logged
// in, and the server's descriptors come back to where they started.
func TestLoadAndFaults(t *testing.T) {
	if testing.Short() {
		t.Skip("100,000 queries")
	}
	srv := server(t, "server", nil, "opens:0; pcs:0; .z.po:{opens+:1}; .z.pc:{pcs+:1}")
	pid := srv.cmd.Process.Pid
	base := fds(t, pid)
	const clients, queries = 100, 1000
	var wg sync.WaitGroup
	errs := make(chan error, clients)
	for c := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			conn, err := login(srv.port)
			if err != nil {
				errs <- err
				return
			}
			defer conn.Close()
			for i := range queries {
				q, _ := k.Encode(k.NewList(k.Str("{x+y}"), k.J(int64(c)), k.J(int64(i))), k.MsgSync)
				if _, err := conn.Write(q); err != nil {
					errs <- err
					return
				}
				v, err := readValue(conn)
				if err != nil {
					errs <- fmt.Errorf("client %d query %d: %w", c, i, err)
					return
				}
				if j, ok := v.(k.Atom[int64]); !ok || j.V != int64(c+i) {
					errs <- fmt.Errorf("client %d query %d: got %v, want %d", c, i, v, c+i)
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	// abrupt ends, 125 of each kind, each closed (FIN) or reset (RST)
	query, _ := k.Encode(k.Str("til 1000"), k.MsgSync)
	header := []byte{1, 1, 0, 0, 100, 0, 0, 0}
	kinds := []struct {
		name  string
		login bool
		send  []byte
	}{
		{"in the handshake", false, []byte("u:p")},
		{"in a header", true, header[:5]},
		{"in a body", true, append(append([]byte{}, header...), 0xf5, 'a')},
		{"after a sync query", true, query},
	}
	loggedIn := clients
	for i := range 1000 {
		kind := kinds[i%len(kinds)]
		var c net.Conn
		var err error
		if kind.login {
			c, err = login(srv.port)
			loggedIn++
		} else {
			c, err = net.DialTimeout("tcp", "127.0.0.1:"+srv.port, 5*time.Second)
		}
		if err != nil {
			t.Fatalf("%s: %v", kind.name, err)
		}
		c.Write(kind.send)
		if i/len(kinds)%2 == 1 {
			c.(*net.TCPConn).SetLinger(0) // reset
		}
		c.Close()
	}
	want := fmt.Sprintf("%d %d", loggedIn, loggedIn)
	deadline := time.Now().Add(60 * time.Second) // generous: a loaded machine
	srv.send(`-1 "counts ",string[opens]," ",string pcs;`)
	for {
		out := srv.stdout.String()
		last := out[strings.LastIndex(out, "counts ")+len("counts "):]
		if line, _, _ := strings.Cut(last, "\n"); line == want {
			break
		} else if time.Now().After(deadline) {
			t.Fatalf(".z.po and .z.pc counts %q, want %q", line, want)
		}
		time.Sleep(100 * time.Millisecond)
		srv.send(`-1 "counts ",string[opens]," ",string pcs;`)
	}
	for deadline := time.Now().Add(30 * time.Second); fds(t, pid) > base; {
		if time.Now().After(deadline) {
			t.Fatalf("server descriptors: %d at the start, %d at the end", base, fds(t, pid))
		}
		time.Sleep(50 * time.Millisecond)
	}
	if strings.Contains(srv.stderr.String(), "netipc") || strings.Contains(srv.stderr.String(), "panic") { // ordinary ends are silent
		t.Errorf("server stderr:\n%s", srv.stderr.String())
	}
}
