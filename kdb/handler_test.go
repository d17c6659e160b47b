package kdb_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"qgo/kdb"
)

// calc is a Handler for the tests: (`add;x;y) adds two longs,
// (`twice;x) asks the process for base and answers x*2*base on the same
// connection, (`fail;msg) fails with msg as a q error, anything else
// fails with a Go error.
func calc(c **kdb.Conn) kdb.Handler {
	return func(ctx context.Context, msg any) (any, error) {
		req, ok := msg.([]any)
		if !ok || len(req) == 0 {
			return nil, fmt.Errorf("what is %v", msg)
		}
		switch req[0] {
		case "add":
			return req[1].(int64) + req[2].(int64), nil
		case "twice":
			base, err := (*c).Call(ctx, "base")
			if err != nil {
				return nil, err
			}
			return req[1].(int64) * 2 * base.(int64), nil
		case "fail":
			return nil, &kdb.Error{Msg: fmt.Sprint(req[1])}
		}
		return nil, fmt.Errorf("unknown %v", req[0])
	}
}

// The process's sync requests to the client, while a Call waits for the
// process: answered by the Handler, its errors signalled in q.
func TestHandlerUnderCall(t *testing.T) {
	p, a := newQ(t, "")
	p.eval(t, "base:7")
	var c *kdb.Conn
	c, ctx := dial(t, a, &kdb.Options{Handler: calc(&c)})
	cases := []struct {
		q    string
		want any
	}{
		{"{10*.z.w (`add;x;y)}", int64(50)},
		{"{.z.w (`twice;x)}", int64(2 * 2 * 7)},
		{"{@[.z.w;(`fail;\"oops\");{x}]}", kdb.Chars("oops")},
		{"{@[.z.w;(`nosuch;1);{x}]}", kdb.Chars("unknown nosuch")},
		{"{@[.z.w;\"1+1\";{x}]}", kdb.Chars("what is 1+1")},
		{"{.z.w (`add;.z.w (`add;x;y);.z.w (`twice;1))}", int64(2 + 3 + 14)},
	}
	for _, tc := range cases {
		args := []any{int64(2), int64(3)}
		if !strings.Contains(tc.q, "y") {
			args = args[:1]
		}
		got, err := c.Call(ctx, tc.q, args...)
		if err != nil || !same(got, tc.want) {
			t.Errorf("%s: %#v, %v; want %#v", tc.q, got, err, tc.want)
		}
	}
	// An error the process does not trap comes back to the Call.
	var qe *kdb.Error
	if _, err := c.Call(ctx, "{.z.w (`fail;\"deep\")}", nil); !errors.As(err, &qe) || qe.Msg != "deep" {
		t.Errorf("untrapped: %v, want 'deep", err)
	}
}

// A sync request that arrives while no Call waits (from .z.po as the
// client connects, or from an async message of the client's) is answered
// on the connection's goroutine, and the Handler can still call back.
func TestHandlerUnprompted(t *testing.T) {
	p, a := newQ(t, "")
	p.eval(t, "base:5")
	p.eval(t, `.z.po:{hello::.z.w (`+"`add;40;2)}")
	called := make(chan any, 4)
	var c *kdb.Conn
	h := calc(&c)
	c, ctx := dial(t, a, &kdb.Options{Handler: func(ctx context.Context, msg any) (any, error) {
		v, err := h(ctx, msg)
		called <- msg
		return v, err
	}})
	// One request at a time: the process matches responses to its
	// requests by order alone, as kdb+ does, so a request it made while
	// waiting for the first would take the first's response.
	waitCalled(t, called)
	waitQ(t, p, "not null @[value;`hello;0N]")
	if err := c.Async("{r::.z.w (`twice;x)}", int64(3)); err != nil {
		t.Fatal(err)
	}
	waitCalled(t, called)
	waitQ(t, p, "not null @[value;`r;0N]")
	got, err := c.Call(ctx, "(hello;r)")
	if want := []int64{42, 3 * 2 * 5}; err != nil || !same(got, want) {
		t.Errorf("(hello;r) = %#v, %v; want %v", got, err, want)
	}
}

// waitCalled waits until the Handler has been called.
func waitCalled(t *testing.T, called chan any) {
	t.Helper()
	select {
	case <-called:
	case <-time.After(20 * time.Second):
		t.Fatal("the Handler was not called")
	}
}

