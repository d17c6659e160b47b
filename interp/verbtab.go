// This file holds the verb table: every primitive of the language (q's
// operators and keywords), the natives written in Go that q code reaches
// by a global name (.Q.s, .j.j) and the internal functions n!x, each
// defined in exactly one place and known by a small integer id. The
// resolver binds operators and keywords to their ids (resolve.go), so
// applying `+` or `count` indexes an array instead of looking a name up.
//
// The table is built once, at start-up, by newVerbTable calling each
// area's registration function in a fixed order, then adding prim's pure
// primitives. Registering a form of a name a second time panics: a verb
// has one definition, which dispatches inside itself (hclose closes a
// connection, a WebSocket or a file), never a chain of wrappers whose
// order follows file names. Once built the table is never written.

package interp

import (
	"fmt"
	"sort"
	"strings"

	"qgo/interp/k"
	"qgo/interp/prim"
	"qgo/interp/syntax"
)

// verb is one primitive's behaviour: its unary, binary, ternary or n-ary
// forms, each either prim's (pure) or the interpreter's.
type verb struct {
	id int32 // its index in verbTable.verbs, plus one
	// code is an operator's internal code (value (+) is 1), or -1
	code int8
	// native is the type of a native's global value (FU or FB), or 0
	native k.Type
	// iter is an iterator's derived-function type (/ is FOver), or 0
	iter k.Type
	// fb: the verb's value is a binary primitive that applied to two
	// arguments is exactly its dyad (no triad, n-ary or iterator form)
	fb bool
	// noPar: the verb signals 'par on a partitioned table (its rows are
	// reached only through qSQL); the right argument for a dyad
	noPar bool
	// flip: the verb is flip, which of a partitioned table gives its
	// columns (less the partition field) mapped to the table's name, as
	// kdb+ holds it (+`time`sym!`B, docs/ref/dotq.md .Q.qp)
	flip bool
	// (the small fields first, in one word: 136 bytes a verb, not 168)

	name string // a glyph (+, #:, 0:) or a keyword (count, .Q.s)
	// kform is the glyph form q writes a keyword as (count is #:), or ""
	kform string
	m1    func(x k.Value) k.Value
	m2    func(in *Interp, x k.Value) k.Value
	d1    func(x, y k.Value) k.Value
	d2    func(in *Interp, x, y k.Value) k.Value
	t3    func(in *Interp, x, y, z k.Value) k.Value
	// nrank and nf: a keyword of rank four or more (wj)
	nrank int
	nf    func(in *Interp, args []k.Value) k.Value
	// disp is how a keyword q defines in k prints (iasc), or ""
	disp string
	// over and scan: the keywords equal to this verb's / and \ over a
	// vector (+/ is sum, +\ is sums), or nil
	over, scan *verb
}

// hasMonad reports whether v has a unary form of its own.
func (v *verb) hasMonad() bool { return v.m1 != nil || v.m2 != nil }

// hasDyad reports whether v has a binary form of its own.
func (v *verb) hasDyad() bool { return v.d1 != nil || v.d2 != nil }

// verbTable is the table of verbs by id, with the internal functions n!x.
type verbTable struct {
	verbs     []*verb   // by id - 1
	index     verbIndex // name to id (verbIndex, at the end of the file)
	internals map[int64]func(in *Interp, x k.Value) k.Value
	natives   []*verb // the natives, in the order registered
	pool      []verb  // the block add takes new verbs from
}

// verbs is the process's verb table, built once before any session
// starts (its init) and read-only after; a value, not a pointer, so that
// finding a bound verb is one load fewer.
var verbs verbTable

func init() {
	verbs = *newVerbTable()
	k.KeywordRank = primRank // the wire form of a keyword q.k defines as a lambda
}

