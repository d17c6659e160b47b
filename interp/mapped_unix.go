//go:build unix

package interp

import (
	"io"
	"io/fs"
	"os"
	"syscall"
)

// mapFile maps the first n bytes of f read-only and shared: pages are
// read on first touch, and the mapping outlives f's descriptor.
func mapFile(f *os.File, n int) ([]byte, error) {
	return syscall.Mmap(int(f.Fd()), 0, n, syscall.PROT_READ, syscall.MAP_SHARED)
}

// openRead opens name for reading, as os.Open does, but as a bare
// descriptor that os does not register with the runtime's network poller
// (a regular file is always ready, and the first registration makes the
// poller: an epoll instance, its wake-up descriptor, five system calls)
// nor track with a finalizer: loading a script is an open, reads and a
// close.
func openRead(name string) (io.ReadCloser, error) {
	for {
		fd, err := syscall.Open(name, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
		switch {
		case err == syscall.EINTR:
			continue
		case err != nil:
			return nil, &fs.PathError{Op: "open", Path: name, Err: err}
		}
		return rawFile(fd), nil
	}
}

// rawFile is an open descriptor read with read(2).
type rawFile int

// Read reads into b; io.EOF at the end of the file.
func (f rawFile) Read(b []byte) (int, error) {
	for {
		n, err := syscall.Read(int(f), b)
		switch {
		case err == syscall.EINTR:
			continue
		case err != nil:
			return 0, err
		case n == 0 && len(b) > 0:
			return 0, io.EOF
		}
		return n, nil
	}
}

// Close closes the descriptor.
func (f rawFile) Close() error { return syscall.Close(int(f)) }
