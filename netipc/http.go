// This file reads HTTP/1.x requests and serves the connections that
// speak HTTP on the IPC port: one request at a time, each answered by
// the WebCore (q's .z.ph, .z.pp, .z.pm), or turned into a WebSocket
// (ws.go) when it asks for an upgrade.

package netipc

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"net"
	"strconv"
	"strings"
	"time"
)

// HTTP limits.
const (
	maxHTTPHead   = 64 << 10 // request line and header fields, in bytes
	maxHTTPFields = 256      // header fields in one request
	// gzipMin is the shortest response body kdb+ compresses for a client
	// that accepts gzip (docs/kb/http.md: 2,000 characters).
	gzipMin = 2000
)

// ErrHTTP: the peer sent bytes that are not a well-formed HTTP request,
// or a request beyond the limits. The server answers 400 and closes.
var ErrHTTP = errors.New("bad HTTP request")

// Request is one HTTP request read from a connection.
type Request struct {
	Method string // "GET", "POST" …, as sent
	Target string // the request target as sent: "/?1+1", "/index.html"
	Proto  string // "HTTP/1.1"
	// Header holds the header fields in the order sent, each a name (as
	// the client spelled it) and a value (trimmed); a repeated name is
	// repeated.
	Header [][2]string
	Body   []byte   // decoded from chunks if it came chunked
	Addr   net.Addr // the peer's address
}

// Get returns the value of the first header field called name (in any
// case), or "".
func (r *Request) Get(name string) string {
	for _, f := range r.Header {
		if strings.EqualFold(f[0], name) {
			return f[1]
		}
	}
	return ""
}

// hasToken reports whether a header field called name holds token in
// its comma-separated list (case-insensitive), as Connection: keep-alive,
// Upgrade.
func (r *Request) hasToken(name, token string) bool {
	for _, f := range r.Header {
		if strings.EqualFold(f[0], name) && headerHasToken(f[1], token) {
			return true
		}
	}
	return false
}

// headerHasToken reports whether the comma-separated list v holds token.
func headerHasToken(v, token string) bool {
	for t := range strings.SplitSeq(v, ",") {
		if strings.EqualFold(strings.TrimSpace(t), token) {
			return true
		}
	}
	return false
}

// ReadRequest reads one HTTP/1.x request from br: the request line, the
// header fields, and the body given by Content-Length or chunked
// Transfer-Encoding, at most maxBody bytes of it. At the end of the
// stream before the first byte it returns io.EOF; a malformed request
// or one beyond the limits gives an error wrapping ErrHTTP. It never
// reads past the end of the request.
func ReadRequest(br *bufio.Reader, maxBody int) (*Request, error) {
	return readRequest(br, maxBody, nil)
}

// readRequest is ReadRequest, asking room, when not nil, before the
// body grows (readFull).
func readRequest(br *bufio.Reader, maxBody int, room func(n int) error) (*Request, error) {
	budget := maxHTTPHead
	line, err := readHTTPLine(br, &budget)
	for err == nil && len(line) == 0 { // RFC 9112 2.2: ignore a blank line before the request
		line, err = readHTTPLine(br, &budget)
	}
	if err != nil {
		return nil, err
	}
	r := &Request{}
	parts := strings.Split(string(line), " ")
	if len(parts) != 3 || !isToken(parts[0]) || parts[1] == "" || !strings.HasPrefix(parts[2], "HTTP/1.") {
		return nil, fmt.Errorf("%w: request line %q", ErrHTTP, truncate(line))
	}
	r.Method, r.Target, r.Proto = parts[0], parts[1], parts[2]
	for {
		line, err := readHTTPLine(br, &budget)
		if err != nil {
			return nil, unexpected(err)
		}
		if len(line) == 0 {
			break
		}
		if line[0] == ' ' || line[0] == '\t' { // obsolete line folding: one value
			if len(r.Header) == 0 {
				return nil, fmt.Errorf("%w: continuation line first", ErrHTTP)
			}
			f := &r.Header[len(r.Header)-1]
			f[1] = strings.TrimSpace(f[1] + " " + strings.TrimSpace(string(line)))
			continue
		}
		name, value, ok := strings.Cut(string(line), ":")
		if !ok || !isToken(name) {
			return nil, fmt.Errorf("%w: header line %q", ErrHTTP, truncate(line))
		}
		if len(r.Header) == maxHTTPFields {
			return nil, fmt.Errorf("%w: more than %d header fields", ErrHTTP, maxHTTPFields)
		}
		r.Header = append(r.Header, [2]string{name, strings.Trim(value, " \t")})
	}
	if r.Body, err = readBody(br, r, maxBody, room); err != nil {
		return nil, unexpected(err)
	}
	return r, nil
}

