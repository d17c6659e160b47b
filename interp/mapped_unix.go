//go:build unix

package interp

import (
	"io"
	"io/fs"
	"math"
	"os"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
	"unsafe"

	"golang.org/x/sys/unix"

	"qgo/interp/k"
)

// mapMin is the smallest file mapped rather than read: a heap object under
// 32 KB shares its span with others, so it has no pages of its own to
// map over, and reading a few pages costs less than mapping them.
const mapMin = 64 << 10

// poolMax bounds the bytes of heap objects kept for mappings to come, and
// poolAge how long one is kept unused. A kept object holds no memory
// (fresh private pages, never touched) but counts in Go's heap, and so
// puts off collections as live memory does: the pool keeps what the
// queries of the last seconds mapped at once, up to a quarter of the
// machine's memory and 4 GB.
var poolMax = sync.OnceValue(func() int64 {
	limit := int64(4 << 30)
	if phys := k.Stats().Phys; phys > 0 {
		limit = min(limit, phys/4)
	}
	return min(limit, math.MaxInt/4)
})

const poolAge = 10 * time.Second

// mapLive counts the files mapped now, and mapLiveBytes their bytes: they
// rise as one is mapped and fall as a mapping is released.
var mapLive, mapLiveBytes atomic.Int64

// A region is a heap object that files are mapped over: room bytes from
// off on, a whole number of system pages; total is the object's size.
type region struct {
	obj       *byte
	off, room int
	total     int64
	kept      time.Time // when it was put in the pool
}

// pool holds the regions whose mappings were released, for later
// mappings: Go clears an object it hands out again, which would cost a
// write to every page of memory that a mapping needs never to touch.
// stuck holds the objects that could not be given fresh pages after a
// mapping (the system refused them): kept for good, so that Go never
// hands out memory it cannot write.
var pool struct {
	sync.Mutex
	free  []region
	bytes int64
	stuck []*byte
}

// mapFile returns the first n bytes of f, and the start of the heap object
// they lie in; gone runs once they are no longer in use. A file of mapMin
// bytes or more is mapped read-only and shared over the pages of a heap
// object of its own: its pages are read on first touch, the mapping
// outlives f's descriptor, and it lasts while anything points into the
// object; then the object's finalizer maps fresh memory back over it and
// keeps it for the next mapping. A smaller file is read.
func mapFile(f *os.File, n int, gone func()) ([]byte, *byte, error) {
	if n < mapMin {
		b := make([]byte, n)
		if _, err := f.ReadAt(b, 0); err != nil && err != io.EOF {
			return nil, nil, err
		}
		runtime.AddCleanup(&b[0], func(gone func()) { gone() }, gone)
		return b, &b[0], nil
	}
	ps := os.Getpagesize()
	size := (n + ps - 1) &^ (ps - 1)
	r, ok := takeRegion(size)
	if !ok {
		obj := make([]byte, size)
		r = region{obj: &obj[0], off: pageGap(&obj[0], ps), room: size, total: int64(size)}
		if r.off != 0 { // Go's large objects start on its 8 KB pages: larger system pages need room to align
			obj = make([]byte, size+ps)
			r = region{obj: &obj[0], off: pageGap(&obj[0], ps), room: size, total: int64(size + ps)}
		}
		k.AddMapped(r.total)
	}
	addr := unsafe.Add(unsafe.Pointer(r.obj), r.off)
	if err := mmapFixed(addr, size, unix.PROT_READ, unix.MAP_SHARED, int(f.Fd())); err != nil {
		// a failed fixed mapping may have taken the old pages away
		if !unmapOver(addr, size) {
			keepStuck(r.obj)
		} else {
			putRegion(r)
		}
		return nil, nil, err
	}
	mapLive.Add(1)
	mapLiveBytes.Add(int64(size))
	// the finalizer gets the object's start alone, never a slice of it:
	// anything it held would keep the object live for ever
	off, room, total := r.off, r.room, r.total
	runtime.SetFinalizer(r.obj, func(p *byte) {
		if !unmapOver(unsafe.Add(unsafe.Pointer(p), off), size) {
			keepStuck(p)
			return
		}
		mapLive.Add(-1)
		mapLiveBytes.Add(-int64(size))
		gone()
		putRegion(region{obj: p, off: off, room: room, total: total})
	})
	return unsafe.Slice((*byte)(addr), n), r.obj, nil
}

// takeRegion takes from the pool the smallest region with room for size
// bytes, not more than twice as large.
func takeRegion(size int) (region, bool) {
	pool.Lock()
	defer pool.Unlock()
	trimPool(time.Now())
	best := -1
	for i, r := range pool.free {
		if r.room >= size && r.room <= 2*size && (best < 0 || r.room < pool.free[best].room) {
			best = i
		}
	}
	if best < 0 {
		return region{}, false
	}
	r := pool.free[best]
	pool.free = slices.Delete(pool.free, best, best+1)
	pool.bytes -= r.total
	return r, true
}

// putRegion keeps r for a later mapping, or lets Go have it back when the
// pool is full. It runs on the runtime's finalizer goroutine, or on a
// mapping's.
func putRegion(r region) {
	pool.Lock()
	defer pool.Unlock()
	r.kept = time.Now()
	trimPool(r.kept)
	if pool.bytes+r.total > poolMax() {
		k.AddMapped(-r.total)
		return
	}
	pool.free = append(pool.free, r)
	pool.bytes += r.total
}

// trimPool lets Go have back the regions kept unused for poolAge. The
// caller holds pool's lock.
func trimPool(now time.Time) {
	pool.free = slices.DeleteFunc(pool.free, func(r region) bool {
		if now.Sub(r.kept) < poolAge {
			return false
		}
		pool.bytes -= r.total
		k.AddMapped(-r.total)
		return true
	})
}

// pageGap is how far p lies before the next system page boundary.
func pageGap(p *byte, ps int) int {
	return int(-uintptr(unsafe.Pointer(p)) & uintptr(ps-1))
}

// unmapOver replaces the mapping of the size bytes at addr with fresh
// private memory, as Go's heap maps it, reporting whether it could. It
// runs on the runtime's finalizer goroutine, or on a mapping's.
func unmapOver(addr unsafe.Pointer, size int) bool {
	return mmapFixed(addr, size, unix.PROT_READ|unix.PROT_WRITE, unix.MAP_PRIVATE|unix.MAP_ANON, -1) == nil
}

// keepStuck keeps the heap object starting at p for good. It runs on any
// goroutine.
func keepStuck(p *byte) {
	pool.Lock()
	pool.stuck = append(pool.stuck, p)
	pool.Unlock()
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
