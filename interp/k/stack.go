// This file bounds the recursive walks over values, so that no value,
// however deeply nested, can overflow the Go stack: that is a fatal
// error that no recover catches, and it would end the whole process and
// every client of it. A walk that goes too deep signals 'stack instead,
// as q does.

package k

import "sync/atomic"

// MaxNest is how many levels of nesting the recursive walks over a value
// (display, match, compare, hashing, string, JSON, atomic arithmetic,
// copy) follow at most, all walks in progress together; deeper, they
// signal 'stack. Each level costs a walk a few hundred bytes to a few KB
// of Go stack, so the bound keeps every walk far below Go's stack limit
// while no real data comes near it.
const MaxNest = 20000

// nesting is how many levels the walks in progress are down, summed over
// goroutines. Only the loop goroutine evaluates q, so in a server this is
// the depth of one walk; tests that walk values on several goroutines
// only share the bound.
var nesting atomic.Int64

// Nest enters one level of a recursive walk over a value, and signals
// 'stack when that is more than MaxNest. Pair each Nest with a deferred
// Unnest:
//
//	k.Nest()
//	defer k.Unnest()
func Nest() {
	if nesting.Add(1) > MaxNest {
		nesting.Add(-1)
		Signal("stack")
	}
}

// Unnest leaves the level entered by Nest.
func Unnest() { nesting.Add(-1) }
