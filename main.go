// Command qgo is a q console: a Go re-implementation of the kdb+/q
// interpreter's read-evaluate-print loop.
//
// Usage:
//
//	qgo [script.q] [-q] [-c rows cols] [-P digits] [-p port] [-t ms] [args...]
//
// The options are q's: one dash and one letter, anywhere on the line; -c
// takes two values. A first argument that is not an option is a script,
// loaded before the console starts. Other arguments are left for .z.x.
//
// With a terminal on stdin, qgo edits lines behind the prompt `q)` and
// keeps its history in ~/.qgo_history. Otherwise it reads stdin line by
// line with no prompt and no echo, prints results on stdout and errors on
// stderr, and exits 0 at the end of input.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/signal"
	"path/filepath"

	"qgo/interp"
	"qgo/repl"
	"qgo/zns"
)

// version is printed in the banner.
const version = "0.1"

func main() { os.Exit(run()) }

// run wires the packages together and returns the exit status.
func run() int {
	o, err := parseArgs(os.Args[1:], os.Getenv)
	if err != nil {
		fmt.Fprintf(os.Stderr, "qgo: %v\n", err)
		return 1
	}
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt)
	con, err := repl.New(repl.Options{HistoryFile: historyFile(), Interrupts: sigs})
	if err != nil {
		fmt.Fprintf(os.Stderr, "qgo: %v\n", err)
		return 1
	}
	defer con.Close()

	q := interp.New(con.Stdout())
	q.SetConsoleSize(o.rows, o.cols)
	q.SetPrecision(o.precision)
	loop := zns.New(q, zns.Options{})
	done := make(chan int, 1)
	go func() { done <- loop.Run() }() // the loop goroutine
	defer func() { loop.Stop(); <-done }()

	if !o.quiet {
		fmt.Fprintf(con.Stdout(), "qgo %s: a q console in Go\n\n", version)
	}
	if o.script != "" {
		var x *zns.Exit
		switch err := load(loop, o.script); {
		case errors.As(err, &x):
			return x.Code
		case err != nil:
			fmt.Fprintln(os.Stderr, err)
		}
	}
	return con.Run(loop)
}

// load runs the script file name on the loop. A file it cannot read is
// reported as q does: 'name. OS reports: reason.
func load(loop *zns.Loop, name string) error {
	src, err := os.ReadFile(name)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return fmt.Errorf("'%s. OS reports: %v", name, err)
	}
	return loop.Load(string(src))
}

// historyFile is the console history file, ~/.qgo_history, or "" when
// there is no home directory.
func historyFile() string {
	home, err := os.UserHomeDir()
	if err != nil {
		return ""
	}
	return filepath.Join(home, ".qgo_history")
}
