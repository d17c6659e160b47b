//go:build unix

package e2e_test

import (
	"bytes"
	"encoding/binary"
	"net"
	"strconv"
	"strings"
	"testing"
	"time"

	"qgo/interp/k"
)

// hostileAsk is one well-behaved client's query of a server that hostile
// clients have been at: it logs in, asks 2+3 and must get 5.
func hostileAsk(t *testing.T, port, after string) {
	t.Helper()
	c, err := login(port)
	if err != nil {
		t.Fatalf("after %s: %v", after, err)
	}
	defer c.Close()
	if got := syncQuery(t, c, "2+3"); got != "5" {
		t.Fatalf("after %s: 2+3 gave %s", after, got)
	}
}

// syncQuery sends q as a sync message on c and gives the answer's text:
// a long as its digits, a q error as 'msg, anything else as "?".
func syncQuery(t *testing.T, c net.Conn, q string) string {
	t.Helper()
	m, err := k.Encode(k.Str(q), k.MsgSync)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.Write(m); err != nil {
		t.Fatalf("%.40s: %v", q, err)
	}
	v, err := readValue(c)
	if err != nil {
		t.Fatalf("%.40s: no answer: %v", q, err)
	}
	switch v := v.(type) {
	case *k.ErrVal:
		return "'" + v.Msg
	case k.Atom[int64]:
		return strconv.FormatInt(v.V, 10)
	}
	return "?"
}

// closedOrAnswered waits (bounded by c's deadline) for the server to
// close c or to answer it with a q error, after a message it cannot take.
func closedOrAnswered(t *testing.T, c net.Conn, what string) {
	t.Helper()
	v, err := readValue(c)
	if err == nil {
		if _, ok := v.(*k.ErrVal); !ok {
			t.Fatalf("%s: answered %v, want a q error or the connection closed", what, v)
		}
		return
	}
	if ne, ok := err.(net.Error); ok && ne.Timeout() {
		t.Fatalf("%s: neither answered nor closed: %v", what, err)
	}
}

