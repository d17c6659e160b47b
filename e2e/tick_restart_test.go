//go:build unix

package e2e_test

import (
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"
)

// A tickerplant that dies during the day and is started again, as
// kdb+tick's README expects: at start it counts the messages of today's
// log with -11!(-2;L) and appends to it, so a subscriber that comes later
// replays the whole day. A log whose end is damaged (the tickerplant died
// in the middle of a write) is refused: -11!(-2;L) gives the number of
// good messages and the length they take, the tickerplant says so on
// stderr and exits 1; once the log is cut to that length it starts again.
func TestTickRestartKX(t *testing.T) { tickRestart(t, kxTick(t)) }

func TestTickRestartOwn(t *testing.T) { tickRestart(t, ownTick()) }

func tickRestart(t *testing.T, kit tickKit) {
	dir := t.TempDir()
	kit.setup(t, dir)
	must(t, os.MkdirAll(filepath.Join(dir, "logs", "sym"), 0o777))
	hdb := serverIn(t, filepath.Join(dir, "logs"), "hdb", []string{"sym"})
	tp := serverIn(t, dir, "tickerplant", kit.tp("logs"))
	feed := startIn(t, dir, "feed")
	publish := func(port string, lines ...string) {
		feed.send("h:hopen " + port)
		for _, l := range lines {
			feed.send(l)
		}
		feed.send(`h"";hclose h;-1"sent ` + port + `";`)
		feed.waitText(t, "sent "+port+"\n")
	}
	publish(tp.port, feedLines[0], feedLines[2])
	tp.expectQ(t, ".u.i", "2")
	logs, err := filepath.Glob(filepath.Join(dir, "logs", "sym2*"))
	if err != nil || len(logs) != 1 {
		t.Fatalf("today's log: %v %v", logs, err)
	}
	log := logs[0]
	chk := startIn(t, dir, "check")
	chk.send("L:`$\":" + filepath.ToSlash(log) + "\"")
	chk.send("upd:{[t;x] n+:1}")
	chk.send("replay:{n::0;r:@[-11!;x;{x}];(r;n)}") // what -11! gives or signals; upd calls
	chk.expectQ(t, "-11!(-2;L)", "2")               // both messages are on disk
	tp.kill()
	select {
	case <-tp.done:
	case <-time.After(30 * time.Second):
		t.Fatal("the tickerplant outlived SIGKILL by 30s")
	}

	// the tickerplant dies again in the middle of its next write
	st, err := os.Stat(log)
	must(t, err)
	good := st.Size()
	f, err := os.OpenFile(log, os.O_APPEND|os.O_WRONLY, 0)
	must(t, err)
	_, err = f.Write([]byte{0, 0, 3, 0, 0, 0, 0xf5, 'u', 'p'}) // the start of (`upd;..)
	must(t, err)
	must(t, f.Close())
	chk.expectQ(t, "-11!(-2;L)", "2 "+strconv.FormatInt(good, 10))
	chk.expectQ(t, "@[-11!;L;{x}]", `"badtail"`)

	bad := startIn(t, dir, "tickerplant on a damaged log", append(kit.tp("logs"), "-p", "127.0.0.1:0W")...)
	select {
	case <-bad.done:
	case <-time.After(30 * time.Second):
		t.Fatalf("the tickerplant kept running on a damaged log\n--- stderr:\n%s", bad.stderr.String())
	}
	if code := bad.cmd.ProcessState.ExitCode(); code != 1 {
		t.Fatalf("exit code %d on a damaged log, want 1\n--- stderr:\n%s", code, bad.stderr.String())
	}
	bad.waitErr(t, filepath.Base(log)) // it names the log

	// cut to its good part, the log is counted and appended to
	must(t, os.Truncate(log, good))
	tp = serverIn(t, dir, "tickerplant again", kit.tp("logs"))
	tp.expectQ(t, ".u.i", "2")
	rdb := serverIn(t, dir, "rdb", kit.rdb(tp.port, hdb.port))
	rdb.expectQ(t, "exec size from trade", "100 200 300 400")
	publish(tp.port, feedLines[1], feedLines[3])
	rdb.expectQ(t, "exec size from trade", "100 200 300 400 500")
	rdb.expectQ(t, "count quote", "2")
	tp.expectQ(t, ".u.i", "4")
	chk.expectQ(t, "-11!(-2;L)", "4")
	chk.expectQ(t, "replay L", "4 4")
}
