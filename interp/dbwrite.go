// This file writes databases (docs/ref/dotq.md): .Q.ens (.Q.en), which
// enumerates a table's symbol columns against a domain kept in a file of
// the database, and .Q.dpfts (.Q.dpft .Q.dpt .Q.dpts), which saves a
// table splayed into a partition, sorted on a field placed first;
// .Q.hdpf, .Q.par, .Q.fs, .Q.fsn and .Q.chk are q code in bootstrap/q.q
// over these. A table splayed by `set` keeps its enumerations, each
// column file naming its domain (k/file_enum.go), so kdb+ reads it.

package interp

import (
	"encoding/binary"
	"os"
	"path/filepath"
	"strings"

	"qgo/interp/k"
)

// dbWriteVerbs registers this file's verbs (verbtab.go calls it).
func dbWriteVerbs(t *verbTable) {
	t.native1(".Q.enx", func(in *Interp, x k.Value) k.Value {
		a := listArgs(x, 3)
		name, ok := a[2].(k.Atom[string])
		if !ok || name.V == "" {
			k.Signal(k.ErrType)
		}
		return in.enumTable(a[0], a[1], name.V)
	})
	t.native1(".Q.dpx", func(in *Interp, x k.Value) k.Value {
		a := listArgs(x, 5)
		return in.savePartition(a[0], a[1], a[2], a[3], a[4])
	})
	t.native1(".Q.parx", func(in *Interp, x k.Value) k.Value {
		a := listArgs(x, 3)
		return in.partPath(a[0], a[1], a[2])
	})
	t.native1(".Q.chk", (*Interp).chkDB)
	t.dyad("dsave", (*Interp).dsave)
}

// dsave is x dsave y: the global tables named y (a symbol or symbols)
// saved splayed under the path x, each enumerated against sym and with
// `p# on its first column (docs/ref/dsave.md). x is a file symbol, the
// database root where the sym file goes, or a list of one followed by a
// path within the root (a partition: `:db`2015.01.01). The result is y.
func (in *Interp) dsave(x, y k.Value) k.Value {
	in.checkWrite()
	var path []string
	switch v := x.(type) {
	case k.Atom[string]:
		path = []string{v.V}
	case *k.Vec[string]:
		path = v.V
	default:
		k.Signal(k.ErrType)
	}
	if len(path) == 0 || !strings.HasPrefix(path[0], ":") {
		k.Signal(k.ErrType)
	}
	root := k.S(path[0])
	dir := strings.TrimSuffix(path[0][1:], "/")
	for _, p := range path[1:] {
		dir += "/" + p
	}
	eachSym(y, func(name string) k.Value {
		tab, ok := in.lookup(name, nil).(*k.Table)
		if !ok {
			k.Signal(k.ErrType)
		}
		e := in.enumTable(root, tab, "sym").(*k.Table)
		if len(e.Data) > 0 {
			data := append([]k.Value(nil), e.Data...)
			data[0] = in.dyad("#", k.S("p"), data[0])
			e = &k.Table{Cols: e.Cols, Data: data}
		}
		in.splay(dir+"/"+baseName(name), e)
		return k.S(name)
	})
	return y
}

// listArgs is the n items of the argument list of a native taking several.
func listArgs(x k.Value, n int) []k.Value {
	l, ok := x.(*k.List)
	if !ok || len(l.V) != n {
		k.Signal("rank")
	}
	return l.V
}

