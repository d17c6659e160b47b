// Package zns is qgo's event loop: the one goroutine that owns the
// interpreter, and the dispatch of console lines, scripts and (later)
// timer ticks and network events into it, one at a time, each run to
// completion.
//
// Only the loop goroutine, the one that calls Loop.Run, touches the
// interpreter. Every other goroutine talks to it through Loop.Eval,
// Loop.Load, Loop.Interrupt and Loop.Stop, which are safe to call from
// any goroutine.
package zns
