// This file defines q's file system keywords: get and set on file
// symbols (`:path), splayed tables, hsym hcount hdel, key on a directory,
// read0 read1, 0: and 1: (File Text and File Binary, in package files),
// and save load rsave rload.

package interp

import (
	"os"
	"path/filepath"
	"sort"
	"strings"

	"qgo/interp/files"
	"qgo/interp/k"
)

// get is value, get and monadic `.`: a file symbol (or a path given as
// a list of symbols) reads the file, anything else is value.
func (in *Interp) get(x k.Value) k.Value {
	if p, ok := in.filePath(x); ok {
		return in.readFile(p)
	}
	if p, ok := pathList(x); ok {
		in.checkPath(p)
		return in.readFile(p) // get`:dir`file, as get` sv`:dir`file
	}
	return in.value(x)
}

// keyword is the keyword key: a file symbol lists a directory (or names
// the file), anything else is key as monadic ! is.
func (in *Interp) keyword(x k.Value) k.Value {
	if p, ok := in.filePath(x); ok {
		return keyPath(x, p)
	}
	return in.key(x)
}

// setFile is `x set y` for a file symbol x, or for (file;lbs;alg;lvl) or
// (dir;dic) (compressed, compress.go); ok is false for anything else.
func (in *Interp) setFile(x, y k.Value) (k.Value, bool) {
	if p, ok := in.filePath(x); ok {
		in.writeFile(p, y)
		return x, true
	}
	if l, ok := x.(*k.List); ok && len(l.V) == 2 {
		// (dir;dic): per-column compression (compress.go)
		if p, ok := in.filePath(l.V[0]); ok {
			in.writeFileZ(p, y, in.zipByColumn(l.V[1]))
			return l.V[0], true
		}
	}
	if l, ok := x.(*k.List); ok && len(l.V) == 4 {
		// (file;lbs;alg;lvl): compressed (compress.go)
		if p, ok := in.filePath(l.V[0]); ok {
			lbs, alg, lvl := zipParams(l.V[1], l.V[2], l.V[3])
			in.writeFileZ(p, y, func(string) zipSpec { return zipSpec{lbs, alg, lvl} })
			return l.V[0], true
		}
	}
	return nil, false
}

// fileVerbs registers this file's verbs (verbtab.go calls it).
func fileVerbs(t *verbTable) {
	hsymFn := func(in *Interp, x k.Value) k.Value { return hsym(x) }
	t.monad("hsym", hsymFn)
	t.internal(-1, hsymFn)
	hcount := func(in *Interp, x k.Value) k.Value {
		p := in.mustPath(x)
		st, err := os.Stat(p)
		if err != nil {
			panic(osError(p, err))
		}
		if z, ok := zipStat(p); ok {
			return k.J(z.plain) // a compressed file counts its plain bytes
		}
		return k.J(st.Size())
	}
	t.monad("hcount", hcount)
	t.internal(-7, hcount)
	t.monad("hdel", func(in *Interp, x k.Value) k.Value {
		p := in.mustPath(x)
		if in.remoteSandboxed() || in.remoteBlocked() || in.reval > 0 {
			k.Signal("access") // -u, -b, reval: no deleting (docs/basics/cmdline.md)
		}
		if err := os.Remove(p); err != nil {
			panic(&k.Error{Msg: p + ": " + files.Strerror(err)})
		}
		return x
	})
	t.monad("read0", func(in *Interp, x k.Value) k.Value {
		if h, ok := intArg(x); ok && h == 0 && x.Type() < 0 {
			return in.readConsole()
		}
		in.checkFileArg(x)
		return lines(files.ReadPart(x, in.checkStop))
	})
	t.monad("read1", func(in *Interp, x k.Value) k.Value {
		in.checkFileArg(x)
		if b, ok := in.fifoRead(x); ok {
			return byteVec(b)
		}
		return byteVec(files.ReadPart(x, in.checkStop))
	})
	t.dyad("0:", func(in *Interp, x, y k.Value) k.Value {
		if _, ok := files.Path(x); ok {
			in.checkWrite()
		}
		in.checkFileArg(x) // `:file 0: lines
		in.checkFileArg(y) // fmt 0: `:file, or (`:file;offset;length)
		return files.Text(x, y, in.opts, in.checkStop)
	})
	t.dyad("1:", func(in *Interp, x, y k.Value) k.Value {
		if _, ok := files.Path(x); ok {
			in.checkWrite()
		} else if l, ok := x.(*k.List); ok && len(l.V) == 4 {
			in.checkWrite() // (file;lbs;alg;lvl) 1: bytes
		}
		in.checkFileArg(x)
		in.checkFileArg(y)
		if l, ok := x.(*k.List); ok && len(l.V) == 4 {
			// (file;lbs;alg;lvl) 1: bytes, compressed (docs/ref/read1.md#compression)
			if p, ok := in.filePath(l.V[0]); ok {
				lbs, alg, lvl := zipParams(l.V[1], l.V[2], l.V[3])
				writeZipped(p, files.RawBytes(y), zipSpec{lbs, alg, lvl})
				return l.V[0]
			}
		}
		if p, ok := files.Path(x); ok {
			switch y.Type() {
			case 0, k.XT, k.XD, k.FP, k.FC:
				// a general list, table, dictionary, projection or
				// composition is written as data, not as raw bytes
				// (docs/ref/file-binary.md: kdb+'s anymap)
				in.writeFile(p, y)
				return x
			}
		}
		return files.Binary(x, y, in.checkStop)
	})
	t.dyad("2:", func(in *Interp, x, y k.Value) k.Value { k.Signal(k.ErrNyi); return nil }) // dynamic loading
	t.monad("save", func(in *Interp, x k.Value) k.Value { return eachSym(x, in.save) })
	t.monad("load", func(in *Interp, x k.Value) k.Value { return eachSym(x, in.load) })
	t.monad("rsave", func(in *Interp, x k.Value) k.Value {
		return eachSym(x, func(s string) k.Value {
			name := baseName(s)
			p := strings.TrimPrefix(files.HsymText(s), ":") + "/"
			in.writeFile(p, in.lookup(name, nil))
			return k.S(":" + p)
		})
	})
	t.monad("rload", func(in *Interp, x k.Value) k.Value {
		return eachSym(x, func(s string) k.Value {
			name := baseName(s)
			in.checkUpdate() // not from a secondary thread
			in.put(in.qualify(name, nil), in.readFile(strings.TrimPrefix(files.HsymText(s), ":")+"/"))
			return k.S(name)
		})
	})
}

