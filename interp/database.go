// This file opens a database directory, as `\l dir`, `system "l dir"`
// and `qgo dir` do (docs/basics/syscmds.md#l-load-file-or-directory): the
// directory becomes the working directory; its data files (sym) are read
// into globals of their names, its splayed tables mapped, its partitions
// (date, month, year or int directories, in the root or in the segments
// par.txt lists: docs/database/segment.md) found and each table of the
// most recent one made a partitioned table; then its scripts run, in name
// order (`\l .` reloads the data and skips the scripts). The .Q variables
// of a partitioned database are set as docs/ref/dotq.md describes them.
// Nothing is read but directory listings, the small files and the .d
// files of the last partition: columns are mapped on first touch.

package interp

import (
	"bytes"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
	"weak"

	"qgo/interp/files"
	"qgo/interp/format"
	"qgo/interp/k"
	"qgo/interp/prim"
)

// partDB is an open partitioned database.
type partDB struct {
	root  string   // absolute path of the database directory
	field string   // the partition field: date, month, year or int
	typ   k.Type   // the partition column's type
	pv    []int32  // partition values, ascending (one per partition directory), as .Q.view left them
	pd    []string // directory holding each partition: . or a par.txt line, as q names them
	segs  []string // par.txt lines, as written (nil: not segmented)
	allPV []int32  // every partition value (.Q.PV), pv before any .Q.view
	allPD []string // the directory of each (.Q.PD)
	away  bool     // loaded without a change of directory (.Q.lo): paths are under root
}

// partTable is a table partitioned across a database's partitions.
type partTable struct {
	db     *partDB
	name   string
	cols   []string // the table's columns in the last partition's .d, less the partition field
	counts []int64  // rows in each partition, -1 until counted
	value  *k.Table // the global: Cols the partition field and cols, Data empty typed columns
	// missing marks the partitions that lack the table, which read as
	// empty there (.Q.bv, partition_load.go); nil: every one has it
	missing []bool
	// pnSeen is the entry of .Q.pn that counts were last read from or
	// written to: another entry there (.Q.pn cleared) recounts
	pnSeen k.Value
}

// partOf gives the partitioned table v is, or nil.
func (in *Interp) partOf(v k.Value) *partTable {
	t, ok := v.(*k.Table)
	if !ok || in.parts == nil {
		return nil
	}
	return in.parts[t]
}

// splaySet holds the splayed tables \l mapped, weakly (a table dropped is
// not kept), each with the path q names it by, as the flip of its columns
// shows it: +(,`a)!`:./t/ (docs/ref/flip-splayed.md); "" if not known.
type splaySet map[weak.Pointer[k.Table]]string

// loadSplay maps the splayed table in dir as \l does, remembering it as
// splayed: its columns are files, so a query may not drop one ('splay).
// shown is the path its k form names, or "".
func (in *Interp) loadSplay(dir, shown string) k.Value {
	t := in.readSplay(dir)
	if tt, ok := t.(*k.Table); ok {
		in.markSplay(tt, shown)
	}
	return t
}

// markSplay remembers t as a splayed table mapped from path shown.
func (in *Interp) markSplay(t *k.Table, shown string) {
	if in.splays == nil {
		in.splays = splaySet{}
	}
	in.splays[weak.Make(t)] = shown
}

// isSplay reports whether v is a splayed table mapped by \l.
func (in *Interp) isSplay(v k.Value) bool {
	t, ok := v.(*k.Table)
	if !ok || in.splays == nil {
		return false
	}
	_, ok = in.splays[weak.Make(t)]
	return ok
}

// storedFlip is the dictionary a table stored on disk is the flip of, as
// kdb+ represents it (docs/ref/flip-splayed.md): its columns to the name
// of a partitioned table, (,`a)!`t, or to the path of a splayed table \l
// mapped, (,`a)!`:./t/. ok is false for any other value.
func (in *Interp) storedFlip(v k.Value) (d *k.Dict, ok bool) {
	if pt := in.partOf(v); pt != nil {
		return &k.Dict{K: k.Syms(pt.cols...), V: k.S(pt.name)}, true
	}
	t, isT := v.(*k.Table)
	if !isT || in.splays == nil {
		return nil, false
	}
	if p := in.splays[weak.Make(t)]; p != "" {
		return &k.Dict{K: t.Cols, V: k.S(":" + p)}, true
	}
	return nil, false
}

