// This file is the client side of WebSockets: q's
// (`$":ws://host:port")"GET / HTTP/1.1\r\nHost: host:port\r\n\r\n",
// which opens a WebSocket to another process with the request text the
// caller wrote (docs/kb/websockets.md).

package netipc

import (
	"bufio"
	"context"
	"crypto/rand"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"net"
	"strconv"
	"strings"
	"time"
)

// maxDialResponse bounds the response to a failed upgrade that Dial
// reads and returns.
const maxDialResponse = 1 << 20

// Dial opens a WebSocket to address on network ("tcp" or "unix"): it
// sends request, an HTTP request text such as
// "GET / HTTP/1.1\r\nHost: h:p\r\n\r\n", with the upgrade's header fields
// added (and basic authorization for user and password when user is
// not empty and the request has none), and reads the response. If the
// server switches protocols, it returns the new WebSocket's handle and
// the response's head; messages from the server then go to
// WebCore.WSMessage and its end to WebCore.WSClosed (WSOpened is not
// called, as q does not run .z.wo for its own connections). Otherwise
// it returns handle 0 and the whole response, as q returns (0Ni;text).
// ctx bounds the connection and the handshake; other failures are
// errors. q code calls it on the loop goroutine, which it blocks until
// the handshake is done.
func (w *Web) Dial(ctx context.Context, network, address, request, user, password string) (h int, response string, err error) {
	var d net.Dialer
	nc, err := d.DialContext(ctx, network, address)
	if err != nil {
		if ctx.Err() != nil || isTimeout(err) {
			return 0, "", fmt.Errorf("%w: %w", ErrTimeout, err)
		}
		return 0, "", err
	}
	if dl, ok := ctx.Deadline(); ok {
		nc.SetDeadline(dl)
	}
	stop := context.AfterFunc(ctx, func() { nc.SetDeadline(aLongTimeAgo) })
	var keyBytes [16]byte
	rand.Read(keyBytes[:])
	key := base64.StdEncoding.EncodeToString(keyBytes[:])
	br := bufio.NewReaderSize(nc, readBufSize)
	head, status, err := w.handshake(nc, br, upgradeRequest(request, key, user, password), key)
	if !stop() || ctx.Err() != nil {
		nc.Close()
		return 0, "", fmt.Errorf("%w: %w", ErrTimeout, ctx.Err())
	}
	if err != nil {
		nc.Close()
		if isTimeout(err) {
			return 0, "", fmt.Errorf("%w: %w", ErrTimeout, err)
		}
		return 0, "", err
	}
	if status != 101 {
		body := readRest(nc, br, head)
		nc.Close()
		return 0, head + body, nil
	}
	nc.SetDeadline(time.Time{})
	c := w.newWSConn(nc, br, false)
	w.mu.Lock()
	closed := w.closed
	if !closed {
		w.wg.Add(1)
	}
	w.mu.Unlock()
	if closed {
		nc.Close()
		return 0, "", ErrServerClosed
	}
	if err := w.register(c); err != nil {
		nc.Close()
		w.wg.Done()
		return 0, "", err
	}
	c.start()
	go func() { // the dialled WebSocket's reader goroutine
		defer w.wg.Done()
		c.read()
		c.finish()
	}()
	return c.h, head, nil
}

// upgradeRequest is request with the WebSocket upgrade's header fields
// added before its blank line, and Authorization for user and password.
func upgradeRequest(request, key, user, password string) []byte {
	head, _, _ := strings.Cut(request, "\r\n\r\n")
	head = strings.TrimRight(head, "\r\n")
	has := func(name string) bool {
		for _, line := range strings.Split(head, "\r\n")[1:] {
			if n, _, ok := strings.Cut(line, ":"); ok && strings.EqualFold(strings.TrimSpace(n), name) {
				return true
			}
		}
		return false
	}
	var b strings.Builder
	b.WriteString(head)
	b.WriteString("\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: " + key + "\r\nSec-WebSocket-Version: 13\r\n")
	if user != "" && !has("Authorization") {
		b.WriteString("Authorization: Basic " + base64.StdEncoding.EncodeToString([]byte(user+":"+password)) + "\r\n")
	}
	b.WriteString("\r\n")
	return []byte(b.String())
}

// handshake sends req on nc and reads the response's head (up to and
// including its blank line): a 101 must accept key. It returns the head
// and the status code.
func (w *Web) handshake(nc net.Conn, br *bufio.Reader, req []byte, key string) (head string, status int, err error) {
	if _, err := nc.Write(req); err != nil {
		return "", 0, err
	}
	var sb strings.Builder
	budget := maxHTTPHead
	var fields [][2]string
	for first := true; ; first = false {
		line, err := readHTTPLine(br, &budget)
		if err != nil {
			return "", 0, unexpected(err)
		}
		sb.Write(line)
		sb.WriteString("\r\n")
		if first {
			proto, rest, _ := strings.Cut(string(line), " ")
			code, _, _ := strings.Cut(rest, " ")
			if status, err = strconv.Atoi(code); err != nil || !strings.HasPrefix(proto, "HTTP/1.") {
				return "", 0, fmt.Errorf("%w: status line %q", ErrHTTP, truncate(line))
			}
			continue
		}
		if len(line) == 0 {
			break
		}
		name, value, _ := strings.Cut(string(line), ":")
		fields = append(fields, [2]string{strings.TrimSpace(name), strings.TrimSpace(value)})
	}
	if status == 101 {
		r := &Request{Header: fields}
		if !r.hasToken("Upgrade", "websocket") || r.Get("Sec-WebSocket-Accept") != wsAccept(key) {
			return "", 0, errors.New("websocket handshake: the server did not accept the key")
		}
		if r.Get("Sec-WebSocket-Extensions") != "" {
			return "", 0, errors.New("websocket handshake: the server chose an extension not offered")
		}
	}
	return sb.String(), status, nil
}

// readRest reads the body of a refused upgrade's response, given its
// head: Content-Length bytes, or up to the end of the stream within a
// second, at most maxDialResponse bytes.
func readRest(nc net.Conn, br *bufio.Reader, head string) string {
	n := -1
	for _, line := range strings.Split(head, "\r\n")[1:] {
		name, value, _ := strings.Cut(line, ":")
		if strings.EqualFold(strings.TrimSpace(name), "Content-Length") {
			if v, err := strconv.Atoi(strings.TrimSpace(value)); err == nil && v >= 0 {
				n = min(v, maxDialResponse)
			}
		}
	}
	nc.SetReadDeadline(time.Now().Add(time.Second))
	if n >= 0 {
		b, err := readFull(br, n, nil)
		if err != nil {
			return ""
		}
		return string(b)
	}
	b, _ := io.ReadAll(io.LimitReader(br, maxDialResponse))
	return string(b)
}
