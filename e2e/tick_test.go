//go:build unix

package e2e_test

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// A tickerplant, real-time subscribers, a feed and a historical process,
// each a qgo process on loopback, as kdb+tick's README runs them: the
// feed publishes through .u.upd; the subscribers get the schema and the
// log's position with .u.sub, replay the log with -11!, and receive each
// update as upd; a subscriber that goes away is unsubscribed (.z.pc);
// sym keeps its `g attribute; with -t the tickerplant batches on its
// timer; and .u.endofday ends the day: each subscriber's .u.end saves its
// tables with .Q.hdpf and the historical process reloads.
//
// The scenario runs against two implementations of that protocol: KX's
// own kdb-tick (tick.q, tick/u.q, tick/r.q, unmodified) when QGO_KDBTICK
// names a checkout of KxSystems/kdb-tick (a developer's: CI reaches no
// network beyond the package registries), and a small
// tickerplant and subscriber written here for the purpose, which run
// always.

// tickKit is one implementation of the tickerplant protocol.
type tickKit struct {
	// setup writes what the implementation needs into dir, the working
	// directory of every process.
	setup func(t *testing.T, dir string)
	// tp and rdb are the command lines (script and arguments) of the
	// tickerplant (logging to logdir, "" for none) and of a subscriber.
	tp  func(logdir string) []string
	rdb func(tpPort, hdbPort string) []string
}

// The schema, ours: a tickerplant wants time and sym first, sym `g#.
const tickSchema = "trade:([]time:`timespan$();sym:`g#`symbol$();price:`float$();size:`long$())\n" +
	"quote:([]time:`timespan$();sym:`g#`symbol$();bid:`float$();ask:`float$())\n"

