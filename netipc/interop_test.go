package netipc

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// nodeqScript logs in, runs a sync query, an async one, and a sync one
// during which the server pushes an upd; then it tries a bad password.
const nodeqScript = `
const nodeq = require('node-q');
const port = +process.argv[2];
nodeq.connect({host: '127.0.0.1', port, user: 'mary', password: 'pwd'}, (err, con) => {
  if (err) { console.log('ERR ' + err.message); process.exit(1); }
  con.on('upd', (t, d) => console.log('UPD ' + t + ' ' + d));
  con.k('1+1', (err, res) => {
    console.log('SYNC ' + (err ? err.message : res));
    con.ks('a:42', (err) => {
      console.log('ASYNC ' + (err ? err.message : 'ok'));
      con.k('push', (err, res) => {
        console.log('PUSH ' + (err ? err.message : res));
        con.k('fail', (err, res) => {
          console.log('FAIL ' + (err ? err.message : res));
          con.close(() => {
            nodeq.connect({host: '127.0.0.1', port, user: 'mary', password: 'bad'}, (err) => {
              console.log('REJECT ' + (err ? 'error' : 'accepted'));
              process.exit(0);
            });
          });
        });
      });
    });
  });
});
`

// TestNodeQ runs KX's node-q client (npm node-q 2.7.0) against a Server
// whose Core answers as kdb+ would. It needs QGO_NODEQ, the directory
// holding node_modules/node-q, and node on the PATH; otherwise it is
// skipped.
func TestNodeQ(t *testing.T) {
	dir := os.Getenv("QGO_NODEQ")
	if dir == "" {
		t.Skip("QGO_NODEQ not set")
	}
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("no node")
	}
	core := newFakeCore()
	core.auth = func(h int, user, pw string) bool { return pw == "pwd" }
	var srv *Server
	core.sync = func(m *Msg) []byte {
		switch string(m.Data[14:]) {
		case "1+1":
			return golden[2] // 2
		case "push":
			// ("upd";`t;42)
			upd := hx("00 00 03 00 00 00 0a 00 03 00 00 00 75 70 64 f5 74 00 f9 2a 00 00 00 00 00 00 00")
			srv.Send(m.Handle, frame(Async, 1, upd))
			return hx("01 02 00 00 0e 00 00 00 f5 64 6f 6e 65 00") // `done
		}
		return golden[5] // 'type
	}
	srv, _ = newServer(t, core, quiet())
	script := filepath.Join(t.TempDir(), "client.js")
	if err := os.WriteFile(script, []byte(nodeqScript), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), waitFor)
	defer cancel()
	cmd := exec.CommandContext(ctx, node, script, strconv.Itoa(srv.Port()))
	cmd.Env = append(os.Environ(), "NODE_PATH="+filepath.Join(dir, "node_modules"))
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("node: %v\n%s", err, out)
	}
	want := "SYNC 2\nASYNC ok\nUPD t 42\nPUSH done\nFAIL type\nREJECT error\n"
	if string(out) != want {
		t.Errorf("node-q printed\n%s\nwant\n%s", out, want)
	}
	a := core.next(t, "auth")
	if a.user != "mary" || a.pw != "pwd" {
		t.Errorf("auth %q %q", a.user, a.pw)
	}
	async := core.next(t, "async")
	sameBytes(t, "node-q's async", async.data, frame(Async, 1, chars("a:42")))
	// the rejected login may reuse the freed descriptor, as in kdb+
	if k := core.kinds(a.h); !strings.HasPrefix(k, "auth open sync async sync sync close") {
		t.Errorf("events %q", k)
	}
}
