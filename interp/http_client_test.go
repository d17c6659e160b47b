package interp

import (
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
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
