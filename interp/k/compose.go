package k

import "sync/atomic"

// compRoom is the array a long composition's functions lie in, with
// spare slots before and after them. A composition built from another
// by one more function on either side (f'g with g a composition, as
// {(')[neg;x]}/[n;neg] builds n of them) writes it into the spare slot
// next to the other's, when no composition took that slot already, and
// shares the rest: each step costs the functions it adds, not a copy of
// the whole chain, which made such a chain quadratic. lo and hi bound
// the slots taken; they move by compare-and-swap, so two sessions (peach)
// composing from one composition take distinct slots, and the loser
// copies. A slot once taken is never written again.
type compRoom struct {
	all    []Value
	lo, hi atomic.Int64
}

// compRoomMin is the length from which a composition is given room: a
// short one (the commonest: two or three functions) is made exact.
const compRoomMin = 8

// Compose is the composition f'g: the functions of f (itself, or its
// parts when it is a composition) then g's, flattened.
func Compose(f, g Value) *Comp {
	left, right := compParts(f), compParts(g)
	if gc, ok := g.(*Comp); ok && gc.room != nil {
		if c := gc.prepend(left); c != nil {
			return c
		}
	}
	if fc, ok := f.(*Comp); ok && fc.room != nil {
		if c := fc.append(right); c != nil {
			return c
		}
	}
	n := len(left) + len(right)
	if n < compRoomMin {
		fs := make([]Value, 0, n)
		return &Comp{Fs: append(append(fs, left...), right...)}
	}
	// room of n on each side: the chain can double before it is copied
	r := &compRoom{all: make([]Value, 3*n)}
	copy(r.all[n:], left)
	copy(r.all[n+len(left):], right)
	r.lo.Store(int64(n))
	r.hi.Store(int64(2 * n))
	return &Comp{Fs: r.all[n : 2*n : 2*n], room: r, off: n}
}

// compParts is the functions a composition holds, or f alone.
func compParts(f Value) []Value {
	if c, ok := f.(*Comp); ok {
		return c.Fs
	}
	return []Value{f}
}

// prepend is fs then c's functions written in c's room, or nil when the
// slots before c are taken or too few.
func (c *Comp) prepend(fs []Value) *Comp {
	r, at := c.room, int64(c.off)
	n := int64(len(fs))
	if at < n || !r.lo.CompareAndSwap(at, at-n) {
		return nil
	}
	copy(r.all[at-n:at], fs)
	end := at + int64(len(c.Fs))
	return &Comp{Fs: r.all[at-n : end : end], room: r, off: int(at - n)}
}

// append is c's functions then fs written in c's room, or nil when the
// slots after c are taken or too few.
func (c *Comp) append(fs []Value) *Comp {
	r := c.room
	end, n := int64(c.off+len(c.Fs)), int64(len(fs))
	if end+n > int64(len(r.all)) || !r.hi.CompareAndSwap(end, end+n) {
		return nil
	}
	copy(r.all[end:end+n], fs)
	return &Comp{Fs: r.all[c.off : end+n : end+n], room: r, off: c.off}
}
