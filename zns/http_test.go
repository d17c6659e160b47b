package zns

import (
	"compress/gzip"
	"context"
	"encoding/base64"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"qgo/interp"
	"qgo/interp/k"
	"qgo/netipc"
)

// newWebProc starts a process as newProc does, with a Web as its HTTP
// and WebSocket side, listening on a free loopback port, as main wires
// them. It stops when the test ends.
func newWebProc(t *testing.T, name string, opts Options) (*proc, *netipc.Web) {
	t.Helper()
	p := &proc{name: name, out: &syncBuffer{}, errs: &syncBuffer{}, logs: &syncBuffer{}}
	q := interp.New(p.out)
	q.SetErr(p.out)
	p.clock = NewManualClock(time.Date(2025, 6, 1, 12, 0, 0, 0, time.UTC))
	opts.Clock = p.clock
	opts.Errors = p.errs
	p.l = New(q, opts)
	logf := func(f string, a ...any) { fmt.Fprintf(p.logs, f+"\n", a...) }
	web := netipc.NewWeb(p.l, netipc.WebOptions{Logf: logf, CloseTimeout: time.Second})
	p.srv = netipc.New(p.l, netipc.Options{Decompress: k.Uncompress, HTTP: web.Serve, Logf: logf, ResumeOnIdle: true})
	p.l.SetNet(WithWeb(p.srv, web))
	q.SetHost(p.l)
	go p.l.Run()
	t.Cleanup(func() {
		p.stop()
		web.Close()
	})
	p.eval(t, `\p 127.0.0.1:0W`)
	p.port = atoi(t, strings.TrimSuffix(p.eval(t, `\p`), "i"))
	return p, web
}

// evals evaluates lines that must not fail.
func (p *proc) evals(t *testing.T, lines ...string) {
	t.Helper()
	for _, l := range lines {
		p.eval(t, l)
	}
}

// httpGet gets path from p and returns the status, the Content-Type and
// the body.
func httpGet(t *testing.T, p *proc, path string, header ...string) (int, string, string) {
	t.Helper()
	req, err := http.NewRequest("GET", fmt.Sprintf("http://127.0.0.1:%d%s", p.port, path), nil)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	return do(t, req)
}

// do sends req and returns the status, the Content-Type and the body.
func do(t *testing.T, req *http.Request) (int, string, string) {
	t.Helper()
	c := &http.Client{Timeout: 10 * time.Second}
	resp, err := c.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", req.Method, req.URL, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, resp.Header.Get("Content-Type"), string(b)
}

