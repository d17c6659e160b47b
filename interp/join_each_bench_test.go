package interp

import (
	"io"
	"testing"

	"qgo/interp/k"
)

// benchPairs sets s (1,000,000 symbols of 100) and e (as many ints), the
// two key columns a compound foreign key is made from (docs/wp/foreign-keys).
func benchPairs(b *testing.B) *Interp {
	in := New(io.Discard)
	if _, err := in.Eval("s:1000000?-100?`3;e:1000000?100i"); err != nil {
		b.Fatal(err)
	}
	return in
}

// BenchmarkJoinEachPairs is s,'e: a million (sym;int) pairs.
func BenchmarkJoinEachPairs(b *testing.B) { benchEval(b, benchPairs(b), "s,'e") }

// BenchmarkJoinEachPairsGo is its baseline: the same pairs made in Go, a
// general list of two atoms each, with an allocation per pair.
func BenchmarkJoinEachPairsGo(b *testing.B) {
	in := benchPairs(b)
	sv, _ := in.Get("s")
	ev, _ := in.Get("e")
	s, e := sv.(*k.Vec[string]), ev.(*k.Vec[int32])
	for b.Loop() {
		out := make([]k.Value, len(s.V))
		for i := range out {
			out[i] = k.NewList(k.At(s, i), k.At(e, i))
		}
		sink = int64(len(out))
	}
}
