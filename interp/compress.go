// This file defines compressed data files (docs/kb/file-compression.md):
// `(file;lbs;alg;lvl) set y`, the defaults .z.zd gives set, -19! (compress
// a file), -21! (a compressed file's statistics), and reading them back,
// which every reader of data files does without being asked (mapped.go,
// file.go). The algorithms are kdb+'s: 0 none, 1 q IPC (k/ipc_compress.go),
// 2 gzip (zlib streams), 3 snappy, 4 lz4hc, 5 zstd, through Go's
// compress/zlib, qgo/interp/snappy, github.com/pierrec/lz4/v4 and
// github.com/klauspost/compress/zstd. Each library's package init runs at
// every start, whether or not a compressed file is ever read: zlib is
// Go's, not klauspost's (whose init built Huffman tables, 40 KB), and
// snappy qgo's (golang/snappy's init built a CRC-32C table, 0.15 ms);
// zstd still builds that table (internal/snapref, its snappy.go).
//
// The container is not documented by KX beyond its first 8 bytes
// ("kxzipped", docs/kb/dare.md). Its layout here follows third-party
// readers (a kdb+ file reader in Python that unpacks the trailer, and
// peachq's dissection of kdb+ 3.x files), which agree on a file of one
// block: "kxzipped", the compressed data, then a 48-byte trailer:
// version int32 | algorithm byte | level byte | 2 zero bytes |
// uncompressed length int64 | file length int64 | block size in bytes
// int64 | data length int32 | algorithm int32 | block count int64. With
// several blocks, each is prefixed by its compressed length (int64), as
// peachq's dissection has it; the Python reader differs there, so kdb+
// may not read a multi-block file qgo wrote.

package interp

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"io"
	"os"

	"github.com/klauspost/compress/zstd"
	"github.com/pierrec/lz4/v4"

	"qgo/interp/files"
	"qgo/interp/k"
	"qgo/interp/snappy"
)

// read0, read1, 0: and 1: read a compressed file as the data it holds.
func init() { files.Unzip = unzip }

const (
	zipMagic   = "kxzipped"
	zipTrailer = 48
)

// zipInfo is what a container's trailer says.
type zipInfo struct {
	plain, file, block, nblocks int64
	data                        int
	alg, level                  int32
}

