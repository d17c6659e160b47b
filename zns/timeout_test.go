package zns

import (
	"bufio"
	"io"
	"net"
	"strconv"
	"testing"
	"time"

	"qgo/interp/k"
)

// -T (\T): a client's sync or async query that runs longer is stopped
// with 'stop, returned to the client, and the loop serves the next
// message at once.
func TestIPCQueryTimeout(t *testing.T) {
	srv, cli := pair(t)
	srv.eval(t, `\T 1`)
	if got := srv.eval(t, `\T`); got != "1i" {
		t.Fatalf(`\T = %s`, got)
	}
	for _, q := range []string{
		`h"{do[0W;x+:1];x}0"`,                          // a loop
		`h"{f:{$[x=0;0;.z.s[x-1]+.z.s x-1]}; f x} 60"`, // recursion
		`h"{while[1b;x+:1];x}0"`,
	} {
		start := time.Now()
		cli.fails(t, q, "stop")
		if d := time.Since(start); d > 20*time.Second { // seconds, not minutes; generous for a loaded machine
			t.Errorf("%s: stopped after %v, want about 1s", q, d)
		}
	}
	cli.is(t, `h"2+2"`, "4")
	// async: the query stops, and a sync query behind it is answered
	start := time.Now() // before the query is sent: it can only stop a second after this
	cli.eval(t, `neg[h]"{do[0W;x+:1];x}0"`)
	cli.is(t, `h"3+3"`, "6")
	if d := time.Since(start); d > 20*time.Second || d < 500*time.Millisecond {
		t.Errorf("sync query behind a stopped async one answered after %v, want about 1s", d)
	}
	srv.eval(t, `\T 0`)
	cli.is(t, `h"{do[1000;x+:1];x}0"`, "1000")
}

// -T stops a system command that blocks, and the commands its shell
// started: the query ends with 'stop, not when the command does, and
// no sleep is left behind holding the output pipe.
func TestIPCSystemTimeout(t *testing.T) {
	srv, cli := pair(t)
	srv.eval(t, `\T 1`)
	for _, q := range []string{
		`h"system\"sleep 100\""`,
		`h"system\"sleep 100; echo x\""`,
		`h"system\"sleep 100 | cat\""`,
	} {
		start := time.Now()
		cli.fails(t, q, "stop")
		if d := time.Since(start); d > 20*time.Second {
			t.Errorf("%s: stopped after %v, want about 1s", q, d)
		}
	}
	cli.is(t, `h"1+1"`, "2")
	srv.eval(t, `\T 0`)
	cli.is(t, `h"system\"echo ok\""`, `"ok"`)
}

// -T stops the handlers a client's connection runs too: a .z.pw that
// never returns refuses that login after the timeout, a .z.po or .z.pc
// that never returns is stopped, and the server serves the next client;
// before, each held the loop, and every other client, for ever.
func TestHandlerTimeout(t *testing.T) {
	srv, cli := pair(t)
	srv.eval(t, `\T 1`)
	srv.eval(t, `.z.pw:{[u;p]$[u=`+"`loop"+`;while[1b];1b]}`)
	srv.eval(t, `.z.po:{if[.z.u=`+"`po"+`;while[1b]]}`)
	srv.eval(t, `.z.pc:{if[.z.u=`+"`pc"+`;while[1b]]}`)
	port := strconv.Itoa(srv.port)
	start := time.Now()
	cli.fails(t, "hopen `::"+port+":loop:p", "access")
	cli.is(t, `h"1+1"`, "2")
	cli.eval(t, "hpo:hopen `::"+port+":po:p")
	cli.is(t, `hpo"2+2"`, "4")
	cli.eval(t, "hpc:hopen `::"+port+":pc:p")
	cli.eval(t, "hclose hpc")
	cli.is(t, `h"3+3"`, "6")
	if d := time.Since(start); d > 30*time.Second {
		t.Errorf("handlers stopped after %v, want about 1s each", d)
	}
}

