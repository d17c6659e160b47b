// This file parses q's command line.

package main

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/spf13/pflag"
)

// options is what the command line asks for.
type options struct {
	script     string   // the first argument, when it is not an option: a script to load
	quiet      bool     // -q: no banner, no prompt
	rows, cols int      // -c rows cols, else $LINES and $COLUMNS: console size; 0 when unset
	precision  int      // -P digits: float display precision
	port       string   // -p port: where to listen (for netipc)
	timer      int      // -t ms: timer interval
	offset     string   // -o N: local time offset from UTC (\o N); "" for the machine's
	dateFmt    string   // -z 0|1: "D"$ reads mm/dd/yyyy or dd/mm/yyyy (\z); "" for 0
	errorMode  int      // -e 0|1|2: error trapping of client requests
	threads    int      // -s n: secondary threads
	seed       string   // -S n: the random seed (\S n); "" for q's default
	gc         string   // -g 0|1: garbage collection mode (\g); "" for q's default
	week       string   // -W N: the offset of the week's start from Saturday (\W); "" for 2
	workspace  int      // -w MB: workspace limit
	timeout    int      // -T seconds: client query timeout
	tls        int      // -E 0|1|2: TLS server mode (plain, plain and TLS, TLS only)
	user       string   // -u 1 or -u file: sandbox, and a password file
	passwords  string   // -U file: a password file
	blocked    bool     // -b: clients' writes blocked
	args       []string // the arguments q does not know, in order: .z.x
}

// arity is the number of values each q option takes. q's options are a
// dash and one letter; -c takes two values (`-c 25 80`); -e takes one
// only when it is a digit (`-e` alone means `-e 1`).
var arity = map[string]int{"-q": 0, "-b": 0, "-c": 2, "-P": 1, "-p": 1, "-t": 1, "-o": 1,
	"-e": 1, "-z": 1, "-s": 1, "-S": 1, "-w": 1, "-T": 1, "-u": 1, "-U": 1, "-E": 1,
	"-g": 1, "-W": 1}

// parseArgs parses the arguments after the program name the way q does:
// the first argument is a script if it does not start with `-`; the
// options above are q's and may appear anywhere; everything else is left,
// in order, for .z.x. pflag parses and checks the option values, after
// the two values of -c have been joined into one (`-c "25 80"`). Without
// -c the console size comes from the environment variables LINES and
// COLUMNS, looked up with getenv, as in q.
func parseArgs(args []string, getenv func(string) string) (options, error) {
	var o options
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		o.script, args = args[0], args[1:]
	}
	var ours []string
	for i := 0; i < len(args); i++ {
		n, ok := arity[args[i]]
		if !ok {
			o.args = append(o.args, args[i])
			continue
		}
		if args[i] == "-e" && (i+1 == len(args) || len(args[i+1]) != 1 || args[i+1][0] < '0' || args[i+1][0] > '9') {
			ours = append(ours, "-e", "1")
			continue
		}
		if i+n >= len(args) {
			return o, fmt.Errorf("%s needs %d value(s)", args[i], n)
		}
		ours = append(ours, args[i])
		if n > 0 {
			ours = append(ours, strings.Join(args[i+1:i+1+n], " "))
		}
		i += n
	}

	fs := pflag.NewFlagSet("qgo", pflag.ContinueOnError)
	fs.Usage = func() {} // q prints no usage; the error says what is wrong
	fs.BoolVarP(&o.quiet, "quiet", "q", false, "no banner and no prompt")
	fs.VarP(&sizeValue{&o.rows, &o.cols}, "console", "c", "console size: rows cols")
	fs.IntVarP(&o.precision, "precision", "P", 7, "float display precision")
	fs.StringVarP(&o.port, "port", "p", "", "port to listen on")
	fs.IntVarP(&o.timer, "timer", "t", 0, "timer interval in milliseconds")
	fs.StringVarP(&o.offset, "offset", "o", "", "local time offset from UTC: hours, or minutes when beyond 23")
	fs.StringVarP(&o.dateFmt, "dates", "z", "", "date parsing: 0 for mm/dd/yyyy, 1 for dd/mm/yyyy")
	fs.IntVarP(&o.errorMode, "errors", "e", 0, "error trapping of client requests: 0, 1 or 2")
	fs.IntVarP(&o.threads, "threads", "s", 0, "secondary threads")
	fs.StringVarP(&o.seed, "seed", "S", "", "random seed")
	fs.StringVarP(&o.gc, "gc", "g", "", "garbage collection: 0 deferred, 1 immediate")
	fs.StringVarP(&o.week, "week", "W", "", "start of week: offset from Saturday")
	fs.IntVarP(&o.workspace, "workspace", "w", 0, "workspace limit in MB")
	fs.IntVarP(&o.timeout, "timeout", "T", 0, "client query timeout in seconds")
	fs.IntVarP(&o.tls, "tls", "E", 0, "TLS server mode: 0 plain, 1 plain and TLS, 2 TLS only")
	fs.StringVarP(&o.user, "user", "u", "", "1 to block remote system commands, or a password file")
	fs.StringVarP(&o.passwords, "passwords", "U", "", "a password file")
	fs.BoolVarP(&o.blocked, "blocked", "b", false, "block clients' writes")
	if err := fs.Parse(ours); err != nil {
		return o, err
	}
	if o.errorMode < 0 || o.errorMode > 2 {
		return o, fmt.Errorf("-e takes 0, 1 or 2, not %d", o.errorMode)
	}
	if o.tls < 0 || o.tls > 2 {
		return o, fmt.Errorf("-E takes 0, 1 or 2, not %d", o.tls)
	}
	if o.timer < 0 || o.workspace < 0 || o.timeout < 0 {
		return o, fmt.Errorf("-t, -w and -T take a number that is not negative")
	}
	if o.rows == 0 {
		o.rows, o.cols = envSize(getenv("LINES")), envSize(getenv("COLUMNS"))
	}
	return o, nil
}

// envSize is the value of a size variable, or 0 if it is not a positive
// integer.
func envSize(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 {
		return 0
	}
	return n
}

// sizeValue is the pflag.Value of -c: two positive integers, "rows cols".
type sizeValue struct{ rows, cols *int }

func (v *sizeValue) String() string {
	if v.rows == nil || *v.rows == 0 {
		return ""
	}
	return fmt.Sprintf("%d %d", *v.rows, *v.cols)
}

func (v *sizeValue) Set(s string) error {
	f := strings.Fields(s)
	if len(f) != 2 {
		return fmt.Errorf("want rows and cols, got %q", s)
	}
	var n [2]int
	for i := range f {
		x, err := strconv.Atoi(f[i])
		if err != nil || x <= 0 {
			return fmt.Errorf("not a positive integer: %q", f[i])
		}
		n[i] = x
	}
	*v.rows, *v.cols = n[0], n[1]
	return nil
}

func (v *sizeValue) Type() string { return "rows cols" }
