package zns

import (
	"encoding/binary"
	"io"
	"net"
	"strconv"
	"testing"
	"time"

	"qgo/interp/k"
)

// rawClient logs in to port with a plain TCP connection.
func rawClient(t *testing.T, port int) net.Conn {
	t.Helper()
	c, err := net.Dial("tcp", "127.0.0.1:"+strconv.Itoa(port))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	c.SetDeadline(time.Now().Add(10 * time.Second))
	c.Write([]byte("u:p\x03\x00"))
	var b [1]byte
	if _, err := io.ReadFull(c, b[:]); err != nil {
		t.Fatalf("handshake: %v", err)
	}
	return c
}

// A malformed message goes to .z.bm as (handle;bytes), then its handle
// is closed and .z.pc runs (dotz.md, .z.bm).
func TestIPCBadMsg(t *testing.T) {
	srv := newProc(t, "server", true, Options{})
	srv.eval(t, "msgs:(); pcs:(); .z.bm:{msgs,:enlist x}; .z.pc:{pcs,:x}")
	c := rawClient(t, srv.port)
	// a sync message holding a long vector whose count is more than the
	// message has bytes for
	bad := []byte{1, 1, 0, 0, 0, 0, 0, 0, 7, 0, 100, 0, 0, 0, 1, 2, 3, 4}
	binary.LittleEndian.PutUint32(bad[4:], uint32(len(bad)))
	c.Write(bad)
	var b [1]byte
	if _, err := c.Read(b[:]); err != io.EOF {
		t.Errorf("after a malformed message: read %v, want the connection closed", err)
	}
	srv.until(t, "count pcs", "1")
	srv.is(t, "count msgs", "1")
	srv.is(t, "(first pcs)~msgs[0;0]", "1b")
	srv.is(t, "msgs[0;1]", "0x"+hexOf(bad))
}

func hexOf(b []byte) string {
	const digits = "0123456789abcdef"
	out := make([]byte, 0, 2*len(b))
	for _, c := range b {
		out = append(out, digits[c>>4], digits[c&15])
	}
	return string(out)
}

// A compressed message whose decompressed size is over the workspace is
// refused before anything is allocated for it: a sync one is answered
// 'wsfull, and the connection goes on.
func TestIPCCompressedOverWorkspace(t *testing.T) {
	srv := newProc(t, "server", true, Options{})
	k.SetWorkspace(64 << 20)
	defer k.SetWorkspace(0)
	c := rawClient(t, srv.port)
	// compressed (byte 2), claiming 1 GB once expanded
	msg := []byte{1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0, 0, 0}
	binary.LittleEndian.PutUint32(msg[4:], uint32(len(msg)))
	binary.LittleEndian.PutUint32(msg[8:], 1<<30)
	c.Write(msg)
	if got := response(t, c); got != "'wsfull" {
		t.Errorf("response %q, want 'wsfull", got)
	}
	// the connection goes on
	q, _ := k.Encode(k.Str("2+3"), k.MsgSync)
	c.Write(q)
	if got := response(t, c); got != "5" {
		t.Errorf("then 2+3: %q", got)
	}
}

// A message that grows past the workspace as it arrives is read to its
// end and dropped: a sync one is answered 'wsfull, and the connection
// goes on.
func TestIPCMessageOverWorkspace(t *testing.T) {
	srv := newProc(t, "server", true, Options{})
	msg, err := k.Encode(k.Str(string(make([]byte, 100<<20))), k.MsgSync)
	if err != nil {
		t.Fatal(err)
	}
	k.SetWorkspace(64 << 20)
	defer k.SetWorkspace(0)
	c := rawClient(t, srv.port)
	go c.Write(msg)
	if got := response(t, c); got != "'wsfull" {
		t.Errorf("response %q, want 'wsfull", got)
	}
	q, _ := k.Encode(k.Str("2+3"), k.MsgSync)
	c.Write(q)
	if got := response(t, c); got != "5" {
		t.Errorf("then 2+3: %q", got)
	}
}

// response reads one response message and gives its value's text, or
// its error as 'msg.
func response(t *testing.T, c net.Conn) string {
	t.Helper()
	hdr := make([]byte, 8)
	if _, err := io.ReadFull(c, hdr); err != nil {
		t.Fatalf("reading a response: %v", err)
	}
	msg := make([]byte, binary.LittleEndian.Uint32(hdr[4:]))
	copy(msg, hdr)
	if _, err := io.ReadFull(c, msg[8:]); err != nil {
		t.Fatalf("reading a response: %v", err)
	}
	if hdr[2] == 1 {
		var err error
		if msg, err = k.Uncompress(msg); err != nil {
			t.Fatal(err)
		}
	}
	v, err := k.Decode(msg)
	if err != nil {
		t.Fatalf("decoding a response: %v", err)
	}
	if e, ok := v.(*k.ErrVal); ok {
		return "'" + e.Msg
	}
	if j, ok := v.(k.Atom[int64]); ok {
		return strconv.FormatInt(j.V, 10)
	}
	return "?"
}