// -T stops a slow HTTP handler too: the request is answered with 'stop.
func TestHTTPQueryTimeout(t *testing.T) {
	p, _ := newWebProc(t, "server", Options{})
	p.eval(t, `\T 1`)
	p.eval(t, `.z.ph:{n:0;do[0W;n+:1];n}`)
	start := time.Now()
	status, _, body := httpGet(t, p, "/slow")
	if d := time.Since(start); d > 20*time.Second { // seconds, not minutes; generous for a loaded machine
		t.Errorf("answered after %v, want about 1s", d)
	}
	if status != 400 || body != "'stop" {
		t.Errorf("GET: %d %q, want 400 'stop", status, body)
	}
}

// A query that flushes (neg[h][]) what is queued for a client that
// reads nothing is stopped by -T like any other, rather than hold the
// loop, and every other client, for as long as that client wants. \T is
// 5 s, not 1: under the race detector on a loaded machine, making and
// queueing the 32 MB can take over a second, and a stop before the
// queueing would leave nothing queued to test.
func TestIPCFlushStops(t *testing.T) {
	p := newProc(t, "server", true, Options{})
	p.eval(t, `\T 5`)
	c := rawClient(t, p.port)
	c.(*net.TCPConn).SetReadBuffer(4096)
	msg, _ := k.Encode(k.Str(`neg[.z.w] 32000000#0x00; neg[.z.w][]; flushed:1b`), k.MsgAsync)
	c.Write(msg)
	flushStopped(t, p, c)
}

// The same for a WebSocket client that reads nothing.
func TestWSFlushStops(t *testing.T) {
	p, _ := newWebProc(t, "server", Options{})
	p.eval(t, `\T 5`)
	p.eval(t, `.z.ws:{value x}`)
	c, err := net.Dial("tcp", "127.0.0.1:"+strconv.Itoa(p.port))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	c.(*net.TCPConn).SetReadBuffer(4096)
	c.SetDeadline(time.Now().Add(30 * time.Second))
	io.WriteString(c, "GET / HTTP/1.1\r\nHost: q\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"+
		"Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")
	br := bufio.NewReader(c)
	for {
		line, err := br.ReadString('\n')
		if err != nil {
			t.Fatalf("upgrade: %v", err)
		}
		if line == "\r\n" {
			break
		}
	}
	// one masked text frame (mask 0: the bytes as they are)
	text := `neg[.z.w] 32000000#"x"; neg[.z.w][]; flushed:1b`
	c.Write(append([]byte{0x81, 0x80 | byte(len(text)), 0, 0, 0, 0}, text...))
	flushStopped(t, p, c)
}

// flushStopped checks that p's loop, whose client c sent a query that
// queues 32 MB for c and flushes it while c reads nothing, comes back:
// the bytes stay queued, the query was stopped before its end, and the
// console is served. Each console line is given a minute; if one is not
// answered, c is closed (which ends the flush) and the test fails.
func flushStopped(t *testing.T, p *proc, c net.Conn) {
	t.Helper()
	within := func(line string) string {
		got := make(chan string, 1)
		go func() {
			s, err := p.l.Eval(line)
			if err != nil {
				s = err.Error()
			}
			got <- s
		}()
		select {
		case s := <-got:
			return s
		case <-time.After(time.Minute):
			c.Close()
			t.Fatalf("%s: the loop is held by a client that reads nothing", line)
			return ""
		}
	}
	for deadline := time.Now().Add(time.Minute); within("0<sum .z.W") != "1b"; time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("nothing was queued for the client")
		}
	}
	if got := within("@[value;`flushed;0b]"); got != "0b" {
		t.Errorf("flushed: %s, want 0b: the flush was to stop", got)
	}
	if got := within("1+1"); got != "2" {
		t.Errorf("1+1: %s", got)
	}
}
