// This file remembers a flat arena: one allocation holding the text of
// many strings end to end, as `string` of a long vector makes it (each
// item's header a slice of the one buffer). A reader that finds a list's
// strings lying one after the other, as raze does, may then copy their
// text in one move instead of one per item, and do so legally: Go lets a
// slice be made only within one allocation, and the arena says where one
// is. The note holds its arena weakly, so it keeps nothing alive.

package k

import (
	"sync/atomic"
	"unsafe"
	"weak"
)

// flatMin is the least length of an arena worth noting: a note costs
// the runtime a weak handle, the price of copying a few hundred bytes.
const flatMin = 4096

// flatNote is the last arena noted: its first byte, held weakly, and
// its length.
type flatNote struct {
	p weak.Pointer[byte]
	n int
}

// lastFlat is the last arena noted (peach's threads may note too).
var lastFlat atomic.Pointer[flatNote]

// NoteFlat remembers b as the arena of the strings whose text it holds,
// when it is long enough to be worth it. It is safe to call from any
// goroutine.
func NoteFlat(b []byte) {
	if len(b) >= flatMin {
		lastFlat.Store(&flatNote{p: weak.Make(&b[0]), n: len(b)})
	}
}

// Flat is the n bytes from p as one slice, when they lie within the last
// arena noted and that arena is still alive, else nil. The caller knows
// the bytes are the text it wants (strings found end to end from p);
// Flat only says that one slice may span them. It is safe to call from
// any goroutine.
func Flat(p *byte, n int) []byte {
	f := lastFlat.Load()
	if f == nil || n <= 0 {
		return nil
	}
	base := f.p.Value()
	if base == nil {
		return nil
	}
	off := uintptr(unsafe.Pointer(p)) - uintptr(unsafe.Pointer(base))
	if off > uintptr(f.n) || uintptr(n) > uintptr(f.n)-off {
		return nil
	}
	return unsafe.Slice(base, f.n)[off : off+uintptr(n)]
}
