// This file reads the bytes on the wire: the handshake, the 8-byte
// message header, and whole messages from a stream that may deliver them
// split or coalesced (reference/ipc-wire.md §1, §2, §7).

package netipc

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"strings"
)

// Capability is the highest capability byte this package speaks: kdb+
// 3.0 and later, messages under 2 GB. Clients offering 5 or 6 (larger
// messages) are answered with it.
const Capability = 3

// readBufSize is the size of each connection's read buffer.
const readBufSize = 32 << 10

// maxHello is the longest handshake accepted, NUL excluded. It must stay
// below the size of the connection's read buffer.
const maxHello = readBufSize - 1

// firstChunk is the most allocated for a message before its bytes
// arrive; larger messages grow as they are read, so a lying length field
// cannot make the reader allocate much more than it has received.
const firstChunk = 64 << 10

// Messages of at most slabMsg bytes are cut from a shared slab of
// slabSize bytes, one allocation for many: a stream of small updates
// then costs no allocation per message for its bytes. A message keeps
// its slab alive, and nothing writes to a message's bytes.
const (
	slabSize = 32 << 10
	slabMsg  = 2 << 10
)

// httpMethods are the request lines that make a connection HTTP.
var httpMethods = [...]string{"GET ", "POST ", "PUT ", "HEAD ", "DELETE ", "OPTIONS ", "PATCH "}

// parseHello splits a handshake, the bytes before its NUL, into user,
// password and capability. If the last byte is below 0x20 it is the
// capability; otherwise there is none (a pre-2.5 client) and the
// capability is 0. The credentials split at the first colon.
func parseHello(b []byte) (user, password string, capability byte) {
	if n := len(b); n > 0 && b[n-1] < 0x20 {
		capability = b[n-1]
		b = b[:n-1]
	}
	user, password, _ = strings.Cut(string(b), ":")
	return user, password, capability
}

// replyCapability is the capability byte the server answers a client
// offering c with: the smaller of the two.
func replyCapability(c byte) byte { return min(c, Capability) }

// helloBytes is the handshake a client sends: credentials, capability,
// NUL.
func helloBytes(user, password string) []byte {
	b := []byte(user)
	if password != "" {
		b = append(append(b, ':'), password...)
	}
	return append(b, Capability, 0)
}

// isHTTP reports whether b, the first bytes of a connection, start with
// an HTTP request line (yes), or could still turn out to (maybe).
func isHTTP(b []byte) (yes, maybe bool) {
	for _, m := range httpMethods {
		if len(b) >= len(m) {
			if string(b[:len(m)]) == m {
				return true, false
			}
		} else if m[:len(b)] == string(b) {
			maybe = true
		}
	}
	return false, maybe
}

// readHello reads a connection's first bytes from br: either a kdb+
// handshake, returned without its NUL and consumed from br, or the start
// of an HTTP request, left unread in br. It reads only what has arrived
// and at most maxHello bytes.
func readHello(br *bufio.Reader) (hello []byte, http bool, err error) {
	for need := 1; ; {
		if _, err := br.Peek(need); err != nil {
			if errors.Is(err, io.EOF) && need > 1 {
				err = io.ErrUnexpectedEOF
			}
			return nil, false, err
		}
		b, _ := br.Peek(br.Buffered())
		// the request line first: what follows it in the same read
		// (a POST's body, a WebSocket's first frame) may hold a NUL
		if yes, _ := isHTTP(b); yes {
			return nil, true, nil
		}
		if i := bytes.IndexByte(b, 0); i >= 0 {
			hello = bytes.Clone(b[:i])
			br.Discard(i + 1)
			return hello, false, nil
		}
		if len(b) >= maxHello {
			return nil, false, fmt.Errorf("%w: handshake longer than %d bytes", ErrProtocol, maxHello)
		}
		need = len(b) + 1
	}
}

// header is a parsed message header.
type header struct {
	bigEndian  bool
	typ        byte
	compressed bool
	length     int // the whole message, header included
}

// order is the byte order of the message's numbers.
func (h header) order() binary.ByteOrder {
	if h.bigEndian {
		return binary.BigEndian
	}
	return binary.LittleEndian
}

// parseHeader checks the 8-byte header b of a message no longer than max.
func parseHeader(b []byte, max int) (header, error) {
	var h header
	switch b[0] {
	case 0:
		h.bigEndian = true
	case 1:
	default:
		return h, fmt.Errorf("%w: byte order %d", ErrProtocol, b[0])
	}
	h.typ = b[1]
	if h.typ > Response {
		return h, fmt.Errorf("%w: message type %d", ErrProtocol, h.typ)
	}
	switch b[2] {
	case 0:
	case 1:
		h.compressed = true
	default:
		return h, fmt.Errorf("%w: compression flag %d", ErrProtocol, b[2])
	}
	n := h.order().Uint32(b[4:8])
	least := uint32(HeaderLen + 1) // a message holds at least a type byte
	if h.compressed {
		least = HeaderLen + 4 + 1 // the original length, then a flag byte
	}
	if n < least || uint64(n) > uint64(max) {
		return h, fmt.Errorf("%w: length %d", ErrProtocol, n)
	}
	h.length = int(n)
	return h, nil
}

// frameReader reads whole messages from a stream. It keeps its place
// when a read fails, so a read interrupted by a deadline can be resumed
// by calling next again.
type frameReader struct {
	r          io.Reader
	max        int                          // the longest message accepted
	decompress func([]byte) ([]byte, error) // nil: compressed messages are errors
	room       func(n int) error            // nil: no check before decompressing or growing
	allocated  int                          // bytes allocated for the last message read, for tests

	// The message being read.
	hdr [HeaderLen]byte
	hn  int // bytes of hdr read
	h   header
	buf []byte // non-nil once the header is read
	got int    // bytes of the message read, header included
	// why, when not nil, is why the rest of the message is read and
	// dropped rather than kept: room found no room to grow buf.
	why error

	slab []byte // what is left of the slab small messages are cut from
}

