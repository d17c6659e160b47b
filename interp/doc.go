// Package interp is qgo's q interpreter: namespaces, the tree-walking
// evaluator, iterators, system commands and console formatting. One
// goroutine owns an *Interp; nothing in it is safe for concurrent use
// except Interrupt.
package interp
