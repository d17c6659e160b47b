// This file defines the console and its read-evaluate-print loop.

package repl

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"

	"github.com/chzyer/readline"
)

// Prompt is the console prompt when the Evaluator does not say otherwise.
const Prompt = "q)"

// Evaluator evaluates console lines. zns.Loop satisfies it.
type Evaluator interface {
	// Eval returns the text the console prints for line ("" prints
	// nothing) or an error, printed as its Error() text. An error with a
	// method ExitCode() int ends the console with that status instead.
	Eval(line string) (string, error)
	// Interrupt asks the evaluation in progress to stop. The console
	// calls it from its own signal-forwarding goroutine, and for Ctrl-C
	// at the prompt (which may stop a timer's handler).
	Interrupt()
}

// Prompter is an Evaluator that says which prompt to show: q), q.ns),
// q)) at a debug level. Prompt must be safe to call from any goroutine.
type Prompter interface {
	Prompt() string
}

// Completer is an Evaluator that completes names for Tab: the names that
// start with prefix. Complete is called on the line editor's goroutine.
type Completer interface {
	Complete(prefix string) []string
}

// Options configures a Console.
type Options struct {
	// In is the input. Nil means os.Stdin, and then the console is
	// interactive (line editor, prompt, history) if stdin is a terminal.
	In io.Reader
	// Out receives results; nil means os.Stdout. The console does not
	// buffer it, so results and errors reach the two streams in order.
	Out io.Writer
	// Err receives error messages; nil means os.Stderr.
	Err io.Writer
	// HistoryFile is where the editor keeps its history; "" keeps none.
	HistoryFile string
	// Interrupts, when not nil, delivers interrupt signals (Ctrl-C while
	// a line is evaluated); each one calls the Evaluator's Interrupt.
	Interrupts <-chan os.Signal
	// Quiet drops the prompt, as q's -q does.
	Quiet bool
	// Input, when not nil, is called once, on the console's goroutine,
	// when a console that is not interactive first reads some input: a
	// line to evaluate comes next (qgo starts catching Ctrl-C then).
	Input func()
}

// Console is one console session on stdin, stdout and stderr.
type Console struct {
	rl         *readline.Instance // the line editor; nil when not interactive
	in         *bufio.Reader      // the input when not interactive
	out, err   io.Writer
	red        bool // error messages are red: at a terminal, colour on (colour)
	interrupts <-chan os.Signal
	quiet      bool
	input      func()     // Options.Input, until it is called
	errMu      sync.Mutex // one error message at a time on err
	complete   *completer
	history    string // Options.HistoryFile, with the editor
	last       string // the last line the editor returned, for Close
}

// New makes a console. Close it when done, to restore the terminal.
func New(opts Options) (*Console, error) {
	c := &Console{out: opts.Out, err: opts.Err, interrupts: opts.Interrupts, quiet: opts.Quiet, input: opts.Input}
	if c.out == nil {
		c.out = os.Stdout
	}
	if c.err == nil {
		c.err = os.Stderr
	}
	if opts.In != nil || !readline.IsTerminal(int(os.Stdin.Fd())) {
		in := opts.In
		if in == nil {
			in = os.Stdin
		}
		c.in = bufio.NewReader(in)
		return c, nil
	}
	c.complete = &completer{}
	prompt := Prompt
	if c.quiet {
		prompt = ""
	}
	rl, err := readline.NewEx(&readline.Config{
		Prompt:       prompt,
		HistoryFile:  opts.HistoryFile,
		AutoComplete: c.complete,
		Stdout:       c.out,
		Stderr:       c.err,
	})
	if err != nil {
		return nil, fmt.Errorf("repl: starting the line editor: %w", err)
	}
	c.rl, c.out, c.err = rl, rl.Stdout(), rl.Stderr()
	c.history = opts.HistoryFile
	c.red = colour(os.Getenv, int(os.Stdout.Fd()))
	return c, nil
}

// colour reports whether error messages are coloured: when stdout is a
// terminal, NO_COLOR is unset or empty (https://no-color.org) and TERM is
// not dumb, the rule github.com/fatih/color follows, decided here when
// the line editor starts rather than from its package-level NoColor, so
// the console's own stdout is the one asked.
func colour(getenv func(string) string, stdout int) bool {
	return getenv("NO_COLOR") == "" && getenv("TERM") != "dumb" && readline.IsTerminal(stdout)
}

