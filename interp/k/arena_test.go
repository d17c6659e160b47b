package k

import (
	"runtime"
	"testing"
)

// TestFlat checks that Flat spans bytes within the last arena noted, and
// nothing outside it, nothing from an arena noted before it, nothing
// from one too short to note.
func TestFlat(t *testing.T) {
	a := make([]byte, 2*flatMin)
	for i := range a {
		a[i] = byte(i)
	}
	NoteFlat(a)
	if got := Flat(&a[10], 5); len(got) != 5 || got[0] != 10 || &got[0] != &a[10] {
		t.Fatalf("within: %v", got)
	}
	if got := Flat(&a[len(a)-3], 3); len(got) != 3 {
		t.Fatalf("to the end: %v", got)
	}
	if got := Flat(&a[len(a)-3], 4); got != nil {
		t.Fatalf("past the end: %v", got)
	}
	b := make([]byte, 2*flatMin)
	if got := Flat(&b[0], 1); got != nil {
		t.Fatalf("another allocation: %v", got)
	}
	NoteFlat(b)
	if got := Flat(&a[0], 1); got != nil {
		t.Fatalf("an arena noted before: %v", got)
	}
	NoteFlat(make([]byte, flatMin-1))
	if got := Flat(&b[0], 1); len(got) != 1 {
		t.Fatalf("a short arena replaced the note: %v", got)
	}
	runtime.KeepAlive(a)
	runtime.KeepAlive(b)
}
