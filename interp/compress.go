// This file defines compressed data files (docs/kb/file-compression.md):
// `(file;lbs;alg;lvl) set y`, the defaults .z.zd gives set, -19! (compress
// a file), -21! (a compressed file's statistics), -36! (the encryption
// key, which qgo cannot load), and reading them back,
// which every reader of data files does without being asked (mapped.go,
// file.go). The algorithms are kdb+'s: 0 none, 1 q IPC (k/ipc_compress.go),
// 2 gzip (zlib streams), 3 snappy, 4 lz4hc, 5 zstd, through Go's
// compress/zlib, our own snappy block codec (compress_snappy.go),
// github.com/pierrec/lz4/v4 and our own zstd codec (qgo/internal/zstd).
// Each library's package init runs at every start, whether or not a
// compressed file is ever read: zlib is Go's, not klauspost's (whose init
// built Huffman tables, 40 KB), and snappy and zstd are ours because
// golang/snappy and klauspost's zstd built Go's CRC-32C tables (~1.2
// million instructions, ~0.15 ms, a third of a start).
//
// The container is not documented by KX beyond its first 8 bytes
// ("kxzipped", docs/kb/dare.md). Its layout here is the one third-party
// readers of kdb+ files agree on (DolphinDB's kdb+ plugin, and a Python
// reader that unpacks the trailer), and that files kdb+ wrote show
// byte for byte: "kxzipped", the compressed blocks back to back, then a
// trailer: version int32 (3) | algorithm byte | level byte | 2 zero
// bytes | uncompressed length int64 | offset of the trailer (8 + the
// blocks' length) int64 | block size in bytes int64 | per block, its
// compressed length int32 and its algorithm int32 | block count int64.
// A block that its algorithm does not shrink is kept as it is, with
// algorithm 0 in its entry (kdb+ stores a splayed table's small .d so).

package interp

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"io"

	"github.com/pierrec/lz4/v4"

	"qgo/internal/zstd"
	"qgo/interp/files"
	"qgo/interp/k"
)

// read0, read1, 0: and 1: read a compressed file as the data it holds.
func init() { files.Unzip = unzip }

const (
	zipMagic = "kxzipped"
	zipHead  = 32 // the trailer's fixed part, before the block entries
)

// zipInfo is what a container's trailer says.
type zipInfo struct {
	plain, end, block, nblocks int64
	alg, level                 int32
	blocks                     []zipBlock // each block's entry
}

// zipBlock is one block's entry in a container's trailer.
type zipBlock struct{ n, alg int }

// zipTrailerLen is the length of the trailer of a container of n blocks.
func zipTrailerLen(n int64) int64 { return zipHead + 8*n + 8 }

// compressVerbs registers this file's verbs (verbtab.go calls it).
func compressVerbs(t *verbTable) {
	t.internal(-21, func(in *Interp, x k.Value) k.Value {
		p := in.mustPath(x)
		b, err := files.ReadFile(p, -1, in.checkStop)
		if err != nil {
			panic(osError(p, err))
		}
		z, ok := zipTrailerOf(b)
		if !ok {
			return &k.Dict{K: k.Syms(), V: k.NewList()}
		}
		lbs := int32(0)
		for int64(1)<<lbs < z.block {
			lbs++
		}
		return &k.Dict{
			K: k.Syms("compressedLength", "uncompressedLength", "algorithm", "logicalBlockSize", "zipLevel"),
			V: k.NewList(k.J(int64(len(b))), k.J(z.plain), k.I(z.alg), k.I(lbs), k.I(z.level)),
		}
	})
	// -36! loads the master key of encryption at rest (docs/basics/
	// internal.md, docs/kb/dare.md), which needs kdb+'s OpenSSL: qgo has
	// no encryption library, so no key is ever loaded (-36!(::) is 0b)
	// and loading one is q's 'Encryption lib unavailable, from handle 0
	// only ('Restricted elsewhere).
	t.internal(-36, func(in *Interp, x k.Value) k.Value {
		if x == k.Identity {
			return k.B(false)
		}
		items := k.Items(x)
		if !k.IsList(x) || len(items) < 2 || len(items) > 3 {
			k.Signal(k.ErrType)
		}
		in.mustPath(items[0])
		if _, ok := textArg(items[1]); !ok || len(items) == 3 && items[2].Type() != -k.KB {
			k.Signal(k.ErrType)
		}
		if in.sys.caller.w != 0 {
			k.Signal("Restricted")
		}
		k.Signal("Encryption lib unavailable")
		return nil
	})
	t.internal(-19, func(in *Interp, x k.Value) k.Value {
		in.checkWrite()
		l, ok := x.(*k.List)
		if !ok || len(l.V) != 5 {
			k.Signal(k.ErrType)
		}
		src, dst := in.mustPath(l.V[0]), in.mustPath(l.V[1])
		lbs, alg, lvl := zipParams(l.V[2], l.V[3], l.V[4])
		b := in.readPlain(src)
		writeBytes(dst, zipBytes(b, lbs, alg, lvl))
		return l.V[1]
	})
}

