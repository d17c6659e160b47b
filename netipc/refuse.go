// This file keeps a server answering at the process's descriptor limit:
// a connection that cannot be given a descriptor is refused at once
// (accepted on a descriptor kept spare for that, and closed), where it
// would otherwise wait in the listen queue until its own timeout, and the
// log says so once per burst of refusals, not once per attempt.

package netipc

import (
	"errors"
	"net"
	"os"
	"sync"
	"syscall"
)

// spare is the descriptor a process keeps for refusing connections, and
// whether refusals are in progress (logged at the first of a burst).
var spare struct {
	mu       sync.Mutex
	f        *os.File
	refusing bool
}

// reserveSpare makes sure the spare descriptor is held; Listen calls it,
// so the descriptor is taken while there are some to take.
func reserveSpare() {
	spare.mu.Lock()
	defer spare.mu.Unlock()
	if spare.f == nil {
		spare.f, _ = os.Open(os.DevNull)
	}
}

// outOfDescriptors reports whether err is the process's or the system's
// descriptor limit.
func outOfDescriptors(err error) bool {
	return errors.Is(err, syscall.EMFILE) || errors.Is(err, syscall.ENFILE)
}

// refuse frees the spare descriptor, accepts the connection waiting on ln
// with it, closes that connection at once and takes the spare back. It
// logs the first refusal of a burst. It reports whether a connection was
// refused; if not (no spare, or another goroutine took the descriptor
// first), the caller backs off as for any accept error. Runs on the
// accept goroutine.
func (s *Server) refuse(ln net.Listener) bool {
	spare.mu.Lock()
	defer spare.mu.Unlock()
	if spare.f == nil {
		return false
	}
	spare.f.Close()
	nc, err := ln.Accept()
	if err == nil {
		nc.Close()
	}
	spare.f, _ = os.Open(os.DevNull)
	if err != nil {
		return false
	}
	if !spare.refusing {
		spare.refusing = true
		s.opts.Logf("netipc: out of file descriptors: refusing new connections until some close")
	}
	return true
}

// accepted ends a burst of refusals: the next one is logged again. Runs
// on an accept goroutine.
func accepted() {
	spare.mu.Lock()
	spare.refusing = false
	spare.mu.Unlock()
}

// ordinary reports whether err, ending a connection's handshake, is an
// ordinary disconnection that q does not log: the peer closed or reset
// it, or went silent past the handshake timeout.
func ordinary(err error) bool {
	var ne net.Error
	return errors.Is(err, syscall.ECONNRESET) || errors.Is(err, syscall.EPIPE) ||
		errors.Is(err, syscall.ECONNABORTED) || errors.As(err, &ne) && ne.Timeout()
}
