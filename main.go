// Command qgo is a q console: a Go re-implementation of the kdb+/q
// interpreter's read-evaluate-print loop.
//
// Usage:
//
//	qgo [script.q] [-p port] [-t ms] [-o N] [-u file] [-U file] [-c rows cols] [-P digits]
//	    [-q] [-e 0|1|2] [-E 0|1|2] [-s n] [-S seed] [-w MB] [-T seconds] [-g 0|1] [-W n] [args...]
//
// The options are q's: one dash and one letter, anywhere on the line; -c
// takes two values. A first argument that is not an option is a script,
// loaded before the console starts. Other arguments are left for .z.x.
//
// With a terminal on stdin, qgo edits lines behind the prompt `q)` and
// keeps its history in ~/.qgo_history. Otherwise it reads stdin line by
// line with no prompt and no echo, prints results on stdout and errors on
// stderr, and exits 0 at the end of input (unless it is listening on a
// port, when it keeps serving as q does).
//
// The binary is built with the Go runtime's update of GOMAXPROCS off
// (updatemaxprocs=0, https://go.dev/doc/godebug): GOMAXPROCS is set at
// start-up from the CPUs and the container's CPU limit, and not looked at
// again. Since Go 1.25 the runtime otherwise starts a goroutine at every
// start that re-reads the limit each second, waking a thread for it:
// about 0.5 ms of the 2.5 ms a session takes to start, run a line and
// exit. A limit changed while qgo runs is not followed, as with Go 1.24;
// q sets its own parallelism (-s).
//
//go:debug updatemaxprocs=0
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"

	"qgo/interp"
	"qgo/interp/k"
	"qgo/netipc"
	"qgo/repl"
	"qgo/zns"
)

// version is printed in the banner.
const version = "0.1"

func main() {
	zns.GrowStack() // bootstrap and the first lines parse and evaluate here
	os.Exit(run())
}