// zipParams reads (lbs;alg;lvl), checking them as kdb+ does.
func zipParams(lbsV, algV, lvlV k.Value) (lbs, alg, lvl int) {
	a, ok1 := intArg(lbsV)
	b, ok2 := intArg(algV)
	c, ok3 := intArg(lvlV)
	if !ok1 || !ok2 || !ok3 {
		k.Signal(k.ErrType)
	}
	lbs, alg, lvl = int(a), int(b), int(c)
	if alg == 0 {
		return
	}
	if lbs < 12 || lbs > 20 || alg < 0 || alg > 5 {
		k.Signal(k.ErrDomain)
	}
	switch alg {
	case 1, 3:
		if lvl != 0 {
			k.Signal(k.ErrDomain)
		}
	case 2:
		if lvl < 0 || lvl > 9 {
			k.Signal(k.ErrDomain)
		}
	case 4:
		if lvl < 0 {
			k.Signal(k.ErrDomain)
		}
	case 5:
		if lvl < -7 || lvl > 22 {
			k.Signal(k.ErrDomain)
		}
	}
	return
}

// zipDefaults is .z.zd as (lbs;alg;lvl), ok when set and compressing.
func (in *Interp) zipDefaults() (lbs, alg, lvl int, ok bool) {
	v, set := in.absGet(".z.zd")
	if !set {
		return 0, 0, 0, false
	}
	items := k.Items(v)
	if !k.IsList(v) || len(items) != 3 {
		return 0, 0, 0, false
	}
	lbs, alg, lvl = zipParams(items[0], items[1], items[2])
	return lbs, alg, lvl, alg != 0
}

// zipBytes is the container of plain compressed with algorithm alg at
// level lvl in blocks of 2^lbs bytes.
func zipBytes(plain []byte, lbs, alg, lvl int) []byte {
	bs := 1 << lbs
	out := []byte(zipMagic)
	var blocks []zipBlock
	for off := 0; off < len(plain) || off == 0; off += bs {
		p := plain[off:min(off+bs, len(plain))]
		c, a := compressBlock(p, alg, lvl), alg
		if len(c) >= len(p) {
			c, a = p, 0 // kept as it is: compressing did not pay
		}
		out = append(out, c...)
		blocks = append(blocks, zipBlock{len(c), a})
		if off+bs >= len(plain) {
			break
		}
	}
	end := len(out)
	t := make([]byte, zipHead, zipTrailerLen(int64(len(blocks))))
	binary.LittleEndian.PutUint32(t[0:], 3)
	t[4], t[5] = byte(alg), byte(lvl)
	binary.LittleEndian.PutUint64(t[8:], uint64(len(plain)))
	binary.LittleEndian.PutUint64(t[16:], uint64(end))
	binary.LittleEndian.PutUint64(t[24:], uint64(bs))
	for _, b := range blocks {
		t = binary.LittleEndian.AppendUint32(t, uint32(b.n))
		t = binary.LittleEndian.AppendUint32(t, uint32(b.alg))
	}
	t = binary.LittleEndian.AppendUint64(t, uint64(len(blocks)))
	return append(out, t...)
}

