// This file defines the loop's side of the network: what a network
// implementation (package netipc) provides and the events it posts.

package zns

import "qgo/interp/k"

// Net is the network side of the process, which package netipc provides:
// the listener behind `\p` and the events of its connections. The loop
// calls Listen on its own goroutine; Events is read only by the loop.
type Net interface {
	// Listen listens on addr, the argument of `\p` or -p
	// (`[rp,][host:]port`), replacing any previous listener; port 0 stops
	// listening. It returns the port listened on.
	Listen(addr string) (port int, err error)
	// Events delivers what arrives on the connections, in order for each
	// connection.
	Events() <-chan Event
}

// EventKind says what happened on a connection.
type EventKind int

// The kinds of network event, each served by its .z handler.
const (
	Auth  EventKind = iota // a client asks to log in: .z.pw[user;password], default accept
	Open                   // a connection is open: .z.po[handle]
	Close                  // a connection has closed: .z.pc[handle]
	Sync                   // a sync request: .z.pg[msg], default value; the reply is the result
	Async                  // an async message: .z.ps[msg], default value
)

// Event is one network event, served on the loop goroutine to
// completion before the next. For Auth, Msg is the password as a string;
// for Sync and Async, the message. Reply, needed for Auth and Sync, must
// have room for the one reply the loop sends.
type Event struct {
	Kind   EventKind
	Handle int32  // the connection's handle: .z.w
	User   string // the user it logged in as: .z.u
	Addr   int32  // the peer's IPv4 address: .z.a
	Msg    k.Value
	Reply  chan<- Reply
}

// Reply is the loop's answer to an Auth or Sync event: the handler's
// result, or the error to send back (Auth: a true boolean accepts).
type Reply struct {
	Value k.Value
	Err   error
}