// The default .z.ph over real HTTP: the session browser, queries,
// data formats, files, errors.
func TestHTTPDefaultPage(t *testing.T) {
	p, _ := newWebProc(t, "server", Options{})
	p.eval(t, "t:([]a:1 2 3;b:`x`y`z)")
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "hello.html"), []byte("<p>hello</p>"), 0o644)
	p.eval(t, fmt.Sprintf(".h.HOME:%q", dir))

	tests := []struct {
		path, ctype string
		status      int
		has         []string
	}{
		{"/", "text/html", 200, []string{"<frameset", `<frame src=?>`, `<frame name=v src="?t">`}},
		{"/?", "text/html", 200, []string{`<a target=v href="?t">t</a>`}},
		{"/?til%2010", "text/html", 200, []string{"<pre>0 1 2 3 4 5 6 7 8 9\n</pre>"}},
		{"/?t", "text/html", 200, []string{"a b\n---\n1 x\n2 y\n3 z\n"}},
		{"/t.csv?select%20from%20t%20where%20a%3E1", "text/comma-separated-values", 200, []string{"a,b\n2,y\n3,z\n"}},
		{"/t.txt?t", "text/plain", 200, []string{"a\tb\n1\tx"}},
		{"/t.json?t", "application/json", 200, []string{`{"a":1,"b":"x"}`}},
		{"/hello.html", "text/html", 200, []string{"<p>hello</p>"}},
		{"/nothere.html", "text/plain", 404, []string{"nothere.html: not found"}},
		{"/?1+`a", "text/plain", 400, []string{"'type"}},
	}
	for _, tc := range tests {
		status, ctype, body := httpGet(t, p, tc.path)
		if status != tc.status || ctype != tc.ctype {
			t.Errorf("%s: %d %s, want %d %s\n%s", tc.path, status, ctype, tc.status, tc.ctype, body)
		}
		for _, s := range tc.has {
			if !strings.Contains(body, s) {
				t.Errorf("%s: body has no %q:\n%s", tc.path, s, body)
			}
		}
	}
	// a long result is compressed for a client that accepts gzip
	req, _ := http.NewRequest("GET", fmt.Sprintf("http://127.0.0.1:%d/t.csv?([]a:til%%201000)", p.port), nil)
	req.Header.Set("Accept-Encoding", "gzip") // set by hand: net/http leaves the body compressed
	resp, err := (&http.Client{Timeout: 10 * time.Second}).Do(req)
	if err != nil {
		t.Fatal(err)
	}
	zr, err := gzip.NewReader(resp.Body)
	if err != nil || resp.Header.Get("Content-Encoding") != "gzip" {
		t.Fatalf("not gzip'd: %v %v", resp.Header, err)
	}
	b, _ := io.ReadAll(zr)
	resp.Body.Close()
	if !strings.HasPrefix(string(b), "a\n0\n1\n") || !strings.HasSuffix(string(b), "\n999\n") {
		t.Errorf("gunzipped: %q", b)
	}
}

// .z.pp and .z.pm get the request text and the header dictionary; the
// course's wrapper of .z.ph works; .z.w .z.u .z.a describe the client.
func TestHTTPHandlers(t *testing.T) {
	p, _ := newWebProc(t, "server", Options{})
	p.eval(t, `.z.pp:{P::x;.h.hy[`+"`txt"+`]"posted ",x 0}`)
	p.eval(t, `.z.pm:{M::x;.h.hy[`+"`txt"+`]string first x}`)
	req, _ := http.NewRequest("POST", fmt.Sprintf("http://127.0.0.1:%d/upd", p.port), strings.NewReader("1+1"))
	req.Header.Set("X-Custom", "yes")
	if status, _, body := do(t, req); status != 200 || body != "posted upd 1+1" {
		t.Errorf("POST: %d %q", status, body)
	}
	p.is(t, "P 0", `"upd 1+1"`)
	p.is(t, "P[1]`$\"X-Custom\"", `"yes"`)
	p.is(t, "P[1]`Host", fmt.Sprintf(`"127.0.0.1:%d"`, p.port))
	for _, m := range []string{"PUT", "DELETE", "OPTIONS", "PATCH"} {
		req, _ := http.NewRequest(m, fmt.Sprintf("http://127.0.0.1:%d/x", p.port), strings.NewReader("b"))
		if status, _, body := do(t, req); status != 200 || body != m {
			t.Errorf("%s: %d %q", m, status, body)
		}
		p.is(t, "M 0", "`"+m)
		p.is(t, "M 1", `"x b"`)
	}
	p.eval(t, `\x .z.pp`)
	req, _ = http.NewRequest("POST", fmt.Sprintf("http://127.0.0.1:%d/", p.port), strings.NewReader(""))
	if status, _, body := do(t, req); status != 400 || body != "'.z.pp" {
		t.Errorf("no .z.pp: %d %q", status, body)
	}

	p.evals(t, "L:()", "log_query:{L,:enlist(first x;.z.w>0;.z.u;.z.a)}", ".orig.zph:.z.ph", ".z.ph:{log_query x; .orig.zph x}")
	if status, _, body := httpGet(t, p, "/?2+3"); status != 200 || !strings.Contains(body, "<pre>5\n") {
		t.Errorf("wrapped: %d %q", status, body)
	}
	p.is(t, "count L", "1")
	p.is(t, "L[0;0]", `"?2+3"`)
	p.is(t, "L[0;1]", "1b")
	p.is(t, `"i"$0x0 vs L[0;3]`, "127 0 0 1i")
	// a handler that fails, or returns no string
	p.eval(t, ".z.ph:{'oops}")
	if status, _, body := httpGet(t, p, "/"); status != 400 || body != "'oops" {
		t.Errorf("failing .z.ph: %d %q", status, body)
	}
	p.eval(t, ".z.ph:{42}")
	if status, _, _ := httpGet(t, p, "/"); status != 400 {
		t.Errorf(".z.ph returning 42: %d", status)
	}
}

