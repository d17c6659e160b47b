package syntax

import (
	"sync"
	"testing"
)

// TestParseReusesTokens checks that a tree does not depend on the token
// array its parse used: scan reuses those arrays (tokPool), so a tree
// that kept one would change when later parses, here and on other
// goroutines, overwrite it.
func TestParseReusesTokens(t *testing.T) {
	srcs := make([]string, 0, len(parseTests))
	for _, tc := range parseTests {
		srcs = append(srcs, tc.in)
	}
	srcs = append(srcs, `f:{[a;b] c:a+b; $[c>0;"pos";-1]}`, "select sum v by k from t where v>0", "`a`b!1 2")
	trees := make([]Node, len(srcs))
	want := make([]string, len(srcs))
	for i, s := range srcs {
		n, err := Parse(s)
		if err != nil {
			continue
		}
		trees[i], want[i] = n, String(n)
	}
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for range 20 {
				for _, s := range srcs {
					Parse(s)
				}
			}
		})
	}
	wg.Wait()
	for i, n := range trees {
		if n != nil && String(n) != want[i] {
			t.Errorf("%q: tree changed after later parses: %s, was %s", srcs[i], String(n), want[i])
		}
	}
	for i, s := range srcs {
		if n, err := Parse(s); err == nil && String(n) != want[i] {
			t.Errorf("%q: parsed again as %s, was %s", s, String(n), want[i])
		}
	}
}
