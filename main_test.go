package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// qgo is the binary under test, built once by TestMain.
var qgo string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "qgo-test")
	if err != nil {
		panic(err)
	}
	qgo = filepath.Join(dir, "qgo")
	build := exec.Command("go", "build", "-o", qgo, ".")
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		os.RemoveAll(dir)
		panic("go build: " + err.Error())
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// session runs qgo with args, stdin and the environment, in a scratch
// directory, and returns stdout, stderr and the exit status.
func session(t *testing.T, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	cmd := exec.Command(qgo, args...)
	cmd.Dir = t.TempDir()
	cmd.Stdin = strings.NewReader(stdin)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	var x *exec.ExitError
	switch {
	case errors.As(err, &x):
		code = x.ExitCode()
	case err != nil:
		t.Fatalf("running qgo: %v", err)
	}
	return out.String(), errOut.String(), code
}

func TestQuietEmptyInput(t *testing.T) {
	out, errOut, code := session(t, "", "-q")
	if out != "" || errOut != "" || code != 0 {
		t.Errorf("qgo -q </dev/null: stdout %q, stderr %q, exit %d; want nothing and 0", out, errOut, code)
	}
}

func TestBanner(t *testing.T) {
	out, _, code := session(t, "")
	if !strings.HasPrefix(out, "qgo ") || code != 0 {
		t.Errorf("qgo </dev/null: stdout %q, exit %d; want a banner and 0", out, code)
	}
}

func TestErrorLine(t *testing.T) {
	out, errOut, code := session(t, "1+`a\n", "-q")
	if out != "" || !strings.HasPrefix(errOut, "'") || code != 0 {
		t.Errorf("1+`a: stdout %q, stderr %q, exit %d; want a 'error on stderr and 0", out, errOut, code)
	}
}

func TestExitCommand(t *testing.T) {
	out, errOut, code := session(t, "\\\\\n1+`a\n", "-q")
	if out != "" || errOut != "" || code != 0 {
		t.Errorf(`\\ then 1+`+"`a"+`: stdout %q, stderr %q, exit %d; want nothing and 0`, out, errOut, code)
	}
}

func TestUnknownArgsIgnored(t *testing.T) {
	if _, errOut, code := session(t, "", "-q", "-abc", "123", "-P", "3"); code != 0 || errOut != "" {
		t.Errorf("stderr %q, exit %d", errOut, code)
	}
}

func TestBadOption(t *testing.T) {
	if _, errOut, code := session(t, "", "-q", "-P", "x"); code != 1 || !strings.HasPrefix(errOut, "qgo: ") {
		t.Errorf("-P x: stderr %q, exit %d; want a qgo: error and 1", errOut, code)
	}
}

func TestScript(t *testing.T) {
	dir := t.TempDir()
	write := func(name, src string) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}

	// A script ending with \\ exits before the console reads stdin.
	exits := write("exits.q", "/ a comment\n\\\\\n")
	if out, errOut, code := session(t, "1+`a\n", exits, "-q"); out != "" || errOut != "" || code != 0 {
		t.Errorf("exits.q: stdout %q, stderr %q, exit %d", out, errOut, code)
	}

	// An error stops the script; the console carries on.
	fails := write("fails.q", "1+`a\n\\\\\n")
	out, errOut, code := session(t, "\\\\\n", fails, "-q")
	if out != "" || !strings.HasPrefix(errOut, "'") || code != 0 {
		t.Errorf("fails.q: stdout %q, stderr %q, exit %d", out, errOut, code)
	}

	// A file that is not there is reported as q does.
	_, errOut, code = session(t, "", "nofile.q", "-q")
	if !strings.HasPrefix(errOut, "'nofile.q. OS reports: ") || code != 0 {
		t.Errorf("nofile.q: stderr %q, exit %d", errOut, code)
	}
}
