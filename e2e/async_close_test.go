//go:build unix

package e2e_test

import (
	"regexp"
	"strings"
	"testing"
	"time"
)

// waitCount asks srv for n until it prints want, for up to 30s: async
// messages from another connection arrive in their own time.
func waitCount(t *testing.T, srv *proc, want string) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for !strings.Contains(srv.stdout.String(), "n="+want+"\n") {
		if time.Now().After(deadline) {
			t.Fatalf("server never counted %s messages\n--- stdout:\n%s", want, srv.stdout.String())
		}
		srv.send(`-1 "n=",string n;`)
		time.Sleep(50 * time.Millisecond)
	}
}

// Async messages sent just before exit or hclose reach the peer: kdb+
// writes neg[h] x when it is sent, so a feed that publishes and exits
// (or closes its handle) loses nothing its peer reads.
func TestAsyncBeforeExitAndHclose(t *testing.T) {
	srv := server(t, "server", nil, "n:0")
	cli := start(t, "client")
	cli.send("h:hopen " + srv.port)
	cli.send(`do[100;neg[h]"n+:1"]`)
	cli.send("exit 0")
	select {
	case <-cli.done:
	case <-time.After(30 * time.Second):
		t.Fatal("client did not exit")
	}
	waitCount(t, srv, "100")

	cli2 := start(t, "client2")
	cli2.send("h:hopen " + srv.port)
	cli2.send(`do[50;neg[h]"n+:1"]`)
	cli2.send("hclose h")
	cli2.send(`-1 "closed";`)
	cli2.waitFor(t, regexp.MustCompile(`(?m)^closed$`))
	waitCount(t, srv, "150")
}