// reprOf is the one-line form of x (-3!, .Q.s1, 0N!), a table stored on
// disk shown as the flip of what names it: +(,`a)!`:./t/.
func (in *Interp) reprOf(x k.Value) string {
	if d, ok := in.storedFlip(x); ok {
		return "+" + format.Repr(d, in.opts)
	}
	return format.Repr(x, in.opts)
}

// flipStored is Flip Splayed or Partitioned (docs/ref/flip-splayed.md):
// the flip of a dictionary from column names to a file symbol is the
// splayed table in that directory, its columns those named, mapped; to a
// plain symbol, the partitioned table of that name \l opened. A column
// file that is missing is the OS error q gives querying it
// ('./s/a. OS reports: No such file or directory), and a name no
// partitioned table has is 'name. ok is false when d is no such
// dictionary.
func (in *Interp) flipStored(d *k.Dict) (k.Value, bool) {
	names, ok := d.K.(*k.Vec[string])
	s, ok2 := d.V.(k.Atom[string])
	if !ok || !ok2 {
		return nil, false
	}
	if !strings.HasPrefix(s.V, ":") {
		for t, pt := range in.parts {
			if pt.name == s.V && in.lookup(s.V, nil) == k.Value(t) {
				return t, true
			}
		}
		k.Signal(s.V)
	}
	dir := s.V[1:]
	if !strings.HasSuffix(dir, "/") {
		dir += "/"
	}
	cols := make([]k.Value, len(names.V))
	for i, c := range names.V {
		cols[i] = in.mapColumn(dir + c)
		if !k.IsList(cols[i]) || cols[i].Len() != cols[0].Len() {
			k.Signal(k.ErrLength)
		}
	}
	t := &k.Table{Cols: k.Syms(names.V...), Data: cols}
	in.markSplay(t, s.V[1:])
	return t, true
}

// partName is the directory name of partition value v.
func (db *partDB) partName(v int32) string {
	return partString(db.field, v)
}

// partString is the text of a partition value, as its directory is named.
func partString(field string, v int32) string {
	switch field {
	case "date":
		return time.Date(2000, 1, 1+int(v), 0, 0, 0, 0, time.UTC).Format("2006.01.02")
	case "month":
		y, m := 2000+int(v)/12, int(v)%12
		if m < 0 {
			y, m = y-1, m+12
		}
		return time.Date(y, time.Month(m+1), 1, 0, 0, 0, 0, time.UTC).Format("2006.01")
	}
	return strconv.Itoa(int(v))
}

// parsePart reads a directory name as a partition value: its field and value.
func parsePart(name string) (field string, v int32, ok bool) {
	switch {
	case len(name) == 10 && name[4] == '.' && name[7] == '.':
		t, err := time.Parse("2006.01.02", name)
		if err != nil {
			return "", 0, false
		}
		return "date", int32(t.Sub(time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)).Hours() / 24), true
	case len(name) == 7 && name[4] == '.':
		t, err := time.Parse("2006.01", name)
		if err != nil {
			return "", 0, false
		}
		return "month", int32((t.Year()-2000)*12 + int(t.Month()) - 1), true
	}
	for _, c := range name {
		if c < '0' || c > '9' {
			return "", 0, false
		}
	}
	n, err := strconv.ParseInt(name, 10, 32)
	if err != nil || name == "" {
		return "", 0, false
	}
	if len(name) == 4 {
		return "year", int32(n), true
	}
	return "int", int32(n), true
}

// partType is the type of the partition column of field: a year or int
// partition's name is read as a long, as q reads each partition name with
// the cast of its field, "DMJJ" (the int column of an int-partitioned
// database is a long, compared to longs as .Q.pv lists them).
func partType(field string) k.Type {
	switch field {
	case "date":
		return k.KD
	case "month":
		return k.KM
	}
	return k.KJ
}

// isDataFile reports whether the file at p starts as a kdb+ data file.
func isDataFile(p string) bool {
	f, err := files.OpenPeek(p)
	if err != nil {
		return false
	}
	defer f.Close()
	var b [2]byte
	if n, _ := f.Read(b[:]); n < 2 {
		return false
	}
	return isDataHead(b)
}

