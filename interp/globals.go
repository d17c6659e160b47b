// This file defines the storage of global variables. Each global lives in
// a cell of its own, found by absolute name in the session's map; the
// resolver gives every name written in source a small process-wide id,
// and a session keeps the cells it has found by id, so that a statement
// such as `s+:1` at the top level, or a lambda's call of the global `f`,
// reads and writes its cell with no name lookup after the first.

package interp

import (
	"iter"
	"strings"
	"sync"

	"qgo/interp/k"
)

// global is the cell of one global variable. A cell is never removed from
// its session's map once made: deleting the variable sets v to nil, so a
// cell found earlier stays the variable's. A nil v means undefined.
type global struct {
	v   k.Value
	seq uint64 // when the variable was last created: a namespace lists its names in this order
}

// created marks c, about to be given a value, as created now if it holds
// none: a namespace keeps its names in the order they were first
// assigned, as a q dictionary does (key`. is `D`daily`depth`mas`sym`date,
// docs/ref/key.md); one deleted and assigned again comes last.
func (in *Interp) created(c *global) {
	if c.v == nil {
		in.gseq++
		c.seq = in.gseq
	}
}

// globalNames numbers the names the resolver binds, process-wide (trees
// are shared between sessions, so the ids must not depend on one).
var globalNames struct {
	sync.Mutex
	ids   map[string]int32
	names []string // by id - 1
}

// globalID is the id of name, numbering it if it is new. Only names whose
// absolute form needs no namespace to find get one (see bindable).
func globalID(name string) int32 {
	if !bindable(name) {
		return 0
	}
	g := &globalNames
	g.Lock()
	defer g.Unlock()
	if id, ok := g.ids[name]; ok {
		return id
	}
	if g.ids == nil {
		g.ids = map[string]int32{}
	}
	g.names = append(g.names, name)
	id := int32(len(g.names))
	g.ids[name] = id
	return id
}

// bindable reports whether a name's cell can be bound by id: a plain name
// (which names a root global at the top level and in root lambdas), or
// an absolute dotted name. Names with a dot inside (t.c, .a.b.c of a
// dictionary) may name a field rather than a variable; their cells are
// still tried, and an empty one sends the reader to the full lookup.
func bindable(name string) bool {
	return name != "" && !strings.HasPrefix(name, "..")
}

// globalByID is the cell of the global that the name with id names from
// the namespace ctx, or nil when the name is not bound or the namespace
// would qualify it (then the caller looks it up by name).
func (in *Interp) globalByID(id int32, name, ctx string) *global {
	if id == 0 || (ctx != "" && name[0] != '.') {
		return nil
	}
	if int(id) < len(in.gcells) {
		if c := in.gcells[id]; c != nil {
			return c
		}
	} else {
		in.gcells = append(in.gcells, make([]*global, int(id)+1-len(in.gcells))...)
	}
	c := in.cell(name)
	in.gcells[id] = c
	return c
}

// cellOf is globalByID's common case, small enough to inline where a
// compiled body reads a global: the cell found before for id, read from
// the root namespace (ctx ""); nil for anything else, which globalByID
// then finds. Its caller passes what it would pass globalByID.
func (in *Interp) cellOf(id int32, ctx string) *global {
	if g := in.gcells; ctx == "" && uint(id) < uint(len(g)) {
		return g[id]
	}
	return nil
}

// frameCtx is the namespace names are qualified in from frame f.
func (in *Interp) frameCtx(f *frame) string {
	if f != nil && f.local {
		return f.ctx
	}
	return in.ctx
}

// cell is the cell of the global with absolute name g, made empty if the
// session has none.
func (in *Interp) cell(g string) *global {
	c := in.globals[g]
	if c == nil {
		if len(in.gslab) == 0 {
			in.gslab = make([]global, 64) // cells come in blocks: a session starts with hundreds
		}
		c, in.gslab = &in.gslab[0], in.gslab[1:]
		in.globals[g] = c // put/drop: a new cell holds no value yet
	}
	return c
}

// absGet is the value of the global with absolute name g, if defined.
func (in *Interp) absGet(g string) (k.Value, bool) {
	if c := in.globals[g]; c != nil && c.v != nil {
		return c.v, true
	}
	return nil, false
}

// absVal is the value of the global g, or nil if it is undefined.
func (in *Interp) absVal(g string) k.Value {
	v, _ := in.absGet(g)
	return v
}

// absSet assigns the global with absolute name g.
func (in *Interp) absSet(g string, v k.Value) {
	c := in.cell(g)
	in.created(c)
	c.v = v
}

// absDel makes the global g undefined.
func (in *Interp) absDel(g string) {
	if c := in.globals[g]; c != nil {
		c.v = nil
	}
}

// allGlobals yields every defined global, by absolute name, in no order.
func (in *Interp) allGlobals() iter.Seq2[string, k.Value] {
	return func(yield func(string, k.Value) bool) {
		for n, c := range in.globals {
			if c.v != nil && !yield(n, c.v) {
				return
			}
		}
	}
}

// cloneGlobals copies a session's globals into cells of their own (for a
// secondary thread's session, whose cells the main one must not share).
func cloneGlobals(m map[string]*global) map[string]*global {
	out := make(map[string]*global, len(m))
	cells := make([]global, 0, len(m))
	for n, c := range m {
		if c.v != nil {
			cells = append(cells, *c)
			out[n] = &cells[len(cells)-1]
		}
	}
	return out
}
