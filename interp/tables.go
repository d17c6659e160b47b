// This file defines the table keywords that need the session: insert and
// upsert (by name and by value), meta, tables, fkeys, the by-name forms of
// keys, cols, xkey, xasc and xdesc.

package interp

import (
	"os"
	"path/filepath"
	"sort"
	"strings"

	"qgo/interp/k"
	"qgo/interp/prim"
)

// tableVerbs registers this file's verbs (verbtab.go calls it).
func tableVerbs(t *verbTable) {
	monads := map[string]func(in *Interp, x k.Value) k.Value{
		"meta":   func(in *Interp, x k.Value) k.Value { return in.enumMeta(x, in.meta(x)) },
		"tables": (*Interp).tables,
		"fkeys":  (*Interp).enumFkeys,
		"keys":   byNameMonad(prim.EnumMonad("keys", prim.Keys)),
		"cols":   byNameMonad(prim.EnumMonad("cols", prim.Cols)),
	}
	for _, name := range sortedKeys(monads) {
		t.monad(name, monads[name])
	}
	dyads := map[string]func(in *Interp, x, y k.Value) k.Value{
		"insert": func(in *Interp, x, y k.Value) k.Value {
			if p, ok := in.filePath(x); ok {
				return in.upsertFile(x, p, y, true) // a table on disk (dbwrite.go)
			}
			return in.insert(x, y)
		},
		"upsert": func(in *Interp, x, y k.Value) k.Value {
			if p, ok := in.filePath(x); ok {
				return in.upsertFile(x, p, y, false)
			}
			return in.upsert(x, y)
		},
		"xkey":  inPlace(prim.EnumDyad("xkey", prim.Xkey)),
		"xasc":  inPlace(prim.EnumDyad("xasc", prim.Xasc)),
		"xdesc": inPlace(prim.EnumDyad("xdesc", prim.Xdesc)),
	}
	for _, name := range sortedKeys(dyads) {
		t.dyad(name, dyads[name])
	}
}

// primMonad and primDyad are prim's unary and binary forms of name, as
// the verb table holds them (seeing enumerations); 'nyi when prim has none.
func primMonad(name string) func(x k.Value) k.Value {
	v := verbNamed(name)
	if v == nil || v.m1 == nil {
		k.Signal(k.ErrNyi)
	}
	return v.m1
}

func primDyad(name string) func(x, y k.Value) k.Value {
	v := verbNamed(name)
	if v == nil || v.d1 == nil {
		k.Signal(k.ErrNyi)
	}
	return v.d1
}

// byNameMonad is the unary f, also accepting a table by name (`cols`t).
func byNameMonad(f func(x k.Value) k.Value) func(in *Interp, x k.Value) k.Value {
	return func(in *Interp, x k.Value) k.Value {
		if s, ok := x.(k.Atom[string]); ok {
			x = in.tableByName(s.V)
		}
		return f(x)
	}
}

// tableByName is the table a symbol names for cols, keys and meta: a
// global, or, for a file symbol, the splayed table in that folder
// (docs/ref/cols.md, meta.md: cols and meta take `:db/tr), as q.k's .Q.v
// gets `:db/tr/.
func (in *Interp) tableByName(name string) k.Value {
	if strings.HasPrefix(name, ":") {
		return in.get(k.S(strings.TrimSuffix(name, "/") + "/"))
	}
	return in.tableNamed(name)
}

// inPlace is the binary f whose right argument may also be a table by
// name: the global is replaced by the result and the name returned, as
// `sym xkey`trade does.
func inPlace(f func(x, y k.Value) k.Value) func(in *Interp, x, y k.Value) k.Value {
	return func(in *Interp, x, y k.Value) k.Value {
		if s, ok := y.(k.Atom[string]); ok && strings.HasPrefix(s.V, ":") {
			// a splayed table on disk is sorted there (docs/ref/asc.md,
			// "Sorting data on disk"): its columns are written back
			dir := strings.TrimSuffix(s.V, "/")
			in.rewriteColumns(dir, f(x, in.get(k.S(dir+"/"))))
			return s
		}
		if s, ok := y.(k.Atom[string]); ok {
			in.setGlobal(s.V, f(x, in.tableNamed(s.V)))
			return s
		}
		return f(x, y)
	}
}

