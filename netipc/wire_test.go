package netipc

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"testing"
	"testing/iotest"
)

func TestParseHello(t *testing.T) {
	tests := []struct {
		in         string
		user, pw   string
		capability byte
		reply      byte
	}{
		{"user:password\x03", "user", "password", 3, 3},
		{"user\x03", "user", "", 3, 3},
		{"\x03", "", "", 3, 3},
		{"", "", "", 0, 0},
		{"user:pw", "user", "pw", 0, 0}, // pre-2.5: no capability byte
		{"user:pw\x00", "user", "pw", 0, 0},
		{"user:pw\x01", "user", "pw", 1, 1},
		{"user:pw\x02", "user", "pw", 2, 2},
		{"user:pw\x04", "user", "pw", 4, 3},
		{"user:pw\x05", "user", "pw", 5, 3}, // > 2 GB messages: not spoken here
		{"user:pw\x06", "user", "pw", 6, 3},
		{"user:pa:ss\x03", "user", "pa:ss", 3, 3}, // the first colon splits
		{":pw\x03", "", "pw", 3, 3},
		{"user:\x03", "user", "", 3, 3},
		{"anonymous\x03", "anonymous", "", 3, 3},            // node-q's default
		{"user:pw ", "user", "pw ", 0, 0},                   // 0x20 is text
		{"user:pw\x1f", "user", "pw", 0x1f, 3},              // below 0x20: a capability
		{"\xe9l\xe8ve:mot\x03", "\xe9l\xe8ve", "mot", 3, 3}, // bytes, not UTF-8
		{strings.Repeat("u", 1000) + ":p\x03", strings.Repeat("u", 1000), "p", 3, 3},
	}
	for _, tt := range tests {
		user, pw, c := parseHello([]byte(tt.in))
		if user != tt.user || pw != tt.pw || c != tt.capability {
			t.Errorf("parseHello(%q) = %q, %q, %d; want %q, %q, %d", tt.in, user, pw, c, tt.user, tt.pw, tt.capability)
		}
		if r := replyCapability(c); r != tt.reply {
			t.Errorf("replyCapability(%d) = %d, want %d", c, r, tt.reply)
		}
	}
}

func TestHelloBytes(t *testing.T) {
	// the handshake captured from three clients (ipc-wire.md §6)
	sameBytes(t, "user:password", helloBytes("user", "password"), hx("75 73 65 72 3a 70 61 73 73 77 6f 72 64 03 00"))
	sameBytes(t, "user only", helloBytes("user", ""), []byte("user\x03\x00"))
	sameBytes(t, "nothing", helloBytes("", ""), []byte("\x03\x00"))
}

func TestReadHello(t *testing.T) {
	tests := []struct {
		in    string
		hello string
		http  bool
		rest  string // what is left to read
		err   error
	}{
		{in: "user:password\x03\x00", hello: "user:password\x03"},
		{in: "u:p\x03\x00\x01\x01\x00\x00", hello: "u:p\x03", rest: "\x01\x01\x00\x00"},
		{in: "\x03\x00", hello: "\x03"},
		{in: "\x00", hello: ""},
		{in: "GETTY:pw\x03\x00", hello: "GETTY:pw\x03"}, // starts like GET, but no space
		{in: "GET\x03\x00", hello: "GET\x03"},
		{in: "GET / HTTP/1.1\r\nHost: x\r\n\r\n", http: true, rest: "GET / HTTP/1.1\r\nHost: x\r\n\r\n"},
		{in: "POST /x HTTP/1.1\r\n\r\n", http: true, rest: "POST /x HTTP/1.1\r\n\r\n"},
		{in: "OPTIONS * HTTP/1.1\r\n", http: true, rest: "OPTIONS * HTTP/1.1\r\n"},
		{in: "DELETE / HTTP/1.1\r\n", http: true, rest: "DELETE / HTTP/1.1\r\n"},
		{in: "HEAD / HTTP/1.0\r\n", http: true, rest: "HEAD / HTTP/1.0\r\n"},
		{in: "PUT / HTTP/1.1\r\n", http: true, rest: "PUT / HTTP/1.1\r\n"},
		// a body with a NUL, arriving with the request line, is HTTP still
		{in: "POST / HTTP/1.1\r\nContent-Length: 3\r\n\r\na\x00b", http: true, rest: "POST / HTTP/1.1\r\nContent-Length: 3\r\n\r\na\x00b"},
		{in: "", err: io.EOF},
		{in: "user:pass", err: io.ErrUnexpectedEOF},
		{in: "GE", err: io.ErrUnexpectedEOF},
		{in: strings.Repeat("a", maxHello+10) + "\x00", err: ErrProtocol},
	}
	for _, tt := range tests {
		for _, split := range []string{"whole", "bytes"} {
			var r io.Reader = strings.NewReader(tt.in)
			if split == "bytes" {
				r = iotest.OneByteReader(r)
			}
			br := bufio.NewReaderSize(r, readBufSize)
			hello, http, err := readHello(br)
			name := tt.in
			if len(name) > 20 {
				name = name[:20] + "..."
			}
			if tt.err != nil {
				if !errors.Is(err, tt.err) {
					t.Errorf("%s %q: err %v, want %v", split, name, err, tt.err)
				}
				continue
			}
			if err != nil || string(hello) != tt.hello || http != tt.http {
				t.Errorf("%s %q: got %q, %v, %v; want %q, %v", split, name, hello, http, err, tt.hello, tt.http)
				continue
			}
			rest, _ := io.ReadAll(br)
			if string(rest) != tt.rest {
				t.Errorf("%s %q: left %q, want %q", split, name, rest, tt.rest)
			}
		}
	}
}

