// This file defines Collector, which builds a list item by item as Unify
// builds it from a slice, keeping long and float atoms unboxed.

package k

// Collector gathers the results of an iteration (f each x, f\x) into the
// list Unify would make of them, without first holding every result boxed
// in a slice of values while they are all longs (or all floats) of one
// type: those go straight into the vector's storage. The zero Collector
// is empty; Grow sets the expected count.
type Collector struct {
	t      Type      // the atom type of every item so far, while unboxed
	longs  []int64   // the items, while all Atom[int64] of type t
	floats []float64 // the items, while all Atom[float64] of type t
	items  []Value   // the items, once boxed
	boxed  bool      // the items are in items
	n      int       // the expected count, for the first allocation
}

// Grow sets the number of items expected.
func (c *Collector) Grow(n int) { c.n = n }

// Add appends v.
func (c *Collector) Add(v Value) {
	if !c.boxed {
		switch a := v.(type) {
		case Atom[int64]:
			if c.longs == nil && c.floats == nil && (a.T == -KJ || a.T == -KP || a.T == -KN) {
				c.t, c.longs = a.T, make([]int64, 0, max(c.n, 1))
			}
			if c.longs != nil && a.T == c.t {
				c.longs = append(c.longs, a.V)
				return
			}
		case Atom[float64]:
			if c.longs == nil && c.floats == nil && (a.T == -KF || a.T == -KZ) {
				c.t, c.floats = a.T, make([]float64, 0, max(c.n, 1))
			}
			if c.floats != nil && a.T == c.t {
				c.floats = append(c.floats, a.V)
				return
			}
		}
		c.box()
	}
	c.items = append(c.items, v)
}

// box moves the unboxed items into items.
func (c *Collector) box() {
	c.boxed = true
	c.items = make([]Value, 0, max(c.n, len(c.longs)+len(c.floats)+1))
	for _, v := range c.longs {
		c.items = append(c.items, Atom[int64]{c.t, v})
	}
	for _, v := range c.floats {
		c.items = append(c.items, Atom[float64]{c.t, v})
	}
	c.longs, c.floats = nil, nil
}

// Value is the list of the items added, as Unify makes it.
func (c *Collector) Value() Value {
	switch {
	case c.boxed:
		return Unify(c.items)
	case c.longs != nil:
		return &Vec[int64]{T: -c.t, V: c.longs}
	case c.floats != nil:
		return &Vec[float64]{T: -c.t, V: c.floats}
	}
	return Unify([]Value{})
}
