package files

import (
	"errors"
	"runtime"
	"testing"

	"qgo/interp/format"
	"qgo/interp/k"
)

// 0: of a column of strings asks the workspace for their bytes as a
// whole before copying them: 40 strings of 1 MB under a 32 MB limit are
// 'wsfull before any is copied (it asked 16 bytes a cell, copied them
// all unasked, and was stopped only later, between rows).
func TestPrepareStringsAskWorkspace(t *testing.T) {
	items := make([]k.Value, 40)
	for i := range items {
		items[i] = &k.Vec[uint8]{T: k.KC, V: make([]byte, 1<<20)}
	}
	col := k.NewList(items...)
	k.SetWorkspace(32 << 20)
	defer k.SetWorkspace(0)
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	defer func() {
		var e *k.Error
		p := recover()
		var after runtime.MemStats
		runtime.ReadMemStats(&after)
		if n := after.TotalAlloc - before.TotalAlloc; n > 8<<20 {
			t.Errorf("0: of 40 MB of strings under 32 MB allocated %d bytes before 'wsfull", n)
		}
		if err, ok := p.(error); !ok || !errors.As(err, &e) || e.Msg != "wsfull" {
			t.Errorf("0: of 40 MB of strings under 32 MB: %v, want 'wsfull", p)
		}
	}()
	Prepare(',', k.NewList(col), format.Options{})
}
