package k

import (
	"math"
	"os"
	"runtime"
	"testing"
)

// The watch's figure of resident memory (the peak, and the present one
// when the peak passes the floor) grows with a heap that is touched, so
// that it bounds the live heap from above, and reading the peak allocates
// nothing, and reading it leaves no descriptor open (the finalizer goroutine reads
// it after every collection; a descriptor's number is a q handle's).
func TestResidentBytes(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("/proc/self/statm is Linux's")
	}
	before := residentBytes(0)
	if before <= 0 || before == math.MaxInt64 {
		t.Fatalf("resident %d", before)
	}
	b := make([]byte, 48<<20)
	for i := 0; i < len(b); i += 4096 {
		b[i] = 1
	}
	if after := residentBytes(0); after < 48<<20 || after < before {
		t.Errorf("resident %d after touching 48 MB (before %d)", after, before)
	}
	if peak := residentBytes(math.MaxInt64); peak < 48<<20 {
		t.Errorf("peak resident %d after touching 48 MB", peak)
	}
	runtime.KeepAlive(b)
	if n := testing.AllocsPerRun(10, func() { residentBytes(math.MaxInt64) }); n != 0 {
		t.Errorf("%v allocations a read", n)
	}
	fds := func() int {
		d, _ := os.ReadDir("/proc/self/fd")
		return len(d)
	}
	n := fds()
	residentBytes(0)
	if m := fds(); m != n {
		t.Errorf("descriptors %d before a read, %d after", n, m)
	}
}
