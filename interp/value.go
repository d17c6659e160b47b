// This file defines the keywords value, key and set where they need the
// evaluator: the value of a name, a string or a parse tree; the key of a
// name or a namespace; a global or file assigned by name.

package interp

import (
	"sort"
	"strings"

	"qgo/interp/k"
	"qgo/interp/prim"
)

// lookupHead is lookup(name, nil) for the symbol at the head of a list
// value applies: `upd in each (`upd;`t;x) a tickerplant sends. The cell
// of the last such name is kept, so a stream of them costs no lookup by
// name; a reserved word, a ..name, or a name no global holds goes the
// general way.
func (in *Interp) lookupHead(name string) k.Value {
	h := &in.head
	if h.c == nil || h.name != name || h.ctx != in.ctx {
		if reservedWord(name) || strings.HasPrefix(name, "..") || name != "" && name[0] != '.' && hasDot(name) {
			return in.lookup(name, nil)
		}
		g := in.qualify(name, nil)
		*h = headCell{name: name, ctx: in.ctx, g: g, c: in.cell(g)}
	}
	if v := h.c.v; v != nil {
		return in.read(h.g, v)
	}
	return in.lookup(name, nil)
}

func (in *Interp) value(x k.Value) k.Value {
	switch v := x.(type) {
	case *k.Vec[uint8]:
		if v.T == k.KC {
			return in.valueString(string(v.V))
		}
	case k.Atom[uint8]:
		if v.T == -k.KC {
			return in.valueString(string([]byte{v.V})) // value"a" is a
		}
	case k.Atom[string]:
		return in.lookup(v.V, nil)
	case *k.Prim:
		if c, ok := opCode(v.Name); ok {
			return k.J(c) // an operator's internal code
		}
	case *k.Dict:
		return v.V
	case *k.ViewDef:
		return v.Meta // cached value, parse tree, dependencies, text
	case *k.Vec[string]:
		if len(v.V) > 0 {
			// (`f;`a;`) is all symbols: f applied to the symbols `a and `
			args := make([]k.Value, len(v.V)-1)
			for i, s := range v.V[1:] {
				args[i] = k.S(s)
			}
			return in.apply(in.lookup(v.V[0], nil), args)
		}
	case *k.List:
		if len(v.V) > 0 {
			f := v.V[0]
			switch h := f.(type) {
			case k.Atom[string]:
				f = in.lookupHead(h.V)
			case *k.Vec[uint8]:
				if h.T == k.KC {
					f = in.evalString(string(h.V))
				}
			case k.Atom[uint8]:
				if h.T == -k.KC {
					f = in.evalString(string([]byte{h.V}))
				}
			}
			return in.apply(f, v.V[1:])
		}
		return v
	case *k.Derived:
		return v.F // a derived function's value is the iterator's argument (docs/ref/value.md)
	case *k.Proj:
		items := []k.Value{v.F}
		for _, a := range v.Args {
			if a == nil {
				a = k.Identity // an elided argument shows as ::
			}
			items = append(items, a)
		}
		return k.NewList(items...)
	case *k.Lambda:
		// (code; parameters; locals; globals; constants..; m; n; f; l; s)
		// as of V3.5 (docs/ref/value.md): m maps code to source positions,
		// n is the function's full name ("..f" for f in the root, with @
		// for a lambda inside it; () when it has none), f the file it was
		// loaded from ("" if none) and l its line there (-1), s the source
		var locals []string
		code := codeOf(v)
		if code != nil {
			locals = code.locals[min(code.nparam, len(code.locals)):]
		}
		ns := strings.TrimPrefix(v.Ctx, ".")
		var name k.Value = k.NewList()
		file, line := "", int64(-1)
		if code != nil {
			if n := in.lambdaFullName(code); n != "" {
				name = k.Str(n)
			}
			if o, ok := in.sys.origins[code.node]; ok {
				file, line = o.file, int64(o.line)
			}
		}
		return k.NewList(&k.Vec[uint8]{T: k.KX}, k.Syms(v.Params...), k.Syms(locals...), k.Syms(append([]string{ns}, lambdaGlobals(v)...)...),
			k.Longs(), name, k.Str(file), k.J(line), k.Str(v.Src))
	}
	return primValue(x)
}

