// This file dispatches events to the user's .z handlers, and defines what
// happens when a handler is not defined: q's defaults.

package zns

import (
	"errors"
	"strings"
	"time"

	"qgo/interp"
	"qgo/interp/k"
)

// consoleLine serves a console line: through .z.pi when the user has
// defined it, else evaluated and shown (the default, which also serves
// the `q))` debug levels). What .z.pi returns is printed as q prints it:
// a string as it is (less one final newline, which the console adds
// back), nothing for `::`, any other value in console form.
func (l *Loop) consoleLine(line string) (text string, err error) {
	f, ok := l.in.Handler("pi")
	if !ok {
		err = l.guard(func() (err error) {
			text, err = l.in.Input(line)
			return err
		})
		return text, err
	}
	var v k.Value
	err = l.guard(func() (err error) {
		v, err = l.in.Call(f, k.Str(line))
		return err
	})
	if err != nil {
		return "", err
	}
	return l.display(v), nil
}

// display is the console text of a handler's result: a string as it is,
// nothing for `::`, else the console form.
func (l *Loop) display(v k.Value) string {
	if s, ok := v.(*k.Vec[uint8]); ok && s.T == k.KC {
		return strings.TrimSuffix(string(s.V), "\n")
	}
	if v == nil || k.IsIdentity(v) {
		return ""
	}
	return l.in.Show(v)
}

// epoch is q's time origin, 2000.01.01D00:00 UTC.
var epoch = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// timestamp is t as a q timestamp (UTC), the argument of .z.ts.
func timestamp(t time.Time) k.Value {
	return k.Atom[int64]{T: -k.KP, V: int64(t.Sub(epoch))}
}

// parsePort reads the port of a `\p` argument when there is no Net.
func parsePort(addr string) (int, error) { return interp.ParsePort(addr) }

// network serves one network event: it sets .z.w, .z.u and .z.a to the
// sender for the duration, and calls the handler for the event's kind or
// its default. A sync request or an authentication gets its reply on
// ev.Reply; errors of other events go to the error writer.
func (l *Loop) network(ev Event) (code int, end bool) {
	restore := l.in.SetCaller(ev.Handle, ev.User, ev.Addr)
	defer restore()
	var v k.Value
	var err error
	call := func(name string, def func() (k.Value, error), args ...k.Value) {
		err = l.guard(func() (e error) {
			if f, ok := l.in.Handler(name); ok {
				v, e = l.in.Call(f, args...)
				return e
			}
			if def == nil {
				return nil
			}
			v, e = def()
			return e
		})
	}
	value := func() (k.Value, error) { return l.in.Call(&k.Prim{T: k.FU, Name: "value"}, ev.Msg) }
	switch ev.Kind {
	case Auth:
		call("pw", func() (k.Value, error) { return k.B(true), nil }, k.S(ev.User), ev.Msg)
		ok := err == nil
		if b, isBool := v.(k.Atom[bool]); isBool {
			ok = ok && b.V
		} else if err == nil && v != nil {
			ok = false
		}
		v, err = k.B(ok), nil
	case Open:
		call("po", nil, k.I(ev.Handle))
	case Close:
		call("pc", nil, k.I(ev.Handle))
	case Sync:
		call("pg", value, ev.Msg)
	case Async:
		call("ps", value, ev.Msg)
	}
	var x exiter
	if ev.Reply != nil {
		if err != nil && errors.As(err, &x) {
			ev.Reply <- Reply{Err: &k.Error{Msg: "exit"}}
			return l.exit(x.ExitCode()), true
		}
		ev.Reply <- Reply{Value: v, Err: err}
		return 0, false
	}
	return l.async(err)
}
