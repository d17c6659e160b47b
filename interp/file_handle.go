// This file defines handles to files: hopen and hclose on a file path,
// writing to a file handle (text, bytes, or items appended to a data
// file), and -11!, which replays a log file of such items.

package interp

import (
	"encoding/binary"
	"io"
	"math"
	"os"
	"path/filepath"
	"strings"

	"qgo/interp/files"
	"qgo/interp/k"
	"qgo/netipc"
)

// fileHandle is one open file: a data or text file, or a fifo opened
// for reading (hopen`:fifo://path).
type fileHandle struct {
	path string
	f    *os.File
	fifo bool
}

// fifoPath gives the path a `:fifo://path handle names (docs/ref/hopen.md:
// a fifo or named pipe, or a file that cannot be read whole, such as
// /dev/urandom, read with read1).
func fifoPath(x k.Value) (string, bool) {
	s, ok := symOrString(x)
	if !ok {
		return "", false
	}
	p, ok := strings.CutPrefix(s, ":fifo://")
	return p, ok && p != ""
}

// symOrString is the text of a symbol atom or a string: what hopen takes
// as a handle's name.
func symOrString(x k.Value) (string, bool) {
	switch v := x.(type) {
	case k.Atom[string]:
		return v.V, true
	case *k.Vec[uint8]:
		return string(v.V), v.T == k.KC
	}
	return "", false
}

// openFifo opens the fifo at p for reading, waiting as the OS does for a
// writer to open it (an interrupt ends the wait: files.Open), and returns
// its handle as an int.
func (in *Interp) openFifo(p string) k.Value {
	f, err := files.Open(p, in.checkStop)
	if err != nil {
		panic(osError(p, err))
	}
	h := int64(in.handleNumbers().TakeHandle(f))
	if in.files == nil {
		in.files = map[int64]*fileHandle{}
	}
	in.files[h] = &fileHandle{path: p, f: f, fifo: true}
	return k.I(int32(h))
}

// fifoRead is read1 on a fifo handle, h or (h;n): one read of at most n
// bytes (64k for h alone), which waits for data; empty at end of file
// (docs/kb/named-pipes.md). ok is false when x names no open fifo.
func (in *Interp) fifoRead(x k.Value) (b []byte, ok bool) {
	n := int64(65536)
	hv := x
	if l, isList := x.(*k.List); isList && len(l.V) == 2 {
		hv = l.V[0]
		m, isInt := intArg(l.V[1])
		if !isInt || l.V[1].Type() >= 0 {
			return nil, false
		}
		n = m
	}
	h, isInt := intArg(hv)
	if !isInt || hv.Type() >= 0 {
		return nil, false
	}
	fh := in.files[h]
	if fh == nil || !fh.fifo {
		return nil, false
	}
	if n < 0 {
		k.Signal(k.ErrDomain)
	}
	k.Reserve(int(min(n, math.MaxInt)), 1) // read1(h;0W) is 'wsfull, not the process out of memory
	buf := make([]byte, n)
	m, err := files.PipeReader(fh.f, in.checkStop).Read(buf)
	if err != nil && err != io.EOF {
		panic(osError(fh.path, err))
	}
	return buf[:m], true
}

// fileHandleVerbs registers this file's verbs (verbtab.go calls it).
func fileHandleVerbs(t *verbTable) {
	t.internal(-11, (*Interp).replay)
}

// handlePath gives the file path a hopen argument names: a symbol or
// string starting with a colon that is not a process (host:port,
// unix://, tcps://, fifo://).
func handlePath(x k.Value) (string, bool) {
	s, ok := symOrString(x)
	if !ok {
		return "", false
	}
	if !strings.HasPrefix(s, ":") || len(s) < 2 || strings.Contains(s, "://") {
		return "", false
	}
	rest := s[1:]
	if i := strings.IndexByte(rest, ':'); i >= 0 {
		port := rest[i+1:]
		if j := strings.IndexByte(port, ':'); j >= 0 {
			port = port[:j]
		}
		if port != "" && strings.Trim(port, "0123456789") == "" {
			return "", false // host:port
		}
	}
	return rest, true
}

// openFile opens (creating it and its directories if need be) the file at
// p for appending and returns its handle as an int.
func (in *Interp) openFile(p string) k.Value {
	if dir := filepath.Dir(p); dir != "." {
		if err := os.MkdirAll(dir, 0o777); err != nil {
			panic(osError(p, err))
		}
	}
	f, err := os.OpenFile(p, os.O_RDWR|os.O_CREATE, 0o666)
	if err != nil {
		panic(osError(p, err))
	}
	h := int64(in.handleNumbers().TakeHandle(f))
	if in.files == nil {
		in.files = map[int64]*fileHandle{}
	}
	in.files[h] = &fileHandle{path: p, f: f}
	return k.I(int32(h))
}

// handleNumberer numbers handles as kdb+ numbers its descriptors, lowest
// free from 3 (netipc.HandleTable).
type handleNumberer interface {
	TakeHandle(key any) int
	ReleaseHandle(key any)
}

// ownHandles is a session's own table of handle numbers, used when its
// host has none.
type ownHandles struct{ netipc.HandleTable }

// TakeHandle takes the lowest free number.
func (o *ownHandles) TakeHandle(key any) int { return o.Take(key) }

// ReleaseHandle gives key's number back.
func (o *ownHandles) ReleaseHandle(key any) { o.Release(key) }

// handleNumbers is where the session's file handles are numbered: the
// host's table, which its connections are numbered from too, or else a
// table of the session's own.
func (in *Interp) handleNumbers() handleNumberer {
	if h, ok := in.sys.host.(handleNumberer); ok {
		return h
	}
	if in.handles == nil {
		in.handles = &ownHandles{}
	}
	return in.handles
}