// enumTable is .Q.ens[d;t;name]: t with its symbol columns enumerated
// against the domain name, read from the file d/name when d is a file
// symbol (and written back with any new symbols), else the global alone.
func (in *Interp) enumTable(d, t k.Value, name string) k.Value {
	tab, ok := t.(*k.Table)
	if !ok {
		if kt, keys := unkey(t); keys > 0 {
			return rekey(in.enumTable(d, kt, name), keys)
		}
		k.Signal(k.ErrType)
	}
	file := ""
	if !k.IsIdentity(d) {
		dir := in.mustPath(d)
		if err := os.MkdirAll(dir, 0o777); err != nil {
			panic(osError(dir, err))
		}
		file = filepath.Join(dir, name)
	}
	g := in.qualify(name, nil)
	var dom []string
	if file != "" {
		if _, err := os.Stat(file); err == nil {
			v, ok := in.decodeFileAt(file).(*k.Vec[string])
			if !ok {
				k.Signal(file + ": type")
			}
			dom = v.V
		}
	} else if v, ok := in.absVal(g).(*k.Vec[string]); ok {
		dom = v.V[:len(v.V):len(v.V)] // what is appended goes to a new array
	}
	pos := make(map[string]int64, len(dom))
	for i, s := range dom {
		if _, seen := pos[s]; !seen {
			pos[s] = int64(i)
		}
	}
	n0 := len(dom)
	enum := func(syms []string) []int64 {
		idx := make([]int64, len(syms))
		for i, s := range syms {
			p, ok := pos[s]
			if !ok && s == "" {
				p = k.NJ // a null needs no place in the domain: a null index
			} else if !ok {
				p = int64(len(dom))
				pos[s] = p
				dom = append(dom, s)
			}
			idx[i] = p
		}
		return idx
	}
	env := domains{in}
	data := make([]k.Value, len(tab.Data))
	for c, col := range tab.Data {
		data[c] = col
		switch v := col.(type) {
		case *k.Vec[string]:
			data[c] = &k.Enum{Dom: name, A: v.A, V: enum(v.V), Env: env}
		case *k.List:
			if len(v.V) > 0 && allSymVecs(v.V) {
				items := make([]k.Value, len(v.V))
				for i, it := range v.V {
					items[i] = &k.Enum{Dom: name, V: enum(it.(*k.Vec[string]).V), Env: env}
				}
				data[c] = k.NewList(items...)
			}
		}
	}
	domain := &k.Vec[string]{T: k.KS, V: dom}
	if file != "" && (len(dom) > n0 || n0 == 0) {
		in.checkWrite()
		b, err := k.EncodeFile(domain)
		if err != nil {
			panic(asQError(err))
		}
		writeBytes(file, b)
	}
	in.put(g, domain)
	return &k.Table{Cols: tab.Cols, Data: data}
}

// allSymVecs reports whether every item is a symbol vector.
func allSymVecs(items []k.Value) bool {
	for _, it := range items {
		if _, ok := it.(*k.Vec[string]); !ok {
			return false
		}
	}
	return true
}

// partPath is .Q.par[d;p;t]: the directory of table t in partition p of
// the database in d, in the segment par.txt assigns it (round robin on
// the partition's value) when d has a par.txt.
func (in *Interp) partPath(d, p, t k.Value) k.Value {
	dir := in.mustPath(d)
	seg := dir
	if b, err := os.ReadFile(filepath.Join(dir, "par.txt")); err == nil {
		var segs []string
		for _, l := range strings.Split(string(b), "\n") {
			if l = strings.TrimSpace(l); l != "" {
				segs = append(segs, l)
			}
		}
		if len(segs) > 0 {
			n := int64(len(segs))
			seg = segs[((partValue(p)%n)+n)%n]
			if !filepath.IsAbs(seg) && dir != "." {
				seg = dir + "/" + seg // par.txt names segments from the database's directory
			}
		}
	}
	name, ok := t.(k.Atom[string])
	if !ok {
		k.Signal(k.ErrType)
	}
	return k.S(":" + strings.TrimSuffix(seg, "/") + "/" + partText(p) + "/" + name.V)
}

// partValue is the integer value of a partition atom.
func partValue(p k.Value) int64 {
	switch v := p.(type) {
	case k.Atom[int32]:
		return int64(v.V)
	case k.Atom[int64]:
		return v.V
	case k.Atom[int16]:
		return int64(v.V)
	}
	k.Signal(k.ErrType)
	return 0
}

