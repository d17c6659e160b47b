package interp

import (
	"encoding/binary"
	"encoding/hex"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"

	"qgo/interp/k"
)

// referenceBlocks are the three blocks of the file TestZipReadsHandBuilt
// writes (1500 longs, i mod 10, as q lays out a long vector: 12016 bytes
// cut at 4096), each compressed by a C reference library of the kind kdb+
// links: zstd at level 3 by the zstd 1.5.4 command line (zstd -3
// --no-check, one frame a block, as ZSTD_compress writes), and lz4 HC at
// level 9 by the lz4 1.9.4 command line (lz4 -9; the raw block taken out
// of its frame, as LZ4_compress_HC writes one). They are fixed bytes,
// not this process's own encoders' output, so a change of codec library
// that stops reading what those libraries write fails here.
var referenceBlocks = map[int][]string{
	5: {
		"28b52ffd60000fad0100b0fe200700dc05000100020003000400060007000800090d00959f8207a00118180c0c0682c152110b0606038381c180c18d001001",
		"28b52ffd60000f7d0100a000000100020003000400050006000700080009000b00a59f820f80c40063303018180c0c0606038381c1c003c002",
		"28b52ffd60f00d7d0100a002000300040005000600070008000900010002000b00959e8207006330602031c0180c0c0606038381c1c003c002",
	},
	4: {
		"40fe200700010039dc0500010013010800130208001303080013040800042f001306080013070800130808002f09005000ffffffffffffffffffffffffffffff9d500000000000",
		"130001001301080013020800130308001304080013050800130608001307080013080800140949000f5000ffffffffffffffffffffffffffffffa6500000000000",
		"22020001001303080013040800130508001306080013070800130808002a09000100130108000f5000ffffffffffffffffffffffffffff96500000000000",
	},
}

// TestZipReadsReferenceLibraries reads containers whose blocks the C
// zstd and lz4 libraries compressed, through get, -21! and hcount, and
// checks each block against the plain bytes it stands for.
func TestZipReadsReferenceLibraries(t *testing.T) {
	_, run := fileSession(t)
	v, err := k.EncodeFile(k.Longs(make([]int64, 1500)...))
	if err != nil {
		t.Fatal(err)
	}
	for i := range 1500 {
		binary.LittleEndian.PutUint64(v[16+8*i:], uint64(i%10))
	}
	for _, alg := range []int{4, 5} {
		lvl := map[int]byte{4: 9, 5: 3}[alg]
		var blocks [][]byte
		var algs []int
		for i, h := range referenceBlocks[alg] {
			b, err := hex.DecodeString(h)
			if err != nil {
				t.Fatal(err)
			}
			plain := v[i*4096 : min((i+1)*4096, len(v))]
			got, err := uncompressBlock(b, alg, len(plain))
			if err != nil {
				t.Fatalf("algorithm %d, block %d: %v", alg, i, err)
			}
			if string(got) != string(plain) {
				t.Fatalf("algorithm %d, block %d reads as other bytes than it was made of", alg, i)
			}
			blocks, algs = append(blocks, b), append(algs, alg)
		}
		name := "ref" + strconv.Itoa(alg)
		z := zipOf(byte(alg), lvl, len(v), 4096, blocks, algs)
		os.WriteFile(name, z, 0o666)
		expect(t, run, [][2]string{
			{"(get `:" + name + ")~1500#til 10", "1b"},
			{"hcount `:" + name, "12016"},
			{"-21!`:" + name, "compressedLength  | " + strconv.Itoa(len(z)) + "\nuncompressedLength| 12016\nalgorithm         | " +
				strconv.Itoa(alg) + "i\nlogicalBlockSize  | 12i\nzipLevel          | " + strconv.Itoa(int(lvl)) + "i"},
		})
	}
}

// TestZipWritesReferenceReadable has the C reference libraries' command
// lines read the blocks this process compresses: each zstd block is a
// frame zstd -d takes as it is, each lz4 HC block a raw block lz4 -d
// takes inside a legacy frame (its magic, then the block's length). It
// is skipped where the tools are missing; CI installs them.
func TestZipWritesReferenceReadable(t *testing.T) {
	v, err := k.EncodeFile(k.Longs(make([]int64, 1500)...))
	if err != nil {
		t.Fatal(err)
	}
	for i := range 1500 {
		binary.LittleEndian.PutUint64(v[16+8*i:], uint64(i*i%1000))
	}
	dir := t.TempDir()
	for _, c := range []struct {
		tool string
		alg  int
		lvl  int
		wrap func(b []byte) []byte
	}{
		{"zstd", 5, 3, func(b []byte) []byte { return b }},
		{"zstd", 5, 19, func(b []byte) []byte { return b }},
		{"lz4", 4, 9, func(b []byte) []byte {
			f := []byte{0x02, 0x21, 0x4c, 0x18}
			return append(binary.LittleEndian.AppendUint32(f, uint32(len(b))), b...)
		}},
		{"lz4", 4, 12, func(b []byte) []byte {
			f := []byte{0x02, 0x21, 0x4c, 0x18}
			return append(binary.LittleEndian.AppendUint32(f, uint32(len(b))), b...)
		}},
	} {
		if _, err := exec.LookPath(c.tool); err != nil {
			t.Skipf("no %s here", c.tool)
		}
		for off := 0; off < len(v); off += 4096 {
			plain := v[off:min(off+4096, len(v))]
			f := filepath.Join(dir, "block")
			if err := os.WriteFile(f, c.wrap(compressBlock(plain, c.alg, c.lvl)), 0o644); err != nil {
				t.Fatal(err)
			}
			out, err := exec.Command(c.tool, "-d", "-c", f).Output()
			if err != nil {
				t.Fatalf("%s -d of the block at %d (level %d): %v", c.tool, off, c.lvl, err)
			}
			if string(out) != string(plain) {
				t.Fatalf("%s -d of the block at %d (level %d) gives other bytes than it was made of", c.tool, off, c.lvl)
			}
		}
	}
}