// unexpected turns the end of the stream inside a request into
// io.ErrUnexpectedEOF.
func unexpected(err error) error {
	if errors.Is(err, io.EOF) {
		return io.ErrUnexpectedEOF
	}
	return err
}

// truncate is the start of b, for error messages.
func truncate(b []byte) string {
	if len(b) > 80 {
		return string(b[:80]) + "…"
	}
	return string(b)
}

// readHTTPLine reads one line, without its CRLF (or bare LF), charging
// its length to budget; it fails once the budget is spent.
func readHTTPLine(br *bufio.Reader, budget *int) ([]byte, error) {
	var line []byte
	for {
		frag, err := br.ReadSlice('\n')
		*budget -= len(frag)
		if *budget < 0 {
			return nil, fmt.Errorf("%w: header longer than %d bytes", ErrHTTP, maxHTTPHead)
		}
		line = append(line, frag...)
		if err == nil {
			break
		}
		if !errors.Is(err, bufio.ErrBufferFull) {
			if errors.Is(err, io.EOF) && len(line) > 0 {
				err = io.ErrUnexpectedEOF
			}
			return nil, err
		}
	}
	line = line[:len(line)-1]
	if n := len(line); n > 0 && line[n-1] == '\r' {
		line = line[:n-1]
	}
	return line, nil
}

// isToken reports whether s is an HTTP token (RFC 9110 5.6.2), as a
// method or a field name must be.
func isToken(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c <= ' ' || c >= 0x7f || strings.IndexByte(`"(),/:;<=>?@[\]{}`, c) >= 0 {
			return false
		}
	}
	return true
}

// readBody reads r's body from br: chunked, or Content-Length bytes, or
// none.
func readBody(br *bufio.Reader, r *Request, maxBody int, room func(n int) error) ([]byte, error) {
	if te := r.Get("Transfer-Encoding"); te != "" {
		if !headerHasToken(te, "chunked") {
			return nil, fmt.Errorf("%w: transfer encoding %q", ErrHTTP, te)
		}
		return readChunked(br, maxBody, room)
	}
	cl := ""
	for _, f := range r.Header {
		if strings.EqualFold(f[0], "Content-Length") {
			if cl != "" && cl != f[1] {
				return nil, fmt.Errorf("%w: conflicting Content-Length", ErrHTTP)
			}
			cl = f[1]
		}
	}
	if cl == "" {
		return nil, nil
	}
	n, err := strconv.ParseUint(cl, 10, 63)
	if err != nil || cl[0] == '+' {
		return nil, fmt.Errorf("%w: Content-Length %q", ErrHTTP, cl)
	}
	if n > uint64(maxBody) {
		return nil, fmt.Errorf("%w: body of %d bytes, more than %d", ErrHTTP, n, maxBody)
	}
	return readFull(br, int(n), room)
}

// readFull reads exactly n bytes, allocating as they arrive so that a
// lying length cannot make it allocate much more than it received, and
// asking room, when not nil, before each growth: its error ('wsfull)
// ends the read.
func readFull(r io.Reader, n int, room func(n int) error) ([]byte, error) {
	b := make([]byte, 0, min(n, firstChunk))
	for len(b) < n {
		if len(b) == cap(b) {
			if room != nil {
				if err := room(min(n, 2*len(b))); err != nil {
					return nil, fmt.Errorf("%w: %d bytes: %v", ErrHTTP, n, err)
				}
			}
			b = append(b, make([]byte, min(n-len(b), len(b)))...)[:len(b)]
		}
		m, err := r.Read(b[len(b):min(n, cap(b))])
		b = b[:len(b)+m]
		if err != nil && len(b) < n {
			return nil, unexpected(err)
		}
	}
	return b, nil
}

