package zns

import (
	"crypto/md5"
	"crypto/sha1"
	"encoding/hex"
	"fmt"
	"math/rand/v2"
	"net"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"qgo/interp"
	"qgo/interp/k"
	"qgo/netipc"
)

// proc is a q process in the test process: a loop over a real
// interpreter, with a netipc Server as its network side, as main wires
// them.
type proc struct {
	name      string
	l         *Loop
	srv       *netipc.Server
	clock     *ManualClock
	out, errs *syncBuffer
	logs      *syncBuffer
	port      int
}

// newProc starts a process; with listen set it listens on a free
// loopback port. It stops when the test ends.
func newProc(t testing.TB, name string, listen bool, opts Options) *proc {
	t.Helper()
	return newProcNet(t, name, listen, opts, netipc.Options{})
}

// newProcNet is newProc with the netipc options nopts, over which main's
// (the decompressor, Room, the log) are set.
func newProcNet(t testing.TB, name string, listen bool, opts Options, nopts netipc.Options) *proc {
	t.Helper()
	p := &proc{name: name, out: &syncBuffer{}, errs: &syncBuffer{}, logs: &syncBuffer{}}
	q := interp.New(p.out)
	q.SetErr(p.out)
	if opts.Clock == nil {
		p.clock = NewManualClock(time.Date(2025, 6, 1, 12, 0, 0, 0, time.UTC))
		opts.Clock = p.clock
	}
	opts.Errors = p.errs
	p.l = New(q, opts)
	nopts.Decompress = k.Uncompress
	nopts.Room = func(n int) error { return k.Room(n, 1) }
	nopts.Logf = func(f string, a ...any) { fmt.Fprintf(p.logs, f+"\n", a...) }
	nopts.ResumeOnIdle = true // as main.go: the loop resumes them
	p.srv = netipc.New(p.l, nopts)
	p.l.SetNet(p.srv)
	q.SetHost(p.l)
	go p.l.Run()
	t.Cleanup(p.stop)
	if listen {
		p.eval(t, `\p 127.0.0.1:0W`)
		p.port = atoi(t, strings.TrimSuffix(p.eval(t, `\p`), "i"))
	}
	return p
}

// stop ends the process: its loop, then its connections.
func (p *proc) stop() {
	p.l.Stop()
	<-p.l.Done()
	p.srv.Close()
}

// eval evaluates a console line that must not fail.
func (p *proc) eval(t testing.TB, line string) string {
	t.Helper()
	got, err := p.l.Eval(line)
	if err != nil {
		t.Fatalf("%s: %s: %v", p.name, line, err)
	}
	return got
}

// fails evaluates a console line that must fail with the error msg.
func (p *proc) fails(t *testing.T, line, msg string) {
	t.Helper()
	_, err := p.l.Eval(line)
	if err == nil {
		t.Fatalf("%s: %s: no error, want '%s", p.name, line, msg)
	}
	if first, _, _ := strings.Cut(err.Error(), "\n"); first != "'"+msg {
		t.Fatalf("%s: %s: %v, want '%s", p.name, line, err, msg)
	}
}

// is checks that line shows want.
func (p *proc) is(t *testing.T, line, want string) {
	t.Helper()
	if got := p.eval(t, line); got != want {
		t.Errorf("%s: %s\n got: %s\nwant: %s", p.name, line, got, want)
	}
}

// until evaluates line until it shows want.
func (p *proc) until(t *testing.T, line, want string) {
	t.Helper()
	eventually(t, fmt.Sprintf("%s: %s = %s", p.name, line, want), func() bool {
		got, _ := p.l.Eval(line)
		return got == want
	})
}

// onLoop runs f on p's loop goroutine.
func (p *proc) onLoop(f func()) {
	done := make(chan struct{})
	p.l.calls <- func() { f(); close(done) }
	<-done
}

func atoi(t testing.TB, s string) int {
	t.Helper()
	n, err := strconv.Atoi(s)
	if err != nil {
		t.Fatalf("not a number: %q", s)
	}
	return n
}

