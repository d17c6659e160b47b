// This file defines the Go types for q values that have no Go type of
// their own: chars and strings, the calendar and clock types, GUIDs,
// dictionaries, tables, functions, and q errors.

package kdb

import (
	"math"
	"time"

	"qgo/interp/k"
)

// Char is a q char atom (type -10). A q char vector is Chars.
type Char byte

// Chars is a q string: a char vector (type 10). A Go string is a q
// symbol, as in KX's Java and C# clients, so text meant as a q string
// goes as Chars (or as a struct field tagged `kdb:",string"`).
// Decoding into a Go string accepts a symbol, a char vector or a char.
type Chars string

// GUID is a q guid (type -2). Any Go array of 16 bytes (a UUID type, say)
// is sent as a guid too.
type GUID [16]byte

// Month is a q month (type -13): the number of months since January 2000.
// The null month is math.MinInt32.
type Month int32

// Date is a q date (type -14): the number of days since 2000.01.01.
// The null date is math.MinInt32.
type Date int32

// Datetime is a q datetime (type -15, deprecated in q but still on the
// wire): days since 2000.01.01, the fraction being the time of day. The
// null datetime is a NaN.
type Datetime float64

// Minute is a q minute (type -17): minutes since midnight. The null
// minute is math.MinInt32.
type Minute int32

// Second is a q second (type -18): seconds since midnight. The null
// second is math.MinInt32.
type Second int32

// Time is a q time (type -19): milliseconds since midnight. The null time
// is math.MinInt32.
type Time int32

// epoch is q's origin of time, 2000.01.01D00:00.
var epoch = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// Time is the first instant of month m, in UTC; the zero time.Time for
// the null month.
func (m Month) Time() time.Time {
	if int32(m) == k.NI {
		return time.Time{}
	}
	return time.Date(2000+int(m)/12, time.Month(int(m)%12+1), 1, 0, 0, 0, 0, time.UTC)
}

// Time is midnight at the start of day d, in UTC; the zero time.Time for
// the null date.
func (d Date) Time() time.Time {
	if int32(d) == k.NI {
		return time.Time{}
	}
	y, m, day := k.YMD(int32(d))
	return time.Date(y, time.Month(m), day, 0, 0, 0, 0, time.UTC)
}

// Time is the instant d, in UTC, to the millisecond as q keeps it; the
// zero time.Time for the null datetime.
func (d Datetime) Time() time.Time {
	f := float64(d)
	if math.IsNaN(f) {
		return time.Time{}
	}
	days := math.Floor(f)
	ms := math.Round((f - days) * 86400e3)
	return Date(int32(days)).Time().Add(time.Duration(ms) * time.Millisecond)
}

// Duration is m as a time.Duration; math.MinInt64 for the null minute.
func (m Minute) Duration() time.Duration { return clock(int32(m), time.Minute) }

// Duration is s as a time.Duration; math.MinInt64 for the null second.
func (s Second) Duration() time.Duration { return clock(int32(s), time.Second) }

// Duration is t as a time.Duration; math.MinInt64 for the null time.
func (t Time) Duration() time.Duration { return clock(int32(t), time.Millisecond) }

// clock converts a count of units to a Duration, the null to the null
// timespan.
func clock(n int32, unit time.Duration) time.Duration {
	if n == k.NI {
		return math.MinInt64
	}
	return time.Duration(n) * unit
}

// Dict is a q dictionary (type 99): Key and Value are lists of the same
// length, each a Go slice, a Chars or a Table. A keyed table is a Dict
// whose Key and Value are both Tables. kdb+ also makes keys onto one atom
// (the flip of a partitioned table is its column names onto its name):
// Value is then that atom. Go maps are sent as dictionaries
// too, their keys in sorted order.
type Dict struct {
	Key, Value any
}

// Table is a q table (type 98), column by column as q keeps it: Columns
// holds the names and Data the columns, each a Go slice with one item per
// row (a []Chars for a column of strings, a []any for a mixed one). A
// slice of structs is sent as a table too, and a Table decodes into one.
type Table struct {
	Columns []string
	Data    []any
}

// Function is a q function received from a process: a lambda, a
// primitive, a projection, a composition or a derived function. It can be
// sent back unchanged; String gives a lambda's source text.
type Function struct {
	v k.Value
}

// String is the function's q source text when it is a lambda, and its
// q type number otherwise.
func (f Function) String() string {
	if l, ok := f.v.(*k.Lambda); ok {
		return l.Src
	}
	if p, ok := f.v.(*k.Prim); ok {
		return p.Name
	}
	return "function of type " + itoa(int(f.v.Type()))
}

// itoa formats a small integer without fmt.
func itoa(n int) string {
	if n < 0 {
		return "-" + itoa(-n)
	}
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

// Error is an error signalled by q: the response to a Call whose query
// failed carries q's message, such as "type" for 'type or the text of a
// 'custom signal. Test for it with errors.As.
type Error struct {
	// Msg is the message q signalled, without the leading quote.
	Msg string
}

// Error is the message as q prints it, after a quote: 'type.
func (e *Error) Error() string { return "'" + e.Msg }