// A server that hostile clients speak to goes on serving the others: a
// length header claiming 2 GB whose body never comes, a compressed
// message claiming 2 GB once expanded, a message nested a hundred
// thousand deep, a query nested as deep, a result too deep to send, a
// recursion with no end, a .z.pg that signals, a query that loops until
// -T stops it, half-open connections, and a WebSocket client that sends
// frame after frame and never reads. Each is answered with a q error or
// closed; after each, a well-behaved client gets its answer, and the
// server never prints a Go panic.
func TestHostileClients(t *testing.T) {
	srv := server(t, "server", []string{"-T", "5"},
		`.z.pg:{$[x~"pgfails";'pgfails;value x]}; .z.ws:{neg[.z.w]x}`)
	port := srv.port

	// a length header claiming 2 GB, a little of its body, and then
	// nothing: the connection stays open while the others are served
	c1, err := login(port)
	if err != nil {
		t.Fatal(err)
	}
	defer c1.Close()
	hdr := []byte{1, 1, 0, 0, 0, 0, 0, 0}
	binary.LittleEndian.PutUint32(hdr[4:], 0x7ffffff0)
	c1.Write(append(hdr, make([]byte, 64<<10)...))
	hostileAsk(t, port, "a 2 GB length header")

	// compressed, claiming 2 GB once expanded, from a few bytes
	c2, err := login(port)
	if err != nil {
		t.Fatal(err)
	}
	c2.Write([]byte{1, 1, 1, 0, 17, 0, 0, 0, 0xf0, 0xff, 0xff, 0x7f, 0, 0xff, 0, 0, 0})
	closedOrAnswered(t, c2, "a compressed message claiming 2 GB")
	c2.Close()
	hostileAsk(t, port, "a compressed message claiming 2 GB")

	// a general list nested 100,000 deep, then a long
	c3, err := login(port)
	if err != nil {
		t.Fatal(err)
	}
	var deep bytes.Buffer
	deep.Write([]byte{1, 1, 0, 0, 0, 0, 0, 0})
	for range 100000 {
		deep.Write([]byte{0, 0, 1, 0, 0, 0})
	}
	deep.Write([]byte{0xf9, 1, 0, 0, 0, 0, 0, 0, 0})
	msg := deep.Bytes()
	binary.LittleEndian.PutUint32(msg[4:], uint32(len(msg)))
	c3.Write(msg)
	closedOrAnswered(t, c3, "a message nested 100,000 deep")
	c3.Close()
	hostileAsk(t, port, "a message nested 100,000 deep")

	// on one connection: each query is a q error, and the next is answered
	c4, err := login(port)
	if err != nil {
		t.Fatal(err)
	}
	defer c4.Close()
	for _, q := range []struct{ src, want string }{
		{strings.Repeat("(", 100000) + "1" + strings.Repeat(")", 100000), ""}, // any q error
		{strings.Repeat("enlist ", 100000) + "1", ""},
		{"{enlist x}/[100000;1]", "'stack"}, // too deep to send back
		{"f:{f x}; f 0", "'stack"},
		{"pgfails", "'pgfails"},
		{"while[1b;]", "'stop"}, // -T 5
		{"{do[0W;x+:1];x}0", "'stop"},
		{"1000000000000#1", ""},
		// values of every kind are sent back, or are a q error
		{"(+/;'[neg;neg];1+;.z.pg;(`a;{x});`s#1 2!3 4;.z.p)", "?"},
		{"(0N!;-1;::;neg;2000.01.01D;0Ng;`:a;(`$())!())", "?"},
	} {
		got := syncQuery(t, c4, q.src)
		if q.want == "" && !strings.HasPrefix(got, "'") || q.want != "" && got != q.want {
			t.Errorf("%.40s: %s, want %s", q.src, got, map[bool]string{true: "a q error", false: q.want}[q.want == ""])
		}
		if got := syncQuery(t, c4, "2+3"); got != "5" {
			t.Fatalf("after %.40s: 2+3 gave %s", q.src, got)
		}
	}
	hostileAsk(t, port, "queries that fail")

	// a client makes .z.pg a value that cannot be applied to a string,
	// then puts it back: meanwhile its queries are q errors
	async := func(q string) {
		m, _ := k.Encode(k.Str(q), k.MsgAsync)
		c4.Write(m)
	}
	async(".z.pg:42")
	if got := syncQuery(t, c4, "2+3"); !strings.HasPrefix(got, "'") {
		t.Errorf(".z.pg:42 then 2+3: %s, want a q error", got)
	}
	async(".z.pg:{value x}")
	if got := syncQuery(t, c4, "2+3"); got != "5" {
		t.Errorf(".z.pg put back, then 2+3: %s", got)
	}

	// half-open connections: no handshake, or a handshake cut short
	var half []net.Conn
	for i := range 50 {
		c, err := net.DialTimeout("tcp", "127.0.0.1:"+port, 30*time.Second)
		if err != nil {
			t.Fatal(err)
		}
		half = append(half, c)
		if i%2 == 1 {
			c.Write([]byte("u:p"))
		}
	}
	hostileAsk(t, port, "50 half-open connections")
	for _, c := range half {
		c.Close()
	}

	// a WebSocket client sending 20,000 frames and reading nothing
	ws, err := net.DialTimeout("tcp", "127.0.0.1:"+port, 30*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	ws.SetDeadline(time.Now().Add(120 * time.Second))
	ws.Write([]byte("GET / HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n" +
		"Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n"))
	var flood bytes.Buffer
	payload := bytes.Repeat([]byte("x"), 100)
	for range 20000 { // masked text frames of 100 bytes
		flood.Write([]byte{0x81, 0x80 | byte(len(payload)), 0, 0, 0, 0})
		flood.Write(payload)
	}
	wrote := make(chan struct{})
	go func() { // the flood; it may block once the server stops reading
		defer close(wrote)
		ws.Write(flood.Bytes())
	}()
	for i := range 5 {
		hostileAsk(t, port, "a WebSocket flood, ask "+strconv.Itoa(i+1))
	}
	ws.Close() // ends a blocked flood write
	<-wrote
	hostileAsk(t, port, "a WebSocket flood closed")

	// the 2 GB header's client goes away without its body
	c1.Close()
	hostileAsk(t, port, "the 2 GB header's client closed")

	select {
	case <-srv.done:
		t.Fatalf("the server exited:\n%s", srv.stderr.String())
	default:
	}
	if s := srv.stderr.String(); strings.Contains(s, "panic") || strings.Contains(s, "goroutine ") {
		t.Errorf("server stderr:\n%s", s)
	}
}

// Under -b a client may read but not write (docs/basics/cmdline.md): an
// update of a global is 'noupdate, hdel and hopen of a file 'access, and
// the globals are as they were. Before, -b was taken for an argument of
// the script's own (.z.x) and blocked nothing.
func TestBlockedClients(t *testing.T) {
	srv := server(t, "server", []string{"-b"}, `a:5`)
	c, err := login(srv.port)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	for _, q := range []struct{ src, want string }{
		{"a:1", "'noupdate"},
		{"`a set 2", "'noupdate"},
		{"a+:1", "'noupdate"},
		{"hdel`:nothing", "'access"},
		{"hopen`:nothing", "'access"},
		{"a", "5"},
		{"{b:x+1;b}a", "6"}, // a local is the client's own
	} {
		if got := syncQuery(t, c, q.src); got != q.want {
			t.Errorf("-b, %s: %s, want %s", q.src, got, q.want)
		}
	}
}
