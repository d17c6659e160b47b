// This file registers the .j namespace: .j.j and .j.jd write q values as
// JSON text, .j.k reads JSON text into q values (package interp/json),
// with the session's formatting (\P).

package interp

import (
	"qgo/interp/json"
	"qgo/interp/k"
)

// dotjVerbs registers this file's verbs (verbtab.go calls it).
func dotjVerbs(t *verbTable) {
	t.native1(".j.j", func(in *Interp, x k.Value) k.Value {
		return byteStr(json.Write(x, json.Options{Format: in.opts}))
	})
	t.native1(".j.jd", (*Interp).jsonD)
	t.native1(".j.k", func(in *Interp, x k.Value) k.Value { return json.Read(json.Text(x)) })
}

// jsonD is .j.jd (x;d): .j.j x, where d`null0w set writes the float
// infinities as null.
func (in *Interp) jsonD(x k.Value) k.Value {
	l := k.Items(x)
	if !k.IsList(x) || len(l) != 2 {
		k.Signal("rank")
	}
	o := json.Options{Format: in.opts}
	if d, ok := l[1].(*k.Dict); ok {
		if keys, ok := d.K.(*k.Vec[string]); ok {
			for i, s := range keys.V {
				if s == "null0w" {
					o.Null0w = truth(k.At(d.V, i))
				}
			}
		}
	} else if !k.IsList(l[1]) || l[1].Len() != 0 {
		k.Signal("type")
	}
	return byteStr(json.Write(l[0], o))
}

// byteStr is a string of the bytes b.
func byteStr(b []byte) k.Value { return &k.Vec[uint8]{T: k.KC, V: b} }
