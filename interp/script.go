// This file loads q scripts (`\l file`, a script on the command line):
// it splits a script into statements by q's rules and runs them, and
// reads scrambled scripts.

package interp

import (
	"embed"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"qgo/interp/files"
	"qgo/interp/format"
	"qgo/interp/k"
	"qgo/interp/syntax"
)

// Statement is one statement of a q script: its text, with continuation
// lines joined by "\n", and the line it starts on, counting from 1.
type Statement struct {
	Text string
	Line int
}

// SplitScript splits the source of a q script into statements, following
// q's script rules:
//
//   - a line that starts with space or tab continues the statement before
//     it; the lines are joined with "\n", so a multi-line lambda keeps its
//     layout;
//   - a line that starts with `/` is a comment, and a line that is just
//     `/` opens a comment block that runs to a line that is just `\`;
//   - a line that is just `\` outside a comment block ends the script:
//     the rest of the file is ignored;
//   - blank lines are skipped and do not end a statement;
//   - a first line that starts with `#!` (a shebang, so the script can
//     be run as a program) is skipped (docs/releases/ChangesIn2.4.md).
//
// Trailing "\r" is dropped from every line. A line that is just `\\`
// stays a statement: evaluating it ends the session.
func SplitScript(src string) []Statement {
	var stmts []Statement
	inBlock := false
	n := 0
	for line := range strings.Lines(src) {
		n++
		line = strings.TrimRight(line, "\r\n")
		bare := strings.TrimRight(line, " \t\f")
		switch {
		case n == 1 && strings.HasPrefix(line, "#!"):
		case inBlock:
			inBlock = bare != `\`
		case bare == `\`:
			return stmts
		case bare == "/":
			inBlock = true
		case bare == "", line[0] == '/':
		case (line[0] == ' ' || line[0] == '\t') && len(stmts) > 0:
			stmts[len(stmts)-1].Text += "\n" + line
		default:
			stmts = append(stmts, Statement{Text: line, Line: n})
		}
	}
	return stmts
}

// maxLoadDepth bounds scripts that load themselves.
const maxLoadDepth = 64

// LoadFile runs the q script in the file name, as `\l name` does. The
// first error stops it and comes back located at its line; with
// SetSuspend on, it suspends there, at a `q))` level. `\\` and `exit` in
// the script come back as *ExitError.
func (in *Interp) LoadFile(name string) (err error) {
	in.stop.Store(false)
	defer in.trapping(trapAbort)()
	defer func() {
		if r := recover(); r != nil {
			err = in.caught(r, 0, traceFrame{}, in.sys.suspend)
		}
	}()
	in.loadScript(name)
	return nil
}

// loadScript runs a script file statement by statement in the root of the call
// stack; the namespace it was in is restored afterwards, as q does. A splayed
// table or a data file loads as its name's value, and gives that name.
func (in *Interp) loadScript(name string) k.Value {
	src, other, err := readScript(name, in.checkStop)
	if errors.Is(err, fs.ErrNotExist) && !filepath.IsAbs(name) {
		name, src, other, err = fromQHOME(name, err, in.checkStop)
	}
	if other {
		if v, ok := in.loadPath(name); ok {
			return v
		}
	}
	if other {
		src, err = files.ReadFile(name, -1, in.checkStop)
	}
	if err != nil {
		k.Signal(files.OSText(name, osReason(err)))
	}
	if strings.HasSuffix(name, "_") {
		src = unscramble(src)
	}
	s := &in.sys
	if s.loading >= maxLoadDepth {
		k.Signal("stack")
	}
	s.loading++
	ctx := in.ctx
	defer func() {
		s.loading--
		in.ctx = ctx
	}()
	path := name
	if abs, err := filepath.Abs(name); err == nil {
		path = abs
	}
	for _, st := range SplitScript(string(src)) {
		in.loadStmt(path, st)
	}
	return nil
}

// builtinQHOME holds the scripts q's installation puts in QHOME that
// programs load by name (sp.q, the suppliers-and-parts example), for a
// QHOME that does not have them.
//
//go:embed qhome/*.q
var builtinQHOME embed.FS

// fromQHOME looks for a relative path that is not in the current directory
// in QHOME, as \l does: $QHOME, else $HOME/q (docs/kb/versions.md loads
// ../sp.q, a sibling of QHOME, from a home directory). sp.q, the example
// database of q's installation, is there even when QHOME has no copy of
// it. Otherwise name and the first error come back as they were.
func fromQHOME(name string, notFound error, check func()) (string, []byte, bool, error) {
	home := os.Getenv("QHOME")
	if home == "" {
		if h := os.Getenv("HOME"); h != "" {
			home = filepath.Join(h, "q")
		}
	}
	if home != "" {
		alt := filepath.Join(home, name)
		src, other, err := readScript(alt, check)
		if !errors.Is(err, fs.ErrNotExist) {
			return alt, src, other, err
		}
	}
	if src, err := builtinQHOME.ReadFile("qhome/" + filepath.ToSlash(filepath.Clean(name))); err == nil {
		return name, src, false, nil
	}
	return name, nil, false, notFound
}

// readScript reads the script file name, opening it once; other reports
// that name may be no script (a directory, a splayed table or a data
// file: what loadPath loads) and src is then not read. check is the
// session's interrupt check, called while a named pipe waits.
func readScript(name string, check func()) (src []byte, other bool, err error) {
	var f io.ReadCloser
	if fi, serr := os.Stat(name); serr == nil && fi.Mode()&fs.ModeNamedPipe != 0 {
		f, err = openPipe(name, check) // waiting for a writer under check
	} else {
		f, err = openRead(name)
	}
	if err != nil {
		return nil, false, err
	}
	defer f.Close()
	var head [2]byte
	n, err := io.ReadFull(f, head[:])
	switch {
	case err != nil && err != io.EOF && err != io.ErrUnexpectedEOF:
		return nil, true, nil // a directory cannot be read
	case n == 2 && isDataHead(head):
		return nil, true, nil
	}
	rest, err := files.ReadAll(f, -1)
	return append(head[:n:n], rest...), false, err
}

// loadStmt evaluates one statement of the script file.
func (in *Interp) loadStmt(file string, st Statement) {
	s := &in.sys
	saved, savedTop := s.pos, s.top
	s.pos = 0
	s.top = traceFrame{src: st.Text, file: file, line: st.Line}
	defer func() {
		s.top = savedTop
		if r := recover(); r != nil {
			in.traceAdd(r, traceFrame{src: st.Text, file: file, line: st.Line, pos: s.pos})
			s.pos = saved
			panic(r)
		}
		s.pos = saved
	}()
	defer func(prev string) { in.src = prev }(in.src)
	in.src = st.Text
	src := st.Text
	if strings.HasSuffix(file, ".k") && !strings.HasPrefix(src, "q)") && !strings.HasPrefix(src, "k)") {
		src = "k)" + src // a .k script is k, whose glyphs have unary forms
	}
	n, err := in.parseSrc(src)
	if err != nil {
		if se, ok := err.(*syntax.Error); ok {
			s.pos = se.Pos
		}
		panic(parseError(err))
	}
	in.resolveLine(n)
	if n == nil {
		return
	}
	syntax.Inspect(n, func(x syntax.Node) bool {
		if l, ok := x.(*syntax.Lambda); ok {
			if s.origins == nil {
				s.origins = map[*syntax.Lambda]origin{}
			}
			s.origins[l] = origin{file: file, line: st.Line + strings.Count(st.Text[:min(l.P, len(st.Text))], "\n")}
		}
		return true
	})
	v := in.eval(n, nil)
	if !quiet(n) && !k.IsIdentity(v) {
		// a statement the console would show a value of shows it in its
		// one-line (k) form, cut at the console width: q sp.q prints
		// (`s#+(,`color)!,`s#`blue`green`red)!+(,`qty)!,900 1000 1200 for
		// its select ... by (docs/basics/cmdline.md, docs/kb/versions.md).
		// A system command is such a statement too: KX's taq.q benchmark
		// script is lines of \t select ..., whose times q prints as it
		// loads them; commands that set something give nothing to show.
		io.WriteString(in.out, format.Echo(v, in.opts)+"\n")
	}
}

