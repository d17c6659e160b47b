// This file converts q values to Go values: to the generic form Call and
// Receive return, and into typed destinations for Decode and Unmarshal.

package kdb

import (
	"fmt"
	"math"
	"reflect"
	"strings"
	"time"

	"qgo/interp/k"
)

// generic converts a q value to its generic Go form (see the package
// documentation for the table of types).
func generic(v k.Value) any {
	switch x := v.(type) {
	case k.Atom[bool]:
		return x.V
	case k.Atom[k.GUID]:
		return GUID(x.V)
	case k.Atom[uint8]:
		if x.T == -k.KC {
			return Char(x.V)
		}
		return x.V
	case k.Atom[int16]:
		return x.V
	case k.Atom[int32]:
		switch x.T {
		case -k.KM:
			return Month(x.V)
		case -k.KD:
			return Date(x.V)
		case -k.KU:
			return Minute(x.V)
		case -k.KV:
			return Second(x.V)
		case -k.KT:
			return Time(x.V)
		}
		return x.V
	case k.Atom[int64]:
		switch x.T {
		case -k.KP:
			return timestamp(x.V)
		case -k.KN:
			return time.Duration(x.V)
		}
		return x.V
	case k.Atom[float32]:
		return x.V
	case k.Atom[float64]:
		if x.T == -k.KZ {
			return Datetime(x.V)
		}
		return x.V
	case k.Atom[string]:
		return x.V
	case *k.Vec[bool]:
		return x.V
	case *k.Vec[k.GUID]:
		return convertAll(x.V, func(g k.GUID) GUID { return GUID(g) })
	case *k.Vec[uint8]:
		if x.T == k.KC {
			return Chars(x.V)
		}
		return x.V
	case *k.Vec[int16]:
		return x.V
	case *k.Vec[int32]:
		switch x.T {
		case k.KM:
			return convertAll(x.V, func(n int32) Month { return Month(n) })
		case k.KD:
			return convertAll(x.V, func(n int32) Date { return Date(n) })
		case k.KU:
			return convertAll(x.V, func(n int32) Minute { return Minute(n) })
		case k.KV:
			return convertAll(x.V, func(n int32) Second { return Second(n) })
		case k.KT:
			return convertAll(x.V, func(n int32) Time { return Time(n) })
		}
		return x.V
	case *k.Vec[int64]:
		switch x.T {
		case k.KP:
			return convertAll(x.V, timestamp)
		case k.KN:
			return convertAll(x.V, func(n int64) time.Duration { return time.Duration(n) })
		}
		return x.V
	case *k.Vec[float32]:
		return x.V
	case *k.Vec[float64]:
		if x.T == k.KZ {
			return convertAll(x.V, func(f float64) Datetime { return Datetime(f) })
		}
		return x.V
	case *k.Vec[string]:
		return x.V
	case *k.List:
		out := make([]any, len(x.V))
		for i, it := range x.V {
			out[i] = generic(it)
		}
		return out
	case *k.Dict:
		return Dict{Key: generic(x.K), Value: generic(x.V)}
	case *k.Table:
		t := Table{Columns: append([]string(nil), x.Cols.V...), Data: make([]any, len(x.Data))}
		for i, c := range x.Data {
			t.Data[i] = generic(c)
		}
		return t
	case *k.ErrVal:
		return &Error{Msg: x.Msg}
	}
	if v == nil || k.IsIdentity(v) {
		return nil
	}
	return Function{v: v}
}

// convertAll maps f over s.
func convertAll[S, T any](s []S, f func(S) T) []T {
	out := make([]T, len(s))
	for i, x := range s {
		out[i] = f(x)
	}
	return out
}

// timestamp is the instant of a q timestamp, in UTC; the null is the
// zero time.Time.
func timestamp(ns int64) time.Time {
	if ns == k.NJ {
		return time.Time{}
	}
	return epoch.Add(time.Duration(ns))
}

// decodeError reports a q value that cannot go into a Go type.
type decodeError struct {
	q  k.Type
	to reflect.Type
}

func (e *decodeError) Error() string {
	return fmt.Sprintf("kdb: cannot decode a q %s into a Go %v", qTypeName(e.q), e.to)
}

