//go:build unix

package netipc

import (
	"errors"
	"net"
	"syscall"
)

// tryWriter writes to a connection's socket as much as it takes without
// waiting, in one system call. Its RawConn and callback are made once,
// so a write allocates nothing. It is used by whoever is writing to the
// connection (conn.writing), one at a time.
type tryWriter struct {
	nc    net.Conn
	rc    syscall.RawConn // nil when not known yet, or nc is not a plain socket
	plain bool            // rc was looked up: nc is a plain socket
	tried bool            // the lookup was made
	fn    func(fd uintptr) bool

	// The write in progress, for fn.
	b   []byte
	n   int
	err error
}

// try writes as much of b as the socket takes without waiting, and
// returns how much that was. It reports ok false when the connection is
// not a plain socket (TLS, a pipe): then nothing was tried. A socket
// that would block takes 0 bytes, without an error.
func (w *tryWriter) try(b []byte) (n int, ok bool, err error) {
	if !w.tried {
		w.tried = true
		if sc, isSock := w.nc.(syscall.Conn); isSock {
			if rc, err := sc.SyscallConn(); err == nil {
				w.rc, w.plain = rc, true
				w.fn = w.write
			}
		}
	}
	if !w.plain {
		return 0, false, nil
	}
	w.b, w.n, w.err = b, 0, nil
	err = w.rc.Write(w.fn)
	n, werr := max(w.n, 0), w.err
	w.b, w.err = nil, nil
	if err == nil && werr != nil && !errors.Is(werr, syscall.EAGAIN) && !errors.Is(werr, syscall.EINTR) {
		err = werr
	}
	return n, true, err
}

// write is the one attempt fn makes: it never waits for the socket.
func (w *tryWriter) write(fd uintptr) bool {
	w.n, w.err = syscall.Write(int(fd), w.b)
	return true
}
