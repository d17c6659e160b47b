// This file numbers the process's handles as kdb+ numbers them: kdb+'s
// handles are its file descriptors, so the first one opened after the
// console's 0, 1 and 2 is 3, and a number closed is the next one given.
// qgo's descriptors cannot serve: Go's runtime holds some of the lowest
// ones itself (the poller, the cgroup files GOMAXPROCS follows), so a
// first hopen would give 5 or 6. The table here gives out the numbers
// instead, one for each socket, listener or file that q code can see,
// lowest free first, as the kernel gives descriptors: the process's
// table is shared by IPC, WebSocket and HTTP connections, and by the
// file handles of the interpreter that zns's loop runs.

package netipc

import (
	"net"
	"sync"
)

// HandleTable numbers handles: what holds each number (a listener, a
// connection's socket, a file), with a count of the holders sharing it
// (an HTTP connection and the WebSocket it became). The zero value is
// empty and ready. Its methods are safe from any goroutine.
type HandleTable struct {
	mu   sync.Mutex
	of   map[any]*held
	used map[int]bool
}

// held is a number and how many holders share it.
type held struct{ h, refs int }

// firstHandle is the first number given: 0, 1 and 2 are the console,
// stdout and stderr.
const firstHandle = 3

// processHandles is the process's table, which the Servers, the Webs and
// the interpreter under zns's loop number from.
var processHandles HandleTable

// TakeHandle takes a number from the process's table (HandleTable.Take).
func TakeHandle(key any) int { return processHandles.Take(key) }

// ReleaseHandle gives a number back to the process's table
// (HandleTable.Release).
func ReleaseHandle(key any) { processHandles.Release(key) }

// Take gives key, something open that q code sees as a handle (an
// *os.File, a net.Conn, a net.Listener; any comparable value that stands
// for it), the lowest handle number not in use, 3 or more, or the number
// key already holds; each Take must be matched by a Release once key is
// closed, or about to be.
func (t *HandleTable) Take(key any) int {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.of == nil {
		t.of = map[any]*held{}
		t.used = map[int]bool{}
	}
	if n := t.of[key]; n != nil {
		n.refs++
		return n.h
	}
	h := firstHandle
	for t.used[h] {
		h++
	}
	t.used[h] = true
	t.of[key] = &held{h: h, refs: 1}
	return h
}

// Release gives back key's number once every Take of it has been
// matched, so that the next Take may give it out again. It does nothing
// for a key that holds none.
func (t *HandleTable) Release(key any) {
	t.mu.Lock()
	defer t.mu.Unlock()
	n := t.of[key]
	if n == nil {
		return
	}
	if n.refs--; n.refs == 0 {
		delete(t.of, key)
		delete(t.used, n.h)
	}
}

// socketOf is the connection that stands for nc's socket in the table:
// nc without the wrappers put around it (a prefix already read, TLS), so
// that an HTTP connection and the WebSocket it becomes share a number.
func socketOf(nc net.Conn) net.Conn {
	for {
		switch c := nc.(type) {
		case *prefixConn:
			nc = c.Conn
		case interface{ NetConn() net.Conn }:
			nc = c.NetConn()
		default:
			return nc
		}
	}
}
