// This file is a connection's sending side (q's neg[h] x and the
// responses it writes): the queue of messages for the writer goroutine,
// writing at once when the socket takes it, the writer itself, and
// hclose and exit waiting for what is queued to be written.

package netipc

import (
	"bytes"
	"fmt"
	"net"
	"runtime"
	"time"
)

// send queues msg for the writer. It never blocks on the network.
func (c *conn) send(msg []byte) error {
	c.mu.Lock()
	if c.cause != alive || !c.ready {
		c.mu.Unlock()
		return c.badHandle()
	}
	c.out, c.outOwn = append(c.out, msg), append(c.outOwn, false)
	c.ownTail = false
	c.queue(len(msg))
	wake := len(c.out) == 1 && !c.writing // else the writer is awake, or wrote will wake it
	c.mu.Unlock()
	if wake {
		signal(c.writeWake)
	}
	return nil
}

// ownBuf is the size of the buffers sendCopy copies messages into; a
// message longer than ownCopy gets a buffer of its own. The writer keeps
// up to maxSpares of them once written, for sendCopy to fill again.
const (
	ownBuf    = 8 << 10
	ownCopy   = 2 << 10
	maxSpares = 8
)

// sendCopy is send, but msg is copied, into the buffer of queued
// messages when there is room: the caller may reuse msg at once, and a
// stream of small messages goes out in few buffers.
func (c *conn) sendCopy(msg []byte) error {
	c.mu.Lock()
	if c.cause != alive || !c.ready {
		c.mu.Unlock()
		return c.badHandle()
	}
	n := len(c.out)
	switch {
	case c.ownTail && len(c.out[n-1])+len(msg) <= cap(c.out[n-1]):
		c.out[n-1] = append(c.out[n-1], msg...)
	case len(msg) > ownCopy:
		c.out, c.outOwn = append(c.out, bytes.Clone(msg)), append(c.outOwn, false)
		c.ownTail = false
	default:
		var b []byte
		if k := len(c.spares); k > 0 {
			b, c.spares = c.spares[k-1], c.spares[:k-1]
		} else {
			b = make([]byte, 0, ownBuf)
		}
		c.out, c.outOwn = append(c.out, append(b, msg...)), append(c.outOwn, true)
		c.ownTail = true
	}
	c.queue(len(msg))
	wake := n == 0 && !c.writing // else the writer is awake, or wrote will wake it
	// a buffer filled while the writer, woken, has not run: it waits for
	// this goroutine's processor (a goroutine woken goes next on the
	// waker's), which a stream of sends never gives up; so give it up
	yield := n > 0 && !c.writing && len(c.out) > n
	c.mu.Unlock()
	if wake {
		signal(c.writeWake)
	}
	if yield {
		runtime.Gosched()
	}
	return nil
}

// sendNow is send, but when nothing is queued or being written it first
// writes msg on the calling goroutine as far as the socket takes it
// without waiting, and queues only the rest. It never blocks on the
// network; a response sent this way leaves without a goroutine switch.
func (c *conn) sendNow(msg []byte) error {
	c.mu.Lock()
	if c.cause != alive || !c.ready {
		c.mu.Unlock()
		return c.badHandle()
	}
	if c.writing || len(c.out) > 0 {
		c.mu.Unlock()
		return c.send(msg)
	}
	c.writing = true
	c.queue(len(msg))
	c.mu.Unlock()
	n, ok, err := c.tw.try(msg)
	if ok && err == nil && n == len(msg) {
		c.wrote(n, nil)
		return nil
	}
	c.mu.Lock()
	c.writing = false
	c.unqueue(n)
	if err == nil && c.cause == alive {
		// the rest goes first, before what was queued meanwhile
		c.ownTail = c.ownTail && len(c.out) > 0
		c.out = append([][]byte{msg[n:]}, c.out...)
		c.outOwn = append([]bool{false}, c.outOwn...)
		c.mu.Unlock()
		signal(c.writeWake)
		return nil
	}
	c.unqueue(len(msg) - n)
	c.mu.Unlock()
	if err != nil {
		c.kill(byPeer, err)
	}
	return c.badHandle()
}

// writeNow writes msg on the calling goroutine if nothing is queued or
// being written, and otherwise queues it behind what is. Either way the
// messages go out in order. It may block on the network.
func (c *conn) writeNow(msg []byte) error {
	c.mu.Lock()
	if c.cause != alive || !c.ready {
		c.mu.Unlock()
		return c.badHandle()
	}
	if c.writing || len(c.out) > 0 {
		c.out, c.outOwn = append(c.out, msg), append(c.outOwn, false)
		c.ownTail = false
		c.queue(len(msg))
		c.mu.Unlock()
		signal(c.writeWake)
		return nil
	}
	c.writing = true
	c.queue(len(msg))
	c.mu.Unlock()
	_, err := c.nc.Write(msg)
	c.wrote(len(msg), err)
	if err != nil {
		return fmt.Errorf("handle %d: %w: %w", c.h, ErrClosed, err)
	}
	return nil
}

