package prim

// sumLongsAVX2 is the wrapping sum of the n items from p, n a multiple
// of 16, and the count of nulls among them (sum_amd64.s).
//
//go:noescape
func sumLongsAVX2(p *int64, n int) (sum, nulls int64)

// sumLongsWide sums the items of v from the first on in blocks of 16
// by the AVX2 kernel, nulls skipped, and says how many it summed (a
// multiple of 16; none without AVX2). Each null added the least long,
// 2^63 modulo 2^64, to the wrapping sum: an odd count of them is undone
// by adding it once more.
func sumLongsWide(v []int64) (s int64, done int) {
	n := len(v) &^ 15
	if n == 0 || !hasAVX2() {
		return 0, 0
	}
	s, nulls := sumLongsAVX2(&v[0], n)
	return s + (nulls&1)<<63, n
}
