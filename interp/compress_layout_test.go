package interp

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"math/rand/v2"
	"os"
	"strconv"
	"testing"

	"github.com/golang/snappy"

	"qgo/interp/k"
)

// The container layout these tests hold the writer and the reader to, as
// compress.go states it from files kdb+ wrote: "kxzipped", the blocks back
// to back, then version 3 | alg | level | 0 0 | plain length | 8+blocks'
// length | block size | (length int32, alg int32) per block | count.

// zipOf builds a container by hand from already compressed blocks.
func zipOf(alg, lvl byte, plain, bs int, blocks [][]byte, algs []int) []byte {
	out := []byte("kxzipped")
	for _, b := range blocks {
		out = append(out, b...)
	}
	end := len(out)
	out = binary.LittleEndian.AppendUint32(out, 3)
	out = append(out, alg, lvl, 0, 0)
	out = binary.LittleEndian.AppendUint64(out, uint64(plain))
	out = binary.LittleEndian.AppendUint64(out, uint64(end))
	out = binary.LittleEndian.AppendUint64(out, uint64(bs))
	for i, b := range blocks {
		out = binary.LittleEndian.AppendUint32(out, uint32(len(b)))
		out = binary.LittleEndian.AppendUint32(out, uint32(algs[i]))
	}
	return binary.LittleEndian.AppendUint64(out, uint64(len(blocks)))
}

// zlibOf is b as one zlib stream.
func zlibOf(b []byte, lvl int) []byte {
	var buf bytes.Buffer
	w, _ := zlib.NewWriterLevel(&buf, lvl)
	w.Write(b)
	w.Close()
	return buf.Bytes()
}

// pattern is n compressible bytes.
func pattern(n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(i / 7 % 13)
	}
	return b
}

// TestZipLayoutMultiBlock writes a container of three blocks and checks
// every field of it, and that each block is its algorithm's stream of one
// block of the data, with nothing between the blocks.
func TestZipLayoutMultiBlock(t *testing.T) {
	plain := pattern(10000) // blocks of 4096, 4096, 1808
	for _, alg := range []int{2, 3} {
		z := zipBytes(plain, 12, alg, 6)
		n := int(binary.LittleEndian.Uint64(z[len(z)-8:]))
		if n != 3 {
			t.Fatalf("alg %d: %d blocks, want 3", alg, n)
		}
		tr := z[len(z)-(32+8*n+8):]
		if v := binary.LittleEndian.Uint32(tr); v != 3 || tr[4] != byte(alg) || tr[5] != 6 || tr[6] != 0 || tr[7] != 0 {
			t.Errorf("alg %d: trailer head % x", alg, tr[:8])
		}
		end := len(z) - len(tr)
		if binary.LittleEndian.Uint64(tr[8:]) != 10000 || binary.LittleEndian.Uint64(tr[16:]) != uint64(end) ||
			binary.LittleEndian.Uint64(tr[24:]) != 4096 {
			t.Errorf("alg %d: trailer lengths % x", alg, tr[8:32])
		}
		off := 8
		for i := 0; i < n; i++ {
			ln := int(binary.LittleEndian.Uint32(tr[32+8*i:]))
			if a := binary.LittleEndian.Uint32(tr[36+8*i:]); a != uint32(alg) {
				t.Errorf("alg %d: block %d has alg %d", alg, i, a)
			}
			blk := z[off : off+ln]
			want := plain[i*4096 : min((i+1)*4096, len(plain))]
			var got []byte
			var err error
			if alg == 2 {
				r, e := zlib.NewReader(bytes.NewReader(blk))
				if e != nil {
					t.Fatal(e)
				}
				got, err = readAllBytes(r)
			} else {
				got, err = snappy.Decode(nil, blk)
			}
			if err != nil || !bytes.Equal(got, want) {
				t.Errorf("alg %d: block %d does not decode to its data (%v)", alg, i, err)
			}
			off += ln
		}
		if off != end {
			t.Errorf("alg %d: blocks end at %d, trailer at %d", alg, off, end)
		}
	}
}

// readAllBytes reads r to its end.
func readAllBytes(r interface{ Read([]byte) (int, error) }) ([]byte, error) {
	var buf bytes.Buffer
	_, err := buf.ReadFrom(r)
	return buf.Bytes(), err
}

