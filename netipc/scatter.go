// This file defines Scatter: sync requests spread over several handles at
// once, the transport under q's peach across secondary processes.

package netipc

import (
	"context"
	"errors"
	"sync"
)

// ErrNotResponse is the error of a Scatter whose worker sent something
// other than the response it was waiting for: kdb+ closes such a handle,
// and so does Scatter.
var ErrNotResponse = errors.New("peach handle sent a message that is not a response")

// Scatter sends the sync requests reqs over handles and returns their
// responses in the order of reqs. Each handle has one request in flight at
// a time and takes the next one as soon as it has answered, so faster
// workers take more of the work (kdb+'s distributed each). A handle that
// sends anything but a response is closed, as kdb+ closes it, and the
// Scatter fails; so it does if a connection ends, or ctx ends (Ctrl-C),
// when every handle still waiting is closed as Request leaves it.
//
// It is called on the loop goroutine, which it blocks; the requests are
// made on one goroutine per handle, which serve nothing: the handles are
// the workers', for nothing else.
func (s *Server) Scatter(ctx context.Context, handles []int, reqs [][]byte) ([][]byte, error) {
	if len(handles) == 0 {
		return nil, errors.New("no handles to scatter over")
	}
	conns := make([]*conn, len(handles))
	for i, h := range handles {
		c, err := s.lookup(h)
		if err != nil {
			return nil, err
		}
		conns[i] = c
	}
	out := make([][]byte, len(reqs))
	var (
		mu    sync.Mutex
		next  int
		first error
		wg    sync.WaitGroup
	)
	take := func() (int, bool) {
		mu.Lock()
		defer mu.Unlock()
		if first != nil || next == len(reqs) {
			return 0, false
		}
		next++
		return next - 1, true
	}
	fail := func(err error) {
		mu.Lock()
		if first == nil {
			first = err
		}
		mu.Unlock()
	}
	for _, c := range conns {
		wg.Add(1)
		// Runs on its own goroutine: one per worker handle.
		go func(c *conn) {
			defer wg.Done()
			strict := func(m *Msg) []byte {
				c.kill(byHclose, ErrNotResponse)
				return nil
			}
			for {
				i, ok := take()
				if !ok {
					return
				}
				resp, err := c.await(ctx, reqs[i], Response, strict)
				if err != nil {
					fail(err) // wraps ErrNotResponse when strict closed it
					return
				}
				out[i] = resp
			}
		}(c)
	}
	wg.Wait()
	if first != nil {
		return nil, first
	}
	return out, nil
}
