// This file defines q's HTTP client and its gzip codec (docs/ref/dotq.md):
// .Q.hg (GET) and .Q.hp (POST), which ask for a gzipped payload and
// inflate it, and .Q.gz, which deflates or inflates a char or byte vector
// in the gzip format; and q's low-level HTTP request (docs/kb/http.md): a
// symbol `:http://host:port (or https) applied to a string sends the
// string as it is and gives the whole response, status line, headers and
// body, as a string; a chunked body is joined from its chunks first.
// The client speaks HTTP/1.1 itself over net and crypto/tls, one request
// a connection: net/http, which nothing else in qgo uses, would cost its
// initialisation (HTTP/2's tables among it) at every start.

package interp

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"crypto/tls"
	"encoding/base64"
	"fmt"
	"io"
	"net"
	"net/url"
	"os"
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
// (http_proxy, no_proxy: proxyFor), asking for gzip, and gives the
// payload, inflated, as a string; a redirect is followed (at most ten),
// as a browser follows one. An interrupt (Ctrl-C, -T) ends the wait with
// 'stop, and a payload the workspace cannot hold is 'wsfull.
func (in *Interp) httpRequest(method, rawURL, mime string, body []byte) k.Value {
	ctx, done := in.netWait()
	defer done()
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		k.Signal("domain")
	}
	fail := func(err error) {
		in.checkStop()
		panic(&k.Error{Msg: "conn. OS reports: " + err.Error()})
	}
	for redirects := 0; ; redirects++ {
		conn, r, err := httpExchange(ctx, method, u, mime, body)
		if err != nil {
			fail(err)
		}
		h, err := readHead(r)
		for err == nil && h.status/100 == 1 && h.status != 101 && !h.eof {
			h, err = readHead(r) // 100 Continue and the like come before the answer
		}
		if err == nil && h.eof {
			err = io.ErrUnexpectedEOF
		}
		if err != nil {
			conn.Close()
			fail(err)
		}
		if loc := h.location; loc != "" && redirects < 10 && isRedirect(h.status) {
			conn.Close()
			next, err := u.Parse(loc)
			if err != nil || (next.Scheme != "http" && next.Scheme != "https") {
				fail(fmt.Errorf("redirect to %q", loc))
			}
			if h.status == 303 || (h.status <= 302 && method == "POST") {
				method, mime, body = "GET", "", nil
			}
			u = next
			continue
		}
		defer conn.Close()
		var b bytes.Buffer
		if err := readBody(&b, r, h, method == "HEAD"); err != nil {
			fail(err)
		}
		data := b.Bytes()
		if h.gzip {
			zr, err := gzip.NewReader(bytes.NewReader(data))
			if err != nil {
				k.Signal("gz")
			}
			if data, err = io.ReadAll(&roomReader{r: zr}); err != nil {
				k.Signal("gz")
			}
		}
		return k.Str(string(data))
	}
}

// isRedirect reports whether an HTTP status sends the client elsewhere.
func isRedirect(status int) bool {
	switch status {
	case 301, 302, 303, 307, 308:
		return true
	}
	return false
}

