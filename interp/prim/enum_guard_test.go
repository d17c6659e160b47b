package prim

import (
	"testing"

	"qgo/interp/k"
)

// An enumeration with no domain to resolve it in (no resolver, or no
// name) signals 'type when a value is enumerated against it: it was a nil
// dereference.
func TestEnumerateNoDomain(t *testing.T) {
	for _, dom := range []string{"", "sym"} {
		func() {
			defer func() {
				e, ok := recover().(*k.Error)
				if !ok || e.Msg != k.ErrType {
					t.Errorf("dom %q: recovered %v, want 'type", dom, e)
				}
			}()
			Enumerate(dom, nil, k.Syms("a"))
		}()
	}
}
