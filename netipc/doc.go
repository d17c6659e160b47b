// Package netipc is qgo's kdb+ IPC transport: the listener, the
// handshake, message framing and the handle table. It moves whole
// messages as bytes, header included and already decompressed, and knows
// nothing about q values (docs/ARCHITECTURE.md, "The packages").
//
// A Server is the process's handle table. It accepts connections (Listen,
// Serve) and opens them (Dial, q's hopen); both kinds get a handle, an int
// that q code sees as .z.w or as the result of hopen, and both are served
// the same way afterwards.
//
// # Goroutines
//
// Each connection has two goroutines: a dispatcher, which reads messages
// and hands them one at a time, in order, to the Core; and a writer,
// which drains the outbound queue, so that Send never blocks on a slow
// peer. The Core (the zns event loop) is therefore called from
// connection goroutines, never from the loop goroutine; it forwards each
// call to the loop and waits.
//
// Small messages sent with SendCopy are copied into buffers of the
// connection's own, which the writer keeps once written for the next
// ones; a sender that fills a buffer while its woken writer has not run
// yields its processor to it, so a stream of sends reaches the socket as
// it goes rather than when the sender stops.
//
// The loop goroutine calls Dial, Send, Flush, Request, Receive, Hclose,
// QueueBytes and Handles. A Request (q's sync h"x") blocks the loop;
// while it waits, it reads the handle itself and serves, on the calling
// goroutine, whatever arrives before the response, in arrival order, as
// q does. It never goes through the Core: that would deadlock, since the
// loop is busy waiting, and the dispatcher may itself be blocked in a
// Core call waiting for the loop. A message that the dispatcher has
// already offered to the Core, but which the loop has not started yet,
// is taken over by the Request; the Core learns about it from Msg.Take,
// which the loop calls when it starts a message.
//
// # Handles
//
// Handles are numbered as kdb+ numbers its file descriptors, lowest free
// from 3, from one process-wide table (TakeHandle) that the listeners
// and the interpreter's file handles number from too, so they never
// collide. A handle number is released only when every goroutine of
// its connection has finished, so the Core never sees a number reused
// while a call about the previous connection with that number is pending.
package netipc