// httpExchange connects for u (to the proxy the environment names for
// it, tunnelling through it for https), writes the request and gives the
// connection and a reader of the response, which counts what it reads
// against the workspace. An end of ctx closes the connection's wait.
func httpExchange(ctx context.Context, method string, u *url.URL, mime string, body []byte) (net.Conn, *bufio.Reader, error) {
	secure := u.Scheme == "https"
	host, port := u.Hostname(), u.Port()
	if port == "" {
		port = "80"
		if secure {
			port = "443"
		}
	}
	addr := net.JoinHostPort(host, port)
	proxy := proxyFor(u.Scheme, host, port)
	dial := addr
	if proxy != nil {
		dial = proxy.Host
		if proxy.Port() == "" {
			dial = net.JoinHostPort(proxy.Hostname(), "80")
		}
	}
	var d net.Dialer
	conn, err := d.DialContext(ctx, "tcp", dial)
	if err != nil {
		return nil, nil, err
	}
	stop := context.AfterFunc(ctx, func() { conn.SetDeadline(time.Unix(1, 0)) }) // an interrupt ends a read or write
	c := &ctxConn{Conn: conn, stop: stop}
	var rw net.Conn = c
	if secure {
		if proxy != nil {
			// CONNECT host:port through the proxy, then TLS inside the tunnel
			req := "CONNECT " + addr + " HTTP/1.1\r\nHost: " + addr + "\r\n" + proxyAuth(proxy) + "\r\n"
			if _, err := io.WriteString(c, req); err != nil {
				c.Close()
				return nil, nil, err
			}
			br := bufio.NewReader(c)
			h, err := readHead(br)
			if err == nil && h.status/100 != 2 {
				err = fmt.Errorf("proxy %s: %d to CONNECT", proxy.Host, h.status)
			}
			if err == nil && br.Buffered() > 0 {
				err = fmt.Errorf("proxy %s: data after its answer to CONNECT", proxy.Host)
			}
			if err != nil {
				c.Close()
				return nil, nil, err
			}
		}
		rw = &ctxConn{Conn: tls.Client(c, &tls.Config{ServerName: host}), stop: c.stop}
	}
	var req strings.Builder
	target := u.RequestURI()
	if proxy != nil && !secure {
		target = u.Scheme + "://" + u.Host + target // a proxy is asked for the whole URL
	}
	req.WriteString(method + " " + target + " HTTP/1.1\r\nHost: " + u.Host + "\r\n")
	if u.User != nil {
		pw, _ := u.User.Password()
		req.WriteString("Authorization: Basic " + base64.StdEncoding.EncodeToString([]byte(u.User.Username()+":"+pw)) + "\r\n")
	}
	if proxy != nil && !secure {
		req.WriteString(proxyAuth(proxy))
	}
	req.WriteString("User-Agent: qgo\r\nAccept-Encoding: gzip\r\nConnection: close\r\n")
	if mime != "" {
		req.WriteString("Content-Type: " + mime + "\r\n")
	}
	if body != nil || method == "POST" {
		req.WriteString("Content-Length: " + strconv.Itoa(len(body)) + "\r\n")
	}
	req.WriteString("\r\n")
	if _, err := io.WriteString(rw, req.String()+string(body)); err != nil {
		rw.Close()
		return nil, nil, err
	}
	return rw, bufio.NewReader(&roomReader{r: rw}), nil
}

// proxyAuth is the Proxy-Authorization header line for a proxy URL with
// a user, else "".
func proxyAuth(proxy *url.URL) string {
	if proxy.User == nil {
		return ""
	}
	pw, _ := proxy.User.Password()
	return "Proxy-Authorization: Basic " + base64.StdEncoding.EncodeToString([]byte(proxy.User.Username()+":"+pw)) + "\r\n"
}

// ctxConn is a connection whose closing also stops the watch that would
// end its wait on an interrupt.
type ctxConn struct {
	net.Conn
	stop func() bool
}

// Close stops the interrupt's watch on the connection, then closes it.
func (c *ctxConn) Close() error {
	c.stop()
	return c.Conn.Close()
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
	h, err := readHead(r)
	if err != nil || h.eof {
		return h.text, err
	}
	var b strings.Builder
	b.WriteString(h.text)
	err = readBody(&b, r, h, head)
	return b.String(), err
}

// httpHead is the head of an HTTP response: its text as sent, its
// status, and what its headers say of the body and of a redirect.
type httpHead struct {
	text     string
	status   int
	length   int64 // Content-Length, or -1
	chunked  bool  // Transfer-Encoding: chunked
	gzip     bool  // Content-Encoding: gzip
	location string
	eof      bool // the connection ended before the head did
}

