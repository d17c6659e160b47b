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
// a string as it is, nothing added (written to Options.Out when there is
// one; else returned less one final newline, which the console adds
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
		// q hands .z.pi the line as typed, with its newline: an empty
		// line is "\n" (TorQ's permissions.q tests x in (1#"\n";""))
		v, err = l.in.Call(f, k.Str(line+"\n"))
		return err
	})
	if err != nil {
		return "", err
	}
	if s, ok := v.(*k.Vec[uint8]); ok && s.T == k.KC && l.out != nil {
		l.out.Write(s.V)
		return "", nil
	}
	// showing a value can signal (an enumeration over a domain that is
	// gone): the error is the line's, and the loop goes on
	err = l.guard(func() error {
		text = l.display(v)
		return nil
	})
	return text, err
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

// network serves one network event: a login (-u/-U, then .z.pw, default
// accept), an open connection (.z.po), a closed one (.z.pc), a sync
// request (.z.pg, default value, its result or error the response) or an
// async message (.z.ps, default value, its error reported here). .z.w,
// .z.u and .z.a describe the sender while the handler runs, except in
// .z.pc, where the connection is gone and they have their local values.
// It reports whether the session ended, and with which status.
func (l *Loop) network(ev event) (code int, end bool) {
	var err error
	var r reply
	switch ev.kind {
	case evAuth:
		r.ok, err = l.auth(ev)
	case evOpen:
		l.live[ev.h] = true
		if !localAddr(ev.addr) {
			l.remote[ev.h] = true
		}
		restore := l.in.SetCaller(int32(ev.h), ev.user, ipv4(ev.addr))
		_, err = l.callHandler("po", nil, k.I(int32(ev.h)))
		restore()
	case evClose:
		l.forget(ev.h)
		_, err = l.callHandler("pc", nil, k.I(int32(ev.h)))
	case evMsg:
		if ev.msg.Take() { // first: see Loop.Async
			r.resp, err = l.serveMsg(ev.msg)
			if rp, ok := l.ipcNet().(replier); ok && r.resp != nil && rp.Reply(ev.h, r.resp) == nil {
				r.resp = nil // sent: the dispatcher sends nothing (and may not be waiting: Loop.Sync)
			}
		}
	case evMsgs:
		m0 := ev.msgs[0] // all from one connection: one sender for all
		restore := l.in.SetCaller(int32(m0.Handle), m0.User, ipv4(m0.Addr))
		for i, m := range ev.msgs {
			if i > 0 && m.Backlogged() {
				break // its peer has not read what these sent it: the rest wait (netipc.Options.Backlog)
			}
			if !m.Take() {
				continue
			}
			_, err = l.serveFrom(m)
			if m == ev.msgs[len(ev.msgs)-1] {
				break // its error is reported below
			}
			if code, end = l.async(err); end || l.ended != nil {
				restore()
				if ev.reply != nil { // nil: served off the loop (Loop.serveHere)
					ev.reply <- r
				}
				return code, end
			}
			err = nil
		}
		restore()
	case evFunc:
		r.resp, err = ev.serve()
	}
	if ev.reply != nil {
		ev.reply <- r
	}
	return l.async(err)
}

// auth decides a login: the password file, if any, must let the user
// in, and then .z.pw, if defined, must return 1b. An error in .z.pw
// refuses the login.
func (l *Loop) auth(ev event) (bool, error) {
	if l.pwfile != "" && !checkPassword(l.pwfile, ev.user, ev.password) {
		return false, nil
	}
	restore := l.in.SetCaller(int32(ev.h), ev.user, ipv4(ev.addr))
	defer restore()
	v, err := l.callHandler("pw", nil, k.S(ev.user), k.Str(ev.password))
	var x exiter
	if errors.As(err, &x) {
		return false, err
	}
	if err != nil {
		return false, nil
	}
	if v == nil { // no .z.pw
		return true, nil
	}
	b, ok := v.(k.Atom[bool])
	return ok && b.V, nil
}