func TestParseHeader(t *testing.T) {
	tests := []struct {
		in   string
		max  int
		want header
		ok   bool
	}{
		{"01 01 00 00 11 00 00 00", 1 << 20, header{typ: Sync, length: 17}, true},
		{"00 01 00 00 00 00 00 11", 1 << 20, header{bigEndian: true, typ: Sync, length: 17}, true},
		{"01 00 00 00 0a 00 00 00", 1 << 20, header{typ: Async, length: 10}, true},
		{"01 02 00 00 0e 00 00 00", 1 << 20, header{typ: Response, length: 14}, true},
		{"01 00 01 00 26 00 00 00", 1 << 20, header{compressed: true, length: 38}, true},
		{"01 01 00 07 11 00 00 00", 1 << 20, header{typ: Sync, length: 17}, true}, // byte 3 ignored
		{"01 01 00 00 09 00 00 00", 1 << 20, header{typ: Sync, length: 9}, true},
		{"01 01 00 00 08 00 00 00", 1 << 20, header{}, false}, // no object
		{"01 01 00 00 00 00 00 00", 1 << 20, header{}, false},
		{"01 00 01 00 0c 00 00 00", 1 << 20, header{}, false}, // compressed, no room for a flag byte
		{"02 01 00 00 11 00 00 00", 1 << 20, header{}, false}, // byte order 2
		{"01 03 00 00 11 00 00 00", 1 << 20, header{}, false}, // type 3
		{"01 01 02 00 11 00 00 00", 1 << 20, header{}, false}, // compression 2
		{"01 01 00 00 01 00 10 00", 1 << 20, header{}, false}, // 1 MB + 1 > max
		{"01 01 00 00 00 00 10 00", 1 << 20, header{typ: Sync, length: 1 << 20}, true},
		{"01 01 00 00 ff ff ff ff", 1<<31 - 1, header{}, false},
		{"00 01 00 00 7f ff ff ff", 1<<31 - 1, header{bigEndian: true, typ: Sync, length: 1<<31 - 1}, true},
	}
	for _, tt := range tests {
		h, err := parseHeader(hx(tt.in), tt.max)
		if tt.ok != (err == nil) || (tt.ok && h != tt.want) {
			t.Errorf("parseHeader(%s) = %+v, %v; want %+v ok=%v", tt.in, h, err, tt.want, tt.ok)
		}
		if err != nil && !errors.Is(err, ErrProtocol) {
			t.Errorf("parseHeader(%s): %v is not ErrProtocol", tt.in, err)
		}
	}
}

