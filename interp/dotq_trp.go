// This file defines -105!, the trap with a backtrace behind .Q.trp and
// .Q.trpd, and the backtrace text .Q.sbt makes of it.

package interp

import (
	"strconv"
	"strings"

	"qgo/interp/k"
)

func init() {
	internals[-105] = (*Interp).trapTrace
}

// trapTrace is -105!(f;args;h) (q.k: .Q.trp:{-105!(x;,y;z)}): f applied
// to the list args; if that signals, h applied to the message and the
// backtrace. An optional fourth item names the function that called -105!
// in the backtrace, as q shows .Q.trp or .Q.trpd.
//
// The backtrace is a list of frames, innermost first, each the text q
// prints for it (a line of source and a line with the caret), numbered
// from the console's [0]; .Q.sbt joins them. It holds the frames the
// error unwound through inside f and the frame of the caller.
func (in *Interp) trapTrace(x k.Value) k.Value {
	items := k.Items(x)
	if !k.IsList(x) || len(items) < 3 || len(items) > 4 {
		k.Signal("rank")
	}
	f, args, h := items[0], k.Items(items[1]), items[2]
	caller := "-105!"
	if len(items) == 4 {
		caller = signalText(items[3])
	}
	depth := in.depth
	v, e, frames := in.tryTrace(f, args)
	if e == nil {
		return v
	}
	n := len(frames)
	bt := make([]k.Value, 0, n+1)
	for i, t := range frames {
		lines := in.frameLines(t, depth+n-i)
		bt = append(bt, k.Str(strings.Join(lines, "\n")+"\n"))
	}
	if depth > 0 {
		bt = append(bt, k.Str("  ["+strconv.Itoa(depth)+"]  ("+caller+")\n\n"))
	}
	return in.apply(h, []k.Value{k.Str(e.Msg), k.NewList(bt...)})
}

// tryTrace applies f to args, and on a q signal returns it with the
// frames it unwound through.
func (in *Interp) tryTrace(f k.Value, args []k.Value) (v k.Value, e *k.Error, frames []traceFrame) {
	depth := in.depth
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		err, ok := r.(*k.Error)
		if !ok {
			panic(r)
		}
		in.depth = depth
		s := &in.sys
		if s.traceErr == err {
			frames = append(frames, s.trace...)
			s.traceErr, s.trace, s.traceN = nil, s.trace[:0], 0
		}
		e = err
	}()
	return in.apply(f, args), nil, nil
}
