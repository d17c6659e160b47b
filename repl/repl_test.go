package repl

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"
)

// fake evaluates "x" to "=x", "'msg" to the error 'msg, "quit n" to an
// exit with status n, and "" to nothing.
type fake struct {
	lines      []string
	interrupts chan struct{}
}

type qError string

func (e qError) Error() string { return "'" + string(e) }

type exit int

func (e exit) Error() string { return "exit" }
func (e exit) ExitCode() int { return int(e) }

func (f *fake) Eval(line string) (string, error) {
	f.lines = append(f.lines, line)
	var n int
	switch {
	case line == "":
		return "", nil
	case strings.HasPrefix(line, "'"):
		return "", qError(line[1:])
	}
	if _, err := fmt.Sscanf(line, "quit %d", &n); err == nil {
		return "", fmt.Errorf("wrapped: %w", exit(n))
	}
	return "=" + line, nil
}

func (f *fake) Interrupt() { f.interrupts <- struct{}{} }

// run feeds input to a non-interactive console with stdout and stderr
// going to one buffer, as in the conformance harness's pipe.
func run(t *testing.T, input string) (ev *fake, output string, code int) {
	t.Helper()
	var b strings.Builder
	c, err := New(Options{In: strings.NewReader(input), Out: &b, Err: &b})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	ev = &fake{}
	code = c.Run(ev)
	return ev, b.String(), code
}

func TestRun(t *testing.T) {
	tests := []struct {
		name, input, output string
		code                int
	}{
		{"empty input", "", "", 0},
		{"results", "a\nb\n", "=a\n=b\n", 0},
		{"no final newline", "a\nb", "=a\n=b\n", 0},
		{"crlf", "a\r\nb\r\n", "=a\n=b\n", 0},
		{"nothing to print", "a\n\nb\n", "=a\n=b\n", 0},
		{"errors in order", "a\n'type\nb\n'length\n", "=a\n'type\n=b\n'length\n", 0},
		{"exit stops reading", "a\nquit 3\nb\n", "=a\n", 3},
		{"exit 0", "quit 0\n", "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, out, code := run(t, tt.input)
			if out != tt.output || code != tt.code {
				t.Errorf("input %q:\ngot  %q, exit %d\nwant %q, exit %d", tt.input, out, code, tt.output, tt.code)
			}
		})
	}
}

func TestLinesReachEvaluator(t *testing.T) {
	ev, _, _ := run(t, "a\n\n  b \r\nquit 0\nc\n")
	if want := []string{"a", "", "  b ", "quit 0"}; !slices.Equal(ev.lines, want) {
		t.Errorf("evaluator saw %q, want %q", ev.lines, want)
	}
}

func TestLongLine(t *testing.T) {
	long := strings.Repeat("x", 1<<20)
	ev, out, _ := run(t, long+"\nb\n")
	if len(ev.lines) != 2 || ev.lines[0] != long || out != "="+long+"\n=b\n" {
		t.Errorf("a 1 MiB line was not read whole")
	}
}

func TestSeparateStreams(t *testing.T) {
	var out, errOut strings.Builder
	c, err := New(Options{In: strings.NewReader("a\n'rank\n"), Out: &out, Err: &errOut})
	if err != nil {
		t.Fatal(err)
	}
	c.Run(&fake{})
	if out.String() != "=a\n" || errOut.String() != "'rank\n" {
		t.Errorf("stdout %q, stderr %q", out.String(), errOut.String())
	}
	if c.Stdout() != &out {
		t.Error("Stdout() is not Options.Out when not interactive")
	}
}

// blockingReader blocks until released, as a terminal does between lines.
type blockingReader struct{ release chan struct{} }

func (r blockingReader) Read([]byte) (int, error) {
	<-r.release
	return 0, errors.New("released")
}

func TestInterruptsForwarded(t *testing.T) {
	sigs := make(chan os.Signal, 1)
	in := blockingReader{make(chan struct{})}
	var b strings.Builder
	c, err := New(Options{In: in, Out: &b, Err: &b, Interrupts: sigs})
	if err != nil {
		t.Fatal(err)
	}
	ev := &fake{interrupts: make(chan struct{})}
	code := make(chan int)
	go func() { code <- c.Run(ev) }()
	sigs <- syscall.SIGINT
	select {
	case <-ev.interrupts:
	case <-time.After(10 * time.Second):
		t.Fatal("the signal did not reach Interrupt")
	}
	close(in.release)
	if got := <-code; got != 1 {
		t.Errorf("Run returned %d after a read error, want 1", got)
	}
	if !strings.Contains(b.String(), "released") {
		t.Errorf("read error not reported: %q", b.String())
	}
}

// reader evaluates "ask" by reading the next console line itself (q's
// read0 0 during an evaluation) and gives it back.
type reader struct {
	fake
	c *Console
}

func (r *reader) Eval(line string) (string, error) {
	if line == "ask" {
		got, err := r.c.ReadLine()
		return fmt.Sprintf("got %q %v", got, err), nil
	}
	return r.fake.Eval(line)
}

// TestReadLineDuringEval checks that an evaluation can take the next input
// line, which the console then does not evaluate, and sees the end of
// the input as io.EOF.
func TestReadLineDuringEval(t *testing.T) {
	var b strings.Builder
	c, err := New(Options{In: strings.NewReader("ask\nanswer\r\nb\nask\n"), Out: &b, Err: &b})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	r := &reader{c: c}
	c.Run(r)
	if want := "got \"answer\" <nil>\n=b\ngot \"\" EOF\n"; b.String() != want {
		t.Errorf("got %q, want %q", b.String(), want)
	}
}

// The history file ends with the last line typed once the console is
// closed, even when the editor had not written it yet (a line that ends
// the process, such as \\, races the editor's own write).
func TestKeepLast(t *testing.T) {
	file := filepath.Join(t.TempDir(), "history")
	for _, c := range []struct{ before, last, after string }{
		{"a\nb\n", `\\`, "a\nb\n\\\\\n"}, // not written: added
		{"a\n\\\\\n", `\\`, "a\n\\\\\n"}, // written (or a repeat): kept as it is
		{"", "x", "x\n"},
		{"ab\n", "b", "ab\nb\n"}, // a line that only ends like it
	} {
		if err := os.WriteFile(file, []byte(c.before), 0o600); err != nil {
			t.Fatal(err)
		}
		(&Console{history: file, last: c.last}).keepLast()
		if b, _ := os.ReadFile(file); string(b) != c.after {
			t.Errorf("%q then %q: %q, want %q", c.before, c.last, b, c.after)
		}
	}
}
