//go:build unix

package e2e_test

import (
	"context"
	"testing"
	"time"

	"qgo/kdb"
)

// peach over two worker processes (-s -2, .z.pd) against each in one
// process, on a CPU-bound function: the ratio of the two sub-benchmarks'
// times is peach's speed-up, close to 2 on a machine with two idle cores.
// A Go program drives both through package kdb.
func BenchmarkPeachProcesses(b *testing.B) {
	work := `work:{r:0f;do[x;r+:sqrt x];r}`
	w1 := server(b, "worker1", nil, work)
	w2 := server(b, "worker2", nil, work)
	m := server(b, "main", []string{"-s", "-2"}, work, ".z.pd:`u#hopen each "+w1.port+" "+w2.port)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	c, err := kdb.Dial(ctx, "tcp", "127.0.0.1:"+m.port, nil)
	if err != nil {
		b.Fatal(err)
	}
	defer c.Close()
	items := make([]int64, 8)
	for i := range items {
		items[i] = 200000 + int64(i)
	}
	want, err := c.Call(ctx, "{work each x}", items)
	if err != nil {
		b.Fatal(err)
	}
	for _, f := range []string{"each", "peach"} {
		b.Run(f, func(b *testing.B) {
			for b.Loop() {
				got, err := c.Call(ctx, "{work "+f+" x}", items)
				if err != nil {
					b.Fatal(err)
				}
				if !same(got, want) {
					b.Fatalf("%s gave %v, each %v", f, got, want)
				}
			}
		})
	}
}

// same reports whether two float vectors are equal.
func same(a, b any) bool {
	x, ok1 := a.([]float64)
	y, ok2 := b.([]float64)
	if !ok1 || !ok2 || len(x) != len(y) {
		return false
	}
	for i := range x {
		if x[i] != y[i] {
			return false
		}
	}
	return true
}
