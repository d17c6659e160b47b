// This file defines `?` on data: Find (x?y with a list, dictionary or
// table x) and Roll/Deal (x?y with an integer x).

package prim

import (
	"math/rand/v2"
	"slices"

	"qgo/interp/k"
)

func init() {
	defDyad("find", Find)
}

// FindOrRoll is the dyadic `?` on data: Roll or Deal for an integer atom
// x, Find otherwise.
func FindOrRoll(x, y k.Value) k.Value {
	if IsRoll(x) {
		return Roll(x, y)
	}
	return Find(x, y)
}

// IsRoll reports whether x?y is Roll or Deal (x an integer atom) rather
// than Find.
func IsRoll(x k.Value) bool {
	_, ok := intAtom(x)
	return ok && x.Type() != -k.KB && x.Type() != -k.KX
}

// findItemOf is item j of y, whose find gave p: y's own item when y is a
// list of as many items, else y itself.
func findItemOf(y k.Value, j int, p k.Value) k.Value {
	if k.IsList(y) && j < y.Len() {
		return item(y, j)
	}
	return y
}

// listRank is the depth q's Find assumes for list x: 0 for an atom, 1 for
// a vector, and one more than its first item's for a general list.
func listRank(x k.Value) int {
	switch v := x.(type) {
	case *k.List:
		k.Nest()
		defer k.Unnest()
		if len(v.V) == 0 {
			return 1
		}
		return 1 + listRank(v.V[0])
	case *k.Dict, *k.Table:
		return 1
	}
	if k.IsAtom(x) || !isData(x) {
		return 0
	}
	return 1
}

// Find is `x?y` for a list, dictionary or table x: the index of the first
// occurrence of y in x (count x if absent). Find is rank-sensitive: for a
// general list x of rank n (one more than its first item's), it seeks y
// whole when y has rank n-1, maps over the items of y when y has more,
// seeks an atom y as a list of rank n-1 (enlisted), and finds nothing for
// a list y of less. A dictionary gives the key
// of the value found; a table takes a record (dictionary or list) or a
// table of rows. Comparisons are exact and, for a vector x, type-strict.
func Find(x, y k.Value) k.Value {
	switch v := x.(type) {
	case *k.Dict:
		r := Find(v.V, y)
		if a, ok := r.(k.Atom[int64]); ok {
			if kt, ok := v.K.(*k.Table); ok {
				return tableRow(kt, int(a.V))
			}
			return item(gatherList(v.K, []int64{a.V}), 0)
		}
		if l, ok := r.(*k.List); ok {
			// y's items sought one by one (strings among char values):
			// the keys at what each found, keeping y's shape
			out := make([]k.Value, len(l.V))
			for j, p := range l.V {
				out[j] = Find(&k.Dict{K: v.K, V: v.V}, findItemOf(y, j, p))
			}
			return k.Unify(out)
		}
		return gatherList(v.K, findIdx(v.V, y))
	case *k.Table:
		return findRows(v, y)
	}
	if !k.IsList(x) {
		k.Signal(k.ErrType)
	}
	switch v := y.(type) {
	case *k.Dict:
		if isKeyed(v) {
			k.Signal(k.ErrType)
		}
		return &k.Dict{K: v.K, V: findEach(x, v.V)}
	case *k.Table:
		k.Signal(k.ErrType)
	}
	if x.Type() == k.KList {
		return findRanked(x, listRank(x), y, listRank(y))
	}
	if r, ok := findIndexed(x, y); ok {
		return r
	}
	t := x.Type()
	switch {
	case y.Type() == -t:
		if p, ok := findAtom(x, y); ok {
			return k.J(p)
		}
		return k.J(findList(x, k.Enlist(y))[0])
	case y.Type() == t:
		return longs(findList(x, y))
	case y.Type() == k.KList:
		return findEach(x, y)
	case integral(t) && integral(y.Type()):
		// short, int and long find each other by value, nulls matching
		// nulls: (sums 0101b)?2, 1 2 3?2i
		return Find(longs(mustInts(x)), CastTo(k.KJ, y))
	}
	k.Signal(k.ErrType)
	return nil
}

