// This file checks large allocations against the workspace: the limit
// set by -w or \w, or, with none, what the machine can give. Go ends the
// process with a fatal error, which nothing recovers, when the operating
// system refuses it memory; q instead signals 'wsfull and goes on, and so
// does qgo for every allocation made through Reserve.

package k

import (
	"math"
	"os"
	"runtime"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"unsafe"
)

// reserveMin is the smallest allocation Reserve checks: reading the
// heap's size costs a microsecond or so, nothing beside filling this much
// memory, and smaller allocations cannot take a process near its limit
// before a larger one does.
const reserveMin = 8 << 20

// wsLimit is the workspace limit in bytes set by -w or \w, 0 for none.
var wsLimit atomic.Int64

// machine is what the machine lets the process have at most, in bytes:
// the least of its physical memory and swap and the cgroup's memory
// limit; and its address-space limit (ulimit -v). Computed once.
var machine = sync.OnceValues(func() (mem, as int64) {
	mem = memInfo("MemTotal:") + memInfo("SwapTotal:")
	if mem == 0 {
		mem = math.MaxInt64
	}
	if b, err := os.ReadFile("/sys/fs/cgroup/memory.max"); err == nil {
		if n, err := strconv.ParseInt(strings.TrimSpace(string(b)), 10, 64); err == nil && n > 0 {
			mem = min(mem, n)
		}
	}
	return mem, addressLimit()
})

// memInfo is the figure key ("MemTotal:") of /proc/meminfo in bytes, 0
// where that is not known.
func memInfo(key string) int64 {
	b, err := os.ReadFile("/proc/meminfo")
	if err != nil {
		return 0
	}
	for l := range strings.Lines(string(b)) {
		if rest, ok := strings.CutPrefix(l, key); ok {
			if f := strings.Fields(rest); len(f) > 0 {
				n, _ := strconv.ParseInt(f[0], 10, 64)
				return n << 10
			}
		}
	}
	return 0
}

// SetWorkspace sets the workspace limit in bytes (-w, \w); 0 removes it.
// The Go collector is told too, so that it collects harder near the
// limit rather than let garbage take the room.
func SetWorkspace(bytes int64) {
	wsLimit.Store(bytes)
	mem, _ := machine()
	if bytes > 0 {
		mem = min(mem, bytes)
	}
	if mem < math.MaxInt64 {
		limitMu.Lock()
		if asLimit > 0 {
			mem = min(mem, asLimit)
		}
		goLimit = mem
		debug.SetMemoryLimit(goLimit + mappedBytes.Load())
		limitMu.Unlock()
	}
}

// mappedBytes is the size of the heap objects that files are mapped over
// (interp/mapped.go): Go counts them in its heap, though their pages are
// the files', which the kernel may drop and read again at will; q counts
// them in none of its figures but mmap.
var mappedBytes atomic.Int64

// goLimit is the memory limit SetWorkspace gave Go's collector, before the
// mapped bytes are added to it; 0 for none. limitMu orders its setting.
var (
	limitMu sync.Mutex
	goLimit int64
)

// AddMapped records n more bytes of heap objects that files are mapped
// over (fewer when n is negative), so that the workspace figures and
// checks leave them out. It is safe to call from any goroutine.
func AddMapped(n int64) {
	if n > 0 {
		mappedTotal.Add(n)
	}
	limitMu.Lock()
	m := mappedBytes.Add(n)
	if goLimit > 0 {
		debug.SetMemoryLimit(goLimit + m)
	}
	limitMu.Unlock()
}

// mappedTotal is the size of every heap object a file was mapped over
// since the process began.
var mappedTotal atomic.Int64

// Allocated is the bytes allocated since the process began, from m
// (runtime.ReadMemStats'), less the heap objects files were mapped over:
// what \ts and .Q.ts count, as q counts no mapping in them.
func Allocated(m *runtime.MemStats) int64 { return int64(m.TotalAlloc) - mappedTotal.Load() }

// Workspace is the workspace limit in bytes, 0 for none.
func Workspace() int64 { return wsLimit.Load() }

// Reserve checks, before an allocation of n items of size bytes each is
// made, that the heap can take it: over the workspace limit, or over what
// the machine can give when there is none, it signals 'wsfull. Garbage is
// collected first, before giving up. Only allocations of reserveMin bytes
// or more are checked. It is safe to call from any goroutine.
func Reserve(n, size int) {
	if n < 0 || size < 0 {
		Signal("wsfull")
	}
	if n < reserveMin/max(size, 1) {
		return
	}
	if size > 0 && int64(n) > math.MaxInt64/int64(size) {
		Signal("wsfull")
	}
	bytes := int64(n) * int64(size)
	if bytes > math.MaxInt { // a 32-bit process: more than its address space
		Signal("wsfull")
	}
	if fits(bytes) {
		return
	}
	runtime.GC()
	if !fits(bytes) {
		Signal("wsfull")
	}
}

