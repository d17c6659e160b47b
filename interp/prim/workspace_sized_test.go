package prim

import (
	"errors"
	"testing"

	"qgo/interp/k"
)

// An allocation sized by its input asks the workspace before it is made:
// find's result for many items sought in a short list (4 items: no hash,
// so nothing else asks) is 'wsfull under a limit it would pass, where it
// was made unasked and could end the process with Go's fatal out of
// memory under an address-space cap.
func TestFindResultAsksWorkspace(t *testing.T) {
	ys := make([]int64, 8<<20) // 64 MB of result
	k.SetWorkspace(32 << 20)
	defer k.SetWorkspace(0)
	defer func() {
		var e *k.Error
		p := recover()
		if err, ok := p.(error); !ok || !errors.As(err, &e) || e.Msg != "wsfull" {
			t.Errorf("findG of 8M items under 32 MB: %v, want 'wsfull", p)
		}
	}()
	findG([]int64{1, 2, 3, 4}, ys)
}