// primValue is prim's value, as it sees enumerations (the values).
var primValue = prim.EnumMonad("value", prim.Value)

// set is `name set value`: assign a global, or write a file.
func (in *Interp) set(x, y k.Value) k.Value {
	if r, ok := in.setFile(x, y); ok {
		return r // a file (file.go)
	}
	s, ok := x.(k.Atom[string])
	if !ok {
		k.Signal("type")
	}
	in.checkUpdate() // not from a secondary thread
	g := in.qualify(s.V, nil)
	if in.views != nil {
		delete(in.views, g) // setting a view's name ends the view, as assigning it does
	}
	if _, _, ok := in.globalDictPath(g); ok {
		in.setGlobal(g, y) // `x.a set v with x a dictionary sets its entry a, as x.a:v does
		return x
	}
	in.put(g, y)
	return x
}

// key is `key`: a namespace's names for a symbol, else prim's key.
func (in *Interp) key(x k.Value) k.Value {
	if s, ok := x.(k.Atom[string]); ok && s.V == "" {
		return in.namespaces()
	}
	if s, ok := x.(k.Atom[string]); ok {
		return in.keyOfName(s)
	}
	return primKey(x)
}

// primKey is prim's key, as it sees enumerations (the domain's name).
var primKey = prim.EnumMonad("key", prim.Key)

// keyOfName is key`name (docs/ref/key.md): the names of a namespace, the
// key of the dictionary or keyed table a global holds, else `name itself
// when the global exists and () when it does not. A name is taken in the
// current namespace unless written in full (`.ns.a, `..a).
func (in *Interp) keyOfName(s k.Atom[string]) k.Value {
	name := s.V
	if strings.HasPrefix(name, ".") && !strings.HasPrefix(name, "..") {
		if d, ok := in.namespaceDict(name).(*k.Dict); ok {
			return d.K
		}
	}
	g := in.qualify(name, nil)
	if strings.HasPrefix(name, "..") {
		g = name[2:]
	}
	v, ok := in.absGet(g)
	if _, isView := in.views[g]; !ok && isView {
		return s // a view is a name that exists (key`a: "if a variable of that name exists")
	}
	if !ok {
		if strings.HasPrefix(name, ".") && !strings.HasPrefix(name, "..") && strings.Count(name, ".") == 1 {
			return k.Syms() // a namespace with nothing in it
		}
		return k.NewList()
	}
	if d, ok := v.(*k.Dict); ok {
		return d.K
	}
	return s
}

// namespaces is key`: the namespaces of the root, q's own first (.z is
// not listed, as in q; .o is q's ODBC namespace, listed though qgo defines
// nothing in it: docs/basics/namespaces.md).
func (in *Interp) namespaces() k.Value {
	out := []string{"q", "Q", "h", "j", "o"}
	seen := map[string]bool{"q": true, "Q": true, "h": true, "j": true, "o": true, "z": true}
	var user []string
	for n := range in.allGlobals() {
		if !strings.HasPrefix(n, ".") {
			continue
		}
		ns, _, _ := strings.Cut(n[1:], ".")
		if !seen[ns] {
			seen[ns] = true
			user = append(user, ns)
		}
	}
	sort.Strings(user)
	return k.Syms(append(out, user...)...)
}

// sortPairs sorts names and their values by name.
func sortPairs(keys []string, vals []k.Value) {
	idx := make([]int, len(keys))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return keys[idx[a]] < keys[idx[b]] })
	permutePairs(keys, vals, idx)
}

// permutePairs puts names and their values in the order idx gives:
// keys[i] becomes the old keys[idx[i]], and vals[i] likewise.
func permutePairs(keys []string, vals []k.Value, idx []int) {
	k2 := make([]string, len(keys))
	v2 := make([]k.Value, len(vals))
	for i, j := range idx {
		k2[i], v2[i] = keys[j], vals[j]
	}
	copy(keys, k2)
	copy(vals, v2)
}