// newVerbTable builds the verb table: each area registers its verbs, in
// this order, then prim's primitives fill the forms nobody defined.
func newVerbTable() *verbTable {
	// about 260 verbs and 30 internal functions: room made once for them
	t := &verbTable{verbs: make([]*verb, 0, 320), internals: make(map[int64]func(in *Interp, x k.Value) k.Value, 40)}
	coreVerbs(t)        // value string key ! @ . each over ... (verbs.go)
	parseVerbs(t)       // parse eval reval (parse.go)
	tableVerbs(t)       // meta cols insert upsert xkey ... (tables.go)
	joinVerbs(t)        // lj ij pj uj fby (joins.go)
	asofJoinVerbs(t)    // aj ej wj asof (joins_asof.go)
	enumVerbs(t)        // $ ? on enumerations (enum.go)
	viewVerbs(t)        // view views (view.go)
	envVerbs(t)         // getenv setenv ltime gtime rand (env.go)
	fileVerbs(t)        // hsym hcount read0 save load 0: 1: ... (file.go)
	fileHandleVerbs(t)  // -11! (file_handle.go)
	compressVerbs(t)    // -19! -21! (compress.go)
	serializeVerbs(t)   // -8! -9! md5 (serialize.go)
	dbWriteVerbs(t)     // .Q.enx .Q.dpx .Q.chk (dbwrite.go)
	partitionVerbs(t)   // .Q.cn .Q.ind (partition.go)
	ipcVerbs(t)         // hopen hclose -25! -30! (ipc.go)
	socketTableVerbs(t) // -38! (socket_table.go)
	dotqVerbs(t)        // .Q.s .Q.f .Q.id ... (dotq.go)
	dotjVerbs(t)        // .j.j .j.k (dotj.go)
	httpClientVerbs(t)  // .Q.hg .Q.hp .Q.gz (http_client.go)
	memoryVerbs(t)      // -16! -120! (memory.go)
	t.prims(prim.MonadNames, prim.MonadFuncs, prim.DyadNames, prim.DyadFuncs)
	t.finish()
	return t
}

// named is the verb called name, or nil.
func (t *verbTable) named(name string) *verb {
	if id := t.id(name); id > 0 {
		return t.verbs[id-1]
	}
	return nil
}

// add is the verb called name, made when first named.
func (t *verbTable) add(name string) *verb {
	if v := t.named(name); v != nil {
		return v
	}
	if len(t.pool) == cap(t.pool) {
		t.pool = make([]verb, 0, 60) // verbs are made in blocks, not one by one: 60 fill 8 KB
	}
	t.pool = append(t.pool, verb{id: int32(len(t.verbs) + 1), name: name, code: -1})
	v := &t.pool[len(t.pool)-1]
	t.verbs = append(t.verbs, v)
	t.setID(name, v.id)
	return v
}

// twice panics: a form of a verb was defined a second time.
func twice(form, name string) {
	panic(fmt.Sprintf("qgo: the %s %s is defined twice", form, name))
}

// monad defines the unary form of name.
func (t *verbTable) monad(name string, f func(in *Interp, x k.Value) k.Value) {
	v := t.add(name)
	if v.hasMonad() {
		twice("monad", name)
	}
	v.m2 = f
}

// dyad defines the binary form of name.
func (t *verbTable) dyad(name string, f func(in *Interp, x, y k.Value) k.Value) {
	v := t.add(name)
	if v.hasDyad() {
		twice("dyad", name)
	}
	v.d2 = f
}

// triad defines name as a keyword of rank 3 (ssr, aj).
func (t *verbTable) triad(name string, f func(in *Interp, x, y, z k.Value) k.Value) {
	v := t.add(name)
	if v.t3 != nil {
		twice("triad", name)
	}
	v.t3 = f
}

// nary defines name as a keyword of rank four or more (wj).
func (t *verbTable) nary(name string, rank int, f func(in *Interp, args []k.Value) k.Value) {
	v := t.add(name)
	if v.nf != nil {
		twice("n-ary keyword", name)
	}
	v.nrank, v.nf = rank, f
}

// native1 defines the global name (.Q.s) as a unary native.
func (t *verbTable) native1(name string, f func(in *Interp, x k.Value) k.Value) {
	t.monad(name, f)
	t.markNative(name, k.FU)
}

// native2 defines the global name as a binary native.
func (t *verbTable) native2(name string, f func(in *Interp, x, y k.Value) k.Value) {
	t.dyad(name, f)
	t.markNative(name, k.FB)
}

// markNative records that name's value as a global is a native of type typ.
func (t *verbTable) markNative(name string, typ k.Type) {
	if !strings.HasPrefix(name, ".") {
		panic("qgo: a native's name starts with a dot: " + name)
	}
	v := t.named(name)
	v.native = typ
	t.natives = append(t.natives, v)
}

// internal defines the internal function n!x.
func (t *verbTable) internal(n int64, f func(in *Interp, x k.Value) k.Value) {
	if _, ok := t.internals[n]; ok {
		twice("internal function", fmt.Sprint(n, "!"))
	}
	t.internals[n] = f
}

