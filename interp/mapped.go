// This file maps column files into memory (docs/ref/get.md: a splayed
// table's "columns mapped on demand"): a vector of fixed-width items or an
// enumeration becomes a vector whose items are the file's own pages,
// mapped read-only, so opening a database reads nothing and a query pages
// in only what it touches. The evaluator never writes into a vector it did
// not make (amend copies; docs/ARCHITECTURE.md, "Values"), so a mapped vector is safe to share.
// Files are replaced, never rewritten in place (writeBytes), or extended
// past their end (appendFileInPlace, which changes no byte a mapping holds but
// the header's count, read when the file was mapped), so a mapping never
// loses its pages under it.
//
// A mapping is released when no value refers to it any more. Its pages
// are those of a Go heap object of its own, the file mapped over them
// (mapped_unix.go), so every slice of the items, however it was cut and
// wherever it went (a sub-list, a table column, a peach worker, a message
// being encoded), keeps the object, and with it the mapping, as live as
// any Go memory: no path need copy or remember an owner, and none can be
// left pointing at pages unmapped under it. When the collector finds no
// pointer into the object, its finalizer maps fresh memory back over it.
// Mappings are kept per file identity (path, size, modification time)
// while they live, so queries running at once, or one after another
// between collections, share one; a reload (`\l .`) maps a file anew only
// when its last mapping has gone.

package interp

import (
	"os"
	"path/filepath"
	"runtime/debug"
	"sync"
	"unsafe"
	"weak"

	"qgo/interp/files"
	"qgo/interp/k"
)

// mapKey identifies a version of a file.
type mapKey struct {
	path  string
	size  int64
	mtime int64
}

// mapEntry is a live mapping: the start of the heap object its file is
// mapped over, held weakly, and where in it the file's n bytes begin.
type mapEntry struct {
	obj    weak.Pointer[byte]
	off, n int
}

// bytes are the mapped bytes, nil when the mapping has been released.
func (e mapEntry) bytes() []byte {
	p := e.obj.Value()
	if p == nil {
		return nil
	}
	return unsafe.Slice((*byte)(unsafe.Add(unsafe.Pointer(p), e.off)), e.n)
}

// mappings are the files mapped now, shared by every session of the
// process (a mapping is read-only, so sharing is safe); mapMu guards the
// map, as sessions run on goroutines of their own. An entry goes when its
// mapping is released.
var (
	mapMu    sync.Mutex
	mappings = map[mapKey]mapEntry{}
)

// mapBytes is the first size bytes of the file f at path abs, mapped
// (mapped_unix.go) or read, shared with any live mapping of the same
// version of the file.
func mapBytes(f *os.File, abs string, st os.FileInfo) ([]byte, error) {
	key := mapKey{abs, st.Size(), st.ModTime().UnixNano()}
	mapMu.Lock()
	defer mapMu.Unlock()
	if data := mappings[key].bytes(); data != nil {
		return data, nil
	}
	var w weak.Pointer[byte] // set before the mapping can go
	data, obj, err := mapFile(f, int(st.Size()), func() {
		// forget the entry once its mapping has gone; it runs on the
		// runtime's finalizer or cleanup goroutine
		mapMu.Lock()
		if e, ok := mappings[key]; ok && e.obj == w {
			delete(mappings, key)
		}
		mapMu.Unlock()
	})
	if err != nil {
		return nil, err
	}
	armPacer()
	w = weak.Make(obj)
	mappings[key] = mapEntry{w, int(uintptr(unsafe.Pointer(&data[0])) - uintptr(unsafe.Pointer(obj))), len(data)}
	return data, nil
}

// mapColumn reads the column file at p: mapped when its items can be used
// where they lie, else decoded.
func (in *Interp) mapColumn(p string) k.Value {
	f, err := files.OpenPeek(p)
	if err != nil {
		panic(osError(p, err))
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		panic(osError(p, err))
	}
	if st.IsDir() {
		k.Signal(files.OSText(p, "Is a directory"))
	}
	head := make([]byte, min(st.Size(), k.EnumPage))
	if _, err := f.ReadAt(head, 0); err != nil {
		panic(osError(p, err))
	}
	h, ok, err := k.ReadHeader(head, st.Size())
	if err != nil {
		panic(&k.Error{Msg: p + ": " + asQError(err).Msg})
	}
	if !ok {
		return in.withDomains(in.decodeFileAt(p))
	}
	return in.mapFileItems(f, p, st, h)
}