func kxTick(t *testing.T) tickKit {
	src := os.Getenv("QGO_KDBTICK")
	if src == "" {
		t.Skip("QGO_KDBTICK does not name a checkout of KxSystems/kdb-tick")
	}
	if _, err := os.Stat(filepath.Join(src, "tick.q")); err != nil {
		t.Fatalf("QGO_KDBTICK is set but holds no tick.q: %v", err)
	}
	return tickKit{
		setup: func(t *testing.T, dir string) {
			// tick.q loads tick/<schema>.q and tick/u.q from the working
			// directory: the schema is ours, the rest is linked.
			must(t, os.MkdirAll(filepath.Join(dir, "tick"), 0o777))
			must(t, os.WriteFile(filepath.Join(dir, "tick", "sym.q"), []byte(tickSchema), 0o666))
			for _, f := range []string{"u.q", "r.q"} {
				must(t, os.Symlink(filepath.Join(src, "tick", f), filepath.Join(dir, "tick", f)))
			}
		},
		tp: func(logdir string) []string {
			if logdir == "" {
				return []string{filepath.Join(src, "tick.q"), "sym"}
			}
			return []string{filepath.Join(src, "tick.q"), "sym", logdir}
		},
		rdb: func(tp, hdb string) []string { return []string{"tick/r.q", ":" + tp, ":" + hdb} },
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func TestTickKX(t *testing.T) { runTick(t, kxTick(t)) }

func TestTickOwn(t *testing.T) { runTick(t, ownTick()) }

// runTick runs the scenario with and without a log, and batched.
func runTick(t *testing.T, kit tickKit) {
	for _, mode := range []struct {
		name   string
		logdir string
		timer  []string
	}{
		{"log", "logs", nil},
		{"log-batched", "logs", []string{"-t", "100"}},
		{"nolog", "", nil},
	} {
		t.Run(mode.name, func(t *testing.T) {
			dir := t.TempDir()
			kit.setup(t, dir)
			tickScenario(t, kit, dir, mode.logdir, mode.timer)
		})
	}
}

// The feed's messages: trades and quotes without times (the tickerplant
// stamps them), as columns or as one row of atoms, and one trade that
// brings its own time.
var feedLines = []string{
	"neg[h](`.u.upd;`trade;(`ibm`msft;10.5 20.25;100 200))",
	"neg[h](`.u.upd;`quote;(`ibm`msft;10.25 20.;10.75 20.5))",
	"neg[h](`.u.upd;`trade;(`msft`ibm;20.5 10.75;300 400))",
	"neg[h](`.u.upd;`trade;(`goog;30.5;500))",
	"neg[h](`.u.upd;`quote;(`goog;30.25;30.75))",
	"neg[h](`.u.upd;`trade;(enlist 0D09:30:00.000000000;enlist`ibm;enlist 11.;enlist 600))",
}

func tickScenario(t *testing.T, kit tickKit, dir, logdir string, timer []string) {
	var hdb *proc
	if logdir != "" {
		// the historical database lives beside the logs, as in the
		// README (q sym -p 5012, run where the tickerplant logs)
		must(t, os.MkdirAll(filepath.Join(dir, logdir, "sym"), 0o777))
		hdb = serverIn(t, filepath.Join(dir, logdir), "hdb", []string{"sym"})
	} else {
		hdb = serverIn(t, dir, "hdb", nil) // not used without end of day
	}
	tp := serverIn(t, dir, "tickerplant", append(kit.tp(logdir), timer...))
	rdb := serverIn(t, dir, "rdb", kit.rdb(tp.port, hdb.port))
	tp.expectQ(t, "count each .u.w", "`quote`trade!1 1")

	feed := startIn(t, dir, "feed")
	feed.send("h:hopen " + tp.port)
	for _, l := range feedLines {
		feed.send(l)
	}
	feed.send(`h"";-1"sent";`)
	feed.waitText(t, "sent\n")

	rdb.expectQ(t, "count each (trade;quote)", "6 3")
	rdb.expectQ(t, "exec size from trade", "100 200 300 400 500 600")
	rdb.expectQ(t, "exec sym from trade", "`g#`ibm`msft`msft`ibm`goog`ibm")
	rdb.expectQ(t, "exec ask from quote", "10.75 20.5 30.75")
	rdb.expectQ(t, "attr each (trade;quote)@\\:`sym", "`g`g")
	rdb.expectQ(t, "(exec t from meta trade;exec a from meta trade)", "(\"nsfj\";``g``)")
	// stamped with the time of day; the feed's own time kept
	rdb.expectQ(t, "all(-1_trade`time)within 0D 1D", "1b")
	rdb.expectQ(t, "last trade`time", "0D09:30:00.000000000")
	if logdir != "" {
		tp.expectQ(t, ".u.i", "6") // messages in the log
		// the log, as kdb+ writes it, replays with each form of -11!
		chk := startIn(t, dir, "replay")
		chk.send("L:`$\":" + logdir + "/sym\",string .z.D")
		chk.send("upd:{[t;x]n+:1}")
		chk.send("replay:{n::0;r:-11!x;(r;n)}") // chunks replayed; upd calls
		chk.expectQ(t, "-11!(-2;L)", "6")
		chk.expectQ(t, "replay(2;L)", "2 2")
		chk.expectQ(t, "replay(-1;L)", "6 6")
		chk.expectQ(t, "replay L", "6 6")
		chk.expectQ(t, "first[get L]0 1", "`upd`trade")
		chk.expectQ(t, "1_last first get L", "(`ibm`msft;10.5 20.25;100 200)")
	}

	// A late subscriber replays the log (when there is one) and then
	// gets what follows.
	late := serverIn(t, dir, "late rdb", kit.rdb(tp.port, hdb.port))
	tp.expectQ(t, "count each .u.w", "`quote`trade!2 2")
	if logdir != "" {
		late.send("r:hopen " + rdb.port)
		late.expectQ(t, "(trade;quote)~r\"(trade;quote)\"", "1b")
	} else {
		late.expectQ(t, "count each (trade;quote)", "0 0")
	}
	late.expectQ(t, "attr each (trade;quote)@\\:`sym", "`g`g")
	feed.send("neg[h](`.u.upd;`trade;(`ibm;12.;700));h\"\"")
	rdb.expectQ(t, "count trade", "7")
	late.expectQ(t, "last trade`size", "700")

	// Closing a subscriber unsubscribes it.
	late.kill()
	tp.expectQ(t, "count each .u.w", "`quote`trade!1 1")

	if logdir == "" {
		return
	}
	// End of day: the subscriber saves today's partition and empties its
	// tables, the historical process reloads and serves it.
	tp.send(".u.endofday[]")
	rdb.expectQ(t, "count each (trade;quote)", "0 0")
	rdb.expectQ(t, "attr each (trade;quote)@\\:`sym", "`g`g")
	hdb.expectQ(t, "count trade", "7")
	hdb.expectQ(t, "exec size from trade where sym=`ibm", "100 400 600 700")
	hdb.expectQ(t, "count quote", "3")
	hdb.expectQ(t, "(exec date from select distinct date from trade)~enlist .z.D", "1b")
	tp.expectQ(t, "(.u.d;.u.i)", "("+dayAfter()+";0)")
}

// dayAfter is tomorrow as q writes a date.
func dayAfter() string { return time.Now().AddDate(0, 0, 1).Format("2006.01.02") }

// queries numbers the lines expectQ prints, so that each answer is found.
var queries atomic.Int64

// expectQ evaluates the q expression expr on p's console until its .Q.s1
// form is want, for up to 30s: messages between processes are
// asynchronous, so an answer may come right only after a while.
func (p *proc) expectQ(t *testing.T, expr, want string) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second) // generous: a loaded machine
	var got string
	for {
		tag := fmt.Sprintf("<%d>", queries.Add(1))
		p.send(fmt.Sprintf(`-1 "%s",.Q.s1 (%s);`, tag, expr))
		line := regexp.MustCompile("(?m)^" + regexp.QuoteMeta(tag) + "(.*)$")
		for wait := time.Now().Add(2 * time.Second); time.Now().Before(wait); time.Sleep(10 * time.Millisecond) {
			if m := line.FindStringSubmatch(p.stdout.String()); m != nil {
				got = m[1]
				break
			}
		}
		if got == want {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s: %s is %q, want %q\n--- stderr:\n%s", p.name, expr, got, want, tail(p.stderr.String()))
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// tail is the last lines of s.
func tail(s string) string {
	ls := strings.Split(s, "\n")
	if len(ls) > 20 {
		ls = ls[len(ls)-20:]
	}
	return strings.Join(ls, "\n")
}

// ownTick is a tickerplant and a subscriber written for this test, in
// the protocol kdb+tick's README describes (.u.upd, .u.sub, .u.i, .u.L,
// .u.end, .u.endofday, upd on the subscriber).
func ownTick() tickKit {
	return tickKit{
		setup: func(t *testing.T, dir string) {
			for name, text := range map[string]string{"schema.q": tickSchema, "tp.q": ownTP, "sub.q": ownSub} {
				must(t, os.WriteFile(filepath.Join(dir, name), []byte(text), 0o666))
			}
		},
		tp: func(logdir string) []string {
			if logdir == "" {
				return []string{"tp.q", "schema.q"}
			}
			return []string{"tp.q", "schema.q", logdir}
		},
		rdb: func(tp, hdb string) []string { return []string{"sub.q", ":" + tp, ":" + hdb} },
	}
}

// ownTP is the tickerplant: qgo tp.q SCHEMA [LOGDIR] [-t ms].
const ownTP = `/ the schema's tables are what it publishes
system "l ",first .z.x
\d .u
t:tables` + "`." + `
w:t!(count t)#enlist()           / per table, its subscribers: (handle;syms) pairs
d:.z.D
dir:.z.x 1
batched:0<system"t"

/ the log of a day: made empty when new, else counted (a damaged one stops us)
openlog:{[day]
  L::` + "`$" + `":",dir,"/sym",string day;
  if[()~key L;.[L;();:;()]];
  i::j::-11!(-2;L);
  if[0<=type i;-2 "damaged log ",string L;exit 1];
  hopen L}
$[count dir;l:openlog d;[l:0;i:j:0;L:` + "`" + `]]

unsub:{[tab;h] w[tab]:w[tab] where h<>w[tab][;0]}
.z.pc:{[h] unsub[;h] each t}
sub:{[tab;syms]
  if[tab~` + "`" + `;:sub[;syms] each t];
  if[not tab in t;'tab];
  unsub[tab;.z.w];
  w[tab],:enlist(.z.w;syms);
  (tab;@[0#value tab;` + "`sym;`g#" + `])}

/ send rows of tab to each subscriber, filtered by its syms
send:{[tab;rows]
  {[tab;rows;s] if[not s[1]~` + "`" + `;rows:select from rows where sym in s 1];
    if[count rows;neg[s 0](` + "`upd" + `;tab;rows)]}[tab;rows] each w tab}

/ rows without a time get the time of day
stamp:{[x]
  if[-16h=type first first x;:x];
  now:"n"$.z.P;
  $[0>type first x;now,x;(enlist(count first x)#now),x]}

endofday:{
  (neg distinct raze value[w][;;0])@\:(` + "`.u.end" + `;d);
  d+:1;
  if[l;hclose l;l::openlog d]}
rollover:{[today] if[d<today;endofday[]]}

flush:{
  {[tab] send[tab;value tab];@[` + "`." + `;tab;:;@[0#value tab;` + "`sym;`g#" + `]]} each t;
  i::j}

upd:{[tab;x]
  x:stamp x;
  $[batched;
    tab insert x;
    send[tab;$[0>type first x;enlist;flip](cols value tab)!x]];
  if[l;l enlist(` + "`upd" + `;tab;x);$[batched;j+:1;i+:1]]}

.z.ts:{if[batched;flush[]];rollover .z.D}
if[not batched;system"t 1000"]
\d .
`

// ownSub is the subscriber: qgo sub.q :TP :HDB.
const ownSub = `/ updates are appended to the tables of the same name
upd:insert
tp:hopen ` + "`$" + `":",.z.x 0
hdb:` + "`$" + `":",.z.x 1

/ the schema of every table, and how far into which log the data goes
init:{[tabs;n;log]
  {x[0] set x 1} each tabs;
  if[null log;:()];
  -11!(n;log);
  / the historical database is the sym directory beside the log
  system "cd ",("/" sv -1_"/" vs 1_string log),"/sym"}
init . tp"(.u.sub[` + "`;`" + `];.u.i;.u.L)"

/ end of day: save today's tables, tell the historical process, keep ` + "`g" + `
.u.end:{[day]
  tabs:tables` + "`." + `;
  tabs:tabs where ` + "`g" + `=attr each tabs@\:` + "`sym" + `;
  .Q.hdpf[hdb;` + "`:." + `;day;` + "`sym" + `];
  {x set update ` + "`g#sym" + ` from value x} each tabs;}
`