// wrote records that n bytes were written (or failed with err), wakes
// the writer if more are queued, and Flush if none are.
func (c *conn) wrote(n int, err error) {
	c.mu.Lock()
	c.writing = false
	c.unqueue(n)
	more := len(c.out) > 0
	if c.backlogged && !c.overBacklog() {
		c.backlogged = false
		signal(c.dispWake)
	}
	if !more && c.drained != nil {
		close(c.drained)
		c.drained = nil
	}
	c.mu.Unlock()
	if err != nil {
		c.kill(byPeer, err)
	} else if more {
		signal(c.writeWake)
	}
}

// write drains the outbound queue onto the network until the connection
// ends. Runs in its own goroutine.
func (c *conn) write() {
	defer c.writer.Done()
	for {
		select {
		case <-c.writeWake:
		case <-c.dead:
			return
		}
		for {
			c.mu.Lock()
			if c.cause != alive || c.writing || len(c.out) == 0 {
				c.mu.Unlock()
				break
			}
			bufs, owns := c.out, c.outOwn
			c.out, c.outOwn, c.ownTail = nil, nil, false
			c.writing = true
			c.mu.Unlock()
			n := 0
			done := c.done[:0] // the own buffers, kept before WriteTo clears bufs
			for i, b := range bufs {
				n += len(b)
				if owns[i] && cap(b) == ownBuf {
					done = append(done, b[:0])
				}
			}
			var err error
			if len(bufs) == 1 {
				_, err = c.nc.Write(bufs[0])
			} else {
				nb := net.Buffers(bufs)
				_, err = nb.WriteTo(c.nc)
			}
			if len(done) > 0 && err == nil {
				c.mu.Lock()
				for _, b := range done {
					if len(c.spares) < maxSpares {
						c.spares = append(c.spares, b)
					}
				}
				c.mu.Unlock()
			}
			clear(done)
			c.done = done[:0]
			c.wrote(n, err)
			if err != nil {
				return
			}
		}
	}
}

// settle waits until what is queued on the connection has been written
// to the socket, the connection ends, or the deadline passes. kdb+
// writes an async message when it is sent, so what neg[h] sent before
// hclose or exit has gone unless the socket would not take it; here the
// writer goroutine writes it, and hclose and exit wait for that, but not
// past the deadline for a peer that reads nothing (kdb+ drops what is
// still pending then). It is safe to call from any goroutine.
func (c *conn) settle(deadline time.Time) {
	c.mu.Lock()
	if c.cause != alive || !c.ready || c.queued == 0 {
		c.mu.Unlock()
		return
	}
	if c.drained == nil {
		c.drained = make(chan struct{})
	}
	drained := c.drained
	c.mu.Unlock()
	t := time.NewTimer(time.Until(deadline))
	defer t.Stop()
	select {
	case <-drained:
	case <-c.dead:
	case <-t.C:
	}
}

// settleWait bounds how long hclose and exit wait for what is queued on a
// connection to be written.
const settleWait = 2 * time.Second

// queue counts a message of n bytes as queued. c.mu is held.
func (c *conn) queue(n int) {
	c.queued += n
	c.unsent.queue(n)
}

// unqueue counts n bytes as written (or dropped). c.mu is held.
func (c *conn) unqueue(n int) {
	c.queued -= n
	c.unsent.written(n)
}

// msgCount counts the messages queued on a connection and not yet written
// in full (-38!'s n), from the bytes queued and written, which go in order
// whatever the buffers they were copied into.
type msgCount struct {
	ends    []int64 // where each such message ends, in bytes queued since the connection opened
	in, out int64   // bytes queued, and bytes written or dropped, since it opened
}

// queue counts a message of n bytes.
func (m *msgCount) queue(n int) {
	m.in += int64(n)
	m.ends = append(m.ends, m.in)
}

// written counts n more bytes written or dropped.
func (m *msgCount) written(n int) {
	m.out += int64(n)
	i := 0
	for i < len(m.ends) && m.ends[i] <= m.out {
		i++
	}
	m.ends = m.ends[i:]
}

// count is the number of messages not yet written in full.
func (m *msgCount) count() int { return len(m.ends) }