// scrambleKey is the header of a file made by `\_ f.q`.
const scrambleKey = "qgo_\x01"

// scramble is `\_ f.q`: write f.q_, a copy of the script that \l loads but
// a text editor does not show. It is obfuscation, not encryption.
func (in *Interp) scramble(name string) k.Value {
	src, err := files.ReadFile(name, -1, in.checkStop)
	if err != nil {
		k.Signal(files.OSText(name, osReason(err)))
	}
	out := []byte(scrambleKey)
	for i, b := range src {
		out = append(out, b^byte(0x5a+i*7))
	}
	if err := os.WriteFile(name+"_", out, 0o644); err != nil {
		k.Signal(files.OSText(name+"_", osReason(err)))
	}
	return k.S(name + "_")
}

// unscramble reverses scramble; other content is returned as it is.
func unscramble(b []byte) []byte {
	rest, ok := strings.CutPrefix(string(b), scrambleKey)
	if !ok {
		return b
	}
	out := []byte(rest)
	for i := range out {
		out[i] ^= byte(0x5a + i*7)
	}
	return out
}

// openPipe opens the named pipe p for reading (files.Open), read a step
// at a time under check (files.PipeReader).
func openPipe(p string, check func()) (io.ReadCloser, error) {
	f, err := files.Open(p, check)
	if err != nil {
		return nil, err
	}
	return struct {
		io.Reader
		io.Closer
	}{files.PipeReader(f, check), f}, nil
}