// findRecordFast is findRows for a table of a few rows, or one record
// (a dictionary of t's columns or a list of one atom per column), by
// findFewRows; ok is false when it does not apply.
func findRecordFast(t *k.Table, y k.Value) (k.Value, bool) {
	var rec []k.Value // the record's items in t's column order
	switch r := y.(type) {
	case *k.Table:
		cols, ok := colsInOrder(t, r)
		if !ok {
			return nil, false
		}
		pos, ok := findFewRows(t, &k.Table{Cols: t.Cols, Data: cols})
		if !ok {
			return nil, false
		}
		return longs(pos), true
	case *k.Dict:
		ks, ok := r.K.(*k.Vec[string])
		if !ok || len(ks.V) != len(t.Data) {
			return nil, false
		}
		rec = make([]k.Value, len(t.Data))
		for i, name := range t.Cols.V {
			j := slices.Index(ks.V, name)
			if j < 0 {
				return nil, false
			}
			rec[i] = item(r.V, j)
		}
	case *k.List:
		if len(r.V) != len(t.Data) {
			return nil, false
		}
		rec = r.V
	default:
		return nil, false
	}
	cols := make([]k.Value, len(rec))
	for i, it := range rec {
		if !k.IsAtom(it) {
			return nil, false
		}
		cols[i] = k.Enlist(it)
	}
	pos, ok := findFewRows(t, &k.Table{Cols: t.Cols, Data: cols})
	if !ok {
		return nil, false
	}
	return k.J(pos[0]), true
}

// colsInOrder is the columns of r in the order of t's columns; ok is
// false when r lacks one of them.
func colsInOrder(t, r *k.Table) ([]k.Value, bool) {
	cols := make([]k.Value, len(t.Data))
	for i, name := range t.Cols.V {
		j := colIndex(r, name)
		if j < 0 {
			return nil, false
		}
		cols[i] = r.Data[j]
	}
	return cols, true
}

// findIndexed is x?y by the index of a vector x with the grouped or
// parted attribute (k.Positions), for an atom or vector y of x's type;
// ok is false for any other x or y.
func findIndexed(x, y k.Value) (k.Value, bool) {
	switch v := x.(type) {
	case *k.Vec[int64]:
		return findBy(v, y)
	case *k.Vec[string]:
		return findBy(v, y)
	case *k.Vec[int32]:
		return findBy(v, y)
	case *k.Vec[int16]:
		return findBy(v, y)
	case *k.Vec[uint8]:
		return findBy(v, y)
	case *k.Vec[k.GUID]:
		return findBy(v, y)
	}
	return nil, false
}

// findAtom is the position of the atom y in x, a typed vector of y's
// type, or count x: findList's comparison of items made by a scan, with
// nothing allocated for one atom (x?y in a loop). ok is false for reals
// and floats, whose keys findList normalises, and any x not a vector.
func findAtom(x, y k.Value) (int64, bool) {
	switch v := x.(type) {
	case *k.Vec[uint8]:
		return scanAtom(v.V, y)
	case *k.Vec[int64]:
		return scanAtom(v.V, y)
	case *k.Vec[string]:
		return scanAtom(v.V, y)
	case *k.Vec[bool]:
		return scanAtom(v.V, y)
	case *k.Vec[int16]:
		return scanAtom(v.V, y)
	case *k.Vec[int32]:
		return scanAtom(v.V, y)
	case *k.Vec[k.GUID]:
		return scanAtom(v.V, y)
	}
	return 0, false
}

// scanAtom is findAtom over the items xs.
func scanAtom[E k.Elem](xs []E, y k.Value) (int64, bool) {
	a, ok := y.(k.Atom[E])
	if !ok {
		return 0, false
	}
	for i, x := range xs {
		if x == a.V {
			return int64(i), true
		}
	}
	return int64(len(xs)), true
}

func findBy[E k.Elem](x *k.Vec[E], y k.Value) (k.Value, bool) {
	if !k.Indexable(x) {
		return nil, false
	}
	switch yv := y.(type) {
	case k.Atom[E]:
		if yv.T != -x.T {
			return nil, false
		}
		i, _ := k.First(x, yv.V)
		return k.J(int64(i)), true
	case *k.Vec[E]:
		if yv.T != x.T {
			return nil, false
		}
		out := make([]int64, len(yv.V))
		for j, e := range yv.V {
			i, _ := k.First(x, e)
			out[j] = int64(i)
		}
		return longs(out), true
	}
	return nil, false
}

// integral reports whether t is the type of a short, int or long atom or
// vector.
func integral(t k.Type) bool {
	if t < 0 {
		t = -t
	}
	return t == k.KH || t == k.KI || t == k.KJ
}

// findIdx is Find as long indices, one per item of y (or one for an atom).
func findIdx(x, y k.Value) []int64 {
	r := Find(x, y)
	if a, ok := r.(k.Atom[int64]); ok {
		return []int64{a.V}
	}
	if v, ok := intVec(r); ok {
		return v
	}
	k.Signal(k.ErrType)
	return nil
}

