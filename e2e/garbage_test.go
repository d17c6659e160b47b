//go:build unix

package e2e_test

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"testing"
	"time"

	"qgo/interp/k"
)

// garbageMsgs are valid IPC messages the garbage clients damage: values
// of every shape the decoder reads.
func garbageMsgs(t *testing.T) [][]byte {
	t.Helper()
	vals := []k.Value{
		k.Str("1+1"), k.J(7), k.Longs(1, 2, 3), k.Syms("a", "bc"), k.Floats(1.5, 2),
		k.NewList(k.S("f"), k.Longs(1, 2), k.Str("x")),
		&k.Dict{K: k.Syms("a", "b"), V: k.Longs(1, 2)},
		&k.Table{Cols: k.Syms("a", "b"), Data: []k.Value{k.Longs(1, 2), k.Syms("x", "y")}},
		k.NewList(k.NewList(k.Str("ab"), k.Longs()), k.Syms()),
	}
	var msgs [][]byte
	for _, v := range vals {
		for _, typ := range []byte{k.MsgAsync, k.MsgSync} {
			m, err := k.Encode(v, typ)
			if err != nil {
				t.Fatal(err)
			}
			msgs = append(msgs, m)
		}
	}
	return msgs
}

// garbage is what the i-th malformed client sends: random bytes in the
// handshake; a handshake then random bytes; a handshake then messages
// with a true header and a random body, or valid messages with bytes or
// the length changed; an HTTP request with random text in its line,
// headers or body; a WebSocket upgrade then random or damaged frames.
func garbage(r *rand.Rand, msgs [][]byte) []byte {
	noise := func(n int) []byte {
		b := make([]byte, r.IntN(n)+1)
		for i := range b {
			b[i] = byte(r.UintN(256))
		}
		return b
	}
	hello := []byte("u:p\x03\x00")
	var b []byte
	switch r.IntN(7) {
	case 0: // no handshake
		b = noise(300)
	case 1: // a handshake, then noise
		b = append(hello, noise(300)...)
	case 2: // true headers, random bodies
		b = hello
		for range r.IntN(4) + 1 {
			body := noise(200)
			h := []byte{byte(r.IntN(2)), byte(r.IntN(3)), byte(r.IntN(2)), 0, 0, 0, 0, 0}
			order := binary.ByteOrder(binary.LittleEndian)
			if h[0] == 0 {
				order = binary.BigEndian
			}
			order.PutUint32(h[4:], uint32(8+len(body)))
			b = append(append(b, h...), body...)
		}
	case 3, 4: // valid messages with bytes changed
		b = hello
		for range r.IntN(4) + 1 {
			m := bytes.Clone(msgs[r.IntN(len(msgs))])
			for range r.IntN(4) + 1 {
				i := r.IntN(len(m))
				if r.IntN(4) == 0 && i >= 8 { // keep the header
					i = 8 + r.IntN(len(m)-8)
				}
				m[i] = byte(r.UintN(256))
			}
			b = append(b, m...)
		}
	case 5: // HTTP
		reqs := []string{
			"GET /?%s HTTP/1.1\r\nHost: x\r\n\r\n",
			"POST / HTTP/1.1\r\nContent-Length: 40\r\n\r\n%s",
			"GET / HTTP/1.1\r\n%s\r\n\r\n",
			"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n%s",
			"GET %s\r\n\r\n",
		}
		b = fmt.Appendf(nil, reqs[r.IntN(len(reqs))], noise(100))
	case 6: // a WebSocket, then frames random or damaged
		b = []byte("GET / HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n" +
			"Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")
		for range r.IntN(4) + 1 {
			if r.IntN(2) == 0 {
				b = append(b, noise(100)...)
				continue
			}
			// a masked text or binary frame, its bytes changed
			p := noise(60)
			f := append([]byte{0x80 | byte(1+r.IntN(2)), 0x80 | byte(len(p)), 1, 2, 3, 4}, p...)
			f[r.IntN(len(f))] = byte(r.UintN(256))
			b = append(b, f...)
		}
	}
	return b
}

// A server that malformed clients speak to, over IPC, HTTP and
// WebSockets, goes on: after each batch of them, a well-behaved client
// logs in and gets its answer.
func TestGarbageClients(t *testing.T) {
	srv := server(t, "server", nil,
		// handlers that echo, so that no random text is run as q
		`.z.pg:{x}; .z.ps:{x}; .z.ph:{.h.hy[`+"`txt"+`]"ok"}; .z.pp:{.h.hy[`+"`txt"+`]"ok"}; .z.ws:{neg[.z.w]x}`)
	msgs := garbageMsgs(t)
	r := rand.New(rand.NewPCG(7, 11)) // the same garbage each run
	ask := func(after int) {
		t.Helper()
		c, err := login(srv.port)
		if err != nil {
			t.Fatalf("after %d malformed clients: %v", after, err)
		}
		defer c.Close()
		q, _ := k.Encode(k.Str("2+3"), k.MsgSync)
		if _, err := c.Write(q); err != nil {
			t.Fatalf("after %d malformed clients: %v", after, err)
		}
		v, err := readValue(c)
		if err != nil || !bytes.Equal(mustEncode(t, v), mustEncode(t, k.Str("2+3"))) {
			t.Fatalf("after %d malformed clients: %v, %v", after, v, err)
		}
	}
	const clients = 3000
	for i := range clients {
		b := garbage(r, msgs)
		c, err := net.DialTimeout("tcp", "127.0.0.1:"+srv.port, 30*time.Second)
		if err != nil {
			t.Fatalf("client %d: %v", i, err)
		}
		c.SetDeadline(time.Now().Add(30 * time.Second))
		c.Write(b)
		if i%2 == 0 { // read what comes until the server closes, or the deadline
			c.(*net.TCPConn).CloseWrite()
			io.Copy(io.Discard, c)
		}
		c.Close()
		if i%250 == 249 {
			ask(i + 1)
		}
	}
	select {
	case <-srv.done:
		t.Fatalf("the server exited:\n%s", srv.stderr.String())
	default:
	}
}

// mustEncode is v as an IPC message.
func mustEncode(t *testing.T, v k.Value) []byte {
	t.Helper()
	m, err := k.Encode(v, k.MsgAsync)
	if err != nil {
		t.Fatal(err)
	}
	return m
}
