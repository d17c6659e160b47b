package interp

import (
	"bytes"
	"os"
	"strconv"
	"strings"
	"testing"

	"qgo/interp/k"
)

// fileSession runs q in a fresh session inside a temporary directory,
// which becomes the working directory for the test.
func fileSession(t *testing.T) (*Interp, func(src string) string) {
	t.Helper()
	t.Chdir(t.TempDir())
	var out bytes.Buffer
	in := New(&out)
	in.SetErr(&out)
	run := func(src string) string {
		t.Helper()
		out.Reset()
		text, err := in.Line(src)
		s := out.String()
		if err != nil {
			s += err.Error()
		} else {
			s += text
		}
		return strings.TrimRight(s, "\n")
	}
	return in, run
}

// expect runs each input and checks its output, ignoring trailing blanks
// on each line.
func expect(t *testing.T, run func(string) string, cases [][2]string) {
	t.Helper()
	trim := func(s string) string {
		ls := strings.Split(s, "\n")
		for i, l := range ls {
			ls[i] = strings.TrimRight(l, " ")
		}
		return strings.Join(ls, "\n")
	}
	for _, c := range cases {
		if got := run(c[0]); trim(got) != trim(c[1]) {
			t.Errorf("q)%s\ngot:\n%s\nwant:\n%s", c[0], got, c[1])
		}
	}
}

func TestSetGet(t *testing.T) {
	_, run := fileSession(t)
	expect(t, run, [][2]string{
		{"`:data/foo`:data/bar set'(42;\"thin white duke\")", "`:data/foo`:data/bar"},
		{"get `:data/foo", "42"},
		{"get `:data/bar", "\"thin white duke\""},
		{"`:data/v set 10 20 30", "`:data/v"},
		{"value `:data/v", "10 20 30"},
		{"`:t set ([]x:2 3 5; y:`ibm`amd`intel; z:\"npn\")", "`:t"},
		{"get`:t", "x y     z\n---------\n2 ibm   n\n3 amd   p\n5 intel n"},
		{"`:k set ([a:1 2]b:`x`y)", "`:k"},
		{"get `:k", "a| b\n-| -\n1| x\n2| y"},
		{"`:a set `u#`a`b`c", "`:a"},
		{"attr get `:a", "`u"},
		{"`:s set `s#1 2 3", "`:s"},
		{"attr get `:s", "`s"},
		{"(`:z;17;0;0) set 1 2", "`:z"},
		{"get `:z", "1 2"},
		{"(`:z;17;2;6) set 1 2", "`:z"},
		{"get `:z", "1 2"},
		{"get `:nofile", "'nofile. OS reports: No such file or directory"},
		{"`b set 5", "`b"},
		{"b", "5"},
	})
	// bytes of `:data/v set 10 20 30, as KX docs/ref/get.md shows them
	b, err := os.ReadFile("data/v")
	if err != nil {
		t.Fatal(err)
	}
	want := "\376 \007\000\000\000\000\000\003\000\000\000\000\000\000\000\n\000\000\000\000\000\000\000" +
		"\024\000\000\000\000\000\000\000\036\000\000\000\000\000\000\000"
	if string(b) != want {
		t.Errorf("data/v = %q", b)
	}
	// a non-kdb+ file is a type error
	os.WriteFile("text.txt", []byte("hello\n"), 0o666)
	expect(t, run, [][2]string{{"get `:text.txt", "'type"}})
}

