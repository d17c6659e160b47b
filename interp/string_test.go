package interp

import (
	"math"
	"math/rand"
	"strconv"
	"testing"

	"qgo/interp/format"
	"qgo/interp/k"
)

// TestStrLongs checks string of a long vector item by item against
// strconv (and format for nulls and infinities), around every power of
// ten and at the ends of the range; and that no item's text reaches into
// the next one's.
func TestStrLongs(t *testing.T) {
	v := []int64{0, k.NJ, k.WJ, -k.WJ, math.MinInt64 + 2, -1, 1}
	for p := int64(1); p > 0 && p <= math.MaxInt64/10; p *= 10 {
		v = append(v, p-1, p, p+1, -p, 1-p, 10*p-1)
	}
	r := rand.New(rand.NewSource(4))
	for range 1000 {
		v = append(v, r.Int63()>>r.Intn(63)*int64(1-2*r.Intn(2)))
	}
	o := New(nil).opts
	got := strLongs(v, o).(*k.List)
	for i, x := range v {
		want := strconv.FormatInt(x, 10)
		if x == k.NJ || x == k.WJ || x == -k.WJ {
			want = format.String(k.J(x), o)
		}
		s := got.V[i].(*k.Vec[uint8])
		if string(s.V) != want || s.T != k.KC || cap(s.V) != len(s.V) {
			t.Fatalf("string %d: got %q (type %d, cap %d), want %q", x, s.V, s.T, cap(s.V), want)
		}
	}
}