// TestZipStoredBlock checks that a block its algorithm does not shrink is
// kept as it is, its entry saying algorithm 0, while the trailer keeps the
// algorithm asked for (-21! reports it).
func TestZipStoredBlock(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	noise := make([]byte, 3000)
	for i := range noise {
		noise[i] = byte(r.Uint32())
	}
	z := zipBytes(noise, 12, 2, 6)
	want := zipOf(2, 6, len(noise), 4096, [][]byte{noise}, []int{0})
	if !bytes.Equal(z, want) {
		t.Fatalf("stored block:\n got % x\nwant % x", z[len(z)-56:], want[len(want)-56:])
	}
	if got := unzip("f", z); !bytes.Equal(got, noise) {
		t.Fatal("stored block does not read back")
	}
}

// TestZipReadsHandBuilt reads containers built by hand as kdb+ lays them
// out: several zlib or snappy blocks, a stored block among them, through
// get, -21! and hcount.
func TestZipReadsHandBuilt(t *testing.T) {
	_, run := fileSession(t)
	v, err := k.EncodeFile(k.Longs(make([]int64, 1500)...)) // 12016 bytes: 3 blocks of 4096 and 1 of 3728
	if err != nil {
		t.Fatal(err)
	}
	for i := range 1500 {
		binary.LittleEndian.PutUint64(v[16+8*i:], uint64(i%10))
	}
	var blocks [][]byte
	var algs []int
	for i := 0; i*4096 < len(v); i++ {
		p := v[i*4096 : min((i+1)*4096, len(v))]
		switch i {
		case 1:
			blocks, algs = append(blocks, p), append(algs, 0)
		case 2:
			blocks, algs = append(blocks, snappy.Encode(nil, p)), append(algs, 3)
		default:
			blocks, algs = append(blocks, zlibOf(p, 6)), append(algs, 2)
		}
	}
	os.WriteFile("z", zipOf(2, 6, len(v), 4096, blocks, algs), 0o666)
	expect(t, run, [][2]string{
		{"count get `:z", "1500"},
		{"sum get `:z", "6750"},
		{"(get `:z)~1500#til 10", "1b"},
		{"hcount `:z", "12016"},
		{"-21!`:z", "compressedLength  | " + strconv.Itoa(len(zipOf(2, 6, len(v), 4096, blocks, algs))) + "\nuncompressedLength| 12016\nalgorithm         | 2i\nlogicalBlockSize  | 12i\nzipLevel          | 6i"},
	})
	// a trailer whose block lengths overrun the data is damaged
	bad := zipOf(2, 6, len(v), 4096, blocks, algs)
	binary.LittleEndian.PutUint32(bad[len(bad)-8-8*len(blocks):], 1<<20)
	os.WriteFile("bad", bad, 0o666)
	expect(t, run, [][2]string{{"get `:bad", "'bad: badmsg"}})
}

// TestZeroCountHeader reads data files whose header count kdb+ left 0:
// the items run to the end of the file (fe 20 vectors and fd 20
// enumerations), unless an attribute's index follows them.
func TestZeroCountHeader(t *testing.T) {
	_, run := fileSession(t)
	v, _ := k.EncodeFile(k.Floats(1.5, 2.5, 3.5))
	binary.LittleEndian.PutUint64(v[8:], 0)
	os.WriteFile("f", v, 0o666)
	e, _ := k.EncodeEnumFile("sym", 0, []int64{1, 0, 1})
	binary.LittleEndian.PutUint64(e[4088:], 0)
	os.MkdirAll("db/t", 0o777)
	os.WriteFile("db/t/s", e, 0o666)
	os.WriteFile("db/t/f", v, 0o666)
	d, _ := k.EncodeFile(k.Syms("s", "f"))
	os.WriteFile("db/t/.d", d, 0o666)
	s, _ := k.EncodeFile(k.Syms("a", "b"))
	os.WriteFile("db/sym", s, 0o666)
	expect(t, run, [][2]string{
		{"get `:f", "1.5 2.5 3.5"},
		{"\\l db", ""},
		{"select from t", "s f  \n-----\nb 1.5\na 2.5\nb 3.5"},
	})
}

// TestDareKey: -36! cannot load a master key without an encryption
// library, which qgo does not have (q's own error for that), and checks
// its arguments first.
func TestDareKey(t *testing.T) {
	_, run := fileSession(t)
	expect(t, run, [][2]string{
		{"-36!(::)", "0b"},
		{"-36!(`:key;\"pw\")", "'Encryption lib unavailable"},
		{"-36!(`:key;\"pw\";0b)", "'Encryption lib unavailable"},
		{"-36!(`:key;\"pw\";0)", "'type"},
		{"-36!(1;\"pw\")", "'type"},
		{"-36!`:key", "'type"},
	})
}
