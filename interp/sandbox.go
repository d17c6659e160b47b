// This file is q's sandbox for clients under -u (docs/basics/cmdline.md):
// a message from a client (.z.w not 0) may run no system command, may not
// exit, delete a file or open one with hopen, and may reach no file
// outside the process's working directory. Every keyword that takes a
// file symbol finds its path through filePath or mustPath here, and the
// file verbs that take a path inside a list (read0, read1, 0:, 1:) ask
// checkFileArg, so the rule is kept in one place. Under -b a client's
// message may read but not write: checkUpdate refuses its updates of
// globals ('noupdate), and hdel and hopen of a file are 'access. reval
// runs its expression under both at once, and refuses writes to files
// (checkWrite) and exit besides.

package interp

import (
	"os"
	"path/filepath"
	"strings"

	"qgo/interp/files"
	"qgo/interp/k"
)

// remoteSandboxed reports whether a message from a client is being
// served under -u (q's sandbox), which refuses it system commands.
func (in *Interp) remoteSandboxed() bool {
	return in.sys.set.Sandbox && in.sys.caller.set && in.sys.caller.w != 0
}

// remoteBlocked reports whether a message from a client is being served
// under -b, which blocks its writes: an update of a global is 'noupdate
// (checkUpdate), hdel and hopen of a file 'access (docs/basics/
// cmdline.md).
func (in *Interp) remoteBlocked() bool {
	return in.sys.set.Blocked && in.sys.caller.set && in.sys.caller.w != 0
}

// sandboxFile signals 'access to a client under -u or -b opening a file
// or a fifo with hopen, as q does since 4.1t 2021.10.13 (docs/basics/
// cmdline.md): a file handle would write anywhere the process may.
func (in *Interp) sandboxFile() {
	if in.remoteSandboxed() || in.remoteBlocked() || in.reval > 0 {
		k.Signal("access")
	}
}

// checkWrite signals 'access inside reval, which refuses every write to
// the file system (docs/ref/eval.md#reval). The keywords that write a
// file (set, save, rsave, dsave, 0: and 1: to a file, upsert and insert
// to one, .Q.en's sym file, -19!) ask it before they write.
func (in *Interp) checkWrite() {
	if in.reval > 0 {
		k.Signal("access")
	}
}

// checkPath signals 'access when a client under -u (or reval) names the path p and
// p lies outside the working directory: an absolute path elsewhere, or
// one that climbs out through "..". A symbolic link inside the directory
// is followed as a name, never resolved, so a database can reach a
// segment elsewhere through one (docs/database/segment.md).
func (in *Interp) checkPath(p string) {
	if (in.remoteSandboxed() || in.reval > 0) && outsideWorkDir(p) {
		k.Signal("access")
	}
}

// outsideWorkDir reports whether the path p, read as q reads a file
// symbol's path, names something outside the working directory.
func outsideWorkDir(p string) bool {
	p = strings.TrimPrefix(p, "fifo://")
	if !filepath.IsAbs(p) {
		c := filepath.Clean(p)
		return c == ".." || strings.HasPrefix(c, "../")
	}
	wd, err := os.Getwd()
	if err != nil {
		return true
	}
	rel, err := filepath.Rel(wd, filepath.Clean(p))
	return err != nil || rel == ".." || strings.HasPrefix(rel, "../")
}

// filePath is files.Path, the path of a file symbol, refused to a client
// under -u when it lies outside the working directory.
func (in *Interp) filePath(x k.Value) (string, bool) {
	p, ok := files.Path(x)
	if ok {
		in.checkPath(p)
	}
	return p, ok
}

// mustPath is files.MustPath (the path of a file symbol, else 'type),
// with filePath's check.
func (in *Interp) mustPath(x k.Value) string {
	p := files.MustPath(x)
	in.checkPath(p)
	return p
}

// checkFileArg checks the file an argument of read0, read1, 0: or 1:
// names: a file symbol, or a list whose first item is one ((file;offset),
// (file;offset;length), (file;lbs;alg;lvl)).
func (in *Interp) checkFileArg(x k.Value) {
	if !in.remoteSandboxed() && in.reval == 0 {
		return
	}
	if l, ok := x.(*k.List); ok && len(l.V) > 0 {
		x = l.V[0]
	}
	if p, ok := files.Path(x); ok {
		in.checkPath(p)
	}
}