// mapVector is get of the data file at p (docs/ref/get.md: "read or
// memory-map"): mapped when its items can be used where they lie, as a
// database's column is; ok is false for any other file, and for one whose
// header it cannot read, which the caller decodes (and words the error of).
func (in *Interp) mapVector(p string) (v k.Value, ok bool) {
	f, err := files.OpenPeek(p)
	if err != nil {
		return nil, false
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil || st.IsDir() {
		return nil, false
	}
	head := make([]byte, min(st.Size(), k.EnumPage))
	if _, err := f.ReadAt(head, 0); err != nil {
		return nil, false
	}
	h, ok, err := k.ReadHeader(head, st.Size())
	if err != nil || !ok {
		return nil, false
	}
	return in.mapFileItems(f, p, st, h), true
}

// mapFileItems maps the items of the open data file f (at p) that header h
// describes.
func (in *Interp) mapFileItems(f *os.File, p string, st os.FileInfo, h k.FileHeader) k.Value {
	var items []byte
	if n := int(h.N) * h.Size; n > 0 {
		// a file cut short under its mapping (by another process) faults on
		// access: let that be an error of the query, not the end of qgo
		debug.SetPanicOnFault(true)
		abs, _ := filepath.Abs(p)
		data, err := mapBytes(f, abs, st)
		if err != nil {
			panic(osError(p, err))
		}
		items = data[h.Off : h.Off+n]
	}
	return in.mappedVec(h, items)
}

// mappedVec makes the vector header h describes over items (the mapped
// bytes; nil when there are none).
func (in *Interp) mappedVec(h k.FileHeader, items []byte) k.Value {
	n := int(h.N)
	switch h.T {
	case k.KEnum:
		return &k.Enum{Dom: h.Dom, A: h.A, V: mapView[int64](items, n), Env: domains{in}}
	case k.KB:
		return &k.Vec[bool]{T: h.T, A: h.A, V: mapView[bool](items, n)}
	case k.KG:
		return &k.Vec[k.GUID]{T: h.T, A: h.A, V: mapView[k.GUID](items, n)}
	case k.KX, k.KC:
		return &k.Vec[uint8]{T: h.T, A: h.A, V: mapView[uint8](items, n)}
	case k.KH:
		return &k.Vec[int16]{T: h.T, A: h.A, V: mapView[int16](items, n)}
	case k.KI, k.KM, k.KD, k.KU, k.KV, k.KT:
		return &k.Vec[int32]{T: h.T, A: h.A, V: mapView[int32](items, n)}
	case k.KJ, k.KP, k.KN:
		return &k.Vec[int64]{T: h.T, A: h.A, V: mapView[int64](items, n)}
	case k.KE:
		return &k.Vec[float32]{T: h.T, A: h.A, V: mapView[float32](items, n)}
	case k.KF, k.KZ:
		return &k.Vec[float64]{T: h.T, A: h.A, V: mapView[float64](items, n)}
	}
	k.Signal(k.ErrType)
	return nil
}

// mapView is the n items of type E that b holds; its capacity is its length,
// so appending to it copies.
func mapView[E k.Elem](b []byte, n int) []E {
	if n == 0 {
		return []E{}
	}
	s := unsafe.Slice((*E)(unsafe.Pointer(&b[0])), n)
	return s[:n:n]
}

// withDomains gives a decoded enumeration the session as its resolver,
// and so every enumeration a decoded list, dictionary or table holds (a
// table serialized whole keeps its enumerated columns). It returns v,
// or the atom with its resolver set when v is an enumerated atom.
func (in *Interp) withDomains(v k.Value) k.Value {
	switch x := v.(type) {
	case *k.Enum:
		if x.Env == nil {
			x.Env = domains{in}
		}
	case k.EnumAtom:
		if x.Env == nil {
			x.Env = domains{in}
		}
		return x
	case *k.List:
		for i, it := range x.V {
			x.V[i] = in.withDomains(it)
		}
	case *k.Dict:
		x.K, x.V = in.withDomains(x.K), in.withDomains(x.V)
	case *k.Table:
		for i, c := range x.Data {
			x.Data[i] = in.withDomains(c)
		}
	}
	return v
}

// fileCount is the count of the vector in the column file at p, read
// from its header alone; ok is false when the header does not say.
func fileCount(p string) (int64, bool) {
	f, err := files.OpenPeek(p)
	if err != nil {
		return 0, false
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return 0, false
	}
	head := make([]byte, min(st.Size(), k.EnumPage))
	if _, err := f.ReadAt(head, 0); err != nil {
		return 0, false
	}
	h, ok, err := k.ReadHeader(head, st.Size())
	if err != nil || !ok {
		return 0, false
	}
	return h.N, true
}
