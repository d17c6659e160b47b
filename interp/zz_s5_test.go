package interp

import "testing"

func BenchmarkS5VerbTable(b *testing.B) {
	for b.Loop() {
		newVerbTable()
	}
}
