package interp

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"qgo/interp/k"
)

// TestHTTPClient runs .Q.hg and .Q.hp against a local server: the request
// asks for gzip, a gzipped payload comes back inflated, and a POST carries
// its MIME type and body.
func TestHTTPClient(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		reply := r.Method + " " + r.URL.Path + " " + r.Header.Get("Content-Type") + " " + string(body)
		if strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") && r.URL.Path == "/zip" {
			w.Header().Set("Content-Encoding", "gzip")
			z := gzip.NewWriter(w)
			z.Write([]byte(reply))
			z.Close()
			return
		}
		w.Write([]byte(reply))
	}))
	defer srv.Close()
	_, run := fileSession(t)
	expect(t, run, [][2]string{
		{`u:"` + srv.URL + `"`, ""},
		{`.Q.hg u,"/plain"`, `"GET /plain  "`},
		{`.Q.hg hsym ` + "`$" + `u,"/zip"`, `"GET /zip  "`},
		{`.Q.hp[u,"/post";.h.ty` + "`" + `json]"my question"`, `"POST /post application/json my question"`},
		{`.Q.hg 42`, `'type`},
	})
	if got := run(`.Q.hg "http://127.0.0.1:1/"`); !strings.HasPrefix(got, "'conn") {
		t.Errorf(".Q.hg of a closed port: got %q, want 'conn", got)
	}
}

// TestHTTPRaw sends requests as text through a symbol (docs/kb/http.md,
// `:http://host:port "request"): the whole response comes back as a
// string, read to the length its headers give (the connection kept
// open), to the server's close, or joined from its chunks; a closed port
// is 'conn.
func TestHTTPRaw(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		switch r.URL.Path {
		case "/chunked":
			f := w.(http.Flusher)
			w.Write([]byte("ab"))
			f.Flush()
			w.Write([]byte("cd"))
			f.Flush()
		default:
			w.Header().Set("Content-Length", strconv.Itoa(len(r.Method)+1+len(body)))
			w.Write([]byte(r.Method + " " + string(body)))
		}
	}))
	defer srv.Close()
	_, run := fileSession(t)
	host := strings.TrimPrefix(srv.URL, "http://")
	expect(t, run, [][2]string{
		{"h:`$\":" + srv.URL + "\"", ""},
		{`r:h "DELETE /x HTTP/1.1\r\nConnection: close\r\nHost: ` + host + `\r\n\r\n"`, ""},
		{`first "\r\n" vs r`, `"HTTP/1.1 200 OK"`},
		{`last "\r\n\r\n" vs r`, `"DELETE "`},
		{`last "\r\n\r\n" vs h "POST /p HTTP/1.1\r\nHost: ` + host + `\r\nContent-Length: 5\r\n\r\nhello"`, `"POST hello"`},
		{`last "\r\n\r\n" vs h "GET /chunked HTTP/1.1\r\nHost: ` + host + `\r\n\r\n"`, `"abcd"`},
		{`h 42`, `'type`},
	})
	if got := run("`:http://127.0.0.1:1 \"GET / HTTP/1.1\\r\\n\\r\\n\""); !strings.HasPrefix(got, "'conn") {
		t.Errorf("raw request to a closed port: got %q, want 'conn", got)
	}
}

// A server that takes the request and never answers holds .Q.hg and the
// raw request only until the session is interrupted (Ctrl-C, -T): then
// each is 'stop, and the connection is closed.
func TestHTTPClientInterrupt(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	asked := make(chan net.Conn, 2)
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			c.Read(make([]byte, 1)) // the request has come
			asked <- c
		}
	}()
	url := "http://" + ln.Addr().String()
	for _, src := range []string{
		`.Q.hg "` + url + `/"`,
		"(`$\":" + url + "\")\"GET / HTTP/1.1\\r\\nHost: q\\r\\n\\r\\n\"",
	} {
		in := New(&strings.Builder{})
		got := make(chan error, 1)
		go func() { _, err := in.Eval(src); got <- err }()
		var c net.Conn
		select {
		case c = <-asked:
		case <-time.After(30 * time.Second):
			t.Fatalf("%s: no request came", src)
		}
		in.Interrupt()
		select {
		case err := <-got:
			if err == nil || err.Error() != "'stop" {
				t.Errorf("%s, interrupted: %v, want 'stop", src, err)
			}
		case <-time.After(30 * time.Second):
			c.Close()
			t.Fatalf("%s: an interrupt does not end the wait for a server that does not answer", src)
		}
		c.SetReadDeadline(time.Now().Add(30 * time.Second))
		if _, err := c.Read(make([]byte, 4096)); err == nil {
			c.Read(make([]byte, 4096))
		}
		c.Close()
	}
}

