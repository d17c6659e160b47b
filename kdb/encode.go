// This file converts Go values to q values, for Call's and Async's
// arguments and for Marshal.

package kdb

import (
	"cmp"
	"fmt"
	"math"
	"reflect"
	"slices"
	"strings"
	"sync"
	"time"

	"qgo/interp/k"
)

// Reflected types the conversions single out.
var (
	timeType     = reflect.TypeFor[time.Time]()
	durationType = reflect.TypeFor[time.Duration]()
	charType     = reflect.TypeFor[Char]()
	charsType    = reflect.TypeFor[Chars]()
	guidType     = reflect.TypeFor[GUID]()
	monthType    = reflect.TypeFor[Month]()
	dateType     = reflect.TypeFor[Date]()
	datetimeType = reflect.TypeFor[Datetime]()
	minuteType   = reflect.TypeFor[Minute]()
	secondType   = reflect.TypeFor[Second]()
	qtimeType    = reflect.TypeFor[Time]()
	dictType     = reflect.TypeFor[Dict]()
	tableType    = reflect.TypeFor[Table]()
	functionType = reflect.TypeFor[Function]()
	errorType    = reflect.TypeFor[Error]()
)

// hintString is the hint of a field tagged ",string": a char vector.
const hintString = k.KC

// typeNames are the q type names a struct tag may give after the column
// name, and the q atom type each asks for; "string" asks for a char
// vector.
var typeNames = map[string]k.Type{
	"boolean": -k.KB, "guid": -k.KG, "byte": -k.KX, "short": -k.KH,
	"int": -k.KI, "long": -k.KJ, "real": -k.KE, "float": -k.KF,
	"char": -k.KC, "symbol": -k.KS, "timestamp": -k.KP, "month": -k.KM,
	"date": -k.KD, "datetime": -k.KZ, "timespan": -k.KN, "minute": -k.KU,
	"second": -k.KV, "time": -k.KT, "string": hintString,
}

// maxDepth bounds the nesting of a Go value sent, so that a cycle of
// pointers is an error rather than a crash.
const maxDepth = 1000

// toK converts a Go value to a q value.
func toK(v any) (k.Value, error) {
	return encode(reflect.ValueOf(v), 0, 0)
}

// naturalType is the q atom type a Go type is sent as, when it is one.
func naturalType(t reflect.Type) (k.Type, bool) {
	switch t {
	case timeType:
		return -k.KP, true
	case durationType:
		return -k.KN, true
	case charType:
		return -k.KC, true
	case monthType:
		return -k.KM, true
	case dateType:
		return -k.KD, true
	case datetimeType:
		return -k.KZ, true
	case minuteType:
		return -k.KU, true
	case secondType:
		return -k.KV, true
	case qtimeType:
		return -k.KT, true
	case charsType:
		return 0, false
	}
	switch t.Kind() {
	case reflect.Bool:
		return -k.KB, true
	case reflect.Uint8:
		return -k.KX, true
	case reflect.Int16:
		return -k.KH, true
	case reflect.Int32:
		return -k.KI, true
	case reflect.Int, reflect.Int64:
		return -k.KJ, true
	case reflect.Float32:
		return -k.KE, true
	case reflect.Float64:
		return -k.KF, true
	case reflect.String:
		return -k.KS, true
	case reflect.Array:
		if t.Len() == 16 && t.Elem().Kind() == reflect.Uint8 {
			return -k.KG, true
		}
	}
	return 0, false
}

// atomType is the q atom type a value of Go type t is sent as under hint
// (0 for none), looking through pointers, which send nil as q's null.
func atomType(t reflect.Type, hint k.Type) (k.Type, bool) {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	qt, ok := naturalType(t)
	if !ok {
		return 0, false
	}
	if hint < 0 {
		return hint, true
	}
	if hint == hintString && qt == -k.KS {
		return 0, false
	}
	return qt, true
}