// golden messages from reference/ipc-wire.md
var golden = [][]byte{
	hx("01 01 00 00 11 00 00 00 0a 00 03 00 00 00 31 2b 31"),    // sync "1+1"
	hx("00 01 00 00 00 00 00 11 0a 00 00 00 00 03 31 2b 31"),    // the same, big-endian (javakdb)
	hx("01 02 00 00 11 00 00 00 f9 02 00 00 00 00 00 00 00"),    // response 2
	hx("01 00 00 00 12 00 00 00 0a 00 04 00 00 00 61 3a 34 32"), // async "a:42"
	hx("01 02 00 00 0a 00 00 00 65 00"),                         // response (::)
	hx("01 02 00 00 0e 00 00 00 80 74 79 70 65 00"),             // response 'type
	hx("01 01 00 00 2b 00 00 00 00 00 03 00 00 00 0a 00 05 00 00 00 7b 78 2b 79 7d f9 03 00 00 00 00 00 00 00 f9 04 00 00 00 00 00 00 00"),
}

func TestFrameReaderSplits(t *testing.T) {
	var stream []byte
	for _, m := range golden {
		stream = append(stream, m...)
	}
	big := frame(Async, 1, bytes.Repeat([]byte{7}, 3*firstChunk+5))
	stream = append(stream, big...)
	want := append(append([][]byte{}, golden...), big)
	readers := map[string]func(io.Reader) io.Reader{
		"whole":   func(r io.Reader) io.Reader { return r },
		"bytes":   iotest.OneByteReader,
		"halves":  iotest.HalfReader,
		"dataerr": iotest.DataErrReader,
	}
	for name, wrap := range readers {
		fr := frameReader{r: wrap(bytes.NewReader(stream)), max: 1 << 20}
		for i, w := range want {
			got, err := fr.next()
			if err != nil {
				t.Fatalf("%s: message %d: %v", name, i, err)
			}
			sameBytes(t, name, got, w)
		}
		if _, err := fr.next(); err != io.EOF {
			t.Errorf("%s: after the last message: %v, want EOF", name, err)
		}
	}
}

func TestFrameReaderTruncated(t *testing.T) {
	m := golden[0]
	for n := 1; n < len(m); n++ {
		fr := frameReader{r: bytes.NewReader(m[:n]), max: 1 << 20}
		if _, err := fr.next(); err != io.ErrUnexpectedEOF {
			t.Errorf("%d of %d bytes: %v, want unexpected EOF", n, len(m), err)
		}
	}
}

// A length field claiming 2 GB, followed by a few bytes, must not make
// the reader allocate 2 GB.
func TestFrameReaderLyingLength(t *testing.T) {
	in := append(hx("01 00 00 00 ff ff ff 7f"), make([]byte, 100)...)
	fr := frameReader{r: bytes.NewReader(in), max: 1<<31 - 1}
	if _, err := fr.next(); err != io.ErrUnexpectedEOF {
		t.Fatalf("err %v, want unexpected EOF", err)
	}
	if fr.allocated > firstChunk {
		t.Errorf("allocated %d bytes for 108 received", fr.allocated)
	}
	// received bytes bound the allocation as the message grows
	in = append(hx("01 00 00 00 ff ff ff 7f"), make([]byte, 1<<20)...)
	fr = frameReader{r: bytes.NewReader(in), max: 1<<31 - 1}
	fr.next()
	if fr.allocated > 4*len(in)+firstChunk {
		t.Errorf("allocated %d bytes for %d received", fr.allocated, len(in))
	}
}

// A message that grows past what room allows is read to its end and
// dropped, not kept: next gives the refused message (its header, a q
// error as body) and the stream goes on with the next message.
func TestFrameReaderNoRoom(t *testing.T) {
	big := frame(Sync, 1, chars(string(make([]byte, 3<<20))))
	small := frame(Sync, 1, chars("next"))
	room := func(n int) error {
		if n > 1<<20 {
			return errors.New("'wsfull")
		}
		return nil
	}
	fr := frameReader{r: iotest.HalfReader(bytes.NewReader(append(append([]byte{}, big...), small...))), max: 1 << 30, room: room}
	got, err := fr.next()
	var r *refused
	if !errors.As(err, &r) || r.msg != "wsfull" {
		t.Fatalf("err %v, want refused: wsfull", err)
	}
	sameBytes(t, "refused message", got, refusedMsg(big, errors.New("'wsfull")))
	if fr.allocated > 2<<20 { // 64 KB, 128 KB, ... 1 MB
		t.Errorf("allocated %d bytes in all, room for %d", fr.allocated, 1<<20)
	}
	got, err = fr.next()
	if err != nil {
		t.Fatal(err)
	}
	sameBytes(t, "the next message", got, small)
}