// qTypeName names a q type for an error message.
func qTypeName(t k.Type) string {
	switch {
	case t < 0 && t >= -k.KT:
		return typeName(t)
	case t > 0 && t <= k.KT:
		return typeName(-t) + " vector"
	case t == k.KList:
		return "general list"
	case t == k.XT:
		return "table"
	case t == k.XD:
		return "dictionary"
	case t == k.KErr:
		return "error"
	}
	return fmt.Sprintf("value of type %d", t)
}

// decode stores the q value v in dst, which must be settable.
func decode(v k.Value, dst reflect.Value) error {
	t := dst.Type()
	fail := func() error { return &decodeError{v.Type(), t} }
	if e, ok := v.(*k.ErrVal); ok {
		return &Error{Msg: e.Msg}
	}
	switch t {
	case timeType:
		tm, ok := toTime(v)
		if !ok {
			return fail()
		}
		dst.Set(reflect.ValueOf(tm))
		return nil
	case durationType:
		d, ok := toDuration(v)
		if !ok {
			return fail()
		}
		dst.SetInt(int64(d))
		return nil
	case charsType:
		s, ok := toString(v)
		if !ok {
			return fail()
		}
		dst.SetString(s)
		return nil
	case dictType, tableType, functionType, monthType, dateType, datetimeType, minuteType, secondType, qtimeType, charType:
		g := reflect.ValueOf(generic(v))
		if !g.IsValid() || g.Type() != t {
			return fail()
		}
		dst.Set(g)
		return nil
	}
	switch t.Kind() {
	case reflect.Interface:
		g := generic(v)
		if g == nil {
			dst.SetZero()
			return nil
		}
		gv := reflect.ValueOf(g)
		if !gv.Type().AssignableTo(t) {
			return fail()
		}
		dst.Set(gv)
		return nil
	case reflect.Pointer:
		if k.IsIdentity(v) || k.IsAtom(v) && k.IsNull(v) {
			dst.SetZero()
			return nil
		}
		p := reflect.New(t.Elem())
		if err := decode(v, p.Elem()); err != nil {
			return err
		}
		dst.Set(p)
		return nil
	case reflect.Bool:
		if b, ok := v.(k.Atom[bool]); ok {
			dst.SetBool(b.V)
			return nil
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n, null, ok := toInt(v)
		if !ok {
			break
		}
		if null {
			n = math.MinInt64 >> (64 - t.Bits())
		}
		if dst.OverflowInt(n) {
			return fmt.Errorf("kdb: %d overflows a Go %v", n, t)
		}
		dst.SetInt(n)
		return nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		n, null, ok := toInt(v)
		if !ok || null {
			break
		}
		if n < 0 || dst.OverflowUint(uint64(n)) {
			return fmt.Errorf("kdb: %d overflows a Go %v", n, t)
		}
		dst.SetUint(uint64(n))
		return nil
	case reflect.Float32, reflect.Float64:
		switch x := v.(type) {
		case k.Atom[float32]:
			dst.SetFloat(float64(x.V))
			return nil
		case k.Atom[float64]:
			dst.SetFloat(x.V)
			return nil
		}
		if n, null, ok := toInt(v); ok {
			if null {
				dst.SetFloat(math.NaN())
			} else {
				dst.SetFloat(float64(n))
			}
			return nil
		}
	case reflect.String:
		if s, ok := toString(v); ok {
			dst.SetString(s)
			return nil
		}
	case reflect.Array:
		if g, ok := v.(k.Atom[k.GUID]); ok && t.Len() == 16 && t.Elem().Kind() == reflect.Uint8 {
			reflect.Copy(dst, reflect.ValueOf(g.V))
			return nil
		}
	case reflect.Slice:
		return decodeSlice(v, dst)
	case reflect.Map:
		return decodeMap(v, dst)
	case reflect.Struct:
		if d, ok := v.(*k.Dict); ok {
			return decodeStruct(d, dst)
		}
	}
	return fail()
}

// toTime converts a timestamp, date, month or datetime atom to a
// time.Time in UTC; nulls give the zero time.Time.
func toTime(v k.Value) (time.Time, bool) {
	switch x := v.(type) {
	case k.Atom[int64]:
		if x.T == -k.KP {
			return timestamp(x.V), true
		}
	case k.Atom[int32]:
		switch x.T {
		case -k.KD:
			return Date(x.V).Time(), true
		case -k.KM:
			return Month(x.V).Time(), true
		}
	case k.Atom[float64]:
		if x.T == -k.KZ {
			return Datetime(x.V).Time(), true
		}
	}
	return time.Time{}, false
}

// toDuration converts a timespan, minute, second or time atom to a
// time.Duration; nulls give math.MinInt64.
func toDuration(v k.Value) (time.Duration, bool) {
	switch x := v.(type) {
	case k.Atom[int64]:
		if x.T == -k.KN {
			return time.Duration(x.V), true
		}
	case k.Atom[int32]:
		switch x.T {
		case -k.KU:
			return Minute(x.V).Duration(), true
		case -k.KV:
			return Second(x.V).Duration(), true
		case -k.KT:
			return Time(x.V).Duration(), true
		}
	}
	return 0, false
}

// toString converts a symbol, a char vector or a char to a string.
func toString(v k.Value) (string, bool) {
	switch x := v.(type) {
	case k.Atom[string]:
		return x.V, true
	case *k.Vec[uint8]:
		if x.T == k.KC {
			return string(x.V), true
		}
	case k.Atom[uint8]:
		if x.T == -k.KC {
			return string(rune(x.V)), true
		}
	}
	return "", false
}

// toInt converts an integral atom (boolean, byte, short, int, long, and
// the temporal types stored as counts) to an int64, reporting nulls.
func toInt(v k.Value) (n int64, null, ok bool) {
	switch x := v.(type) {
	case k.Atom[bool]:
		if x.V {
			return 1, false, true
		}
		return 0, false, true
	case k.Atom[uint8]:
		return int64(x.V), false, x.T == -k.KX
	case k.Atom[int16]:
		return int64(x.V), x.V == k.NH, true
	case k.Atom[int32]:
		return int64(x.V), x.V == k.NI, true
	case k.Atom[int64]:
		return x.V, x.V == k.NJ, true
	}
	return 0, false, false
}

// decodeSlice stores a q list in a Go slice: a vector or general list
// item by item, a table or keyed table row by row.
func decodeSlice(v k.Value, dst reflect.Value) error {
	t := dst.Type()
	if x, ok := v.(*k.Vec[uint8]); ok && t.Elem().Kind() == reflect.Uint8 {
		s := reflect.MakeSlice(t, len(x.V), len(x.V))
		reflect.Copy(s, reflect.ValueOf(x.V))
		dst.Set(s)
		return nil
	}
	if cols, data, ok := columns(v); ok {
		if isRecord(t.Elem()) {
			return decodeRows(cols, data, dst)
		}
		return decodeRowDicts(cols, data, dst)
	}
	if !k.IsList(v) {
		return &decodeError{v.Type(), t}
	}
	n := v.Len()
	s := reflect.MakeSlice(t, n, n)
	for i := range n {
		if fastItem(v, i, s.Index(i)) {
			continue
		}
		if err := decode(k.At(v, i), s.Index(i)); err != nil {
			return err
		}
	}
	dst.Set(s)
	return nil
}

// columns gives the column names and columns of a table or keyed table,
// its key columns first.
func columns(v k.Value) (names []string, data []k.Value, ok bool) {
	switch x := v.(type) {
	case *k.Table:
		return x.Cols.V, x.Data, true
	case *k.Dict:
		kt, ok1 := x.K.(*k.Table)
		vt, ok2 := x.V.(*k.Table)
		if ok1 && ok2 {
			return append(append([]string(nil), kt.Cols.V...), vt.Cols.V...), append(append([]k.Value(nil), kt.Data...), vt.Data...), true
		}
	}
	return nil, nil, false
}

// decodeRows stores the rows of a table in dst, a slice of structs (or of
// pointers to structs): each column goes to the field of its name.
func decodeRows(names []string, data []k.Value, dst reflect.Value) error {
	t := dst.Type()
	et := t.Elem()
	ptr := 0
	for et.Kind() == reflect.Pointer {
		et = et.Elem()
		ptr++
	}
	fs, err := fields(et)
	if err != nil {
		return err
	}
	n := 0
	if len(data) > 0 {
		n = data[0].Len()
	}
	s := reflect.MakeSlice(t, n, n)
	rows := make([]reflect.Value, n)
	for i := range rows {
		row := s.Index(i)
		for range ptr {
			p := reflect.New(row.Type().Elem())
			row.Set(p)
			row = p.Elem()
		}
		rows[i] = row
	}
	for j, name := range names {
		f, ok := findField(fs, name)
		if !ok {
			continue
		}
		for i, row := range rows {
			fv, err := row.FieldByIndexErr(f.index)
			if err != nil {
				fv = allocField(row, f.index)
			}
			if fastItem(data[j], i, fv) {
				continue
			}
			if err := decode(k.At(data[j], i), fv); err != nil {
				return fmt.Errorf("kdb: column %s: %w", name, err)
			}
		}
	}
	dst.Set(s)
	return nil
}

// decodeRowDicts stores the rows of a table in dst, a slice of maps or
// of interfaces, each row as the dictionary from column names to its
// items, as q's t i gives it.
func decodeRowDicts(names []string, data []k.Value, dst reflect.Value) error {
	n := 0
	if len(data) > 0 {
		n = data[0].Len()
	}
	s := reflect.MakeSlice(dst.Type(), n, n)
	keys := k.Syms(names...)
	for i := range n {
		items := make([]k.Value, len(data))
		for j, col := range data {
			items[j] = k.At(col, i)
		}
		if err := decode(&k.Dict{K: keys, V: unified(items)}, s.Index(i)); err != nil {
			return err
		}
	}
	dst.Set(s)
	return nil
}

// findField finds the field for a column or key: by exact name, else
// ignoring case, as encoding/json does.
func findField(fs []field, name string) (field, bool) {
	for _, f := range fs {
		if f.name == name {
			return f, true
		}
	}
	for _, f := range fs {
		if strings.EqualFold(f.name, name) {
			return f, true
		}
	}
	return field{}, false
}

// allocField reaches field index of struct v, allocating the nil
// embedded pointers on the way.
func allocField(v reflect.Value, index []int) reflect.Value {
	for i, x := range index {
		if i > 0 && v.Kind() == reflect.Pointer {
			if v.IsNil() {
				v.Set(reflect.New(v.Type().Elem()))
			}
			v = v.Elem()
		}
		v = v.Field(x)
	}
	return v
}

// decodeStruct stores a dictionary with symbol keys in a struct, each
// value in the field of its key's name.
func decodeStruct(d *k.Dict, dst reflect.Value) error {
	keys, ok := d.K.(*k.Vec[string])
	if !ok || !k.IsList(d.V) {
		return &decodeError{d.Type(), dst.Type()}
	}
	fs, err := fields(dst.Type())
	if err != nil {
		return err
	}
	for i, name := range keys.V {
		f, ok := findField(fs, name)
		if !ok {
			continue
		}
		if err := decode(k.At(d.V, i), allocField(dst, f.index)); err != nil {
			return fmt.Errorf("kdb: key %s: %w", name, err)
		}
	}
	return nil
}

// decodeMap stores a dictionary in a Go map.
func decodeMap(v k.Value, dst reflect.Value) error {
	t := dst.Type()
	d, ok := v.(*k.Dict)
	if !ok || !k.IsList(d.K) || !k.IsList(d.V) {
		return &decodeError{v.Type(), t}
	}
	m := reflect.MakeMapWithSize(t, d.K.Len())
	for i := range d.K.Len() {
		key := reflect.New(t.Key()).Elem()
		if err := decode(k.At(d.K, i), key); err != nil {
			return err
		}
		val := reflect.New(t.Elem()).Elem()
		if err := decode(k.At(d.V, i), val); err != nil {
			return err
		}
		m.SetMapIndex(key, val)
	}
	dst.Set(m)
	return nil
}