// readConsole is read0 0: the next line of the console's input, without
// its line ending ("" at the end of the input), as q reads a prompted
// answer (docs/basics/handles.md).
func (in *Interp) readConsole() k.Value {
	if in.console == nil {
		k.Signal(k.ErrType)
	}
	line, err := in.console()
	if err != nil && line == "" {
		return k.Str("")
	}
	return k.Str(line)
}

// The conventions of files on disk that need no session are package
// files'; these are the evaluator's names for the ones it uses throughout.

// intArg is files.Int: an integer atom argument.
func intArg(x k.Value) (int64, bool) { return files.Int(x) }

// osError is files.OSError: the q signal for a failed file operation.
func osError(path string, err error) *k.Error { return files.OSError(path, err) }

// hsym is files.Hsym, the keyword hsym.
func hsym(x k.Value) k.Value { return files.Hsym(x) }

// writeBytes is files.WriteBytes: b written to p, replacing the file.
func writeBytes(p string, b []byte) { files.WriteBytes(p, b) }

// eachSym applies f to the text of a symbol atom, or to each of a symbol
// vector's, giving a symbol atom or vector.
func eachSym(x k.Value, f func(s string) k.Value) k.Value {
	switch v := x.(type) {
	case k.Atom[string]:
		return f(v.V)
	case *k.Vec[string]:
		out := make([]k.Value, len(v.V))
		for i, s := range v.V {
			out[i] = f(s)
		}
		return k.Unify(out)
	}
	k.Signal(k.ErrType)
	return nil
}

// baseName is the name a path saves or loads: its last component, less
// any leading colon and any extension.
func baseName(s string) string {
	s = strings.TrimPrefix(s, ":")
	s = strings.TrimSuffix(s, "/")
	if i := strings.LastIndexByte(s, '/'); i >= 0 {
		s = s[i+1:]
	}
	if i := strings.IndexByte(s, '.'); i >= 0 {
		s = s[:i]
	}
	return s
}

// writeFile is `:path set y`: a kdb+ data file, or a splayed table when
// the path ends in a slash. Missing directories are created.
func (in *Interp) writeFile(p string, y k.Value) {
	in.writeFileZ(p, y, in.zipDefaultsFor)
}