// Basic auth against a -u/-U password file and .z.pw, and .z.ac: no
// query runs for a request that is not let in.
func TestHTTPAuth(t *testing.T) {
	pw := filepath.Join(t.TempDir(), "users")
	os.WriteFile(pw, []byte("ann:secret\nbob:other\n"), 0o600)
	p, _ := newWebProc(t, "server", Options{Passwords: pw})
	p.evals(t, "n:0", ".orig.zph:.z.ph", ".z.ph:{n+:1;.orig.zph x}")
	url := fmt.Sprintf("http://127.0.0.1:%d/?.z.u", p.port)
	get := func(user, password string) (int, string, string) {
		req, _ := http.NewRequest("GET", url, nil)
		if user != "" {
			req.SetBasicAuth(user, password)
		}
		c := &http.Client{Timeout: 10 * time.Second}
		resp, err := c.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, resp.Header.Get("WWW-Authenticate"), string(b)
	}
	if status, challenge, _ := get("", ""); status != 401 || !strings.HasPrefix(challenge, "Basic ") {
		t.Errorf("no credentials: %d %q", status, challenge)
	}
	if status, _, _ := get("ann", "wrong"); status != 401 {
		t.Errorf("wrong password: %d", status)
	}
	p.is(t, "n", "0")
	if status, _, body := get("ann", "secret"); status != 200 || !strings.Contains(body, "<pre>`ann\n") {
		t.Errorf("ann: %d %q", status, body)
	}
	p.is(t, "n", "1")
	// .z.pw after the file
	p.eval(t, `.z.pw:{[u;p]not u=`+"`bob}")
	if status, _, _ := get("bob", "other"); status != 401 {
		t.Errorf("bob refused by .z.pw: %d", status)
	}
	p.is(t, "n", "1")

	// .z.ac decides instead: by a header, with a custom refusal, or
	// falling back to basic auth
	p.eval(t, `.z.ac:{h:x 1;$[not(`+"`$\"X-Token\")in key h;(4;\"\");\"good\"~h`$\"X-Token\";(1;\"tokuser\");\"custom\"~h`$\"X-Token\";(2;\"HTTP/1.1 403 Forbidden\\r\\nContent-Length: 2\\r\\n\\r\\nno\");(0;\"\")]}")
	status, _, body := httpGet(t, p, "/?.z.u", "X-Token", "good")
	if status != 200 || !strings.Contains(body, "`tokuser") {
		t.Errorf("token: %d %q", status, body)
	}
	if status, _, body := httpGet(t, p, "/?.z.u", "X-Token", "custom"); status != 403 || body != "no" {
		t.Errorf("custom refusal: %d %q", status, body)
	}
	if status, _, _ := httpGet(t, p, "/?.z.u", "X-Token", "bad"); status != 401 {
		t.Errorf("bad token: %d", status)
	}
	if status, _, body := get("ann", "secret"); status != 200 || !strings.Contains(body, "`ann") {
		t.Errorf("fallback to basic: %d %q", status, body)
	}
	if status, _, _ := get("", ""); status != 401 {
		t.Errorf("fallback, no credentials: %d", status)
	}
	p.is(t, "n", "3")
}

