//go:build unix

package e2e_test

import (
	"os"
	"path/filepath"
	"testing"
)

// The architecture of a kdb+ course on loopback, one qgo process each: a
// tickerplant with its log, a real-time database, a historical database
// beside the log, two real-time subscribers that keep derived tables (the
// last trade of each sym, upserted; running totals, added with +: to a
// keyed table), and a gateway that asks the historical and the real-time
// database the same question and merges their answers. After an end of
// day the historical database serves the saved partition and the gateway
// joins it with what the real-time database received since: two tables
// with the same columns in different orders (.Q.dpft puts sym first),
// joined as upsert joins them, by name, and the latest trade of each sym
// and date picked with fby over a table.
func TestTickGatewayKX(t *testing.T) { tickGateway(t, kxTick(t)) }

func TestTickGatewayOwn(t *testing.T) { tickGateway(t, ownTick()) }

// The question each database answers: a table's rows for some syms
// between two dates, with the date first. The historical one selects
// from its partitions; the real-time one holds today only.
const (
	hdbRows = "rows:{[tab;sd;ed;syms] select from tab where date within (sd;ed),sym in syms}"
	rdbRows = "rows:{[tab;sd;ed;syms] r:$[.z.D within (sd;ed);select from tab where sym in syms;0#value tab]; `date xcols update date:.z.D from r}"
)

// gatewayQ is the gateway: qgo gw.q :RDB :HDB. It counts its clients.
const gatewayQ = `/ ask both databases; the historical answer comes first
rdb:hopen ` + "`$" + `":",.z.x 0
hdb:hopen ` + "`$" + `":",.z.x 1
clients:0
.z.po:{clients+:1}
.z.pc:{clients-:1}
trades:{[sd;ed;syms]
  old:hdb(` + "`rows;`trade" + `;sd;ed;syms);
  new:rdb(` + "`rows;`trade" + `;sd;ed;syms);
  old,new}
/ the last trade of each sym on each date
lasts:{[sd;ed;syms] select from trades[sd;ed;syms] where time=(max;time) fby([]date;sym)}
`

// The derived subscribers' lines: each subscribes to trades only, and
// ignores the end of day.
var (
	latestSub = []string{
		"latest:([sym:`symbol$()]time:`timespan$();price:`float$();size:`long$())",
		"upd:{[t;x] if[t=`trade;`latest upsert select by sym from x]}",
		".u.end:{[d]}",
	}
	totalsSub = []string{
		"totals:([sym:`symbol$()]n:`long$();volume:`long$())",
		"upd:{[t;x] if[t=`trade;totals+:select n:count i,volume:sum size by sym from x]}",
		".u.end:{[d]}",
	}
)

func tickGateway(t *testing.T, kit tickKit) {
	dir := t.TempDir()
	kit.setup(t, dir)
	must(t, os.WriteFile(filepath.Join(dir, "gw.q"), []byte(gatewayQ), 0o666))
	logs := filepath.Join(dir, "logs")
	must(t, os.MkdirAll(filepath.Join(logs, "sym"), 0o777))
	hdb := serverIn(t, logs, "hdb", []string{"sym"}, hdbRows)
	tp := serverIn(t, dir, "tickerplant", kit.tp("logs"))
	rdb := serverIn(t, dir, "rdb", kit.rdb(tp.port, hdb.port), rdbRows)
	var subs []*proc
	for i, lines := range [][]string{latestSub, totalsSub} {
		s := serverIn(t, dir, []string{"latest", "totals"}[i], nil, lines...)
		s.send("h:hopen " + tp.port)
		s.send("h(`.u.sub;`trade;`);")
		subs = append(subs, s)
	}
	latest, totals := subs[0], subs[1]
	tp.expectQ(t, "count each .u.w", "`quote`trade!1 3")

	feed := startIn(t, dir, "feed")
	feed.send("h:hopen " + tp.port)
	feed.send("neg[h](`.u.upd;`trade;(0D10:00 0D10:01;`ibm`msft;10 20f;1 2))")
	feed.send("neg[h](`.u.upd;`trade;(0D10:02 0D10:03;`ibm`ibm;11 12f;3 4))")
	feed.send(`h"";-1"sent";`)
	feed.waitText(t, "sent\n")
	rdb.expectQ(t, "count trade", "4")

	// the end of day: the historical database gets today's partition
	tp.send(".u.endofday[]")
	hdb.expectQ(t, "exec size from trade", "1 3 4 2")
	rdb.expectQ(t, "count trade", "0")
	feed.send("neg[h](`.u.upd;`trade;(enlist 0D11:00;enlist`msft;enlist 21f;enlist 5));h\"\"")
	rdb.expectQ(t, "count trade", "1")

	gw := serverIn(t, dir, "gateway", []string{"gw.q", ":" + rdb.port, ":" + hdb.port})
	c := startIn(t, dir, "client")
	c.send("g:hopen " + gw.port)
	gw.expectQ(t, "clients", "1")
	c.expectQ(t, "cols g\"trades[.z.D-1;.z.D;`ibm`msft]\"", "`date`sym`time`price`size")
	c.expectQ(t, "exec size from g\"trades[.z.D-1;.z.D;`ibm`msft]\"", "1 3 4 2 5")
	c.expectQ(t, "exec size from g\"trades[.z.D-1;.z.D;`msft]\"", "2 5")
	c.expectQ(t, "exec size from g\"lasts[.z.D-1;.z.D;`ibm`msft]\"", "4 5")
	c.expectQ(t, "(distinct exec date from g\"trades[.z.D-1;.z.D;`ibm`msft]\")~enlist .z.D", "1b")
	// a day with no data: none in either database
	c.expectQ(t, "count g\"trades[.z.D-3;.z.D-2;`ibm`msft]\"", "0")
	c.send("hclose g")
	gw.expectQ(t, "clients", "0")

	// the derived tables saw every trade, across the end of day
	latest.expectQ(t, "latest", "(+(,`sym)!,`ibm`msft)!+`time`price`size!(0D10:03:00.000000000 0D11:00:00.000000000;12 21f;4 5)")
	totals.expectQ(t, "totals", "(+(,`sym)!,`ibm`msft)!+`n`volume!(3 2;8 7)")

	// a subscriber that leaves is unsubscribed; the others go on
	latest.kill()
	tp.expectQ(t, "count each .u.w", "`quote`trade!1 2")
	feed.send("neg[h](`.u.upd;`trade;(enlist 0D11:01;enlist`ibm;enlist 13f;enlist 6));h\"\"")
	totals.expectQ(t, "totals", "(+(,`sym)!,`ibm`msft)!+`n`volume!(4 2;14 7)")
}