// run wires the packages together and returns the exit status.
func run() int {
	o, err := parseArgs(os.Args[1:], os.Getenv)
	if err != nil {
		fmt.Fprintf(os.Stderr, "qgo: %v\n", err)
		return 1
	}
	// Ctrl-C stops what is running, a startup script included; it is
	// caught from before the loop runs any q code when a person is at
	// the console, else once it is needed (interrupt.go).
	var sigs interrupts
	con, err := repl.New(repl.Options{HistoryFile: historyFile(), Quiet: o.quiet,
		Out: sigs.writer(os.Stdout), Err: sigs.writer(os.Stderr), Input: sigs.prime})
	if err != nil {
		fmt.Fprintf(os.Stderr, "qgo: %v\n", err)
		return 1
	}
	defer con.Close()

	q := interp.New(con.Stdout())
	q.SetErr(con.Stderr())
	q.SetConsoleSize(o.rows, o.cols)
	q.SetConsoleInput(con.ReadLine) // read0 0
	q.SetPrecision(o.precision)
	q.SetEnv(interp.Env{Script: o.script, Args: o.args, Raw: os.Args, Quiet: o.quiet})
	q.SetSettings(settings(o))
	q.SetSuspend(con.Interactive()) // the q)) debugger, for a person at a terminal
	loop := zns.New(q, zns.Options{Errors: con.Errors(), Passwords: settings(o).PasswordFile, Out: con.Stdout(),
		Prompted: con.SetPrompt}) // q)) when a client's message suspends (\e 1) as a line is typed
	logf := func(format string, args ...any) {
		fmt.Fprintf(con.Errors(), "qgo: "+format+"\n", args...)
	}
	web := netipc.NewWeb(loop, netipc.WebOptions{Logf: logf, // HTTP and WebSockets on the same port
		Room: func(n int) error { return k.Room(n, 1) }})
	srv := netipc.New(loop, netipc.Options{
		Decompress: k.Uncompress,
		Room:       func(n int) error { return k.Room(n, 1) },
		Unix:       true, // and kdb+'s Unix socket beside each TCP port
		HTTP:       web.Serve,
		Logf:       logf,
		// the loop resumes them (zns.Loop.next)
		ResumeOnIdle: true,
	})
	if o.tls > 0 { // -E: certificates from KX_SSL_CERT_FILE and the rest, as kdb+ reads them
		cfg, err := netipc.TLSConfig(os.Getenv, true)
		if err != nil {
			fmt.Fprintf(con.Errors(), "qgo: -E %d: %v\n", o.tls, err)
			return 1
		}
		srv.SetTLS(o.tls, cfg)
	}
	defer srv.Close() // after the loop: closes the connections, waits for their goroutines
	defer web.Close()
	loop.SetNet(zns.WithWeb(srv, web))
	q.SetHost(loop)
	sigs.forward(loop)
	if con.Interactive() || o.port != "" {
		sigs.arm()
	} else {
		sigs.armLater()
	}
	if con.Interactive() {
		go loop.Run() // the loop goroutine
	} else {
		// Without a person at the console nothing suspends, and until a
		// port, a timer or a connection is opened there is nothing for a
		// loop goroutine to wait for: the options, the scripts and the
		// console's lines are served on this goroutine, no hand-overs.
		loop.Start()
	}
	if !o.quiet {
		fmt.Fprintf(con.Stdout(), "qgo %s: a q console in Go\n\n", version)
	}
	start := []string{}
	if o.port != "" {
		start = append(start, "p "+o.port)
	}
	if o.seed != "" {
		start = append(start, "S "+o.seed)
	}
	if o.timer > 0 {
		start = append(start, "t "+strconv.Itoa(o.timer))
	}
	if o.offset != "" {
		start = append(start, "o "+o.offset)
	}
	if o.dateFmt != "" {
		start = append(start, "z "+o.dateFmt)
	}
	if o.gc != "" {
		start = append(start, "g "+o.gc)
	}
	if o.week != "" {
		start = append(start, "W "+o.week)
	}
	for _, cmd := range start {
		if code, exit := report(con.Errors(), loop.Command(cmd)); exit {
			return code
		}
	}
	if init := initScript(os.Getenv); init != "" {
		// q.q (or $QINIT) runs after q's own start-up, before the script
		if _, err := os.Stat(init); err == nil {
			if code, exit := report(con.Errors(), loop.LoadFile(init)); exit {
				return code
			}
		}
	}
	if o.script != "" {
		if code, exit := report(con.Errors(), loop.LoadFile(o.script)); exit {
			return code
		}
	}
	if loop.Inline() { // read the console here while nothing else can happen
		if code, ended := con.RunWhile(loop, loop.Inline); ended {
			loop.EndOfInput(code)
			return loop.Wait()
		}
	}
	go func() { loop.EndOfInput(con.Run(loop)) }() // the console goroutine
	return loop.Wait()
}

// initScript is the file q loads at start-up in the root namespace:
// $QINIT, else q.q in $QHOME ($HOME/q when QHOME is unset); "" if neither
// can be named.
func initScript(getenv func(string) string) string {
	if p := getenv("QINIT"); p != "" {
		return p
	}
	home := getenv("QHOME")
	if home == "" {
		h := getenv("HOME")
		if h == "" {
			return ""
		}
		home = filepath.Join(h, "q")
	}
	return filepath.Join(home, "q.q")
}

// report prints err, unless it is the end of the session, when it
// returns the exit status and true.
func report(w io.Writer, err error) (int, bool) {
	var x *zns.Exit
	switch {
	case errors.As(err, &x):
		return x.Code, true
	case err != nil:
		io.WriteString(w, err.Error()+"\n")
	}
	return 0, false
}

// settings are the options the interpreter's system commands report.
func settings(o options) interp.Settings {
	s := interp.Settings{
		ErrorMode:    o.errorMode,
		Threads:      o.threads,
		Workspace:    int64(o.workspace),
		Timeout:      o.timeout,
		TLS:          o.tls,
		PasswordFile: o.passwords,
		Blocked:      o.blocked,
	}
	if o.user != "" {
		s.Sandbox = true
		if o.user != "1" {
			s.PasswordFile = o.user
		}
	}
	return s
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