// Without a password file, .z.pw alone guards HTTP; a request without
// credentials tries the empty user, so a lenient .z.pw asks for none.
func TestHTTPAuthZpw(t *testing.T) {
	p, _ := newWebProc(t, "server", Options{})
	if status, _, body := httpGet(t, p, "/?1+1"); status != 200 || !strings.Contains(body, "<pre>2\n") {
		t.Errorf("open: %d %q", status, body)
	}
	p.eval(t, `.z.pw:{[u;p]p~"pass"}`)
	if status, _, _ := httpGet(t, p, "/?1+1"); status != 401 {
		t.Errorf("no credentials: %d", status)
	}
	if status, _, body := httpGet(t, p, "/?.z.u", "Authorization", "Basic "+b64("joe:pass")); status != 200 || !strings.Contains(body, "`joe") {
		t.Errorf("joe: %d %q", status, body)
	}
	p.eval(t, `.z.pw:{[u;p]1b}`)
	if status, _, _ := httpGet(t, p, "/?1+1"); status != 200 {
		t.Errorf("lenient .z.pw: %d", status)
	}
}

// curl, a second real client: GET, POST, basic auth.
func TestHTTPCurl(t *testing.T) {
	curl, err := exec.LookPath("curl")
	if err != nil {
		t.Skip("curl is not installed")
	}
	p, _ := newWebProc(t, "server", Options{})
	p.eval(t, `.z.pp:{.h.hy[`+"`txt"+`]string value last" "vs x 0}`)
	base := fmt.Sprintf("http://127.0.0.1:%d", p.port)
	run := func(args ...string) string {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		out, err := exec.CommandContext(ctx, curl, append([]string{"-sS", "--compressed"}, args...)...).Output()
		if err != nil {
			t.Fatalf("curl %q: %v", args, err)
		}
		return string(out)
	}
	if got := run(base + "/?sum%20til%20101"); !strings.Contains(got, "<pre>5050\n") {
		t.Errorf("GET: %q", got)
	}
	if got := run("-d", "6*7", base+"/calc"); got != "42" {
		t.Errorf("POST: %q", got)
	}
	if got := run(base + "/t.csv?([]a:til%203000)"); !strings.HasSuffix(got, "\n2998\n2999\n") {
		t.Errorf("gzip'd GET: %q", got[:min(len(got), 200)])
	}
	p.eval(t, `.z.pw:{[u;p]p~"pw"}`)
	if got := run("-o", "/dev/null", "-w", "%{http_code}", base+"/?1"); got != "401" {
		t.Errorf("no credentials: %q", got)
	}
	if got := run("-u", "me:pw", base+"/?.z.u"); !strings.Contains(got, "`me") {
		t.Errorf("with credentials: %q", got)
	}
}

// b64 is the base64 of s.
func b64(s string) string { return base64.StdEncoding.EncodeToString([]byte(s)) }

// wsPeer is a Go-side WebSocket client: a netipc.Web whose WebCore
// records what arrives.
type wsPeer struct {
	mu     sync.Mutex
	msgs   chan string
	closed chan int
	web    *netipc.Web
}

func newWSPeer(t *testing.T) *wsPeer {
	w := &wsPeer{msgs: make(chan string, 100), closed: make(chan int, 10)}
	w.web = netipc.NewWeb(w, netipc.WebOptions{Logf: func(string, ...any) {}, CloseTimeout: time.Second})
	t.Cleanup(func() { w.web.Close() })
	return w
}

func (w *wsPeer) HTTPRequest(int, net.Addr, string, string, [][2]string, []byte) []byte { return nil }
func (w *wsPeer) WSUpgrade(int, net.Addr, string, [][2]string) (string, []byte)         { return "", nil }
func (w *wsPeer) WSOpened(int, string, net.Addr)                                        {}
func (w *wsPeer) WSMessage(h int, user string, addr net.Addr, binary bool, data []byte) {
	prefix := "text:"
	if binary {
		prefix = "binary:"
	}
	w.msgs <- prefix + string(data)
}
func (w *wsPeer) WSClosed(h int) { w.closed <- h }

