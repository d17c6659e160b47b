// Package qgotest holds what qgo's end-to-end tests share: building the
// qgo binary once per test binary, and an output buffer that exec's
// copying goroutine and the test may use at the same time.
package qgotest

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// Build builds qgo from the module root into a new temporary directory
// named with prefix. It returns the binary's path, the module root, and a
// function that removes the directory.
// A package that calls Build also has a test that calls RecordSources.
func Build(prefix string) (bin, root string, cleanup func(), err error) {
	out, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		return "", "", nil, fmt.Errorf("go env GOMOD: %w", err)
	}
	root = filepath.Dir(strings.TrimSpace(string(out)))
	builtRoot = root
	dir, err := os.MkdirTemp("", prefix)
	if err != nil {
		return "", "", nil, err
	}
	cleanup = func() { os.RemoveAll(dir) }
	bin = filepath.Join(dir, "qgo")
	build := exec.Command("go", "build", "-o", bin, ".")
	build.Dir = root
	build.Env = append(os.Environ(), "CGO_ENABLED=0") // static: each process starts sooner
	if out, err := build.CombinedOutput(); err != nil {
		cleanup()
		return "", "", nil, fmt.Errorf("go build: %w\n%s", err, out)
	}
	return bin, root, cleanup, nil
}

// Buffer is a bytes.Buffer that is safe for concurrent Write and String.
type Buffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

// Write appends p.
func (b *Buffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

// String returns what has been written so far.
func (b *Buffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

// builtRoot is the module root of the last Build.
var builtRoot string

// RecordSources makes the files the binary was built from inputs of the
// calling package's cached test result. The build runs as another
// process, so go test's result cache does not see the sources it reads: a
// package whose tests run the binary would report a cached "ok" after a
// change to interp/. RecordSources stats every file under the module root
// but hidden folders (.git, .ci) from the test's own process, where go
// test records what a test looks at; it must run inside a test, not in
// TestMain, whose file accesses go test does not record.
func RecordSources(t testing.TB) {
	t.Helper()
	if builtRoot == "" {
		t.Fatal("RecordSources before Build")
	}
	if err := statSources(builtRoot); err != nil {
		t.Fatal(err)
	}
}

// statSources stats every file under root but hidden folders.
func statSources(root string) error {
	return filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() {
			if path != root && strings.HasPrefix(name, ".") {
				return filepath.SkipDir
			}
			return nil
		}
		_, err = os.Stat(path)
		return err
	})
}
