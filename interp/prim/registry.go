package prim

import "qgo/interp/k"

// Monads maps a primitive's name (a glyph like "-" or a keyword like "neg")
// to its unary form. This package's init functions fill it (defMonad) and nothing
// writes it after: the interpreter's verb table takes each entry once, at
// start-up. A form the interpreter defines itself (key, count, value, $
// and ? as dyads...) is not here; it calls this package's function (Key,
// Count) from its own definition.
var Monads = make(map[string]func(x k.Value) k.Value, 128) // sized for what the inits register

// Dyads maps a primitive's name (a glyph like "+" or an infix keyword like
// "mod") to its binary form, as Monads does the unary ones.
var Dyads = make(map[string]func(x, y k.Value) k.Value, 128)

// MonadNames and DyadNames are the names in Monads and Dyads in the order
// this package's inits defined them (file by file, as Go runs them, the
// same at every start), so that the verb table gives them ids in one
// order without sorting them.
var MonadNames, DyadNames = make([]string, 0, 80), make([]string, 0, 64)

// MonadFuncs and DyadFuncs are the forms Monads and Dyads hold, in the
// order of MonadNames and DyadNames: the verb table takes them by
// position, with no lookup of each name.
var (
	MonadFuncs = make([]func(x k.Value) k.Value, 0, 80)
	DyadFuncs  = make([]func(x, y k.Value) k.Value, 0, 64)
)

// defMonad defines name's unary form; a second definition panics.
func defMonad(name string, f func(x k.Value) k.Value) {
	if _, ok := Monads[name]; ok {
		panic("prim: the monad " + name + " is defined twice")
	}
	Monads[name] = f
	MonadNames = append(MonadNames, name)
	MonadFuncs = append(MonadFuncs, f)
}

// defDyad defines name's binary form; a second definition panics.
func defDyad(name string, f func(x, y k.Value) k.Value) {
	if _, ok := Dyads[name]; ok {
		panic("prim: the dyad " + name + " is defined twice")
	}
	Dyads[name] = f
	DyadNames = append(DyadNames, name)
	DyadFuncs = append(DyadFuncs, f)
}
