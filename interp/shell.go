package interp

import (
	"errors"
	"os"
	"os/exec"
	"slices"
	"strings"
	"time"

	"qgo/interp/k"
)

// shell passes an unknown command to the operating system shell and
// returns its output lines. What the command writes to stderr goes to
// the interpreter's stderr; a failing command signals 'os.
func (in *Interp) shell(cmd string) k.Value {
	// An interrupt (Ctrl-C, -T) ends the command and whatever it started:
	// the shell runs in a process group of its own, which the context's
	// end kills whole, and the call signals 'stop rather than wait on
	// system"sleep 100" for as long as it sleeps.
	ctx, done := in.netWait()
	defer done()
	c := exec.CommandContext(ctx, "/bin/sh", "-c", cmd)
	ownGroup(c)
	c.Stderr = in.errOut
	if f, ok := in.errOut.(*os.File); ok {
		c.Stderr = f // the command writes to it itself, as a child of q does
	}
	// A command the shell leaves running in the background keeps the
	// output pipes open (system"gunzip -c t.gz > fifo &" holds them until
	// a reader opens the fifo): the output is taken until the shell has
	// exited and a second more, as q returns once the shell is done.
	c.WaitDelay = time.Second
	var out roomBuffer
	c.Stdout = &out
	err := c.Run()
	if out.full {
		k.Signal("wsfull") // the command was stopped: its output had no room
	}
	if err != nil && !errors.Is(err, exec.ErrWaitDelay) {
		if ctx.Err() != nil {
			in.checkStop()
		}
		k.Signal("os")
	}
	k.Reserve(len(out.b), 3) // the text, its lines and their q strings
	text := strings.TrimSuffix(string(out.b), "\n")
	if text == "" {
		return k.NewList()
	}
	lines := strings.Split(text, "\n")
	items := make([]k.Value, len(lines))
	for i, l := range lines {
		items[i] = k.Str(strings.TrimSuffix(l, "\r"))
	}
	return k.NewList(items...)
}

// roomBuffer takes a command's output, asking the workspace (k.Room)
// before it grows: system"yes" filled the heap until Go's fatal out of
// memory ended the process. Past the room it refuses what is written,
// which ends the copy and closes the pipe, so the command is stopped
// (SIGPIPE) and the call signals 'wsfull. Write runs on exec's copying
// goroutine, where no signal may be raised.
type roomBuffer struct {
	b    []byte
	full bool
}

// Write appends p, growing the buffer only within the workspace's room,
// and refuses it past that. It runs on exec's copying goroutine, off the
// interpreter's: it signals nothing, and sets full for shell to read
// once the command has been waited for.
func (r *roomBuffer) Write(p []byte) (int, error) {
	if len(r.b)+len(p) > cap(r.b) {
		c := max(len(r.b)+len(p), 2*cap(r.b), 4096)
		if err := k.Room(c+cap(r.b), 1); err != nil {
			r.full = true
			return 0, err
		}
		r.b = slices.Grow(r.b, c-len(r.b))
	}
	r.b = append(r.b, p...)
	return len(p), nil
}
