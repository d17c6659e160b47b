//go:build !unix

package netipc

import "net"

// tryWrite tries nothing off Unix: the writer goroutine writes instead.
func tryWrite(nc net.Conn, b []byte) (n int, ok bool, err error) { return 0, false, nil }
