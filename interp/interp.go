package interp

import (
	"io"
	"sync/atomic"

	"qgo/interp/k"
)

// Interp is one q session: its global namespaces and console settings.
type Interp struct {
	out  io.Writer
	stop atomic.Bool
}

// New makes an interpreter whose console output (`0N!`, `-1`, `show`)
// goes to out.
func New(out io.Writer) *Interp {
	return &Interp{out: out}
}

// Interrupt asks a running evaluation to stop with 'stop. It is the one
// method that is safe to call from any goroutine.
func (in *Interp) Interrupt() { in.stop.Store(true) }

// Line evaluates one console input — q source or a `\` system command —
// and returns the text the console prints for it: "" when q prints
// nothing (assignments, `::`, a trailing `;`), else the value's display
// with lines joined by "\n" and no final newline. A q error is returned as
// a *k.Error.
func (in *Interp) Line(src string) (string, error) {
	return "", &k.Error{Msg: "nyi"}
}
