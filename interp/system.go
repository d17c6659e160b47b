// This file defines the system commands (`\c`, `\P`, `\d`, `\t`, `\\` …)
// and the keywords `system` and `exit`.

package interp

import (
	"fmt"
	"os/exec"
	"sort"
	"strconv"
	"strings"
	"time"

	"qgo/interp/k"
)

// ExitError is returned by the entry points when q code asked the process
// to exit (`\\`, `exit n`): the caller runs .z.exit and exits with Code.
type ExitError struct {
	Code int
}

// Error implements error.
func (e *ExitError) Error() string { return fmt.Sprintf("exit %d", e.Code) }

// system runs a system command (the text after the backslash) and returns
// its value: `::` for commands that only act.
func (in *Interp) system(cmd string) k.Value {
	name, arg, _ := strings.Cut(strings.TrimLeft(cmd, " "), " ")
	arg = strings.TrimSpace(arg)
	switch name {
	case "\\":
		panic(&ExitError{Code: 0})
	case "c":
		if arg == "" {
			return k.Longs(int64(in.opts.Rows), int64(in.opts.Cols))
		}
		f := strings.Fields(arg)
		if len(f) != 2 {
			k.Signal("c")
		}
		r, err1 := strconv.Atoi(f[0])
		c, err2 := strconv.Atoi(f[1])
		if err1 != nil || err2 != nil {
			k.Signal("type")
		}
		in.opts.Rows, in.opts.Cols = clamp(r, 10, 2000), clamp(c, 10, 2000)
	case "P":
		if arg == "" {
			return k.I(int32(in.opts.Prec))
		}
		p, err := strconv.Atoi(arg)
		if err != nil || p < 0 {
			k.Signal("type")
		}
		in.opts.Prec = min(p, 17)
	case "d":
		if arg == "" {
			if in.ctx == "" {
				return k.S(".")
			}
			return k.S(in.ctx)
		}
		if arg == "." {
			in.ctx = ""
		} else if strings.HasPrefix(arg, ".") {
			in.ctx = arg
		} else {
			k.Signal("d")
		}
	case "t", "ts":
		return in.timeIt(name == "ts", arg)
	case "v":
		return in.varNames(arg, false)
	case "f":
		return in.varNames(arg, true)
	case "a":
		return in.tableNames(arg)
	case "x":
		in.Delete(arg)
	case "e", "S", "w", "W", "b", "B", "r", "u", "z", "o", "s", "l", "p", "C", "g", "_":
		k.Signal("nyi")
	default:
		return in.shell(cmd)
	}
	return k.Identity
}

func clamp(v, lo, hi int) int { return max(lo, min(hi, v)) }

// timeIt is `\t expr` and `\ts expr`: elapsed milliseconds (and bytes).
func (in *Interp) timeIt(space bool, arg string) k.Value {
	reps := int64(1)
	if strings.HasPrefix(arg, ":") {
		n, rest, _ := strings.Cut(arg[1:], " ")
		r, err := strconv.ParseInt(n, 10, 64)
		if err != nil {
			k.Signal("type")
		}
		reps, arg = r, rest
	}
	if arg == "" {
		k.Signal("nyi") // the timer (\t N) belongs to the event loop
	}
	start := time.Now()
	for i := int64(0); i < reps; i++ {
		in.evalString(arg)
	}
	ms := time.Since(start).Milliseconds()
	if space {
		return k.Longs(ms, 0)
	}
	return k.J(ms)
}

// varNames lists the globals of a namespace: variables (\v) or
// functions (\f).
func (in *Interp) varNames(ns string, funcs bool) k.Value {
	if ns == "" {
		ns = in.ctx
	}
	var names []string
	for n, v := range in.globals {
		rest := n
		if ns != "" {
			var ok bool
			if rest, ok = strings.CutPrefix(n, ns+"."); !ok {
				continue
			}
		}
		if strings.Contains(rest, ".") || strings.HasPrefix(n, ".") && ns == "" {
			continue
		}
		if k.IsFunc(v.Type()) == funcs {
			names = append(names, rest)
		}
	}
	sort.Strings(names)
	return k.Syms(names...)
}

// tableNames is \a: the tables of a namespace.
func (in *Interp) tableNames(ns string) k.Value {
	all := in.varNames(ns, false).(*k.Vec[string])
	var out []string
	for _, n := range all.V {
		v := in.globals[in.qualify(n, nil)]
		if v != nil && (v.Type() == k.XT || isKeyed(v)) {
			out = append(out, n)
		}
	}
	return k.Syms(out...)
}

func isKeyed(v k.Value) bool {
	d, ok := v.(*k.Dict)
	if !ok {
		return false
	}
	_, ok = d.K.(*k.Table)
	return ok
}

// shell passes an unknown command to the operating system shell and
// returns its output lines.
func (in *Interp) shell(cmd string) k.Value {
	out, err := exec.Command("/bin/sh", "-c", cmd).Output()
	if err != nil && len(out) == 0 {
		k.Signal("os")
	}
	text := strings.TrimSuffix(string(out), "\n")
	if text == "" {
		return k.NewList()
	}
	lines := strings.Split(text, "\n")
	items := make([]k.Value, len(lines))
	for i, l := range lines {
		items[i] = k.Str(l)
	}
	return k.NewList(items...)
}

// systemFn is the keyword `system`: run a system command given as text.
func (in *Interp) systemFn(x k.Value) k.Value {
	s := textOf(x)
	v := in.system(s)
	if n, ok := v.(*k.List); ok {
		return n
	}
	return v
}

// exit is the keyword `exit`.
func (in *Interp) exit(x k.Value) k.Value {
	panic(&ExitError{Code: int(toInt(x))})
}

// ExitCode is the process exit status asked for.
func (e *ExitError) ExitCode() int { return e.Code }