// partText is the directory name of a partition atom: its text, as
// string gives it, so a null partition names no directory (.Q.par[d;0Nd;t]
// is d's own t, a table splayed in the database's directory).
func partText(p k.Value) string {
	if k.IsNull(p) {
		switch p.Type() {
		case -k.KD, -k.KM, -k.KI, -k.KJ, -k.KH:
			return ""
		}
	}
	switch p.Type() {
	case -k.KD:
		return partString("date", int32(partValue(p)))
	case -k.KM:
		return partString("month", int32(partValue(p)))
	case -k.KI, -k.KJ, -k.KH:
		v := partValue(p)
		if v < 0 {
			k.Signal(k.ErrType)
		}
		return partString("int", int32(v))
	}
	k.Signal(k.ErrType)
	return ""
}

// savePartition is .Q.dpfts[d;p;f;t;s]: the global table t enumerated
// against domain s in d, sorted on f (unless f is null) with f placed
// first (after the partition field) with `p#, splayed to .Q.par[d;p;t].
func (in *Interp) savePartition(d, p, f, t, s k.Value) k.Value {
	in.checkWrite()
	name, ok := t.(k.Atom[string])
	if !ok {
		k.Signal(k.ErrType)
	}
	dom, ok := s.(k.Atom[string])
	if !ok {
		k.Signal(k.ErrType)
	}
	field, ok := f.(k.Atom[string])
	if !ok {
		k.Signal(k.ErrType)
	}
	tab, isTab := in.lookup(name.V, nil).(*k.Table)
	if !isTab {
		k.Signal(k.ErrType)
	}
	for _, c := range tab.Data {
		if !mappable(c) {
			k.Signal("unmappable")
		}
	}
	e := in.enumTable(d, tab, dom.V).(*k.Table)
	if field.V != "" {
		fi := -1
		for i, c := range e.Cols.V {
			if c == field.V {
				fi = i
			}
		}
		if fi < 0 {
			k.Signal(field.V)
		}
		order := in.monad("iasc", tab.Data[fi])
		// q's dpft ends @[d;f;`p#] (docs/wp/foreign-keys.md): the sort
		// column is parted on disk
		cols := []string{field.V}
		data := []k.Value{in.dyad("#", k.S("p"), in.dyad("@", e.Data[fi], order))}
		for i, c := range e.Cols.V {
			if i != fi {
				cols = append(cols, c)
				data = append(data, in.dyad("@", e.Data[i], order))
			}
		}
		e = &k.Table{Cols: k.Syms(cols...), Data: data}
	}
	dir := strings.TrimPrefix(in.partPath(d, p, t).(k.Atom[string]).V, ":")
	in.splay(dir, e)
	return t
}

// mappable reports whether a column can be splayed: a vector, or a list
// of vectors of one type.
func mappable(c k.Value) bool {
	l, ok := c.(*k.List)
	if !ok {
		return k.IsList(c)
	}
	t := k.Type(-1)
	for _, it := range l.V {
		if it.Type() <= 0 || it.Type() >= 20 {
			return false
		}
		if t >= 0 && it.Type() != t {
			return false
		}
		t = it.Type()
	}
	return true
}

