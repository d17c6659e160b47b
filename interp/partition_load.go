// This file changes which partitions and tables an open partitioned
// database has without loading it again (docs/ref/dotq.md): .Q.bv builds
// .Q.vp, the tables some partitions lack, which then read as empty there;
// .Q.li adds partitions found on disk; .Q.lo loads a database without
// changing directory or running its scripts.

package interp

import (
	"math"
	"os"
	"path/filepath"
	"slices"
	"sort"

	"qgo/interp/k"
	"qgo/interp/prim"
)

// partitionLoadVerbs registers this file's verbs (verbtab.go calls it).
func partitionLoadVerbs(t *verbTable) {
	t.native1(".Q.bv", (*Interp).buildVP)
	t.native1(".Q.li", (*Interp).loadPartitions)
	t.native1(".Q.lox", func(in *Interp, x k.Value) k.Value {
		a := k.Items(x)
		if len(a) != 3 {
			k.Signal(k.ErrRank)
		}
		in.loadWithout(a[0], a[1], a[2])
		return k.Identity
	})
}

// openDB is the partitioned database open in the session, or nil.
func (in *Interp) openDB() *partDB {
	var db *partDB
	for _, pt := range in.parts {
		if db == nil || pt.db.root < db.root {
			db = pt.db
		}
	}
	return db
}

// tableIn reports whether partition j of db holds the splayed table name.
func (db *partDB) tableIn(j int, name string) bool {
	_, err := os.Stat(db.path(db.pd[j] + "/" + db.partName(db.pv[j]) + "/" + name + "/.d"))
	return err == nil
}

// path is p, a path relative to the database's directory as its
// partitions are named (./2010.01.01/t), as the process reaches it: as
// it is when the database was loaded with a change of directory (`\l`),
// else under the database's directory (.Q.lo[db;0;…]).
func (db *partDB) path(p string) string {
	if !db.away || filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(db.root, p)
}

// buildVP is .Q.bv[] (and .Q.bv[`], prototypes from the first partition):
// every table of any partition is a partitioned table, and .Q.vp maps
// each that some partition lacks to its empty prototype, from the last
// partition that has it (the first, for .Q.bv[`]); queries read it as
// empty in the partitions that lack it.
func (in *Interp) buildVP(x k.Value) k.Value {
	db := in.openDB()
	if db == nil {
		k.Signal("par") // no partitioned database is open
	}
	first := false
	if s, ok := x.(k.Atom[string]); ok && s.V == "" {
		first = true
	}
	have := map[string][]bool{} // by table, whether each partition has it
	var names []string
	for j := range db.pv {
		dir := db.path(db.pd[j] + "/" + db.partName(db.pv[j]))
		for _, n := range dirNames(dir) {
			if !db.tableIn(j, n) {
				continue
			}
			if have[n] == nil {
				have[n] = make([]bool, len(db.pv))
				names = append(names, n)
			}
			have[n][j] = true
		}
	}
	sort.Strings(names)
	byName := map[string]*partTable{}
	for _, pt := range in.parts {
		if pt.db == db {
			byName[pt.name] = pt
		}
	}
	var vpNames []string
	var vpVals []k.Value
	for _, n := range names {
		missing := slices.Contains(have[n], false)
		pt := byName[n]
		if pt == nil || missing {
			proto := -1
			for j := range db.pv {
				if have[n][j] && (proto < 0 || !first) {
					proto = j
				}
			}
			pt = in.newPartTable(db, n, proto)
		}
		pt.missing = nil
		if missing {
			pt.missing = make([]bool, len(db.pv))
			for j, h := range have[n] {
				pt.missing[j] = !h
			}
			vpNames = append(vpNames, n)
			proto := &k.Table{Cols: pt.value.Cols, Data: make([]k.Value, len(pt.value.Data))}
			for i, c := range pt.value.Data {
				proto.Data[i] = prim.SetAttr(k.AttrNone, c) // .Q.vp shows `sym$(), no `p#
			}
			vpVals = append(vpVals, proto)
		}
	}
	in.put(".Q.pt", k.Syms(names...))
	in.putView(db, names)
	vals := k.Value(k.NewList(vpVals...))
	if len(vpVals) > 0 {
		vals = k.Unify(vpVals)
	}
	in.put(".Q.vp", &k.Dict{K: k.Syms(vpNames...), V: vals})
	return k.Identity
}

// newPartTable makes name a partitioned table of db whose columns are
// those of partition j's, replacing the one it was, and assigns it.
func (in *Interp) newPartTable(db *partDB, name string, j int) *partTable {
	for t, pt := range in.parts {
		if pt.db == db && pt.name == name {
			delete(in.parts, t)
		}
	}
	return in.putPartTable(db, name, db.path(db.pd[j]+"/"+db.partName(db.pv[j])+"/"+name))
}