// rewriteColumns writes each column of t to its file in the splayed
// table's directory dir (a file symbol's text), as set writes a file, so
// a column of plain symbols, which a splayed table may hold, is written
// as it was (KX's nano benchmark sorts such a table on disk); .d stays.
// A table kept in a single file is written back whole.
func (in *Interp) rewriteColumns(dir string, t k.Value) {
	tb, ok := t.(*k.Table)
	if !ok {
		k.Signal(k.ErrType)
	}
	p, ok := in.filePath(k.S(dir))
	if !ok {
		k.Signal(k.ErrType)
	}
	if st, err := os.Stat(p); err == nil && !st.IsDir() {
		in.writeFile(p, t) // a table kept in one file is written whole
		return
	}
	for i, name := range tb.Cols.V {
		if name == "" || strings.ContainsAny(name, "/\\") {
			k.Signal(k.ErrType)
		}
		in.writeFileZ(filepath.Join(p, name), tb.Data[i], in.zipDefaultsFor)
	}
}

// global returns the global a symbol names, and whether it is defined.
func (in *Interp) global(name string) (k.Value, bool) {
	if g := in.qualify(name, nil); true {
		if v, ok := in.absGet(g); ok {
			return in.read(g, v), true
		}
	}
	v, ok := in.absGet(name)
	if ok {
		v = in.read(name, v)
		return v, ok
	}
	return in.dictEntry(in.qualify(name, nil))
}

// dictEntry is the entry a dotted absolute name (.ns.d.a) names inside a
// global dictionary (.ns.d holding the key a), and whether it has one.
func (in *Interp) dictEntry(g string) (k.Value, bool) {
	dg, path, ok := in.globalDictPath(g)
	if !ok {
		return nil, false
	}
	v := in.absVal(dg)
	for _, p := range path {
		d, ok := v.(*k.Dict)
		if !ok || isKeyedTable(d) || !hasSymKey(d, p) {
			return nil, false
		}
		v = prim.Index(d, k.S(p))
	}
	return v, true
}

// setGlobal assigns the global a symbol names; a name inside a global
// dictionary (.ns.d.a) amends that dictionary's entry, as assigning it
// does.
func (in *Interp) setGlobal(name string, v k.Value) {
	in.checkUpdate() // not from a secondary thread
	g := in.qualify(name, nil)
	if dg, path, ok := in.globalDictPath(g); ok {
		idx := make([]k.Value, len(path))
		for i, p := range path {
			idx[i] = k.S(p)
		}
		in.put(dg, prim.AmendDeep(in.absVal(dg), idx, v))
		return
	}
	in.put(g, v)
}

// tableNamed is the value of the global name; 'name when undefined.
func (in *Interp) tableNamed(name string) k.Value {
	v, ok := in.global(name)
	if !ok {
		k.Signal(name)
	}
	return v
}

// isKeyedTable reports whether v is a keyed table.
func isKeyedTable(v k.Value) bool {
	d, ok := v.(*k.Dict)
	if !ok {
		return false
	}
	_, ok = d.K.(*k.Table)
	return ok
}

// isTable reports whether v is a table or a keyed table.
func isTable(v k.Value) bool {
	_, ok := v.(*k.Table)
	return ok || isKeyedTable(v)
}

// symList gives the names in a symbol atom or vector; 'type otherwise.
func symList(v k.Value) []string {
	switch s := v.(type) {
	case k.Atom[string]:
		return []string{s.V}
	case *k.Vec[string]:
		return s.V
	case *k.List:
		if len(s.V) == 0 {
			return nil
		}
	}
	k.Signal(k.ErrType)
	return nil
}

// column is t's column name, or nil.
func column(t *k.Table, name string) k.Value {
	for i, c := range t.Cols.V {
		if c == name {
			return t.Data[i]
		}
	}
	return nil
}

// columnsOf is the table of t's columns names, in that order; a missing
// column signals its name.
func columnsOf(t *k.Table, names []string) *k.Table {
	data := make([]k.Value, len(names))
	for i, n := range names {
		c := column(t, n)
		if c == nil {
			k.Signal(n)
		}
		data[i] = c
	}
	return &k.Table{Cols: k.Syms(names...), Data: data}
}

// tableOf is a table of the given columns.
func tableOf(names []string, data []k.Value) *k.Table {
	return &k.Table{Cols: k.Syms(names...), Data: data}
}

// longsOf wraps indices as a long vector.
func longsOf(idx []int64) *k.Vec[int64] {
	if idx == nil {
		idx = []int64{}
	}
	return k.Longs(idx...)
}