// writeFileZ is writeFile compressing each file as zip says (compress.go).
func (in *Interp) writeFileZ(p string, y k.Value, zip zipFor) {
	in.checkWrite()
	in.checkPath(p)
	if strings.HasSuffix(p, "/") {
		in.splayZ(strings.TrimSuffix(p, "/"), y, zip)
		return
	}
	if file, data, ok := k.EncodeAnymap(y); ok {
		// a general list is a mapped list and its file# (docs/releases/ChangesIn3.6.md)
		writeZipped(p, file, zip(""))
		writeZipped(p+"#", data, zip(""))
		return
	}
	b, err := k.EncodeFile(y)
	if err != nil {
		panic(asQError(err))
	}
	writeZipped(p, b, zip(""))
}

// splay writes table t to directory dir: one file per column, general
// columns as a mapped list and its # companion (k/file_anymap.go), and .d
// with the column order.
// Symbol columns must be enumerated first (.Q.en): a symbol vector is a
// 'type error, as in kdb+.
func (in *Interp) splay(dir string, y k.Value) { in.splayZ(dir, y, in.zipDefaultsFor) }

// splayZ is splay compressing each column file as zip says.
func (in *Interp) splayZ(dir string, y k.Value, zip zipFor) {
	t, ok := y.(*k.Table)
	if !ok {
		k.Signal(k.ErrType)
	}
	for _, c := range t.Data {
		if c.Type() == k.KS {
			// symbol columns must be enumerated first (.Q.en): docs/ref/get.md#splayed-table,
			// docs/kb/splayed-tables.md shows `:tr/ set tr giving 'type
			k.Signal(k.ErrType)
		}
	}
	if err := os.MkdirAll(dir, 0o777); err != nil {
		panic(osError(dir, err))
	}
	for i, name := range t.Cols.V {
		if name == "" || strings.ContainsAny(name, "/\\") {
			k.Signal(k.ErrType)
		}
		p := filepath.Join(dir, name)
		col := t.Data[i]
		if file, data, ok := k.EncodeAnymap(col); ok {
			writeZipped(p, file, zip(name))
			writeZipped(p+"#", data, zip(name))
			continue
		}
		if !k.IsList(col) {
			k.Signal(k.ErrType)
		}
		b, err := k.EncodeFile(col)
		if err != nil {
			panic(asQError(err))
		}
		writeZipped(p, b, zip(name))
	}
	d, _ := k.EncodeFile(k.Syms(t.Cols.V...))
	writeBytes(filepath.Join(dir, ".d"), d)
}

// readFile is `get` of a file symbol: a kdb+ data file, a splayed table
// (a directory with a .d file), or a 'type error for anything else.
func (in *Interp) readFile(p string) k.Value {
	in.checkPath(p)
	clean := strings.TrimSuffix(p, "/")
	st, err := os.Stat(clean)
	if err != nil {
		panic(osError(clean, err))
	}
	if st.IsDir() {
		return in.readSplay(clean)
	}
	if v, ok := in.mapVector(clean); ok {
		return v
	}
	v := in.withDomains(in.decodeFile(clean, false))
	if l, ok := v.(*k.List); ok {
		l.Mapped = true // a general list in a file is an anymap, 77h
	}
	return v
}

// decodeFileAt reads and decodes the data file at p; a file that is not
// one, or is damaged, is an error naming it (p: type, p: badmsg).
func (in *Interp) decodeFileAt(p string) k.Value { return in.decodeFile(p, true) }

// decodeFile reads and decodes the data file at p; named says whether an
// error in its contents names p (as in a database), or is bare (get).
func (in *Interp) decodeFile(p string, named bool) k.Value {
	b := in.readPlain(p)
	var data []byte
	if k.IsNestedFile(b) {
		if _, err := os.Stat(p + "#"); err != nil {
			panic(osError(p+"#", err))
		}
		data = in.readPlain(p + "#")
	}
	v, err := k.DecodeFile(b, data)
	if err != nil {
		if !named {
			panic(asQError(err))
		}
		// the file named, as a mapped column's header error is (mapped.go)
		panic(&k.Error{Msg: p + ": " + asQError(err).Msg})
	}
	return v
}

