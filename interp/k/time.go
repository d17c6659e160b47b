// This file converts q's temporal storage (counts since 2000.01.01) to and
// from calendar fields.

package k

// Nanoseconds in a day, and related units.
const (
	NsPerSec = int64(1e9)
	NsPerDay = 86400 * NsPerSec
)

// DaysFromYMD gives the q date (days since 2000.01.01) of a proleptic
// Gregorian calendar day. It does not validate its arguments.
func DaysFromYMD(y, m, d int) int32 {
	// days from civil, after Howard Hinnant's algorithm
	if m <= 2 {
		y--
	}
	era := y
	if era < 0 {
		era -= 399
	}
	era /= 400
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	days := era*146097 + doe - 719468 // days since 1970.01.01
	return int32(days - 10957)
}

// YMD gives the calendar day of a q date (days since 2000.01.01).
func YMD(days int32) (y, m, d int) {
	z := int(days) + 10957 + 719468
	era := z
	if era < 0 {
		era -= 146096
	}
	era /= 146097
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y = yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d = doy - (153*mp+2)/5 + 1
	if mp < 10 {
		m = mp + 3
	} else {
		m = mp - 9
	}
	if m <= 2 {
		y++
	}
	return
}

// ValidYMD reports whether y.m.d is a real calendar day.
func ValidYMD(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 {
		return false
	}
	dim := [...]int{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}[m-1]
	if m == 2 && (y%4 == 0 && (y%100 != 0 || y%400 == 0)) {
		dim = 29
	}
	return d <= dim
}