// readChunked reads a chunked body and its trailer, at most maxBody
// bytes of data.
func readChunked(br *bufio.Reader, maxBody int, room func(n int) error) ([]byte, error) {
	var body []byte
	budget := maxHTTPHead
	for {
		line, err := readHTTPLine(br, &budget)
		if err != nil {
			return nil, err
		}
		size, _, _ := strings.Cut(string(line), ";")
		size = strings.TrimSpace(size)
		n, err := strconv.ParseUint(size, 16, 63)
		if err != nil || size == "" || size[0] == '+' {
			return nil, fmt.Errorf("%w: chunk size %q", ErrHTTP, truncate(line))
		}
		if n == 0 {
			break
		}
		if n > uint64(maxBody-len(body)) {
			return nil, fmt.Errorf("%w: body longer than %d bytes", ErrHTTP, maxBody)
		}
		if room != nil && len(body)+int(n) > firstChunk {
			if err := room(len(body) + int(n)); err != nil {
				return nil, fmt.Errorf("%w: body of %d bytes: %v", ErrHTTP, len(body)+int(n), err)
			}
		}
		chunk, err := readFull(br, int(n), room)
		if err != nil {
			return nil, err
		}
		body = append(body, chunk...)
		if line, err = readHTTPLine(br, &budget); err != nil {
			return nil, err
		} else if len(line) != 0 {
			return nil, fmt.Errorf("%w: no CRLF after a chunk", ErrHTTP)
		}
	}
	for { // the trailer, ignored
		line, err := readHTTPLine(br, &budget)
		if err != nil {
			return nil, err
		}
		if len(line) == 0 {
			return body, nil
		}
	}
}

// httpError is the response to a request that could not be read, or
// that nobody answered: status and a plain-text body, the connection
// closing after it.
func httpError(status, text string) []byte {
	return fmt.Appendf(nil, "HTTP/1.1 %s\r\nContent-Type: text/plain\r\nConnection: close\r\nContent-Length: %d\r\n\r\n%s", status, len(text), text)
}

// keepAlive reports whether the connection stays open after resp, the
// response to r: only when the response says so (kdb+ closes after each
// response unless the handler used .h.ka) and the request did not ask
// to close.
func keepAlive(r *Request, resp []byte) bool {
	if r.hasToken("Connection", "close") || (r.Proto == "HTTP/1.0" && !r.hasToken("Connection", "keep-alive")) {
		return false
	}
	head, _, ok := bytes.Cut(resp, []byte("\r\n\r\n"))
	if !ok {
		return false
	}
	keep := false
	for i, line := range strings.Split(string(head), "\r\n") {
		name, value, ok := strings.Cut(line, ":")
		if i == 0 || !ok || !strings.EqualFold(strings.TrimSpace(name), "Connection") {
			continue
		}
		if headerHasToken(value, "close") {
			return false
		}
		keep = keep || headerHasToken(value, "keep-alive")
	}
	return keep && hasLength(head)
}

// hasLength reports whether a response head gives its body's length, so
// that the connection can carry another response after it.
func hasLength(head []byte) bool {
	for _, line := range strings.Split(string(head), "\r\n")[1:] {
		if name, _, ok := strings.Cut(line, ":"); ok && strings.EqualFold(strings.TrimSpace(name), "Content-Length") {
			return true
		}
	}
	return false
}

