//go:build unix && !(linux && (amd64 || arm64 || riscv64 || loong64 || ppc64 || ppc64le || mips64 || mips64le))

package interp

import (
	"unsafe"

	"golang.org/x/sys/unix"
)

// mmapFixed maps size bytes of fd (-1 for fresh memory) at addr, in place
// of what was mapped there.
func mmapFixed(addr unsafe.Pointer, size, prot, flags, fd int) error {
	_, err := unix.MmapPtr(fd, 0, addr, uintptr(size), prot, flags|unix.MAP_FIXED)
	return err
}