// encode converts rv to a q value; hint is the q type a struct tag asked
// for, or 0.
func encode(rv reflect.Value, hint k.Type, depth int) (k.Value, error) {
	if depth > maxDepth {
		return nil, fmt.Errorf("kdb: value nested more than %d deep", maxDepth)
	}
	if !rv.IsValid() {
		return k.Identity, nil
	}
	t := rv.Type()
	switch t {
	case charsType:
		return k.Str(rv.String()), nil
	case dictType:
		return encodeDict(rv.Interface().(Dict), depth)
	case tableType:
		return encodeTable(rv.Interface().(Table), depth)
	case functionType:
		if f := rv.Interface().(Function); f.v != nil {
			return f.v, nil
		}
		return nil, fmt.Errorf("kdb: zero Function")
	case errorType:
		return &k.ErrVal{Msg: rv.Interface().(Error).Msg}, nil
	}
	if qt, ok := atomType(t, hint); ok && t.Kind() != reflect.Pointer {
		return atom(rv, qt)
	}
	switch t.Kind() {
	case reflect.String:
		if hint == hintString {
			return k.Str(rv.String()), nil
		}
	case reflect.Pointer:
		if rv.IsNil() {
			if qt, ok := atomType(t, hint); ok {
				return k.Null(qt), nil
			}
			return k.Identity, nil
		}
		return encode(rv.Elem(), hint, depth+1)
	case reflect.Interface:
		if rv.IsNil() {
			return k.Identity, nil
		}
		return encode(rv.Elem(), hint, depth+1)
	case reflect.Slice, reflect.Array:
		return encodeList(rv, hint, depth)
	case reflect.Map:
		return encodeMap(rv, depth)
	case reflect.Struct:
		return encodeStruct(rv, depth)
	}
	return nil, fmt.Errorf("kdb: cannot send a Go %v as a q value", t)
}

