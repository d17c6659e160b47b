package prim

import "qgo/interp/k"

// Monads maps a primitive's name (a glyph like "-" or a keyword like "neg")
// to its unary form. This package's init functions fill it and nothing
// writes it after: the interpreter's verb table takes each entry once, at
// start-up. A form the interpreter defines itself (key, count, value, $
// and ? as dyads...) is not here; it calls this package's function (Key,
// Count) from its own definition.
var Monads = make(map[string]func(x k.Value) k.Value, 128) // sized for what the inits register

// Dyads maps a primitive's name (a glyph like "+" or an infix keyword like
// "mod") to its binary form, as Monads does the unary ones.
var Dyads = make(map[string]func(x, y k.Value) k.Value, 128)
