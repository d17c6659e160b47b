package interp

import (
	"encoding/binary"
	"os"
	"testing"

	"qgo/interp/k"
)

// TestAnymapRoundTrips writes general lists and general columns (kdb+
// 3.6's mapped lists, k/file_anymap.go) through set, a splayed table,
// .Q.dpft and compression, and reads them back through get, select, \l
// and -21!.
func TestAnymapRoundTrips(t *testing.T) {
	_, run := fileSession(t)
	expect(t, run, [][2]string{
		{"`:a set (1 2 3;\"cde\")", "`:a"},
		{"(1 2 3;\"cde\")~get `:a", "1b"},
		{"key `:.", "`a`a#"},
		{"`:b set (\"abc\";\"def\";\"\";\"g\";100#\"h\")", "`:b"},
		{"(\"abc\";\"def\";\"\";\"g\";100#\"h\")~get `:b", "1b"},
		{"t:([]s:(\"ab\";\"cde\";\"\");n:1 2 3;m:(1 2;\"x\";0N 1.5))", ""},
		{"`:db/t/ set t", "`:db/t/"},
		{"key `:db/t", "`.d`m`m#`n`s`s#"},
		{"t~get `:db/t/", "1b"},
		{"select s from get `:db/t/ where n>1", "s    \n-----\n\"cde\"\n\"\"   "},
		{"q:([]s:(\"ibm x\";\"msft\");p:1 2f)", ""},
		{".Q.dpft[`:hdb;2026.01.02;`p;`q]", "`q"},
		{".z.zd:17 2 6", ""},
		{".Q.dpft[`:hdb;2026.01.03;`p;`q]", "`q"},
		{"\\x .z.zd", ""},
		{"(-21!`:hdb/2026.01.03/q/s)`algorithm", "2i"},
		{"(-21!hsym`$\"hdb/2026.01.03/q/s#\")`algorithm", "2i"},
		{"\\l hdb", ""},
		{"select date,s from q where p=2", "date       s     \n-----------------\n2026.01.02 \"msft\"\n2026.01.03 \"msft\""},
		{"exec count i from q where s like \"ibm*\"", "2"},
	})
}

// TestAnymapReadsHandBuilt opens a splayed table whose general column
// was laid out by hand as kdb+ writes it: the header counts 0, compact and
// extended items.
func TestAnymapReadsHandBuilt(t *testing.T) {
	_, run := fileSession(t)
	os.MkdirAll("db/t", 0o777)
	data := append(anyPageOf(0, 4), 0x89, 2, 'h', 'i', 0x75, 'z') // "hi" at 0, "z" at 4
	data = append(data, make([]byte, 10)...)                      // to 16
	data = append(data, 0xfb, 0, 10, 0, 1, 0, 0, 0, 96, 0, 0, 0, 0, 0, 0, 0)
	for range 96 {
		data = append(data, 'q')
	}
	file := anyPageOf(1, 77)
	for _, e := range []uint64{0 | 1<<56, 4 | 1<<56, 16} {
		file = binary.LittleEndian.AppendUint64(file, e)
	}
	os.WriteFile("db/t/c", file, 0o666)
	os.WriteFile("db/t/c#", data, 0o666)
	n, _ := k.EncodeFile(k.Longs(1, 2, 3))
	os.WriteFile("db/t/n", n, 0o666)
	d, _ := k.EncodeFile(k.Syms("n", "c"))
	os.WriteFile("db/t/.d", d, 0o666)
	expect(t, run, [][2]string{
		{"\\l db", ""},
		{"count t", "3"},
		{"exec c from t where n<3", "\"hi\"\n\"z\""},
		{"(exec last c from t)~96#\"q\"", "1b"},
		{"meta t", "c| t f a\n-| -----\nn| j    \nc| C    "},
	})
}
