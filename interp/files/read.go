package files

import (
	"io"
	"os"

	"qgo/interp/k"
)

// readChunk is the room a read of a file of no known size starts with.
const readChunk = 64 << 10

// ReadFile is os.ReadFile for q code's reads, which ask the workspace
// for room as they grow: a regular file's size is asked for before it is
// read, and a file of no size (a device, a pipe, /proc) is read in a
// buffer that grows by k.Grow, so read1`:/dev/zero or \l /dev/urandom
// is 'wsfull rather than Go's fatal out of memory ending the process.
// limit, when not negative, is how many bytes are wanted at most.
// Errors opening or reading the file are returned; 'wsfull is signalled.
func ReadFile(p string, limit int64) ([]byte, error) {
	f, err := os.Open(p)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ReadAll(f, limit)
}

// ReadAll is ReadFile of a file already open (or any reader), from
// where it stands.
func ReadAll(f io.Reader, limit int64) ([]byte, error) {
	size := int64(readChunk)
	if st, ok := f.(interface{ Stat() (os.FileInfo, error) }); ok {
		if fi, err := st.Stat(); err == nil && fi.Mode().IsRegular() && fi.Size() > 0 {
			size = fi.Size() + 1 // one more, to see the end without growing
		}
	}
	if limit >= 0 && limit < size {
		size = limit
	}
	k.Reserve(int(size), 1)
	b := make([]byte, 0, size)
	for limit < 0 || int64(len(b)) < limit {
		if len(b) == cap(b) {
			b = k.Grow(b, 1)
		}
		room := b[len(b):cap(b)]
		if limit >= 0 && int64(len(room)) > limit-int64(len(b)) {
			room = room[:limit-int64(len(b))]
		}
		n, err := f.Read(room)
		b = b[:len(b)+n]
		if err == io.EOF {
			break
		}
		if err != nil {
			return b, err
		}
	}
	return b, nil
}
