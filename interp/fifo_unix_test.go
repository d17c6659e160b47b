//go:build unix

package interp

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// openFDs counts the process's open descriptors.
func openFDs(t *testing.T) int {
	es, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		t.Skip("no /proc/self/fd")
	}
	return len(es)
}

// Reading a named pipe that no process writes to waits, as q's does, but
// an interrupt (Ctrl-C, -T) ends the wait with 'stop, whether it is in
// open(2) (no writer yet) or in a read (a writer that writes nothing),
// and leaves no descriptor open. Before, open(2) held the session, and a
// server's loop with it, for ever.
func TestFifoInterrupt(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "ff")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip("no named pipes:", err)
	}
	in := New(&strings.Builder{})
	fds := openFDs(t)
	srcs := []string{"read0`:F", "read1`:F", "read1(`:F;0;4)", "get`:F", `("*";",")0:` + "`:F",
		`(enlist"x";enlist 1)1:` + "`:F", `\l F`, "-21!`:F", "read1 hopen`:fifo://F"}
	for _, writer := range []bool{false, true} {
		for _, src := range srcs {
			src = strings.ReplaceAll(src, "F", fifo)
			var w *os.File
			if writer { // a writer that holds the pipe open and writes nothing
				var err error
				if w, err = os.OpenFile(fifo, os.O_RDWR, 0); err != nil {
					t.Fatal(err)
				}
			}
			got := make(chan error, 1)
			go func() { _, err := in.Eval(src); got <- err }()
			tick := time.NewTicker(20 * time.Millisecond)
			deadline := time.After(60 * time.Second)
		wait:
			for {
				select {
				case err := <-got:
					if err == nil || err.Error() != "'stop" {
						t.Errorf("%s (writer %v), interrupted: %v, want 'stop", src, writer, err)
					}
					break wait
				case <-tick.C:
					in.Interrupt() // until the evaluation has seen one
				case <-deadline:
					t.Fatalf("%s (writer %v): still waiting 60 s after interrupts", src, writer)
				}
			}
			tick.Stop()
			if w != nil {
				w.Close()
			}
		}
	}
	in.Eval("hclose each 3+til 10")
	if n := openFDs(t); n != fds {
		t.Errorf("open descriptors: %d before, %d after", fds, n)
	}
	// a writer's data is read as before
	go func() {
		if w, err := os.OpenFile(fifo, os.O_WRONLY, 0); err == nil {
			w.WriteString("hello\nworld\n")
			w.Close()
		}
	}()
	if got := evalText(t, in, "read0`:"+fifo); got != "\"hello\"\n\"world\"" {
		t.Errorf("read0 of a pipe written to: %s", got)
	}
}
