// This file defines the console settings the formatters obey.

package format

// Options are the console settings: \c rows cols (default 25 80) and \P
// precision (default 7; 0 means 17 significant digits as q does).
//
// Rows and Cols of 0 or less mean no limit; Console then never truncates.
type Options struct{ Rows, Cols, Prec int }

// Default returns q's settings for a console that is not a terminal:
// \c 25 80 and \P 7.
func Default() Options { return Options{Rows: 25, Cols: 80, Prec: 7} }

// digits is the number of significant digits floats are printed with.
func (o Options) digits() int {
	switch {
	case o.Prec <= 0:
		return 17
	case o.Prec > 17:
		return 17
	}
	return o.Prec
}

// maxLines is how many lines Console may print before it cuts the output
// and ends it with "..": q keeps two lines of the console for the prompt.
// It returns 0 when there is no limit.
func (o Options) maxLines() int {
	if o.Rows <= 0 {
		return 0
	}
	if o.Rows < 4 {
		return 2
	}
	return o.Rows - 2
}

// lineLimit is how long a console line may be before q cuts it and ends it
// with "..": a line must leave the last column of the console free.
// It returns 0 when there is no limit.
func (o Options) lineLimit() int {
	if o.Cols <= 0 {
		return 0
	}
	if o.Cols < 4 {
		return 3
	}
	return o.Cols - 1
}
