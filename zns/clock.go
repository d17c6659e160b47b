// This file defines the loop's clock, which tests replace to drive the
// timer deterministically.

package zns

import (
	"sync"
	"time"
)

// Clock is where the loop gets the time and its timer ticks.
type Clock interface {
	// Now is the current time.
	Now() time.Time
	// NewTicker starts a ticker with period d. Like time.Ticker it holds
	// at most one pending tick, so ticks missed while the loop is busy
	// coalesce into one.
	NewTicker(d time.Duration) Ticker
}

// Ticker is a running ticker of a Clock.
type Ticker interface {
	// C delivers the ticks.
	C() <-chan time.Time
	// Stop stops the ticker; no tick is delivered after it returns.
	Stop()
}

// SystemClock is the real clock: time.Now and time.Ticker.
type SystemClock struct{}

// Now is time.Now.
func (SystemClock) Now() time.Time { return time.Now() }

// NewTicker is time.NewTicker.
func (SystemClock) NewTicker(d time.Duration) Ticker { return systemTicker{time.NewTicker(d)} }

type systemTicker struct{ t *time.Ticker }

func (t systemTicker) C() <-chan time.Time { return t.t.C }
func (t systemTicker) Stop()               { t.t.Stop() }

// ManualClock is a Clock for tests: time stands still until Advance
// moves it, and tickers fire only as Advance passes their deadlines. It
// is safe for use from any goroutine.
type ManualClock struct {
	mu      sync.Mutex
	now     time.Time
	tickers []*manualTicker
}

// NewManualClock makes a manual clock that reads start.
func NewManualClock(start time.Time) *ManualClock { return &ManualClock{now: start} }

// Now is the clock's current time.
func (c *ManualClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

// NewTicker starts a ticker whose first tick is due d from now.
func (c *ManualClock) NewTicker(d time.Duration) Ticker {
	if d <= 0 {
		panic("zns: non-positive ticker period")
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	t := &manualTicker{c: c, ch: make(chan time.Time, 1), period: d, next: c.now.Add(d)}
	c.tickers = append(c.tickers, t)
	return t
}

// Advance moves the clock forward by d, delivering every tick that falls
// due on the way. As with time.Ticker, a tick that finds the previous
// one still unread is dropped.
func (c *ManualClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	end := c.now.Add(d)
	for {
		var first *manualTicker
		for _, t := range c.tickers {
			if !t.stopped && !t.next.After(end) && (first == nil || t.next.Before(first.next)) {
				first = t
			}
		}
		if first == nil {
			break
		}
		c.now = first.next
		select {
		case first.ch <- first.next:
		default: // coalesced
		}
		first.next = first.next.Add(first.period)
	}
	c.now = end
}

// Tickers is the number of running tickers.
func (c *ManualClock) Tickers() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	n := 0
	for _, t := range c.tickers {
		if !t.stopped {
			n++
		}
	}
	return n
}

type manualTicker struct {
	c       *ManualClock
	ch      chan time.Time
	period  time.Duration
	next    time.Time
	stopped bool // guarded by c.mu
}

func (t *manualTicker) C() <-chan time.Time { return t.ch }

func (t *manualTicker) Stop() {
	t.c.mu.Lock()
	defer t.c.mu.Unlock()
	t.stopped = true
	select {
	case <-t.ch: // drop a pending tick, so none arrives after Stop
	default:
	}
}
