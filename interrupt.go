package main

import (
	"io"
	"os"
	"os/signal"
	"sync"
	"sync/atomic"
	"time"
)

// armDelay is how long a session that has printed nothing runs before
// Ctrl-C is caught: one that ends sooner never pays for catching it.
const armDelay = 2 * time.Millisecond

// interrupts catches Ctrl-C (SIGINT) for the loop, which stops what is
// running with 'stop. Catching it costs a session two threads of the Go
// runtime (os/signal's receiver and its signal-mask thread), about 0.2 ms
// of a 2.5 ms start: so a session without a person at the console arms it
// only when it has to, before the first byte it writes (whoever reacts to
// its output finds it caught) or armDelay after start-up, whichever
// comes first; the console starts it when its first line of input comes
// in (prime), so that it overlaps the line's evaluation. Until then a
// SIGINT ends the process, as it ends q's before q has set its handler.
type interrupts struct {
	once  sync.Once
	armed atomic.Bool                 // arm has finished
	to    atomic.Pointer[interrupter] // what each SIGINT interrupts: the loop
}

// interrupter is what a SIGINT stops: zns.Loop.
type interrupter interface{ Interrupt() }

// forward makes each SIGINT caught from now on call to.Interrupt().
func (s *interrupts) forward(to interrupter) { s.to.Store(&to) }

// arm catches SIGINT from now on. It is safe to call from any goroutine,
// more than once.
func (s *interrupts) arm() {
	s.once.Do(func() {
		sigs := make(chan os.Signal, 1)
		signal.Notify(sigs, os.Interrupt)
		go func() { // forwards each SIGINT to the loop
			for range sigs {
				if to := s.to.Load(); to != nil {
					(*to).Interrupt()
				}
			}
		}()
		s.armed.Store(true)
	})
}

// prime starts arming s on a goroutine of its own: a write meanwhile
// waits for it to finish.
func (s *interrupts) prime() { go s.arm() }

// armLater arms s after armDelay, unless something has armed it before.
func (s *interrupts) armLater() { time.AfterFunc(armDelay, s.arm) }

// writer is w, arming s before its first write.
func (s *interrupts) writer(w io.Writer) io.Writer { return armedWriter{s, w} }

// armedWriter is interrupts.writer's writer.
type armedWriter struct {
	s *interrupts
	w io.Writer
}

func (a armedWriter) Write(b []byte) (int, error) {
	a.s.arm()
	return a.w.Write(b)
}
