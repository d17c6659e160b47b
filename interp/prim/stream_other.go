//go:build !amd64

package prim

// streamLongs reports false: there is no streaming kernel on this
// architecture, and the caller's loop does the work.
func streamLongs(op numOp, dst, x, y []int64, xa, ya bool, kernel func(lo, hi int)) bool {
	return false
}

// streamFloats reports false, as streamLongs does.
func streamFloats(op numOp, dst, x, y []float64, xa, ya bool, kernel func(lo, hi int)) bool {
	return false
}

// streamAvailable reports false: no streaming kernel runs here.
func streamAvailable() bool { return false }