// nullRows is n nulls of the item type of column c, as indexing c out of
// range gives them.
func nullRows(c k.Value, n int) k.Value {
	idx := make([]int64, n)
	for i := range idx {
		idx[i] = -1
	}
	return prim.Index(c, longsOf(idx))
}

// metaTypes are the type letters meta shows, by vector type code.
const metaTypes = " bg xhijefcspmdznuvt"

// meta is `meta t`: a table keyed by column name c, with the type letter
// t (upper case for a column of vectors), the foreign key f and the
// attribute a of each column. t may be given by name.
func (in *Interp) meta(x k.Value) k.Value {
	if s, ok := x.(k.Atom[string]); ok {
		x = in.tableByName(s.V)
	}
	if !isTable(x) {
		k.Signal(k.ErrType)
	}
	pt := in.partOf(x)
	t := in.metaTable(x)
	n := len(t.Data)
	types := make([]byte, n)
	fks := make([]string, n)
	attrs := make([]string, n)
	for i, c := range t.Data {
		types[i] = metaType(c)
		if types[i] == ' ' && pt != nil && i > 0 {
			types[i] = in.nestedMetaType(pt, t.Cols.V[i])
		}
		attrs[i] = prim.AttrOf(c).(k.Atom[string]).V
	}
	kt := tableOf([]string{"c"}, []k.Value{k.Syms(t.Cols.V...)})
	vt := tableOf([]string{"t", "f", "a"}, []k.Value{&k.Vec[uint8]{T: k.KC, V: types}, k.Syms(fks...), k.Syms(attrs...)})
	return &k.Dict{K: kt, V: vt}
}

// metaTable is the table meta describes for x (a table, by value): a
// partitioned table as its last partition on disk has it now, the
// partition field then the columns of that partition's .d (docs/ref/dotq.md,
// .Q.V), so that columns added, copied or deleted by database maintenance
// show before the database is loaded again; any other table itself.
func (in *Interp) metaTable(x k.Value) *k.Table {
	pt := in.partOf(x)
	if pt != nil {
		if t := in.lastPartTable(pt); t != nil {
			return t
		}
	}
	t, _ := unkey(x)
	return t
}

// metaType is the letter meta shows for column c: its vector type, or
// for a general list the upper-case type of its first item when that is
// a vector (S for vectors enumerated against sym, as kdb+ 3.3 reports a
// splayed column of nested symbols), else blank.
func metaType(c k.Value) byte {
	t := c.Type()
	if t > 0 && int(t) < len(metaTypes) {
		return metaTypes[t]
	}
	if l, ok := c.(*k.List); ok && len(l.V) > 0 {
		if e, ok := l.V[0].(*k.Enum); ok && e.Dom == "sym" {
			return 'S'
		}
		it := l.V[0].Type()
		if it > 0 && int(it) < len(metaTypes) {
			return strings.ToUpper(metaTypes[it : it+1])[0]
		}
	}
	return ' '
}

// tables is `tables x`: the sorted names of the tables (keyed or not) in
// the namespace x (`. for the root; `::` for the current one).
func (in *Interp) tables(x k.Value) k.Value {
	ns := in.ctx
	if s, ok := x.(k.Atom[string]); ok {
		ns = s.V
		if ns == "." {
			ns = ""
		}
	} else if !k.IsIdentity(x) {
		k.Signal(k.ErrType)
	}
	var names []string
	for name, v := range in.allGlobals() {
		rest := name
		if ns != "" {
			var ok bool
			if rest, ok = strings.CutPrefix(name, ns+"."); !ok {
				continue
			}
		}
		if strings.Contains(rest, ".") || !isTable(v) {
			continue
		}
		names = append(names, rest)
	}
	sort.Strings(names)
	return k.Syms(names...)
}

// recordTable is the one-row table of a record (a dictionary with symbol
// keys).
func recordTable(d *k.Dict) *k.Table {
	names, ok := d.K.(*k.Vec[string])
	if !ok {
		k.Signal(k.ErrType)
	}
	vals := k.Items(d.V)
	if d.V.Type() < 0 { // keys onto one atom (`a`b!`t): each column holds it
		vals = make([]k.Value, len(names.V))
		for i := range vals {
			vals[i] = d.V
		}
	}
	if len(vals) != len(names.V) {
		k.Signal(k.ErrLength)
	}
	data := make([]k.Value, len(vals))
	for i, v := range vals {
		data[i] = k.Enlist(v)
	}
	return tableOf(names.V, data)
}
