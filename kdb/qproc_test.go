package kdb_test

import (
	"bytes"
	"fmt"
	"net"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"

	"qgo/interp"
	"qgo/interp/k"
	"qgo/netipc"
	"qgo/zns"
)

// addr is the address of the qgo process that TestMain starts for the
// examples and tests: "127.0.0.1:PORT".
var addr string

// qproc is a qgo process inside the test binary: the interpreter, its
// event loop and its network side, wired as qgo's main wires them.
type qproc struct {
	l   *zns.Loop
	srv *netipc.Server
	out *syncBuffer
}

// syncBuffer is a bytes.Buffer safe for the loop and the test to share.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// startQ starts a qgo process with the given password file ("" for none)
// that does not listen yet.
func startQ(passwords string) *qproc {
	p := &qproc{out: &syncBuffer{}}
	q := interp.New(p.out)
	q.SetErr(p.out)
	p.l = zns.New(q, zns.Options{Errors: p.out, Stderr: p.out, Passwords: passwords})
	p.srv = netipc.New(p.l, netipc.Options{
		Unix:       true, // kdb+'s Unix socket beside the TCP port, as main has it
		Decompress: k.Uncompress,
		Logf:       func(f string, a ...any) { fmt.Fprintf(p.out, f+"\n", a...) },
	})
	p.l.SetNet(p.srv)
	q.SetHost(p.l)
	go p.l.Run()
	return p
}

// listen makes p listen on a free loopback port and returns its address.
func (p *qproc) listen() (string, error) {
	if _, err := p.l.Eval(`\p 127.0.0.1:0W`); err != nil {
		return "", err
	}
	port, err := p.l.Eval(`\p`)
	if err != nil {
		return "", err
	}
	n, err := strconv.Atoi(strings.TrimSuffix(port, "i"))
	if err != nil {
		return "", err
	}
	return net.JoinHostPort("127.0.0.1", strconv.Itoa(n)), nil
}

// serve makes p accept connections on ln (a Unix or TLS listener).
func (p *qproc) serve(ln net.Listener) error { return p.srv.Serve(ln) }

// eval evaluates q code that must not fail.
func (p *qproc) eval(t testing.TB, code string) string {
	t.Helper()
	got, err := p.l.Eval(code)
	if err != nil {
		t.Fatalf("q) %s: %v", code, err)
	}
	return got
}

// stop ends the process: its loop, then its connections.
func (p *qproc) stop() {
	p.l.Stop()
	<-p.l.Done()
	p.srv.Close()
}

// newQ starts a qgo process listening on loopback for one test.
func newQ(t testing.TB, passwords string) (*qproc, string) {
	t.Helper()
	p := startQ(passwords)
	t.Cleanup(p.stop)
	a, err := p.listen()
	if err != nil {
		t.Fatal(err)
	}
	return p, a
}

// setup is the q code the shared process runs: a trade table and a
// tickerplant's subscription functions in the style of kdb+tick's u.q.
const setup = `trade:([]time:0#0Np;sym:0#` + "`" + `;price:0#0f;size:0#0j)
.u.w:()
.u.sub:{[t;s] .u.w,:.z.w; (t;value t)}
.u.pub:{[t;x] {[t;x;h] neg[h](` + "`" + `upd;t;x)}[t;x] each .u.w;}
.z.pc:{.u.w:.u.w except x}`

func TestMain(m *testing.M) {
	p := startQ("")
	for _, line := range strings.Split(setup, "\n") {
		if _, err := p.l.Eval(line); err != nil {
			fmt.Fprintf(os.Stderr, "setup: %s: %v\n", line, err)
			os.Exit(2)
		}
	}
	a, err := p.listen()
	if err != nil {
		fmt.Fprintln(os.Stderr, "listen:", err)
		os.Exit(2)
	}
	addr = a
	code := m.Run()
	p.stop()
	os.Exit(code)
}
