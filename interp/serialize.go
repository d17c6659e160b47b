// This file defines the internal functions that serialize q values
// (-8! -9! -18! -22!) and the hashes md5 (-15!) and sha1 (-33!).

package interp

import (
	"crypto/md5"
	"crypto/sha1"

	"qgo/interp/k"
	"qgo/interp/syntax"
)

// serializeVerbs registers this file's verbs (verbtab.go calls it).
func serializeVerbs(t *verbTable) {
	t.internal(-8, func(in *Interp, x k.Value) k.Value { return byteVec(serialize(x)) })
	t.internal(-9, (*Interp).deserialize)
	t.internal(-18, func(in *Interp, x k.Value) k.Value { return byteVec(k.Compress(serialize(x))) })
	t.internal(-22, func(in *Interp, x k.Value) k.Value { return k.J(int64(len(serialize(x)))) })
	md5Fn := func(in *Interp, x k.Value) k.Value {
		sum := md5.Sum(hashInput(x))
		return byteVec(sum[:])
	}
	t.internal(-33, func(in *Interp, x k.Value) k.Value {
		sum := sha1.Sum(hashInput(x))
		return byteVec(sum[:])
	})
	t.internal(-15, md5Fn)
	t.monad("md5", md5Fn)
}

// serialize is -8!x: the IPC message kdb+ would send for x (an async
// message, as -8! writes it).
func serialize(x k.Value) []byte {
	b, err := k.Encode(x, k.MsgAsync)
	if err != nil {
		panic(asQError(err))
	}
	return b
}

// deserialize is -9!x: the value a serialized message holds, compressed
// or not, in either byte order. Lambdas are compiled from their source in
// the namespace they were sent from.
func (in *Interp) deserialize(x k.Value) k.Value {
	b, ok := x.(*k.Vec[uint8])
	if !ok || b.T != k.KX {
		k.Signal(k.ErrType)
	}
	v, err := k.Decode(b.V)
	if err != nil {
		panic(asQError(err))
	}
	return in.revive(v)
}

// revive compiles the lambdas inside a decoded value, which arrive as
// source text only.
func (in *Interp) revive(v k.Value) k.Value {
	switch x := v.(type) {
	case *k.Lambda:
		if x.Code == nil {
			return in.compileLambda(x.Src, x.Ctx)
		}
	case *k.List:
		k.Nest()
		defer k.Unnest()
		var out []k.Value
		for i, it := range x.V {
			if r := in.revive(it); r != it {
				if out == nil {
					out = append([]k.Value(nil), x.V...)
				}
				out[i] = r
			}
		}
		if out != nil {
			return &k.List{V: out}
		}
	case *k.Dict:
		kk, vv := in.revive(x.K), in.revive(x.V)
		if kk != x.K || vv != x.V {
			return &k.Dict{K: kk, V: vv}
		}
	case *k.Table:
		cols := make([]k.Value, len(x.Data))
		for i, c := range x.Data {
			cols[i] = in.revive(c)
		}
		return &k.Table{Cols: x.Cols, Data: cols}
	case *k.Proj:
		args := make([]k.Value, len(x.Args))
		for i, a := range x.Args {
			if a != nil {
				args[i] = in.revive(a)
			}
		}
		return &k.Proj{F: in.revive(x.F), Args: args}
	case *k.Comp:
		fs := make([]k.Value, len(x.Fs))
		for i, f := range x.Fs {
			fs[i] = in.revive(f)
		}
		return &k.Comp{Fs: fs}
	case *k.Derived:
		return &k.Derived{T: x.T, F: in.revive(x.F)}
	}
	return v
}

// compileLambda makes the lambda whose source text is src, defined in
// namespace ctx. The source must be exactly one lambda literal: anything
// else signals rather than runs, since it came from outside.
func (in *Interp) compileLambda(src, ctx string) k.Value {
	n, err := in.parseSrc(src)
	if err != nil {
		panic(parseError(err))
	}
	lam, ok := n.(*syntax.Lambda)
	if !ok {
		k.Signal("badmsg")
	}
	resolve(lam)
	return in.makeLambda(lam, &frame{ctx: ctx, local: true})
}

// hashInput is the bytes md5 and -33! hash: a string, a byte vector, a
// char or a symbol's text.
func hashInput(x k.Value) []byte {
	switch v := x.(type) {
	case *k.Vec[uint8]:
		return v.V
	case k.Atom[uint8]:
		return []byte{v.V}
	}
	k.Signal(k.ErrType)
	return nil
}

// byteVec makes a byte vector.
func byteVec(b []byte) k.Value { return &k.Vec[uint8]{T: k.KX, V: b} }

// asQError turns a codec error into the q signal it stands for.
func asQError(err error) *k.Error {
	if e, ok := err.(*k.Error); ok {
		return e
	}
	return &k.Error{Msg: err.Error()}
}
