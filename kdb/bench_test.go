package kdb_test

import (
	"context"
	"testing"
	"time"

	"qgo/interp/k"
	"qgo/kdb"
)

// benchRows is a trade table of n rows, as structs and as q columns.
func benchRows(n int) ([]Trade, k.Value) {
	at := time.Date(2024, 3, 1, 9, 30, 0, 0, time.UTC)
	rows := make([]Trade, n)
	ts := make([]int64, n)
	syms := make([]string, n)
	px := make([]float64, n)
	sz := make([]int64, n)
	for i := range rows {
		rows[i] = Trade{at.Add(time.Duration(i) * time.Millisecond), "IBM", 100 + float64(i%7), int64(i)}
		ts[i] = int64(rows[i].Time.Sub(time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)))
		syms[i], px[i], sz[i] = rows[i].Sym, rows[i].Price, rows[i].Size
	}
	t := &k.Table{Cols: k.Syms("time", "sym", "price", "size"), Data: []k.Value{
		&k.Vec[int64]{T: k.KP, V: ts}, k.Syms(syms...), k.Floats(px...), k.Longs(sz...)}}
	return rows, t
}

// Baseline: the codec alone serializes the same table from q columns.
func BenchmarkEncodeColumns10k(b *testing.B) {
	_, t := benchRows(10000)
	for b.Loop() {
		if _, err := k.Encode(t, k.MsgAsync); err != nil {
			b.Fatal(err)
		}
	}
}

// Marshal of 10k structs: the conversion from rows to columns plus the
// codec.
func BenchmarkMarshalRows10k(b *testing.B) {
	rows, _ := benchRows(10000)
	for b.Loop() {
		if _, err := kdb.Marshal(rows); err != nil {
			b.Fatal(err)
		}
	}
}

// Baseline: the codec alone reads the table back.
func BenchmarkDecodeColumns10k(b *testing.B) {
	_, t := benchRows(10000)
	msg, _ := k.Encode(t, k.MsgAsync)
	for b.Loop() {
		if _, err := k.Decode(msg); err != nil {
			b.Fatal(err)
		}
	}
}

// Unmarshal into 10k structs.
func BenchmarkUnmarshalRows10k(b *testing.B) {
	rows, _ := benchRows(10000)
	msg, _ := kdb.Marshal(rows)
	for b.Loop() {
		var back []Trade
		if err := kdb.Unmarshal(msg, &back); err != nil {
			b.Fatal(err)
		}
	}
}

// A small Call's round trip to the in-process qgo.
func BenchmarkCall(b *testing.B) {
	c, err := kdb.Dial(context.Background(), "tcp", addr, nil)
	if err != nil {
		b.Fatal(err)
	}
	defer c.Close()
	ctx := context.Background()
	for b.Loop() {
		if _, err := c.Call(ctx, "{x+1}", 1); err != nil {
			b.Fatal(err)
		}
	}
}
