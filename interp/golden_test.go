package interp

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the expected output of testdata/*.q transcripts")

// transcript is one q) input and the console output expected after it.
type transcript struct {
	line int // 1-based line of the q) input
	in   string
	want []string
}

// readTranscripts splits a golden file into inputs and expected outputs.
func readTranscripts(t *testing.T, path string) []transcript {
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []transcript
	for i, l := range strings.Split(strings.TrimRight(string(data), "\n"), "\n") {
		if in, ok := strings.CutPrefix(l, "q)"); ok {
			out = append(out, transcript{line: i + 1, in: in})
			continue
		}
		if len(out) == 0 {
			continue // preamble before the first input
		}
		out[len(out)-1].want = append(out[len(out)-1].want, l)
	}
	return out
}

// runLine evaluates one input as the console does and returns all it
// prints: side output first, then the result or the error.
func runLine(in *Interp, buf *bytes.Buffer, src string) []string {
	buf.Reset()
	text, err := in.Line(src)
	got := buf.String()
	if err != nil {
		got += err.Error() + "\n"
	} else if text != "" {
		got += text + "\n"
	}
	if got == "" {
		return nil
	}
	return strings.Split(strings.TrimSuffix(got, "\n"), "\n")
}

// TestGolden replays every testdata/*.q transcript in a fresh session and
// compares the output line by line. With -update it rewrites the files.
func TestGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.q")
	if len(files) == 0 {
		t.Fatal("no transcripts in testdata")
	}
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			t.Parallel()
			replayTranscript(t, path)
		})
	}
}

// replayTranscript replays the transcript at path through a fresh session
// in the current directory and checks each output; with -update it
// rewrites the expected output.
func replayTranscript(t *testing.T, path string) {
	t.Helper()
	var buf bytes.Buffer
	in := New(&buf)
	in.SetErr(&buf)
	var rewritten []string
	for _, tr := range readTranscripts(t, path) {
		if strings.HasPrefix(strings.TrimSpace(tr.in), "/") {
			rewritten = append(rewritten, "q)"+tr.in)
			rewritten = append(rewritten, tr.want...)
			continue
		}
		got := runLine(in, &buf, tr.in)
		rewritten = append(rewritten, "q)"+tr.in)
		rewritten = append(rewritten, got...)
		if !*update && !sameLines(got, tr.want) {
			t.Errorf("%s:%d: q)%s\ngot:\n%s\nwant:\n%s", path, tr.line, tr.in,
				strings.Join(got, "\n"), strings.Join(tr.want, "\n"))
		}
	}
	if *update {
		if err := os.WriteFile(path, []byte(strings.Join(rewritten, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// sameLines compares console output ignoring trailing blanks on each line:
// the transcripts quoted in the KX documentation have lost them.
func sameLines(got, want []string) bool {
	if len(got) != len(want) {
		return false
	}
	for i := range got {
		if strings.TrimRight(got[i], " ") != strings.TrimRight(want[i], " ") {
			return false
		}
	}
	return true
}
