//go:build unix

package e2e_test

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

// \1 and \2 send the process's stdout and stderr to the end of files,
// making their folders; \1 /dev/stdin sends stdout back
// (docs/basics/syscmds.md).
func TestRedirectStdoutStderr(t *testing.T) {
	dir := t.TempDir()
	script := filepath.Join(dir, "r.q")
	os.WriteFile(filepath.Join(dir, "t1.txt"), []byte("before\n"), 0o644)
	src := "\\1 " + filepath.Join(dir, "t1.txt") + "\n" +
		"\\2 " + filepath.Join(dir, "logs", "t2.txt") + "\n" +
		"-1 \" \" sv string til 3;\n" +
		"-2 \"to stderr\";\n" +
		"\\1 /dev/stdin\n" +
		"-1 \"back\";\n" +
		"exit 0\n"
	if err := os.WriteFile(script, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, qgo, script, "-q").Output()
	if err != nil {
		t.Fatalf("qgo: %v", err)
	}
	if string(out) != "back\n" {
		t.Errorf("stdout after \\1 /dev/stdin: %q, want %q", out, "back\n")
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "t1.txt")); string(b) != "before\n0 1 2\n" {
		t.Errorf("t1.txt: %q, want the new line appended", b)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "logs", "t2.txt")); string(b) != "to stderr\n" {
		t.Errorf("logs/t2.txt: %q", b)
	}
}
