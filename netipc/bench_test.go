package netipc

import (
	"bufio"
	"context"
	"io"
	"net"
	"sync/atomic"
	"testing"
)

// The benchmarks compare the transport with raw TCP moving the same
// bytes in the same run: a sync round trip (Request to a Core whose Sync
// answers at once) against a ping-pong of a request and a response, and
// async messages (Send, then one sync chase) against raw writes of them
// read by a framing reader.

var (
	benchReq  = golden[0] // sync "1+1", 17 bytes
	benchResp = golden[2] // response 2, 17 bytes
	benchMsg  = golden[3] // async "a:42", 18 bytes
)

// benchCore answers every sync request with benchResp and counts
// asyncs.
type benchCore struct{ asyncs atomic.Int64 }

func (c *benchCore) Auth(int, string, string, net.Addr) bool { return true }
func (c *benchCore) Open(int, string, net.Addr)              {}
func (c *benchCore) Close(int)                               {}
func (c *benchCore) Sync(m *Msg) []byte {
	m.Take()
	return benchResp
}
func (c *benchCore) Async(m *Msg) {
	m.Take()
	c.asyncs.Add(1)
}

// benchPair starts a server and dials it.
func benchPair(b *testing.B) (srv, cli *Server, h int, core *benchCore) {
	core = &benchCore{}
	srv, err := Listen("127.0.0.1:0", core, quiet())
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { srv.Close() })
	cli = New(&benchCore{}, quiet())
	b.Cleanup(func() { cli.Close() })
	h, err = cli.Dial(context.Background(), "tcp", srv.Addr().String(), "", "")
	if err != nil {
		b.Fatal(err)
	}
	return srv, cli, h, core
}

func BenchmarkRoundTrip(b *testing.B) {
	_, cli, h, _ := benchPair(b)
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := cli.Request(ctx, h, benchReq, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// rawPair is a connected pair of TCP connections on loopback.
func rawPair(b *testing.B) (client, server net.Conn) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		b.Fatal(err)
	}
	defer ln.Close()
	accepted := make(chan net.Conn, 1)
	go func() { // Runs in its own goroutine: accepts the one connection.
		c, _ := ln.Accept()
		accepted <- c
	}()
	client, err = net.Dial("tcp", ln.Addr().String())
	if err != nil {
		b.Fatal(err)
	}
	server = <-accepted
	b.Cleanup(func() { client.Close(); server.Close() })
	return client, server
}

func BenchmarkRawPingPong(b *testing.B) {
	client, server := rawPair(b)
	go func() { // Runs in its own goroutine: the echo side.
		buf := make([]byte, len(benchReq))
		for {
			if _, err := io.ReadFull(server, buf); err != nil {
				return
			}
			if _, err := server.Write(benchResp); err != nil {
				return
			}
		}
	}()
	buf := make([]byte, len(benchResp))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := client.Write(benchReq); err != nil {
			b.Fatal(err)
		}
		if _, err := io.ReadFull(client, buf); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkAsync(b *testing.B) {
	_, cli, h, core := benchPair(b)
	b.ReportAllocs()
	b.SetBytes(int64(len(benchMsg)))
	b.ResetTimer()
	for range b.N {
		if err := cli.Send(h, benchMsg); err != nil {
			b.Fatal(err)
		}
	}
	// the sync chase, timed: every async has been served when it returns
	if _, err := cli.Request(context.Background(), h, benchReq, nil); err != nil {
		b.Fatal(err)
	}
	b.StopTimer()
	if got := core.asyncs.Load(); got != int64(b.N) {
		b.Fatalf("served %d asyncs of %d", got, b.N)
	}
}

// BenchmarkRawAsync writes the messages with one Write each
// (unbuffered) or through a 64 KB bufio.Writer (buffered, the batching a
// writer goroutine can do at best).
func BenchmarkRawAsync(b *testing.B) {
	for _, buffered := range []bool{false, true} {
		name := "unbuffered"
		if buffered {
			name = "buffered"
		}
		b.Run(name, func(b *testing.B) { rawAsync(b, buffered) })
	}
}

func rawAsync(b *testing.B, buffered bool) {
	client, server := rawPair(b)
	done := make(chan int64, 1)
	go func() { // Runs in its own goroutine: reads and counts messages until a sync one.
		fr := frameReader{r: bufio.NewReaderSize(server, readBufSize), max: 1 << 20}
		var n int64
		for {
			m, err := fr.next()
			if err != nil {
				done <- -1
				return
			}
			if m[1] == Sync {
				server.Write(benchResp)
				done <- n
				return
			}
			n++
		}
	}()
	var w io.Writer = client
	bw := bufio.NewWriterSize(client, 64<<10)
	if buffered {
		w = bw
	}
	b.ReportAllocs()
	b.SetBytes(int64(len(benchMsg)))
	b.ResetTimer()
	for range b.N {
		if _, err := w.Write(benchMsg); err != nil {
			b.Fatal(err)
		}
	}
	w.Write(benchReq)
	bw.Flush()
	got := <-done
	io.ReadFull(client, make([]byte, len(benchResp)))
	b.StopTimer()
	if got != int64(b.N) {
		b.Fatalf("read %d asyncs of %d", got, b.N)
	}
}
