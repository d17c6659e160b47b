package zns

import (
	"fmt"
	"os"
	"testing"
)

// -38! describes handles as docs/basics/internal.md shows it: for one
// handle a dictionary p f z n m, for a list a table; a TCP connection on
// loopback is "q" "t", uncompressed, and once a sync request has been
// answered nothing is queued on it. The server describes its accepted
// handle the same way.
func TestSocketTableTCP(t *testing.T) {
	srv, cli := pair(t)
	cli.is(t, `h"1+1"`, "2")
	cli.is(t, `-38!h`, "p| \"q\"\nf| \"t\"\nz| 0b\nn| 0\nm| 0")
	cli.is(t, `-38!enlist h`, "p f z n m\n---------\nq t 0 0 0")
	cli.is(t, `{([]h)!-38!h:.z.H}[]~([]h:enlist h)!([]p:enlist"q";f:"t";z:0b;n:0;m:0)`, "1b")
	cli.is(t, `meta -38!0#h`, "c| t f a\n-| -----\np| c    \nf| c    \nz| b    \nn| j    \nm| j    ")
	srv.until(t, "count .z.H", "1")
	srv.is(t, "(-38!first .z.H)`p`f", `"qt"`)
	cli.fails(t, `-38!1000`, "1000 is not an ipc handle")
	cli.fails(t, "-38!`a", "type")
}

// A connection over a Unix domain socket (hopen `:unix://port) is family "u".
func TestSocketTableUnix(t *testing.T) {
	t.Setenv("QUDSPATH", t.TempDir())
	srv := newProc(t, "server", false, Options{})
	cli := newProc(t, "client", false, Options{})
	port := serveUnix(t, srv, os.Getenv("QUDSPATH"))
	cli.eval(t, fmt.Sprintf("h:hopen `:unix://%d", port))
	cli.is(t, `h"1+1"`, "2")
	cli.is(t, `(-38!h)`+"`p`f", `"qu"`)
}
