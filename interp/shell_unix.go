//go:build unix

package interp

import (
	"os/exec"
	"syscall"
)

// ownGroup puts the shell a system command runs in a process group of
// its own, and makes the end of the command's context kill that group:
// the children the shell started (system"sleep 100; echo x", a pipeline)
// go with it, rather than live on holding the output pipe.
func ownGroup(c *exec.Cmd) {
	c.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	c.Cancel = func() error {
		return syscall.Kill(-c.Process.Pid, syscall.SIGKILL)
	}
}
