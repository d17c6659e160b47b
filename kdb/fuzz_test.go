package kdb_test

import (
	"bytes"
	"testing"
	"time"

	"qgo/kdb"
)

// Whatever the bytes, Unmarshal into any destination returns a value or
// an error, never panics; and a value it reads in generic form goes back
// through Marshal and reads back as the same bytes.
func FuzzUnmarshal(f *testing.F) {
	for _, tc := range typeCases {
		if b, err := kdb.Marshal(tc.v); err == nil {
			f.Add(b)
		}
	}
	at := time.Date(2024, 3, 1, 9, 30, 0, 0, time.UTC)
	for _, v := range []any{
		[]Trade{{at, "IBM", 1.5, 100}},
		[]Row{{Sym: "a", Tags: []string{"x"}, Embedded: Embedded{Note: "n"}}},
		map[string]any{"a": 1, "b": []any{"x", 2.5}},
		kdb.Dict{Key: kdb.Table{Columns: []string{"k"}, Data: []any{[]int64{1}}}, Value: kdb.Table{Columns: []string{"v"}, Data: []any{[]string{"x"}}}},
	} {
		if b, err := kdb.Marshal(v); err == nil {
			f.Add(b)
		}
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var v any
		if err := kdb.Unmarshal(b, &v); err == nil {
			again, err := kdb.Marshal(v)
			if err != nil {
				t.Fatalf("Marshal of what Unmarshal read (%#v): %v", v, err)
			}
			var back any
			if err := kdb.Unmarshal(again, &back); err != nil {
				t.Fatalf("%#v came back as an error: %v", v, err)
			}
			if thrice, err := kdb.Marshal(back); err != nil || !bytes.Equal(thrice, again) {
				t.Fatalf("%#v came back as %#v: %x, was %x (%v)", v, back, thrice, again, err)
			}
		}
		for _, dst := range []any{
			new([]Row), new(Row), new([]*Trade), new(map[string]any), new(map[int64]string),
			new([]int64), new(time.Time), new(time.Duration), new(string), new(*float64),
			new([]any), new(kdb.Table), new(kdb.Dict), new([16]byte), new([]byte), new(uint8),
		} {
			kdb.Unmarshal(b, dst)
		}
	})
}
