// This file defines q's HTTP client and its gzip codec (docs/ref/dotq.md):
// .Q.hg (GET) and .Q.hp (POST), which ask for a gzipped payload and
// inflate it, and .Q.gz, which deflates or inflates a char or byte vector
// in the gzip format; and q's low-level HTTP request (docs/kb/http.md): a
// symbol `:http://host:port (or https) applied to a string sends the
// string as it is and gives the whole response, status line, headers and
// body, as a string; a chunked body is joined from its chunks first.

package interp

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"crypto/tls"
	"io"
	"net"
	"net/http"
	"strconv"
	"strings"
	"time"

	"qgo/interp/k"
)

// httpClientVerbs registers this file's verbs (verbtab.go calls it).
func httpClientVerbs(t *verbTable) {
	t.native1(".Q.hg", func(in *Interp, x k.Value) k.Value {
		return in.httpRequest("GET", httpURL(x), "", nil)
	})
	t.native1(".Q.hpx", func(in *Interp, x k.Value) k.Value {
		a := listArgs(x, 3)
		mime, ok1 := textArg(a[1])
		body, ok2 := textArg(a[2])
		if !ok1 || !ok2 {
			k.Signal(k.ErrType)
		}
		return in.httpRequest("POST", httpURL(a[0]), mime, []byte(body))
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
	if !isHTTPTarget(s) {
		k.Signal("domain")
	}
	return strings.TrimPrefix(s, ":")
}

// httpRequest sends a request, through the proxy the environment names
// (http_proxy, no_proxy), asking for gzip, and gives the payload,
// inflated, as a string. An interrupt (Ctrl-C, -T) ends the wait with
// 'stop, and a payload the workspace cannot hold is 'wsfull.
func (in *Interp) httpRequest(method, url, mime string, body []byte) k.Value {
	ctx, done := in.netWait()
	defer done()
	req, err := http.NewRequestWithContext(ctx, method, url, bytes.NewReader(body))
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
		in.checkStop()
		panic(&k.Error{Msg: "conn. OS reports: " + err.Error()})
	}
	defer resp.Body.Close()
	var r io.Reader = &roomReader{r: resp.Body}
	if strings.EqualFold(resp.Header.Get("Content-Encoding"), "gzip") {
		zr, err := gzip.NewReader(resp.Body)
		if err != nil {
			k.Signal("gz")
		}
		r = &roomReader{r: zr}
	}
	data, err := io.ReadAll(r)
	if err != nil {
		in.checkStop()
		panic(&k.Error{Msg: "conn. OS reports: " + err.Error()})
	}
	return k.Str(string(data))
}

// netWait is the context of a wait on the network on the interpreter's
// goroutine (an HTTP request): it ends when the session is interrupted
// (Ctrl-C, -T), so that a server that never answers, or never stops
// sending, holds the session no longer than its user wants; the caller
// then signals 'stop (checkStop). done ends the context and its watcher,
// a goroutine that only reads the interrupt flags.
func (in *Interp) netWait() (ctx context.Context, done func()) {
	ctx, cancel := context.WithCancel(context.Background())
	go func() { // the watcher, off the interpreter's goroutine
		t := time.NewTicker(20 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
				if in.Interrupted() {
					cancel()
					return
				}
			}
		}
	}()
	return ctx, cancel
}

// roomReader reads r, asking the workspace, at every reserveStep bytes,
// for room for what was read so far once more (the buffer holding it
// grows by doubling): a response without end is 'wsfull, not the
// process out of memory.
type roomReader struct {
	r       io.Reader
	n, next int
}

// reserveStep is how many bytes roomReader reads between two checks.
const reserveStep = 8 << 20

