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

// upsert, which is .[;();,;], appends to a data file and writes the file
// when it is not there yet: a table, or items as a list (the intraday
// write-down white paper builds the day's column files so, one upsert a
// temporary partition). insert still wants a table.
func TestUpsertFileCreates(t *testing.T) {
	_, run := fileSession(t)
	expect(t, run, [][2]string{
		{"`:col upsert 10:00:00.000 10:00:01.000", "`:col"},
		{"`:col upsert 10:00:02.000", "`:col"},
		{"get `:col", "10:00:00.000 10:00:01.000 10:00:02.000"},
		{"sym:`eurusd`gbpusd", ""},
		{".[`:s;();,;`sym$`gbpusd`eurusd]", "`:s"},
		{".[`:s;();,;`sym$`eurusd]", "`:s"},
		{"get `:s", "`sym$`gbpusd`eurusd`eurusd"},
		{".[`:one;();,;42]", "`:one"},
		{"get `:one", ",42"},
		{"`:strs upsert (\"ab\";\"cde\")", "`:strs"},
		{"get `:strs", "\"ab\"\n\"cde\""},
		{"`:nope insert 1 2", "'type"},
	})
}
