//go:build !unix

package interp

import (
	"io"
	"os"
	"runtime"
	"sync/atomic"
)

// mapLive counts the files mapped now, and mapLiveBytes their bytes: none
// where files are read.
var mapLive, mapLiveBytes atomic.Int64

// mapFile reads the first n bytes of f, returning them and their start;
// gone runs once they are no longer in use. Where package unix offers no
// memory mapping, a column file is read whole on first touch instead of
// mapped, into memory the collector frees when nothing refers to it.
func mapFile(f *os.File, n int, gone func()) ([]byte, *byte, error) {
	b := make([]byte, n)
	if _, err := f.ReadAt(b, 0); err != nil && err != io.EOF {
		return nil, nil, err
	}
	runtime.AddCleanup(&b[0], func(gone func()) { gone() }, gone)
	return b, &b[0], nil
}

// openRead opens name for reading.
func openRead(name string) (io.ReadCloser, error) { return os.Open(name) }
