package kdb_test

import (
	"context"
	"errors"
	"fmt"
	"log"
	"time"

	"qgo/kdb"
)

// Trade is a row of the trade table of the examples: each field is the
// column its tag names.
type Trade struct {
	Time  time.Time `kdb:"time"`
	Sym   string    `kdb:"sym"`
	Price float64   `kdb:"price"`
	Size  int64     `kdb:"size"`
}

// Connect, evaluate q code and read the result. addr is the address of a
// q process, such as "localhost:5000"; the test starts a qgo one.
func ExampleDial() {
	ctx := context.Background()
	c, err := kdb.Dial(ctx, "tcp", addr, &kdb.Options{User: "alice", Timeout: 5 * time.Second})
	if err != nil {
		log.Fatal(err)
	}
	defer c.Close()
	v, err := c.Call(ctx, "til 5")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%T %v\n", v, v)
	// Output: []int64 [0 1 2 3 4]
}

// Arguments go as q values: a function applied to Go values.
func ExampleConn_Call() {
	ctx := context.Background()
	c, err := kdb.Dial(ctx, "tcp", addr, nil)
	if err != nil {
		log.Fatal(err)
	}
	defer c.Close()
	v, err := c.Call(ctx, "{x+y}", 2, []float64{1.5, 2.5})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(v)
	d, _ := c.Call(ctx, "{(x;y)}", time.Date(2024, 3, 1, 9, 30, 0, 0, time.UTC), 90*time.Second)
	fmt.Println(d)
	// Output:
	// [3.5 4.5]
	// [2024-03-01 09:30:00 +0000 UTC 1m30s]
}

// A q error comes back as a *kdb.Error carrying q's message.
func ExampleError() {
	ctx := context.Background()
	c, err := kdb.Dial(ctx, "tcp", addr, nil)
	if err != nil {
		log.Fatal(err)
	}
	defer c.Close()
	_, err = c.Call(ctx, "1+`a")
	var qerr *kdb.Error
	if errors.As(err, &qerr) {
		fmt.Println("q says:", qerr.Msg)
	}
	fmt.Println(err)
	// Output:
	// q says: type
	// 'type
}

// A slice of structs goes as a table, and a table comes back into one.
func ExampleDecode() {
	ctx := context.Background()
	c, err := kdb.Dial(ctx, "tcp", addr, nil)
	if err != nil {
		log.Fatal(err)
	}
	defer c.Close()
	at := time.Date(2024, 3, 1, 9, 30, 0, 0, time.UTC)
	rows := []Trade{{at, "IBM", 181.5, 100}, {at.Add(time.Second), "MSFT", 402.25, 300}}
	v, err := c.Call(ctx, "{select from x where size>150}", rows)
	if err != nil {
		log.Fatal(err)
	}
	var big []Trade
	if err := kdb.Decode(v, &big); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%+v\n", big)
	// Output: [{Time:2024-03-01 09:30:01 +0000 UTC Sym:MSFT Price:402.25 Size:300}]
}

// Subscribe to a tickerplant-style publisher and receive what it pushes.
// The process defines .u.sub and .u.pub as kdb+tick's u.q does.
func ExampleConn_Receive() {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	sub, err := kdb.Dial(ctx, "tcp", addr, nil)
	if err != nil {
		log.Fatal(err)
	}
	defer sub.Close()
	if _, err := sub.Call(ctx, ".u.sub", "trade", ""); err != nil {
		log.Fatal(err)
	}

	// Another client publishes a trade.
	feed, err := kdb.Dial(ctx, "tcp", addr, nil)
	if err != nil {
		log.Fatal(err)
	}
	defer feed.Close()
	at := time.Date(2024, 3, 1, 9, 30, 0, 0, time.UTC)
	feed.Async(".u.pub", "trade", []Trade{{at, "IBM", 181.5, 100}})
	feed.Flush()

	msg, err := sub.Receive(ctx) // ("upd"; "trade"; table)
	if err != nil {
		log.Fatal(err)
	}
	upd := msg.([]any)
	var trades []Trade
	if err := kdb.Decode(upd[2], &trades); err != nil {
		log.Fatal(err)
	}
	fmt.Println(upd[0], upd[1], trades)
	// Output: upd trade [{2024-03-01 09:30:00 +0000 UTC IBM 181.5 100}]
}

// Marshal gives q's serialized form, byte for byte what -8! gives.
func ExampleMarshal() {
	b, err := kdb.Marshal([]int32{1, 2})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%x\n", b)
	var back []int32
	if err := kdb.Unmarshal(b, &back); err != nil {
		log.Fatal(err)
	}
	fmt.Println(back)
	// Output:
	// 01000000160000000600020000000100000002000000
	// [1 2]
}

// Async sends without waiting for an answer, as a feed sends updates;
// messages on one connection are evaluated in order, so a later Call sees
// them all.
func ExampleConn_Async() {
	ctx := context.Background()
	c, err := kdb.Dial(ctx, "tcp", addr, nil)
	if err != nil {
		log.Fatal(err)
	}
	defer c.Close()
	c.Async("{ticks::x}", []Trade{})
	at := time.Date(2024, 3, 1, 9, 30, 0, 0, time.UTC)
	for i := range 3 {
		c.Async("{ticks,:x}", Trade{at.Add(time.Duration(i) * time.Second), "IBM", 181.5 + float64(i), 100})
	}
	if err := c.Flush(); err != nil {
		log.Fatal(err)
	}
	v, err := c.Call(ctx, "exec price from ticks")
	fmt.Println(v, err)
	// Output: [181.5 182.5 183.5] <nil>
}

// A Handler answers the process's requests on the client's connection:
// here a q function that asks the client for a greeting while it runs,
// as a server calls back .z.w. The process gets the Handler's error as a
// q error.
func ExampleHandler() {
	ctx := context.Background()
	greet := func(ctx context.Context, msg any) (any, error) {
		var req []string // (`greet;name)
		if err := kdb.Decode(msg, &req); err != nil || len(req) != 2 || req[0] != "greet" {
			return nil, fmt.Errorf("cannot serve %v", msg)
		}
		return kdb.Chars(fmt.Sprintf("hello %v", req[1])), nil
	}
	c, err := kdb.Dial(ctx, "tcp", addr, &kdb.Options{Handler: greet})
	if err != nil {
		log.Fatal(err)
	}
	defer c.Close()
	v, err := c.Call(ctx, "{upper .z.w (`greet;x)}", "bob")
	fmt.Printf("%q %v\n", v, err)
	_, err = c.Call(ctx, "{.z.w x}", kdb.Chars("2+2"))
	fmt.Println(err)
	// Output:
	// "HELLO BOB" <nil>
	// 'cannot serve 2+2
}
