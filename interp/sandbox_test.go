package interp

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSandboxPaths: under -u, a client's query that names a file outside
// the working directory, by any keyword that takes a path, is 'access;
// the same query inside the directory, or from the console, runs.
func TestSandboxPaths(t *testing.T) {
	wd := t.TempDir()
	out := t.TempDir() // a directory beside it, outside
	t.Chdir(wd)
	in := New(io.Discard)
	in.SetSettings(Settings{Sandbox: true})
	for _, s := range []string{
		"`:inside set 1 2 3", "`:inside.txt 0: (\"ab\";\"cd\")", "`:inside.bin 1: 0x0102",
		"`:" + out + "/outside set 4 5 6", "`:" + out + "/outside.txt 0: (\"ef\";\"gh\")",
		"`:" + out + "/t/ set ([]a:1 2)", "`:t/ set ([]a:1 2)", "x:([]a:1 2)",
	} {
		if got, err := in.Input(s); err != nil {
			t.Fatalf("console %s: %v %s", s, err, got)
		}
	}
	os.Symlink(out, filepath.Join(wd, "link"))
	// the console (handle 0) reaches anything
	if got, _ := in.Input("get `:" + out + "/outside"); got != "4 5 6" {
		t.Errorf("console get outside: %q", got)
	}
	restore := in.SetCaller(7, "client", 2130706433)
	defer restore()
	o := "`:" + out
	refused := []string{
		"get " + o + "/outside", "value " + o + "/outside", "read0 " + o + "/outside.txt",
		"read1 " + o + "/outside", "read0 (" + o + "/outside.txt;0;1)", "read1 (" + o + "/outside;0;2)",
		"(\"**\";\",\") 0: " + o + "/outside.txt", "(enlist\"j\";enlist 8) 1: " + o + "/outside",
		o + "/new set 1", o + "/new.txt 0: enlist\"x\"", o + "/new.bin 1: 0x00",
		"key " + o, "key " + o + "/outside", "hcount " + o + "/outside",
		"select from " + o + "/t", o + "/t upsert ([]a:enlist 3)", o + "/t insert ([]a:enlist 3)",
		".[" + o + "/outside;();,;7]", "@[" + o + "/outside;0;:;9]",
		"`a xasc " + o + "/t", "cols " + o + "/t", "meta " + o + "/t",
		o + "/sym?`a`b", "-11!" + o + "/outside", "-21!" + o + "/outside",
		"-19!(" + o + "/outside;`:z;17;2;6)", "get (" + o + ";`outside)",
		"`:../x set 1", "get `:../" + filepath.Base(out) + "/outside", "read0 `:/etc/passwd",
		"hdel `:inside.bin", "hopen `:inside.txt",
		"save `$\"" + out + "/x\"", "load `$\"" + out + "/outside\"",
		"rload `$\"" + out + "/t\"", "rsave `$\"" + out + "/x\"",
		".Q.par[" + o + ";2020.01.01;`t]",
	}
	for _, s := range refused {
		got, err := in.Input(s)
		if err == nil || !strings.Contains(err.Error(), "access") {
			t.Errorf("client %s: %q %v, want 'access", s, got, err)
		}
	}
	allowed := map[string]string{
		"get `:inside":                      "1 2 3",
		"read0 `:inside.txt":                "\"ab\"\n\"cd\"",
		"read1 `:inside.bin":                "0x0102",
		"select from `:t":                   "a\n-\n1\n2",
		"get `:link/outside":                "4 5 6", // a link inside is a name inside
		"`:sub/x set 8;get `:sub/x":         "8",
		"get `$\":\",\"" + wd + "/inside\"": "1 2 3",
	}
	for s, want := range allowed {
		if got, err := in.Input(s); err != nil || got != want {
			t.Errorf("client %s: %q %v, want %q", s, got, err, want)
		}
	}
}

// TestReval: reval evaluates as if -b and -u 1 were on (docs/ref/eval.md):
// updates of globals are 'noupdate, writes to files, deleting and opening
// them, exit and paths outside the working directory 'access, commands
// that change state 'noupdate; reading still works, .z.r says so, and the
// console is free again once reval returns, even by an error.
func TestReval(t *testing.T) {
	wd := t.TempDir()
	out := t.TempDir()
	t.Chdir(wd)
	in := New(io.Discard)
	o := "`:" + out
	for _, s := range []string{"a:1", "`:inside set 1 2 3", o + "/outside set 4 5 6", "f:{a::x}"} {
		if got, err := in.Input(s); err != nil {
			t.Fatalf("console %s: %v %s", s, err, got)
		}
	}
	refused := map[string]string{
		"reval(value;\"a:2\")":                    "noupdate",
		"reval(f;3)":                              "noupdate",
		"reval(set;enlist`a;4)":                   "noupdate",
		"reval(system;\"cd ..\")":                 "noupdate",
		"reval(set;enlist`:x;1)":                  "access",
		"reval(value;\"`:x 0: enlist\\\"x\\\"\")": "access",
		"reval(value;\"`:x 1: 0x00\")":            "access",
		"reval(value;\"`:inside upsert 4\")":      "access",
		"reval(hdel;enlist`:inside)":              "access",
		"reval(hopen;enlist`:inside)":             "access",
		"reval(get;enlist " + o + "/outside)":     "access",
		"reval(exit;0)":                           "access",
		"reval(value;\"save `a\")":                "access",
	}
	for s, want := range refused {
		got, err := in.Input(s)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: %q %v, want '%s", s, got, err, want)
		}
	}
	if _, err := os.Stat(filepath.Join(wd, "x")); err == nil {
		t.Errorf("reval wrote the file x")
	}
	allowed := [][2]string{
		{"a", "1"},
		{"reval(+;1;2)", "3"},
		{"reval(get;enlist`:inside)", "1 2 3"},
		{"reval(value;\"sum til a+9\")", "45"},
		{"reval(system;\"v\")", ",`a"},
		{".z.r", "0b"},
		{"reval(value;\".z.r\")", "1b"},
		{"a:5;a", "5"},
		{"get " + o + "/outside", "4 5 6"},
	}
	for _, c := range allowed {
		if got, err := in.Input(c[0]); err != nil || got != c[1] {
			t.Errorf("%s: %q %v, want %q", c[0], got, err, c[1])
		}
	}
}

// TestRevalPeach: reval's refusals hold in peach's secondary threads,
// whose sessions take them from the one running reval: before, under
// -s 2, reval(value;"{`:x set 1} peach 1 2") wrote x and hdel deleted.
func TestRevalPeach(t *testing.T) {
	wd := t.TempDir()
	t.Chdir(wd)
	in := threads(2, io.Discard)
	mustEval(t, in, "`:keep set 1 2")
	for _, s := range []string{
		"reval(value;\"{`:x set 1 2} peach 1 2\")",
		"reval(value;\"{hdel `:keep} peach 1 2\")",
		"reval(value;\"{.[`:keep;();,;3]} peach 1 2\")",
	} {
		if got, err := in.Input(s); err == nil || !strings.Contains(err.Error(), "access") {
			t.Errorf("%s: %q %v, want 'access", s, got, err)
		}
	}
	if _, err := os.Stat(filepath.Join(wd, "x")); err == nil {
		t.Error("reval wrote the file x from peach")
	}
	if got, err := in.Input("get`:keep"); err != nil || got != "1 2" {
		t.Errorf("keep: %q %v, want 1 2", got, err)
	}
	if got, err := in.Input("{x+1} peach 1 2"); err != nil || got != "2 3" {
		t.Errorf("peach after reval: %q %v", got, err)
	}
}
