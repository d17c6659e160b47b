// This file defines Each Parallel (peach, f':[x] for a unary f) and
// .Q.fc: over secondary processes when q runs with -s -N and .z.pd names
// their handles, else as each on the main thread, as q does when it has
// no secondary tasks.

package interp

import (
	"qgo/interp/k"
)

// Scatterer is what the host offers for peach across secondary
// processes: the sync requests msgs spread over handles, one in flight per
// handle, each handle taking the next as soon as it has answered, and the
// responses in the order of msgs. The event loop implements it beside IPC;
// it is called on the loop goroutine, which it blocks.
type Scatterer interface {
	Scatter(handles []int, msgs [][]byte) ([][]byte, error)
}

// peach applies the unary f to each item of x. With secondary processes
// (`\s` negative) and handles to them in .z.pd (a vector, or a function
// that returns one), each item goes to a worker as the sync message
// (f;item), evaluated there by its .z.pg (by default value, so f item),
// and the results come back in order; a worker's error is signalled here.
// A single item, or no workers, runs here, as each.
func (in *Interp) peach(f, x k.Value) k.Value {
	if d, ok := x.(*k.Dict); ok {
		if _, keyed := d.K.(*k.Table); !keyed {
			return &k.Dict{K: d.K, V: in.peach(f, d.V)}
		}
	}
	hs := in.peachHandles()
	if hs == nil || x.Type() < 0 || k.IsFunc(x.Type()) || x.Len() < 2 {
		return in.each(f, x)
	}
	sc, ok := in.sys.host.(Scatterer)
	if !ok {
		return in.each(f, x)
	}
	n := x.Len()
	msgs := make([][]byte, n)
	list := k.IsList(x) // vectors and lists: item i directly; tables: rows
	for i := range n {
		var item k.Value
		if list {
			item = k.At(x, i)
		} else {
			item = in.index(x, k.J(int64(i)))
		}
		msgs[i] = encodeMsg(k.NewList(f, item), k.MsgSync)
	}
	resps, err := sc.Scatter(hs, msgs)
	if err != nil {
		panic(ipcError(err))
	}
	out := make([]k.Value, n)
	for i, r := range resps {
		out[i] = in.response(r)
	}
	return k.Unify(out)
}

// peachHandles are the handles of the secondary processes peach sends
// work to: .z.pd, or what .z.pd[] returns, when `\s` is negative; nil when
// peach runs on the main thread. Handles that are not open are 'peach
// handles' errors of the Scatter, as in q a closed worker fails the peach.
func (in *Interp) peachHandles() []int {
	if in.sys.threads >= 0 {
		return nil
	}
	pd, ok := in.globals[".z.pd"]
	if !ok {
		return nil
	}
	if k.IsFunc(pd.Type()) {
		pd = in.apply(pd, []k.Value{k.Identity})
	}
	var hs []int
	switch v := pd.(type) {
	case *k.Vec[int32]:
		for _, h := range v.V {
			hs = append(hs, int(h))
		}
	case *k.Vec[int64]:
		for _, h := range v.V {
			hs = append(hs, int(h))
		}
	case k.Atom[int32]:
		hs = []int{int(v.V)}
	case k.Atom[int64]:
		hs = []int{int(v.V)}
	default:
		k.Signal("type")
	}
	if len(hs) == 0 {
		return nil
	}
	return hs
}
