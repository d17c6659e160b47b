// This file defines q's HTTP client and its gzip codec (docs/ref/dotq.md):
// .Q.hg (GET) and .Q.hp (POST), which ask for a gzipped payload and
// inflate it, and .Q.gz, which deflates or inflates a char or byte vector
// in the gzip format.

package interp

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"strings"

	"qgo/interp/k"
)

// httpClientVerbs registers this file's verbs (verbtab.go calls it).
func httpClientVerbs(t *verbTable) {
	t.native1(".Q.hg", func(in *Interp, x k.Value) k.Value {
		return httpRequest("GET", httpURL(x), "", nil)
	})
	t.native1(".Q.hpx", func(in *Interp, x k.Value) k.Value {
		a := listArgs(x, 3)
		mime, ok1 := textArg(a[1])
		body, ok2 := textArg(a[2])
		if !ok1 || !ok2 {
			k.Signal(k.ErrType)
		}
		return httpRequest("POST", httpURL(a[0]), mime, []byte(body))
	})
	t.native1(".Q.gz", func(in *Interp, x k.Value) k.Value { return gz(x) })
	t.internal(-35, func(in *Interp, x k.Value) k.Value { return gz(x) }) // .Q.gz is -35! (docs/basics/internal.md)
}

// textArg is the text of a string or char atom.
func textArg(x k.Value) (string, bool) {
	switch v := x.(type) {
	case *k.Vec[uint8]:
		return string(v.V), v.T == k.KC
	case k.Atom[uint8]:
		return string(v.V), v.T == -k.KC
	}
	return "", false
}

// httpURL is the URL .Q.hg and .Q.hp take: a symbol or (since 3.6) a
// string, with or without the colon of a file symbol (`:http://host).
func httpURL(x k.Value) string {
	var s string
	switch v := x.(type) {
	case k.Atom[string]:
		s = v.V
	default:
		t, ok := textArg(x)
		if !ok {
			k.Signal(k.ErrType)
		}
		s = t
	}
	s = strings.TrimPrefix(s, ":")
	if !strings.HasPrefix(s, "http://") && !strings.HasPrefix(s, "https://") {
		k.Signal("domain")
	}
	return s
}

// httpRequest sends a request, through the proxy the environment names
// (http_proxy, no_proxy), asking for gzip, and gives the payload,
// inflated, as a string.
func httpRequest(method, url, mime string, body []byte) k.Value {
	req, err := http.NewRequest(method, url, bytes.NewReader(body))
	if err != nil {
		k.Signal("domain")
	}
	if mime != "" {
		req.Header.Set("Content-Type", mime)
	}
	req.Header.Set("Accept-Encoding", "gzip")
	client := &http.Client{Transport: &http.Transport{Proxy: http.ProxyFromEnvironment, DisableCompression: true}}
	resp, err := client.Do(req)
	if err != nil {
		panic(&k.Error{Msg: "conn. OS reports: " + err.Error()})
	}
	defer resp.Body.Close()
	var r io.Reader = resp.Body
	if strings.EqualFold(resp.Header.Get("Content-Encoding"), "gzip") {
		zr, err := gzip.NewReader(resp.Body)
		if err != nil {
			k.Signal("gz")
		}
		r = zr
	}
	data, err := io.ReadAll(r)
	if err != nil {
		panic(&k.Error{Msg: "conn. OS reports: " + err.Error()})
	}
	return k.Str(string(data))
}

// gz is .Q.gz: 1b for (::) (the codec is always there), a char or byte
// vector inflated, or (level;vector) deflated at that level (1 to 9),
// the result of the argument's type.
func gz(x k.Value) k.Value {
	if k.IsIdentity(x) {
		return k.B(true)
	}
	if l, ok := x.(*k.List); ok && len(l.V) == 2 {
		level, ok := intArg(l.V[0])
		data, typ, ok2 := gzBytes(l.V[1])
		if !ok || !ok2 {
			k.Signal(k.ErrType)
		}
		if level < gzip.BestSpeed || level > gzip.BestCompression {
			k.Signal("domain")
		}
		var b bytes.Buffer
		w, _ := gzip.NewWriterLevel(&b, int(level))
		w.Write(data)
		w.Close()
		return &k.Vec[uint8]{T: typ, V: b.Bytes()}
	}
	data, typ, ok := gzBytes(x)
	if !ok {
		k.Signal(k.ErrType)
	}
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		k.Signal("gz")
	}
	out, err := io.ReadAll(zr)
	if err != nil {
		k.Signal("gz")
	}
	return &k.Vec[uint8]{T: typ, V: out}
}

// gzBytes is the bytes of a char or byte vector, and its type.
func gzBytes(x k.Value) ([]byte, k.Type, bool) {
	v, ok := x.(*k.Vec[uint8])
	if !ok || (v.T != k.KC && v.T != k.KX) {
		return nil, 0, false
	}
	return v.V, v.T, true
}