func TestFrameReaderCompressed(t *testing.T) {
	plain := frame(Sync, 1, chars("compressed"))
	// a stand-in for a compressed frame: the reader only checks the
	// header and the original length, and the decompressor's result
	comp := hx("01 01 01 00 10 00 00 00 00 00 00 00 ff ff ff ff")
	comp[8] = byte(len(plain))
	decompress := func(b []byte) ([]byte, error) {
		if !bytes.Equal(b, comp) {
			t.Errorf("decompress got % x", b)
		}
		return plain, nil
	}
	fr := frameReader{r: bytes.NewReader(comp), max: 1 << 20, decompress: decompress}
	got, err := fr.next()
	if err != nil {
		t.Fatal(err)
	}
	sameBytes(t, "decompressed", got, plain)

	fr = frameReader{r: bytes.NewReader(comp), max: 1 << 20}
	if _, err := fr.next(); !errors.Is(err, ErrProtocol) {
		t.Errorf("no decompressor: %v, want ErrProtocol", err)
	}
	fr = frameReader{r: bytes.NewReader(comp), max: 1 << 20, decompress: func([]byte) ([]byte, error) { return plain[:10], nil }}
	if _, err := fr.next(); !errors.Is(err, ErrProtocol) {
		t.Errorf("short output: %v, want ErrProtocol", err)
	}
	big := bytes.Clone(comp)
	big[8], big[9], big[10], big[11] = 0, 0, 0, 0x10 // original 256 MB > max
	fr = frameReader{r: bytes.NewReader(big), max: 1 << 20, decompress: decompress}
	if _, err := fr.next(); !errors.Is(err, ErrProtocol) {
		t.Errorf("original too long: %v, want ErrProtocol", err)
	}
}

// hiccupReader fails with a deadline error every other read.
type hiccupReader struct {
	r io.Reader
	n int
}

func (h *hiccupReader) Read(p []byte) (int, error) {
	h.n++
	if h.n%2 == 1 {
		return 0, os.ErrDeadlineExceeded
	}
	return h.r.Read(p)
}

// After a read error such as a deadline, next resumes where it stopped.
func TestFrameReaderResumes(t *testing.T) {
	big := frame(Async, 0, bytes.Repeat([]byte{9}, 2*firstChunk+3))
	stream := append(append(bytes.Clone(golden[0]), big...), golden[1]...)
	fr := frameReader{r: &hiccupReader{r: iotest.HalfReader(bytes.NewReader(stream))}, max: 1 << 20}
	var got [][]byte
	for range 10000 {
		m, err := fr.next()
		if errors.Is(err, os.ErrDeadlineExceeded) {
			continue
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, m)
	}
	want := [][]byte{golden[0], big, golden[1]}
	if len(got) != len(want) {
		t.Fatalf("got %d messages, want %d", len(got), len(want))
	}
	for i := range want {
		sameBytes(t, fmt.Sprint("message ", i), got[i], want[i])
	}
}

// TestFrameReaderSlab reads a stream of messages of many sizes, small
// ones cut from a shared slab and large ones not, keeping them all:
// each is still whole and its own when the rest have been read.
func TestFrameReaderSlab(t *testing.T) {
	var stream []byte
	var want [][]byte
	for i := range 3000 {
		n := (i * 37) % (2 * slabMsg)
		payload := bytes.Repeat([]byte{byte(i)}, n)
		m := frame(Async, 1, append(chars(""), payload...))
		want = append(want, m)
		stream = append(stream, m...)
	}
	fr := frameReader{r: bufio.NewReaderSize(bytes.NewReader(stream), readBufSize), max: 1 << 30}
	var got [][]byte
	for range want {
		m, err := fr.next()
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, m)
	}
	for i := range want {
		sameBytes(t, fmt.Sprintf("message %d", i), got[i], want[i])
		if len(got[i]) != cap(got[i]) {
			t.Fatalf("message %d can grow into the next: len %d cap %d", i, len(got[i]), cap(got[i]))
		}
	}
}
