package prim

import "qgo/interp/k"

// Monads maps a primitive's name (a glyph like "-" or a keyword like "neg") to its unary form.
var Monads = map[string]func(x k.Value) k.Value{}

// Dyads maps a primitive's name (a glyph like "+" or an infix keyword like "mod") to its binary form.
var Dyads = map[string]func(x, y k.Value) k.Value{}