// isDataHead reports whether a file's first two bytes are those of a
// kdb+ data file.
func isDataHead(b [2]byte) bool {
	return b[0] == 0xff && (b[1] == 0x01 || b[1] == 0x20) || b[0] == 0xfe && b[1] == 0x20 || b[0] == 0xfd && b[1] == 0x20 ||
		string(b[:]) == "kx"
}

// loadPath is `\l name` for a name that is no script: a database
// directory, a splayed table, or a data file. It reports false when name
// is a script.
func (in *Interp) loadPath(name string) (k.Value, bool) {
	st, err := os.Stat(name)
	if err != nil {
		return nil, false
	}
	if st.IsDir() {
		if _, err := os.Stat(filepath.Join(name, ".d")); err == nil {
			in.put(in.qualify(baseName(name), nil), in.loadSplay(name, ""))
			return k.S(baseName(name)), true
		}
		reload := filepath.Clean(name) == "."
		in.loadDBWith(name, reload, true, !reload)
		return nil, true
	}
	if isDataFile(name) {
		in.put(in.qualify(baseName(name), nil), in.withDomains(in.decodeFileAt(name)))
		return k.S(baseName(name)), true
	}
	return nil, false
}

// loadDBWith opens the database in directory dir (reload: `\l .`), making
// it the working directory (cd; else .Q.lo goes back to the one it was
// in, and the database's paths are reached under its directory) and
// running its scripts (doScripts).
func (in *Interp) loadDBWith(dir string, reload, cd, doScripts bool) {
	if err := os.Chdir(dir); err != nil {
		k.Signal(files.OSText(dir, osReason(err)))
	}
	root, err := os.Getwd()
	if err != nil {
		k.Signal("os")
	}
	names := dirNames(".")
	var segs []string
	if b, err := os.ReadFile("par.txt"); err == nil {
		for _, l := range strings.Split(string(b), "\n") {
			if l = strings.TrimSpace(strings.TrimSuffix(l, "\r")); l != "" {
				segs = append(segs, l)
			}
		}
	}
	db := &partDB{root: root, segs: segs, away: !cd}
	var scripts []string
	type part struct {
		v   int32
		seg int
		dir string
	}
	var parts []part
	addParts := func(seg int, dir string, entries []string) {
		for _, n := range entries {
			field, v, ok := parsePart(n)
			if !ok {
				continue
			}
			if db.field == "" {
				db.field = field
			}
			if field != db.field && !(db.field == "int" && field == "year" || db.field == "year" && field == "int") {
				continue
			}
			parts = append(parts, part{v, seg, dir})
		}
	}
	if segs == nil {
		addParts(0, ".", names)
	} else {
		for i, s := range segs {
			addParts(i, s, dirNames(s))
		}
	}
	for _, n := range names {
		p := filepath.Join(root, n)
		if _, _, isPart := parsePart(n); isPart && segs == nil {
			continue
		}
		st, err := os.Stat(p)
		if err != nil {
			continue
		}
		switch {
		case st.IsDir():
			if _, err := os.Stat(filepath.Join(p, ".d")); err == nil {
				shown := ""
				if cd {
					shown = "./" + n + "/"
				}
				in.put(in.qualify(n, nil), in.loadSplay(p, shown))
			}
		case strings.HasSuffix(n, ".q"):
			scripts = append(scripts, n)
		case n == "par.txt" || strings.Contains(n, "."):
		case isDataFile(p):
			in.put(in.qualify(n, nil), in.withDomains(in.decodeFileAt(p)))
		}
	}
	if len(parts) > 0 {
		sort.SliceStable(parts, func(i, j int) bool {
			if parts[i].v != parts[j].v {
				return parts[i].v < parts[j].v
			}
			return parts[i].seg < parts[j].seg
		})
		if db.field == "year" || db.field == "int" {
			db.field = "year"
			for _, p := range parts {
				if p.v < 1000 || p.v > 9999 {
					db.field = "int"
				}
			}
		}
		db.typ = partType(db.field)
		for _, p := range parts {
			db.pv = append(db.pv, p.v)
			db.pd = append(db.pd, p.dir)
		}
		db.allPV, db.allPD = db.pv, db.pd
		in.openParts(db)
	}
	if doScripts {
		for _, s := range scripts {
			in.loadScript(s)
		}
	}
}

