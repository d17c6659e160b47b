package netipc

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"testing/iotest"
	"time"
)

// readAll reads requests from s until an error, with br over r.
func readAll(r io.Reader, maxBody int) ([]*Request, error) {
	br := bufio.NewReaderSize(r, 64)
	var rs []*Request
	for {
		req, err := ReadRequest(br, maxBody)
		if err != nil {
			return rs, err
		}
		rs = append(rs, req)
	}
}

func TestReadRequest(t *testing.T) {
	tests := []struct {
		name, in string
		method   string
		target   string
		header   string // name=value|…
		body     string
	}{
		{"get", "GET /?1+1 HTTP/1.1\r\nHost: x\r\nX-Odd-Case:  v v \r\n\r\n", "GET", "/?1+1", "Host=x|X-Odd-Case=v v", ""},
		{"bare LF", "GET / HTTP/1.0\nA: 1\n\n", "GET", "/", "A=1", ""},
		{"blank line first", "\r\nGET / HTTP/1.1\r\n\r\n", "GET", "/", "", ""},
		{"post", "POST /q HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello", "POST", "/q", "Content-Length=5", "hello"},
		{"chunked", "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5;ext=1\r\nhello\r\n1\r\n!\r\n0\r\nTrailer: x\r\n\r\n", "POST", "/", "Transfer-Encoding=chunked", "hello!"},
		{"folded", "GET / HTTP/1.1\r\nA: one\r\n  two\r\n\r\n", "GET", "/", "A=one two", ""},
		{"repeated", "GET / HTTP/1.1\r\nA: 1\r\na: 2\r\n\r\n", "GET", "/", "A=1|a=2", ""},
		{"same lengths", "PUT / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 1\r\n\r\nx", "PUT", "/", "Content-Length=1|Content-Length=1", "x"},
	}
	for _, tc := range tests {
		for _, oneByte := range []bool{false, true} {
			var r io.Reader = strings.NewReader(tc.in)
			if oneByte {
				r = iotest.OneByteReader(r)
			}
			rs, err := readAll(r, 1<<20)
			if !errors.Is(err, io.EOF) || len(rs) != 1 {
				t.Errorf("%s: %d requests, %v", tc.name, len(rs), err)
				continue
			}
			req := rs[0]
			var h []string
			for _, f := range req.Header {
				h = append(h, f[0]+"="+f[1])
			}
			if req.Method != tc.method || req.Target != tc.target || strings.Join(h, "|") != tc.header || string(req.Body) != tc.body {
				t.Errorf("%s: got %s %s %q %q", tc.name, req.Method, req.Target, h, req.Body)
			}
		}
	}
}

func TestReadRequestErrors(t *testing.T) {
	tests := []struct{ name, in string }{
		{"no version", "GET /\r\n\r\n"},
		{"two spaces", "GET  / HTTP/1.1\r\n\r\n"},
		{"bad method", "G(T / HTTP/1.1\r\n\r\n"},
		{"http 2", "GET / HTTP/2.0\r\n\r\n"},
		{"no colon", "GET / HTTP/1.1\r\nA\r\n\r\n"},
		{"space before colon", "GET / HTTP/1.1\r\nA : 1\r\n\r\n"},
		{"fold first", "GET / HTTP/1.1\r\n x\r\n\r\n"},
		{"bad length", "POST / HTTP/1.1\r\nContent-Length: x\r\n\r\n"},
		{"signed length", "POST / HTTP/1.1\r\nContent-Length: +1\r\n\r\nx"},
		{"conflicting lengths", "POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nxx"},
		{"too long body", "POST / HTTP/1.1\r\nContent-Length: 101\r\n\r\n"},
		{"too long chunks", "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n64\r\n" + strings.Repeat("x", 100) + "\r\n1\r\nx\r\n0\r\n\r\n"},
		{"bad chunk size", "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n"},
		{"no CRLF after chunk", "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nxy\r\n0\r\n\r\n"},
		{"gzip encoding", "POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n"},
		{"long header", "GET / HTTP/1.1\r\nA: " + strings.Repeat("x", maxHTTPHead) + "\r\n\r\n"},
		{"many fields", "GET / HTTP/1.1\r\n" + strings.Repeat("A: 1\r\n", maxHTTPFields+1) + "\r\n"},
	}
	for _, tc := range tests {
		_, err := ReadRequest(bufio.NewReader(strings.NewReader(tc.in)), 100)
		if !errors.Is(err, ErrHTTP) {
			t.Errorf("%s: %v, want ErrHTTP", tc.name, err)
		}
	}
	for _, in := range []string{"GET / HTTP/1.1\r\nA: 1\r\n", "POST / HTTP/1.1\r\nContent-Length: 9\r\n\r\nabc", "GET / HT"} {
		if _, err := ReadRequest(bufio.NewReader(strings.NewReader(in)), 100); !errors.Is(err, io.ErrUnexpectedEOF) {
			t.Errorf("%q: %v, want unexpected EOF", in, err)
		}
	}
	if _, err := ReadRequest(bufio.NewReader(strings.NewReader("")), 100); err != io.EOF {
		t.Errorf("empty: %v, want EOF", err)
	}
}

