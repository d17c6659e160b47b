//go:build unix

package netipc

import (
	"errors"
	"net"
	"syscall"
)

// tryWrite writes as much of b to nc as the socket takes without
// waiting, in one system call, and returns how much that was. It reports
// ok false when nc is not a plain socket (TLS, a pipe): then nothing was
// tried. A socket that would block takes 0 bytes, without an error.
func tryWrite(nc net.Conn, b []byte) (n int, ok bool, err error) {
	sc, isSock := nc.(syscall.Conn)
	if !isSock {
		return 0, false, nil
	}
	rc, err := sc.SyscallConn()
	if err != nil {
		return 0, false, nil
	}
	var werr error
	err = rc.Write(func(fd uintptr) bool {
		n, werr = syscall.Write(int(fd), b)
		return true // one attempt: never wait for the socket
	})
	if n < 0 {
		n = 0
	}
	if err == nil && werr != nil && !errors.Is(werr, syscall.EAGAIN) && !errors.Is(werr, syscall.EINTR) {
		err = werr
	}
	return n, true, err
}