// red is msg in red: SGR 31 before it, SGR 0 (the attributes reset)
// after, as github.com/fatih/color writes it. The two escape sequences
// are written here rather than through that package, whose init (it
// asks whether stdout is a terminal and reads the environment) every
// start would pay, red or not. The Console calls it only when colour
// said yes.
func red(msg string) string { return "\x1b[31m" + msg + "\x1b[0m" }

// SetPrompt changes the prompt of the line being typed, and of the next
// ones until Run sets it from the Evaluator's Prompter again: an event
// other than a console line (a client's message that suspends at q)),
// say) may change the prompt while a line is typed. The editor shows it
// the next time it redraws the line, as it does after output. It does
// nothing without the editor or in quiet mode. It is safe to call from
// any goroutine.
func (c *Console) SetPrompt(p string) {
	if c.rl != nil && !c.quiet {
		c.rl.SetPrompt(p)
	}
}

// Interactive reports whether the console edits lines on a terminal.
func (c *Console) Interactive() bool { return c.rl != nil }

// Stdout is where all console output must go, the interpreter's
// included: in interactive mode it redraws the prompt and the half-typed
// line around output that arrives while a line is being typed. It is
// safe to use from any goroutine.
func (c *Console) Stdout() io.Writer { return c.out }

// Stderr is where the interpreter's own writes to stderr (`-2"text"`)
// must go, for the same reason as Stdout. It is safe to use from any
// goroutine.
func (c *Console) Stderr() io.Writer { return c.err }

// Errors is where error messages that arrive on their own (a timer
// handler's) must go: each Write is one message, printed in red when
// colour is on, with the prompt redrawn after it. It is safe to use from
// any goroutine.
func (c *Console) Errors() io.Writer { return errorWriter{c} }

// errorWriter is the io.Writer Errors gives: it prints through the
// console's error path.
type errorWriter struct{ c *Console }

// Write prints b, one error message, as printError prints an error (red
// when colour is on, the prompt redrawn after it).
func (w errorWriter) Write(b []byte) (int, error) {
	w.c.printError(strings.TrimSuffix(string(b), "\n"))
	return len(b), nil
}

// Run reads lines until the end of input or an exit, evaluating each with
// ev and printing the result, and returns the exit status: 0 at the end
// of input, the error's ExitCode() on an exit, 1 if reading fails.
func (c *Console) Run(ev Evaluator) int {
	code, _ := c.RunWhile(ev, nil)
	return code
}

// RunWhile is Run for as long as more, asked before each line is read,
// says to go on (nil: always). It returns Run's status and true when
// the console has ended; false when more said to stop, with the rest of
// the input left for a later Run. A caller serving lines on its own
// goroutine reads the next one itself only while nothing else can
// happen meanwhile (zns's Loop.Inline).
func (c *Console) RunWhile(ev Evaluator, more func() bool) (int, bool) {
	if c.interrupts != nil {
		done := make(chan struct{})
		defer close(done)
		go forwardInterrupts(c.interrupts, done, ev)
	}
	if cp, ok := ev.(Completer); ok && c.complete != nil {
		c.complete.set(cp)
	}
	for {
		if more != nil && !more() {
			return 0, false
		}
		line, err := c.readLine(ev)
		if err == io.EOF {
			return 0, true
		}
		if err != nil {
			fmt.Fprintf(c.err, "qgo: reading input: %v\n", err)
			return 1, true
		}
		text, err := ev.Eval(line)
		var x interface{ ExitCode() int }
		switch {
		case errors.As(err, &x):
			return x.ExitCode(), true
		case err != nil:
			c.printError(err.Error())
		case text != "":
			io.WriteString(c.out, text+"\n")
		}
	}
}

