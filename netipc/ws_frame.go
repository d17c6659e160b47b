// This file reads and writes WebSocket frames (RFC 6455 section 5):
// masking, fragmented messages with control frames between their
// fragments, and the checks the RFC asks of an endpoint, each failure
// carrying the close code to send.

package netipc

import (
	"bufio"
	"crypto/rand"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"
)

// WebSocket opcodes.
const (
	wsContinuation byte = 0x0
	wsText         byte = 0x1
	wsBinary       byte = 0x2
	wsClose        byte = 0x8
	wsPing         byte = 0x9
	wsPong         byte = 0xA
)

// WebSocket close codes (RFC 6455 7.4.1).
const (
	wsNormal       = 1000
	wsGoingAway    = 1001
	wsProtocolErr  = 1002
	wsNoStatus     = 1005 // never sent: a close frame without a code
	wsInvalidData  = 1007
	wsTooBig       = 1009
	wsInternalErr  = 1011
	wsMaxControl   = 125 // the longest control frame payload
	wsMaxFrameHead = 14
)

// ErrWebSocket: the peer broke the WebSocket protocol. The error's
// text says how; the connection is closed with the matching code.
var ErrWebSocket = errors.New("websocket protocol error")

// wsError is a protocol violation and the close code it calls for.
type wsError struct {
	code uint16
	msg  string
}

// Error describes the violation.
func (e *wsError) Error() string {
	return fmt.Sprintf("%v: %s (close %d)", ErrWebSocket, e.msg, e.code)
}

// Unwrap makes errors.Is(err, ErrWebSocket) hold.
func (e *wsError) Unwrap() error { return ErrWebSocket }

// wsViolation is a wsError.
func wsViolation(code uint16, format string, args ...any) error {
	return &wsError{code: code, msg: fmt.Sprintf(format, args...)}
}

// wsFrame is one frame as read, its payload unmasked.
type wsFrame struct {
	fin     bool
	op      byte
	payload []byte
}

// readWSFrame reads one frame from br. A server reads masked frames
// (wantMask), a client unmasked ones; data frames with more than max
// bytes are refused.
func readWSFrame(br *bufio.Reader, wantMask bool, max int) (wsFrame, error) {
	return readWSFrameRoom(br, wantMask, max, nil)
}

// readWSFrameRoom is readWSFrame, asking room, when not nil, before the
// payload grows: its error ('wsfull) is a message too big.
func readWSFrameRoom(br *bufio.Reader, wantMask bool, max int, room func(n int) error) (wsFrame, error) {
	var head [2]byte
	if _, err := io.ReadFull(br, head[:]); err != nil {
		return wsFrame{}, err
	}
	f := wsFrame{fin: head[0]&0x80 != 0, op: head[0] & 0x0F}
	if head[0]&0x70 != 0 {
		return f, wsViolation(wsProtocolErr, "reserved bits set, no extension negotiated")
	}
	masked := head[1]&0x80 != 0
	if masked != wantMask {
		if wantMask {
			return f, wsViolation(wsProtocolErr, "unmasked frame from a client")
		}
		return f, wsViolation(wsProtocolErr, "masked frame from a server")
	}
	n := uint64(head[1] & 0x7F)
	switch n {
	case 126:
		var b [2]byte
		if _, err := io.ReadFull(br, b[:]); err != nil {
			return f, unexpected(err)
		}
		n = uint64(binary.BigEndian.Uint16(b[:]))
	case 127:
		var b [8]byte
		if _, err := io.ReadFull(br, b[:]); err != nil {
			return f, unexpected(err)
		}
		n = binary.BigEndian.Uint64(b[:])
		if n>>63 != 0 {
			return f, wsViolation(wsProtocolErr, "payload length with the top bit set")
		}
	}
	switch f.op {
	case wsContinuation, wsText, wsBinary:
		if n > uint64(max) {
			return f, wsViolation(wsTooBig, "message longer than %d bytes", max)
		}
	case wsClose, wsPing, wsPong:
		if !f.fin {
			return f, wsViolation(wsProtocolErr, "fragmented control frame")
		}
		if n > wsMaxControl {
			return f, wsViolation(wsProtocolErr, "control frame of %d bytes", n)
		}
	default:
		return f, wsViolation(wsProtocolErr, "reserved opcode %#x", f.op)
	}
	var key [4]byte
	if masked {
		if _, err := io.ReadFull(br, key[:]); err != nil {
			return f, unexpected(err)
		}
	}
	p, err := readFull(br, int(n), room)
	if errors.Is(err, ErrHTTP) {
		return f, wsViolation(wsTooBig, "message of %d bytes: %v", n, errors.Unwrap(err))
	}
	if err != nil {
		return f, err
	}
	if masked {
		maskBytes(p, key)
	}
	f.payload = p
	return f, nil
}