// prims adds prim's primitives, as they see enumerations (prim.EnumMonad
// and prim.EnumDyad), in the order prim defined them (prim.MonadNames,
// prim.DyadNames: the same at every start, so ids do not depend on the
// order Go iterates maps in, and with no sort of 250 names at start-up),
// each name's form at its position in monads and dyads (prim.MonadFuncs,
// prim.DyadFuncs). A form the interpreter defines is defined twice.
func (t *verbTable) prims(monadNames []string, monads []func(x k.Value) k.Value, dyadNames []string, dyads []func(x, y k.Value) k.Value) {
	for i, name := range monadNames {
		v := t.add(name)
		if v.hasMonad() {
			twice("monad", name)
		}
		v.m1 = prim.EnumMonad(name, monads[i])
	}
	for i, name := range dyadNames {
		v := t.add(name)
		if v.hasDyad() {
			twice("dyad", name)
		}
		v.d1 = prim.EnumDyad(name, dyads[i])
	}
}

// sortedKeys lists a map's keys in order, so ids do not depend on the
// order Go iterates maps in.
func sortedKeys[F any](m map[string]F) []string {
	out := make([]string, 0, len(m))
	for n := range m {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// finish adds what every table has once its verbs are defined: the
// glyphs and their unary forms (|: is reverse, #: is count), 0: 1: 2:,
// and each verb's k form, internal code and whether it is a plain
// binary primitive.
func (t *verbTable) finish() {
	for _, g := range glyphs {
		t.add(string(g))
	}
	for _, g := range glyphs {
		if g == ':' {
			continue // :: is the identity, no verb
		}
		u := t.add(string(g) + ":")
		m := t.named(string(g))
		if kw, ok := kFormsRev[u.name]; ok {
			m = t.named(kw)
		}
		u.m1, u.m2 = m.m1, m.m2
	}
	for _, sh := range kFormShared {
		t.share(sh.glyph, sh.kw, sh.when, sh.glyphOnly)
	}
	for _, n := range []string{"0:", "1:", "2:"} {
		t.add(n)
	}
	for n, kw := range map[string]string{"0:": "read0", "1:": "read1"} {
		// applied to one argument, 0: and 1: read a file as read0 and
		// read1 do (q.k: read0:0::, read1:1::); csvguess's k code reads
		// its chunks with 1:(s;x;n)
		if m := t.named(kw); m != nil {
			u := t.named(n)
			u.m1, u.m2 = m.m1, m.m2
		}
	}
	for _, a := range []string{"'", "/", "\\", "':", "/:", "\\:"} {
		t.add(a).iter = adverbType(a)
	}
	for _, r := range reducers {
		t.named(r[0]).over = t.named(r[1])
	}
	for _, s := range scanners {
		t.named(s[0]).scan = t.named(s[1])
	}
	// the few keywords of each small map, not a lookup of each verb in each
	for kw, g := range kForms {
		if v := t.named(kw); v != nil {
			v.kform = g
		}
	}
	for _, l := range kLambdas {
		if v := t.named(l[0]); v != nil {
			v.disp = l[1]
		}
	}
	for _, n := range noParVerbs {
		if v := t.named(n); v != nil {
			v.noPar = true
		}
	}
	for _, v := range t.verbs {
		g := v.name
		if v.kform != "" {
			g = v.kform // opCode(v.name), its k form known
		}
		if c, ok := glyphCode(g); ok {
			v.code = int8(c)
		}
		v.fb = v.name != "::" && opType(v.name) == k.FB && v.t3 == nil && v.nf == nil && v.name != "enlist"
		v.flip = v.name == "flip" || v.name == "+:"
	}
}

// reducers and scanners are the aggregate keywords equivalent to op/ and
// op\ over a vector, each glyph with its keyword (arrays, not maps, which
// would be built at every start for one pass over them).
var (
	reducers = [...][2]string{{"+", "sum"}, {"*", "prd"}, {"|", "max"}, {"&", "min"}, {",", "raze"}}
	scanners = [...][2]string{{"+", "sums"}, {"*", "prds"}, {"|", "maxs"}, {"&", "mins"}}
)

// share makes the unary glyph g, its keyword and kw one monad, as q.k
// binds them: kw's where when holds of the argument, the glyph's own
// otherwise. With glyphOnly, kw itself keeps its own monad.
func (t *verbTable) share(g, kw string, when func(x k.Value) bool, glyphOnly bool) {
	u, alt := t.named(g), t.named(kw)
	b1, b2, a1, a2 := u.m1, u.m2, alt.m1, alt.m2
	m := func(in *Interp, x k.Value) k.Value {
		if when(x) {
			if a1 != nil {
				return a1(x)
			}
			return a2(in, x)
		}
		if b1 != nil {
			return b1(x)
		}
		if b2 == nil {
			k.Signal(k.ErrNyi)
		}
		return b2(in, x)
	}
	bare := t.named(strings.TrimSuffix(g, ":")) // k's <x is <:x
	for _, v := range []*verb{u, bare, alt, t.named(kFormsRev[g])} {
		if v != nil && (v == u || v == bare || !glyphOnly) {
			v.m1, v.m2 = nil, m
		}
	}
}

// verbNamed is the verb called name in the process's table, or nil.
func verbNamed(name string) *verb { return verbs.named(name) }

// iterType is the derived-function type of an iterator node: its verb's
// once the resolver has bound it.
func iterType(n *syntax.Iter) k.Type {
	if v := verbOf(&n.B); v != nil {
		return v.iter
	}
	return adverbType(n.Adverb)
}

// monadV applies v's unary form.
func (in *Interp) monadV(v *verb, x k.Value) k.Value {
	if v.noPar && in.parts != nil {
		in.notPart(x)
	}
	if v.flip {
		if d, ok := x.(*k.Dict); ok {
			if t, ok := in.flipStored(d); ok {
				return t
			}
		} else if in.parts != nil {
			if pt := in.partOf(x); pt != nil {
				return &k.Dict{K: k.Syms(pt.cols...), V: k.S(pt.name)}
			}
		}
	}
	if v.m1 != nil {
		return v.m1(x)
	}
	if v.m2 != nil {
		return v.m2(in, x)
	}
	return in.noMonad(v, x)
}

// noMonad is a verb without a unary form applied to one argument: a
// projection of its binary form, else 'nyi.
func (in *Interp) noMonad(v *verb, x k.Value) k.Value {
	if v.hasDyad() {
		return &k.Proj{F: &k.Prim{T: k.FB, Name: v.name}, Args: []k.Value{x, nil}}
	}
	k.Signal("nyi")
	return nil
}

// dyadV applies v's binary form.
func (in *Interp) dyadV(v *verb, x, y k.Value) k.Value {
	if v.noPar && in.parts != nil {
		in.notPart(y)
	}
	if v.d1 != nil {
		return v.d1(x, y)
	}
	if v.d2 != nil {
		return v.d2(in, x, y)
	}
	if v.hasMonad() {
		k.Signal("rank")
	}
	k.Signal("nyi")
	return nil
}

// What follows holds the verb table's index of names: an open-addressing
// hash table of verb ids, made for the few hundred names the table
// holds. It replaces a Go map, whose construction at every start cost
// more than the lookups it serves: a name is hashed with FNV-1a (a verb's
// name is a glyph or a short keyword) and probed linearly; a slot holds
// the verb's id, and the name compared is the verb's own.

// verbIndex maps names to ids of the verbs of one table.
type verbIndex struct {
	slots []int32 // a verb's id, 0 for an empty slot; length a power of two
	n     int     // the names held
}

// indexSlots is the index's first size: room for the table's verbs at a
// third full, so that a probe seldom goes past its first slot.
const indexSlots = 1024

// nameHash is FNV-1a of s.
func nameHash(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

// id is the id of the verb called name, or 0.
func (t *verbTable) id(name string) int32 {
	x := &t.index
	if x.slots == nil {
		return 0
	}
	mask := uint32(len(x.slots) - 1)
	for i := nameHash(name) & mask; ; i = (i + 1) & mask {
		id := x.slots[i]
		if id == 0 || t.verbs[id-1].name == name {
			return id
		}
	}
}

// setID records that the verb with id is called name, a name not yet in
// the index, growing the index when it is half full.
func (t *verbTable) setID(name string, id int32) {
	x := &t.index
	if 2*(x.n+1) > len(x.slots) {
		size := indexSlots
		for size < 4*(x.n+1) {
			size *= 2
		}
		old := x.slots
		x.slots = make([]int32, size)
		for _, o := range old {
			if o != 0 {
				x.put(t.verbs[o-1].name, o)
			}
		}
	}
	x.put(name, id)
	x.n++
}

// put stores id in the first empty slot from name's hash.
func (x *verbIndex) put(name string, id int32) {
	mask := uint32(len(x.slots) - 1)
	i := nameHash(name) & mask
	for x.slots[i] != 0 {
		i = (i + 1) & mask
	}
	x.slots[i] = id
}
