//go:build unix

package interp

import (
	"io/fs"
	"os"
	"syscall"
)

// mapFile maps the first n bytes of f read-only and shared: pages are
// read on first touch, and the mapping outlives f's descriptor.
func mapFile(f *os.File, n int) ([]byte, error) {
	return syscall.Mmap(int(f.Fd()), 0, n, syscall.PROT_READ, syscall.MAP_SHARED)
}

// openRead opens name for reading, as os.Open does, but with a blocking
// descriptor that os does not register with the runtime's network
// poller: a regular file is always ready, and the first registration
// makes the poller (an epoll instance, its wake-up descriptor, five
// system calls), which a session that never uses the network need not
// pay for to load a script.
func openRead(name string) (*os.File, error) {
	for {
		fd, err := syscall.Open(name, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
		switch {
		case err == syscall.EINTR:
			continue
		case err != nil:
			return nil, &fs.PathError{Op: "open", Path: name, Err: err}
		}
		return os.NewFile(uintptr(fd), name), nil
	}
}