func TestSaveLoad(t *testing.T) {
	_, run := fileSession(t)
	expect(t, run, [][2]string{
		{"t:([]x:2 3 5; y:`ibm`amd`intel; z:\"npn\")", ""},
		{"save `t", "`:t"},
		{"read0 `:t.csv", "'t.csv. OS reports: No such file or directory"},
		{"save `t.csv", "`:t.csv"},
		{"read0 `:t.csv", "\"x,y,z\"\n\"2,ibm,n\"\n\"3,amd,p\"\n\"5,intel,n\""},
		{"save `t.txt", "`:t.txt"},
		{"read0 `:t.txt", "\"x\\ty\\tz\"\n\"2\\tibm\\tn\"\n\"3\\tamd\\tp\"\n\"5\\tintel\\tn\""},
		{"save `t.xml", "`:t.xml"},
		{"read0 `:t.xml", "\"<R>\"\n\"<r><x>2</x><y>ibm</y><z>n</z></r>\"\n\"<r><x>3</x><y>amd</y><z>p</z></r>\"\n\"<r><x>5</x><y>intel</y><z>n</z></r>\"\n\"</R>\""},
		{"delete t from `.", "`."},
		{"load `t", "`t"},
		{"t", "x y     z\n---------\n2 ibm   n\n3 amd   p\n5 intel n"},
		{"a:til 6", ""},
		{"b:\"abcdef\"", ""},
		{"save `a`b", "`:a`:b"},
		{"`:cb/p set 1 2", "`:cb/p"},
		{"`:cb/s set `x`y", "`:cb/s"},
		{"load `cb", "`cb"},
		{"key cb", "`p`s"},
		{"cb `s", "`x`y"},
	})
	b, _ := os.ReadFile("t")
	if !bytes.HasPrefix(b, []byte("\377\001b\000c\013\000\003\000\000\000x\000y\000z\000\000")) {
		t.Errorf("t = %q", b)
	}
}

func TestSplay(t *testing.T) {
	_, run := fileSession(t)
	expect(t, run, [][2]string{
		{"t:([]a:1 2 3;b:`x`y`z;c:(\"one\";\"\";\"three\");d:1.5 2.5 3.5)", ""},
		// symbol columns must be enumerated (docs/kb/splayed-tables.md)
		{"`:db/t/ set t", "'type"},
		{"t:.Q.en[`:db]t", ""},
		{"`:db/t/ set t", "`:db/t/"},
		{"key `:db/t", "`.d`a`b`c`c#`d"},
		{"get `:db/t/", "a b c       d  \n---------------\n1 x \"one\"   1.5\n2 y \"\"      2.5\n3 z \"three\" 3.5"},
		{"t~get `:db/t/", "1b"},
		{"get `:db/t/.d", "`a`b`c`d"},
		{"`:db/k/ set ([a:1 2]b:3 4)", "'type"},
		{"sp:([]s:`s1`s2;qty:300 200)", ""},
		{"rsave `sp", "'type"},
		{"sp:.Q.en[`:.]sp", ""},
		{"rsave `sp", "`:sp/"},
		{"delete sp from `.", "`."},
		{"rload `sp", "`sp"},
		{"sp", "s  qty\n------\ns1 300\ns2 200"},
	})
	// a general column is a mapped list (k/file_anymap.go): compact items
	// 7f+10, count, chars in c#, an entry per row in c
	b, _ := os.ReadFile("db/t/c#")
	if want := string(anyPageOf(0, 4)) + "\x89\x03one\x89\x00\x89\x05three"; string(b) != want {
		t.Errorf("c# = %q", b[4080:])
	}
	c, _ := os.ReadFile("db/t/c")
	if want := string(anyPageOf(1, 77)) + "\x00\x00\x00\x00\x00\x00\x00\x01" +
		"\x05\x00\x00\x00\x00\x00\x00\x01\x07\x00\x00\x00\x00\x00\x00\x01"; string(c) != want {
		t.Errorf("c = %x", c[4080:])
	}
}

func TestKeyHcountHdel(t *testing.T) {
	_, run := fileSession(t)
	os.Mkdir("empty", 0o777)
	expect(t, run, [][2]string{
		{"key `:foo/", ""},
		{"()~key`:foo", "1b"},
		{"`:foo/bar.txt 0: (\"hear the lark and hearken\";\"to the barking of the dog fox\";\"gone to ground\")", "`:foo/bar.txt"},
		{"key `:foo/", ",`bar.txt"},
		{"key `:foo/bar.txt", "`:foo/bar.txt"},
		{"key `:empty", "`symbol$()"},
		{"hcount `:foo/bar.txt", "71"},
		{"-7!`:foo/bar.txt", "71"},
		{"read0 `:foo/bar.txt", "\"hear the lark and hearken\"\n\"to the barking of the dog fox\"\n\"gone to ground\""},
		{"read0 (`:foo/bar.txt;10;20)", "\"ark and hearken\"\n\"to t\""},
		{"`:test.txt 0:(\"hello\";\"goodbye\")", "`:test.txt"},
		{"read1`:test.txt", "0x68656c6c6f0a676f6f646279650a"},
		{"\"c\"$read1`:test.txt", "\"hello\\ngoodbye\\n\""},
		{"read1 (`:test.txt;6;4)", "0x676f6f64"},
		{"hdel`:test.txt", "`:test.txt"},
		{"hdel`:test.txt", "'test.txt: No such file or directory"},
		{"hcount `:nothere", "'nothere. OS reports: No such file or directory"},
	})
}

