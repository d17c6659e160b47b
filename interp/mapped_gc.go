// This file paces Go's collector on the heap less the mapped columns. A
// mapped file lies over a Go heap object of its own (mapped.go), which
// Go counts as live heap: left alone, the collector would wait for as
// much garbage as there are bytes mapped before collecting again, and a
// process with a large database mapped would hold that much garbage. So
// while anything is mapped, GOGC is set after each collection so that
// the next comes when the rest of the heap has grown by GOGC percent.
//
// The heap is read from runtime.MemStats (HeapAlloc: live objects and
// those not yet swept), not from runtime/metrics' /gc/heap/live:bytes:
// importing runtime/metrics makes every start build its table of
// descriptions (95 allocations, about 0.05 ms), mapped file or not. Read
// as the sentinel's finalizer runs, just after a collection, the two
// differ by what was allocated since and what is still to sweep.

package interp

import (
	"runtime"
	"runtime/debug"
	"sync"

	"qgo/interp/k"
)

// pacer is the state of the pacing: armed while a sentinel waits for the
// next collection, pct the setting it made last (0 for none).
var pacer struct {
	sync.Mutex
	armed bool
	pct   int
}

// pacerMinHeap is the least heap the pacing reckons beside the mapped
// objects, as Go's collector reckons at least 4 MB.
const pacerMinHeap = 4 << 20

// armPacer starts the pacing, if it is not on, as a file is mapped. It
// runs on any goroutine.
func armPacer() {
	if gogc() < 0 {
		return
	}
	pacer.Lock()
	defer pacer.Unlock()
	if !pacer.armed {
		pacer.armed = true
		pace()
	}
}

// pace sets the collector for the heap as it stands and leaves a sentinel
// to do it again after the next collection; with nothing mapped it puts
// GOGC back and stops. While a peach's tuner holds the setting (peach.go)
// it is left to it, and set afresh after. The caller holds pacer's lock; it runs on the
// runtime's finalizer goroutine, or on a mapping's. The tuner's lock is
// held from asking whether a peach runs to setting the collector, so that
// a peach starting meanwhile (gcRoom, which takes only that lock) cannot
// have its setting overwritten by the pacing's, left in place after it.
func pace() {
	tuner.mu.Lock()
	defer tuner.mu.Unlock()
	mapped := k.Mapped()
	switch {
	case tuner.armed:
		pacer.pct = -1 // the tuner's now: set it afresh after
	case mapped == 0:
		if pacer.pct != 0 {
			debug.SetGCPercent(gogc())
		}
		pacer.pct, pacer.armed = 0, false
		return
	default:
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		live := int64(m.HeapAlloc)
		rest := max(live-mapped, pacerMinHeap)
		// set each time: a peach's tuner may have changed it
		pacer.pct = max(int(int64(gogc())*rest/max(live, rest)), 1)
		debug.SetGCPercent(pacer.pct)
	}
	runtime.SetFinalizer(&sentinel{}, func(*sentinel) {
		pacer.Lock()
		defer pacer.Unlock()
		pace()
	})
}
