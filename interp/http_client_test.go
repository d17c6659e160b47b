package interp

import (
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
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
