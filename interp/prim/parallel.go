// This file splits work on long vectors over the processors: the large
// reductions (sum, min and max) and the item-wise arithmetic (+ - * %)
// of a vector of half a million items or more are cut into one piece per
// processor, each piece done on its own goroutine; a reduction's pieces'
// results are combined in order. Item-wise arithmetic gives each item
// what one pass gives it, whoever computes it. Only reductions
// whose result does not depend on the order of the items are split (the
// sum of integers wraps the same way in any order; min and max keep the
// first of equal items when pieces are combined left to right), so the
// result is the one a single pass gives. Float sums are not split: q's
// own sum changes its last digits when it uses threads
// (docs/ref/sum.md), qgo keeps the single pass's.

package prim

import (
	"runtime"
	"sync"
)

// parMin is the fewest items one piece of split work gets: below twice
// this the work runs on the caller alone, as starting a goroutine costs
// more than the work.
var parMin = 1 << 18

// parPieces is how many pieces work over n items is split into.
func parPieces(n int) int {
	return max(1, min(runtime.GOMAXPROCS(0), n/parMin))
}

// parReduce reduces n items in pieces: f(lo, hi) reduces items lo to
// hi-1, on a goroutine of its own for every piece but the last, which
// the caller reduces. It returns the pieces' results in order. f must
// not signal a q error or touch the interpreter: it runs off the
// interpreter's goroutine.
func parReduce[T any](n int, f func(lo, hi int) T) []T {
	p := parPieces(n)
	out := make([]T, p)
	if p == 1 {
		out[0] = f(0, n)
		return out
	}
	var wg sync.WaitGroup
	for i := range p - 1 {
		lo, hi := n*i/p, n*(i+1)/p
		wg.Go(func() { out[i] = f(lo, hi) }) // off the interpreter's goroutine: pure arithmetic on a slice
	}
	out[p-1] = f(n*(p-1)/p, n)
	wg.Wait()
	return out
}

// parFor does f(lo, hi) for the pieces of n items, as parReduce does,
// and returns when all are done. f must not signal a q error or touch
// the interpreter: it runs off the interpreter's goroutine.
func parFor(n int, f func(lo, hi int)) {
	p := parPieces(n)
	if p == 1 {
		f(0, n)
		return
	}
	var wg sync.WaitGroup
	for i := range p - 1 {
		lo, hi := n*i/p, n*(i+1)/p
		wg.Go(func() { f(lo, hi) }) // off the interpreter's goroutine: pure arithmetic on slices
	}
	f(n*(p-1)/p, n)
	wg.Wait()
}

// parForWork is parFor over n items whose whole work is about work
// steps (rows of a matrix, each a row long): it is split in as many
// pieces as parFor splits work items into.
func parForWork(n, work int, f func(lo, hi int)) {
	p := min(parPieces(work), n)
	if p <= 1 {
		f(0, n)
		return
	}
	var wg sync.WaitGroup
	for i := range p - 1 {
		lo, hi := n*i/p, n*(i+1)/p
		wg.Go(func() { f(lo, hi) }) // off the interpreter's goroutine: pure arithmetic on slices
	}
	f(n*(p-1)/p, n)
	wg.Wait()
}

// parPart is items lo to hi-1 of an operand, or the operand itself when
// it is an atom (one item standing for all).
func parPart[E any](v []E, atom bool, lo, hi int) []E {
	if atom {
		return v
	}
	return v[lo:hi]
}
