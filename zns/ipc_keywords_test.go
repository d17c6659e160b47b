package zns

import "testing"

// A keyword q.k defines as a lambda (set, system) travels as a lambda that
// applies it, so a client can send (set;`a;1) or (system;"p") whole, sync
// or async, as docs/wp/permissions does with h(system;"l file2.q").
func TestIPCKeywordMessages(t *testing.T) {
	srv, cli := pair(t)
	cli.eval(t, "h(set;`a;1)")
	srv.is(t, "a", "1")
	cli.eval(t, "h(`set;`b;2 3)")
	srv.is(t, "b", "2 3")
	cli.eval(t, "neg[h](set;`.ns.c;`x`y);h\"\"")
	srv.is(t, ".ns.c", "`x`y")
	cli.is(t, `h(system;"p")`, srv.eval(t, `\p`))
	cli.eval(t, `h(system;"t 0")`)
	cli.is(t, `h(system;"P")`, srv.eval(t, `\P`))
	cli.is(t, "h(ssr;\"abc\";\"b\";\"x\")", `"axc"`)
	// each item of a list of messages
	cli.eval(t, "h@/:((set;`d;4);(set;`e;5))")
	srv.is(t, "d+e", "9")
	// the server's error comes back
	cli.fails(t, "h(set;1;2)", "type")
}

// hclose of a number that is no open handle fails as the OS's close does,
// an error a trap catches (TorQ closes a log handle so, trapping "handle
// already closed"), and opening anew works.
func TestIPCHcloseNotOpen(t *testing.T) {
	_, cli := pair(t)
	cli.eval(t, "hclose h")
	cli.fails(t, "hclose h", "close. OS reports: Bad file descriptor")
	cli.is(t, "@[hclose;h;{`trapped}]", "`trapped")
	cli.fails(t, "hclose 999", "close. OS reports: Bad file descriptor")
	cli.fails(t, "hclose 0Ni", "close. OS reports: Bad file descriptor") // a null handle
	cli.is(t, "@[hclose;0N;{`trapped}]", "`trapped")
	cli.fails(t, "hclose -1000", "close. OS reports: Bad file descriptor")
	cli.fails(t, "hclose `a", "type")
	cli.is(t, `(hopen port)"1+1"`, "2")
}
