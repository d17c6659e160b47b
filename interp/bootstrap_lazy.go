// This file defers the bootstrap script's function definitions: a
// statement `name:{...}` assigns a lambda whose body is parsed and
// resolved the first time it is needed (applied, shown by value, named in
// an error), so a session that never calls .Q.fmt never parses it. The
// global exists from the start with its source text and parameters,
// which bootstrap_params.go lists (a test keeps that list equal to what
// parsing the script gives).

package interp

import (
	"fmt"
	"slices"
	"strings"
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
	switch c := fn.Code.(type) {
	case *lambdaCode:
		return c
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

// lazyDef reports whether the statement chunk is a function definition
// to defer: `name:{...}` for a name bootParams lists. It gives the name,
// the lambda's source and its parameters.
func lazyDef(chunk string) (name, src string, params []string, ok bool) {
	i := strings.IndexByte(chunk, ':')
	if i <= 0 || !strings.HasPrefix(chunk[i+1:], "{") || !strings.HasSuffix(chunk, "}") {
		return "", "", nil, false
	}
	name = chunk[:i]
	params, ok = bootParamsOf(name)
	return name, chunk[i+1:], params, ok
}

// bootParam is a deferred bootstrap function's name and parameters.
type bootParam struct {
	name   string
	params []string
}

// bootParamsOf gives the parameters bootParams lists for name.
func bootParamsOf(name string) ([]string, bool) {
	i, ok := slices.BinarySearchFunc(bootParams, name, func(p bootParam, name string) int {
		return strings.Compare(p.name, name)
	})
	if !ok {
		return nil, false
	}
	return bootParams[i].params, true
}
