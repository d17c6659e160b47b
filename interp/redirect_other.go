//go:build !unix

package interp

import "qgo/interp/k"

// redirect is \1 file and \2 file, which qgo does only on Unix systems.
func (in *Interp) redirect(fd int, name string) { k.Signal("nyi") }
