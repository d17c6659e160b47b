package interp

import "qgo/interp/k"

// joinPairs is x,'y of two simple vectors of the same count: the list of
// their pairs, made without applying Join to each pair of items. Pairs of
// items of one type are 2-item vectors of it, cut from one array; pairs
// of items of two types are general lists of two atoms ("ab",'1 2 is
// ("a";1) ("b";2)), their items cut from one array. Each pair's slice is
// capped at its own 2 items, so nothing appended to one reaches the next.
// It reports false for anything else, which takes the general way (Join
// Each item by item, which also signals 'length).
func joinPairs(f k.Value, args []k.Value) (k.Value, bool) {
	p, ok := asPrim(f).(*k.Prim)
	if !ok || p.Name != "," || len(args) != 2 {
		return nil, false
	}
	x, y := args[0], args[1]
	if !simpleVec(x) || !simpleVec(y) || x.Len() != y.Len() || x.Len() == 0 {
		return nil, false
	}
	n := x.Len()
	k.Reserve(n, 64)
	out := make([]k.Value, n)
	if x.Type() == y.Type() {
		switch x := x.(type) {
		case *k.Vec[bool]:
			pairsOf(out, x, y.(*k.Vec[bool]))
		case *k.Vec[uint8]:
			pairsOf(out, x, y.(*k.Vec[uint8]))
		case *k.Vec[int16]:
			pairsOf(out, x, y.(*k.Vec[int16]))
		case *k.Vec[int32]:
			pairsOf(out, x, y.(*k.Vec[int32]))
		case *k.Vec[int64]:
			pairsOf(out, x, y.(*k.Vec[int64]))
		case *k.Vec[float32]:
			pairsOf(out, x, y.(*k.Vec[float32]))
		case *k.Vec[float64]:
			pairsOf(out, x, y.(*k.Vec[float64]))
		case *k.Vec[string]:
			pairsOf(out, x, y.(*k.Vec[string]))
		case *k.Vec[k.GUID]:
			pairsOf(out, x, y.(*k.Vec[k.GUID]))
		default:
			return nil, false
		}
		return &k.List{V: out}, true
	}
	items := make([]k.Value, 2*n)
	lists := make([]k.List, n)
	for i := range n {
		items[2*i], items[2*i+1] = k.At(x, i), k.At(y, i)
		lists[i].V = items[2*i : 2*i+2 : 2*i+2]
		out[i] = &lists[i]
	}
	return &k.List{V: out}, true
}

// simpleVec reports whether v is a vector of one of q's base types
// (boolean to time), not an enumeration, a general list or a table.
func simpleVec(v k.Value) bool {
	t := v.Type()
	if t < k.KB || t > k.KT {
		return false
	}
	switch v.(type) {
	case *k.Vec[bool], *k.Vec[uint8], *k.Vec[int16], *k.Vec[int32], *k.Vec[int64],
		*k.Vec[float32], *k.Vec[float64], *k.Vec[string], *k.Vec[k.GUID]:
		return true
	}
	return false
}

// pairsOf fills out with the 2-item vectors (x[i];y[i]), of x's type.
func pairsOf[E k.Elem](out []k.Value, x, y *k.Vec[E]) {
	buf := make([]E, 2*len(out))
	vecs := make([]k.Vec[E], len(out))
	for i := range out {
		buf[2*i], buf[2*i+1] = x.V[i], y.V[i]
		vecs[i] = k.Vec[E]{T: x.T, V: buf[2*i : 2*i+2 : 2*i+2]}
		out[i] = &vecs[i]
	}
}
