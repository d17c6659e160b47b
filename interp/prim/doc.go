// Package prim implements q's primitive verbs and keywords that need no
// evaluator: pure functions over k values.
//
// Every primitive registers itself, in an init function in its own file,
// in Monads (its unary form) and Dyads (its binary form) under the names q
// knows it by: a glyph such as "+" or a keyword such as "neg" or "mod".
// Primitives raise q errors with k.Signal; any other panic is a bug.
package prim