// compressVerbs registers this file's verbs (verbtab.go calls it).
func compressVerbs(t *verbTable) {
	t.internal(-21, func(in *Interp, x k.Value) k.Value {
		p := mustPath(x)
		b, err := os.ReadFile(p)
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
	t.internal(-19, func(in *Interp, x k.Value) k.Value {
		l, ok := x.(*k.List)
		if !ok || len(l.V) != 5 {
			k.Signal(k.ErrType)
		}
		src, dst := mustPath(l.V[0]), mustPath(l.V[1])
		lbs, alg, lvl := zipParams(l.V[2], l.V[3], l.V[4])
		b := readPlain(src)
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
	var blocks [][]byte
	for off := 0; off < len(plain) || off == 0; off += bs {
		blocks = append(blocks, compressBlock(plain[off:min(off+bs, len(plain))], alg, lvl))
		if off+bs >= len(plain) {
			break
		}
	}
	out := []byte(zipMagic)
	if len(blocks) == 1 {
		out = append(out, blocks[0]...)
	} else {
		for _, b := range blocks {
			out = binary.LittleEndian.AppendUint64(out, uint64(len(b)))
			out = append(out, b...)
		}
	}
	data := len(out) - len(zipMagic)
	t := make([]byte, zipTrailer)
	binary.LittleEndian.PutUint32(t[0:], 3)
	t[4], t[5] = byte(alg), byte(lvl)
	binary.LittleEndian.PutUint64(t[8:], uint64(len(plain)))
	binary.LittleEndian.PutUint64(t[16:], uint64(len(out)))
	binary.LittleEndian.PutUint64(t[24:], uint64(bs))
	binary.LittleEndian.PutUint32(t[32:], uint32(data))
	binary.LittleEndian.PutUint32(t[36:], uint32(alg))
	binary.LittleEndian.PutUint64(t[40:], uint64(len(blocks)))
	return append(out, t...)
}

// zipTrailerOf reads a container's trailer; ok is false for a file that
// is no container.
func zipTrailerOf(b []byte) (z zipInfo, ok bool) {
	if len(b) < len(zipMagic)+zipTrailer || string(b[:len(zipMagic)]) != zipMagic {
		return z, false
	}
	t := b[len(b)-zipTrailer:]
	z.level = int32(int8(t[5]))
	z.plain = int64(binary.LittleEndian.Uint64(t[8:]))
	z.file = int64(binary.LittleEndian.Uint64(t[16:]))
	z.block = int64(binary.LittleEndian.Uint64(t[24:]))
	z.data = int(binary.LittleEndian.Uint32(t[32:]))
	z.alg = int32(binary.LittleEndian.Uint32(t[36:]))
	z.nblocks = int64(binary.LittleEndian.Uint64(t[40:]))
	return z, true
}

// isZipped reports whether b starts as a container.
func isZipped(b []byte) bool { return bytes.HasPrefix(b, []byte(zipMagic)) }

// unzip gives the plain bytes of container b; p names the file in errors.
func unzip(p string, b []byte) []byte {
	bad := func() { k.Signal(p + ": badmsg") }
	z, ok := zipTrailerOf(b)
	if !ok || z.data != len(b)-len(zipMagic)-zipTrailer || z.nblocks <= 0 || z.plain < 0 ||
		z.block < 1<<12 || z.block > 1<<20 || z.block&(z.block-1) != 0 ||
		z.nblocks != max(1, (z.plain+z.block-1)/z.block) ||
		z.nblocks > 1 && z.nblocks > int64(z.data/8) {
		bad()
	}
	data := b[len(zipMagic) : len(zipMagic)+z.data]
	out := make([]byte, 0, min(z.plain, z.nblocks*z.block, 1<<26))
	for i := int64(0); i < z.nblocks; i++ {
		size := min(z.block, z.plain-int64(len(out)))
		var blk []byte
		if z.nblocks == 1 {
			blk = data
		} else {
			if len(data) < 8 {
				bad()
			}
			n := binary.LittleEndian.Uint64(data)
			if n > uint64(len(data)-8) {
				bad()
			}
			blk, data = data[8:8+n], data[8+n:]
		}
		if size < 0 {
			bad()
		}
		plain, err := uncompressBlock(blk, int(z.alg), int(size))
		if err != nil || int64(len(plain)) != size {
			bad()
		}
		out = append(out, plain...)
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
		return snappy.Encode(b)
	case 4:
		dst := make([]byte, lz4.CompressBlockBound(len(b)))
		n, err := lz4.CompressBlockHC(b, dst, lz4.CompressionLevel(min(lvl, 16)), nil, nil)
		if err != nil || n == 0 {
			k.Signal("lz4")
		}
		return dst[:n]
	case 5:
		enc, err := zstd.NewWriter(nil, zstd.WithEncoderLevel(zstd.EncoderLevelFromZstd(max(lvl, 1))))
		if err != nil {
			k.Signal("zstd")
		}
		defer enc.Close()
		return enc.EncodeAll(b, nil)
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
		return snappy.Decode(b)
	case 4:
		dst := make([]byte, size)
		n, err := lz4.UncompressBlock(b, dst)
		return dst[:n], err
	case 5:
		dec, err := zstd.NewReader(nil)
		if err != nil {
			return nil, err
		}
		defer dec.Close()
		return dec.DecodeAll(b, nil)
	}
	return nil, &k.Error{Msg: k.ErrType}
}

// readPlain reads the file at p, unzipped when it is a container.
func readPlain(p string) []byte {
	b, err := os.ReadFile(p)
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
	f, err := os.Open(p)
	if err != nil {
		return zipInfo{}, false
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil || st.Size() < int64(len(zipMagic)+zipTrailer) {
		return zipInfo{}, false
	}
	head := make([]byte, len(zipMagic))
	tail := make([]byte, zipTrailer)
	if _, err := f.ReadAt(head, 0); err != nil || !isZipped(head) {
		return zipInfo{}, false
	}
	if _, err := f.ReadAt(tail, st.Size()-zipTrailer); err != nil {
		return zipInfo{}, false
	}
	return zipTrailerOf(append(head, tail...))
}