// serveUnix makes srv serve a Unix domain socket as kdb+ names one for a
// port (kx.port in dir, abstract on Linux), at a port no other socket
// has, and returns the port for hopen `:unix://port.
func serveUnix(t *testing.T, srv *proc, dir string) int {
	t.Helper()
	for try := 0; try < 50; try++ {
		port := 20000 + rand.IntN(40000)
		path := fmt.Sprintf("%s/kx.%d", dir, port)
		if runtime.GOOS == "linux" {
			path = "@" + path
		}
		ln, err := net.Listen("unix", path)
		if err != nil {
			continue
		}
		if err := srv.srv.Serve(ln); err != nil {
			t.Fatal(err)
		}
		return port
	}
	t.Fatal("no free Unix socket name")
	return 0
}

// pair starts a server and a client with h, a handle to the server.
func pair(t *testing.T) (srv, cli *proc) {
	srv = newProc(t, "server", true, Options{})
	cli = newProc(t, "client", false, Options{})
	cli.eval(t, fmt.Sprintf("port:%d;h:hopen port", srv.port))
	return srv, cli
}

func TestIPCMessages(t *testing.T) {
	srv, cli := pair(t)
	cli.is(t, `h"2+2"`, "4")
	cli.is(t, "h(+;2;2)", "4")
	cli.eval(t, `h"f:{2+x}"`)
	cli.eval(t, "f:{4+x}")
	cli.is(t, "h(`f;2)", "4")
	cli.is(t, "h(f;2)", "6")
	cli.is(t, "v:10;h(`f;v)", "12")
	cli.is(t, "h({x+y};2;3)", "5")
	cli.is(t, `h"([]a:1 2;b:`+"`x`y)\"", "a b\n---\n1 x\n2 y")
	// errors come back and are signalled here
	cli.fails(t, "h\"1+`a\"", "type")
	cli.fails(t, `h"nosuch"`, "nosuch")
	cli.fails(t, "h(`.z.pw)", ".z.pw")
	// async, then a sync chase
	cli.eval(t, `neg[h]"a:10"`)
	cli.eval(t, `(neg h)"b:20"`)
	cli.is(t, `h"a+b"`, "30")
	// the server's view of us
	cli.is(t, `h".z.u"`, "`"+hostUser(t, cli))
	cli.is(t, `"i"$0x0 vs h".z.a"`, "127 0 0 1i")
	sh := cli.eval(t, `h".z.w"`)
	srv.is(t, "key .z.W", ","+sh)
	srv.is(t, ".z.H", "`s#,"+sh)
	ch := cli.eval(t, "h")
	cli.is(t, ".z.H~key .z.W", "1b")
	cli.is(t, "key .z.W", ","+ch)
	cli.until(t, ".z.W h", "0")
	// .z.u on the client side of a connection is the null symbol
	cli.is(t, `h({.z.w".z.u"};::)`, "`")
	// hclose: the handle is gone
	cli.eval(t, "hclose h")
	cli.fails(t, `h"1+1"`, "Cannot write to handle "+strings.TrimSuffix(ch, "i")+". OS reports: Bad file descriptor")
	cli.is(t, "key .z.W", "`int$()")
	// a one-shot request
	cli.is(t, "`$\"::\",string port", "`::"+strconv.Itoa(srv.port))
	cli.is(t, "(`$\"::\",string port)\"3+4\"", "7")
	cli.is(t, "`::[(`$\"::\",string port;1000);\"3+5\"]", "8")
	cli.is(t, "key .z.W", "`int$()")
}

// hostUser is the user name a process logs in as by default.
func hostUser(t *testing.T, p *proc) string {
	return strings.TrimPrefix(p.eval(t, ".z.u"), "`")
}

