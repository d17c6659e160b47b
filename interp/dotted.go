// This file defines the fields a dotted name reaches through its first
// part: t.c (a column of a table, an entry of a dictionary), s.name (a
// column of the table a foreign key enumerates, docs/basics/joins.md) and
// x.hh (a part of a temporal value, docs/ref/cast.md#temporal), chained
// as in s.eid.currency or time.date.

package interp

import (
	"qgo/interp/k"
	"qgo/interp/prim"
)

// temporalFields are the fields a temporal value answers, each as the
// cast `f$x (`mm of a time of day is its minute).
var temporalFields = map[string]bool{
	"year": true, "month": true, "mm": true, "week": true, "dd": true,
	"hh": true, "uu": true, "ss": true, "date": true, "time": true,
	"minute": true, "second": true, "timestamp": true, "timespan": true,
	"datetime": true,
}

// field is x.name: a temporal part, a column of the table a foreign key
// points into, or else x indexed by `name.
func (in *Interp) field(x k.Value, name string) k.Value {
	switch {
	case prim.IsEnum(x):
		if v, ok := in.foreignField(x, name); ok {
			return v
		}
	case temporalFields[name] && isTemporalValue(x):
		return prim.Cast(k.S(name), x)
	}
	return in.index(x, k.S(name))
}

// isTemporalValue reports whether x is a temporal atom or vector.
func isTemporalValue(x k.Value) bool {
	t := x.Type()
	if t < 0 {
		t = -t
	}
	return t >= k.KP && t <= k.KT
}

// foreignField gives column name of the keyed table that the foreign key
// x (an enumeration over that table) points into, at x's rows.
func (in *Interp) foreignField(x k.Value, name string) (k.Value, bool) {
	var kt, vt *k.Table
	switch d := k.DomainOf(x).(type) {
	case *k.Dict: // a foreign key: an enumeration over a keyed table
		kt, _ = d.K.(*k.Table)
		vt, _ = d.V.(*k.Table)
	case *k.Table: // a link column, `t!indices (docs/kb/linking-columns.md)
		if in.partOf(d) != nil {
			// a link into a partitioned table from a table that is not
			// partitioned (q 4.1t 2022.04.15)
			k.Signal("par")
		}
		vt = d
	}
	if vt == nil {
		return nil, false
	}
	var col k.Value
	for i, c := range vt.Cols.V {
		if c == name {
			col = vt.Data[i]
		}
	}
	if col == nil && kt != nil {
		for i, c := range kt.Cols.V {
			if c == name {
				col = kt.Data[i]
			}
		}
	}
	if col == nil {
		k.Signal(name)
	}
	var idx k.Value
	switch e := x.(type) {
	case *k.Enum:
		idx = k.Longs(e.V...)
	case k.EnumAtom:
		idx = k.J(e.V)
	}
	return prim.Index(col, idx), true
}