// putPartTable makes name a partitioned table of db whose columns are those
// of the table in folder dir, each empty with its type, and assigns it.
func (in *Interp) putPartTable(db *partDB, name, dir string) *partTable {
	pt := &partTable{db: db, name: name, counts: make([]int64, len(db.pv))}
	for i := range pt.counts {
		pt.counts[i] = -1
	}
	pt.cols = in.readDotD(dir).V
	cols := append([]string{db.field}, pt.cols...)
	data := []k.Value{k.Empty(db.typ)}
	for _, c := range pt.cols {
		data = append(data, emptyColumnOf(in, filepath.Join(dir, c)))
	}
	pt.value = &k.Table{Cols: k.Syms(cols...), Data: data}
	in.parts[pt.value] = pt
	in.put(in.qualify(name, nil), pt.value)
	return pt
}

// loadPartitions is .Q.li x: the partitions x names that are on disk and
// not yet in the database join it, in order (docs/ref/dotq.md#li).
func (in *Interp) loadPartitions(x k.Value) k.Value {
	db := in.openDB()
	if db == nil {
		k.Signal("par")
	}
	var want []int32
	switch v := x.(type) {
	case k.Atom[int32]:
		if v.T != -db.typ && !(db.typ == k.KJ && v.T == -k.KI) {
			k.Signal(k.ErrType)
		}
		want = []int32{v.V}
	case *k.Vec[int32]:
		if v.T != db.typ && !(db.typ == k.KJ && v.T == k.KI) {
			k.Signal(k.ErrType)
		}
		want = v.V
	case k.Atom[int64]: // a year or int partition: a long, as .Q.pv lists it
		if db.typ != k.KJ || v.V < 0 || v.V > math.MaxInt32 {
			k.Signal(k.ErrType)
		}
		want = []int32{int32(v.V)}
	case *k.Vec[int64]:
		if db.typ != k.KJ {
			k.Signal(k.ErrType)
		}
		for _, p := range v.V {
			if p < 0 || p > math.MaxInt32 {
				k.Signal(k.ErrType)
			}
			want = append(want, int32(p))
		}
	default:
		k.Signal(k.ErrType)
	}
	dirs := []string{"."}
	if db.segs != nil {
		dirs = db.segs
	}
	added := false
	for _, v := range want {
		if slices.Contains(db.allPV, v) {
			continue
		}
		for _, d := range dirs {
			st, err := os.Stat(db.path(d + "/" + db.partName(v)))
			if err != nil || !st.IsDir() {
				continue
			}
			i := sort.Search(len(db.allPV), func(i int) bool { return db.allPV[i] > v })
			db.allPV = slices.Insert(slices.Clone(db.allPV), i, v)
			db.allPD = slices.Insert(slices.Clone(db.allPD), i, d)
			added = true
			break
		}
	}
	if !added {
		return k.Identity
	}
	db.pv, db.pd = db.allPV, db.allPD
	var names []string
	if v, ok := in.absVal(".Q.pt").(*k.Vec[string]); ok {
		names = v.V
	}
	for _, pt := range in.parts {
		if pt.db != db {
			continue
		}
		pt.counts = make([]int64, len(db.pv))
		for j := range pt.counts {
			pt.counts[j] = -1
		}
		if pt.missing != nil {
			m := make([]bool, len(db.pv))
			for j := range m {
				m[j] = !db.tableIn(j, pt.name)
			}
			pt.missing = m
		}
	}
	in.put(".Q.PV", in.partVec(db, db.allPV))
	pd := make([]string, len(db.allPD))
	for i, d := range db.allPD {
		pd[i] = ":" + d
	}
	in.put(".Q.PD", k.Syms(pd...))
	in.putView(db, names)
	return k.Identity
}

// loadWithout is .Q.lo[db;cd;scripts]: the database db (a symbol, with
// or without its colon, as .Q.l takes it) is loaded, the directory left
// as it was unless cd, and its scripts run only when scripts.
func (in *Interp) loadWithout(db, cd, scripts k.Value) {
	s, ok := db.(k.Atom[string])
	if !ok {
		k.Signal(k.ErrType)
	}
	dir := s.V
	if len(dir) > 0 && dir[0] == ':' {
		dir = dir[1:]
	}
	wd, err := os.Getwd()
	if err != nil {
		k.Signal("os")
	}
	in.loadDBWith(dir, false, truth(cd), truth(scripts))
	if !truth(cd) {
		if err := os.Chdir(wd); err != nil {
			panic(osError(wd, err))
		}
	}
}
