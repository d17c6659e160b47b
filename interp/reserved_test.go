package interp

import "testing"

// TestReservedWords checks reservedWord, a switch, against the lists it
// stands for: every word of .Q.res (resWords) and of the .q namespace
// (qWords) is reserved, and no other name the verb table knows is, nor a
// few names user code may define (find, drop, take) or that only look
// like keywords.
func TestReservedWords(t *testing.T) {
	words := map[string]bool{}
	for _, w := range resWords {
		words[w] = true
	}
	for _, w := range qWords {
		if words[w] {
			t.Errorf("%s is in both resWords and qWords", w)
		}
		words[w] = true
	}
	names := []string{"", "x", "find", "drop", "take", "Select", "select1", "sum ", "a.b", ".q.sum", "i"}
	for _, v := range verbs.verbs {
		names = append(names, v.name)
	}
	for w := range words {
		names = append(names, w, w+"x", w[:len(w)-1])
	}
	for _, n := range names {
		if got := reservedWord(n); got != words[n] {
			t.Errorf("reservedWord(%q) = %v, want %v", n, got, words[n])
		}
	}
}

// BenchmarkReservedWord is reservedWord on the names an assignment asks
// about (s+:1 asks it of s each time), beside a Go map of the same words.
func BenchmarkReservedWord(b *testing.B) {
	names := []string{"s", "total", "sum", "xbar", "upsert", "f"}
	m := map[string]bool{}
	for _, w := range append(append([]string{}, resWords...), qWords...) {
		m[w] = true
	}
	b.Run("switch", func(b *testing.B) {
		n := 0
		for i := 0; b.Loop(); i++ {
			if reservedWord(names[i%len(names)]) {
				n++
			}
		}
	})
	b.Run("map", func(b *testing.B) {
		n := 0
		for i := 0; b.Loop(); i++ {
			if m[names[i%len(names)]] {
				n++
			}
		}
	})
}
