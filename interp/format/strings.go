// This file gives `string` of a typed vector its items' texts end to end
// in one buffer, each written where it belongs, rather than one atom
// boxed, one Go string and one q string made for each item: string of a
// million floats or timestamps made four allocations an item.

package format

import (
	"math"
	"strconv"

	"qgo/interp/k"
)

// Strings is what String gives for each item of typed vector v, the texts
// end to end in buf and ends[i] the end of item i's. ok is false for a
// value that is not a vector of atoms of one type (a general list, an
// enumeration, a table), and for longs, whose own writer is faster.
func Strings(v k.Value, o Options) (buf []byte, ends []int, ok bool) {
	n := v.Len()
	k.Reserve(n, 8+8) // the ends and at least as many bytes of text
	ends = make([]int, n)
	switch x := v.(type) {
	case *k.Vec[bool]:
		buf = make([]byte, n)
		for i, b := range x.V {
			if b {
				buf[i] = '1'
			} else {
				buf[i] = '0'
			}
			ends[i] = i + 1
		}
	case *k.Vec[uint8]:
		if x.T == k.KC {
			buf = append([]byte(nil), x.V...)
			for i := range ends {
				ends[i] = i + 1
			}
			break
		}
		buf = make([]byte, 0, 2*n)
		for i, c := range x.V {
			buf = append(buf, hexDigits[c>>4], hexDigits[c&15])
			ends[i] = len(buf)
		}
	case *k.Vec[string]:
		for i, s := range x.V {
			buf = append(k.Grow(buf, len(s)), s...)
			ends[i] = len(buf)
		}
	case *k.Vec[int16]:
		for i, e := range x.V {
			if e != k.NH {
				buf = strconv.AppendInt(k.Grow(buf, 6), int64(e), 10)
			}
			ends[i] = len(buf)
		}
	case *k.Vec[int32]:
		for i, e := range x.V {
			buf = k.Grow(buf, 16)
			switch {
			case e == k.NI || e == k.WI || e == -k.WI || x.T != k.KI && x.T != k.KD:
				buf = append(buf, int32Item(x.T, e).cellText(x.T)...)
			case x.T == k.KD:
				buf = appendDate(buf, int64(e))
			default:
				buf = strconv.AppendInt(buf, int64(e), 10)
			}
			ends[i] = len(buf)
		}
	case *k.Vec[int64]:
		if x.T == k.KJ {
			return nil, nil, false
		}
		for i, e := range x.V {
			buf = k.Grow(buf, 32)
			if x.T == k.KP && e != k.NJ && e != k.WJ && e != -k.WJ {
				buf = appendTimestamp(buf, e)
			} else {
				buf = append(buf, int64Item(x.T, e).cellText(x.T)...)
			}
			ends[i] = len(buf)
		}
	case *k.Vec[float64]:
		digits := o.digits()
		for i, f := range x.V {
			buf = k.Grow(buf, 32)
			if x.T == k.KF && f == f && !math.IsInf(f, 0) {
				buf = strconv.AppendFloat(buf, f, 'g', digits, 64)
			} else {
				buf = append(buf, float64Item(x.T, f, o).cellText(x.T)...)
			}
			ends[i] = len(buf)
		}
	case *k.Vec[float32]:
		for i, f := range x.V {
			buf = append(k.Grow(buf, 16), float32Item(f, o).cellText(k.KE)...)
			ends[i] = len(buf)
		}
	case *k.Vec[k.GUID]:
		for i, g := range x.V {
			buf = append(k.Grow(buf, 36), guid(g)...)
			ends[i] = len(buf)
		}
	default:
		return nil, nil, false
	}
	return buf, ends, true
}
