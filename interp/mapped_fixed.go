//go:build linux && (amd64 || arm64 || riscv64 || loong64 || ppc64 || ppc64le || mips64 || mips64le)

package interp

import (
	"unsafe"

	"golang.org/x/sys/unix"
)

// mmapFixed maps size bytes of fd (-1 for fresh memory) at addr, in place
// of what was mapped there. It makes the system call itself, as the
// result, addr again, must not be turned back into a pointer: the race
// detector's pointer checks take that for arithmetic out of bounds.
func mmapFixed(addr unsafe.Pointer, size, prot, flags, fd int) error {
	_, _, errno := unix.Syscall6(unix.SYS_MMAP, uintptr(addr), uintptr(size), uintptr(prot), uintptr(flags|unix.MAP_FIXED), uintptr(fd), 0)
	if errno != 0 {
		return errno
	}
	return nil
}
