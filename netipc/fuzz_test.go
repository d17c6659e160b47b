package netipc

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"io"
	"net"
	"testing"
	"time"
)

// chunkReader delivers r's bytes in chunks whose sizes come from sizes,
// cycling, and counts what it delivered.
type chunkReader struct {
	r     io.Reader
	sizes []byte
	i     int
	n     int // bytes delivered
}

func (c *chunkReader) Read(p []byte) (int, error) {
	if len(c.sizes) > 0 {
		size := int(c.sizes[c.i%len(c.sizes)])%300 + 1
		c.i++
		p = p[:min(len(p), size)]
	}
	n, err := c.r.Read(p)
	c.n += n
	return n, err
}

// streamOf builds a valid stream of messages from data: each message
// takes its type, byte order and length from the next bytes of data.
func streamOf(data []byte) (stream []byte, msgs [][]byte) {
	for len(data) >= 3 {
		typ, order, n := data[0]%3, data[1]%2, int(data[2])
		data = data[3:]
		n = min(n, len(data))
		m := frame(typ, order, append([]byte{0xf6}, data[:n]...))
		data = data[n:]
		msgs = append(msgs, m)
		stream = append(stream, m...)
	}
	return stream, msgs
}

// checkGarbage reads messages from arbitrary bytes until an error: no
// panic, every message's length matches its header, and the reader never
// allocates much more than it was sent.
func checkGarbage(t *testing.T, data, splits []byte) {
	cr := &chunkReader{r: bytes.NewReader(data), sizes: splits}
	fr := frameReader{r: bufio.NewReaderSize(cr, readBufSize), max: 1<<31 - 1,
		decompress: func(b []byte) ([]byte, error) { return nil, errors.New("no") }}
	for range len(data) + 1 {
		m, err := fr.next()
		if fr.allocated > firstChunk+4*cr.n {
			t.Fatalf("allocated %d bytes after receiving %d", fr.allocated, cr.n)
		}
		if err != nil {
			return
		}
		le, be := int(binary.LittleEndian.Uint32(m[4:])), int(binary.BigEndian.Uint32(m[4:]))
		if len(m) < HeaderLen+1 || (le != len(m) && be != len(m)) {
			t.Fatalf("message of %d bytes: % x", len(m), m[:min(len(m), 16)])
		}
	}
	t.Fatal("more messages than bytes")
}

// FuzzFrames feeds the frame reader valid streams split at random and
// random garbage. Valid streams must come out message for message;
// garbage must end in an error without a panic, a hang, or an
// allocation the bytes received do not justify. (TestServerGarbage sends
// such bytes to a real server.)
func FuzzFrames(f *testing.F) {
	f.Add([]byte("\x01\x01\x05hello\x00\x00\x00"), []byte{1}, false)
	f.Add(bytes.Join(golden, nil), []byte{3, 7, 200}, true)
	f.Add(hx("01 00 00 00 ff ff ff 7f 00 01 02"), []byte{}, true)
	f.Add(hx("00 01 00 00 7f ff ff ff 00"), []byte{255}, true)
	f.Add(hx("01 00 01 00 20 00 00 00 ff ff ff 7f"), []byte{5}, true)
	f.Fuzz(func(t *testing.T, data, splits []byte, garbage bool) {
		if garbage {
			checkGarbage(t, data, splits)
			return
		}
		stream, msgs := streamOf(data)
		cr := &chunkReader{r: bytes.NewReader(stream), sizes: splits}
		fr := frameReader{r: cr, max: 1 << 20}
		for i, want := range msgs {
			got, err := fr.next()
			if err != nil {
				t.Fatalf("message %d: %v", i, err)
			}
			if !bytes.Equal(got, want) {
				t.Fatalf("message %d: got % x, want % x", i, got, want)
			}
		}
		if _, err := fr.next(); err != io.EOF {
			t.Fatalf("after the last message: %v", err)
		}
	})
}

// The server side of garbage: after a valid handshake, arbitrary bytes
// either make messages or close the connection, within the deadline,
// and Close is reported once.
func TestServerGarbage(t *testing.T) {
	core := newFakeCore()
	s, addr := newServer(t, core, quiet())
	inputs := [][]byte{
		hx("05 00 00 00 10 00 00 00"),
		hx("01 00 00 00 ff ff ff 7f 00 01 02"),
		hx("01 07 00 00 10 00 00 00"),
		hx("01 00 01 00 20 00 00 00 ff ff ff 7f 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00"),
		append(bytes.Join(golden, nil), 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff),
	}
	for _, in := range inputs {
		nc, _ := rawDial(t, addr, []byte("u\x03\x00"))
		h := core.next(t, "open").h
		before := core.count("close", h) // handles are fds: an earlier connection may have had h
		nc.Write(in)
		nc.(*net.TCPConn).CloseWrite()
		nc.SetReadDeadline(time.Now().Add(waitFor))
		io.Copy(io.Discard, nc) // the server closes it
		core.next(t, "close")
		eventually(t, "the handle to go", func() bool { return gone(s, h) })
		if n := core.count("close", h) - before; n != 1 {
			t.Errorf("% x: %d closes", in[:8], n)
		}
	}
}
