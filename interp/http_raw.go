// This file defines q's low-level HTTP request (docs/kb/http.md): a
// symbol `:http://host:port (or https) applied to a string sends the
// string as it is and gives the whole response, status line, headers and
// body, as a string; a chunked body is joined from its chunks first.

package interp

import (
	"bufio"
	"crypto/tls"
	"io"
	"net"
	"strconv"
	"strings"

	"qgo/interp/k"
)

// isHTTPTarget reports whether the symbol text sym names an HTTP server,
// :http://host[:port] or :https://host[:port].
func isHTTPTarget(sym string) bool {
	s := strings.TrimPrefix(sym, ":")
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}

// rawHTTP is `:http://host:port "request": it connects, writes the
// request text, and reads the response to its end (the length its
// headers give, its last chunk, or the server closing).
func rawHTTP(sym string, req k.Value) k.Value {
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
	conn, err := net.Dial("tcp", net.JoinHostPort(name, port))
	if err != nil {
		panic(&k.Error{Msg: "conn. OS reports: " + err.Error()})
	}
	defer conn.Close()
	var rw io.ReadWriter = conn
	if secure {
		tc := tls.Client(conn, &tls.Config{ServerName: name})
		defer tc.Close()
		rw = tc
	}
	if _, err := io.WriteString(rw, text); err != nil {
		panic(&k.Error{Msg: "conn. OS reports: " + err.Error()})
	}
	resp, err := readRawResponse(bufio.NewReader(rw), strings.HasPrefix(text, "HEAD "))
	if err != nil {
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
