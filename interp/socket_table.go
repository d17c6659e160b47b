// This file defines -38!, the socket table (docs/basics/internal.md): for
// a handle, a dictionary of its protocol p ("q" IPC, "w" WebSocket),
// family f ("t" TCP, "u" Unix domain socket), whether compression is on
// z, and the messages n and bytes m queued on it and not yet sent (m as
// .z.W gives it); for a list of handles, a table of those columns.

package interp

import (
	"strconv"

	"qgo/interp/k"
)

// Sockets is what -38! asks of the process about its connections; the
// event loop (package zns) implements it beside IPC.
type Sockets interface {
	// SocketInfo describes open handle h: its protocol ('q' or 'w'),
	// family ('t' or 'u'), whether what is sent on it is compressed, and
	// the messages and bytes queued on it and not yet written. ok is
	// false if h is not open. It is called on the loop goroutine.
	SocketInfo(h int) (proto, family byte, compressed bool, msgs, bytes int64, ok bool)
}

// socketTableVerbs registers this file's verbs (verbtab.go calls it).
func socketTableVerbs(t *verbTable) {
	t.internal(-38, func(in *Interp, x k.Value) k.Value { return in.socketTable(x) })
}

// socketTable is -38!x.
func (in *Interp) socketTable(x k.Value) k.Value {
	cols := k.Syms("p", "f", "z", "n", "m")
	p, f := k.Str(""), k.Str("")
	z, n, m := k.Bools(), k.Longs(), k.Longs()
	atom := x.Type() < 0
	var hs []k.Value
	if atom {
		hs = []k.Value{x}
	} else if k.IsList(x) {
		hs = k.Items(x)
	} else {
		k.Signal(k.ErrType)
	}
	s, _ := in.sys.host.(Sockets)
	for _, it := range hs {
		h, ok := handleArg(it)
		if !ok {
			k.Signal(k.ErrType)
		}
		var proto, fam byte
		var zip bool
		var msgs, bytes int64
		open := false
		if s != nil {
			proto, fam, zip, msgs, bytes, open = s.SocketInfo(h)
		}
		if !open {
			k.Signal(strconv.Itoa(h) + " is not an ipc handle")
		}
		p.V, f.V = append(p.V, proto), append(f.V, fam)
		z.V, n.V, m.V = append(z.V, zip), append(n.V, msgs), append(m.V, bytes)
	}
	if atom {
		return &k.Dict{K: cols, V: k.NewList(k.C(p.V[0]), k.C(f.V[0]), k.B(z.V[0]), k.J(n.V[0]), k.J(m.V[0]))}
	}
	return &k.Table{Cols: cols, Data: []k.Value{p, f, z, n, m}}
}
