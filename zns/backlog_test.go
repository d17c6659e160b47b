package zns

import (
	"bytes"
	"encoding/binary"
	"io"
	"strconv"
	"testing"
	"time"

	"qgo/interp/k"
	"qgo/netipc"
)

// A client whose async messages make the server send it 256 KB each
// (neg[.z.w] in .z.ps) and which reads nothing is not served further
// once its backlog (netipc.Options.Backlog) is full: what is queued for
// it stays within the backlog and one message (the socket buffers take
// a few MB before that), even though its
// messages arrived together and are offered to the loop as one batch:
// the loop stops the batch there. Once the client reads, every message
// is served, in order.
func TestIPCBacklogStopsBatch(t *testing.T) {
	const reqs, backlog = 80, 256 << 10
	const bound = backlog + 262144 + 64 // and one message
	srv := newProcNet(t, "server", true, Options{}, netipc.Options{Backlog: backlog})
	srv.eval(t, `n:0; .z.ps:{n+:1; neg[.z.w] (n;262144#0x00)}`)
	c := rawClient(t, srv.port)
	msg, _ := k.Encode(k.Str("x"), k.MsgAsync)
	go c.Write(bytes.Repeat(msg, reqs))
	hs := srv.srv.Handles()
	if len(hs) != 1 {
		t.Fatalf("handles %v, want the client's", hs)
	}
	for deadline := time.Now().Add(2 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		if q := srv.srv.QueueBytes(hs[0]); q > bound {
			t.Fatalf("%d bytes queued (%s messages served) while the client read nothing: backlog 256 KB of 256 KB answers", q, srv.eval(t, "n"))
		}
	}
	c.SetDeadline(time.Now().Add(30 * time.Second))
	hdr := make([]byte, 8)
	for i := 1; i <= reqs; i++ {
		if _, err := io.ReadFull(c, hdr); err != nil {
			t.Fatalf("message %d: %v", i, err)
		}
		body := make([]byte, binary.LittleEndian.Uint32(hdr[4:])-8)
		if _, err := io.ReadFull(c, body); err != nil {
			t.Fatalf("message %d: %v", i, err)
		}
		// a list of two (type 0): the long n (type -7), the bytes
		if body[0] != 0 || body[6] != 0xf9 || binary.LittleEndian.Uint64(body[7:]) != uint64(i) {
			t.Fatalf("message %d: % x", i, body[:15])
		}
	}
	srv.until(t, "n", strconv.Itoa(reqs))
}