// readLine returns the next input line without its line ending, or
// io.EOF. In the editor Ctrl-C clears the line (and interrupts whatever
// the evaluator is busy with, such as a timer's handler) and Ctrl-D ends
// the input.
func (c *Console) readLine(ev Evaluator) (string, error) {
	if c.rl != nil {
		for {
			if p, ok := ev.(Prompter); ok && !c.quiet {
				c.rl.SetPrompt(p.Prompt())
			}
			line, err := c.rl.Readline()
			if err != readline.ErrInterrupt {
				if err == nil {
					c.last = line
				}
				return line, err
			}
			ev.Interrupt()
		}
	}
	line, err := c.in.ReadString('\n')
	if err == io.EOF && line != "" {
		err = nil // a last line without a newline
	}
	if c.input != nil && line != "" {
		f := c.input
		c.input = nil
		f()
	}
	return strings.TrimSuffix(strings.TrimSuffix(line, "\n"), "\r"), err
}

// ReadLine reads the next input line for the evaluator (q's read0 0), with
// no prompt. It must be called only while a line is being evaluated (or
// before Run), when the console itself is not reading.
func (c *Console) ReadLine() (string, error) {
	if c.rl != nil {
		c.rl.SetPrompt("")
		line, err := c.rl.Readline()
		if err == readline.ErrInterrupt {
			return "", nil
		}
		return line, err
	}
	line, err := c.in.ReadString('\n')
	if err == io.EOF && line != "" {
		err = nil
	}
	return strings.TrimSuffix(strings.TrimSuffix(line, "\n"), "\r"), err
}

// printError prints an error message on its own line(s), red in the
// editor when colour is enabled.
func (c *Console) printError(msg string) {
	if c.red {
		msg = red(msg)
	}
	c.errMu.Lock()
	defer c.errMu.Unlock()
	io.WriteString(c.err, msg+"\n")
}

// Close restores the terminal and saves nothing further to the history.
func (c *Console) Close() error {
	if c.rl == nil {
		return nil
	}
	err := c.rl.Close()
	c.keepLast()
	return err
}

// keepLast makes sure the history file ends with the last line typed.
// The editor hands a line over before it writes it to the file, on its
// own goroutine, so a line that ends the process (\\, exit) could be
// lost; once the editor is closed it writes no more, and the line is
// added if it is missing (the editor leaves out only an empty line, and
// a repeat of the line before, which the file then ends with already).
func (c *Console) keepLast() {
	if c.history == "" || c.last == "" {
		return
	}
	f, err := os.OpenFile(c.history, os.O_RDWR|os.O_APPEND, 0)
	if err != nil {
		return
	}
	defer f.Close()
	want := "\n" + c.last + "\n" // the whole last line
	if st, err := f.Stat(); err == nil {
		n := min(st.Size(), int64(len(want)))
		tail := make([]byte, n)
		if _, err := f.ReadAt(tail, st.Size()-n); err == nil && strings.HasSuffix("\n"+string(tail), want) {
			return
		}
	}
	f.WriteString(want[1:])
}

// forwardInterrupts calls ev.Interrupt for every signal on sigs until done
// is closed. It runs on its own goroutine.
func forwardInterrupts(sigs <-chan os.Signal, done <-chan struct{}, ev Evaluator) {
	for {
		select {
		case <-sigs:
			ev.Interrupt()
		case <-done:
			return
		}
	}
}

// completer is the editor's Tab: it completes the name before the cursor
// with the Completer's names. It runs on the editor's goroutine.
type completer struct {
	mu sync.Mutex
	cp Completer
}

func (c *completer) set(cp Completer) {
	c.mu.Lock()
	c.cp = cp
	c.mu.Unlock()
}

// Do implements readline.AutoCompleter: the endings of the names that
// complete the word before pos, and the word's length.
func (c *completer) Do(line []rune, pos int) ([][]rune, int) {
	c.mu.Lock()
	cp := c.cp
	c.mu.Unlock()
	if cp == nil {
		return nil, 0
	}
	word := Word(line[:pos])
	if word == "" {
		return nil, 0
	}
	var out [][]rune
	for _, name := range cp.Complete(word) {
		if rest, ok := strings.CutPrefix(name, word); ok {
			out = append(out, []rune(rest))
		}
	}
	return out, len([]rune(word))
}

// Word is the name being typed at the end of s: the run of letters,
// digits, `_` and `.` before it, or "" when that is a number.
func Word(s []rune) string {
	i := len(s)
	for i > 0 && nameRune(s[i-1]) {
		i--
	}
	w := string(s[i:])
	if w == "" || (w[0] >= '0' && w[0] <= '9') {
		return ""
	}
	return w
}

func nameRune(r rune) bool {
	return r == '_' || r == '.' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
}
