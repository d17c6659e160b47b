//go:build unix

package interp

import (
	"os"
	"path/filepath"

	"golang.org/x/sys/unix"
)

// savedFD holds a copy of the process's original stdout (1) and stderr
// (2), taken at their first redirection, so \1 /dev/stdin can return to
// them.
var savedFD = map[int]int{}

// redirect is \1 file and \2 file: the process's stdout or stderr (fd)
// goes to the end of file from now on, its folders made as needed; the
// name /dev/stdin returns it to where it first went (docs/basics/syscmds.md).
func (in *Interp) redirect(fd int, name string) {
	if _, ok := savedFD[fd]; !ok {
		c, err := unix.Dup(fd)
		if err != nil {
			panic(osError(name, err))
		}
		unix.CloseOnExec(c)
		savedFD[fd] = c
	}
	if name == "/dev/stdin" {
		if err := unix.Dup2(savedFD[fd], fd); err != nil {
			panic(osError(name, err))
		}
		return
	}
	if dir := filepath.Dir(name); dir != "." {
		os.MkdirAll(dir, 0o755)
	}
	f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o644)
	if err != nil {
		panic(osError(name, err))
	}
	defer f.Close()
	if err := unix.Dup2(int(f.Fd()), fd); err != nil {
		panic(osError(name, err))
	}
}
