package main

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// outsideRef finds the two ways a file can name a path outside the
// repository: a relative path that climbs out of it (`../x` from a file
// near the top), and an absolute path into a machine's work folders.
var (
	relRef = regexp.MustCompile(`(?:\.\./)+[A-Za-z0-9_.-]+`)
	absRef = regexp.MustCompile(`(?:^|[\s"'(\x60=:])(/(?:work|root|tmp/studio)/[A-Za-z0-9_./-]+)`)
	// docRef is a project document named by its file name alone (README.md,
	// DESIGN.md): one the repository must hold.
	docRef = regexp.MustCompile(`\b[A-Z][A-Z0-9_-]*\.md\b`)
)

// TestNoPathOutsideRepo checks that no file of the repository refers to a
// path outside it: a fresh clone is all a user has, so a README pointing
// at ../something, or a test reading /work/..., works on no one else's
// machine.
func TestNoPathOutsideRepo(t *testing.T) {
	root, err := filepath.Abs(".")
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	names := map[string]bool{} // the file names in the repository
	type mention struct{ at, doc string }
	var docs []mention
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		hidden := path != root && strings.HasPrefix(d.Name(), ".") && d.Name() != ".ci"
		switch {
		case d.IsDir() && hidden:
			return filepath.SkipDir // .git and editor folders
		case d.IsDir() || hidden || d.Name() == "repo_test.go":
			return nil // this file names such paths to test the patterns
		}
		names[d.Name()] = true
		data, err := os.ReadFile(path)
		if err != nil || bytes.IndexByte(data, 0) >= 0 {
			return err // binary files name no paths
		}
		checked++
		rel, _ := filepath.Rel(root, path)
		for i, line := range strings.Split(string(data), "\n") {
			for _, m := range docRef.FindAllString(line, -1) {
				docs = append(docs, mention{fmt.Sprintf("%s:%d", rel, i+1), m})
			}
			for _, m := range relRef.FindAllString(line, -1) {
				target := filepath.Join(filepath.Dir(path), m)
				if r, err := filepath.Rel(root, target); err != nil || strings.HasPrefix(r, "..") {
					t.Errorf("%s:%d: %q climbs out of the repository", rel, i+1, m)
				}
			}
			for _, m := range absRef.FindAllStringSubmatch(line, -1) {
				t.Errorf("%s:%d: %q is a path on one machine", rel, i+1, m[1])
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if checked < 50 {
		t.Fatalf("only %d files checked: the walk did not see the repository", checked)
	}
	for _, m := range docs {
		if !names[m.doc] {
			t.Errorf("%s: %s is no file of the repository", m.at, m.doc)
		}
	}
}

// TestOutsideRefPatterns checks the patterns themselves, so that the test
// above cannot pass by matching nothing.
func TestOutsideRefPatterns(t *testing.T) {
	for _, s := range []string{"see `../elsewhere/DESIGN.md`", "kept in ../../x.md"} {
		if !relRef.MatchString(s) {
			t.Errorf("relRef misses %q", s)
		}
	}
	for _, s := range []string{"frames in /work/notes/ipc-wire.md.", `open("/root/q.q")`} {
		if !absRef.MatchString(s) {
			t.Errorf("absRef misses %q", s)
		}
	}
	for _, s := range []string{"kept in DESIGN.md 3.4", "(see NOTES.md)"} {
		if !docRef.MatchString(s) {
			t.Errorf("docRef misses %q", s)
		}
	}
	for _, s := range []string{"docs/basics/debug.md", "readme.md"} {
		if docRef.MatchString(s) {
			t.Errorf("docRef matches %q", s)
		}
	}
	for _, s := range []string{"https://code.kx.com/q/ref/", "a/b/c", "/usr/bin/chromium", "`:/home/kdb/data"} {
		if absRef.MatchString(s) {
			t.Errorf("absRef matches %q", s)
		}
	}
}