func TestFileBinary(t *testing.T) {
	_, run := fileSession(t)
	expect(t, run, [][2]string{
		{"`:hello 1: 0x68656c6c6f776f726c64", "`:hello"},
		{"read1`:hello", "0x68656c6c6f776f726c64"},
		{"`:hello 1: 1", "`:hello"},
		{"read1`:hello", "0x0100000000000000"},
		{"`:recs 1: 0x00000000410000FF00000042FFFF", "`:recs"},
		{"(\"ich\";4 1 2) 1: `:recs", "0 255\nA B  \n0 -1 "},
		{"(\"ich\";4 1 2) 1: (`:recs;7;7)", "255\nB  \n-1 "},
		{"(`:file;17;0;0) 1: 0x0102", "`:file"},
		{"read1 `:file", "0x0102"},
		// a general list, table, dictionary, projection or composition is
		// written as data (docs/ref/file-binary.md), not as raw bytes
		{"`:nest 1: ((1 2;3 4);(5 6;7 8))", "`:nest"},
		{"(get`:nest)~((1 2;3 4);(5 6;7 8))", "1b"},
		{"`:mixed 1: (1;`a;\"xy\")", "`:mixed"},
		{"get`:mixed", "1\n`a\n\"xy\""},
		{"`:tab 1: ([]p:1 2;q:`x`y)", "`:tab"},
		{"get`:tab", "p q\n---\n1 x\n2 y"},
		{"`:dict 1: `u`v!3 4", "`:dict"},
		{"get`:dict", "u| 3\nv| 4"},
		{"`:proj 1: +[10]", "`:proj"},
		{"get[`:proj] 5", "15"},
	})
}

func TestFileText(t *testing.T) {
	_, run := fileSession(t)
	os.WriteFile("data.csv", []byte("0,hea,481\n10,dfi,579\n20,oil,77\n"), 0o666)
	os.WriteFile("hdr.csv", []byte("a,b\r\n1,x\r\n2,y\r\n"), 0o666)
	os.WriteFile("fixed.txt", []byte("0001abc\n0002def\n"), 0o666)
	expect(t, run, [][2]string{
		{"(\"ISI\";\",\") 0:`data.csv", "0   10  20 \nhea dfi oil\n481 579 77 "},
		{"(\"JJJ\";\",\") 0:\"1,2,3\\n4,5,6\"", "1 4\n2 5\n3 6"},
		{"(\"JJJ\";\",\") 0:\"1,2,3\"", "1\n2\n3"},
		{"(\"ISI\";\",\") 0:`:data.csv", "0   10  20 \nhea dfi oil\n481 579 77 "},
		{"(\"JS\";enlist \",\") 0:`:hdr.csv", "a b\n---\n1 x\n2 y"},
		{"(\"IS\";4 3) 0:`:fixed.txt", "1   2  \nabc def"},
		{"first (\" S\";4 3) 0:`:fixed.txt", "`abc`def"},
	})
}

func TestFileHandles(t *testing.T) {
	in, run := fileSession(t)
	h := run("h:hopen `:foo/bar.txt")
	if h != "" {
		t.Fatalf("hopen: %s", h)
	}
	hv, _ := in.Get("h")
	n, _ := intArg(hv)
	if n <= 2 {
		t.Fatalf("handle %d", n)
	}
	w := func(h int64, src string) {
		t.Helper()
		v, err := in.Eval(src)
		if err != nil {
			t.Fatal(err)
		}
		if _, ok := in.fileWrite(h, v); !ok {
			t.Fatalf("handle %d is not a file handle", h)
		}
	}
	w(-n, `"hear the lark and hearken"`)
	w(-n, `"to the barking of the dog fox"`)
	w(n, `"gone to ground\n"`)
	w(n, `0x6869`)
	expect(t, run, [][2]string{
		{"hclose h", ""},
		{"hcount `:foo/bar.txt", "73"},
		{"read0 `:foo/bar.txt", "\"hear the lark and hearken\"\n\"to the barking of the dog fox\"\n\"gone to ground\"\n\"hi\""},
	})
	if _, ok := in.fileWrite(n, k.Str("x")); ok {
		t.Errorf("a closed handle still writes")
	}
	if p, ok := handlePath(mustEval(t, in, "`:localhost:5000")); ok {
		t.Errorf("host:port taken as a file: %s", p)
	}
	if got := run("hopen \":foo/hello.dat\""); !strings.HasSuffix(got, "i") {
		t.Errorf("hopen of a string: %s", got)
	}
	if p, ok := handlePath(mustEval(t, in, "`::5001")); ok {
		t.Errorf("::port taken as a file: %s", p)
	}
}

