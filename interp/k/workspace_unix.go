//go:build unix

package k

import (
	"math"
	"runtime"
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

// residentBytes bounds the live heap from above, for the heap watch to
// skip small heaps after each collection without stopping the world
// (runtime.ReadMemStats does, and near reads files) and without
// runtime/metrics, whose init builds a table of descriptions at every
// start (about 125,000 instructions). It is the process's peak resident
// size (getrusage: one system call, no descriptor), and, when that is
// floor or more, its resident size now (/proc/self/statm, opened, read
// and closed: no descriptor is kept, as a handle's number is q's). Live
// objects are resident, beside the binary, stacks and the freed pages Go
// keeps. Unknown, it is math.MaxInt64: look closer.
func residentBytes(floor int64) int64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return math.MaxInt64
	}
	peak := int64(ru.Maxrss) << 10 // kilobytes, but bytes on Darwin
	if runtime.GOOS == "darwin" || runtime.GOOS == "ios" {
		peak = int64(ru.Maxrss)
	}
	if peak < floor || runtime.GOOS != "linux" {
		return peak
	}
	fd, err := syscall.Open("/proc/self/statm", syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
	if err != nil {
		return peak
	}
	var buf [128]byte
	n, err := syscall.Pread(fd, buf[:], 0)
	syscall.Close(fd)
	if err != nil || n <= 0 {
		return peak
	}
	// size resident shared ...: the second field, in pages
	b := buf[:n]
	i := 0
	for i < len(b) && b[i] != ' ' {
		i++
	}
	pages, digits := int64(0), 0
	for i++; i < len(b) && b[i] >= '0' && b[i] <= '9'; i++ {
		pages, digits = pages*10+int64(b[i]-'0'), digits+1
	}
	if digits == 0 {
		return peak
	}
	return pages * int64(syscall.Getpagesize())
}
