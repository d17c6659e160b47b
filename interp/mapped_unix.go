//go:build unix

package interp

import (
	"os"
	"syscall"
)

// mapFile maps the first n bytes of f read-only and shared: pages are
// read on first touch, and the mapping outlives f's descriptor.
func mapFile(f *os.File, n int) ([]byte, error) {
	return syscall.Mmap(int(f.Fd()), 0, n, syscall.PROT_READ, syscall.MAP_SHARED)
}
