// This file defines the dictionary primitives: Dict (`!`) with its enkey
// and unkey forms, key, value, keys and xkey.

package prim

import "qgo/interp/k"

// Bang is `x!y`: a dictionary from same-count lists x (keys) and y
// (values); a keyed table from two tables; for an integer x and a table
// y, y keyed on its first x columns (0 unkeys); a list of keys onto an
// atom is the dictionary kdb+ makes of them.
func Bang(x, y k.Value) k.Value {
	if n, ok := intAtom(x); ok && x.Type() != -k.KB {
		switch t := y.(type) {
		case *k.Table:
			if n < 0 || n > int64(len(t.Data)) {
				k.Signal(k.ErrLength)
			}
			return enkey(int(n), t)
		case *k.Dict:
			if isKeyed(t) {
				u := unkey(t)
				if n < 0 || n > int64(len(u.Data)) {
					k.Signal(k.ErrLength)
				}
				return enkey(int(n), u)
			}
		}
	}
	if !isData(x) || !isData(y) {
		k.Signal(k.ErrType)
	}
	if k.IsAtom(x) || k.IsAtom(y) {
		if k.IsAtom(x) && k.IsAtom(y) {
			return &k.Dict{K: k.Enlist(x), V: k.Enlist(y)}
		}
		if k.IsAtom(y) {
			// keys onto one atom: the form kdb+ holds a partitioned
			// table's flip in (`c1`c2!`t); TorQ's exec (w!x) from ...
			return &k.Dict{K: x, V: y}
		}
		k.Signal(k.ErrLength)
	}
	if _, ok := x.(*k.Dict); ok {
		k.Signal(k.ErrType)
	}
	if _, ok := y.(*k.Dict); ok {
		k.Signal(k.ErrType)
	}
	// a table is a list of its records, so t!v keys v by t's rows, as
	// group t does (ref/dict.md: same-length lists)
	if l, ok := y.(*k.List); ok && len(l.V) == 0 && x.Len() > 0 {
		// keys!() maps every key to (): enlist[`trade]!() starts a
		// dictionary of lists that d[k],:v then grows
		items := make([]k.Value, x.Len())
		for i := range items {
			items[i] = k.NewList()
		}
		return &k.Dict{K: x, V: k.NewList(items...)}
	}
	if x.Len() != y.Len() {
		k.Signal(k.ErrLength)
	}
	return &k.Dict{K: x, V: y}
}

// typeNames are the names `key` gives the vector types.
var typeNames = map[k.Type]string{
	k.KB: "boolean", k.KG: "guid", k.KX: "byte", k.KH: "short", k.KI: "int",
	k.KJ: "long", k.KE: "real", k.KF: "float", k.KC: "char", k.KS: "symbol",
	k.KP: "timestamp", k.KM: "month", k.KD: "date", k.KZ: "datetime",
	k.KN: "timespan", k.KU: "minute", k.KV: "second", k.KT: "time",
}

// Key is `key x` (`!x`): the keys of a dictionary, the key table of a
// keyed table, til of a non-negative integer, the name of a vector's type.
// Symbols (names, file handles) are the evaluator's business.
func Key(x k.Value) k.Value {
	switch v := x.(type) {
	case *k.Dict:
		return v.K
	case *k.Table:
		k.Signal(k.ErrType)
	}
	if x.Type() < 0 && x.Type() != -k.KS {
		if _, ok := intAtom(x); ok && x.Type() != -k.KB {
			return Til(x)
		}
	}
	if name, ok := typeNames[x.Type()]; ok {
		return k.S(name)
	}
	k.Signal(k.ErrType)
	return nil
}

// Value is `value x` on data: the values of a dictionary (the value
// table of a keyed table); a table is its own value. Strings, symbols,
// lists and functions are the evaluator's business and give 'type here.
func Value(x k.Value) k.Value {
	switch v := x.(type) {
	case *k.Dict:
		return v.V
	case *k.Table:
		return v
	}
	k.Signal(k.ErrType)
	return nil
}

// Keys is `keys t`: the names of the key columns of a keyed table (an
// empty symbol list for a simple table).
func Keys(x k.Value) k.Value {
	switch v := x.(type) {
	case *k.Table:
		return k.Syms()
	case *k.Dict:
		if kt, ok := v.K.(*k.Table); ok {
			return kt.Cols
		}
	}
	k.Signal(k.ErrType)
	return nil
}

// Xkey is `x xkey t`: t keyed on the columns x, which are moved to the
// front; an empty x unkeys.
func Xkey(x, y k.Value) k.Value {
	names := symsOf(x)
	t := unkey(y)
	return enkey(len(names), Xcols(k.Syms(names...), t).(*k.Table))
}
