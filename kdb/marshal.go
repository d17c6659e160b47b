// This file defines the conversions a program can call directly: Marshal
// and Unmarshal, q's -8! and -9!, and Decode, which converts a value in
// generic form into a typed one.

package kdb

import (
	"fmt"
	"reflect"

	"qgo/interp/k"
)

// Marshal returns v in kdb+'s serialized form, as q's -8! gives it: a
// whole little-endian IPC message, header included, converted as the
// package documentation says.
func Marshal(v any) ([]byte, error) {
	x, err := toK(v)
	if err != nil {
		return nil, err
	}
	b, err := k.Encode(x, k.MsgAsync)
	if err != nil {
		return nil, fmt.Errorf("kdb: %w", err)
	}
	return b, nil
}

// Unmarshal reads data, a serialized q value as Marshal or q's -8! makes
// it (either byte order, compressed or not), into the value dst points
// to, as Decode does.
func Unmarshal(data []byte, dst any) error {
	v, err := k.Decode(data)
	if err != nil {
		return fmt.Errorf("kdb: %w", err)
	}
	return into(v, dst)
}

// Decode stores v, a value in generic form such as Call and Receive
// return, in the value dst points to, converting as the package
// documentation says: a Table into a slice of structs, a Date into a
// time.Time, a null into a nil pointer, and so on. A q error value
// decodes as an *Error.
func Decode(v any, dst any) error {
	x, err := toK(v)
	if err != nil {
		return err
	}
	return into(x, dst)
}

// into stores the q value v where dst points.
func into(v k.Value, dst any) error {
	rv := reflect.ValueOf(dst)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return fmt.Errorf("kdb: decoding needs a non-nil pointer, not %T", dst)
	}
	return decode(v, rv.Elem())
}