// zipTrailerOf reads the trailer of container b (the whole file); ok is
// false for a file that is no container or whose trailer does not fit.
func zipTrailerOf(b []byte) (z zipInfo, ok bool) {
	if len(b) < len(zipMagic)+zipHead+8 || !isZipped(b) {
		return z, false
	}
	n := int64(binary.LittleEndian.Uint64(b[len(b)-8:]))
	if n <= 0 || n > int64(len(b)-len(zipMagic)-zipHead-8)/8 {
		return z, false
	}
	return parseZipTrailer(b[int64(len(b))-zipTrailerLen(n):], n)
}

// parseZipTrailer reads trailer t of a container of n blocks.
func parseZipTrailer(t []byte, n int64) (z zipInfo, ok bool) {
	if int64(len(t)) != zipTrailerLen(n) {
		return z, false
	}
	z.alg = int32(t[4])
	z.level = int32(int8(t[5]))
	z.plain = int64(binary.LittleEndian.Uint64(t[8:]))
	z.end = int64(binary.LittleEndian.Uint64(t[16:]))
	z.block = int64(binary.LittleEndian.Uint64(t[24:]))
	z.nblocks = n
	z.blocks = make([]zipBlock, n)
	for i := range z.blocks {
		e := t[zipHead+8*i:]
		z.blocks[i] = zipBlock{int(binary.LittleEndian.Uint32(e)), int(binary.LittleEndian.Uint32(e[4:]))}
	}
	return z, true
}

// isZipped reports whether b starts as a container.
func isZipped(b []byte) bool { return bytes.HasPrefix(b, []byte(zipMagic)) }

// unzip gives the plain bytes of container b; p names the file in errors.
func unzip(p string, b []byte) []byte {
	bad := func() { k.Signal(p + ": badmsg") }
	z, ok := zipTrailerOf(b)
	if !ok || z.plain < 0 ||
		z.block < 1<<12 || z.block > 1<<20 || z.block&(z.block-1) != 0 ||
		z.nblocks != max(1, (z.plain+z.block-1)/z.block) ||
		z.end != int64(len(b))-zipTrailerLen(z.nblocks) {
		bad()
	}
	data := b[len(zipMagic):z.end]
	out := make([]byte, 0, min(z.plain, z.nblocks*z.block, 1<<26))
	for _, e := range z.blocks {
		size := min(z.block, z.plain-int64(len(out)))
		if e.n < 0 || e.n > len(data) || size < 0 {
			bad()
		}
		plain, err := uncompressBlock(data[:e.n], e.alg, int(size))
		if err != nil || int64(len(plain)) != size {
			bad()
		}
		out = append(out, plain...)
		data = data[e.n:]
	}
	if len(data) != 0 {
		bad()
	}
	return out
}

// compressBlock compresses one block.
func compressBlock(b []byte, alg, lvl int) []byte {
	switch alg {
	case 0:
		return append([]byte{}, b...)
	case 1:
		msg := make([]byte, k.HeaderLen, k.HeaderLen+len(b))
		msg[0] = 1
		binary.LittleEndian.PutUint32(msg[4:], uint32(k.HeaderLen+len(b)))
		return k.Compress(append(msg, b...))
	case 2:
		var buf bytes.Buffer
		w, _ := zlib.NewWriterLevel(&buf, lvl)
		w.Write(b)
		w.Close()
		return buf.Bytes()
	case 3:
		return snappyEncode(b)
	case 4:
		dst := make([]byte, lz4.CompressBlockBound(len(b)))
		n, err := lz4.CompressBlockHC(b, dst, lz4.CompressionLevel(min(lvl, 16)), nil, nil)
		if err != nil || n == 0 {
			k.Signal("lz4")
		}
		return dst[:n]
	case 5:
		return zstd.Encode(nil, b, lvl)
	}
	k.Signal(k.ErrDomain)
	return nil
}

