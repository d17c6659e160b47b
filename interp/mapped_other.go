//go:build !unix

package interp

import (
	"io"
	"os"
)

// mapFile reads the first n bytes of f: where no memory mapping is
// offered through package syscall, a column file is read whole on first
// touch instead of mapped.
func mapFile(f *os.File, n int) ([]byte, error) {
	b := make([]byte, n)
	if _, err := f.ReadAt(b, 0); err != nil && err != io.EOF {
		return nil, err
	}
	return b, nil
}

// openRead opens name for reading.
func openRead(name string) (io.ReadCloser, error) { return os.Open(name) }
