package zns

import "syscall"

// soReusePort is SO_REUSEPORT, which package syscall does not define for
// Linux.
const soReusePort = 0xf

// reusePort sets SO_REUSEPORT on the socket fd (-p with a negative port's
// sharing, as q's listener does on Linux).
func reusePort(fd uintptr) error {
	return syscall.SetsockoptInt(int(fd), syscall.SOL_SOCKET, soReusePort, 1)
}