// atom converts rv, of a Go type naturalType knows, to a q atom of type
// qt.
func atom(rv reflect.Value, qt k.Type) (k.Value, error) {
	t := rv.Type()
	switch {
	case t == timeType:
		return timeAtom(rv.Interface().(time.Time), qt)
	case t == durationType:
		return durationAtom(time.Duration(rv.Int()), qt)
	}
	switch t.Kind() {
	case reflect.Bool:
		if qt == -k.KB {
			return k.B(rv.Bool()), nil
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return intAtom(rv.Int(), qt)
	case reflect.Uint8:
		return intAtom(int64(rv.Uint()), qt)
	case reflect.Float32, reflect.Float64:
		switch qt {
		case -k.KE:
			return k.E(float32(rv.Float())), nil
		case -k.KF, -k.KZ:
			return k.Atom[float64]{T: qt, V: rv.Float()}, nil
		}
	case reflect.String:
		s := rv.String()
		switch {
		case qt == -k.KS:
			return k.S(s), nil
		case qt == -k.KC && len(s) == 1:
			return k.C(s[0]), nil
		}
	case reflect.Array:
		if qt == -k.KG {
			var g k.GUID
			reflect.Copy(reflect.ValueOf(&g).Elem(), rv)
			return k.G(g), nil
		}
	}
	return nil, fmt.Errorf("kdb: cannot send a Go %v as a q %s", t, typeName(qt))
}

// intAtom makes a q atom of type qt holding n, which must fit.
func intAtom(n int64, qt k.Type) (k.Value, error) {
	fits := func(lo, hi int64) bool { return lo <= n && n <= hi }
	switch qt {
	case -k.KB:
		if fits(0, 1) {
			return k.B(n == 1), nil
		}
	case -k.KX, -k.KC:
		if fits(0, math.MaxUint8) {
			return k.Atom[uint8]{T: qt, V: uint8(n)}, nil
		}
	case -k.KH:
		if fits(math.MinInt16, math.MaxInt16) {
			return k.H(int16(n)), nil
		}
	case -k.KI, -k.KM, -k.KD, -k.KU, -k.KV, -k.KT:
		if fits(math.MinInt32, math.MaxInt32) {
			return k.Atom[int32]{T: qt, V: int32(n)}, nil
		}
	case -k.KJ, -k.KP, -k.KN:
		return k.Atom[int64]{T: qt, V: n}, nil
	case -k.KE:
		return k.E(float32(n)), nil
	case -k.KF, -k.KZ:
		return k.Atom[float64]{T: qt, V: float64(n)}, nil
	default:
		return nil, fmt.Errorf("kdb: cannot send an integer as a q %s", typeName(qt))
	}
	return nil, fmt.Errorf("kdb: %d does not fit in a q %s", n, typeName(qt))
}

// timeAtom converts t to a q timestamp, date, month or datetime. A
// timestamp or datetime is the instant t; a date or month is t's calendar
// day or month in t's own location. The zero time.Time is q's null.
func timeAtom(t time.Time, qt k.Type) (k.Value, error) {
	if t.IsZero() {
		if qt == -k.KP || qt == -k.KD || qt == -k.KM || qt == -k.KZ {
			return k.Null(qt), nil
		}
	}
	switch qt {
	case -k.KP:
		return k.Atom[int64]{T: qt, V: int64(t.Sub(epoch))}, nil
	case -k.KD:
		y, m, d := t.Date()
		return k.Atom[int32]{T: qt, V: k.DaysFromYMD(y, int(m), d)}, nil
	case -k.KM:
		y, m, _ := t.Date()
		return k.Atom[int32]{T: qt, V: int32((y-2000)*12 + int(m) - 1)}, nil
	case -k.KZ:
		return k.Atom[float64]{T: qt, V: float64(t.Sub(epoch)) / float64(24*time.Hour)}, nil
	}
	return nil, fmt.Errorf("kdb: cannot send a time.Time as a q %s", typeName(qt))
}

// durationAtom converts d to a q timespan, minute, second or time,
// truncating to the unit; math.MinInt64 is q's null.
func durationAtom(d time.Duration, qt k.Type) (k.Value, error) {
	unit := time.Duration(0)
	switch qt {
	case -k.KN:
		return k.Atom[int64]{T: qt, V: int64(d)}, nil
	case -k.KU:
		unit = time.Minute
	case -k.KV:
		unit = time.Second
	case -k.KT:
		unit = time.Millisecond
	default:
		return nil, fmt.Errorf("kdb: cannot send a time.Duration as a q %s", typeName(qt))
	}
	if d == math.MinInt64 {
		return k.Null(qt), nil
	}
	return intAtom(int64(d/unit), qt)
}

// typeName is q's name for the atom type qt.
func typeName(qt k.Type) string {
	for name, t := range typeNames {
		if t == qt {
			return name
		}
	}
	return fmt.Sprintf("type %d", qt)
}

// encodeList converts a Go slice or array: to a q vector when its items
// are atoms of one type, to a table when they are structs, and to a
// general list otherwise.
func encodeList(rv reflect.Value, hint k.Type, depth int) (k.Value, error) {
	et := rv.Type().Elem()
	n := rv.Len()
	if et.Kind() == reflect.Uint8 && et != charType && hint == 0 && rv.Kind() == reflect.Slice {
		return &k.Vec[uint8]{T: k.KX, V: append([]byte(nil), rv.Bytes()...)}, nil
	}
	if isRecord(et) {
		return encodeRows(rv, depth)
	}
	qt, isAtom := atomType(et, hint)
	items := make([]k.Value, n)
	for i := range n {
		v, err := encode(rv.Index(i), hint, depth+1)
		if err != nil {
			return nil, err
		}
		items[i] = v
	}
	return column(items, qt, isAtom), nil
}

// column makes a list of items: a vector of qt when the items are its
// atoms (an empty one if there are none), a general list otherwise.
func column(items []k.Value, qt k.Type, isAtom bool) k.Value {
	switch {
	case !isAtom:
		return &k.List{V: items}
	case len(items) == 0:
		return k.Empty(-qt)
	}
	return k.Unify(items)
}

// isRecord reports whether values of type t are sent as dictionaries, and
// slices of them as tables: structs other than the time types, and
// pointers to them.
func isRecord(t reflect.Type) bool {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t.Kind() == reflect.Struct && t != timeType && t != dictType && t != tableType && t != functionType && t != errorType
}

// field is a struct field as a column or dictionary key.
type field struct {
	name  string
	index []int
	hint  k.Type
	typ   reflect.Type
}

// fieldCache holds the fields of each struct type met.
var fieldCache sync.Map // reflect.Type -> []field

// fields lists the fields of struct type t that are sent and received:
// exported, not tagged `kdb:"-"`, with those of embedded structs
// promoted, as encoding/json does.
func fields(t reflect.Type) ([]field, error) {
	if fs, ok := fieldCache.Load(t); ok {
		return fs.([]field), nil
	}
	var fs []field
	for _, sf := range reflect.VisibleFields(t) {
		tag, tagged := sf.Tag.Lookup("kdb")
		if tag == "-" || !sf.IsExported() {
			continue
		}
		if sf.Anonymous && !tagged && isRecord(sf.Type) {
			continue // promoted: its fields are listed on their own
		}
		name, opt, _ := strings.Cut(tag, ",")
		if name == "" {
			name = sf.Name
		}
		f := field{name: name, index: sf.Index, typ: sf.Type}
		if opt != "" {
			h, ok := typeNames[opt]
			if !ok {
				return nil, fmt.Errorf("kdb: field %s of %v: unknown q type %q", sf.Name, t, opt)
			}
			f.hint = h
		}
		fs = append(fs, f)
	}
	fieldCache.Store(t, fs)
	return fs, nil
}

// fieldOf is field f of struct value rv, reached through embedded
// pointers; invalid when one of them is nil.
func fieldOf(rv reflect.Value, f field) reflect.Value {
	v, err := rv.FieldByIndexErr(f.index)
	if err != nil {
		return reflect.Value{}
	}
	return v
}

// encodeRows converts a slice of structs to a table, a column per field.
func encodeRows(rv reflect.Value, depth int) (k.Value, error) {
	et := rv.Type().Elem()
	for et.Kind() == reflect.Pointer {
		et = et.Elem()
	}
	fs, err := fields(et)
	if err != nil {
		return nil, err
	}
	n := rv.Len()
	rows := make([]reflect.Value, n)
	for i := range rows {
		rows[i] = reflect.Indirect(rv.Index(i))
	}
	cols := make([]k.Value, len(fs))
	names := make([]string, len(fs))
	for j, f := range fs {
		names[j] = f.name
		qt, isAtom := atomType(f.typ, f.hint)
		if isAtom {
			if col, ok := fastColumn(rows, f, qt); ok {
				cols[j] = col
				continue
			}
		}
		items := make([]k.Value, n)
		for i, row := range rows {
			var fv reflect.Value
			if row.IsValid() {
				fv = fieldOf(row, f)
			}
			var v k.Value
			if fv.IsValid() {
				v, err = encode(fv, f.hint, depth+1)
			} else {
				v, err = nullOf(f.typ, f.hint), nil
			}
			if err != nil {
				return nil, err
			}
			items[i] = v
		}
		cols[j] = column(items, qt, isAtom)
	}
	return &k.Table{Cols: k.Syms(names...), Data: cols}, nil
}

// nullOf is q's null for a Go value of type t under hint: the typed null
// of an atom type, `::` for anything else.
func nullOf(t reflect.Type, hint k.Type) k.Value {
	if qt, ok := atomType(t, hint); ok {
		return k.Null(qt)
	}
	return k.Identity
}

// encodeStruct converts a struct to a dictionary from its field names.
func encodeStruct(rv reflect.Value, depth int) (k.Value, error) {
	fs, err := fields(rv.Type())
	if err != nil {
		return nil, err
	}
	names := make([]string, len(fs))
	vals := make([]k.Value, len(fs))
	for i, f := range fs {
		names[i] = f.name
		fv := fieldOf(rv, f)
		if !fv.IsValid() {
			vals[i] = nullOf(f.typ, f.hint)
			continue
		}
		if vals[i], err = encode(fv, f.hint, depth+1); err != nil {
			return nil, err
		}
	}
	return &k.Dict{K: k.Syms(names...), V: unified(vals)}, nil
}

// unified is q's list of items: a vector when they are atoms of one type.
func unified(items []k.Value) k.Value {
	if len(items) == 0 {
		return &k.List{}
	}
	return k.Unify(items)
}

// encodeMap converts a map to a dictionary, its keys in ascending order
// when they are numbers or strings.
func encodeMap(rv reflect.Value, depth int) (k.Value, error) {
	keys := rv.MapKeys()
	switch kt := rv.Type().Key(); kt.Kind() {
	case reflect.String:
		slices.SortFunc(keys, func(a, b reflect.Value) int { return cmp.Compare(a.String(), b.String()) })
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		slices.SortFunc(keys, func(a, b reflect.Value) int { return cmp.Compare(a.Int(), b.Int()) })
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		slices.SortFunc(keys, func(a, b reflect.Value) int { return cmp.Compare(a.Uint(), b.Uint()) })
	case reflect.Float32, reflect.Float64:
		slices.SortFunc(keys, func(a, b reflect.Value) int { return cmp.Compare(a.Float(), b.Float()) })
	}
	ks := make([]k.Value, len(keys))
	vs := make([]k.Value, len(keys))
	for i, key := range keys {
		var err error
		if ks[i], err = encode(key, 0, depth+1); err != nil {
			return nil, err
		}
		if vs[i], err = encode(rv.MapIndex(key), 0, depth+1); err != nil {
			return nil, err
		}
	}
	kt, kAtom := atomType(rv.Type().Key(), 0)
	vt, vAtom := atomType(rv.Type().Elem(), 0)
	kv := column(ks, kt, kAtom)
	vv := column(vs, vt, vAtom)
	if !vAtom {
		vv = unified(vs)
	}
	return &k.Dict{K: kv, V: vv}, nil
}

// encodeDict converts a Dict, checking that it is one q can hold.
func encodeDict(d Dict, depth int) (k.Value, error) {
	key, err := encode(reflect.ValueOf(d.Key), 0, depth+1)
	if err != nil {
		return nil, err
	}
	val, err := encode(reflect.ValueOf(d.Value), 0, depth+1)
	if err != nil {
		return nil, err
	}
	listy := func(v k.Value) bool { return k.IsList(v) || v.Type() == k.XT }
	// keys onto one atom is a dictionary kdb+ makes and sends (the flip of
	// a partitioned table), so it goes back as it came
	ontoAtom := k.IsList(key) && val.Type() < 0
	if !ontoAtom && (!listy(key) || !listy(val) || key.Len() != val.Len()) {
		return nil, fmt.Errorf("kdb: a Dict needs a Key and a Value that are lists of one length, or keys onto one atom")
	}
	return &k.Dict{K: key, V: val}, nil
}

// encodeTable converts a Table, checking that its columns are lists of
// one length.
func encodeTable(t Table, depth int) (k.Value, error) {
	if len(t.Columns) != len(t.Data) {
		return nil, fmt.Errorf("kdb: a Table needs as many Data as Columns")
	}
	cols := make([]k.Value, len(t.Data))
	for i, c := range t.Data {
		v, err := encode(reflect.ValueOf(c), 0, depth+1)
		if err != nil {
			return nil, err
		}
		if !k.IsList(v) || i > 0 && v.Len() != cols[0].Len() {
			return nil, fmt.Errorf("kdb: column %s of a Table is not a list of the table's length", t.Columns[i])
		}
		cols[i] = v
	}
	return &k.Table{Cols: k.Syms(slices.Clone(t.Columns)...), Data: cols}, nil
}
