package netipc

import (
	"bufio"
	"bytes"
	"testing"
	"unicode/utf8"
)

// FuzzWSReader feeds arbitrary bytes, delivered in arbitrary pieces, to
// the WebSocket message reader on both sides: it must not panic, must
// stop at the end of the input, must keep its limits (a message of at
// most max bytes, valid UTF-8 for text, short control frames), and every
// violation must carry a close code an endpoint may send.
func FuzzWSReader(f *testing.F) {
	var s []byte
	s = append(s, rawFrame(false, wsText, []byte("hel"), mask)...)
	s = append(s, rawFrame(true, wsPing, []byte("p"), mask)...)
	s = append(s, rawFrame(true, wsContinuation, []byte("lo"), mask)...)
	s = append(s, rawFrame(true, wsClose, []byte{3, 232}, mask)...)
	f.Add(s, []byte{3}, true)
	f.Add(rawFrame(true, wsBinary, make([]byte, 300), nil), []byte{1, 50}, false)
	f.Add([]byte{0x82, 0x7F, 0, 0, 0, 0, 0, 1, 0, 0}, []byte{}, false)
	f.Fuzz(func(t *testing.T, data, splits []byte, server bool) {
		const max = 1 << 10
		cr := &chunkReader{r: bytes.NewReader(data), sizes: splits}
		r := wsReader{br: bufio.NewReaderSize(cr, 16), wantMask: server, max: max}
		for range len(data) + 1 { // each message or frame takes at least two bytes
			m, err := r.next()
			if err != nil {
				if we, ok := err.(*wsError); ok && !validCloseCode(we.code) {
					t.Fatalf("close code %d", we.code)
				}
				return
			}
			switch m.op {
			case wsText:
				if !utf8.Valid(m.data) {
					t.Fatal("text message not UTF-8")
				}
				fallthrough
			case wsBinary:
				if len(m.data) > max {
					t.Fatalf("message of %d bytes", len(m.data))
				}
			case wsClose, wsPing, wsPong:
				if len(m.data) > wsMaxControl {
					t.Fatalf("control frame of %d bytes", len(m.data))
				}
			default:
				t.Fatalf("opcode %x", m.op)
			}
		}
		t.Fatal("more messages than bytes")
	})
}
