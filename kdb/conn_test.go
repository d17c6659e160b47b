package kdb_test

import (
	"bufio"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"testing"
	"time"

	"qgo/interp/k"
	"qgo/kdb"
	"qgo/netipc"
)

func TestAccess(t *testing.T) {
	pw := filepath.Join(t.TempDir(), "passwords")
	if err := os.WriteFile(pw, []byte("alice:secret\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	_, a := newQ(t, pw)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if _, err := kdb.Dial(ctx, "tcp", a, &kdb.Options{User: "alice", Password: "wrong"}); !errors.Is(err, kdb.ErrAccess) {
		t.Fatalf("wrong password: %v, want ErrAccess", err)
	}
	c, err := kdb.Dial(ctx, "tcp", a, &kdb.Options{User: "alice", Password: "secret"})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if u, err := c.Call(ctx, ".z.u"); err != nil || u != "alice" {
		t.Errorf(".z.u = %v, %v", u, err)
	}
}

// A process that accepts the connection and never answers the handshake.
func TestDialTimeout(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	start := time.Now()
	_, err = kdb.Dial(context.Background(), "tcp", ln.Addr().String(), &kdb.Options{Timeout: 50 * time.Millisecond})
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Dial: %v, want a deadline error", err)
	}
	if d := time.Since(start); d > 20*time.Second {
		t.Errorf("Dial took %v", d)
	}
}

func TestDialRefused(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	a := ln.Addr().String()
	ln.Close()
	if _, err := kdb.Dial(context.Background(), "tcp", a, nil); err == nil || errors.Is(err, kdb.ErrAccess) {
		t.Fatalf("Dial to a closed port: %v", err)
	}
}

// fakeQ accepts one connection, answers the handshake, and then hands
// the connection to serve.
func fakeQ(t *testing.T, serve func(net.Conn, *bufio.Reader)) string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	go func() {
		nc, err := ln.Accept()
		if err != nil {
			return
		}
		defer nc.Close()
		br := bufio.NewReader(nc)
		if _, err := br.ReadBytes(0); err != nil {
			return
		}
		nc.Write([]byte{3})
		serve(nc, br)
	}()
	return ln.Addr().String()
}

// A Call whose context ends gives up, and the connection, whose next
// response would be this one's, is closed.
func TestCallCancel(t *testing.T) {
	hold := make(chan struct{})
	a := fakeQ(t, func(nc net.Conn, br *bufio.Reader) { <-hold })
	defer close(hold)
	c, _ := dial(t, a, nil)
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	if _, err := c.Call(ctx, "1+1"); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Call: %v, want DeadlineExceeded", err)
	}
	if _, err := c.Call(context.Background(), "1+1"); !errors.Is(err, kdb.ErrClosed) {
		t.Fatalf("Call after a cancelled one: %v, want ErrClosed", err)
	}
}

// The process closing the connection ends Calls and Receive with
// ErrClosed, after the messages it had sent.
func TestPeerCloses(t *testing.T) {
	p, a := newQ(t, "")
	c, ctx := dial(t, a, nil)
	if _, err := c.Call(ctx, "neg[.z.w] (`a;1); neg[.z.w] (`b;2); neg[.z.w][]; hclose .z.w"); !errors.Is(err, kdb.ErrClosed) {
		t.Errorf("Call closed under it: %v, want ErrClosed", err)
	}
	for _, want := range []string{"a", "b"} {
		m, err := c.Receive(ctx)
		if err != nil || m.([]any)[0] != want {
			t.Fatalf("Receive = %v, %v; want (`%s;...)", m, err, want)
		}
	}
	if m, err := c.Receive(ctx); !errors.Is(err, kdb.ErrClosed) {
		t.Fatalf("Receive after close = %v, %v; want ErrClosed", m, err)
	}
	if err := c.Async("1"); !errors.Is(err, kdb.ErrClosed) {
		t.Errorf("Async after close: %v", err)
	}
	_ = p
}

