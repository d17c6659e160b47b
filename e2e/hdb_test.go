//go:build unix

package e2e_test

import (
	"path/filepath"
	"testing"
)

// End of day across real processes (docs/ref/dotq.md#hdpf-save-tables):
// a historical process opens a database directory given on its command
// line; a real-time process saves its tables into a new partition with
// .Q.hdpf, which sends the historical process `\l .`; the historical
// process then answers queries over the new partition and the old one.
func TestEndOfDayReload(t *testing.T) {
	dir := t.TempDir()
	hdb := filepath.Join(dir, "hdb")
	// yesterday's partition, written by a process that then exits
	w := start(t, "writer")
	w.send("trade:([]sym:`ibm`msft`ibm;price:10 20 30f;size:100 200 300)")
	w.send(".Q.dpft[`:" + hdb + ";2026.12.05;`sym;`trade]")
	w.send(`-1"saved";`)
	w.waitText(t, "saved\n")
	w.send(`\\`)
	<-w.done

	h := start(t, "hdb", hdb, "-p", "127.0.0.1:0W") // `qgo dir`: the directory comes first
	h.send(`-1"port ",string system"p";`)
	h.waitFor(t, portLine)
	h.port = portLine.FindStringSubmatch(h.stdout.String())[1]
	rdb := start(t, "rdb")
	rdb.send("trade:([]sym:`aapl`ibm`aapl`aapl;price:1 2 3 4f;size:10 20 30 40)")
	rdb.send("quote:([]sym:`ibm`aapl;bid:1.5 2.5)")
	rdb.send(".Q.hdpf[`::" + h.port + ";`:" + hdb + ";2026.12.06;`sym]")
	rdb.send(`-1"eod ",string count trade;`)
	rdb.waitText(t, "eod 0\n")

	c := start(t, "client")
	c.send("q:hopen " + h.port)
	c.send(`-1 .Q.s1 q"select sum size by sym from trade where date=2026.12.06";`)
	c.waitText(t, "(+(,`sym)!,`aapl`ibm)!+(,`size)!,80 20\n")
	c.send(`-1 .Q.s1 q"select count i by date from trade";`)
	c.waitText(t, "(+(,`date)!,2026.12.05 2026.12.06)!+(,`x)!,3 4\n")
	// quote is missing from yesterday's partition, which fails on its first
	// column as q reports it (docs/ref/dotq.md#bv) until .Q.chk fills it
	c.send(`@[q;"count quote";{-1"error ",x;}];`)
	c.waitText(t, "error ./2026.12.05/quote/sym: No such file or directory\n")
	c.send(`-1 .Q.s1 q".Q.chk` + "`" + `:.";`)
	c.waitText(t, "(,`:"+filepath.Join(hdb, "2026.12.05")+";())\n")
	c.send(`q"\\l ."`)
	c.send(`-1 .Q.s1 q"(.Q.pt;.Q.pv;count quote)";`)
	c.waitText(t, "(`quote`trade;2026.12.05 2026.12.06;2)\n")
	c.send(`-1 .Q.s1 q"exec price from trade where date=2026.12.05,sym=` + "`" + `ibm";`)
	c.waitText(t, "10 30f\n")
}