func TestIPCHopenForms(t *testing.T) {
	srv := newProc(t, "server", true, Options{})
	cli := newProc(t, "client", false, Options{})
	srv.eval(t, `.z.pw:{[u;p] users,:u; pws,:enlist p; 1b}`)
	srv.eval(t, `users:0#`+"`"+`;pws:()`)
	port := strconv.Itoa(srv.port)
	for _, form := range []string{
		port,
		"`::" + port,
		"`:localhost:" + port,
		"`:127.0.0.1:" + port,
		"`::" + port + ":mary",
		"`::" + port + ":mary:pwd",
		"`::" + port + ":mary:p:w:d",
		`":` + `:` + port + `:ann:x"`,
		"(`::" + port + ";1000)",
		`(":127.0.0.1:` + port + `";1000)`,
	} {
		got := cli.eval(t, "h:hopen "+form+";h")
		if !strings.HasSuffix(got, "i") {
			t.Errorf("hopen %s = %s", form, got)
		}
		cli.is(t, `h"1+1"`, "2")
		cli.eval(t, "hclose h")
	}
	u := "`" + hostUser(t, cli)
	srv.is(t, "users", u+u+u+u+"`mary`mary`mary`ann"+u+u)
	srv.is(t, ".Q.s1 pws", `"(\"\";\"\";\"\";\"\";\"\";\"pwd\";\"p:w:d\";,\"x\";\"\";\"\")"`)
	// errors
	cli.fails(t, "hopen 1", "hop. OS reports: Connection refused")
	srv.eval(t, ".z.pw:{[u;p] 0b}")
	cli.fails(t, "hopen "+port, "access")
	// a connection to this process's own port is handle 0
	srv.is(t, "h:hopen "+port+";h", "0i")
	srv.is(t, `h"1+1"`, "2")
}