// Grow is slices.Grow checked by Reserve: b with room for n more items.
// A builder that appends without knowing its final size (a string being
// replaced into, a message being encoded) calls it before each append,
// so that the doubling append does to a large buffer signals 'wsfull
// rather than end the process with Go's fatal out of memory. When b must
// move, its capacity doubles, as append's does; the old array is counted
// too, as it lives until the copy is made.
func Grow[E any](b []E, n int) []E {
	if n <= cap(b)-len(b) {
		return b
	}
	if n < 0 || len(b) > math.MaxInt-n {
		Signal("wsfull")
	}
	c := len(b) + n
	if cap(b) <= math.MaxInt/2 {
		c = max(c, 2*cap(b)) // (2*cap overflows a 32-bit int past 1G items)
	}
	if c > math.MaxInt-cap(b) {
		Signal("wsfull")
	}
	Reserve(c+cap(b), int(unsafe.Sizeof(*new(E))))
	return slices.Grow(b, c-len(b))
}

// Room is Reserve for code that returns errors rather than signal them,
// such as the IPC reader deciding whether to expand a compressed message:
// it returns 'wsfull as an *Error, or nil.
func Room(n, size int) (err error) {
	defer func() {
		if p := recover(); p != nil {
			e, ok := p.(*Error)
			if !ok {
				panic(p)
			}
			err = e
		}
	}()
	Reserve(n, size)
	return nil
}

// fits reports whether bytes more of heap stay within the limits.
func fits(bytes int64) bool {
	used, total, released, free := readHeap()
	if bytes > math.MaxInt64-used-(256<<20) {
		return false // no sum below would be right: 0W bytes
	}
	if lim := wsLimit.Load(); lim > 0 && used+bytes > lim {
		return false
	}
	mem, as := machine()
	if used+bytes > mem {
		return false
	}
	// what the machine can give now: the heap Go holds already (its
	// objects and free spans) and the memory the system has available
	if avail := memInfo("MemAvailable:"); avail > 0 && used+bytes > total-released+avail {
		return false
	}
	// the address space holds what Go maps besides the heap (stacks,
	// its own structures, the program). A large object reuses free heap
	// spans only where they are contiguous, which no figure tells, so
	// when the process's mapped size leaves no room for the object in
	// fresh address space, ask the system whether that much can still be
	// mapped: a Go allocation that finds neither ends the process.
	// Go never gives address space back, but the free spans of a heap
	// that was bigger take new objects without more of it: when they
	// hold twice the object, one run of them is very likely long enough
	// (the page allocator places objects first-fit by address, so what a
	// large object freed stays one run). Without that, a server whose
	// heap once peaked near the limit refused every large object after,
	// however little it held.
	if as < math.MaxInt64 {
		vm := vmSize()
		if vm == 0 {
			vm = total + released
		}
		if vm+bytes+64<<20 > as && !addressRoom(bytes+128<<20) && free+released < 2*bytes+64<<20 {
			return false
		}
	}
	return true
}

// readHeap reads the bytes in live and unswept heap objects, all the
// memory Go has mapped, the heap memory returned to the system and the
// free heap memory not returned. It reads runtime.MemStats, not the
// runtime/metrics package, whose initialisation every start would pay.
func readHeap() (used, total, released, free int64) {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	mapped := mappedBytes.Load()
	return int64(m.HeapAlloc) - mapped, int64(m.Sys) - mapped, int64(m.HeapReleased), int64(m.HeapIdle - m.HeapReleased)
}

// vmSize is the process's address-space size in bytes, 0 if unknown.
func vmSize() int64 {
	b, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return 0
	}
	f := strings.Fields(string(b))
	if len(f) == 0 {
		return 0
	}
	pages, _ := strconv.ParseInt(f[0], 10, 64)
	return pages * int64(os.Getpagesize())
}

// MemStats are q's memory figures (\w, .Q.w[]): the bytes in use, the
// heap's size, its peak, the workspace limit and the machine's memory.
type MemStats struct {
	Used, Heap, Peak, Limit, Phys int64
}

// peakHeap is the largest heap Stats has seen.
var peakHeap atomic.Int64

// Stats reads the memory figures from Go's runtime: Used is the bytes in
// heap objects, Heap the heap memory Go holds from the system (its
// objects and free space, less what it has returned), Peak the largest
// of Heap and the process's peak resident memory.
func Stats() MemStats {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	// the heap's objects, its spans' unused room and its free memory not
	// returned to the system
	mapped := mappedBytes.Load()
	used := int64(m.HeapAlloc) - mapped
	heap := int64(m.HeapInuse) + int64(m.HeapIdle-m.HeapReleased) - mapped
	peak := max(heap, vmHWM())
	for {
		old := peakHeap.Load()
		if peak <= old {
			peak = old
			break
		}
		if peakHeap.CompareAndSwap(old, peak) {
			break
		}
	}
	return MemStats{Used: used, Heap: heap, Peak: peak, Limit: wsLimit.Load(), Phys: memInfo("MemTotal:")}
}

// vmHWM is the process's peak resident memory in bytes, 0 if unknown.
func vmHWM() int64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for l := range strings.Lines(string(b)) {
		if rest, ok := strings.CutPrefix(l, "VmHWM:"); ok {
			if f := strings.Fields(rest); len(f) > 0 {
				n, _ := strconv.ParseInt(f[0], 10, 64)
				return n << 10
			}
		}
	}
	return 0
}

// Mapped is the size of the heap objects that files are mapped over.
func Mapped() int64 { return mappedBytes.Load() }
