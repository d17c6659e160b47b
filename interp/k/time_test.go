package k

import "testing"

func TestDays(t *testing.T) {
	cases := []struct {
		y, m, d int
		days    int32
	}{{2000, 1, 1, 0}, {2000, 3, 1, 60}, {1999, 12, 31, -1}, {2001, 1, 1, 366}, {1970, 1, 1, -10957}}
	for _, c := range cases {
		if got := DaysFromYMD(c.y, c.m, c.d); got != c.days {
			t.Errorf("DaysFromYMD(%d,%d,%d)=%d want %d", c.y, c.m, c.d, got, c.days)
		}
	}
	for d := int32(-800000); d < 800000; d += 7 {
		y, m, dd := YMD(d)
		if !ValidYMD(y, m, dd) || DaysFromYMD(y, m, dd) != d {
			t.Fatalf("round trip %d -> %d.%d.%d", d, y, m, dd)
		}
	}
}