// The log-file idiom of docs/basics/internal.md (-11!).
func TestLogReplay(t *testing.T) {
	in, run := fileSession(t)
	expect(t, run, [][2]string{
		{"`:logfile.2013.12.03 set ()", "`:logfile.2013.12.03"},
		{"h:hopen `:logfile.2013.12.03", ""},
	})
	hv, _ := in.Get("h")
	n, _ := intArg(hv)
	for _, src := range []string{"enlist(`f;`a;10)", "enlist(`f;`b;20)"} {
		v := mustEval(t, in, src)
		if _, ok := in.fileWrite(n, v); !ok {
			t.Fatal("not a file handle")
		}
	}
	expect(t, run, [][2]string{
		{"hclose h", ""},
		{"f:{0N!(x;y)}", ""},
		{"-11!`:logfile.2013.12.03", "(`a;10)\n(`b;20)\n2"},
		{"-11!(1;`:logfile.2013.12.03)", "(`a;10)\n1"},
		{"-11!(-2;`:logfile.2013.12.03)", "2"},
		{"count get `:logfile.2013.12.03", "2"},
	})
	// a damaged tail
	b, _ := os.ReadFile("logfile.2013.12.03")
	os.WriteFile("broken.log", b[:len(b)-3], 0o666)
	expect(t, run, [][2]string{
		{"-11!(-2;`:broken.log)", "1 " + strconv.Itoa(len(b)-len(mustEnc(t, in, "(`f;`b;20)")))},
		{"-11!`:broken.log", "(`a;10)\n'badtail"},
	})
}

// anyPageOf is the 4096-byte page a mapped list's file (d1 1, type 77)
// or its companion (d1 0, type 4) starts with: fd 20, zeros, and fd d1 t
// at 4080.
func anyPageOf(d1, typ byte) []byte {
	p := make([]byte, 4096)
	p[0], p[1], p[4080], p[4081], p[4082] = 0xfd, 0x20, 0xfd, d1, typ
	return p
}

func mustEval(t *testing.T, in *Interp, src string) k.Value {
	t.Helper()
	x, err := in.Eval(src)
	if err != nil {
		t.Fatal(err)
	}
	return x
}

func mustEnc(t *testing.T, in *Interp, src string) []byte {
	x, _ := in.Eval(src)
	b := serialize(x)
	return b[8:]
}

