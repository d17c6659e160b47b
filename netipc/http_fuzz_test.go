package netipc

import (
	"bufio"
	"bytes"
	"testing"
)

// FuzzReadRequest feeds arbitrary bytes, delivered in arbitrary pieces,
// to the HTTP request reader: it must not panic, must stop at the end of
// the input, must stay within its limits, and must read the same
// requests whatever the pieces.
func FuzzReadRequest(f *testing.F) {
	for _, s := range []string{
		"GET /?1+1 HTTP/1.1\r\nHost: x\r\n\r\n",
		"POST /q HTTP/1.1\r\nContent-Length: 5\r\n\r\nhelloGET / HTTP/1.0\n\n",
		"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5;e\r\nhello\r\n0\r\nT: x\r\n\r\n",
		"GET / HTTP/1.1\r\nA: 1\r\n b\r\n\r\n",
		"PUT / HTTP/1.1\r\nContent-Length: 99999999999\r\n\r\n",
	} {
		f.Add([]byte(s), []byte{1, 7, 200})
	}
	f.Fuzz(func(t *testing.T, data, splits []byte) {
		const maxBody = 1 << 10
		whole, errWhole := readAll(bytes.NewReader(data), maxBody)
		cr := &chunkReader{r: bytes.NewReader(data), sizes: splits}
		br := bufio.NewReaderSize(cr, 16)
		var split []*Request
		var err error
		for range len(data) + 1 { // each request takes at least one byte
			var r *Request
			if r, err = ReadRequest(br, maxBody); err != nil {
				break
			}
			if len(r.Body) > maxBody || len(r.Header) > maxHTTPFields {
				t.Fatalf("beyond the limits: %d bytes of body, %d fields", len(r.Body), len(r.Header))
			}
			split = append(split, r)
		}
		if err == nil {
			t.Fatal("more requests than bytes")
		}
		if len(split) != len(whole) || err.Error() != errWhole.Error() {
			t.Fatalf("split delivery read %d requests (%v), whole %d (%v)", len(split), err, len(whole), errWhole)
		}
		for i := range split {
			a, b := split[i], whole[i]
			if a.Method != b.Method || a.Target != b.Target || !bytes.Equal(a.Body, b.Body) || len(a.Header) != len(b.Header) {
				t.Fatalf("request %d differs with split delivery", i)
			}
		}
	})
}