// fileFor is the open file behind handle h (or -h), or nil.
func (in *Interp) fileFor(h int64) *fileHandle {
	if h < 0 {
		h = -h
	}
	return in.files[h]
}

// closeFile closes file handle h, reporting whether it was one.
func (in *Interp) closeFile(h int64) bool {
	fh := in.files[h]
	if fh == nil {
		return false
	}
	in.handleNumbers().ReleaseHandle(fh.f)
	fh.f.Close()
	delete(in.files, h)
	return true
}

// fileWrite applies file handle h to x, reporting whether h is an open
// file handle. Text and bytes are appended as they are; a negative handle
// ends each string with a newline (neg[h] "line", like -1). Any other
// value is appended, item by item, to the data file (h enlist x, the
// log-file idiom). The result is the handle.
//
// The evaluator's handle application (handleWrite) must call this for
// handles other than 0, 1 and 2.
func (in *Interp) fileWrite(h int64, x k.Value) (k.Value, bool) {
	fh := in.fileFor(h)
	if fh == nil {
		return nil, false
	}
	var add []byte
	text := false
	switch v := x.(type) {
	case *k.Vec[uint8]:
		add, text = v.V, true
	case k.Atom[uint8]:
		add, text = []byte{v.V}, true
	case *k.List:
		if ss, ok := allStrings(v); ok && h < 0 {
			for _, s := range ss {
				add = append(add, s...)
				add = append(add, '\n')
			}
			return fh.append(add, h), true
		}
	}
	if text {
		if h < 0 {
			add = append(append([]byte(nil), add...), '\n')
		}
		return fh.append(add, h), true
	}
	if fh.appendItems(x) {
		return k.I(int32(h)), true
	}
	old, err := files.ReadFile(fh.path, -1, in.checkStop)
	if err != nil {
		panic(osError(fh.path, err))
	}
	b, err := k.AppendFile(old, x)
	if err != nil {
		panic(asQError(err))
	}
	writeBytes(fh.path, b)
	return k.I(int32(h)), true
}

// appendItems appends the items of x to a data file that holds a general
// list (a log file) without reading the file: the items go at the end,
// then the count in the header is raised, as kdb+ writes its logs. It
// reports false, having written nothing, when the file holds anything
// else.
func (fh *fileHandle) appendItems(x k.Value) bool {
	var head [8]byte
	if n, _ := fh.f.ReadAt(head[:], 0); n < 8 || head[0] != 0xff || head[1] != 0x01 || head[2] != 0 {
		return false
	}
	var body []byte
	items := k.Items(x)
	for _, it := range items {
		b, err := k.EncodeBody(it)
		if err != nil {
			panic(asQError(err))
		}
		body = append(body, b...)
	}
	end, err := fh.f.Seek(0, io.SeekEnd)
	if err != nil {
		panic(osError(fh.path, err))
	}
	if _, err := fh.f.WriteAt(body, end); err != nil {
		panic(osError(fh.path, err))
	}
	binary.LittleEndian.PutUint32(head[4:], binary.LittleEndian.Uint32(head[4:])+uint32(len(items)))
	if _, err := fh.f.WriteAt(head[4:], 4); err != nil {
		panic(osError(fh.path, err))
	}
	return true
}

// append adds b to the end of the file and gives handle h.
func (fh *fileHandle) append(b []byte, h int64) k.Value {
	f, err := os.OpenFile(fh.path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o666)
	if err != nil {
		panic(osError(fh.path, err))
	}
	defer f.Close()
	if _, err := f.Write(b); err != nil {
		panic(osError(fh.path, err))
	}
	return k.I(int32(h))
}

// allStrings reports whether l is a list of strings, and gives them.
func allStrings(l *k.List) ([]string, bool) {
	out := make([]string, len(l.V))
	for i, it := range l.V {
		s, ok := it.(*k.Vec[uint8])
		if !ok || s.T != k.KC {
			return nil, false
		}
		out[i] = string(s.V)
	}
	return out, true
}

// replay is -11!: -11!`:log (or -11!(-1;`:log)) evaluates each item of a
// log file with value (or .z.ps when it is defined) and gives the count;
// -11!(n;`:log) the first n; -11!(-2;`:log) counts the valid items, and
// gives (count;valid length) for a damaged file. A damaged end signals
// 'badtail.
func (in *Interp) replay(x k.Value) k.Value {
	n := int64(-1)
	f := x
	if l, ok := x.(*k.List); ok && len(l.V) == 2 {
		var isInt bool
		if n, isInt = intArg(l.V[0]); !isInt {
			k.Signal(k.ErrType)
		}
		f = l.V[1]
	}
	p := in.mustPath(f)
	b, err := files.ReadFile(p, -1, in.checkStop)
	if err != nil {
		panic(osError(p, err))
	}
	items, valid, complete := k.LogItems(b)
	if n == -2 {
		if complete {
			return k.J(int64(len(items)))
		}
		return k.Longs(int64(len(items)), int64(valid))
	}
	if len(b) > 0 && valid == 0 && !complete {
		k.Signal(k.ErrType)
	}
	if n >= 0 && n <= int64(len(items)) {
		// the first n chunks, all of them valid: no bad tail reached
		// (docs/kb/logging.md replays the valid chunks of a broken log)
		items, complete = items[:n], true
	}
	for _, it := range items {
		it = in.revive(it)
		if ps, ok := in.absGet(".z.ps"); ok {
			in.apply(ps, []k.Value{it})
		} else {
			in.value(it)
		}
	}
	if !complete {
		k.Signal("badtail")
	}
	return k.J(int64(len(items)))
}