// dial opens a WebSocket to p.
func (w *wsPeer) dial(t *testing.T, p *proc) int {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	addr := fmt.Sprintf("127.0.0.1:%d", p.port)
	h, resp, err := w.web.Dial(ctx, "tcp", addr, "GET / HTTP/1.1\r\nHost: "+addr+"\r\n\r\n", "", "")
	if err != nil || h == 0 {
		t.Fatalf("dial: %d %q %v", h, resp, err)
	}
	return h
}

// next is the next message the peer received.
func (w *wsPeer) next(t *testing.T) string {
	t.Helper()
	select {
	case m := <-w.msgs:
		return m
	case <-time.After(10 * time.Second):
		t.Fatal("no WebSocket message")
		return ""
	}
}

// .z.wo, .z.ws (text and binary, neg[.z.w] replies), .z.W, hclose and
// .z.wc on the server side of a WebSocket.
func TestWebSocketServer(t *testing.T) {
	p, _ := newWebProc(t, "server", Options{})
	peer := newWSPeer(t)
	// no .z.ws: the default echoes
	h := peer.dial(t, p)
	peer.web.Send(h, false, []byte("echo me"))
	if got := peer.next(t); got != "text:echo me" {
		t.Errorf("default: %q", got)
	}
	peer.web.CloseHandle(h)
	p.until(t, "count .z.W", "0")

	p.evals(t, "opened:();closed:()", ".z.wo:{opened,:x}", ".z.wc:{closed,:x}")
	p.eval(t, ".z.ws:{W::.z.w;$[10h=type x;neg[.z.w] .Q.s value x;neg[.z.w] reverse x]}")
	h = peer.dial(t, p)
	p.until(t, "count opened", "1")
	sh := p.eval(t, "first opened")
	peer.web.Send(h, false, []byte("til 5"))
	if got := peer.next(t); got != "text:0 1 2 3 4\n" {
		t.Errorf(".Q.s value: %q", got)
	}
	p.is(t, "W=first opened", "1b")
	peer.web.Send(h, true, []byte{1, 2, 3})
	if got := peer.next(t); got != "binary:\x03\x02\x01" {
		t.Errorf("binary: %q", got)
	}
	p.is(t, "(first opened) in key .z.W", "1b")
	p.is(t, "(first opened) in .z.H", "1b")
	p.fails(t, sh+` "1+1"`, "nyi")
	p.fails(t, "neg["+sh+`] "c"$255`, "utf8")
	p.fails(t, "neg["+sh+`] 1 2 3`, "type")
	p.evals(t, "neg["+sh+`] "from q"`, "neg["+sh+"][]")
	if got := peer.next(t); got != "text:from q" {
		t.Errorf("neg[h] x: %q", got)
	}
	// the peer closes: .z.wc
	peer.web.CloseHandle(h)
	p.until(t, "closed~enlist "+sh, "1b")
	p.is(t, "(first opened) in key .z.W", "0b")

	// hclose on the server side: the peer sees the close, .z.wc does not run
	h = peer.dial(t, p)
	p.until(t, "count opened", "2")
	p.eval(t, "hclose last opened")
	select {
	case got := <-peer.closed:
		if got != h {
			t.Errorf("closed %d, want %d", got, h)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the peer did not see the close")
	}
	p.is(t, "count closed", "1")
}

// The client side in q: (`$":ws://host:port")"GET …" gives (handle;
// response), neg[h] x sends, .z.ws gets the replies, .z.wc the close; a
// refused upgrade gives 0Ni.
func TestWebSocketClient(t *testing.T) {
	srv, _ := newWebProc(t, "server", Options{})
	cli, _ := newWebProc(t, "client", Options{})
	srv.eval(t, ".z.ws:{neg[.z.w] \"server replied with \",$[10=type x;x;raze string x];}")
	cli.evals(t, "got:();shut:()", ".z.ws:{got,:enlist x}", ".z.wc:{shut,:x}")
	url := fmt.Sprintf(`(`+"`$\":ws://127.0.0.1:%d\")", srv.port)
	cli.eval(t, fmt.Sprintf(`r:%s"GET / HTTP/1.1\r\nHost: 127.0.0.1:%d\r\n\r\n"`, url, srv.port))
	cli.is(t, "type first r", "-6h")
	cli.is(t, `"HTTP/1.1 101 Switching Protocols"~32#last r`, "1b")
	cli.evals(t, "h:first r", `neg[h]"test"`, "neg[h]0x010203")
	cli.until(t, "count got", "2")
	cli.is(t, "got 0", `"server replied with test"`)
	cli.is(t, "got 1", `"server replied with 010203"`)
	cli.is(t, "h in key .z.W", "1b")
	srv.eval(t, "hclose each key .z.W")
	cli.until(t, "shut~enlist h", "1b")

	srv.eval(t, `.z.ac:{(0;"")}`)
	cli.eval(t, fmt.Sprintf(`r:%s"GET / HTTP/1.1\r\nHost: x\r\n\r\n"`, url))
	cli.is(t, "first r", "0Ni")
	cli.is(t, `"HTTP/1.1 401"~12#last r`, "1b")
	cli.fails(t, `(`+"`$\":ws://127.0.0.1:1\")\"GET / HTTP/1.1\\r\\n\\r\\n\"", "127.0.0.1: Connection refused")
}

// \e for HTTP callbacks (docs/basics/debug.md): under \e 2 the backtrace
// goes into the response; under \e 1, with a person at the console, the
// handler suspends there and the response is what :e resumes it with.
func TestHTTPErrorModes(t *testing.T) {
	p, _ := newWebProc(t, "server", Options{})
	p.onLoop(func() { p.l.in.(interface{ SetSuspend(bool) }).SetSuspend(true) })
	p.evals(t, "f:{{x*y}[x;3#x]}", ".z.ph:{f `a}")
	if status, _, body := httpGet(t, p, "/"); status != 400 || body != "'type" {
		t.Errorf("\\e 0: %d %q", status, body)
	}
	p.eval(t, `\e 2`)
	want := "'type\n  [3]  f@:{x*y}\n            ^\n  [2]  f:{{x*y}[x;3#x]}\n          ^\n  [1]  .z.ph:{f `a}\n              ^"
	if status, _, body := httpGet(t, p, "/"); status != 400 || body != want {
		t.Errorf("\\e 2: %d\n%s\nwant\n%s", status, body, want)
	}
	p.eval(t, `\e 1`)
	p.eval(t, `.z.ph:{r:1+`+"`a"+`; "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n",string r}`)
	type got struct {
		status int
		body   string
		err    error
	}
	done := make(chan got, 1)
	go func() { // the request waits while the console is suspended
		c := &http.Client{Timeout: 60 * time.Second}
		resp, err := c.Get(fmt.Sprintf("http://127.0.0.1:%d/?abc", p.port))
		if err != nil {
			done <- got{err: err}
			return
		}
		defer resp.Body.Close()
		b, err := io.ReadAll(resp.Body)
		done <- got{resp.StatusCode, string(b), err}
	}()
	eventually(t, "the console suspends", func() bool { return p.l.Prompt() == "q))" })
	p.is(t, "x 0", "\"?abc\"")
	p.is(t, ":42", "")
	select {
	case g := <-done:
		if g.err != nil || g.status != 200 || g.body != "42" {
			t.Errorf("\\e 1, resumed with 42: %d %q %v", g.status, g.body, g.err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("no response after :42")
	}
}

// A WebSocket whose peer has gone stays in .z.W until the loop serves its
// close and runs .z.wc, as with kdb+'s one thread: q code that sees the
// handle gone from .z.W may count on its .z.wc having run.
func TestWSListedUntilWc(t *testing.T) {
	p, _ := newWebProc(t, "server", Options{})
	peer := newWSPeer(t)
	p.evals(t, "opened:();closed:()", ".z.wo:{opened,:x}", ".z.wc:{closed,:x}", ".z.ws:{}")
	h := peer.dial(t, p)
	p.until(t, "count opened", "1")
	mark := filepath.Join(t.TempDir(), "running")
	go func() {
		for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
			if _, err := os.Stat(mark); err == nil {
				break
			}
		}
		peer.web.CloseHandle(h)
	}()
	// the peer goes while this line runs: its close waits for the loop
	p.is(t, `{hsym[`+"`"+`$"`+mark+`"] 0: enlist"x";system"sleep 0.6";(first opened) in key .z.W}[]`, "1b")
	p.until(t, "closed~opened", "1b")
	p.is(t, "(first opened) in key .z.W", "0b")
}

// An HTTP client that asks for a large response and reads none of it
// holds its own connection only: the response is written on the
// connection's goroutine, so the loop serves other clients and the
// console meanwhile.
func TestHTTPClientReadsNothingLoopFree(t *testing.T) {
	p, _ := newWebProc(t, "server", Options{})
	p.evals(t, `big:"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 32000000\r\n\r\n",32000000#"x"`,
		`small:"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok"`,
		`.z.ph:{bigs+:x[0]~"big"; $[x[0]~"big";big;small]}`, "bigs:0")
	nc, err := net.Dial("tcp", fmt.Sprintf("127.0.0.1:%d", p.port))
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	nc.(*net.TCPConn).SetReadBuffer(4096)
	io.WriteString(nc, "GET /big HTTP/1.1\r\nHost: q\r\n\r\n")
	p.until(t, "bigs", "1")
	if status, _, body := httpGet(t, p, "/small"); status != 200 || body != "ok" {
		t.Errorf("another client: %d %q", status, body)
	}
	p.is(t, "1+1", "2")
}

// An HTTP client written in q, as libraries such as reQ are, over the
// raw request (`:http://host "GET …"): the response text is split at its
// blank line, its headers read as key-value pairs (0:), each Set-Cookie
// kept, and a relative Location followed with the cookies sent back.
func TestHTTPClientRedirectCookies(t *testing.T) {
	srv, _ := newWebProc(t, "server", Options{})
	cli, _ := newWebProc(t, "client", Options{})
	srv.eval(t, `.z.ph:{c:$[`+"`Cookie"+` in key x 1;(x 1)`+"`Cookie"+`;"none"];`+
		`$[x[0] like "start*";`+
		`"HTTP/1.1 302 Found\r\nLocation: /end\r\nSet-Cookie: k1=v1; Path=/\r\nSet-Cookie: k2=v2; Path=/\r\nContent-Length: 0\r\n\r\n";`+
		`"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: ",string[count c],"\r\n\r\n",c]}`)
	cli.eval(t, fmt.Sprintf(`req:{[p;hd](`+"`$\":http://127.0.0.1:%d\""+`)"GET ",p," HTTP/1.1\r\nHost: localhost\r\nConnection: Close\r\n",hd,"\r\n"}`, srv.port))
	cli.evals(t, `r:req["/start";""]`,
		`kv:("S:\n")0:"status:",(first[r ss "\r\n\r\n"]#r) except "\r"`,
		`cks:{first ";" vs trim x} each kv[1] where kv[0]=`+"`$\"Set-Cookie\"",
		`loc:trim kv[1] kv[0]?`+"`Location")
	cli.is(t, "kv[1;0]", `"HTTP/1.1 302 Found"`)
	cli.is(t, `cks~("k1=v1";"k2=v2")`, "1b")
	cli.is(t, "loc", `"/end"`)
	cli.eval(t, `r:req[loc;"Cookie: ",("; " sv cks),"\r\n"]`)
	cli.is(t, `(4+first r ss "\r\n\r\n")_r`, `"k1=v1; k2=v2"`)
	cli.is(t, `12#req["/end";""]`, `"HTTP/1.1 200"`)
}