// waitQ waits until cond, q code, is true in p.
func waitQ(t *testing.T, p *qproc, cond string) {
	t.Helper()
	for end := time.Now().Add(20 * time.Second); p.eval(t, cond) != "1b"; {
		if time.Now().After(end) {
			t.Fatalf("%s: still false", cond)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// Without a Handler the client answers 'nyi; with one that returns
// something q cannot hold, the process gets the conversion's error.
func TestHandlerDefault(t *testing.T) {
	c, ctx := dial(t, addr, nil)
	var qe *kdb.Error
	if _, err := c.Call(ctx, "{.z.w \"1+1\"}", nil); !errors.As(err, &qe) || qe.Msg != "nyi" {
		t.Errorf("no Handler: %v, want 'nyi", err)
	}
	d, ctx := dial(t, addr, &kdb.Options{Handler: func(context.Context, any) (any, error) {
		return make(chan int), nil
	}})
	_, err := d.Call(ctx, "{.z.w \"1+1\"}", nil)
	if !errors.As(err, &qe) || qe.Msg == "" || qe.Msg == "nyi" {
		t.Errorf("unsendable result: %v, want the conversion's error", err)
	}
	// The connection goes on.
	if v, err := d.Call(ctx, "1+1"); err != nil || v != int64(2) {
		t.Errorf("1+1 after: %v, %v", v, err)
	}
}

// The Handler's context ends when the connection closes, whether the
// request came while nobody waited (here) or under a Call (below).
func TestHandlerContextEnds(t *testing.T) {
	started := make(chan struct{})
	ended := make(chan error, 1)
	c, _ := dial(t, addr, &kdb.Options{Handler: func(ctx context.Context, msg any) (any, error) {
		close(started)
		<-ctx.Done()
		ended <- ctx.Err()
		return nil, ctx.Err()
	}})
	if err := c.Async("{.z.w \"wait\"}", nil); err != nil {
		t.Fatal(err)
	}
	select {
	case <-started:
	case <-time.After(20 * time.Second):
		t.Fatal("the Handler was not called")
	}
	c.Close()
	select {
	case err := <-ended:
		if !errors.Is(err, context.Canceled) {
			t.Errorf("ctx.Err() = %v", err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("the Handler's context did not end with the connection")
	}
}

// Calls from several goroutines whose queries call back each get their
// own answer; so do plain Calls while the process sends requests of its
// own from a timer. (Not callbacks from those: responses are matched to
// requests by order alone, in kdb+ as here, so a callback made while
// serving the timer's request, inside a Call that is on its way, would
// take that Call's response.)
func TestHandlerConcurrent(t *testing.T) {
	p, a := newQ(t, "")
	p.eval(t, "base:3; ticks:0")
	var c *kdb.Conn
	c, ctx := dial(t, a, &kdb.Options{Handler: calc(&c)})
	calls := func(query string, want func(g, i int) int64) {
		var wg sync.WaitGroup
		errs := make(chan error, 4)
		for g := range 4 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := range 30 {
					v, err := c.Call(ctx, query, int64(g), int64(i))
					if err != nil || v != want(g, i) {
						errs <- fmt.Errorf("%s[%d;%d]: %v, %v; want %d", query, g, i, v, err, want(g, i))
						return
					}
				}
			}()
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			t.Error(err)
		}
	}
	calls("{.z.w (`add;x;.z.w (`twice;y))}", func(g, i int) int64 { return int64(g + i*2*3) })
	p.eval(t, "cw:first key .z.W")
	p.eval(t, ".z.ts:{if[3=cw (`add;1;2); ticks+:1]}")
	p.eval(t, `\t 1`)
	calls("{x*y}", func(g, i int) int64 { return int64(g * i) })
	waitQ(t, p, "ticks>2")
	p.eval(t, `\t 0`)
}

func TestHandlerContextEndsUnderCall(t *testing.T) {
	started := make(chan struct{})
	ended := make(chan error, 1)
	c, ctx := dial(t, addr, &kdb.Options{Handler: func(ctx context.Context, msg any) (any, error) {
		close(started)
		<-ctx.Done()
		ended <- ctx.Err()
		return nil, ctx.Err()
	}})
	go c.Call(ctx, "{.z.w \"wait\"}", nil)
	select {
	case <-started:
	case <-time.After(20 * time.Second):
		t.Fatal("the Handler was not called")
	}
	c.Close()
	select {
	case err := <-ended:
		if !errors.Is(err, context.Canceled) {
			t.Errorf("ctx.Err() = %v", err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("the Handler's context did not end with the connection")
	}
}
