// This file defers the bootstrap script's function definitions: a
// statement `name:{...}` assigns a lambda whose body is parsed and
// resolved the first time it is needed (applied, shown by value, named in
// an error), so a session that never calls .Q.fmt never parses it. The
// global exists from the start with its source text and parameters,
// which bootstrap_table.go lists (a test keeps that table equal to what
// cutting and parsing the script gives).

package interp

import (
	"fmt"
	"sync"
	"sync/atomic"

	"qgo/interp/k"
	"qgo/interp/syntax"
)

// lazyCode is the compiled form of a bootstrap function not parsed yet.
// It is shared by every session of the process, like the parsed
// statements, and safe to force from any goroutine.
type lazyCode struct {
	stmt string // the whole statement, name:{...}
	line int    // the line of the script it starts on
	once sync.Once
	code *lambdaCode
	done atomic.Pointer[lambdaCode] // code, once get has made it
}

// get parses and resolves the definition on first use.
func (l *lazyCode) get() *lambdaCode {
	l.once.Do(func() {
		n, err := parseQ(l.stmt)
		if err != nil {
			panic(fmt.Sprintf("bootstrap q.q:%d: parse error %v in %q", l.line, err, l.stmt))
		}
		resolve(n)
		l.code = nodeCode(n.(*syntax.Assign).X.(*syntax.Lambda))
		l.done.Store(l.code)
	})
	return l.code
}

// codeOf is fn's resolved form, parsing a deferred bootstrap body first;
// nil for a lambda decoded from bytes and not compiled yet.
func codeOf(fn *k.Lambda) *lambdaCode {
	if c, ok := fn.Code.(*lambdaCode); ok {
		return c // the common case inline: one comparison, not a type switch
	}
	return lazyCodeOf(fn)
}

// lazyCodeOf is codeOf for a body not made yet.
//
//go:noinline
func lazyCodeOf(fn *k.Lambda) *lambdaCode {
	switch c := fn.Code.(type) {
	case *lazyCode:
		return c.get()
	}
	return nil
}

// forcedCode is like codeOf but parses nothing: nil for a deferred body
// not parsed yet.
func forcedCode(fn *k.Lambda) *lambdaCode {
	switch c := fn.Code.(type) {
	case *lambdaCode:
		return c
	case *lazyCode:
		return c.done.Load()
	}
	return nil
}