// gzipResponse compresses the body of resp, the answer to r, as kdb+
// does since 4.0 2020.03.17 (docs/kb/http.md): for a query (a target
// with a ?), when the body is at least 2,000 bytes, the client accepts
// gzip and the response is not encoded already. It returns resp itself
// otherwise.
func gzipResponse(r *Request, resp []byte) []byte {
	if !strings.Contains(r.Target, "?") || !acceptsGzip(r.Get("Accept-Encoding")) {
		return resp
	}
	head, body, ok := bytes.Cut(resp, []byte("\r\n\r\n"))
	if !ok || len(body) < gzipMin {
		return resp
	}
	lines := strings.Split(string(head), "\r\n")
	if !strings.HasPrefix(lines[0], "HTTP/1.") {
		return resp
	}
	length := -1
	for _, line := range lines[1:] {
		name, value, _ := strings.Cut(line, ":")
		switch strings.ToLower(strings.TrimSpace(name)) {
		case "content-encoding", "transfer-encoding":
			return resp
		case "content-length":
			n, err := strconv.Atoi(strings.TrimSpace(value))
			if err != nil || n != len(body) {
				return resp // a partial or inconsistent response: leave it alone
			}
			length = n
		}
	}
	if length < 0 {
		return resp
	}
	var z bytes.Buffer
	zw := gzip.NewWriter(&z)
	zw.Write(body)
	zw.Close()
	var out bytes.Buffer
	for i, line := range lines {
		name, _, _ := strings.Cut(line, ":")
		if i > 0 && strings.EqualFold(strings.TrimSpace(name), "Content-Length") {
			fmt.Fprintf(&out, "Content-Length: %d\r\nContent-Encoding: gzip\r\n", z.Len())
			continue
		}
		out.WriteString(line)
		out.WriteString("\r\n")
	}
	out.WriteString("\r\n")
	out.Write(z.Bytes())
	return out.Bytes()
}

// acceptsGzip reports whether an Accept-Encoding value allows gzip.
func acceptsGzip(v string) bool {
	for t := range strings.SplitSeq(v, ",") {
		coding, params, _ := strings.Cut(strings.TrimSpace(t), ";")
		if !strings.EqualFold(strings.TrimSpace(coding), "gzip") {
			continue
		}
		q := strings.ReplaceAll(strings.TrimSpace(params), " ", "")
		return q != "q=0" && q != "q=0.0" && q != "q=0.00" && q != "q=0.000"
	}
	return false
}

// serveHTTP serves one connection that speaks HTTP until it closes:
// each request is answered by the WebCore, or becomes a WebSocket. It
// runs on the connection's goroutine (Options.HTTP).
func (w *Web) serveHTTP(nc net.Conn) {
	br := bufio.NewReaderSize(nc, readBufSize)
	raw := socketOf(nc)
	h := TakeHandle(raw)
	defer ReleaseHandle(raw)
	for first := true; ; first = false {
		timeout := w.opts.RequestTimeout
		if !first {
			timeout = w.opts.IdleTimeout
		}
		if timeout > 0 {
			nc.SetReadDeadline(time.Now().Add(timeout))
		}
		r, err := readRequest(br, w.opts.MaxMessage, w.opts.Room)
		if err != nil {
			if errors.Is(err, ErrHTTP) {
				w.opts.Logf("netipc: HTTP from %v: %v", nc.RemoteAddr(), err)
				nc.SetWriteDeadline(time.Now().Add(time.Second))
				nc.Write(httpError("400 Bad Request", "'"+err.Error()))
			}
			return
		}
		nc.SetReadDeadline(time.Time{})
		r.Addr = nc.RemoteAddr()
		if isUpgrade(r) {
			w.upgrade(nc, br, r)
			return
		}
		resp := w.core.HTTPRequest(h, r.Addr, r.Method, r.Target, r.Header, r.Body)
		if resp == nil {
			return
		}
		if r.Method == "HEAD" {
			if head, _, ok := bytes.Cut(resp, []byte("\r\n\r\n")); ok {
				resp = append(head, "\r\n\r\n"...)
			}
		}
		resp = gzipResponse(r, resp)
		if err := w.write(nc, resp); err != nil || !keepAlive(r, resp) {
			return
		}
	}
}

// writeStep is how much of a response write hands the socket at once,
// each step with its own WriteTimeout.
const writeStep = 256 << 10

// write writes b to nc, a step at a time, failing when the peer takes
// nothing more for WriteTimeout. It runs on the connection's goroutine.
func (w *Web) write(nc net.Conn, b []byte) error {
	d := w.opts.WriteTimeout
	if d < 0 {
		_, err := nc.Write(b)
		return err
	}
	defer nc.SetWriteDeadline(time.Time{})
	for len(b) > 0 {
		nc.SetWriteDeadline(time.Now().Add(d))
		n, err := nc.Write(b[:min(len(b), writeStep)])
		b = b[n:]
		if err != nil {
			return err
		}
	}
	return nil
}
