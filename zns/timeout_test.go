package zns

import (
	"testing"
	"time"
)

// -T (\T): a client's sync or async query that runs longer is stopped
// with 'stop, returned to the client, and the loop serves the next
// message at once.
func TestIPCQueryTimeout(t *testing.T) {
	srv, cli := pair(t)
	srv.eval(t, `\T 1`)
	if got := srv.eval(t, `\T`); got != "1i" {
		t.Fatalf(`\T = %s`, got)
	}
	for _, q := range []string{
		`h"{do[0W;x+:1];x}0"`,                          // a loop
		`h"{f:{$[x=0;0;.z.s[x-1]+.z.s x-1]}; f x} 60"`, // recursion
		`h"{while[1b;x+:1];x}0"`,
	} {
		start := time.Now()
		cli.fails(t, q, "stop")
		if d := time.Since(start); d > 20*time.Second { // seconds, not minutes; generous for a loaded machine
			t.Errorf("%s: stopped after %v, want about 1s", q, d)
		}
	}
	cli.is(t, `h"2+2"`, "4")
	// async: the query stops, and a sync query behind it is answered
	start := time.Now() // before the query is sent: it can only stop a second after this
	cli.eval(t, `neg[h]"{do[0W;x+:1];x}0"`)
	cli.is(t, `h"3+3"`, "6")
	if d := time.Since(start); d > 20*time.Second || d < 500*time.Millisecond {
		t.Errorf("sync query behind a stopped async one answered after %v, want about 1s", d)
	}
	srv.eval(t, `\T 0`)
	cli.is(t, `h"{do[1000;x+:1];x}0"`, "1000")
}

// -T stops a slow HTTP handler too: the request is answered with 'stop.
func TestHTTPQueryTimeout(t *testing.T) {
	p, _ := newWebProc(t, "server", Options{})
	p.eval(t, `\T 1`)
	p.eval(t, `.z.ph:{n:0;do[0W;n+:1];n}`)
	start := time.Now()
	status, _, body := httpGet(t, p, "/slow")
	if d := time.Since(start); d > 20*time.Second { // seconds, not minutes; generous for a loaded machine
		t.Errorf("answered after %v, want about 1s", d)
	}
	if status != 400 || body != "'stop" {
		t.Errorf("GET: %d %q, want 400 'stop", status, body)
	}
}