// uncompressBlock reverses compressBlock for a block of size plain bytes.
func uncompressBlock(b []byte, alg, size int) ([]byte, error) {
	switch alg {
	case 0:
		return b, nil
	case 1:
		if len(b) >= k.HeaderLen && b[2] == 0 {
			return b[k.HeaderLen:], nil // kept whole: compression did not pay
		}
		msg, err := k.Uncompress(b)
		if err != nil || len(msg) < k.HeaderLen {
			return nil, err
		}
		return msg[k.HeaderLen:], nil
	case 2:
		r, err := zlib.NewReader(bytes.NewReader(b))
		if err != nil {
			return nil, err
		}
		return io.ReadAll(io.LimitReader(r, int64(size)+1))
	case 3:
		if n, _, err := snappyDecodedLen(b); err != nil || n > size {
			return nil, errSnappyCorrupt // a block claiming more than its entry: no allocation for it
		}
		return snappyDecode(b)
	case 4:
		dst := make([]byte, size)
		n, err := lz4.UncompressBlock(b, dst)
		return dst[:n], err
	case 5:
		return zstd.Decode(nil, b, size) // no more than the block's size is allocated
	}
	return nil, &k.Error{Msg: k.ErrType}
}

// readPlain reads the file at p, unzipped when it is a container.
func (in *Interp) readPlain(p string) []byte {
	b, err := files.ReadFile(p, -1, in.checkStop)
	if err != nil {
		panic(osError(p, err))
	}
	if isZipped(b) {
		return unzip(p, b)
	}
	return b
}

// zipSpec is how to write one file: compressed when alg is not 0.
type zipSpec struct{ lbs, alg, lvl int }

// zipFor gives the zipSpec of a column by name ("" for a file that is no
// column).
type zipFor func(col string) zipSpec

// zipDefaultsFor is .z.zd's zipSpec for every file.
func (in *Interp) zipDefaultsFor(string) zipSpec {
	lbs, alg, lvl, ok := in.zipDefaults()
	if !ok {
		return zipSpec{}
	}
	return zipSpec{lbs, alg, lvl}
}

// zipByColumn reads the dictionary of (dir;dic) set t: column (or ` for
// the others) to lbs alg lvl; columns it does not name take .z.zd.
func (in *Interp) zipByColumn(dic k.Value) zipFor {
	d, ok := dic.(*k.Dict)
	if !ok {
		k.Signal(k.ErrType)
	}
	names, ok := d.K.(*k.Vec[string])
	if !ok {
		k.Signal(k.ErrType)
	}
	specs := map[string]zipSpec{}
	for i, v := range k.Items(d.V) {
		p := k.Items(v)
		if !k.IsList(v) || len(p) != 3 {
			k.Signal(k.ErrType)
		}
		lbs, alg, lvl := zipParams(p[0], p[1], p[2])
		specs[names.V[i]] = zipSpec{lbs, alg, lvl}
	}
	return func(col string) zipSpec {
		if s, ok := specs[col]; ok && col != "" {
			return s
		}
		if s, ok := specs[""]; ok {
			return s
		}
		return in.zipDefaultsFor(col)
	}
}

// writeZipped writes the bytes of a data file, compressed as z says.
func writeZipped(p string, b []byte, z zipSpec) {
	if z.alg != 0 {
		b = zipBytes(b, z.lbs, z.alg, z.lvl)
	}
	writeBytes(p, b)
}

// zipStat reads the trailer of the file at p when it is a container.
func zipStat(p string) (zipInfo, bool) {
	f, err := files.OpenPeek(p)
	if err != nil {
		return zipInfo{}, false
	}
	defer f.Close()
	st, err := f.Stat()
	size := st.Size()
	if err != nil || size < int64(len(zipMagic)+zipHead+8) {
		return zipInfo{}, false
	}
	head := make([]byte, len(zipMagic))
	last := make([]byte, 8)
	if _, err := f.ReadAt(head, 0); err != nil || !isZipped(head) {
		return zipInfo{}, false
	}
	if _, err := f.ReadAt(last, size-8); err != nil {
		return zipInfo{}, false
	}
	n := int64(binary.LittleEndian.Uint64(last))
	if n <= 0 || n > (size-int64(len(zipMagic))-zipHead-8)/8 {
		return zipInfo{}, false
	}
	tail := make([]byte, zipTrailerLen(n))
	if _, err := f.ReadAt(tail, size-int64(len(tail))); err != nil {
		return zipInfo{}, false
	}
	return parseZipTrailer(tail, n)
}
