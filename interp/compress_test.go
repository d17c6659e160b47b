package interp

import (
	"bytes"
	"encoding/binary"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"qgo/interp/k"
)

// TestZipRoundTrip compresses blocks of several sizes with every
// algorithm and reads them back.
func TestZipRoundTrip(t *testing.T) {
	plain := make([]byte, 10000)
	for i := range plain {
		plain[i] = byte(i * i % 251)
	}
	for alg := 0; alg <= 5; alg++ {
		for _, n := range []int{0, 1, 4096, 4097, 10000} {
			z := zipBytes(plain[:n], 12, alg, 1)
			if got := unzip("f", z); !bytes.Equal(got, plain[:n]) {
				t.Errorf("alg %d, %d bytes: round trip differs", alg, n)
			}
			if info, ok := zipTrailerOf(z); !ok || info.plain != int64(n) || info.alg != int32(alg) {
				t.Errorf("alg %d, %d bytes: trailer %+v", alg, n, info)
			}
		}
	}
}

// FuzzUnzip feeds damaged containers to the reader: a q error, never a
// Go panic.
func FuzzUnzip(f *testing.F) {
	f.Add(zipBytes([]byte("hello hello hello"), 12, 2, 6))
	f.Add(zipBytes(make([]byte, 9000), 12, 1, 0))
	f.Add(zipBytes(make([]byte, 9000), 12, 4, 0))
	f.Add(zipBytes(pattern(10000), 12, 3, 0)) // three snappy blocks
	f.Add(zipBytes([]byte("ab"), 17, 2, 6))   // a block kept as it is
	f.Add(zipOf(2, 6, 5, 4096, nil, nil))     // no blocks
	f.Add(zipBytes(pattern(10000), 12, 5, 3)) // three zstd blocks
	f.Fuzz(func(t *testing.T, b []byte) {
		defer func() {
			if r := recover(); r != nil {
				if _, ok := r.(*k.Error); !ok {
					t.Fatalf("panic %v", r)
				}
			}
		}()
		if isZipped(b) {
			unzip("f", b)
		}
	})
}

// FuzzDataFile feeds damaged data files (enumerations, vectors, mapped
// lists and their companions) to the header reader and the decoder: an
// error, never a panic.
func FuzzDataFile(f *testing.F) {
	e, _ := k.EncodeEnumFile("sym", 0, []int64{1, 0, 2})
	f.Add(e)
	v, _ := k.EncodeFile(k.Longs(1, 2, 3))
	f.Add(v)
	z, _ := k.EncodeFile(k.Floats(1, 2))
	binary.LittleEndian.PutUint64(z[8:], 0) // a count kdb+ left 0
	f.Add(z)
	// a mapped list: the seed's file, and its items as the fuzzed bytes
	// after the companion's page (or the seed's items as entries)
	mfile, mdata, _ := k.EncodeAnymap(k.NewList(k.Str("ab"), k.C('c'), k.Longs(make([]int64, 20)...), k.J(7)))
	f.Add(mfile)
	f.Add(mdata[k.EnumPage:])
	f.Add(mfile[k.EnumPage:])
	// the same bytes as a splayed table's column, as its .d and as the
	// sym file its enumerated column indexes, read by q code: a q error,
	// never a Go panic ('internal)
	dir := f.TempDir()
	var out bytes.Buffer
	in := New(&out)
	in.SetErr(&out)
	dotD, _ := k.EncodeFile(k.Syms("a", "b", "c"))
	colB, _ := k.EncodeFile(k.Longs(1, 2, 3))
	colC, _ := k.EncodeEnumFile("sym", 0, []int64{0, 1, 2})
	syms, _ := k.EncodeFile(k.Syms("x", "y", "z"))
	n := 0
	f.Fuzz(func(t *testing.T, b []byte) {
		k.ReadHeader(b, int64(len(b)))
		k.DecodeFile(b, nil)
		k.DecodeFile(mfile, append(mdata[:k.EnumPage:k.EnumPage], b...))
		k.DecodeFile(append(mfile[:k.EnumPage:k.EnumPage], b...), mdata)
		for i, files := range []map[string][]byte{
			{".d": dotD, "a": b, "b": colB, "c": colC, "sym": syms},
			{".d": b, "a": colB, "b": colB, "c": colC, "sym": syms},
			{".d": dotD, "a": colB, "b": colB, "c": colC, "sym": b},
		} {
			n++ // a directory of its own: a mapped file is never rewritten
			p := filepath.Join(dir, strconv.Itoa(n))
			os.Mkdir(p, 0o777)
			for name, data := range files {
				os.WriteFile(filepath.Join(p, name), data, 0o666)
			}
			for _, src := range []string{"sym:get`:%s/sym", "get`:%s/", "select from`:%s/", "count get`:%s/",
				"exec a,c from`:%s/", "meta`:%s/", "-21!`:%s/a", "0N!get`:%s/"} {
				out.Reset()
				_, err := in.Line(strings.ReplaceAll(src, "%s", p))
				if strings.Contains(out.String(), "goroutine ") || err != nil && strings.Contains(err.Error(), "internal") {
					t.Fatalf("variant %d: %s: %v\n%s", i, src, err, out.String())
				}
			}
		}
	})
}

// TestZipZstdBadBlocks reads containers whose zstd blocks are damaged or
// claim more than their block holds: q's badmsg, with no allocation of
// what a frame claims.
func TestZipZstdBadBlocks(t *testing.T) {
	_, run := fileSession(t)
	good := compressBlock(pattern(4096), 5, 3)
	huge := []byte{0x28, 0xb5, 0x2f, 0xfd, 0x80, 0, 0, 0, 0x40, 0x01, 0, 0}   // claims 20 MB
	rle := []byte{0x28, 0xb5, 0x2f, 0xfd, 0x00, 0x48, 0x03, 0x00, 0x10, 0x07} // an RLE block of 16384
	for name, b := range map[string][]byte{
		"huge": huge, "rle": rle, "cut": good[:len(good)-3],
		"flip": append(append([]byte{}, good[:8]...), append([]byte{good[8] ^ 0x55}, good[9:]...)...),
	} {
		os.WriteFile(name, zipOf(5, 3, 4096, 4096, [][]byte{b}, []int{5}), 0o666)
		expect(t, run, [][2]string{{"@[get;`:" + name + ";::]", `"` + name + `: badmsg"`}})
	}
}
