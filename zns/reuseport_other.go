//go:build unix && !linux

package zns

import "syscall"

// soReusePort is SO_REUSEPORT on the BSDs and macOS.
const soReusePort = 0x200

// reusePort sets SO_REUSEPORT on the socket fd.
func reusePort(fd uintptr) error {
	return syscall.SetsockoptInt(int(fd), syscall.SOL_SOCKET, soReusePort, 1)
}