// A server that sends without end fills the workspace: .Q.hg and the raw
// request are 'wsfull, not the process out of memory.
func TestHTTPClientWsfull(t *testing.T) {
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
			go func() {
				defer c.Close()
				c.Read(make([]byte, 4096))
				io.WriteString(c, "HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n")
				chunk := make([]byte, 1<<16)
				for range 8192 { // 512 MB, ten times the room: then the end, lest a failure take the machine's memory
					if _, err := c.Write(chunk); err != nil {
						return
					}
				}
			}()
		}
	}()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	ws := k.Workspace()
	k.SetWorkspace(int64(m.HeapAlloc) + 48<<20)
	defer k.SetWorkspace(ws)
	url := "http://" + ln.Addr().String()
	for _, src := range []string{
		`.Q.hg "` + url + `/"`,
		"(`$\":" + url + "\")\"GET / HTTP/1.1\\r\\nHost: q\\r\\n\\r\\n\"",
	} {
		in := New(&strings.Builder{})
		if _, err := in.Eval(src); err == nil || err.Error() != "'wsfull" {
			t.Errorf("%s from a server that sends for ever: %v, want 'wsfull", src, err)
		}
	}
}

// TestHTTPClientFollows checks .Q.hg's redirects (followed; a POST
// answered with 303 becomes a GET), a user and password in the URL
// (sent as basic authorization), a 100 Continue before the answer, and
// a request through the proxy http_proxy names, which is asked for the
// whole URL, unless no_proxy names the host.
func TestHTTPClientFollows(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/old":
			http.Redirect(w, r, "/new", http.StatusMovedPermanently)
		case "/form":
			http.Redirect(w, r, "/done", http.StatusSeeOther)
		case "/auth":
			u, p, _ := r.BasicAuth()
			io.WriteString(w, u+"/"+p)
		default:
			io.WriteString(w, r.Method+" "+r.URL.Path)
		}
	}))
	defer srv.Close()
	_, run := fileSession(t)
	host := strings.TrimPrefix(srv.URL, "http://")
	expect(t, run, [][2]string{
		{`.Q.hg "` + srv.URL + `/old"`, `"GET /new"`},
		{`.Q.hp["` + srv.URL + `/form";"text/plain";"x"]`, `"GET /done"`},
		{`.Q.hg "http://ann:pw@` + host + `/auth"`, `"ann/pw"`},
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		defer c.Close()
		c.Read(make([]byte, 4096))
		io.WriteString(c, "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
	}()
	expect(t, run, [][2]string{{`.Q.hg "http://` + ln.Addr().String() + `/"`, `"ok"`}})
	proxy := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "proxy "+r.Method+" "+r.RequestURI)
	}))
	defer proxy.Close()
	t.Setenv("http_proxy", proxy.URL)
	t.Setenv("HTTP_PROXY", "http://127.0.0.1:1")
	t.Setenv("no_proxy", "")
	expect(t, run, [][2]string{
		{`.Q.hg "http://example.invalid:81/a?b=1"`, `"proxy GET http://example.invalid:81/a?b=1"`},
		{`.Q.hg "` + srv.URL + `/local"`, `"GET /local"`}, // the local host is not proxied
	})
	t.Setenv("no_proxy", "other.invalid,.invalid")
	if got := run(`.Q.hg "http://example.invalid/"`); !strings.HasPrefix(got, "'conn") {
		t.Errorf("a host no_proxy names, connected to directly: got %q, want 'conn", got)
	}
}

// TestProxied checks which hosts no_proxy spares the proxy.
func TestProxied(t *testing.T) {
	for _, c := range []struct {
		host, port, noProxy string
		want                bool
	}{
		{"example.com", "80", "", true},
		{"localhost", "80", "", false},
		{"127.0.0.2", "80", "", false},
		{"::1", "80", "", false},
		{"example.com", "80", "*", false},
		{"example.com", "80", "example.com", false},
		{"a.example.com", "80", "example.com", false},
		{"a.example.com", "80", ".example.com", false},
		{"a.example.com", "80", "*.example.com", false},
		{"badexample.com", "80", "example.com", true},
		{"example.com", "80", "example.com:8080", true},
		{"example.com", "8080", "example.com:8080", false},
		{"10.1.2.3", "80", "10.0.0.0/8", false},
		{"11.1.2.3", "80", "10.0.0.0/8", true},
		{"10.1.2.3", "80", "other.org, 10.1.2.3", false},
		{"Example.COM", "80", "example.com", false},
	} {
		if got := proxied(c.host, c.port, c.noProxy); got != c.want {
			t.Errorf("proxied(%s:%s) with no_proxy %q: %v, want %v", c.host, c.port, c.noProxy, got, c.want)
		}
	}
}

// FuzzReadResponse feeds readRawResponse, the reader of a server's
// response to `:http:// and .Q.hg, any bytes: it returns text or an
// error, never panics, and never gives back more than it read, whatever
// a Content-Length or a chunk's size claims.
func FuzzReadResponse(f *testing.F) {
	for _, s := range []string{
		"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello",
		"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\nX: y\r\n\r\n",
		"HTTP/1.1 200 OK\r\nContent-Length: 99999999999\r\n\r\nshort",
		"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nffffffffffff\r\nab",
		"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 204 No Content\r\n\r\n",
		"HTTP/1.0 301 Moved\r\nLocation: /x\r\n\r\nbody to the end",
		"garbage",
	} {
		f.Add([]byte(s), false)
		f.Add([]byte(s), true)
	}
	f.Fuzz(func(t *testing.T, data []byte, head bool) {
		got, _ := readRawResponse(bufio.NewReader(bytes.NewReader(data)), head)
		if len(got) > len(data) {
			t.Fatalf("%d bytes read back from %d: %q", len(got), len(data), data)
		}
	})
}
