//go:build unix

package e2e_test

import (
	"context"
	"testing"
	"time"

	"qgo/kdb"
)

// goTrade is a row of the tick schema's trade table, for a Go subscriber.
type goTrade struct {
	Time  time.Duration `kdb:"time"`
	Sym   string        `kdb:"sym"`
	Price float64       `kdb:"price"`
	Size  int64         `kdb:"size"`
}

func TestTickGoSubscriberKX(t *testing.T) { goSubscriber(t, kxTick(t)) }

func TestTickGoSubscriberOwn(t *testing.T) { goSubscriber(t, ownTick()) }

// A Go program subscribes to a tickerplant through package kdb, as a q
// subscriber does (.u.sub), and receives each update the feed publishes
// as (`upd;`trade;table), decoded into structs.
func goSubscriber(t *testing.T, kit tickKit) {
	dir := t.TempDir()
	kit.setup(t, dir)
	tp := serverIn(t, dir, "tickerplant", kit.tp(""))
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	c, err := kdb.Dial(ctx, "tcp", "127.0.0.1:"+tp.port, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	snap, err := c.Call(ctx, ".u.sub", "trade", "")
	if err != nil {
		t.Fatal(err)
	}
	if s, ok := snap.([]any); !ok || len(s) != 2 || s[0] != "trade" {
		t.Fatalf(".u.sub gave %#v", snap)
	}
	var none []goTrade
	if err := kdb.Decode(snap.([]any)[1], &none); err != nil || len(none) != 0 {
		t.Fatalf("the schema: %v %v", none, err)
	}

	feed := startIn(t, dir, "feed")
	feed.send("h:hopen " + tp.port)
	feed.send("neg[h](`.u.upd;`trade;(`ibm`msft;10.5 20.25;100 200))")
	feed.send("neg[h](`.u.upd;`quote;(`ibm;10.25;10.75))") // not subscribed
	feed.send("neg[h](`.u.upd;`trade;(enlist 0D09:30:00.000000000;enlist`goog;enlist 30.5;enlist 500))")
	feed.send(`h"";-1"sent";`)
	feed.waitText(t, "sent\n")

	var got []goTrade
	for len(got) < 3 {
		msg, err := c.Receive(ctx)
		if err != nil {
			t.Fatalf("after %v: %v", got, err)
		}
		upd, ok := msg.([]any)
		if !ok || len(upd) != 3 || upd[0] != "upd" || upd[1] != "trade" {
			t.Fatalf("pushed %#v, want (`upd;`trade;rows)", msg)
		}
		var rows []goTrade
		if err := kdb.Decode(upd[2], &rows); err != nil {
			t.Fatal(err)
		}
		got = append(got, rows...)
	}
	for i, want := range []goTrade{{0, "ibm", 10.5, 100}, {0, "msft", 20.25, 200}, {9*time.Hour + 30*time.Minute, "goog", 30.5, 500}} {
		g := got[i]
		if i < 2 && g.Time > 0 && g.Time < 24*time.Hour {
			g.Time = 0 // stamped by the tickerplant with the time of day
		}
		if g != want {
			t.Errorf("row %d = %+v, want %+v", i, got[i], want)
		}
	}
}