func TestIPCTimeout(t *testing.T) {
	// A listener that never answers the handshake.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			defer c.Close()
		}
	}()
	cli := newProc(t, "client", false, Options{})
	port := ln.Addr().(*net.TCPAddr).Port
	cli.fails(t, fmt.Sprintf("hopen(`::%d;100)", port), "timeout")
	// Ctrl-C ends a hopen that waits.
	done := make(chan error, 1)
	go func() {
		_, err := cli.l.Eval(fmt.Sprintf("hopen `::%d", port))
		done <- err
	}()
	for {
		cli.l.Interrupt()
		select {
		case err := <-done:
			if err == nil || !strings.HasPrefix(err.Error(), "'stop") {
				t.Fatalf("interrupted hopen: %v", err)
			}
			return
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// The course: .z.pw with .perm.users, and \x .z.pw.
func TestIPCCoursePw(t *testing.T) {
	_, cli := pair(t)
	cli.fails(t, `h".z.pw"`, ".z.pw")
	cli.eval(t, `h".perm.users:([user:`+"`mary`john`ann"+` ] password:(\"pwd\";\"pwd\";\"pwd\"))"`)
	cli.is(t, `h".perm.users"`, "user| password\n----| --------\nmary| \"pwd\"   \njohn| \"pwd\"   \nann | \"pwd\"   ")
	cli.eval(t, "maryHandle:hopen `::"+portOf(t, cli)+":mary")
	cli.eval(t, `h".z.pw:{[user;pswd] $[pswd~.perm.users[user][`+"`password]; 1b; 0b]}\"")
	cli.fails(t, "maryHandle:hopen `::"+portOf(t, cli)+":mary", "access")
	cli.eval(t, "maryHandle:hopen `::"+portOf(t, cli)+":mary:pwd")
	cli.fails(t, "maryHandle:hopen `::"+portOf(t, cli)+":mary:pwd2", "access")
	cli.eval(t, `maryHandle"\\x .z.pw"`)
	cli.eval(t, "maryHandle:hopen `::"+portOf(t, cli)+":mary:pwd2")
	cli.is(t, `maryHandle".z.u"`, "`mary")
}

// portOf is the server port the client keeps in its variable port.
func portOf(t *testing.T, cli *proc) string { return cli.eval(t, "port") }

// The course: .z.po filling .ipc.handles and .ipc.connections (asking
// the client for its ID through .z.w), and .z.pc updating and deleting
// rows.
func TestIPCCoursePoPc(t *testing.T) {
	srv, cli := pair(t)
	cli.eval(t, `h".ipc.handles:()"`)
	cli.eval(t, `h".z.po:{.ipc.handles,:x}"`)
	cli.is(t, `h".ipc.handles"`, "")
	cli.eval(t, "h:hopen port")
	srv.until(t, "count .ipc.handles", "1")
	cli.is(t, `(h".ipc.handles")~enlist h".z.w"`, "1b")
	cli.eval(t, "ID:`ClientA")
	cli.eval(t, `h".ipc.connections: ([handle:()];time: ();user:();id:();state:())"`)
	cli.eval(t, `h".z.po:{ `+"`.ipc.connections insert (x;.z.p;.z.u;.z.w `ID;`open)}\"")
	cli.is(t, `count h".ipc.connections"`, "0")
	for i := 1; i <= 3; i++ {
		cli.eval(t, "h:hopen port")
		// The server's .z.po asks us for ID: we answer it while idle.
		srv.until(t, "count .ipc.connections", strconv.Itoa(i))
	}
	u := hostUser(t, cli)
	cli.is(t, `exec distinct id from h".ipc.connections"`, ",`ClientA")
	cli.is(t, `exec distinct user from h".ipc.connections"`, ",`"+u)
	cli.fails(t, `h".z.pc"`, ".z.pc")
	cli.eval(t, `h".z.pc:{`+"`.ipc.connections upsert `handle`time`state!(x;.z.p;`close)}\"")
	cli.eval(t, "h2:last (key .z.W) except h")
	cli.eval(t, "hclose h2")
	srv.until(t, "exec state from .ipc.connections", "`open`close`open")
	cli.eval(t, `h".z.pc:{delete from `+"`.ipc.connections where handle = x}\"")
	cli.eval(t, "h2:last (key .z.W) except h")
	cli.eval(t, "hclose h2")
	// h2 was the oldest of the three: one row less
	srv.until(t, "exec state from .ipc.connections", "`close`open")
}

// The course: .z.pg permission classes, \x .z.pg, .z.ps results not
// sent back, .z.ps:{} as a firewall.
func TestIPCCoursePgPs(t *testing.T) {
	srv, cli := pair(t)
	cli.fails(t, `h".z.pg"`, ".z.pg")
	cli.eval(t, `h".perm.users:([user:`+"`mary`john`ann ] class:`basicUser`superUser`basicUser; password:(\\\"pwd\\\";\\\"pwd\\\";\\\"pwd\\\"))\"")
	cli.eval(t, "johnHandle:hopen `::"+portOf(t, cli)+":john:pwd")
	cli.eval(t, "maryHandle:hopen `::"+portOf(t, cli)+":mary:pwd")
	cli.is(t, `johnHandle"2+2"`, "4")
	cli.is(t, `maryHandle"2+2"`, "4")
	cli.eval(t, `h".z.pg:{[query]class:.perm.users[.z.u][`+"`class]; $[class~`superUser;value query;\\\"No Permissions\\\"]}\"")
	cli.is(t, `johnHandle"2+2"`, "4")
	cli.is(t, `maryHandle"2+2"`, `"No Permissions"`)
	cli.is(t, `h"2+2"`, `"No Permissions"`)
	cli.eval(t, `johnHandle"\\x .z.pg"`)
	cli.is(t, `h"2+2"`, "4")
	cli.is(t, `maryHandle"2+2"`, "4")

	// (Defined through h, .z.pg would swallow the definition of .z.ps
	// that follows it, and .z.ps the async \x that revert them.)
	srv.eval(t, "n:0")
	srv.eval(t, `.z.pg:{"New synchronous message: ",.Q.s1 x}`)
	srv.eval(t, ".z.ps:{`n set n+1;\"New asynchronous message: \",.Q.s1 x}")
	cli.is(t, `h"2+2"`, `"New synchronous message: \"2+2\""`)
	cli.is(t, `(neg h)"2+2"`, "")
	srv.until(t, "n", "1")
	srv.eval(t, `\x .z.pg`)
	srv.eval(t, `\x .z.ps`)
	cli.is(t, `h"2+2"`, "4")
	cli.is(t, `(neg h)"n+:1"`, "")
	cli.is(t, `h"n"`, "2")

	// the firewall: async messages do nothing
	srv.eval(t, ".z.ps:{}")
	cli.eval(t, `neg[h]"fw:1"`)
	cli.is(t, `h"`+"`fw in key `.\"", "0b")
	srv.eval(t, `\x .z.ps`)
	cli.eval(t, `neg[h]"fw:42"`)
	cli.is(t, `h"fw"`, "42")
}

// The course: flush and the sync chase.
func TestIPCFlushChase(t *testing.T) {
	srv, cli := pair(t)
	cli.eval(t, `h"n:0"`)
	cli.is(t, `do[10000;neg[h]"n+:1"];neg[h][];neg[h](::);h"n"`, "10000")
	srv.is(t, "n", "10000")
	cli.eval(t, `do[100;neg[h]({n+:x};2)];neg[h][]`)
	cli.is(t, `h""`, "")
	srv.is(t, "n", "10200")
}

// The course: the echo/proc callback, and a server's asyncs to .z.w
// during a client's sync call, run on the client in order, before the
// response.
func TestIPCCallbacks(t *testing.T) {
	srv, cli := pair(t)
	srv.eval(t, "echo:{0N!x;}")
	srv.eval(t, "proc:{echo x; h:.z.w; (neg h) (y; 43)}")
	cli.eval(t, "echo:{0N!x;}")
	cli.eval(t, "(neg h) (`proc; 42; `echo)")
	eventually(t, "the server's echo", func() bool { return srv.out.String() == "42\n" })
	eventually(t, "the callback's echo", func() bool { return cli.out.String() == "43\n" })

	srv.eval(t, `f:{neg[.z.w]"r,:1"; neg[.z.w]"r,:2"; neg[.z.w]({r,:x};3); 4}`)
	cli.is(t, `r:();x:h"f[]";(x;r)`, "4\n1 2 3")
	// a sync request back to the client during its own sync call
	srv.eval(t, `g:{.z.w"r,:10";.z.w"r"}`)
	cli.is(t, `r:();x:h"g[]";(x;r)`, "10\n10")
	// the deferred-sync idiom: the server answers with an async message
	srv.eval(t, "sumup:{neg[.z.w] sum x}")
	cli.is(t, "neg[h](`sumup;1 2 3); res:h[]; res", "6")
}

// .z.pc fires exactly once on the server however the client goes, and
// on the client when its server dies; the client reconnects from .z.ts
// (the notes' .z.pc plus .z.ts idiom).
func TestIPCCloseAndReconnect(t *testing.T) {
	srv := newProc(t, "server", true, Options{})
	srv.eval(t, "closed:`int$();.z.pc:{closed,:x}")
	port := srv.port
	cli := newProc(t, "client", false, Options{})
	cli.eval(t, fmt.Sprintf("port:%d", port))

	// hclose on the client
	h := cli.eval(t, "h:hopen port;h\".z.w\"")
	cli.eval(t, "hclose h")
	srv.until(t, "closed", ","+h)
	// the client process going away
	other := newProc(t, "other", false, Options{})
	h2 := other.eval(t, fmt.Sprintf(`h:hopen %d;h".z.w"`, port))
	other.stop()
	srv.until(t, "closed", strings.TrimSuffix(h, "i")+" "+h2)
	// a raw connection dropped without a word
	c, err := net.Dial("tcp", fmt.Sprintf("127.0.0.1:%d", port))
	if err != nil {
		t.Fatal(err)
	}
	c.Write([]byte("raw:pw\x03\x00"))
	var b [1]byte
	if _, err := c.Read(b[:]); err != nil {
		t.Fatal(err)
	}
	c.Close()
	srv.until(t, "count closed", "3")
	// hclose on the server does not fire .z.pc there
	h3 := cli.eval(t, "h:hopen port;h\".z.w\"")
	srv.eval(t, "hclose "+h3)
	time.Sleep(50 * time.Millisecond)
	srv.is(t, "count closed", "3")
	cli.fails(t, `h"1+1"`, "Cannot write to handle "+strings.TrimSuffix(cli.eval(t, "h"), "i")+". OS reports: Bad file descriptor")

	// The client's .z.pc fires when its server dies, and .z.ts reconnects.
	cli.eval(t, "h:hopen port")
	cli.eval(t, `.z.pc:{h::0; value "\\t 3000"}`)
	cli.eval(t, `.z.ts:{h::hopen port; if[h>0; value "\\t 0"]}`)
	srv.stop()
	cli.until(t, "h", "0")
	cli.is(t, `\t`, "3000i")
	cli.clock.Advance(3 * time.Second)
	eventually(t, "the failed reconnection", func() bool {
		return strings.Contains(cli.errs.String(), "'hop. OS reports: Connection refused")
	})
	// the server comes back on the same port
	srv2 := newProc(t, "server2", false, Options{})
	srv2.eval(t, fmt.Sprintf(`\p 127.0.0.1:%d`, port))
	cli.clock.Advance(3 * time.Second)
	cli.until(t, `\t`, "0i")
	cli.is(t, `h"1+1"`, "2")
}

// -30!: a deferred response, an error response, and the errors of -30!.
func TestIPCDeferred(t *testing.T) {
	srv, cli := pair(t)
	srv.eval(t, ".z.pg:{d::.z.w; -30!(::); `ignored}")
	reply := func() chan string {
		ch := make(chan string, 1)
		go func() {
			v, err := cli.l.Eval(`h"question"`)
			if err != nil {
				v = err.Error()
			}
			ch <- v
		}()
		return ch
	}
	r := reply()
	srv.until(t, "`d in key `.", "1b")
	srv.eval(t, "-30!(d;0b;42)")
	if got := <-r; got != "42" {
		t.Errorf("deferred response: %s", got)
	}
	r = reply()
	eventually(t, "the second request", func() bool { return len(srv.l.pendingN()) == 1 })
	srv.eval(t, `-30!(d;1b;"oops")`)
	if got := <-r; !strings.HasPrefix(got, "'oops") {
		t.Errorf("deferred error: %s", got)
	}
	d := strings.TrimSuffix(srv.eval(t, "d"), "i")
	srv.fails(t, "-30!(d;0b;1)", "Handle "+d+" was not expecting a response msg")
	srv.fails(t, "-30!(999i;0b;1)", "domain")
	// answered inside .z.pg itself
	srv.eval(t, ".z.pg:{-30!(::); -30!(.z.w;0b;x,x); `ignored}")
	cli.is(t, `h"ab"`, `"abab"`)
}

// pendingN lists the handles with deferred requests outstanding; for
// tests, on the loop goroutine.
func (l *Loop) pendingN() []int {
	out := make(chan []int, 1)
	l.calls <- func() {
		var hs []int
		for h, n := range l.pending {
			if n > 0 {
				hs = append(hs, h)
			}
		}
		out <- hs
	}
	return <-out
}

// -u/-U password files: plain, MD5 and SHA-1 passwords, checked before
// .z.pw. A hash logs in only the password it is the hash of, never itself.
func TestIPCPasswordFile(t *testing.T) {
	sum := md5.Sum([]byte("secret"))
	sum1 := sha1.Sum([]byte("hidden"))
	md, sh := hex.EncodeToString(sum[:]), hex.EncodeToString(sum1[:])
	file := filepath.Join(t.TempDir(), "users")
	if err := os.WriteFile(file, []byte("mary:pwd\njohn:"+md+"\nanne:"+sh+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	srv := newProc(t, "server", true, Options{Passwords: file})
	cli := newProc(t, "client", false, Options{})
	p := strconv.Itoa(srv.port)
	cli.is(t, "h:hopen `::"+p+":mary:pwd;h\".z.u\"", "`mary")
	cli.is(t, "h:hopen `::"+p+":john:secret;h\".z.u\"", "`john")
	cli.is(t, "h:hopen `::"+p+":anne:hidden;h\".z.u\"", "`anne")
	cli.fails(t, "hopen `::"+p+":john:"+md, "access") // pass-the-hash
	cli.fails(t, "hopen `::"+p+":anne:"+sh, "access")
	cli.fails(t, "hopen `::"+p+":anne:secret", "access")
	cli.fails(t, "hopen `::"+p+":mary:bad", "access")
	cli.fails(t, "hopen `::"+p+":nobody:pwd", "access")
	cli.fails(t, "hopen "+p, "access")
	srv.eval(t, ".z.pw:{[u;p] u=`mary}")
	cli.fails(t, "hopen `::"+p+":john:secret", "access")
	cli.eval(t, "hopen `::"+p+":mary:pwd")
}

// Messages on handle 0 go through .z.ps.
func TestIPCHandle0(t *testing.T) {
	p := newProc(t, "p", false, Options{})
	p.is(t, `0 "2+2"`, "4")
	p.is(t, "0 (+;2;2)", "4")
	p.eval(t, ".z.ps:{[x]0N!(`zps;x);value x}")
	p.eval(t, ".z.pg:{[x]0N!(`zpg;x);value x}")
	p.is(t, `0 "2+2"`, "4")
	if got := p.out.String(); got != "(`zps;\"2+2\")\n" {
		t.Errorf("0 \"2+2\" printed %q", got)
	}
}

// A client that stops reading, or never finishes logging in, stalls
// neither the server's console nor its other clients.
func TestIPCSlowClient(t *testing.T) {
	srv, cli := pair(t)
	// The client's own connection is opened before .z.po is set: its
	// Open reaches the loop after hopen returns, so wait for a reply.
	cli.is(t, `h"1+1"`, "2")
	srv.eval(t, "u:()!();.z.po:{u[x]:.z.u}")
	c, err := net.Dial("tcp", fmt.Sprintf("127.0.0.1:%d", srv.port))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	c.Write([]byte("slow:x\x03\x00"))
	var b [1]byte
	if _, err := c.Read(b[:]); err != nil {
		t.Fatal(err)
	}
	half, err := net.Dial("tcp", fmt.Sprintf("127.0.0.1:%d", srv.port))
	if err != nil {
		t.Fatal(err)
	}
	defer half.Close()
	half.Write([]byte("half")) // and never the rest of the handshake
	srv.until(t, "count u", "1")
	srv.eval(t, "slow:u?`slow")
	srv.eval(t, "do[64;neg[slow](til 100000)]")
	if q := atoi(t, srv.eval(t, ".z.W slow")); q < 1<<20 {
		t.Errorf("only %d bytes queued for a client that does not read", q)
	}
	cli.is(t, `h"1+1"`, "2")
	srv.is(t, "2+2", "4")
}

// Each connection's messages are served in the order they were sent,
// whatever the other connections send meanwhile.
func TestIPCOrder(t *testing.T) {
	srv := newProc(t, "server", true, Options{})
	srv.eval(t, "got:`c0`c1`c2!3#enlist`long$();upd:{[c;i] got[c],:i;}")
	var wg sync.WaitGroup
	clients := make([]*proc, 3)
	for i := range clients {
		clients[i] = newProc(t, fmt.Sprintf("client%d", i), false, Options{})
		clients[i].eval(t, fmt.Sprintf("h:hopen %d", srv.port))
	}
	for i, c := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.l.Eval(fmt.Sprintf(`{neg[h](`+"`upd;`c%d;x)}each til 2000;h\"\"", i))
		}()
	}
	wg.Wait()
	srv.is(t, "all {x~til 2000} each value got", "1b")
}

// Messages over 2000 bytes to another host are compressed; the receiver
// expands them.
func TestIPCCompression(t *testing.T) {
	srv, cli := pair(t)
	sh := atoi(t, strings.TrimSuffix(cli.eval(t, `h".z.w"`), "i"))
	ch := atoi(t, strings.TrimSuffix(cli.eval(t, "h"), "i"))
	srv.onLoop(func() { srv.l.remote[sh] = true })
	cli.onLoop(func() { cli.l.remote[ch] = true })
	cli.is(t, `(h"til 1000")~til 1000`, "1b")
	cli.is(t, `h({count x};til 1000)`, "1000")
	var small, big []byte
	srv.onLoop(func() {
		small = srv.l.compress(sh, make([]byte, 2000))
		big = srv.l.compress(sh, append([]byte{1, 2, 0, 0, 0, 0, 0, 0}, make([]byte, 4000)...))
	})
	if len(small) != 2000 || big[2] != 1 || len(big) >= 2004 {
		t.Errorf("compress: %d bytes stay %d; 4008 become %d (flag %d)", 2000, len(small), len(big), big[2])
	}
}

// \p: ephemeral ports, ranges, \p 0, and the end of input while
// listening.
func TestIPCListen(t *testing.T) {
	p := newProc(t, "p", false, Options{})
	p.is(t, `\p`, "0i")
	p.eval(t, `\p 127.0.0.1:0W`)
	port := atoi(t, strings.TrimSuffix(p.eval(t, `\p`), "i"))
	if port < 1024 {
		t.Errorf(`\p 0W listened on %d`, port)
	}
	c, err := net.Dial("tcp", fmt.Sprintf("127.0.0.1:%d", port))
	if err != nil {
		t.Fatalf("nothing listens on %d: %v", port, err)
	}
	c.Close()
	p.eval(t, fmt.Sprintf(`\p 127.0.0.1:%d/%d`, port, port))
	p.is(t, `\p`, strconv.Itoa(port)+"i")
	p.eval(t, `\p 0`)
	p.is(t, `\p`, "0i")
	if c, err := net.Dial("tcp", fmt.Sprintf("127.0.0.1:%d", port)); err == nil {
		c.Close()
		t.Errorf(`\p 0 still listens`)
	}
	p.fails(t, `\p nosuchservice`, "nosuchservice")
	// a busy port
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	busy := ln.Addr().(*net.TCPAddr).Port
	p.fails(t, fmt.Sprintf(`\p 127.0.0.1:%d`, busy), fmt.Sprintf("127.0.0.1:%d: Address already in use", busy))
}

// hopen `:unix://PORT connects where kdb+ listens beside TCP port PORT:
// the Unix domain socket kx.PORT in /tmp or $QUDSPATH, in the abstract
// namespace on Linux (docs/basics/listening-port.md).
func TestIPCHopenUnix(t *testing.T) {
	for _, udsDir := range []string{"", t.TempDir()} {
		t.Setenv("QUDSPATH", udsDir)
		dir := udsDir
		if dir == "" {
			dir = "/tmp"
		}
		srv := newProc(t, "server", false, Options{})
		cli := newProc(t, "client", false, Options{})
		port := serveUnix(t, srv, dir)
		cli.eval(t, fmt.Sprintf("h:hopen `:unix://%d", port))
		cli.is(t, `h"1+1"`, "2")
		cli.eval(t, fmt.Sprintf(`h:hopen ":unix://%d:mary:pw"`, port))
		cli.is(t, `h".z.u"`, "`mary")
	}
}

// A handle stays open for q code until its .z.pc has run: what q code
// sends on it after the peer went, but before the loop served the close,
// is lost without an error, as a publisher looping over subscribers needs.
func TestSendBeforePc(t *testing.T) {
	srv := newProc(t, "server", true, Options{})
	cli := newProc(t, "client", false, Options{})
	srv.eval(t, `.z.po:{c::x}`)
	srv.eval(t, `pc:()`)
	srv.eval(t, `.z.pc:{pc,:x}`)
	cli.eval(t, fmt.Sprintf("h:hopen %d", srv.port))
	srv.until(t, "0<c", "1b")
	mark := filepath.Join(t.TempDir(), "running")
	go func() { // once the line runs, not on a timer: a loaded machine may start it late
		for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
			if _, err := os.Stat(mark); err == nil {
				break
			}
		}
		cli.stop()
	}()
	// the peer goes while this line runs
	srv.is(t, `{hsym[`+"`"+`$"`+mark+`"] 0: enlist"x";system"sleep 0.6";neg[c]"1";neg[c]"2";c in key .z.W}[]`, "1b")
	srv.until(t, "pc~enlist c", "1b")
	srv.fails(t, `neg[c]"3"`, "Cannot write to handle "+strings.TrimSuffix(srv.eval(t, "c"), "i")+". OS reports: Bad file descriptor")
}
