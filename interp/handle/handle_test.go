package handle

import (
	"testing"
	"time"

	"qgo/interp/k"
	"qgo/netipc"
)

// TestParse checks the hopen arguments of docs/ref/hopen.md and
// docs/basics/ipc.md: what process each names, and that a file path or a
// bad port names none.
func TestParse(t *testing.T) {
	unix, _ := netipc.UnixAddress(5010)
	cases := []struct {
		x    k.Value
		want Target
	}{
		{k.J(5000), Target{Network: "tcp", Address: "127.0.0.1:5000", Port: 5000}},
		{k.I(5000), Target{Network: "tcp", Address: "127.0.0.1:5000", Port: 5000}},
		{k.S(":localhost:5000"), Target{Network: "tcp", Address: "127.0.0.1:5000", Host: "localhost", Port: 5000}},
		{k.Str(":10.43.23.198:5010:elmo:sesame"), Target{Network: "tcp", Address: "10.43.23.198:5010", Host: "10.43.23.198",
			Port: 5010, User: "elmo", Password: "sesame"}},
		{k.S("::5010"), Target{Network: "tcp", Address: "127.0.0.1:5010", Port: 5010}},
		{k.S(":unix://5010"), Target{Network: "unix", Address: unix, Port: 5010}},
		{k.S(":tcps://myhost:5010"), Target{Network: "tcps", Address: "myhost:5010", Host: "myhost", Port: 5010}},
		{k.NewList(k.S(":localhost:5000"), k.J(1000)), Target{Network: "tcp", Address: "127.0.0.1:5000", Host: "localhost",
			Port: 5000, Timeout: time.Second}},
	}
	for _, c := range cases {
		got, ok := Parse(c.x)
		if !ok || got != c.want {
			t.Errorf("%v: got %+v %v, want %+v", c.x, got, ok, c.want)
		}
	}
	for _, x := range []k.Value{k.S(":data/trades"), k.S("localhost:5000"), k.J(0), k.J(70000), k.S(":host:port"), k.F(5000)} {
		if got, ok := Parse(x); ok {
			t.Errorf("%v names a process: %+v", x, got)
		}
	}
	func() {
		defer func() {
			if e, ok := recover().(*k.Error); !ok || e.Msg != k.ErrNyi {
				t.Errorf(":fifo://x: %v", e)
			}
		}()
		Parse(k.S(":fifo://x"))
	}()
}

// TestTLSSettings checks -26!(): kdb+'s defaults, and a setting taken
// from KX_SSL_name before SSL_name (docs/kb/ssl.md).
func TestTLSSettings(t *testing.T) {
	for _, n := range []string{"KX_SSL_CERT_FILE", "SSL_CERT_FILE", "KX_SSL_VERIFY_SERVER", "SSL_VERIFY_SERVER"} {
		t.Setenv(n, "")
	}
	t.Setenv("SSL_CERT_FILE", "/ssl/server.crt")
	t.Setenv("KX_SSL_VERIFY_SERVER", "NO")
	t.Setenv("SSL_VERIFY_SERVER", "YES")
	d := TLSSettings(k.Identity).(*k.Dict)
	want := map[string]string{"SSL_CERT_FILE": "/ssl/server.crt", "SSL_VERIFY_SERVER": "NO", "SSL_VERIFY_CLIENT": "NO", "SSL_CIPHER_LIST": "ALL"}
	keys := d.K.(*k.Vec[string]).V
	vals := d.V.(*k.Vec[string]).V
	for i, key := range keys {
		if w, ok := want[key]; ok && vals[i] != w {
			t.Errorf("%s: %q, want %q", key, vals[i], w)
		}
	}
}