func (rr *roomReader) Read(p []byte) (int, error) {
	n, err := rr.r.Read(p)
	rr.n += n
	if rr.n >= rr.next {
		k.Reserve(rr.n, 1)
		rr.next = rr.n + reserveStep
	}
	return n, err
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

// isHTTPTarget reports whether the symbol text sym names an HTTP server,
// :http://host[:port] or :https://host[:port].
func isHTTPTarget(sym string) bool {
	s := strings.TrimPrefix(sym, ":")
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}

// rawHTTP is `:http://host:port "request": it connects, writes the
// request text, and reads the response to its end (the length its
// headers give, its last chunk, or the server closing). An interrupt
// (Ctrl-C, -T) ends the wait with 'stop, and a response the workspace
// cannot hold is 'wsfull.
func (in *Interp) rawHTTP(sym string, req k.Value) k.Value {
	text, ok := textArg(req)
	if !ok {
		k.Signal(k.ErrType)
	}
	s := strings.TrimPrefix(sym, ":")
	secure := strings.HasPrefix(s, "https://")
	host := strings.TrimPrefix(strings.TrimPrefix(s, "https://"), "http://")
	if i := strings.IndexByte(host, '/'); i >= 0 {
		host = host[:i]
	}
	if host == "" {
		k.Signal("domain")
	}
	name, port := host, "80"
	if secure {
		port = "443"
	}
	if h, p, err := net.SplitHostPort(host); err == nil {
		name, port = h, p
	}
	ctx, done := in.netWait()
	defer done()
	var d net.Dialer
	conn, err := d.DialContext(ctx, "tcp", net.JoinHostPort(name, port))
	if err != nil {
		in.checkStop()
		panic(&k.Error{Msg: "conn. OS reports: " + err.Error()})
	}
	defer conn.Close()
	defer context.AfterFunc(ctx, func() { conn.SetDeadline(time.Unix(1, 0)) })() // an interrupt ends a read or write
	var rw io.ReadWriter = conn
	if secure {
		tc := tls.Client(conn, &tls.Config{ServerName: name})
		defer tc.Close()
		rw = tc
	}
	if _, err := io.WriteString(rw, text); err != nil {
		in.checkStop()
		panic(&k.Error{Msg: "conn. OS reports: " + err.Error()})
	}
	resp, err := readRawResponse(bufio.NewReader(&roomReader{r: rw}), strings.HasPrefix(text, "HEAD "))
	if err != nil {
		in.checkStop()
		panic(&k.Error{Msg: "conn. OS reports: " + err.Error()})
	}
	return k.Str(resp)
}

// readRawResponse reads one HTTP response from r: the head as sent, then
// the body, de-chunked when the head says it is chunked. A response to
// HEAD, and a 1xx, 204 or 304 status, has no body.
func readRawResponse(r *bufio.Reader, head bool) (string, error) {
	var b strings.Builder
	length, chunked, status := -1, false, 0
	for first := true; ; first = false {
		line, err := r.ReadString('\n')
		b.WriteString(line)
		if err != nil {
			if err == io.EOF {
				return b.String(), nil
			}
			return b.String(), err
		}
		l := strings.TrimRight(line, "\r\n")
		if first {
			if f := strings.Fields(l); len(f) > 1 {
				status, _ = strconv.Atoi(f[1])
			}
			continue
		}
		if l == "" {
			break
		}
		name, value, ok := strings.Cut(l, ":")
		if !ok {
			continue
		}
		value = strings.TrimSpace(value)
		switch strings.ToLower(strings.TrimSpace(name)) {
		case "content-length":
			if n, err := strconv.Atoi(value); err == nil && n >= 0 {
				length = n
			}
		case "transfer-encoding":
			chunked = strings.Contains(strings.ToLower(value), "chunked")
		}
	}
	if head || status/100 == 1 || status == 204 || status == 304 {
		return b.String(), nil
	}
	switch {
	case chunked:
		for {
			line, err := r.ReadString('\n')
			if err != nil {
				return b.String(), err
			}
			size := strings.TrimSpace(strings.SplitN(line, ";", 2)[0])
			n, err := strconv.ParseInt(size, 16, 64)
			if err != nil || n < 0 {
				return b.String(), io.ErrUnexpectedEOF
			}
			if n == 0 {
				// trailers, up to the empty line that ends them
				for {
					t, err := r.ReadString('\n')
					if err != nil || strings.TrimRight(t, "\r\n") == "" {
						return b.String(), nil
					}
				}
			}
			if _, err := io.CopyN(&b, r, n); err != nil {
				return b.String(), err
			}
			if _, err := r.ReadString('\n'); err != nil {
				return b.String(), err
			}
		}
	case length >= 0:
		_, err := io.CopyN(&b, r, int64(length))
		return b.String(), err
	}
	_, err := io.Copy(&b, r)
	return b.String(), err
}
