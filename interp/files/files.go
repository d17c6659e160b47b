// Package files is q's side of the file system that needs no session:
// file symbols (`:path) and hsym, the text of OS errors as kdb+ words
// them, writing a file by replacing it, read0 and read1's partial reads,
// 0: (File Text: prepare, save, load and parse delimited and fixed-width
// text, key-value pairs) and 1: (File Binary: fixed-width binary records,
// and the bytes of a value). The interpreter registers the verbs that
// call it; data files (get, set, splayed and partitioned tables), which
// need the session's globals and enumerations, stay in the interpreter.
// Bad input signals q errors (panics with *k.Error), as package prim's
// functions do.
package files

import (
	"errors"
	"io"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"qgo/interp/k"
)

// Path gives the path of a file symbol: a symbol atom starting with
// a colon, less the colon ("." for `: alone).
func Path(x k.Value) (string, bool) {
	s, ok := x.(k.Atom[string])
	if !ok || !strings.HasPrefix(s.V, ":") {
		return "", false
	}
	if p := s.V[1:]; p != "" {
		return p, true
	}
	return ".", true
}

// MustPath is Path for a keyword that takes only file symbols.
func MustPath(x k.Value) string {
	p, ok := Path(x)
	if !ok {
		k.Signal(k.ErrType)
	}
	return p
}

// Int reads an integer atom (long, int or short) argument.
func Int(x k.Value) (int64, bool) {
	switch v := x.(type) {
	case k.Atom[int64]:
		return v.V, true
	case k.Atom[int32]:
		return int64(v.V), true
	case k.Atom[int16]:
		return int64(v.V), true
	}
	return 0, false
}

// OSError is the q signal for a failed file operation, as kdb+ 4 words
// it: "path. OS reports: No such file or directory".
func OSError(path string, err error) *k.Error {
	return &k.Error{Msg: OSText(path, Strerror(err))}
}

// maxOSText is the longest OS error text q signals (kdb+ 4.0 2020.11.02).
const maxOSText = 255

// OSText is the text of an OS error: "path. OS reports: reason", cut on
// the left to 255 characters, the cut shown by "..", so that the tail (the
// file and the reason) stays (docs/releases/ChangesIn4.0.md).
func OSText(path, reason string) string {
	s := path + ". OS reports: " + reason
	if len(s) > maxOSText {
		s = ".." + s[len(s)-(maxOSText-2):]
	}
	return s
}