// dirNames lists directory d sorted, less hidden names and names ending
// in $ (which q ignores).
func dirNames(d string) []string {
	entries, err := os.ReadDir(d)
	if err != nil {
		panic(osError(d, err))
	}
	var out []string
	for _, e := range entries {
		n := e.Name()
		if strings.HasPrefix(n, ".") || strings.HasSuffix(n, "$") {
			continue
		}
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// openParts makes a partitioned table of each table in the last
// partition and sets the .Q variables.
func (in *Interp) openParts(db *partDB) {
	last := len(db.pv) - 1
	lastDir := db.pd[last] + "/" + db.partName(db.pv[last])
	var tables []string
	for _, n := range dirNames(lastDir) {
		if _, err := os.Stat(filepath.Join(lastDir, n, ".d")); err == nil {
			tables = append(tables, n)
		}
	}
	if in.parts == nil {
		in.parts = map[*k.Table]*partTable{}
	}
	for t, pt := range in.parts {
		if pt.db.root == db.root {
			delete(in.parts, t)
		}
	}
	pn := make([]k.Value, len(tables))
	for i, name := range tables {
		in.putPartTable(db, name, lastDir+"/"+name)
		pn[i] = k.NewList()
	}
	pv := in.partVec(db, db.pv)
	pd := make([]string, len(db.pd))
	for i, d := range db.pd {
		pd[i] = ":" + d
	}
	in.put(".Q.pf", k.S(db.field))
	in.put(".Q.pt", k.Syms(tables...))
	in.put(".Q.PV", pv)
	in.put(".Q.PD", k.Syms(pd...))
	in.putView(db, tables)
	unique := true
	for i := 1; i < len(db.pv); i++ {
		if db.pv[i] == db.pv[i-1] {
			unique = false
		}
	}
	in.put(".Q.u", k.B(unique))
	if db.segs != nil {
		P := make([]string, len(db.segs))
		D := make([]k.Value, len(db.segs))
		for i, s := range db.segs {
			P[i] = ":" + s
			var vs []int32
			for j, d := range db.pd {
				if d == s {
					vs = append(vs, db.pv[j])
				}
			}
			D[i] = in.partVec(db, vs)
		}
		in.put(".Q.P", k.Syms(P...))
		in.put(".Q.D", k.NewList(D...))
	} else {
		in.put(".Q.P", k.Syms(":."))
		in.put(".Q.D", k.NewList(in.partVec(db, db.pv)))
	}
}

// partVec is partition values as a vector of the partition column's type.
func (in *Interp) partVec(db *partDB, vs []int32) k.Value {
	if db.typ == k.KJ {
		v := make([]int64, len(vs))
		for i, x := range vs {
			v[i] = int64(x)
		}
		return &k.Vec[int64]{T: k.KJ, V: v}
	}
	return &k.Vec[int32]{T: db.typ, V: append([]int32{}, vs...)}
}

// readDotD reads the .d file of the splayed table in dir: its columns.
func (in *Interp) readDotD(dir string) *k.Vec[string] {
	p := dir + "/.d"
	v := in.decodeFileAt(p)
	d, ok := v.(*k.Vec[string])
	if !ok {
		k.Signal(p + ": type")
	}
	return d
}

// emptyColumnOf is an empty column of the type (and attribute) of the column
// file at p, read from its header.
func emptyColumnOf(in *Interp, p string) k.Value {
	f, err := files.OpenPeek(p)
	if err != nil {
		panic(osError(p, err))
	}
	head := make([]byte, k.EnumPage)
	n, _ := f.Read(head)
	f.Close()
	head = head[:n]
	if h, ok, err := k.ReadHeader(head, int64(len(head))+1<<40); err == nil && ok {
		h.N = 0
		return in.mappedVec(h, nil)
	}
	if k.IsNestedFile(head) {
		return k.NewList()
	}
	if len(head) >= 4 && head[0] == 0xff && head[1] == 0x01 && int8(head[2]) > 0 && int8(head[2]) < 20 {
		return k.Empty(k.Type(head[2]))
	}
	if bytes.HasPrefix(head, []byte("kxzipped")) {
		v := in.mapColumn(p)
		e := in.dyad("#", k.J(0), v)
		if a := prim.AttrOf(v); a.(k.Atom[string]).V != "" {
			e = in.dyad("#", a, e) // the attribute the file keeps, as its header does uncompressed
		}
		return e
	}
	return k.NewList()
}

// lastPartTable is the columns of partitioned table pt as the last
// partition holding it has them on disk now, each an empty column of its
// file's type and attribute, after the partition field; nil when no
// partition holds the table.
func (in *Interp) lastPartTable(pt *partTable) *k.Table {
	for j := len(pt.db.pv) - 1; j >= 0; j-- {
		if pt.missing != nil && pt.missing[j] {
			continue
		}
		dir := pt.db.path(pt.db.pd[j] + "/" + pt.db.partName(pt.db.pv[j]) + "/" + pt.name)
		d := in.readDotD(dir)
		names := append([]string{pt.db.field}, d.V...)
		cols := make([]k.Value, len(names))
		cols[0] = pt.value.Data[0]
		for i, c := range d.V {
			cols[i+1] = emptyColumnOf(in, filepath.Join(dir, c))
		}
		return &k.Table{Cols: k.Syms(names...), Data: cols}
	}
	return nil
}

// nestedMetaType is the letter meta shows for column c of partitioned
// table pt when its prototype, an empty general list, cannot say: the
// upper-case type of the column's first item in the last partition that
// holds the table (a nested column file of type 77+t), else blank.
func (in *Interp) nestedMetaType(pt *partTable, c string) byte {
	for j := len(pt.db.pv) - 1; j >= 0; j-- {
		if pt.missing != nil && pt.missing[j] {
			continue
		}
		p := filepath.Join(pt.db.path(pt.db.pd[j]+"/"+pt.db.partName(pt.db.pv[j])+"/"+pt.name), c)
		return metaType(in.mapColumn(p))
	}
	return ' '
}

// putView sets what .Q.view changes: .Q.pv and .Q.pd (the partitions in
// view), the partition field's global (their distinct values) and .Q.pn,
// empty again for each of tables.
func (in *Interp) putView(db *partDB, tables []string) {
	pv := in.partVec(db, db.pv)
	pd := make([]string, len(db.pd))
	for i, d := range db.pd {
		pd[i] = ":" + d
	}
	in.put(db.field, in.monad("distinct", pv))
	in.put(".Q.pv", pv)
	in.put(".Q.pd", k.Syms(pd...))
	pn := make([]k.Value, len(tables))
	for i := range pn {
		pn[i] = k.NewList()
	}
	in.put(".Q.pn", &k.Dict{K: k.Syms(tables...), V: k.NewList(pn...)})
}

// viewParts is .Q.view x (docs/ref/dotq.md#view-subview): the partitions
// whose values x lists become the only ones any query of the database's
// tables touches (x :: restores them all); a list that matches no
// partition is 'invalid partition filter, as in kdb+ 4.1, and the view
// stays as it was.
func (in *Interp) viewParts(x k.Value) k.Value {
	var db *partDB
	var tables []*partTable
	for _, pt := range in.parts {
		if db == nil || pt.db == db {
			db = pt.db
			tables = append(tables, pt)
		}
	}
	if db == nil {
		k.Signal("par") // no partitioned database is open
	}
	pv, pd := db.allPV, db.allPD
	if !k.IsIdentity(x) {
		keep, ok := in.dyad("in", in.partVec(db, db.allPV), x).(*k.Vec[bool])
		if !ok {
			k.Signal(k.ErrType)
		}
		pv, pd = nil, nil
		for i, kept := range keep.V {
			if kept {
				pv = append(pv, db.allPV[i])
				pd = append(pd, db.allPD[i])
			}
		}
		if len(pv) == 0 {
			k.Signal("invalid partition filter")
		}
	}
	db.pv, db.pd = pv, pd
	var names []string
	if v, ok := in.absVal(".Q.pt").(*k.Vec[string]); ok {
		names = v.V
	}
	for _, pt := range tables {
		pt.counts = make([]int64, len(db.pv))
		for j := range pt.counts {
			pt.counts[j] = -1
		}
	}
	in.putView(db, names)
	return k.Identity
}