// Pushes come in order, whether they arrive while a Call waits or while
// nobody does; a sync request from the process is answered with 'nyi;
// Receive gives up when its context ends.
func TestSubscription(t *testing.T) {
	p, a := newQ(t, "")
	p.eval(t, `subs:(); sub:{subs,:.z.w; "ok"}`)
	p.eval(t, `pub:{{neg[x] (`+"`upd;`trade;y)"+`}[;x] each subs}`)
	c, ctx := dial(t, a, nil)
	if v, err := c.Call(ctx, "sub", nil); err != nil || v != kdb.Chars("ok") {
		t.Fatalf("sub: %v %v", v, err)
	}
	// Pushed while the client waits for this Call's response.
	if _, err := c.Call(ctx, "{pub each til 3; x}", 1); err != nil {
		t.Fatal(err)
	}
	// Pushed while nobody waits: the process's own code, from a timer.
	p.eval(t, `.z.ts:{pub each 3+til 3; system "t 0"}`)
	p.eval(t, `\t 10`)
	for i := range 6 {
		m, err := c.Receive(ctx)
		if err != nil {
			t.Fatal(err)
		}
		want := []any{"upd", "trade", int64(i)}
		if !same(m, want) {
			t.Fatalf("push %d = %#v, want %#v", i, m, want)
		}
	}
	short, cancel := context.WithTimeout(ctx, 30*time.Millisecond)
	defer cancel()
	if m, err := c.Receive(short); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("Receive with nothing pushed = %v, %v", m, err)
	}
	// The process asks the client something: the client says 'nyi.
	got, err := c.Call(ctx, "{@[.z.w;\"1+1\";{x}]}", nil)
	if err != nil || got != kdb.Chars("nyi") {
		t.Errorf("sync request to the client answered %#v, %v", got, err)
	}
}

// Calls from many goroutines each get their own answer.
func TestConcurrentCalls(t *testing.T) {
	c, ctx := dial(t, addr, nil)
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 50 {
				v, err := c.Call(ctx, "{x*y}", int64(g), int64(i))
				if err != nil || v != int64(g*i) {
					errs <- fmt.Errorf("%d*%d = %v, %v", g, i, v, err)
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// Async messages are evaluated in order, before a later Call.
func TestAsyncFlush(t *testing.T) {
	c, ctx := dial(t, addr, nil)
	if err := c.Async("{asyncs::()}", nil); err != nil {
		t.Fatal(err)
	}
	for i := range 100 {
		if err := c.Async("{asyncs,:x}", i); err != nil {
			t.Fatal(err)
		}
	}
	if err := c.Flush(); err != nil {
		t.Fatal(err)
	}
	v, err := c.Call(ctx, "asyncs~til 100")
	if err != nil || v != true {
		t.Errorf("asyncs~til 100: %v %v", v, err)
	}
}

func TestUnixSocket(t *testing.T) {
	dir, err := os.MkdirTemp("", "kdb")
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "q.sock")
	ln, err := net.Listen("unix", path)
	if err != nil {
		t.Fatal(err)
	}
	p := startQ("")
	defer p.stop()
	if err := p.serve(ln); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	c, err := kdb.Dial(ctx, "unix", path, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if v, err := c.Call(ctx, "{x,x}", []string{"unix"}); err != nil || !same(v, []string{"unix", "unix"}) {
		t.Errorf("over a Unix socket: %v %v", v, err)
	}
}

// selfSigned makes a certificate for 127.0.0.1 and a pool trusting it.
func selfSigned(t *testing.T) (tls.Certificate, *x509.CertPool) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1),
		Subject:      pkix.Name{CommonName: "qgo test"},
		NotBefore:    time.Now().Add(-time.Hour),
		NotAfter:     time.Now().Add(time.Hour),
		IPAddresses:  []net.IP{net.ParseIP("127.0.0.1")},
		KeyUsage:     x509.KeyUsageDigitalSignature,
		ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	cert, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatal(err)
	}
	pool := x509.NewCertPool()
	pool.AddCert(cert)
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key}, pool
}

// A qgo process serving IPC behind a Go TLS listener, as kdb+ does on a
// tcps port.
func TestTLS(t *testing.T) {
	cert, pool := selfSigned(t)
	inner, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ln := tls.NewListener(inner, &tls.Config{Certificates: []tls.Certificate{cert}})
	p := startQ("")
	defer p.stop()
	if err := p.serve(ln); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	a := inner.Addr().String()
	c, err := kdb.Dial(ctx, "tcp", a, &kdb.Options{TLS: &tls.Config{RootCAs: pool}, User: "tls"})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if v, err := c.Call(ctx, "(.z.u;til 3)"); err != nil || !same(v, []any{"tls", []int64{0, 1, 2}}) {
		t.Errorf("over TLS: %#v %v", v, err)
	}
	// An untrusted certificate fails the dial.
	if _, err := kdb.Dial(ctx, "tcp", a, &kdb.Options{TLS: &tls.Config{}}); err == nil {
		t.Error("Dial trusted a self-signed certificate")
	}
	// A plain client gets nothing from a TLS port.
	if c, err := kdb.Dial(ctx, "tcp", a, &kdb.Options{Timeout: 200 * time.Millisecond}); err == nil {
		c.Close()
		t.Error("a plain Dial to a TLS port succeeded")
	}
}

