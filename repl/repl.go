// This file defines the console and its read-evaluate-print loop.

package repl

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/chzyer/readline"
	"github.com/fatih/color"
)

// Prompt is the console prompt.
const Prompt = "q)"

// Evaluator evaluates console lines. zns.Loop satisfies it.
type Evaluator interface {
	// Eval returns the text the console prints for line ("" prints
	// nothing) or an error, printed as its Error() text. An error with a
	// method ExitCode() int ends the console with that status instead.
	Eval(line string) (string, error)
	// Interrupt asks the evaluation in progress to stop. The console
	// calls it from its own signal-forwarding goroutine.
	Interrupt()
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
}

// Console is one console session on stdin, stdout and stderr.
type Console struct {
	rl         *readline.Instance // the line editor; nil when not interactive
	in         *bufio.Reader      // the input when not interactive
	out, err   io.Writer
	red        *color.Color // colours error messages; nil when not interactive
	interrupts <-chan os.Signal
}

// New makes a console. Close it when done, to restore the terminal.
func New(opts Options) (*Console, error) {
	c := &Console{out: opts.Out, err: opts.Err, interrupts: opts.Interrupts}
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
	rl, err := readline.NewEx(&readline.Config{
		Prompt:      Prompt,
		HistoryFile: opts.HistoryFile,
		Stdout:      c.out,
		Stderr:      c.err,
	})
	if err != nil {
		return nil, fmt.Errorf("repl: starting the line editor: %w", err)
	}
	c.rl, c.out, c.err = rl, rl.Stdout(), rl.Stderr()
	c.red = color.New(color.FgRed)
	return c, nil
}

// Stdout is where all console output must go, the interpreter's
// included: in interactive mode it redraws the prompt around output that
// arrives while a line is being typed. It is safe to use from any
// goroutine.
func (c *Console) Stdout() io.Writer { return c.out }

// Run reads lines until the end of input or an exit, evaluating each with
// ev and printing the result, and returns the exit status: 0 at the end
// of input, the error's ExitCode() on an exit, 1 if reading fails.
func (c *Console) Run(ev Evaluator) int {
	if c.interrupts != nil {
		done := make(chan struct{})
		defer close(done)
		go forwardInterrupts(c.interrupts, done, ev)
	}
	for {
		line, err := c.readLine()
		if err == io.EOF {
			return 0
		}
		if err != nil {
			fmt.Fprintf(c.err, "qgo: reading input: %v\n", err)
			return 1
		}
		text, err := ev.Eval(line)
		var x interface{ ExitCode() int }
		switch {
		case errors.As(err, &x):
			return x.ExitCode()
		case err != nil:
			c.printError(err)
		case text != "":
			io.WriteString(c.out, text+"\n")
		}
	}
}

// readLine returns the next input line without its line ending, or
// io.EOF. In the editor Ctrl-C clears the line and Ctrl-D ends the input.
func (c *Console) readLine() (string, error) {
	if c.rl != nil {
		for {
			line, err := c.rl.Readline()
			if err != readline.ErrInterrupt {
				return line, err
			}
		}
	}
	line, err := c.in.ReadString('\n')
	if err == io.EOF && line != "" {
		err = nil // a last line without a newline
	}
	return strings.TrimSuffix(strings.TrimSuffix(line, "\n"), "\r"), err
}

// printError prints an evaluation error on its own line, red in the
// editor when colour is enabled.
func (c *Console) printError(err error) {
	msg := err.Error()
	if c.red != nil {
		msg = c.red.Sprint(msg) // plain when colour is off
	}
	io.WriteString(c.err, msg+"\n")
}

// Close restores the terminal and saves nothing further to the history.
func (c *Console) Close() error {
	if c.rl == nil {
		return nil
	}
	return c.rl.Close()
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
