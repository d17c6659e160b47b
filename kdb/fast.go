// This file holds the fast paths of the conversions for the common
// column types: a column of structs' fields to a q vector, and a q vector's
// items to fields, without making a q atom for each item. The general
// paths in encode.go and decode.go give the same results, slower.

package kdb

import (
	"reflect"
	"time"

	"qgo/interp/k"
)

// fastColumn makes the q vector of type -qt holding field f of each row,
// when f's Go type is the natural one for qt and no row is missing.
func fastColumn(rows []reflect.Value, f field, qt k.Type) (k.Value, bool) {
	if f.typ.Kind() == reflect.Pointer || len(rows) == 0 {
		return nil, false
	}
	fvs := make([]reflect.Value, len(rows))
	for i, row := range rows {
		if !row.IsValid() {
			return nil, false
		}
		if fvs[i] = fieldOf(row, f); !fvs[i].IsValid() {
			return nil, false
		}
	}
	switch {
	case qt == -k.KJ || qt == -k.KI || qt == -k.KH || qt == -k.KN:
		if natural, _ := naturalType(f.typ); natural != qt {
			return nil, false // an integer tagged as another q type
		}
		switch qt {
		case -k.KJ, -k.KN:
			return &k.Vec[int64]{T: -qt, V: collectFields(fvs, func(v reflect.Value) int64 { return v.Int() })}, true
		case -k.KI:
			return &k.Vec[int32]{T: -qt, V: collectFields(fvs, func(v reflect.Value) int32 { return int32(v.Int()) })}, true
		case -k.KH:
			return &k.Vec[int16]{T: -qt, V: collectFields(fvs, func(v reflect.Value) int16 { return int16(v.Int()) })}, true
		}
	case qt == -k.KF && f.typ.Kind() == reflect.Float64:
		return k.Floats(collectFields(fvs, func(v reflect.Value) float64 { return v.Float() })...), true
	case qt == -k.KS && f.typ.Kind() == reflect.String:
		return k.Syms(collectFields(fvs, func(v reflect.Value) string { return v.String() })...), true
	case qt == -k.KB && f.typ.Kind() == reflect.Bool:
		return k.Bools(collectFields(fvs, func(v reflect.Value) bool { return v.Bool() })...), true
	case qt == -k.KP && f.typ == timeType && fvs[0].CanAddr():
		return &k.Vec[int64]{T: k.KP, V: collectFields(fvs, func(v reflect.Value) int64 {
			t := *v.Addr().Interface().(*time.Time)
			if t.IsZero() {
				return k.NJ
			}
			return int64(t.Sub(epoch))
		})}, true
	}
	return nil, false
}

// collectFields maps get over fvs.
func collectFields[E any](fvs []reflect.Value, get func(reflect.Value) E) []E {
	out := make([]E, len(fvs))
	for i, v := range fvs {
		out[i] = get(v)
	}
	return out
}

// fastItem stores item i of the q vector col in dst when dst's Go type
// is the natural one for col's items; it reports whether it did.
func fastItem(col k.Value, i int, dst reflect.Value) bool {
	t := dst.Type()
	switch x := col.(type) {
	case *k.Vec[int64]:
		switch {
		case x.T == k.KJ && (t.Kind() == reflect.Int64 || t.Kind() == reflect.Int) && t != durationType:
			dst.SetInt(x.V[i])
		case x.T == k.KN && t == durationType:
			dst.SetInt(x.V[i])
		case x.T == k.KP && t == timeType && dst.CanAddr():
			*dst.Addr().Interface().(*time.Time) = timestamp(x.V[i])
		default:
			return false
		}
	case *k.Vec[int32]:
		if x.T != k.KI || t.Kind() != reflect.Int32 {
			return false
		}
		switch t {
		case monthType, dateType, minuteType, secondType, qtimeType:
			return false
		}
		dst.SetInt(int64(x.V[i]))
	case *k.Vec[float64]:
		if x.T != k.KF || t.Kind() != reflect.Float64 || t == datetimeType {
			return false
		}
		dst.SetFloat(x.V[i])
	case *k.Vec[string]:
		if t.Kind() != reflect.String {
			return false
		}
		dst.SetString(x.V[i])
	case *k.Vec[bool]:
		if t.Kind() != reflect.Bool {
			return false
		}
		dst.SetBool(x.V[i])
	default:
		return false
	}
	return true
}
