package format

import (
	"math"
	"math/rand"
	"testing"

	"qgo/interp/k"
)

// TestStringsMatchesString checks the texts Strings writes end to end
// against String of each item as an atom, for a vector of every type it
// takes, nulls and infinities among the items, and at two precisions.
func TestStringsMatchesString(t *testing.T) {
	rng := rand.New(rand.NewSource(9))
	const n = 300
	pick := func(special []int64) int64 {
		if rng.Intn(6) == 0 {
			return special[rng.Intn(len(special))]
		}
		return rng.Int63n(1<<40) - 1<<39
	}
	b, c, x := make([]bool, n), make([]byte, n), make([]byte, n)
	h, s, g := make([]int16, n), make([]string, n), make([]k.GUID, n)
	i32 := make([]int32, n)
	i64 := make([]int64, n)
	f64, f32 := make([]float64, n), make([]float32, n)
	fl := []float64{math.NaN(), math.Inf(1), math.Inf(-1), 0, math.Copysign(0, -1), 1e-5, 123456789, 0.1}
	for i := range n {
		b[i], c[i], x[i] = rng.Intn(2) == 0, byte(32+rng.Intn(90)), byte(rng.Intn(256))
		h[i] = int16(pick([]int64{int64(k.NH), int64(k.WH), -int64(k.WH)}))
		s[i] = string(rune('a'+rng.Intn(26))) + []string{"", "bc", "xyz"}[rng.Intn(3)]
		rng.Read(g[i][:])
		i32[i] = int32(pick([]int64{int64(k.NI), int64(k.WI), -int64(k.WI)}) % 3000000)
		i64[i] = pick([]int64{k.NJ, k.WJ, -k.WJ}) * 1000
		f64[i] = fl[rng.Intn(len(fl))] * float64(1+rng.Intn(1000))
		if rng.Intn(3) == 0 {
			f64[i] = rng.NormFloat64() * math.Pow(10, float64(rng.Intn(30)-15))
		}
		f32[i] = float32(f64[i])
	}
	vecs := []k.Value{
		&k.Vec[bool]{T: k.KB, V: b}, &k.Vec[uint8]{T: k.KC, V: c}, &k.Vec[uint8]{T: k.KX, V: x},
		&k.Vec[int16]{T: k.KH, V: h}, &k.Vec[string]{T: k.KS, V: s}, &k.Vec[k.GUID]{T: k.KG, V: g},
		&k.Vec[float32]{T: k.KE, V: f32},
	}
	for _, t := range []k.Type{k.KI, k.KM, k.KD, k.KU, k.KV, k.KT} {
		vecs = append(vecs, &k.Vec[int32]{T: t, V: i32})
	}
	for _, t := range []k.Type{k.KP, k.KN} {
		vecs = append(vecs, &k.Vec[int64]{T: t, V: i64})
	}
	for _, t := range []k.Type{k.KF, k.KZ} {
		vecs = append(vecs, &k.Vec[float64]{T: t, V: f64})
	}
	for _, o := range []Options{Default(), {Rows: 25, Cols: 80, Prec: 17}} {
		for _, v := range vecs {
			buf, ends, ok := Strings(v, o)
			if !ok || len(ends) != n {
				t.Fatalf("type %d: refused", v.Type())
			}
			start := 0
			for i, end := range ends {
				want := String(itemAtom(v, i), o)
				if got := string(buf[start:end]); got != want {
					t.Fatalf("type %d item %d: %q, want %q", v.Type(), i, got, want)
				}
				start = end
			}
		}
	}
	if _, _, ok := Strings(k.Longs(1, 2), Default()); ok {
		t.Fatal("took longs, which strLongs writes")
	}
}

// itemAtom is item i of typed vector v as an atom.
func itemAtom(v k.Value, i int) k.Value {
	switch x := v.(type) {
	case *k.Vec[bool]:
		return k.Atom[bool]{T: -x.T, V: x.V[i]}
	case *k.Vec[uint8]:
		return k.Atom[uint8]{T: -x.T, V: x.V[i]}
	case *k.Vec[int16]:
		return k.Atom[int16]{T: -x.T, V: x.V[i]}
	case *k.Vec[int32]:
		return k.Atom[int32]{T: -x.T, V: x.V[i]}
	case *k.Vec[int64]:
		return k.Atom[int64]{T: -x.T, V: x.V[i]}
	case *k.Vec[float32]:
		return k.Atom[float32]{T: -x.T, V: x.V[i]}
	case *k.Vec[float64]:
		return k.Atom[float64]{T: -x.T, V: x.V[i]}
	case *k.Vec[string]:
		return k.Atom[string]{T: -x.T, V: x.V[i]}
	case *k.Vec[k.GUID]:
		return k.Atom[k.GUID]{T: -x.T, V: x.V[i]}
	}
	panic("not a typed vector")
}