// findRanked is Find in a general list x of rank n for a y (no
// dictionary, no table) of rank r. Where y is deeper than x's items it
// maps over y's items, passing both ranks down rather than walking x and
// y again at each level: a y nested thousands deep cost its depth
// squared (seconds) before it reached the walks' bound.
func findRanked(x k.Value, n int, y k.Value, r int) k.Value {
	if l, ok := y.(*k.List); ok && len(l.V) == 0 {
		// () is a mixed list, whose items (none) are sought one by one
		// (ref/find.md): ("ab";"cd")?() is !0, not a search for () whole
		return longs([]int64{})
	}
	switch {
	case r == n-1 || r == 1 && n > 2 && y.Type() > 0:
		// y whole: of x's rank less one, or a vector sought in a list
		// of lists (ref/find.md), though x's first item is deeper
		return k.J(findList(x, k.Enlist(y))[0])
	case r == 0 && k.IsAtom(y) && isData(y):
		// an atom in a list of deeper items is sought as a list of
		// one, enlisted to their rank: (,`a;,`b)?`b is 1 and
		// "0" in enlist enlist "0", while 3 is no item of (1 2;3)
		// (ref/in.md), which holds no ,3
		e := y
		for i := 1; i < n; i++ {
			e = k.Enlist(e)
		}
		return k.J(findList(x, k.Enlist(e))[0])
	case r < n-1:
		return k.J(int64(x.Len())) // only items of rank n-1 are sought
	}
	l, ok := y.(*k.List)
	if !ok {
		return findEach(x, y)
	}
	k.Nest()
	defer k.Unnest()
	out := make([]k.Value, len(l.V))
	var whole []int // items of y sought whole, found together below
	for i, it := range l.V {
		switch it.(type) {
		case *k.Dict, *k.Table:
			out[i] = Find(x, it)
			continue
		}
		ri := r - 1 // listRank(y) is one more than its first item's
		if i > 0 {
			ri = listRank(it)
		}
		if len(l.V) > findBatchMin && (ri == n-1 || ri == 1 && n > 2 && it.Type() > 0) {
			whole = append(whole, i)
			continue
		}
		out[i] = findRanked(x, n, it, ri)
	}
	if len(whole) > 0 {
		// one hash of x's items for all of them: a search per item
		// scanned x each time, quadratic (ll?ll on a million pairs)
		sought := make([]k.Value, len(whole))
		for j, i := range whole {
			sought[j] = l.V[i]
		}
		pos := findList(x, &k.List{V: sought})
		if len(whole) == len(l.V) {
			return longs(pos)
		}
		for j, i := range whole {
			out[i] = k.J(pos[j])
		}
	}
	if len(out) == 0 {
		return longs([]int64{})
	}
	return unifyList(out)
}

// findBatchMin is the count of items of y above which findRanked seeks
// those of x's item rank together, by one hash of x, rather than one scan
// of x each.
const findBatchMin = 8

// findEach maps Find over the items of y.
func findEach(x, y k.Value) k.Value {
	items := k.Items(y)
	k.Nest()
	defer k.Unnest()
	out := make([]k.Value, len(items))
	for i, it := range items {
		out[i] = Find(x, it)
	}
	if len(out) == 0 {
		return longs([]int64{})
	}
	return unifyList(out)
}

// findRows is t?y: the index of the row of t equal to record y (a
// dictionary keyed by column names, or a list of values in column order),
// or for a table y the index of each of its rows.
func findRows(t *k.Table, y k.Value) k.Value {
	if r, ok := findRecordFast(t, y); ok {
		return r
	}
	keys := serKeysOf(t)
	switch r := y.(type) {
	case *k.Table:
		cols, ok := colsInOrder(t, r)
		if !ok {
			k.Signal(k.ErrLength)
		}
		if pos, ok := findTypedRows(t, cols); ok {
			return longs(pos)
		}
		return longs(findSer(keys, serKeysOf(&k.Table{Cols: t.Cols, Data: cols})))
	case *k.Dict:
		vals := make([]k.Value, len(t.Data))
		for i, name := range t.Cols.V {
			j := findList(r.K, k.S(name))[0]
			if j >= int64(r.Len()) {
				k.Signal(k.ErrLength)
			}
			vals[i] = item(r.V, int(j))
		}
		return k.J(findSer(keys, serKeysRow(vals))[0])
	}
	if k.IsAtom(y) && len(t.Data) == 1 {
		// an atom is the record of a table of one column: the key of a
		// keyed table of one key column, key[kt]?`k
		return k.J(findSer(keys, serKeysRow([]k.Value{y}))[0])
	}
	if !k.IsList(y) || y.Len() != len(t.Data) {
		k.Signal(k.ErrLength)
	}
	return k.J(findSer(keys, serKeysRow(k.Items(y)))[0])
}

