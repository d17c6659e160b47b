package interp

import (
	"os"
	"path/filepath"
	"testing"
)

// Amending a file by its handle symbol (docs/ref/amend.md: d may be a
// handle to a datafile): kdb+tick starts its log with .[L;();:;()],
// which must write the same bytes as `:L set ().
func TestAmendFileByName(t *testing.T) {
	_, run := fileSession(t)
	expect(t, run, [][2]string{
		{".[`:log1;();:;()]", "`:log1"},
		{"`:log2 set ()", "`:log2"},
		{"read1 `:log1", "0xff01000000000000"},
		{"(read1`:log1)~read1`:log2", "1b"},
		{".[`:data;();:;1 2 3]", "`:data"},
		{"@[`:data;1;+;10]", "`:data"},
		{"get `:data", "1 12 3"},
		{".[`:data;();,;4 5]", "`:data"},
		{"get `:data", "1 12 3 4 5"},
		{"@[`:missing;0;+;1]", "'missing. OS reports: No such file or directory"},
	})
}

// \cd creates the directory it is given when it does not exist
// (docs/basics/syscmds.md), as kdb+tick's r.q relies on.
func TestCdCreates(t *testing.T) {
	_, run := fileSession(t)
	wd, _ := os.Getwd()
	expect(t, run, [][2]string{
		{`system "cd hdb/sym"`, ""},
		{`\cd`, `"` + filepath.Join(wd, "hdb", "sym") + `"`},
	})
	if st, err := os.Stat(filepath.Join(wd, "hdb", "sym")); err != nil || !st.IsDir() {
		t.Errorf("\\cd did not create hdb/sym: %v", err)
	}
}
