// Package zns is qgo's event loop: the one goroutine that owns the
// interpreter, and the dispatch of console lines, scripts, timer ticks
// and network events into it, one at a time, each run to completion, as
// q runs them on its single thread.
//
// Only the loop goroutine, the one that calls Loop.Run, touches the
// interpreter. Every other goroutine talks to it through Loop.Eval,
// Loop.LoadFile, Loop.Complete, Loop.Prompt, Loop.Interrupt, Loop.Stop
// and Loop.EndOfInput, which are safe to call from any goroutine. The
// interpreter calls back into the loop (SetTimer, Listen: the interp.Host
// methods) from inside an evaluation, so on the loop goroutine.
//
// Before each event the loop looks up the user's handler in .z (.z.pi for
// a console line, .z.ts for a tick, .z.pg, .z.ps, .z.pw, .z.po, .z.pc for
// the network, .z.exit on the way out); where none is defined it does
// what q does by default (defaults.go). So `\x .z.pi`, which deletes the
// user's handler, brings the default back.
package zns
