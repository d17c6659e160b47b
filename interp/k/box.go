// This file defines Boxes, which makes long and float atoms in blocks: an
// atom is an interface value whose data lives on the heap, and making one
// for every step of a loop of q code (s+:1, {x+1} each) costs an
// allocation each; Boxes makes one allocation per block of atoms instead.

package k

import "unsafe"

// Boxes makes long and float atoms for one goroutine (an interpreter's),
// carving them from blocks it allocates. An atom keeps its whole block
// alive, so blocks are small. The zero Boxes is ready to use.
type Boxes struct {
	j      *[boxBlock]Atom[int64]
	f      *[boxBlock]Atom[float64]
	nj, nf int // atoms of j and f used (an index, not a slice: no pointer written per atom)
}

// boxBlock is the number of atoms in a block.
const boxBlock = 32

// ifaceWords is the layout of an interface value: its method table and a
// pointer to its data.
type ifaceWords struct {
	tab  unsafe.Pointer
	data unsafe.Pointer
}

// The method tables of Value for long and float atoms (of every type
// code: the table is the Go type's, Atom[int64] or Atom[float64]).
var jTab, fTab = tabOf(Atom[int64]{-KJ, 0}), tabOf(Atom[float64]{-KF, 0})

func tabOf(v Value) unsafe.Pointer { return (*ifaceWords)(unsafe.Pointer(&v)).tab }

// J is the long atom i, as J makes it.
func (b *Boxes) J(i int64) Value {
	if uint64(i-smallJLo) < smallJHi-smallJLo {
		return smallJ[i-smallJLo]
	}
	return b.int64Atom(-KJ, i)
}

// int64Atom is the atom of type t (-KJ, -KP, -KN) and value i, from b's
// blocks: the atom Atom[int64]{t, i} as an interface value.
func (b *Boxes) int64Atom(t Type, i int64) Value {
	if b.j == nil || b.nj == boxBlock {
		b.j, b.nj = new([boxBlock]Atom[int64]), 0
	}
	p := &b.j[b.nj]
	b.nj++
	*p = Atom[int64]{t, i}
	var v Value
	w := (*ifaceWords)(unsafe.Pointer(&v))
	w.tab, w.data = jTab, unsafe.Pointer(p) // the interface Value(*p) would be, sharing p
	return v
}

// F is the float atom x, as F makes it.
func (b *Boxes) F(x float64) Value { return b.float64Atom(-KF, x) }

// float64Atom is the atom of type t (-KF, -KZ) and value x, from b's
// blocks.
func (b *Boxes) float64Atom(t Type, x float64) Value {
	if b.f == nil || b.nf == boxBlock {
		b.f, b.nf = new([boxBlock]Atom[float64]), 0
	}
	p := &b.f[b.nf]
	b.nf++
	*p = Atom[float64]{t, x}
	var v Value
	w := (*ifaceWords)(unsafe.Pointer(&v))
	w.tab, w.data = fTab, unsafe.Pointer(p)
	return v
}

// At is item i of v, as At makes it, with long and float items made from
// b's blocks.
func (b *Boxes) At(v Value, i int) Value {
	switch x := v.(type) {
	case *Vec[int64]:
		if x.T == KJ {
			return b.J(x.V[i])
		}
	case *Vec[float64]:
		if x.T == KF {
			return b.F(x.V[i])
		}
	}
	return At(v, i)
}