// Strerror is the C library's text for the error behind err, which is
// Go's text with a capital letter ("No such file or directory").
func Strerror(err error) string {
	var errno syscall.Errno
	if errors.As(err, &errno) {
		s := errno.Error()
		if s != "" {
			return strings.ToUpper(s[:1]) + s[1:]
		}
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return err.Error()
}

// Hsym is `Hsym`: symbols prefixed with a colon unless they have one.
func Hsym(x k.Value) k.Value {
	switch v := x.(type) {
	case k.Atom[string]:
		return k.S(HsymText(v.V))
	case *k.Vec[string]:
		out := make([]string, len(v.V))
		for i, s := range v.V {
			out[i] = HsymText(s)
		}
		return k.Syms(out...)
	}
	k.Signal(k.ErrType)
	return nil
}

// HsymText is a symbol's text with a colon in front unless it has one.
func HsymText(s string) string {
	if strings.HasPrefix(s, ":") {
		return s
	}
	return ":" + s
}

// WriteBytes writes b to the file at p, creating missing directories. An
// existing file is replaced (a new file renamed over it), never rewritten
// in place, so a mapping of the old file keeps its pages (mapped.go).
func WriteBytes(p string, b []byte) {
	if dir := filepath.Dir(p); dir != "." {
		if err := os.MkdirAll(dir, 0o777); err != nil {
			panic(OSError(p, err))
		}
	}
	if st, err := os.Lstat(p); err == nil && st.Mode().IsRegular() && st.Size() > 0 {
		tmp := p + "$tmp"
		if err := os.WriteFile(tmp, b, st.Mode().Perm()); err != nil {
			os.Remove(tmp)
			panic(OSError(p, err))
		}
		if err := os.Rename(tmp, p); err != nil {
			os.Remove(tmp)
			panic(OSError(p, err))
		}
		return
	}
	if err := os.WriteFile(p, b, 0o666); err != nil {
		panic(OSError(p, err))
	}
}

// Unzip, set by the interpreter (which holds the codecs), gives the data a
// compressed file p ("kxzipped" first, docs/kb/dare.md) holds; b is its
// bytes. ReadPart reads a compressed file through it, as q's operators
// read compressed files transparently (docs/kb/file-compression.md).
var Unzip func(p string, b []byte) []byte

// RawBytes is what `:file 1: y writes: see rawBytes.
func RawBytes(y k.Value) []byte { return rawBytes(y) }

// ReadPart reads the file a read0/read1 argument names: a file symbol
// (its colon optional), or (file;offset) or (file;offset;length). check
// is the session's interrupt check, called while a named pipe waits (Open).
func ReadPart(x k.Value, check func()) []byte {
	var off, n int64 = 0, -1
	f := x
	if l, ok := x.(*k.List); ok && (len(l.V) == 2 || len(l.V) == 3) {
		f = l.V[0]
		o, ok := Int(l.V[1])
		if !ok || o < 0 {
			k.Signal(k.ErrType)
		}
		off = o
		if len(l.V) == 3 {
			if n, ok = Int(l.V[2]); !ok || n < 0 {
				k.Signal(k.ErrType)
			}
		}
	}
	if s, ok := f.(k.Atom[string]); ok {
		f = Hsym(s)
	}
	p := MustPath(f)
	limit := int64(-1)
	if n >= 0 && off <= math.MaxInt64-n {
		limit = off + n // a device (read1(`:/dev/urandom;0;16)) is read no further
	}
	b, err := ReadFile(p, limit, check)
	if err != nil {
		panic(OSError(p, err))
	}
	if Unzip != nil && limit >= 0 && strings.HasPrefix(string(b[:min(len(b), 8)]), "kxzipped") {
		if b, err = ReadFile(p, -1, check); err != nil { // a container is unzipped whole
			panic(OSError(p, err))
		}
	}
	if Unzip != nil && strings.HasPrefix(string(b[:min(len(b), 8)]), "kxzipped") {
		b = Unzip(p, b) // a compressed file reads as its data (docs/ref/read1.md#compression)
	}
	if off > int64(len(b)) {
		off = int64(len(b))
	}
	b = b[off:]
	if n >= 0 && n < int64(len(b)) {
		b = b[:n]
	}
	return b
}

// readChunk is the room a read of a file of no known size starts with.
const readChunk = 64 << 10

// ReadFile is os.ReadFile for q code's reads, which ask the workspace
// for room as they grow: a regular file's size is asked for before it is
// read, and a file of no size (a device, a pipe, /proc) is read in a
// buffer that grows by k.Grow, so read1`:/dev/zero or \l /dev/urandom
// is 'wsfull rather than Go's fatal out of memory ending the process.
// limit, when not negative, is how many bytes are wanted at most.
// check is the session's interrupt check (it signals 'stop), called while
// a named pipe is waited for (Open).
// Errors opening or reading the file are returned; 'wsfull is signalled.
func ReadFile(p string, limit int64, check func()) ([]byte, error) {
	f, err := Open(p, check)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ReadAll(PipeReader(f, check), limit)
}

// Open is os.Open for q code's reads, but a named pipe is opened without
// blocking in open(2) until a writer comes: the wait is a step at a time,
// with check (the session's interrupt check, which signals 'stop)
// between the steps, so Ctrl-C and -T end read0`:fifo that no process
// writes to. Read such a file through PipeReader.
func Open(p string, check func()) (*os.File, error) {
	if check == nil {
		check = func() {}
	}
	if fi, err := os.Stat(p); err == nil && fi.Mode()&fs.ModeNamedPipe != 0 {
		return openPipe(p, check)
	}
	return os.Open(p)
}

// OpenPeek opens p to look at (its size, its header) without waiting:
// a named pipe is opened non-blocking, as if empty, where os.Open would
// wait in open(2) for a writer.
func OpenPeek(p string) (*os.File, error) {
	return os.OpenFile(p, os.O_RDONLY|syscall.O_NONBLOCK, 0)
}

// ReadAll is ReadFile of a file already open (or any reader), from
// where it stands.
func ReadAll(f io.Reader, limit int64) ([]byte, error) {
	size := int64(readChunk)
	if st, ok := f.(interface{ Stat() (os.FileInfo, error) }); ok {
		if fi, err := st.Stat(); err == nil && fi.Mode().IsRegular() && fi.Size() > 0 {
			size = fi.Size() + min(1, math.MaxInt64-fi.Size()) // one more, to see the end without growing
		}
	}
	if limit >= 0 && limit < size {
		size = limit
	}
	if size > math.MaxInt-1 { // a 32-bit process: a file of 2 GB or more
		k.Signal("wsfull")
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