// Roll is `x?y` with an integer atom x: for positive x, x random picks
// from y (from til y for an integer y, from 0..y for a float y); for
// negative x, -x distinct picks (Deal); 0N?y is a random permutation. It
// draws from the process's shared generator; an interpreter, whose `\S`
// seeds its own, calls RollWith.
func Roll(x, y k.Value) k.Value { return RollWith(shared, x, y) }

// shared draws from math/rand/v2's global generator, which is safe for
// concurrent use and seeded at random.
var shared = rand.New(globalSource{})

// globalSource is math/rand/v2's global generator as a rand.Source.
type globalSource struct{}

// Uint64 draws from the global generator.
func (globalSource) Uint64() uint64 { return rand.Uint64() }

// Seeded is a rand.Source whose whole state is one 32-bit word, as q's
// seed is: `\S 0N` shows the state (State) and `\S n` sets it, so that
// seeding with the state shown goes on with the draws that would have
// come next. Each 32 bits drawn are a step of a Weyl sequence mixed by
// MurmurHash3's finalizer, which covers all 2^32 states.
type Seeded struct{ state uint32 }

// NewSeeded is a Seeded whose state is seed.
func NewSeeded(seed int32) *Seeded { return &Seeded{uint32(seed)} }

// State is the generator's state, as a seed that resumes it.
func (s *Seeded) State() int32 { return int32(s.state) }

// Uint64 draws 64 bits, as two 32-bit steps.
func (s *Seeded) Uint64() uint64 { return uint64(s.next())<<32 | uint64(s.next()) }

// next advances the state and gives 32 bits drawn from it.
func (s *Seeded) next() uint32 {
	s.state += 0x9e3779b9
	z := s.state
	z ^= z >> 16
	z *= 0x85ebca6b
	z ^= z >> 13
	z *= 0xc2b2ae35
	return z ^ z>>16
}

// RollWith is Roll drawing from r.
func RollWith(r *rand.Rand, x, y k.Value) k.Value {
	n := mustInt(x)
	if n == k.NJ {
		if k.IsAtom(y) {
			m := mustInt(y)
			if m < 0 {
				k.Signal(k.ErrDomain)
			}
			return longs(perm(r, clampLen(m), clampLen(m)))
		}
		return pickItems(y, perm(r, y.Len(), y.Len()))
	}
	deal := n < 0
	if deal {
		n = -n
	}
	cnt := clampLen(n)
	if k.IsAtom(y) {
		return generate(r, cnt, deal, y)
	}
	if _, tbl := y.(*k.Table); !k.IsList(y) && !tbl {
		k.Signal(k.ErrType)
	}
	m := int64(y.Len())
	if m == 0 && !deal {
		// rolled from no items, each pick is out of range: the items'
		// null, so rand each ("*"^.Q.t)$\:() is each type's null
		return Index(y, longs(make([]int64, cnt)))
	}
	var idx []int64
	if deal {
		if n > m {
			k.Signal(k.ErrLength)
		}
		idx = dealInts(r, cnt, m)
	} else {
		idx = make([]int64, cnt)
		for i := range idx {
			idx[i] = r.Int64N(m)
		}
	}
	return pickItems(y, idx)
}

// pickItems is the items of list y at indices idx; a table is a list of
// its records (ref/deal.md: y is a list), so its rows are picked.
func pickItems(y k.Value, idx []int64) k.Value {
	if t, ok := y.(*k.Table); ok {
		return Index(t, longs(idx))
	}
	return gatherList(y, idx)
}

// convInts gives longs v as a vector of the integer type of atom type t.
func convInts(t k.Type, v []int64) k.Value {
	switch t {
	case -k.KI:
		out := make([]int32, len(v))
		for i, e := range v {
			out[i] = int32(e)
		}
		return k.Ints(k.KI, out...)
	case -k.KH:
		out := make([]int16, len(v))
		for i, e := range v {
			out[i] = int16(e)
		}
		return &k.Vec[int16]{T: k.KH, V: out}
	}
	return longs(v)
}

// dealInts is n distinct random picks from til m.
func dealInts(r *rand.Rand, n int, m int64) []int64 {
	if int64(n)*4 >= m && m <= 1<<26 {
		return perm(r, int(m), n)
	}
	k.Reserve(n, mapEntry)
	seen := make(map[int64]struct{}, n)
	out := make([]int64, 0, n)
	for len(out) < n {
		r := r.Int64N(m)
		if _, ok := seen[r]; !ok {
			seen[r] = struct{}{}
			out = append(out, r)
		}
	}
	return out
}

// perm is the first n items of a random permutation of til m.
func perm(r *rand.Rand, m, n int) []int64 {
	p := iota(m)
	for i := 0; i < n && i < m; i++ {
		j := i + r.IntN(m-i)
		p[i], p[j] = p[j], p[i]
	}
	return p[:n]
}
