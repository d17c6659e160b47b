package prim

import "sync"

// cpuid executes CPUID with the given EAX and ECX (stream_amd64.s).
func cpuid(eaxArg, ecxArg uint32) (eax, ebx, ecx, edx uint32)

// xgetbv reads the extended control register XCR0 (stream_amd64.s).
func xgetbv() (eax uint32)

// streamLongsAVX2 and streamFloatsAVX2 are the kernels (stream_amd64.s).
//
//go:noescape
func streamLongsAVX2(op int, dst, x, y *int64, n, xstep, ystep int)

//go:noescape
func streamFloatsAVX2(op int, dst, x, y *float64, n, xstep, ystep int)

// hasAVX2 reports whether the processor has AVX2 and the system saves
// its registers; asked the first time a kernel could use it, so that no
// start pays for it.
var hasAVX2 = sync.OnceValue(func() bool {
	if max, _, _, _ := cpuid(0, 0); max < 7 {
		return false
	}
	_, _, c, _ := cpuid(1, 0)
	if c&(1<<27) == 0 || c&(1<<28) == 0 { // OSXSAVE, AVX
		return false
	}
	if xgetbv()&6 != 6 { // the system saves the XMM and YMM registers
		return false
	}
	_, b, _, _ := cpuid(7, 0)
	return b&(1<<5) != 0 // AVX2
})

// streamLongs writes x op y into dst (op opAdd or opSub) by the AVX2
// kernel, x and y vectors of dst's length or atoms (xa, ya: one item
// standing for all), the items before dst's first 32-byte boundary and
// after its last whole block of four by the caller's loop,
// kernel(lo, hi); it reports false, writing nothing, when the processor
// lacks AVX2.
func streamLongs(op numOp, dst, x, y []int64, xa, ya bool, kernel func(lo, hi int)) bool {
	if (op != opAdd && op != opSub) || !hasAVX2() {
		return false
	}
	lo, hi := streamSpan(dst)
	kernel(0, lo)
	if hi > lo {
		xp, xs := streamOperand(x, xa, lo)
		yp, ys := streamOperand(y, ya, lo)
		streamLongsAVX2(int(op), &dst[lo], xp, yp, hi-lo, xs, ys)
	}
	kernel(hi, len(dst))
	return true
}

// streamFloats is streamLongs for floats, op any of + - * %.
func streamFloats(op numOp, dst, x, y []float64, xa, ya bool, kernel func(lo, hi int)) bool {
	if !hasAVX2() {
		return false
	}
	lo, hi := streamSpan(dst)
	kernel(0, lo)
	if hi > lo {
		xp, xs := streamOperand(x, xa, lo)
		yp, ys := streamOperand(y, ya, lo)
		streamFloatsAVX2(int(op), &dst[lo], xp, yp, hi-lo, xs, ys)
	}
	kernel(hi, len(dst))
	return true
}

// streamOperand is where a kernel reads an operand from item lo on, and
// how far it steps every four items: an atom is four copies of itself,
// read again and again.
func streamOperand[E int64 | float64](v []E, atom bool, lo int) (*E, int) {
	if atom {
		four := [4]E{v[0], v[0], v[0], v[0]}
		return &four[0], 0
	}
	return &v[lo], 32
}

// streamAvailable reports whether the streaming kernels run here.
func streamAvailable() bool { return hasAVX2() }