// TestLoadKScript checks that a .k script is read as k, where a glyph
// applied prefix is its unary form, while a .q script is q, which signals
// it.
func TestLoadKScript(t *testing.T) {
	_, run := fileSession(t)
	if err := os.WriteFile("u.k", []byte("cnt:{#x}\nstr:{$x}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile("u.q", []byte("cnt2:{#x}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	expect(t, run, [][2]string{
		{`\l u.k`, ``},
		{`cnt 1 2 3`, `3`},
		{`str 42`, `"42"`},
		{`cnt`, `k){#x}`},
	})
	if got := run(`\l u.q`); !strings.HasPrefix(got, "'#") {
		t.Errorf(`\l u.q: %q, want '#`, got)
	}
}

// A table serialized whole by set keeps its enumerated columns: a foreign
// key comes back by get as a foreign key in a later session, and
// country.code follows it again (docs/database/object.md, Enumerations and
// foreign keys). IPC still sends the values (docs/kb/serialization.md).
func TestSetGetKeepsEnumerations(t *testing.T) {
	_, run := fileSession(t)
	expect(t, run, [][2]string{
		{"countries:([country:`China`India`Japan];cont:3#`Asia;code:86 91 81)", ""},
		{"cities:([]city:`Tokyo`Delhi`Shanghai;country:`countries$`Japan`India`China;pop:37435191 29399141 26317104)", ""},
		{"`:linked/countries`:linked/cities set'(countries;cities)", "`:linked/countries`:linked/cities"},
		{"sym:`a`b`c", ""},
		{"`:bag set (1;`sym$`c`a;`sym$`b;\"xy\")", "`:bag"},
		{"meta -9!-8!cities", "c      | t f a\n-------| -----\ncity   | s    \ncountry| s    \npop    | j    "},
	})
	// a later session: the names are gone until get brings them back
	run2 := laterSession(t)
	expect(t, run2, [][2]string{
		{"countries:get`:linked/countries", ""},
		{"cities:get`:linked/cities", ""},
		{"select city,pop,country.code from cities", "city     pop      code\n----------------------\nTokyo    37435191 81\nDelhi    29399141 91\nShanghai 26317104 86"},
		{"meta cities", "c      | t f         a\n-------| -------------\ncity   | s\ncountry| s countries\npop    | j"},
		{"sym:`a`b`c", ""},
		{"get`:bag", "1\n`sym$`c`a\n`sym$`b\n\"xy\""},
		{"type each get`:bag", "-7 20 -20 10h"},
	})
}

// A splayed table read without its sym list shows the bare indices of its
// enumerated column; once the sym list is loaded, the symbols
// (docs/kb/splayed-tables.md, Loading splayed tables).
func TestGetSplayWithoutSymList(t *testing.T) {
	_, run := fileSession(t)
	expect(t, run, [][2]string{
		{"tr:([]date:2020.07.03 2020.07.02;vol:12378 63682;sym:`APPL`MSFT;price:23.5 24.25)", ""},
		{"`:db/tr/ set .Q.en[`:db] tr", "`:db/tr/"},
	})
	run2 := laterSession(t)
	expect(t, run2, [][2]string{
		{"get `:db/tr", "date       vol   sym price\n--------------------------\n2020.07.03 12378 0   23.5\n2020.07.02 63682 1   24.25"},
		{"load `:db/sym", "`sym"},
		{"get `:db/tr", "date       vol   sym  price\n---------------------------\n2020.07.03 12378 APPL 23.5\n2020.07.02 63682 MSFT 24.25"},
	})
}

// laterSession starts another session in the test's working directory, as
// a q started later would find the files an earlier one wrote.
func laterSession(t *testing.T) func(src string) string {
	var out bytes.Buffer
	in := New(&out)
	in.SetErr(&out)
	return func(src string) string {
		t.Helper()
		out.Reset()
		text, err := in.Line(src)
		s := out.String()
		if err != nil {
			s += err.Error()
		} else {
			s += text
		}
		return strings.TrimRight(s, "\n")
	}
}

// TestAnymapType: a general list get reads whole from a file is an anymap,
// whose type is 77h (docs/releases/ChangesIn3.6.md, docs/ref/file-binary.md);
// its items keep their types, and a list made from it or amended is 0h.
func TestAnymapType(t *testing.T) {
	_, run := fileSession(t)
	expect(t, run, [][2]string{
		{"a:get`:a set (1 2 3;\"cde\"); b:get`:b set (\"abc\";\"def\")", ""},
		{"77 77h~(type a;type b)", "1b"},
		{"a:get`:a set ((1 2;3 4);`time`price`vol!(.z.p;1.;100i);([]a:1 2;b:(\"ab\";\"cd\")))", ""},
		{"77 0h~(type a;type first a)", "1b"},
		{"`:c set ((1 2;3 4);(1 2;3 4))", "`:c"},
		{"type get[`:c][0]", "0h"},
		{"type get`:v set 1 2 3", "7h"},
		{"{type x} get`:c", "77h"},
		{"c:get`:c", ""},
		{"(type c 0 1;type c,c;type reverse c;type -8!c)", "0 0 0 4h"},
		{"c[0]:5;type c", "0h"},
		{"c:get`:c;c,:enlist 7 8;type c", "0h"},
		{"c:get`:c;@[`c;0;:;9];type c", "0h"},
		{"c:get`:c;c[0;1]:5 6;type c", "0h"},
		{"c:get`:c;count c", "2"},
		{"first c", "1 2\n3 4"},
	})
}