func TestKeepAlive(t *testing.T) {
	get := &Request{Proto: "HTTP/1.1"}
	closeReq := &Request{Proto: "HTTP/1.1", Header: [][2]string{{"Connection", "close"}}}
	old := &Request{Proto: "HTTP/1.0"}
	ka := []byte("HTTP/1.1 200 OK\r\nConnection: keep-alive\r\nContent-Length: 2\r\n\r\nok")
	tests := []struct {
		r    *Request
		resp []byte
		want bool
	}{
		{get, ka, true},
		{closeReq, ka, false},
		{old, ka, false},
		{get, []byte("HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nok"), false},
		{get, []byte("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"), false},                           // kdb+ closes unless asked not to
		{get, []byte("HTTP/1.1 200 OK\r\nConnection: keep-alive\r\n\r\nok"), false},                      // no length: the close ends the body
		{get, []byte("HTTP/1.1 200 OK\r\nConnection : keep-alive\r\nContent-Length: 2\r\n\r\nok"), true}, // as .h.ka's doc writes it
		{get, []byte("garbage"), false},
	}
	for i, tc := range tests {
		if got := keepAlive(tc.r, tc.resp); got != tc.want {
			t.Errorf("%d: keepAlive %v, want %v", i, got, tc.want)
		}
	}
}

