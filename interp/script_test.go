package interp

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// gradesScript is grades.q of docs/learn/python/examples/dict.md.
const gradesScript = "/ grade calculator\n" +
	"students:flip`name`assignment`test`lab!flip(\n" +
	"  (`JackFrost;    80 50 40 20; 75 75; 78.20 77.20);\n" +
	"  (`JamesPotter;  82 56 44 30; 80 80; 67.90 78.72);\n" +
	"  (`DylanRhodes;  77 82 23 39; 78 77; 80 80);\n" +
	"  (`JessicaStone; 67 55 77 21; 40 50; 69 44.56);\n" +
	"  (`TomHanks;     29 89 60 56; 65 56; 50 40.6)\n" +
	"  )\n\n" +
	"students[`mark]:sum .1 .7 .2*(avg'')students `assignment`test`lab\n" +
	"lg:{\"EDCBA\"sum 60 70 80 90<\\:x}  / letter grade from mark\n" +
	"update letter:lg mark from `students;\n\n" +
	"show students\n" +
	"\"Class average: \",string ca:avg students`mark\n" +
	"\"Class letter grade: \",lg ca\n"

// spTables are C.J. Date's suppliers and parts, as docs/learn/startingkdb/tables.md defines them.
const spTables = "s:([s:`s1`s2`s3`s4`s5] name:`smith`jones`blake`clark`adams; status:20 10 30 20 30; city:`london`paris`paris`london`athens)\n" +
	"p:([p:`p1`p2`p3`p4`p5`p6] name:`nut`bolt`screw`screw`cam`cog; color:`red`green`blue`red`blue`red; weight:12 17 17 14 12 19; city:`london`paris`rome`london`paris`london)\n" +
	"sp:([] s:`s$`s1`s1`s1`s1`s4`s1`s2`s2`s3`s4`s4`s1; p:`p$`p1`p2`p3`p4`p5`p6`p1`p2`p2`p2`p4`p5; qty:300 200 400 200 100 100 300 400 200 200 300 400)\n"

// TestScriptEcho: loading a script shows the value of each statement the
// console would show one of, in its one-line form; assignments, statements
// ending in ; and :: show nothing. The output is q's, as the page shows it
// after q)\l grades.q.
func TestScriptEcho(t *testing.T) {
	_, run := fileSession(t)
	if err := os.WriteFile("grades.q", []byte(gradesScript), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile("long.q", []byte(spTables+"::\n1 2;\nselect distinct p,s.city from sp\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	// system commands show their values too (KX's kdb/taq/taq.q times its
	// queries with lines of \t), and those that set something show nothing
	if err := os.WriteFile("sys.q", []byte("zz1:1\nzz2:2\n\\d .nss\nq3:3\n\\v\n\\d .\n\\t til 10\n\\c 25 80\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := run(`\l sys.q`); !regexp.MustCompile("^,`q3\n[0-9]+$").MatchString(got) {
		t.Errorf("\\l sys.q shows %q, want ,`q3 and a time", got)
	}
	expect(t, run, [][2]string{
		{`\l grades.q`, "name         assignment  test  lab        mark   letter\n" +
			"-------------------------------------------------------\n" +
			"JackFrost    80 50 40 20 75 75 78.2 77.2  72.79  C\n" +
			"JamesPotter  82 56 44 30 80 80 67.9 78.72 75.962 C\n" +
			"DylanRhodes  77 82 23 39 78 77 80   80    75.775 C\n" +
			"JessicaStone 67 55 77 21 40 50 69   44.56 48.356 E\n" +
			"TomHanks     29 89 60 56 65 56 50   40.6  57.26  E\n" +
			"\"Class average: 66.0286\"\n" +
			"\"Class letter grade: D\""},
		// a line is cut at the console width with .. as the console cuts it
		// (docs/basics/cmdline.md, q sp.q)
		{`\l long.q`, "+`p`city!(`p$`p1`p2`p3`p4`p5`p6`p1`p2;`london`london`london`london`london`lon.."},
	})
}

// TestLoadFromQHOME: \l finds a relative path that is not in the current
// directory in QHOME (docs/kb/versions.md: \l ../sp.q from a home
// directory loads the sp.q beside QHOME), and sp.q, the example database
// of q's installation, loads even when QHOME has no copy of it
// (docs/basics/syscmds.md: \a after \l sp.q is `p`s`sp;
// docs/learn/tour/index.md: sp 0).
func TestLoadFromQHOME(t *testing.T) {
	home := t.TempDir()
	t.Setenv("QHOME", home+"/v4")
	if err := os.MkdirAll(home+"/v4", 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(home+"/util.q", []byte("u:42\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, run := fileSession(t)
	expect(t, run, [][2]string{
		{`\l ../util.q`, ""},
		{"u", "42"},
		// a trailing comment is no part of the name (docs/basics/syscmds.md:
		// \l sp.q            / load sp.q script)
		{"u:0", ""},
		{`\l ../util.q      / load it again`, ""},
		{"u", "42"},
	})
	// its echo is checked by lines: the second is q's but for the `s# q
	// puts on the key of select ... by, which qgo does not yet
	echo := strings.Split(run(`\l sp.q`), "\n")
	if len(echo) != 3 || echo[0] != "+`p`city!(`p$`p1`p2`p3`p4`p5`p6`p1`p2;`london`london`london`london`london`lon.." ||
		echo[2] != "+`s`p`qty!(`s$`s1`s1`s1`s2`s3`s4;`p$`p1`p4`p6`p2`p2`p4;300 200 100 400 200 300)" {
		t.Errorf("\\l sp.q shows %q", echo)
	}
	expect(t, run, [][2]string{
		{`\a`, "`p`s`sp"},
		{"sp 0", "s  | `s$`s1\np  | `p$`p1\nqty| 300"},
		{`\l nothere.q`, "'nothere.q. OS reports: No such file or directory"},
	})
}

// A system command's indented continuation lines belong to it, as they do
// to any statement of a script: KX's taq/daily.q and taq/adj.q time a
// select written over two lines (\t a:select .. from trade\n where ..).
func TestScriptSystemContinued(t *testing.T) {
	_, run := fileSession(t)
	src := "t:([]a:1 2 3)\n\\t r:select sum a from t\n  where a>1\n\\d .x\nf:1\n\\d .\n"
	if err := os.WriteFile("cont.q", []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	// the \t line shows its time, as the console would
	if got := run(`\l cont.q`); !regexp.MustCompile(`^[0-9]+$`).MatchString(got) {
		t.Errorf("\\l cont.q shows %q, want a time", got)
	}
	expect(t, run, [][2]string{
		{`r`, "a\n-\n5"},
		{`.x.f`, "1"},
	})
}