// A qgo server in TLS mode (-E 1: TLS and plain on one port) and on the
// Unix socket it listens on beside its TCP port.
func TestQgoTLSAndUnix(t *testing.T) {
	cert, pool := selfSigned(t)
	p, a := newQ(t, "")
	p.srv.SetTLS(netipc.TLSAlso, &tls.Config{Certificates: []tls.Certificate{cert}})
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	for _, opts := range []*kdb.Options{{TLS: &tls.Config{RootCAs: pool}}, nil} {
		c, err := kdb.Dial(ctx, "tcp", a, opts)
		if err != nil {
			t.Fatal(err)
		}
		if v, err := c.Call(ctx, "{x*2}", 21); err != nil || v != int64(42) {
			t.Errorf("TLS %v: %v %v", opts != nil, v, err)
		}
		c.Close()
	}
	_, port, _ := net.SplitHostPort(a)
	n, _ := strconv.Atoi(port)
	uds, ok := netipc.UnixAddress(n)
	if !ok {
		t.Skip("QUDSPATH turns the Unix socket off")
	}
	c, err := kdb.Dial(ctx, "unix", uds, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if v, err := c.Call(ctx, "1+1"); err != nil || v != int64(2) {
		t.Errorf("over %s: %v %v", uds, v, err)
	}
}

// Long messages to a process on another host go compressed, as kdb+
// sends them; short ones and those to this host do not.
func TestCompression(t *testing.T) {
	long := make([]int64, 5000) // zeros: compresses well
	for _, tc := range []struct {
		remote     bool
		v          any
		compressed bool
	}{
		{false, long, false},
		{true, long, true},
		{true, []int64{1, 2, 3}, false},
	} {
		// what the process receives, as it arrives
		header := make(chan []byte, 1)
		a := fakeQ(t, func(nc net.Conn, br *bufio.Reader) {
			h := make([]byte, 8)
			if _, err := io.ReadFull(br, h); err != nil {
				return
			}
			n := binary.LittleEndian.Uint32(h[4:])
			io.ReadFull(br, make([]byte, n-8))
			header <- h
			resp, _ := k.Encode(k.J(int64(n)), k.MsgResponse)
			nc.Write(resp)
		})
		c, ctx := dial(t, a, nil)
		kdb.SetRemote(c, tc.remote)
		size, err := c.Call(ctx, "{count x}", tc.v)
		if err != nil {
			t.Fatal(err)
		}
		h := <-header
		if got := h[2] == 1; got != tc.compressed {
			t.Errorf("remote %v, %d bytes: compressed %v, want %v", tc.remote, size, got, tc.compressed)
		}
	}
	// A qgo process reads the compressed message.
	c, ctx := dial(t, addr, nil)
	kdb.SetRemote(c, true)
	if v, err := c.Call(ctx, "{count x}", long); err != nil || v != int64(len(long)) {
		t.Errorf("compressed call: %v %v", v, err)
	}
}

// Close ends a Call waiting on the connection and a Receive, with
// ErrClosed.
func TestCloseWhileWaiting(t *testing.T) {
	hold := make(chan struct{})
	a := fakeQ(t, func(nc net.Conn, br *bufio.Reader) { <-hold })
	defer close(hold)
	c, ctx := dial(t, a, nil)
	errs := make(chan error, 2)
	go func() {
		_, err := c.Call(ctx, "1+1")
		errs <- err
	}()
	go func() {
		_, err := c.Receive(ctx)
		errs <- err
	}()
	time.Sleep(50 * time.Millisecond) // both waiting (if not, they fail the same way)
	c.Close()
	for range 2 {
		if err := <-errs; !errors.Is(err, kdb.ErrClosed) {
			t.Errorf("after Close: %v, want ErrClosed", err)
		}
	}
	if err := c.Flush(); !errors.Is(err, kdb.ErrClosed) {
		t.Errorf("Flush after Close: %v", err)
	}
}
