// Package kdb is a client for kdb+ and qgo processes: it connects over
// kdb+'s IPC protocol, evaluates q code synchronously or asynchronously,
// receives the messages a process pushes (a tickerplant's updates, say),
// and converts between Go values and q values.
//
// It runs on qgo's own transport (package netipc) and codec (package
// interp/k), the code behind qgo's hopen, so what it puts on the wire is
// byte for byte what kdb+ puts there.
//
// # Connecting and calling
//
//	c, err := kdb.Dial(ctx, "tcp", "localhost:5000", &kdb.Options{User: "alice", Password: "pw"})
//	...
//	defer c.Close()
//	v, err := c.Call(ctx, "select from trade where sym=`IBM")
//	n, err := c.Call(ctx, "{x+y}", 2, 3)       // a function applied to arguments
//	err = c.Async(".u.upd", "trade", rows)    // no answer; Flush waits until written
//
// A query that fails in q returns an *Error with q's message. Dial
// speaks TLS when Options.TLS is set, and connects to Unix sockets with
// network "unix". Messages over 2000 bytes to a process on another host
// go compressed, as kdb+ sends them; compressed replies are read too.
//
// # Receiving pushed messages
//
// Messages the process sends without being asked, as a tickerplant
// publishes to its subscribers, queue up for Receive:
//
//	c.Call(ctx, ".u.sub", "trade", "")     // subscribe to every trade
//	for {
//		msg, err := c.Receive(ctx)       // []any{"upd", "trade", kdb.Table{...}}
//		if err != nil {
//			break
//		}
//		var trades []Trade
//		kdb.Decode(msg.([]any)[2], &trades)
//	}
//
// # Answering the process
//
// A q process can query its client back on the client's own handle, as
// in .z.w"query" inside .z.po or inside a function the client called.
// Options.Handler answers such sync requests (without one, the client
// answers with the q error 'nyi):
//
//	h := func(ctx context.Context, msg any) (any, error) {
//		return kdb.Chars("client-7"), nil // msg was the request, "ID" say
//	}
//	c, err := kdb.Dial(ctx, "tcp", "localhost:5000", &kdb.Options{Handler: h})
//
// The process's async messages, (neg .z.w)"...", go to Receive instead.
//
// # Go values and q values
//
// Call and Receive return q values in a generic form, which Decode
// converts into typed Go values as encoding/json's Unmarshal does:
//
//	q                              generic Go form       also decodes into
//	boolean                        bool                  integer kinds
//	guid                           GUID                  any [16]byte type
//	byte                           byte                  integer kinds
//	short, int, long               int16, int32, int64   any integer or float kind
//	real, float                    float32, float64      any float kind
//	char                           Char                  string
//	symbol                         string                string
//	string (char vector)           Chars                 string, []byte
//	timestamp                      time.Time (UTC)       time.Time
//	month, date, datetime          Month, Date, Datetime time.Time
//	timespan                       time.Duration         time.Duration
//	minute, second, time           Minute, Second, Time  time.Duration
//	vector of any of those         slice of the above    slice of the above
//	general list                   []any                 any slice
//	dictionary                     Dict                  map, struct (symbol keys)
//	table, keyed table             Table, Dict           slice of structs or of maps (rows)
//	::                             nil                   any pointer (nil)
//	function                       Function              Function
//
// Arguments go the other way: each Go type in the middle column is sent
// as its q type, and besides those, int as a long, []byte as a byte
// vector, a slice of structs as a table, a struct or a map as a
// dictionary, a nil pointer as the q null of what it points to, and nil
// as ::. A Go string is a q symbol, as in KX's Java and C# clients; use
// Chars for a q string.
//
// A struct is a row: each exported field is the column (or dictionary
// key) named by its tag, or by its own name, matched without regard to
// case when decoding. As with encoding/json, a tag of "-" leaves a field
// out, and fields of embedded structs are promoted. After a comma, the
// tag may give the q type of the column, for Go types that stand for
// several:
//
//	type Trade struct {
//		Date  time.Time     `kdb:"date,date"` // time.Time as a date, not a timestamp
//		Time  time.Duration `kdb:"time,time"` // time.Duration as a time, not a timespan
//		Sym   string        `kdb:"sym"`       // a symbol
//		Note  string        `kdb:"note,string"` // a q string
//		Price float64       `kdb:"price"`
//		Size  *int32        `kdb:"size"`      // nil is 0Ni
//	}
//
// The type names are q's: boolean, guid, byte, short, int, long, real,
// float, char, symbol, timestamp, month, date, datetime, timespan, minute,
// second, time, and string for a char vector.
//
// # Nulls and time
//
// q's nulls are values of their type: 0N is math.MinInt64, 0Ni
// math.MinInt32, 0n a NaN, the null symbol "", the null timestamp, date,
// month and datetime the zero time.Time, and the null timespan, minute,
// second and time math.MinInt64 as a time.Duration. Decoding a null into
// a pointer leaves it nil, and a nil pointer is sent as the null.
// Timestamps and datetimes are instants, decoded in UTC; a time.Time sent
// as a date or a month is the calendar day or month in its own location.
package kdb