// upsertFile appends records y to the table stored at p, or items y to
// the vector or list stored there. A file not there yet is written: a
// table, or for upsert (.[f;();,;y]) a list, as (),y (the intraday
// write-down white paper appends each column file of a temporary
// partition to the day's partition by upsert, the first creating it).
func (in *Interp) upsertFile(x k.Value, p string, y k.Value, insert bool) k.Value {
	in.checkWrite()
	dir := strings.TrimSuffix(p, "/")
	st, err := os.Stat(dir)
	if err != nil {
		switch {
		case isTable(y):
		case !insert && !strings.HasSuffix(p, "/") && y.Type() < k.XT:
			if k.IsAtom(y) {
				y = k.Enlist(y)
			}
		default:
			k.Signal(k.ErrType)
		}
		in.writeFile(p, y)
		if insert {
			return tilFrom(0, y.Len())
		}
		return x
	}
	if !st.IsDir() && !insert && appendFileInPlace(dir, y) {
		return x
	}
	var cur k.Value
	if st.IsDir() {
		cur = in.readSplay(dir)
	} else {
		cur = in.withDomains(in.decodeFileAt(dir))
	}
	var nv k.Value
	if cur.Type() < k.XT {
		nv = in.dyad(",", cur, y) // a vector's file: the items appended
		if nv.Type() != cur.Type() {
			k.Signal(k.ErrType)
		}
	} else {
		nv = in.upsertValue(cur, y)
		checkKeepsTypes(cur, nv)
	}
	if t, ok := nv.(*k.Table); ok {
		data := make([]k.Value, len(t.Data))
		for i, c := range t.Data {
			data[i] = in.dyad("#", k.S(""), c)
		}
		nv = &k.Table{Cols: t.Cols, Data: data}
	}
	if st.IsDir() {
		in.splay(dir, nv)
	} else if z, ok := zipStat(dir); ok {
		lbs := 0
		for int64(1)<<lbs < z.block {
			lbs++
		}
		spec := zipSpec{lbs, int(z.alg), int(z.level)}
		in.writeFileZ(dir, nv, func(string) zipSpec { return spec }) // a compressed file stays so
	} else {
		in.writeFileZ(dir, nv, func(string) zipSpec { return zipSpec{} })
	}
	if insert {
		return tilFrom(cur.Len(), nv.Len())
	}
	return x
}

// appendFileInPlace appends the items of y to the file at p where it lies, as
// q extends a column file (.[`:f;();,;y]): the items are written after
// the last one and the count in the header is raised, so n appends cost
// what their items do rather than n rewrites of a growing file. It
// applies to an uncompressed vector of fixed-width items (fe 20) or an
// enumeration (fd 20) with no attribute whose items run to the end of the
// file, and y a vector of the same type (the same domain); it reports
// false for anything else, which the caller writes whole. A mapping of the
// file keeps its bytes: only bytes past its end and the header's count,
// which a mapped vector has already read, change (mapped.go).
func appendFileInPlace(p string, y k.Value) bool {
	var items []byte
	switch v := y.(type) {
	case *k.Enum:
		items = make([]byte, 0, 8*len(v.V))
		for _, i := range v.V {
			items = binary.LittleEndian.AppendUint64(items, uint64(i))
		}
	default:
		if t := y.Type(); t <= 0 || t >= k.XT || t == k.KS {
			return false
		}
		body, err := k.EncodeBody(y)
		if err != nil {
			return false
		}
		items = body[6:] // type, attribute, count, then the items
	}
	f, err := os.OpenFile(p, os.O_RDWR, 0)
	if err != nil {
		return false
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return false
	}
	head := make([]byte, k.EnumPage)
	n, _ := f.ReadAt(head, 0)
	h, ok, err := k.ReadHeader(head[:n], st.Size())
	if err != nil || !ok || h.A != k.AttrNone || int64(h.Off)+h.N*int64(h.Size) != st.Size() {
		return false
	}
	countAt := int64(8) // fe 20 <type> <attr> 0000 0000 <count>
	if e, isEnum := y.(*k.Enum); isEnum {
		if h.T != k.KEnum || e.Dom != h.Dom {
			return false
		}
		countAt = k.EnumPage - 8 // the page's descriptor ends with the count
	} else if h.T != y.Type() {
		return false
	}
	if _, err := f.WriteAt(items, st.Size()); err != nil {
		panic(osError(p, err))
	}
	var c [8]byte
	binary.LittleEndian.PutUint64(c[:], uint64(h.N)+uint64(y.Len()))
	if _, err := f.WriteAt(c[:], countAt); err != nil {
		panic(osError(p, err))
	}
	return true
}