// readSplay reads the splayed table in directory dir, in the column order
// its .d file gives, its columns mapped (mapped.go).
func (in *Interp) readSplay(dir string) k.Value {
	d := in.readDotD(dir)
	cols := make([]k.Value, len(d.V))
	for i, name := range d.V {
		cols[i] = in.mapColumn(filepath.Join(dir, name))
		if !k.IsList(cols[i]) || cols[i].Len() != cols[0].Len() {
			k.Signal(k.ErrLength)
		}
	}
	return &k.Table{Cols: k.Syms(d.V...), Data: cols}
}

// keyPath is `key` of a file symbol: the sorted names in a directory, the
// symbol itself for a file, and () when there is nothing there.
func keyPath(x k.Value, p string) k.Value {
	st, err := os.Stat(p)
	if err != nil {
		return k.NewList()
	}
	if !st.IsDir() {
		return x
	}
	entries, err := os.ReadDir(p)
	if err != nil {
		panic(osError(p, err))
	}
	names := make([]string, 0, len(entries))
	for _, e := range entries {
		names = append(names, e.Name())
	}
	sort.Strings(names)
	return k.Syms(names...)
}

// lines splits text at newlines into a list of strings, as read0 does: a
// final newline does not start another line.
func lines(b []byte) k.Value {
	s := strings.TrimSuffix(string(b), "\n")
	if s == "" && len(b) <= 1 {
		if len(b) == 1 {
			return k.NewList(k.Str(""))
		}
		return k.NewList()
	}
	parts := strings.Split(s, "\n")
	out := make([]k.Value, len(parts))
	for i, l := range parts {
		out[i] = k.Str(l)
	}
	return k.NewList(out...)
}

// save is `save`: the global named by the path's last component written
// to the path, as a data file or, for .csv .txt and .xml, as text.
func (in *Interp) save(s string) k.Value {
	in.checkWrite()
	h := files.HsymText(s)
	p := h[1:]
	in.checkPath(p)
	name := baseName(s)
	v := in.lookup(name, nil)
	switch strings.ToLower(filepath.Ext(p)) {
	case "":
		in.writeFile(p, v)
	case ".csv":
		files.WriteLines(p, files.Prepare(',', v, in.opts))
	case ".txt":
		files.WriteLines(p, files.Prepare('\t', v, in.opts))
	case ".xml":
		files.WriteLines(p, files.XML(v, in.opts))
	default:
		k.Signal(k.ErrNyi)
	}
	return k.S(h)
}

// load is `load`: a data file read into the global its name gives, or a
// directory of data files read into a dictionary of them.
func (in *Interp) load(s string) k.Value {
	p := files.HsymText(s)[1:]
	in.checkPath(p)
	name := baseName(s)
	if filepath.Ext(p) != "" {
		k.Signal(k.ErrNyi)
	}
	var v k.Value
	if st, err := os.Stat(p); err == nil && st.IsDir() {
		if _, err := os.Stat(filepath.Join(p, ".d")); err == nil {
			v = in.readSplay(p)
		} else {
			v = in.loadDir(p)
		}
	} else {
		v = in.readFile(p)
	}
	in.checkUpdate() // not from a secondary thread
	in.put(in.qualify(name, nil), v)
	return k.S(name)
}

// loadDir reads each data file in directory p into a dictionary from file
// name to value.
func (in *Interp) loadDir(p string) k.Value {
	entries, err := os.ReadDir(p)
	if err != nil {
		panic(osError(p, err))
	}
	var names []string
	var vals []k.Value
	for _, e := range entries {
		if e.IsDir() || strings.HasPrefix(e.Name(), ".") || strings.HasSuffix(e.Name(), "#") {
			continue
		}
		names = append(names, e.Name())
		vals = append(vals, in.decodeFileAt(filepath.Join(p, e.Name())))
	}
	sortPairs(names, vals)
	return &k.Dict{K: k.Syms(names...), V: k.NewList(vals...)}
}

// pathExists reports whether the file path p names a file or folder.
func pathExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

// isDir reports whether the file path p names a folder.
func isDir(p string) bool {
	st, err := os.Stat(strings.TrimSuffix(p, "/"))
	return err == nil && st.IsDir()
}

// pathList is the file path a symbol list names when its first item is a
// file symbol: `:db/t`.d is the file db/t/.d.
func pathList(x k.Value) (string, bool) {
	v, ok := x.(*k.Vec[string])
	if !ok || len(v.V) < 2 || !strings.HasPrefix(v.V[0], ":") {
		return "", false
	}
	p := strings.TrimSuffix(v.V[0][1:], "/")
	for _, s := range v.V[1:] {
		p += "/" + s
	}
	return p, true
}
