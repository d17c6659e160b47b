//go:build unix

package files

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"time"

	"golang.org/x/sys/unix"
)

// pollStep is how long a wait on a named pipe goes between two looks at
// the session's interrupt flag.
const pollStep = 50 * time.Millisecond

// openPipe opens the named pipe p for reading without waiting in open(2)
// for a writer: open(2) of a pipe no process writes to blocked the loop,
// past -T and Ctrl-C. The descriptor is opened non-blocking, and poll(2)
// waits, a step at a time with check between the steps, until a writer
// has written or has come and gone (Linux reports neither for a reader
// that no writer has yet met). check signals 'stop on an interrupt; the
// descriptor is closed then, so an abandoned wait leaves nothing behind.
func openPipe(p string, check func()) (*os.File, error) {
	var fd int
	var err error
	for {
		fd, err = unix.Open(p, unix.O_RDONLY|unix.O_NONBLOCK|unix.O_CLOEXEC, 0)
		if err != unix.EINTR {
			break
		}
	}
	if err != nil {
		return nil, &fs.PathError{Op: "open", Path: p, Err: err}
	}
	opened := false
	defer func() {
		if !opened {
			unix.Close(fd)
		}
	}()
	fds := []unix.PollFd{{Fd: int32(fd), Events: unix.POLLIN}}
	for {
		n, err := unix.Poll(fds, int(pollStep/time.Millisecond))
		if err != nil && err != unix.EINTR {
			return nil, &fs.PathError{Op: "poll", Path: p, Err: err}
		}
		if n > 0 {
			break
		}
		check()
	}
	opened = true
	// non-blocking, the file is read through the runtime's poller, whose
	// waits a deadline ends (PipeReader)
	return os.NewFile(uintptr(fd), p), nil
}

// PipeReader reads f, a named pipe opened by Open, waiting for data a
// step at a time with check between the steps, so that an interrupt
// (Ctrl-C, -T) ends the wait for a writer that writes nothing. Any other
// file is read as it is.
func PipeReader(f *os.File, check func()) io.Reader {
	if fi, err := f.Stat(); err != nil || fi.Mode()&fs.ModeNamedPipe == 0 {
		return f
	}
	if check == nil {
		check = func() {}
	}
	return pipeReader{f, check}
}

// pipeReader is PipeReader's reader of a named pipe: f opened
// non-blocking, so that its reads take deadlines, and check, the
// session's interrupt check, called between them.
type pipeReader struct {
	f     *os.File
	check func()
}

// Read reads into b under a deadline renewed at each step, calling check
// each time one passes with nothing read.
func (r pipeReader) Read(b []byte) (int, error) {
	for {
		if err := r.f.SetReadDeadline(time.Now().Add(pollStep)); err != nil {
			return r.f.Read(b) // not pollable: a blocking read
		}
		n, err := r.f.Read(b)
		if !errors.Is(err, os.ErrDeadlineExceeded) {
			return n, err
		}
		if n > 0 {
			return n, nil
		}
		r.check()
	}
}
