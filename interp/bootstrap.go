// This file loads the namespaces q defines in q itself (.Q, .h, .j): an
// embedded script, parsed once per process and evaluated into each new
// session, plus the natives written in Go that the script builds on. The
// script is cut into statements ahead of time (bootstrap_table.go, which
// TestBootTable writes with splitScript and keeps equal to the script).

package interp

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"

	"qgo/interp/k"
	"qgo/interp/syntax"
)

//go:embed bootstrap/q.q
var bootstrapSrc string

// stmt is one statement of the bootstrap script and the line it starts on.
type stmt struct {
	line int
	node syntax.Node
	// a deferred function definition (node is nil): the global, the
	// lambda's source and parameters, its compiled form to come
	name, src string
	params    []string
	lazy      *lazyCode
	// a data statement's value (node is nil), assigned to name
	val k.Value
}

// bootEntry is a statement of the bootstrap script as bootTable lists
// it: its text and the line it starts on; for a function definition to
// defer, the global it defines and the lambda's parameters; for a
// statement that assigns a global a value made of data only (no
// function), the global and that value as q's IPC encodes it, decoded at
// start-up rather than parsed and evaluated.
type bootEntry struct {
	line   int
	stmt   string
	name   string   // the global a deferred definition or a data statement assigns, else ""
	params []string // a deferred definition's parameters
	val    string   // a data statement's value, IPC-encoded (little-endian body), else ""
}

var (
	bootOnce  sync.Once
	bootStmts []stmt
)

// splitScript cuts a q script into statements: a statement starts on a
// line that is not indented and takes the indented lines after it. Blank
// lines and lines starting with / are comments. A statement whose lines
// follow one another in src is a slice of src, not a copy.
func splitScript(src string) (chunks []string, lines []int) {
	n := strings.Count(src, "\n") + 1 // at most a statement a line
	return splitScriptTo(src, make([]string, 0, n), make([]int, 0, n), 0)
}

// splitScriptTo is splitScript appending to chunks and lines, numbering
// src's first line 1+skip.
func splitScriptTo(src string, chunks []string, lines []int, skip int) ([]string, []int) {
	from := -1 // where the last chunk starts in src, when it is a slice of src
	off := 0   // where the line starts in src
	for n, rest := 1+skip, src; rest != ""; n++ {
		raw, next, _ := strings.Cut(rest, "\n")
		at := off
		off, rest = off+len(raw)+1, next
		l := strings.TrimRight(raw, "\r")
		t := strings.TrimSpace(l)
		switch {
		case t == "" || strings.HasPrefix(l, "/"):
			continue
		case l[0] == ' ' || l[0] == '\t':
			if len(chunks) == 0 {
				panic(fmt.Sprintf("bootstrap q.q:%d: continuation line without a statement", n))
			}
			c := &chunks[len(chunks)-1]
			if from >= 0 && from+len(*c)+1 == at {
				*c = src[from : at+len(l)] // the chunk, its newline, this line
			} else {
				*c += "\n" + l
				from = -1
			}
		default:
			chunks = append(chunks, l)
			lines = append(lines, n)
			from = at
		}
	}
	return chunks, lines
}

// bootstrapChunks splits the whole script, q.q then http.q (http.go),
// into statements, as splitScript splits them joined by a newline, with
// no copy of either.
func bootstrapChunks() (chunks []string, lines []int) {
	skip := strings.Count(bootstrapSrc, "\n") + 1 // q.q's lines and the joining newline
	n := skip + strings.Count(httpSrc, "\n") + 1
	chunks, lines = splitScriptTo(bootstrapSrc, make([]string, 0, n), make([]int, 0, n), 0)
	return splitScriptTo(httpSrc, chunks, lines, skip)
}

// parseBootstrap makes the statements of the embedded script from
// bootTable (bootstrap_table.go, the script cut into statements with its
// function definitions and data statements found, a table the linker
// lays out): a deferred definition is its name, source and parameters, a
// data statement its value, decoded here, and any other statement is
// parsed here. A parse or decoding error is a bug.
func parseBootstrap() {
	bootStmts = make([]stmt, 0, len(bootTable))
	codes := make([]lazyCode, bootLazy) // the deferred definitions' code, in one block
	for _, e := range bootTable {
		switch {
		case e.val != "":
			v, err := k.DecodeBody([]byte(e.val), false)
			if err != nil {
				panic(fmt.Sprintf("bootstrap q.q:%d: %v decoding the value of %q", e.line, err, e.stmt))
			}
			bootStmts = append(bootStmts, stmt{line: e.line, name: e.name, val: v})
		case e.name != "":
			c := &codes[0]
			codes = codes[1:]
			c.stmt, c.line = e.stmt, e.line
			bootStmts = append(bootStmts, stmt{line: e.line, name: e.name, src: e.stmt[len(e.name)+1:],
				params: e.params, lazy: c})
		default:
			n, err := parseQ(e.stmt)
			if err != nil {
				panic(fmt.Sprintf("bootstrap q.q:%d: parse error %v in %q", e.line, err, e.stmt))
			}
			if n != nil {
				resolve(n)
				bootStmts = append(bootStmts, stmt{line: e.line, node: n})
			}
		}
	}
}

// bootstrap defines the natives and evaluates the bootstrap script into
// the session's globals. Any error is a bug in qgo, so it panics naming
// the line of the script.
func (in *Interp) bootstrap() {
	bootOnce.Do(parseBootstrap)
	for _, v := range verbs.natives { // verbtab.go: native1, native2
		in.put(v.name, &k.Prim{T: v.native, Name: v.name})
	}
	ctx := in.ctx
	defer func() { in.ctx = ctx }()
	// a definition's name is absolute and no name on its path holds a
	// dictionary (TestBootPut), so it is put as it is, not stored as an
	// assignment is (qualified, its path looked through for a dictionary)
	for _, s := range bootStmts {
		if s.lazy != nil {
			in.put(s.name, &k.Lambda{Src: s.src, Params: s.params, Ctx: in.ctx, Code: s.lazy})
			continue
		}
		if s.val != nil {
			in.put(s.name, s.val) // shared by the sessions, as a parsed constant is
			continue
		}
		in.bootStmt(s)
	}
}

// bootStmt evaluates one statement of the bootstrap script.
func (in *Interp) bootStmt(s stmt) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(*k.Error); ok {
				r = "'" + e.Msg
			}
			panic(fmt.Sprintf("bootstrap q.q:%d: %v", s.line, r))
		}
	}()
	in.eval(s.node, nil)
}
