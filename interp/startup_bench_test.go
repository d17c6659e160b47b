package interp

import (
	"io"
	"sync"
	"testing"
)

// The start-up benchmarks measure what a fresh process pays in New: the
// bootstrap script parsed and resolved (once per process) and evaluated
// into the session's globals. BenchmarkNewCold repeats the once-only
// parse each time; BenchmarkNew is a second session in the same process.
// BenchmarkNewGo is the baseline: a map with as many globals as New
// defines, built from a table of names.
//
//	go test ./interp -run X -bench 'New' -benchmem

// BenchmarkNewCold is New as a process's first session.
func BenchmarkNewCold(b *testing.B) {
	for b.Loop() {
		bootOnce = sync.Once{}
		bootStmts = nil
		New(io.Discard)
	}
}

// BenchmarkNew is New once the bootstrap script is parsed.
func BenchmarkNew(b *testing.B) {
	New(io.Discard)
	for b.Loop() {
		New(io.Discard)
	}
}

// BenchmarkNewGo is its baseline: a map of as many names, each to a value.
func BenchmarkNewGo(b *testing.B) {
	names := make([]string, 0, 400)
	for n := range New(io.Discard).globals {
		names = append(names, n)
	}
	for b.Loop() {
		m := make(map[string]any, len(names))
		for i, n := range names {
			m[n] = i
		}
		sinkMap = m
	}
}

var sinkMap map[string]any
