// Package zns is qgo's event loop: the one goroutine that owns the
// interpreter, and the dispatch of console lines, scripts, timer ticks
// and network events into it, one at a time, each run to completion, as
// q runs them on its single thread.
//
// Only the loop goroutine, the one that calls Loop.Run, touches the
// interpreter, or a connection's goroutine it hands it to while it waits
// for an event (Loop.serveHere: a message is served where it was read,
// still one event at a time). Before the loop goroutine starts (Loop.Start,
// for a console not at a terminal), the goroutine sending console
// requests serves them itself, holding the interpreter, for as long as
// nothing else could make an event (no port, timer or connection).
// Every other goroutine talks to it through Loop.Eval,
// Loop.LoadFile, Loop.Complete, Loop.Prompt, Loop.Interrupt, Loop.Stop
// and Loop.EndOfInput, which are safe to call from any goroutine. The
// interpreter calls back into the loop (SetTimer, Listen: the interp.Host
// methods; Hopen, Request, Send and the rest of interp.IPC) from inside
// an evaluation, so on the loop goroutine.
//
// Before each event the loop looks up the user's handler in .z (.z.pi for
// a console line, .z.ts for a tick, .z.pg, .z.ps, .z.pw, .z.po, .z.pc for
// the network, .z.exit on the way out); where none is defined it does
// what q does by default (defaults.go). So `\x .z.pi`, which deletes the
// user's handler, brings the default back.
//
// # The network
//
// The loop is the Core of a netipc.Server (net.go): each connection
// goroutine hands its events (a login, an open connection, a message, a
// close) to the loop over one channel and, for a login, a sync request
// or a close, waits for the loop to serve it; or, when the loop is idle,
// serves a message itself, holding the interpreter (Loop.own). The loop reaches the
// network through the Net interface, which *netipc.Server implements
// (ipc.go): `\p` opens the listener (listen.go), hopen dials, h x sends
// a sync request and, while the loop waits for the response, serves on
// the loop goroutine what arrives on that handle first, as q does, so a
// server's callbacks through .z.w run during the client's call, in
// order. The loop keeps what q keeps per connection: the deferred sync
// requests (-30!) and which peers are on other hosts (messages to them
// over 2000 bytes are compressed).
//
// zns imports netipc for the Msg and ServeFunc types of the Core
// interface; netipc imports nothing of qgo, so the package graph stays
// acyclic.
package zns
