//go:build linux

package repl

import (
	"os"
	"strconv"
	"testing"

	"golang.org/x/sys/unix"
)

// openPty opens a pseudo-terminal's follower side, a terminal for
// colour to see.
func openPty(t *testing.T) *os.File {
	ptmx, err := os.OpenFile("/dev/ptmx", os.O_RDWR, 0)
	if err != nil {
		t.Skip("no pseudo-terminals:", err) // the tmux test in main_test.go sees red errors at a terminal
	}
	t.Cleanup(func() { ptmx.Close() })
	fd := int(ptmx.Fd())
	if err := unix.IoctlSetPointerInt(fd, unix.TIOCSPTLCK, 0); err != nil {
		t.Fatal(err)
	}
	n, err := unix.IoctlGetInt(fd, unix.TIOCGPTN)
	if err != nil {
		t.Fatal(err)
	}
	pts, err := os.OpenFile("/dev/pts/"+strconv.Itoa(n), os.O_RDWR|unix.O_NOCTTY, 0)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { pts.Close() })
	return pts
}

// TestColour: errors are red only on a terminal with colour allowed; a
// file (or pipe) on stdout, NO_COLOR or TERM=dumb turn it off.
func TestColour(t *testing.T) {
	if got := red("'type"); got != "\x1b[31m'type\x1b[0m" {
		t.Errorf("red: %q", got)
	}
	env := func(kv map[string]string) func(string) string { return func(k string) string { return kv[k] } }
	f, err := os.CreateTemp(t.TempDir(), "out")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if colour(env(map[string]string{"TERM": "xterm"}), int(f.Fd())) {
		t.Error("colour on with stdout a file")
	}
	fd := int(openPty(t).Fd())
	if !colour(env(map[string]string{"TERM": "xterm"}), fd) {
		t.Error("colour off at a terminal")
	}
	if colour(env(map[string]string{"TERM": "xterm", "NO_COLOR": "1"}), fd) {
		t.Error("colour on with NO_COLOR set")
	}
	if colour(env(map[string]string{"TERM": "dumb"}), fd) {
		t.Error("colour on with TERM=dumb")
	}
}
