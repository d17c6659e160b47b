//go:build !linux

package zns

// soReusePort is SO_REUSEPORT on the BSDs and macOS.
const soReusePort = 0x200