func TestGzipResponse(t *testing.T) {
	body := strings.Repeat("0 1 2 3 4 5 6 7 8 9\n", 200)
	resp := fmt.Appendf(nil, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\nContent-Length: %d\r\n\r\n%s", len(body), body)
	q := &Request{Target: "/?til 2000", Header: [][2]string{{"Accept-Encoding", "gzip, deflate"}}}
	z := gzipResponse(q, resp)
	head, zbody, _ := bytes.Cut(z, []byte("\r\n\r\n"))
	if !strings.Contains(string(head), "Content-Encoding: gzip") || !strings.Contains(string(head), fmt.Sprintf("Content-Length: %d", len(zbody))) {
		t.Fatalf("head %q", head)
	}
	zr, err := gzip.NewReader(bytes.NewReader(zbody))
	if err != nil {
		t.Fatal(err)
	}
	if b, _ := io.ReadAll(zr); string(b) != body {
		t.Error("the body does not decompress to itself")
	}
	for _, r := range []*Request{
		{Target: "/", Header: q.Header}, // not a query
		{Target: "/?x"},                 // no Accept-Encoding
		{Target: "/?x", Header: [][2]string{{"Accept-Encoding", "gzip;q=0"}}},
	} {
		if got := gzipResponse(r, resp); !bytes.Equal(got, resp) {
			t.Errorf("%v: compressed", r)
		}
	}
	short := []byte("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
	if got := gzipResponse(q, short); !bytes.Equal(got, short) {
		t.Error("a short body was compressed")
	}
}

// A real HTTP client (net/http) gets what the WebCore answers, and the
// WebCore sees the method, the target, the header fields and the body.
func TestHTTPClient(t *testing.T) {
	f := newFakeWeb()
	_, addr := newWebServer(t, f, quietWeb())
	client := &http.Client{Timeout: waitFor}

	resp, err := client.Get("http://" + addr + "/?til%2010")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || string(b) != "GET /?til%2010 " {
		t.Errorf("GET: %d %q", resp.StatusCode, b)
	}
	e := f.next(t, "http")
	if e.method != "GET" || e.target != "/?til%2010" {
		t.Errorf("core saw %s %s", e.method, e.target)
	}
	hasHost := false
	for _, h := range e.header {
		hasHost = hasHost || (h[0] == "Host" && h[1] == addr)
	}
	if !hasHost {
		t.Errorf("header %q has no Host", e.header)
	}

	resp, err = client.Post("http://"+addr+"/upd", "text/plain", strings.NewReader("1+1"))
	if err != nil {
		t.Fatal(err)
	}
	b, _ = io.ReadAll(resp.Body)
	resp.Body.Close()
	if string(b) != "POST /upd 1+1" {
		t.Errorf("POST: %q", b)
	}

	for _, m := range []string{"PUT", "DELETE", "OPTIONS", "PATCH"} {
		req, _ := http.NewRequest(m, "http://"+addr+"/x", strings.NewReader("b"))
		resp, err := client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if string(b) != m+" /x b" {
			t.Errorf("%s: %q", m, b)
		}
	}
	req, _ := http.NewRequest("HEAD", "http://"+addr+"/", nil)
	resp, err = client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Errorf("HEAD: %d", resp.StatusCode)
	}
}

// A response that says keep-alive keeps the connection for the next
// request; a malformed request gets 400 and the connection closes.
func TestHTTPKeepAliveAndBadRequest(t *testing.T) {
	f := newFakeWeb()
	f.http = func(e webEvent) []byte {
		return []byte("HTTP/1.1 200 OK\r\nConnection: keep-alive\r\nContent-Length: 2\r\n\r\nok")
	}
	_, addr := newWebServer(t, f, quietWeb())
	nc, err := net.DialTimeout("tcp", addr, waitFor)
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	nc.SetDeadline(time.Now().Add(waitFor))
	io.WriteString(nc, "GET /a HTTP/1.1\r\nHost: x\r\n\r\nGET /b HTTP/1.1\r\nHost: x\r\n\r\nBAD\r\n\r\n")
	b, _ := io.ReadAll(nc)
	if n := strings.Count(string(b), "200 OK"); n != 2 || !strings.Contains(string(b), "400 Bad Request") {
		t.Errorf("responses %q", b)
	}
	if n := f.count("http"); n != 2 {
		t.Errorf("%d requests reached the core", n)
	}
}

// Web.Close ends HTTP connections that wait for a request.
func TestWebCloseIdleHTTP(t *testing.T) {
	f := newFakeWeb()
	w := NewWeb(f, quietWeb())
	o := quiet()
	o.HTTP = w.Serve
	s, addr := newServer(t, newFakeCore(), o)
	defer s.Close()
	nc, err := net.DialTimeout("tcp", addr, waitFor)
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	io.WriteString(nc, "GET /")
	eventually(t, "the connection to be served as HTTP", func() bool {
		w.mu.Lock()
		defer w.mu.Unlock()
		return len(w.http) == 1
	})
	done := make(chan struct{})
	go func() { w.Close(); close(done) }()
	recv(t, done)
}

// A client that asks for a large response and reads none of it is
// dropped once it has taken nothing for WriteTimeout, rather than hold
// its connection and goroutine for ever.
func TestHTTPClientReadsNothing(t *testing.T) {
	const size = 32 << 20 // beyond what the socket buffers hold
	big := append([]byte(fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n", size)), make([]byte, size)...)
	f := newFakeWeb()
	f.http = func(e webEvent) []byte { return big }
	opts := quietWeb()
	opts.WriteTimeout = 200 * time.Millisecond
	w, addr := newWebServer(t, f, opts)
	nc, err := net.DialTimeout("tcp", addr, waitFor)
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	nc.(*net.TCPConn).SetReadBuffer(4096)
	io.WriteString(nc, "GET / HTTP/1.1\r\nHost: x\r\n\r\n")
	eventually(t, "the request to be served", func() bool { return f.count("http") == 1 })
	eventually(t, "the client that reads nothing to be dropped", func() bool {
		w.mu.Lock()
		defer w.mu.Unlock()
		return len(w.http) == 0
	})
}