// next reads the next message and returns it whole, header included,
// decompressed. At a clean end of stream it returns io.EOF; a stream
// ending inside a message gives io.ErrUnexpectedEOF. It allocates as the
// bytes arrive, never on the word of the length field alone. After any
// other read error, calling next again resumes where it stopped.
func (fr *frameReader) next() ([]byte, error) {
	if fr.buf == nil {
		if fr.hn == 0 {
			fr.allocated = 0
		}
		for fr.hn < HeaderLen {
			n, err := fr.r.Read(fr.hdr[fr.hn:])
			fr.hn += n
			if err != nil && fr.hn < HeaderLen {
				if err == io.EOF && fr.hn > 0 {
					err = io.ErrUnexpectedEOF
				}
				return nil, err
			}
		}
		h, err := parseHeader(fr.hdr[:], fr.max)
		if err != nil {
			return nil, err
		}
		fr.h = h
		if h.length <= slabMsg {
			if len(fr.slab) < h.length {
				fr.slab = make([]byte, slabSize)
			}
			fr.buf = fr.slab[:h.length:h.length]
			fr.slab = fr.slab[h.length:]
		} else {
			fr.buf = make([]byte, min(h.length, firstChunk))
		}
		fr.allocated = len(fr.buf)
		copy(fr.buf, fr.hdr[:])
		fr.got = HeaderLen
	}
	for fr.got < fr.h.length {
		if fr.got == len(fr.buf) && fr.why == nil {
			size := min(fr.h.length, 2*fr.got)
			if fr.room != nil {
				fr.why = fr.room(size)
			}
			if fr.why == nil {
				grown := make([]byte, size)
				fr.allocated += len(grown)
				copy(grown, fr.buf)
				fr.buf = grown
			}
		}
		var n int
		var err error
		if fr.why != nil { // dropped: read into what was kept, after its header
			n, err = fr.r.Read(fr.buf[HeaderLen:min(len(fr.buf), HeaderLen+fr.h.length-fr.got)])
		} else {
			n, err = fr.r.Read(fr.buf[fr.got:])
		}
		fr.got += n
		if err != nil && fr.got < fr.h.length {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			return nil, err
		}
	}
	buf, h, why := fr.buf, fr.h, fr.why
	fr.buf, fr.hn, fr.got, fr.why = nil, 0, 0, nil
	if why != nil { // read whole, so the stream goes on
		return refusedMsg(buf, why), &refused{msg: strings.TrimPrefix(why.Error(), "'")}
	}
	if !h.compressed {
		return buf, nil
	}
	orig := h.order().Uint32(buf[HeaderLen:])
	if orig < HeaderLen+1 || uint64(orig) > uint64(fr.max) {
		return nil, fmt.Errorf("%w: uncompressed length %d", ErrProtocol, orig)
	}
	if fr.decompress == nil {
		return nil, fmt.Errorf("%w: compressed message and no decompressor", ErrProtocol)
	}
	if fr.room != nil {
		if err := fr.room(int(orig)); err != nil {
			return refusedMsg(buf, err), &refused{msg: strings.TrimPrefix(err.Error(), "'")}
		}
	}
	out, err := safeDecompress(fr.decompress, buf)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrProtocol, err)
	}
	if len(out) != int(orig) || out[0] != buf[0] || out[1] != buf[1] || out[2] != 0 {
		return nil, fmt.Errorf("%w: decompressed message does not match its header", ErrProtocol)
	}
	return out, nil
}

// buffered reports whether a whole message is already buffered, so that
// next would return it without reading the network, and whether it is
// also quick: small and uncompressed, so that next returns it at once,
// with no decompression and no allocation beyond the slab.
func (fr *frameReader) buffered() (whole, quick bool) {
	br, ok := fr.r.(*bufio.Reader)
	if !ok || fr.buf != nil || fr.hn != 0 || br.Buffered() < HeaderLen {
		return false, false
	}
	h, err := br.Peek(HeaderLen)
	if err != nil {
		return false, false
	}
	n := binary.LittleEndian.Uint32(h[4:])
	if h[0] == 0 {
		n = binary.BigEndian.Uint32(h[4:])
	}
	whole = n >= HeaderLen && uint64(n) <= uint64(br.Buffered())
	return whole, whole && h[2] == 0 && n <= slabMsg
}

// safeDecompress calls decompress, turning a panic in it into an error.
func safeDecompress(decompress func([]byte) ([]byte, error), b []byte) (out []byte, err error) {
	defer func() {
		if p := recover(); p != nil {
			out, err = nil, fmt.Errorf("decompress: panic: %v", p)
		}
	}()
	return decompress(b)
}

// refused is the error of a message read whole but refused unexpanded:
// its decompressed size was over what Options.Room allows.
type refused struct{ msg string }

func (r *refused) Error() string { return "refused: " + r.msg }

// refusedMsg is what stands for a refused message: its header, marked
// uncompressed, and as body a q error (type -128, then the text and a
// NUL) saying why.
func refusedMsg(msg []byte, why error) []byte {
	text := strings.TrimPrefix(why.Error(), "'")
	out := append(append([]byte{}, msg[:HeaderLen]...), 0x80)
	out = append(append(out, text...), 0)
	out[2] = 0
	header{bigEndian: out[0] == 0}.order().PutUint32(out[4:], uint32(len(out)))
	return out
}