// maskBytes masks (or unmasks) b with key, in place.
func maskBytes(b []byte, key [4]byte) {
	for i := range b {
		b[i] ^= key[i&3]
	}
}

// appendWSFrame appends one whole frame (FIN set) carrying payload with
// opcode op to dst, masked with a fresh random key when mask is set (a
// client's frames).
func appendWSFrame(dst []byte, op byte, payload []byte, mask bool) []byte {
	dst = append(dst, 0x80|op)
	var m byte
	if mask {
		m = 0x80
	}
	switch n := len(payload); {
	case n < 126:
		dst = append(dst, m|byte(n))
	case n <= 0xFFFF:
		dst = append(dst, m|126)
		dst = binary.BigEndian.AppendUint16(dst, uint16(n))
	default:
		dst = append(dst, m|127)
		dst = binary.BigEndian.AppendUint64(dst, uint64(n))
	}
	if !mask {
		return append(dst, payload...)
	}
	var key [4]byte
	rand.Read(key[:])
	dst = append(dst, key[:]...)
	start := len(dst)
	dst = append(dst, payload...)
	maskBytes(dst[start:], key)
	return dst
}

// closePayload is the payload of a close frame with code and reason;
// wsNoStatus gives an empty one.
func closePayload(code uint16, reason string) []byte {
	if code == wsNoStatus {
		return nil
	}
	b := binary.BigEndian.AppendUint16(nil, code)
	if len(reason) > wsMaxControl-2 {
		reason = reason[:wsMaxControl-2]
	}
	return append(b, reason...)
}

// parseClose reads the code and reason of a close frame's payload.
func parseClose(p []byte) (code uint16, reason string, err error) {
	switch {
	case len(p) == 0:
		return wsNoStatus, "", nil
	case len(p) == 1:
		return 0, "", wsViolation(wsProtocolErr, "close frame of 1 byte")
	}
	code = binary.BigEndian.Uint16(p)
	if !validCloseCode(code) {
		return 0, "", wsViolation(wsProtocolErr, "close code %d", code)
	}
	if !utf8.Valid(p[2:]) {
		return 0, "", wsViolation(wsInvalidData, "close reason not UTF-8")
	}
	return code, string(p[2:]), nil
}

// validCloseCode reports whether a peer may send code (RFC 6455 7.4).
func validCloseCode(code uint16) bool {
	switch {
	case code >= 3000 && code <= 4999:
		return true
	case code >= 1000 && code <= 1014:
		return code != 1004 && code != 1005 && code != 1006
	}
	return false
}

// wsMessage is what wsReader.next returns: a whole data message (text
// or binary), or a control frame.
type wsMessage struct {
	op   byte // wsText, wsBinary, wsClose, wsPing or wsPong
	data []byte
}

// wsReader reads whole messages from a stream of frames, reassembling
// fragmented ones and handing over the control frames that come
// between their fragments.
type wsReader struct {
	br       *bufio.Reader
	wantMask bool              // the server's side: frames must be masked
	max      int               // the longest message, in bytes
	room     func(n int) error // nil, or asked before a message grows
	op       byte              // the opcode of the message being assembled; 0 if none
	buf      []byte
}

// next reads until a whole message or a control frame arrives. Text
// messages are checked to be UTF-8. A protocol violation gives a
// *wsError.
func (r *wsReader) next() (wsMessage, error) {
	for {
		f, err := readWSFrameRoom(r.br, r.wantMask, r.max-len(r.buf), r.room)
		if err != nil {
			return wsMessage{}, err
		}
		switch f.op {
		case wsClose, wsPing, wsPong:
			return wsMessage{op: f.op, data: f.payload}, nil
		case wsContinuation:
			if r.op == 0 {
				return wsMessage{}, wsViolation(wsProtocolErr, "continuation frame outside a message")
			}
			if n := len(r.buf) + len(f.payload); r.room != nil && n > cap(r.buf) {
				if err := r.room(n); err != nil {
					return wsMessage{}, wsViolation(wsTooBig, "message of %d bytes: %v", n, err)
				}
			}
			r.buf = append(r.buf, f.payload...)
		default:
			if r.op != 0 {
				return wsMessage{}, wsViolation(wsProtocolErr, "new message inside a fragmented one")
			}
			r.op, r.buf = f.op, f.payload
		}
		if !f.fin {
			continue
		}
		m := wsMessage{op: r.op, data: r.buf}
		r.op, r.buf = 0, nil
		if m.op == wsText && !utf8.Valid(m.data) {
			return wsMessage{}, wsViolation(wsInvalidData, "text message not UTF-8")
		}
		if m.data == nil {
			m.data = []byte{}
		}
		return m, nil
	}
}