// readHead reads a response's head from r, up to and with the empty line
// that ends it.
func readHead(r *bufio.Reader) (httpHead, error) {
	var b strings.Builder
	h := httpHead{length: -1}
	for first := true; ; first = false {
		line, err := r.ReadString('\n')
		b.WriteString(line)
		if err != nil {
			h.text = b.String()
			if err == io.EOF {
				h.eof = true
				return h, nil
			}
			return h, err
		}
		l := strings.TrimRight(line, "\r\n")
		if first {
			if f := strings.Fields(l); len(f) > 1 {
				h.status, _ = strconv.Atoi(f[1])
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
			if n, err := strconv.ParseInt(value, 10, 64); err == nil && n >= 0 {
				h.length = n
			}
		case "transfer-encoding":
			h.chunked = strings.Contains(strings.ToLower(value), "chunked")
		case "content-encoding":
			h.gzip = strings.EqualFold(value, "gzip")
		case "location":
			h.location = value
		}
	}
	h.text = b.String()
	return h, nil
}

// readBody reads the body of the response whose head is h from r into
// b: de-chunked, to the length the head gives, or to the end. A response
// to HEAD, and a 1xx, 204 or 304 status, has none.
func readBody(b io.Writer, r *bufio.Reader, h httpHead, head bool) error {
	if head || h.status/100 == 1 || h.status == 204 || h.status == 304 {
		return nil
	}
	switch {
	case h.chunked:
		for {
			line, err := r.ReadString('\n')
			if err != nil {
				return err
			}
			size := strings.TrimSpace(strings.SplitN(line, ";", 2)[0])
			n, err := strconv.ParseInt(size, 16, 64)
			if err != nil || n < 0 {
				return io.ErrUnexpectedEOF
			}
			if n == 0 {
				// trailers, up to the empty line that ends them
				for {
					t, err := r.ReadString('\n')
					if err != nil || strings.TrimRight(t, "\r\n") == "" {
						return nil
					}
				}
			}
			if _, err := io.CopyN(b, r, n); err != nil {
				return err
			}
			if _, err := r.ReadString('\n'); err != nil {
				return err
			}
		}
	case h.length >= 0:
		_, err := io.CopyN(b, r, h.length)
		return err
	}
	_, err := io.Copy(b, r)
	return err
}

// What follows finds the proxy .Q.hg and .Q.hp go through (docs/ref/dotq.md):
// the environment's http_proxy (https_proxy for https), the lower-case
// name taken before the upper-case one, unless no_proxy (NO_PROXY) names
// the host. A request to the local host is never sent through a proxy.

// proxyFor is the proxy for a request to host:port by scheme (http or
// https), or nil to connect directly.
func proxyFor(scheme, host, port string) *url.URL {
	name := "http_proxy"
	if scheme == "https" {
		name = "https_proxy"
	}
	p := envAny(name, strings.ToUpper(name))
	if p == "" || !proxied(host, port, envAny("no_proxy", "NO_PROXY")) {
		return nil
	}
	if !strings.Contains(p, "://") {
		p = "http://" + p // a proxy named by its host alone
	}
	u, err := url.Parse(p)
	if err != nil || u.Host == "" {
		return nil
	}
	return u
}

// envAny is the first of the environment variables names that is set and
// not empty, else "".
func envAny(names ...string) string {
	for _, n := range names {
		if v := os.Getenv(n); v != "" {
			return v
		}
	}
	return ""
}

// proxied reports whether a request to host:port goes through a proxy
// given the no_proxy list noProxy: entries separated by commas or
// spaces, each * (no request is proxied), an IP address, a network in
// CIDR notation, or a domain name (it and its subdomains; a leading dot
// or *. means the same), each with an optional :port.
func proxied(host, port, noProxy string) bool {
	host = strings.ToLower(host)
	if host == "localhost" {
		return false
	}
	ip := net.ParseIP(host)
	if ip != nil && ip.IsLoopback() {
		return false
	}
	for _, e := range strings.FieldsFunc(strings.ToLower(noProxy), func(r rune) bool { return r == ',' || r == ' ' }) {
		if e == "*" {
			return false
		}
		if _, n, err := net.ParseCIDR(e); err == nil {
			if ip != nil && n.Contains(ip) {
				return false
			}
			continue
		}
		if h, p, err := net.SplitHostPort(e); err == nil {
			if p != port {
				continue
			}
			e = h
		}
		if eip := net.ParseIP(e); eip != nil {
			if ip != nil && eip.Equal(ip) {
				return false
			}
			continue
		}
		e = strings.TrimPrefix(strings.TrimPrefix(e, "*"), ".")
		if host == e || strings.HasSuffix(host, "."+e) {
			return false
		}
	}
	return true
}
