//go:build !unix

package k

import "math"

// addressLimit is math.MaxInt64: no address-space limit is read on
// this system, so only memory and the workspace limit bound allocations.
func addressLimit() int64 { return math.MaxInt64 }

// addressRoom reports true: with no address-space limit there is no
// room to probe for.
func addressRoom(n int64) bool { return true }

// residentBytes is math.MaxInt64: the resident size is not read on this
// system, so the heap watch looks closer after every collection.
func residentBytes(floor int64) int64 { return math.MaxInt64 }
