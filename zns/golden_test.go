package zns

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"qgo/interp"
)

var update = flag.Bool("update", false, "rewrite the expected output of testdata/*.q transcripts")

// prompt matches a console prompt at the start of a transcript line: q),
// q.ns), q)) …
var prompt = regexp.MustCompile(`^q(\.[A-Za-z0-9_.]*)?\)+`)

// TestGolden replays each testdata/*.q transcript through a loop over a
// real interpreter, as a person at the console would type it: the prompt
// before each input must be the one the transcript shows, and the output
// is compared in full, errors with their location lines. With -update it
// rewrites the expected output.
func TestGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.q")
	if len(files) == 0 {
		t.Fatal("no transcripts in testdata")
	}
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			var out bytes.Buffer
			q := interp.New(&out)
			q.SetErr(&out)
			q.SetSuspend(true)
			l := New(q, Options{Errors: &out})
			q.SetHost(l)
			go l.Run()
			defer func() {
				l.Stop()
				<-l.Done()
			}()

			lines := strings.Split(strings.TrimRight(string(data), "\n"), "\n")
			var rewritten []string
			for i := 0; i < len(lines); i++ {
				p := prompt.FindString(lines[i])
				if p == "" {
					t.Fatalf("%s:%d: expected an input line, got %q", path, i+1, lines[i])
				}
				in := lines[i][len(p):]
				var want []string
				for i+1 < len(lines) && prompt.FindString(lines[i+1]) == "" {
					i++
					want = append(want, lines[i])
				}
				if got := l.Prompt(); got != p {
					t.Errorf("%s: before %q the prompt is %q, want %q", path, in, got, p)
				}
				rewritten = append(rewritten, l.Prompt()+in)
				if strings.HasPrefix(strings.TrimSpace(in), "/") {
					rewritten = append(rewritten, want...)
					continue
				}
				out.Reset()
				text, err := l.Eval(in)
				got := out.String()
				if err != nil {
					got += err.Error() + "\n"
				} else if text != "" {
					got += text + "\n"
				}
				var gotLines []string
				if got != "" {
					gotLines = strings.Split(strings.TrimSuffix(got, "\n"), "\n")
				}
				rewritten = append(rewritten, gotLines...)
				if !*update && strings.Join(gotLines, "\n") != strings.Join(want, "\n") {
					t.Errorf("%s: %s%s\ngot:\n%s\nwant:\n%s", path, p, in, strings.Join(gotLines, "\n"), strings.Join(want, "\n"))
				}
			}
			if *update {
				if err := os.WriteFile(path, []byte(strings.Join(rewritten, "\n")+"\n"), 0o644); err != nil {
					t.Fatal(err)
				}
			}
		})
	}
}
