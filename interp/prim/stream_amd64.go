package prim

import "sync"

// cpuid executes CPUID with the given EAX and ECX (stream_amd64.s).
func cpuid(eaxArg, ecxArg uint32) (eax, ebx, ecx, edx uint32)

// xgetbv reads the extended control register XCR0 (stream_amd64.s).
func xgetbv() (eax uint32)

// streamLongsAVX2 and streamFloatsAVX2 are the kernels (stream_amd64.s).
func streamLongsAVX2(op int, dst, x, y *int64, n int)
func streamFloatsAVX2(op int, dst, x, y *float64, n int)

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
// kernel, the items before dst's first 32-byte boundary and after its
// last whole block of four by the caller's loop, kernel(lo, hi); it
// reports false, writing nothing, when the processor lacks AVX2.
func streamLongs(op numOp, dst, x, y []int64, kernel func(lo, hi int)) bool {
	if (op != opAdd && op != opSub) || !hasAVX2() {
		return false
	}
	lo, hi := streamSpan(dst)
	kernel(0, lo)
	if hi > lo {
		streamLongsAVX2(int(op), &dst[lo], &x[lo], &y[lo], hi-lo)
	}
	kernel(hi, len(dst))
	return true
}

// streamFloats is streamLongs for floats, op any of + - * %.
func streamFloats(op numOp, dst, x, y []float64, kernel func(lo, hi int)) bool {
	if !hasAVX2() {
		return false
	}
	lo, hi := streamSpan(dst)
	kernel(0, lo)
	if hi > lo {
		streamFloatsAVX2(int(op), &dst[lo], &x[lo], &y[lo], hi-lo)
	}
	kernel(hi, len(dst))
	return true
}

// streamAvailable reports whether the streaming kernels run here.
func streamAvailable() bool { return hasAVX2() }
