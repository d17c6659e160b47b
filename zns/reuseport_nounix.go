//go:build !unix

package zns

import "errors"

// reusePort reports that this system offers no SO_REUSEPORT: several
// processes cannot share one listening port there.
func reusePort(fd uintptr) error {
	return errors.New("SO_REUSEPORT is not available on this system")
}
