package k

import (
	"reflect"
	"testing"
)

// TestCollectorUnify checks that a Collector makes of each sequence the
// list Unify makes of it.
func TestCollectorUnify(t *testing.T) {
	seqs := [][]Value{
		{},
		{J(1), J(2), J(3)},
		{J(1), J(2000), F(3)},
		{F(1.5), F(2)},
		{F(1.5), J(2)},
		{Atom[int64]{-KP, 5}, Atom[int64]{-KP, 6}},
		{Atom[int64]{-KP, 5}, J(6)},
		{Atom[float64]{-KZ, 1}, Atom[float64]{-KZ, 2}},
		{S("a"), S("b")},
		{J(1), S("b")},
		{Longs(1, 2), J(3)},
		{J(3), Longs(1, 2)},
		{C('a'), C('b')},
		{J(7)},
	}
	for _, items := range seqs {
		var c Collector
		c.Grow(len(items))
		for _, v := range items {
			c.Add(v)
		}
		got, want := c.Value(), Unify(append([]Value{}, items...))
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%v: Collector gave %#v, Unify %#v", items, got, want)
		}
	}
}
