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
