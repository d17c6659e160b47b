// This file watches the heap between the checks Reserve makes. Reserve
// checks an allocation of reserveMin bytes or more before it is made;
// a result built of many smaller ones (sums each of a thousand vectors
// of a million, a string of each of a list of long vectors) passes no
// such check, and grows until the system refuses Go memory, which ends
// the process. After each collection the watch asks whether the heap has
// come near what the process may have; if so, the next Poll, which the
// interpreter's loops make, signals 'wsfull.

package k

import (
	"math"
	"runtime"
	"runtime/debug"
	"sync/atomic"
)

// heapNear is set by the watch when the heap came near the limits after
// a collection, for the next Poll to check.
var heapNear atomic.Bool

// gcMark is an object nothing references, made after each collection: its
// finalizer runs after the next one. It holds a pointer and more than
// the tiny allocator's 16 bytes, so that it is an object of its own.
type gcMark struct {
	_ *byte
	_ [24]byte
}

// The watch is armed as the program starts, which costs an allocation;
// its first look, after the first collection, sets the collector's limit
// under an address-space limit.
func init() { arm() }

// limitOnce is whether the first look was made.
var limitOnce atomic.Bool

// arm makes a mark whose finalizer, run on the finalizer goroutine after
// the next collection, looks at the heap and arms the next.
func arm() {
	runtime.SetFinalizer(&gcMark{}, func(*gcMark) {
		if limitOnce.CompareAndSwap(false, true) {
			limitAddressSpace()
		}
		if f := watchFloor(); residentBytes(f) >= f && near() {
			heapNear.Store(true)
			Alert() // after the flag, as Interrupt raises it
		}
		arm()
	})
}

// watchFloor is the live heap below which the watch looks no closer: no
// limit is near it. It is 64 MB, or half the workspace when that is less.
func watchFloor() int64 {
	f := int64(64 << 20)
	if lim := wsLimit.Load(); lim > 0 {
		f = min(f, lim/2)
	}
	return f
}

// near reports whether the heap is so near the limits that the next
// allocations may not fit: with no room for reserveMin more within the
// workspace, the machine's memory or what it has available, or over
// seven eighths of what the address space leaves (the collector's limit
// there: a heap that passes it is live, and the next doubling of a
// buffer could find no address space). Unlike fits, it asks nothing of
// the address space itself: free heap spans, which Go keeps mapped
// after a peak, take small allocations.
func near() bool {
	used, total, released, free := readHeap()
	if lim := wsLimit.Load(); lim > 0 && used+reserveMin > lim {
		return true
	}
	if mem, _ := machine(); used+reserveMin > mem {
		return true
	}
	if avail := memInfo("MemAvailable:"); avail > 0 && used+reserveMin > total-released+avail {
		return true
	}
	limitMu.Lock()
	lim := asLimit
	limitMu.Unlock()
	if lim <= 0 {
		return false
	}
	if used > lim-lim/8 {
		return true
	}
	// the address space left, and the heap's free spans, which take new
	// objects without more of it: Go maps more than the heap as it grows
	_, as := machine()
	vm := vmSize()
	return vm > 0 && as-vm+free+released < 384<<20
}

// limitAddressSpace gives the collector a memory limit under an address-
// space limit (ulimit -v, prlimit --as) and no lower one: what the limit
// leaves beyond what the process has mapped already (Go reserves much of
// it at start, without using it), less a margin. Without it the heap
// grows to twice its live data before it is collected, and a process a
// third of its way to the limit could be refused memory.
func limitAddressSpace() {
	_, as := machine()
	if as == math.MaxInt64 {
		return
	}
	vm := vmSize()
	if vm == 0 {
		return
	}
	room := max(as-vm-(128<<20), 64<<20)
	limitMu.Lock()
	defer limitMu.Unlock()
	asLimit = room
	if goLimit == 0 || goLimit > room {
		goLimit = room
		debug.SetMemoryLimit(goLimit + mappedBytes.Load())
	}
}

// asLimit is the collector's limit limitAddressSpace found, 0 for none;
// SetWorkspace keeps the collector's limit within it.
var asLimit int64

// alerts counts the times a loop was asked to look at its flags: an
// interrupt, or the watch finding the heap near the limits.
var alerts atomic.Int64

// Alert asks every loop to look at its flags (Poll's, and a session's
// interrupt) once: the interpreter's Interrupt raises it after setting
// its flag, and so does the watch. It is safe to call from any goroutine.
func Alert() { alerts.Add(1) }

// Alerts is the count Alert raised: one atomic load, for the test a loop
// makes at each step, inlined, against the count it last looked at.
func Alerts() int64 { return alerts.Load() }

// Poll signals 'wsfull when the watch found the heap near the limits and
// it is still so after a collection; the interpreter's loops call it, as
// they check for an interrupt. It costs an atomic load otherwise.
func Poll() {
	if !heapNear.Load() {
		return
	}
	heapNear.Store(false)
	runtime.GC()
	if near() {
		Signal("wsfull")
	}
}
