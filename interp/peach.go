// This file defines Each Parallel (peach, f':[x] for a unary f) and
// .Q.fc: over secondary threads (goroutines) with -s N, over secondary
// processes when q runs with -s -N and .z.pd names their handles, else as
// each on the main thread, as q does when it has no secondary tasks.

package interp

import (
	"io"
	"maps"
	"math/rand/v2"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"sync"
	"sync/atomic"

	"qgo/interp/k"
	"qgo/interp/prim"
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
	if x.Type() < 0 || k.IsFunc(x.Type()) || x.Len() < 2 || in.noUpdate {
		return in.each(f, x) // one item, or inside a thread: here
	}
	if t := in.sys.threads; t > 0 {
		return k.Unify(in.peachThreads(f, in.itemsOf(x), t))
	}
	hs := in.peachHandles()
	if hs == nil {
		return in.each(f, x)
	}
	sc, ok := in.sys.host.(Scatterer)
	if !ok {
		return in.each(f, x)
	}
	items := in.itemsOf(x)
	n := len(items)
	msgs := make([][]byte, n)
	for i, item := range items {
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

// itemsOf gives the items of x as peach takes them: those of a vector or
// list, the rows of a table.
func (in *Interp) itemsOf(x k.Value) []k.Value {
	n := x.Len()
	items := make([]k.Value, n)
	list := k.IsList(x)
	for i := range n {
		if list {
			items[i] = k.At(x, i)
		} else {
			items[i] = in.index(x, k.J(int64(i)))
		}
	}
	return items
}

// peachHandles are the handles of the secondary processes peach sends
// work to: .z.pd, or what .z.pd[] returns, when `\s` is negative; nil when
// peach runs on the main thread. Handles that are not open are 'peach
// handles' errors of the Scatter, as in q a closed worker fails the peach.
func (in *Interp) peachHandles() []int {
	if in.sys.threads >= 0 {
		return nil
	}
	pd, ok := in.absGet(".z.pd")
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

// peachThreads applies the unary f to items on n goroutines, q's secondary
// threads: each goroutine runs a worker (a session of its own that reads
// the main session's globals and may not update them: 'noupdate), takes
// the next item as soon as it is done with one, and the results come back
// in order. The first error, by item, is signalled here; a Go panic in a
// worker is forwarded to this goroutine as it is, so the entry point
// reports it as its own. The main session waits, as q's main thread does.
func (in *Interp) peachThreads(f k.Value, items []k.Value, n int) []k.Value {
	n = min(n, len(items))
	defer gcRoom()() // the collector given room while the threads run
	out := make([]k.Value, len(items))
	fails := make([]any, len(items))
	var next atomic.Int64
	var wg sync.WaitGroup
	w := &lockedWriter{w: in.out}
	for range n {
		wk := in.worker(w)
		wg.Add(1)
		// Runs on its own goroutine, a secondary thread: it touches only
		// its worker session and its own items of out and fails.
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= len(items) {
					return
				}
				out[i], fails[i] = wk.applyOne(f, items[i])
			}
		}()
	}
	wg.Wait()
	in.disownAll() // a worker may have returned a buffer the main session owned
	for _, r := range fails {
		if r != nil {
			panic(r)
		}
	}
	return out
}

// threadHeapRoom is the least the heap may grow by between collections
// while secondary threads run.
const threadHeapRoom = 64 << 20

// tuner keeps the collector's setting (GOGC) such that the heap may grow
// by at least threadHeapRoom between collections while secondary threads
// run, reckoned again after every collection from the heap it left live.
// With Go's default (a collection each time the heap doubles) a session
// with a few MB live collects every few MB allocated, and every
// collection makes the threads meet: two threads allocating a long atom
// per step of a loop ran 1.1-1.4 times as fast as one. The setting is put
// back at the first collection after the last peach ends, not at its end:
// back-to-back peaches would otherwise collect and give pages back to the
// system between each. Go has one heap, so the tuner is the process's.
var tuner struct {
	mu    sync.Mutex
	users int  // peaches running on secondary threads, in any session
	armed bool // a sentinel waits for the next collection
	pct   int  // the setting the tuner made last
}

// sentinel is an object whose finalizer runs after the collection that
// finds it unreachable. It holds a pointer so that it is not allocated
// among tiny objects, whose finalizers may never run.
type sentinel struct{ _ *int }

// gcRoom raises the collector's setting for a peach over secondary
// threads; the returned function says the peach has ended. A GOGC of off
// is left as it is.
func gcRoom() (done func()) {
	if gogc() < 0 {
		return func() {}
	}
	tuner.mu.Lock()
	tuner.users++
	if !tuner.armed {
		debug.SetGCPercent(gogc()) // the pacing of mapped files may have set another
		tuner.pct = gogc()
		retune()
		tuner.armed = true
		armTuner()
	}
	tuner.mu.Unlock()
	return func() {
		tuner.mu.Lock()
		tuner.users--
		tuner.mu.Unlock()
	}
}

// retune sets the collector so that the next collection comes after at
// least threadHeapRoom of allocation, or as GOGC has it when that is
// later. The caller holds tuner.mu.
func retune() {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	// the heap the last collection left live: the goal is that and pct%
	live := max(m.NextGC*100/uint64(100+tuner.pct), 1<<20)
	pct := max(int(threadHeapRoom*100/live), gogc())
	if pct != tuner.pct {
		debug.SetGCPercent(pct)
		tuner.pct = pct
	}
}

// armTuner leaves a sentinel for the next collection: after it, the
// tuner reckons the setting again while peaches run, else puts GOGC's
// back and stops. Its finalizer runs on the runtime's finalizer
// goroutine, and touches only tuner, under its lock.
func armTuner() {
	runtime.SetFinalizer(&sentinel{}, func(*sentinel) {
		tuner.mu.Lock()
		defer tuner.mu.Unlock()
		if tuner.users == 0 {
			if tuner.pct != gogc() {
				debug.SetGCPercent(gogc())
				tuner.pct = gogc()
			}
			tuner.armed = false
			return
		}
		retune()
		armTuner()
	})
}

// gogc is the collector's setting as the process started with it: GOGC
// (-1 for off), 100 without one. Besides the tuner, only the pacing of
// mapped files (mapped_gc.go) changes the setting, and leaves it to the
// tuner while a peach runs.
var gogc = sync.OnceValue(func() int {
	switch v := os.Getenv("GOGC"); v {
	case "":
		return 100
	case "off":
		return -1
	default:
		n, err := strconv.Atoi(v)
		if err != nil {
			return 100
		}
		return n
	}
})

// applyOne applies f to x in a worker, recovering what it signals (or a
// Go panic) as the panic value to forward. It runs on a worker goroutine.
func (in *Interp) applyOne(f, x k.Value) (v k.Value, fail any) {
	defer func() {
		if r := recover(); r != nil {
			v, fail = nil, r
		}
	}()
	return in.apply(f, []k.Value{x}), nil
}

// worker is a session for a secondary thread: it sees what in's globals
// hold now, through maps of its own (so nothing it does can race with
// another worker), may not update them ('noupdate, as q's threads may
// not), owns no buffer, has no network or timer, draws random numbers
// from a generator of its own, stops when in is interrupted, and writes
// what it prints through w, shared by the workers.
func (in *Interp) worker(w io.Writer) *Interp {
	wk := &Interp{
		out:      w,
		errOut:   w,
		globals:  cloneGlobals(in.globals),
		ctx:      in.ctx,
		opts:     in.opts,
		parts:    maps.Clone(in.parts),
		sys:      in.sys,
		noUpdate: true,
		reval:    in.reval, // reval's refusals hold in its peach
		main:     in,
		qDefined: in.qDefined,
	}
	if len(in.views) > 0 {
		wk.views = make(map[string]*view, len(in.views))
		for name, v := range in.views {
			c := *v
			wk.views[name] = &c
		}
	}
	s := &wk.sys
	s.host = nil
	s.trace, s.traceErr, s.traceN = nil, nil, 0
	s.levels, s.seen, s.lineFrame = nil, nil, nil
	s.trapMode = trapAbort
	s.src = prim.NewSeeded(int32(in.rand().Int64()))
	s.rng = rand.New(s.src)
	s.origins = maps.Clone(s.origins)
	return wk
}

// checkUpdate signals 'noupdate in a secondary thread's session, where an
// update of a global is not allowed (q's threads may update only their
// locals), for a client's message under -b, which blocks clients'
// writes, and inside reval (docs/basics/errors.md: noupdate).
func (in *Interp) checkUpdate() {
	if in.noUpdate || in.reval > 0 || in.remoteBlocked() {
		k.Signal("noupdate")
	}
}

// lockedWriter serialises the writes of several workers to one writer.
type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

// Write writes p whole before another worker writes; it is safe for
// concurrent use.
func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}
