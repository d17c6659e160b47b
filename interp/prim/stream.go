// This file writes the results of item-wise + - * % on long or float
// vectors (or a vector and an atom) of 32 MB or more with streaming
// (non-temporal) stores,
// on processors with AVX2 (stream_amd64.s): such a result does not fit
// the cache, so writing it around the cache saves the memory traffic of
// reading each line of the destination before overwriting it, a third
// of what `y+y` moves. The kernels give every item what the Go loops
// give it (a null long operand gives a null; floats follow IEEE).

package prim

import (
	"unsafe"

	"qgo/interp/k"
)

// streamMin is the fewest items of a result the streaming kernels write:
// a smaller result may be read again from the cache they bypass.
var streamMin = 1 << 22

// streamSpan is the items of dst the kernels write: from its first item
// on a 32-byte boundary to the end of the last whole block of four.
func streamSpan[E int64 | float64](dst []E) (lo, hi int) {
	if len(dst) == 0 {
		return 0, 0
	}
	a := uintptr(unsafe.Pointer(&dst[0]))
	lo = min(int((32-a%32)%32/8), len(dst))
	return lo, lo + (len(dst)-lo)&^3
}

// streamInt writes x op y into dst by the streaming kernel when E is
// int64 and the kernel does op; x and y are vectors of dst's length or
// atoms (xa, ya), not both atoms. It reports whether it did.
func streamInt[E numInt](op numOp, dst, x, y []E, xa, ya bool, null E) bool {
	d, ok := any(dst).([]int64)
	if !ok || int64(null) != k.NJ {
		return false
	}
	xs, ys := any(x).([]int64), any(y).([]int64)
	return streamLongs(op, d, xs, ys, xa, ya, func(lo, hi int) {
		numIntOpSeq(op, d[lo:hi], parPart(xs, xa, lo, hi), parPart(ys, ya, lo, hi), xa, ya, k.NJ)
	})
}

// streamFlt is streamInt for floats.
func streamFlt[E numFlt](op numOp, dst, x, y []E, xa, ya bool) bool {
	d, ok := any(dst).([]float64)
	if !ok {
		return false
	}
	xs, ys := any(x).([]float64), any(y).([]float64)
	return streamFloats(op, d, xs, ys, xa, ya, func(lo, hi int) {
		numFltOpSeq(op, d[lo:hi], parPart(xs, xa, lo, hi), parPart(ys, ya, lo, hi), xa, ya)
	})
}
