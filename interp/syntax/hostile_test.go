package syntax

import (
	"runtime"
	"strings"
	"testing"

	"qgo/interp/k"
)

// Many names .kw after a closing parenthesis, each split into Apply and
// the keyword, cost their tokens once: split in place, each moved the
// rest of the tokens, and 10,000 of (1).neg took a minute to parse.
func TestSplitDotKeywordsLinear(t *testing.T) {
	const n = 3000
	src := strings.Repeat("(1).neg;", n)
	var m0, m1 runtime.MemStats
	runtime.ReadMemStats(&m0)
	node, err := ParseIn(src, func(s string) bool { return s == "neg" })
	runtime.ReadMemStats(&m1)
	if err != nil {
		t.Fatal(err)
	}
	if s, ok := node.(*Seq); !ok || len(s.Items) != n+1 {
		t.Fatalf("parsed %T", node)
	}
	if got := m1.TotalAlloc - m0.TotalAlloc; got > 64<<20 {
		t.Errorf("%d bytes allocated to parse %d bytes", got, len(src))
	}
}

// A source of more tokens than the workspace holds is 'wsfull before
// its tokens are made, not Go's fatal out of memory.
func TestScanWorkspace(t *testing.T) {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	ws := k.Workspace()
	k.SetWorkspace(int64(m.HeapAlloc) + 48<<20)
	defer k.SetWorkspace(ws)
	src := strings.Repeat("1 ", 3000000) // 3,000,000 tokens of 64 bytes or more
	defer func() {
		e, ok := recover().(*k.Error)
		if !ok || e.Msg != "wsfull" {
			t.Errorf("parse of %d tokens: %v, want 'wsfull", 3000000, e)
		}
	}()
	Parse(src)
}

// A source nesting brackets past the parser's bound is 'stack from the
// scanner, at the first bracket too many, before the rest is made into
// tokens: a 6 MB string of parentheses took 11 s to fail.
func TestScanDeepBrackets(t *testing.T) {
	for _, open := range []string{"(", "[", "{", "f["} {
		src := strings.Repeat(open, 1<<20)
		var m0, m1 runtime.MemStats
		runtime.ReadMemStats(&m0)
		_, err := Parse(src)
		runtime.ReadMemStats(&m1)
		if err == nil || err.Error() != "stack" {
			t.Errorf("%q x 1M: %v, want 'stack", open, err)
		}
		// the token buffer scan starts with is 32 bytes a char; it grew
		// to three times that as every bracket was made a token
		if got := m1.TotalAlloc - m0.TotalAlloc; got > 48*uint64(len(src)) {
			t.Errorf("%q x 1M: %d bytes allocated", open, got)
		}
	}
}
