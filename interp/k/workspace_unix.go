//go:build unix

package k

import (
	"math"
	"syscall"
)

// addressLimit is the process's address-space limit (ulimit -v) in
// bytes, math.MaxInt64 for none.
func addressLimit() int64 {
	var rl syscall.Rlimit
	if syscall.Getrlimit(syscall.RLIMIT_AS, &rl) == nil && rl.Cur < math.MaxInt64 {
		return int64(rl.Cur)
	}
	return math.MaxInt64
}

// addressRoom reports whether n bytes of address space can still be
// mapped, by mapping them without access or backing and unmapping them
// at once: the room Go's heap needs to place an object that no free span
// holds (heap arenas come in 64 MB, hence the margin callers add).
func addressRoom(n int64) bool {
	if n <= 0 || n > math.MaxInt {
		return n <= 0
	}
	b, err := syscall.Mmap(-1, 0, int(n), syscall.PROT_NONE, syscall.MAP_PRIVATE|syscall.MAP_ANON|syscall.MAP_NORESERVE)
	if err != nil {
		return false
	}
	syscall.Munmap(b)
	return true
}
