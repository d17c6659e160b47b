//go:build unix

package e2e_test

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// nodeqScript is a node-q client: it logs in with a password, runs sync
// queries whose results cover every datatype, sends values node-q
// serializes for the server to show, sends async messages, receives the
// server's pushes, and is refused with a wrong password.
const nodeqScript = `
const nodeq = require('node-q');
const port = +process.argv[2];
const queries = [
  '1b', '0x2a', '42h', '42i', '42', '1.5e', '1.5', '"c"', ' ` + "`" + `sym',
  '2024.01.15D10:30:00', '2024.01m', '2024.01.15', '2024.01.15T12:00:00.000',
  '0D01:22:33.444555666', '21:22', '21:22:02', '10:30:00.000',
  '"G"$"8c680a01-5a49-5aab-5a65-d4bfddb6a661"',
  '101b', '0x0102', '1 2 3h', '1 2 3i', '1 2 3', '1.5 2.5e', '1.5 2.5', '"abc"', ' ` + "`a`b`c" + `',
  '2#2024.01.15D10:30:00', '2#2024.01m', '2#2024.01.15', '2#2024.01.15T12:00:00.000',
  '2#0D01:22:33.444555666', '2#21:22', '2#21:22:02', '2#10:30:00.000',
  '2#"G"$"8c680a01-5a49-5aab-5a65-d4bfddb6a661"',
  '0N', '0Ni', '0Nh', '0n', '0Ne', ' ` + "`" + `', '" "', '0Np', '0Nd', '0Ng',
  '0W', '-0W', '0Wi', '0w', '-0w',
  '(1;` + "`a" + `;"xy")', ' ` + "`a`b" + `!1 2', '([]a:1 2;b:` + "`x`y" + `)', '([k:` + "`a`b" + `]v:1 2)',
  '()', '::', 'til 3000',
];
const sent = [1, true, 'abc', '` + "`" + `sym', [1, 2, 3], {a: 1, b: 'x'}, null, nodeq.int(7), nodeq.timestamp(new Date(Date.UTC(2024, 0, 15, 10, 30))), ['x', 'yz']];
function show(v) {
  return JSON.stringify(v, (k, x) => (typeof x === 'number' && !isFinite(x)) ? String(x) : x);
}
function series(items, step, done) {
  let i = 0;
  const next = () => i < items.length ? step(items[i++], next) : done();
  next();
}
nodeq.connect({host: '127.0.0.1', port, user: 'mary', password: 'pwd', nanos2date: false}, (err, con) => {
  if (err) { console.log('ERR ' + err.message); process.exit(1); }
  con.on('upd', (t, d) => console.log('UPD ' + t + ' ' + show(d)));
  series(queries, (q, next) => con.k(q, (err, res) => {
    console.log(q.trim() + ' => ' + (err ? "'" + err.message : q === 'til 3000' ? show(res.length) : show(res)));
    next();
  }), () => series(sent, (v, next) => con.k('{.Q.s1 x}', v, (err, res) => {
    console.log('SENT ' + (err ? "'" + err.message : res));
    next();
  }), () => con.k('1+` + "`a" + `', (err) => {
    console.log('ERROR ' + (err ? err.message : 'none'));
    con.k('{x+y}', 3, 4, (err, res) => {
      console.log('CALL ' + (err ? err.message : show(res)));
      con.ks('a:42', (err) => {
        console.log('ASYNC ' + (err ? err.message : 'ok'));
        con.ks('push', '` + "`" + `async', (err) => {
          con.k('push[` + "`" + `sync]', (err, res) => {
            console.log('PUSHED ' + show(res));
            con.k('(a;pushes)', (err, res) => {
              console.log('STATE ' + show(res));
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
  })));
});
`

// nodeqWant is what the script prints against kdb+ semantics, as node-q
// converts them (README "Types": dates in UTC, nanoseconds kept as
// numbers with nanos2date off, nulls as null, infinities as Infinity).
var nodeqWant = []string{
	`1b => true`, `0x2a => 42`, `42h => 42`, `42i => 42`, `42 => 42`, `1.5e => 1.5`, `1.5 => 1.5`,
	`"c" => "c"`, "`sym => \"sym\"",
	`2024.01.15D10:30:00 => 1705314600000000000`, // node-q moves nanoseconds to the Unix epoch
	`2024.01m => "2024-01-01T00:00:00.000Z"`,
	`2024.01.15 => "2024-01-15T00:00:00.000Z"`,
	`2024.01.15T12:00:00.000 => "2024-01-15T12:00:00.000Z"`,
	`0D01:22:33.444555666 => 4953444555666`,
	`21:22 => "2000-01-01T21:22:00.000Z"`,
	`21:22:02 => "2000-01-01T21:22:02.000Z"`,
	`10:30:00.000 => "2000-01-01T10:30:00.000Z"`,
	`"G"$"8c680a01-5a49-5aab-5a65-d4bfddb6a661" => "8c680a01-5a49-5aab-5a65-d4bfddb6a661"`,
	`101b => [true,false,true]`, `0x0102 => [1,2]`, `1 2 3h => [1,2,3]`, `1 2 3i => [1,2,3]`, `1 2 3 => [1,2,3]`,
	`1.5 2.5e => [1.5,2.5]`, `1.5 2.5 => [1.5,2.5]`, `"abc" => "abc"`, "`a`b`c => [\"a\",\"b\",\"c\"]",
	`2#2024.01.15D10:30:00 => [1705314600000000000,1705314600000000000]`,
	`2#2024.01m => ["2024-01-01T00:00:00.000Z","2024-01-01T00:00:00.000Z"]`,
	`2#2024.01.15 => ["2024-01-15T00:00:00.000Z","2024-01-15T00:00:00.000Z"]`,
	`2#2024.01.15T12:00:00.000 => ["2024-01-15T12:00:00.000Z","2024-01-15T12:00:00.000Z"]`,
	`2#0D01:22:33.444555666 => [4953444555666,4953444555666]`,
	`2#21:22 => ["2000-01-01T21:22:00.000Z","2000-01-01T21:22:00.000Z"]`,
	`2#21:22:02 => ["2000-01-01T21:22:02.000Z","2000-01-01T21:22:02.000Z"]`,
	`2#10:30:00.000 => ["2000-01-01T10:30:00.000Z","2000-01-01T10:30:00.000Z"]`,
	`2#"G"$"8c680a01-5a49-5aab-5a65-d4bfddb6a661" => ["8c680a01-5a49-5aab-5a65-d4bfddb6a661","8c680a01-5a49-5aab-5a65-d4bfddb6a661"]`,
	`0N => null`, `0Ni => null`, `0Nh => null`, `0n => null`, `0Ne => null`, "` => null", `" " => null`,
	`0Np => null`, `0Nd => null`, `0Ng => null`,
	`0W => "Infinity"`, `-0W => "-Infinity"`, `0Wi => "Infinity"`, `0w => "Infinity"`, `-0w => "-Infinity"`,
	"(1;`a;\"xy\") => [1,\"a\",\"xy\"]",
	"`a`b!1 2 => {\"a\":1,\"b\":2}",
	"([]a:1 2;b:`x`y) => [{\"a\":1,\"b\":\"x\"},{\"a\":2,\"b\":\"y\"}]",
	"([k:`a`b]v:1 2) => [[{\"k\":\"a\"},{\"k\":\"b\"}],[{\"v\":1},{\"v\":2}]]",
	`() => []`, `:: => null`, `til 3000 => 3000`,
	// what the server makes of node-q's serialization: .Q.s1 of it
	`SENT 1f`, `SENT 1b`, `SENT "abc"`, "SENT `sym", `SENT 1 2 3f`, "SENT `a`b!(1f;,\"x\")",
	`SENT ::`, `SENT 7i`, `SENT 2024.01.15D10:30:00.000000000`, `SENT (,"x";"yz")`,
	`ERROR type`, `CALL 7`, `ASYNC ok`,
	"UPD t [{\"a\":1,\"b\":\"x\"},{\"a\":2,\"b\":\"y\"}]",
	"UPD t [{\"a\":1,\"b\":\"x\"},{\"a\":2,\"b\":\"y\"}]",
	`PUSHED "sync"`,
	"STATE [42,[\"async\",\"sync\"]]",
	`REJECT error`,
}

// TestNodeQ runs KX's node-q client (npm node-q) against a qgo server
// started with a -U password file. It needs QGO_NODEQ, the directory
// holding node_modules/node-q, and node on the PATH.
func TestNodeQ(t *testing.T) {
	dir := os.Getenv("QGO_NODEQ")
	if dir == "" {
		t.Skip("QGO_NODEQ not set (.ci/run installs node-q and sets it)")
	}
	node, err := exec.LookPath("node")
	if err != nil {
		t.Fatalf("QGO_NODEQ is set but there is no node: %v", err)
	}
	users := filepath.Join(t.TempDir(), "users")
	// mary's password is "pwd", kept as its MD5
	if err := os.WriteFile(users, []byte("john:secret\nmary:9003d1df22eb4d3820015070385194c8\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	srv := server(t, "server", []string{"-U", users},
		"pushes:0#`",
		"push:{pushes,:x; neg[.z.w](`upd;`t;([]a:1 2;b:`x`y)); x}",
	)
	script := filepath.Join(t.TempDir(), "client.js")
	if err := os.WriteFile(script, []byte(nodeqScript), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, node, script, srv.port)
	cmd.Env = append(os.Environ(), "NODE_PATH="+filepath.Join(dir, "node_modules"), "TZ=UTC")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("node: %v\n%s", err, out)
	}
	got := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
	for i := range max(len(got), len(nodeqWant)) {
		var g, w string
		if i < len(got) {
			g = got[i]
		}
		if i < len(nodeqWant) {
			w = nodeqWant[i]
		}
		if g != w {
			t.Errorf("line %d:\n got: %s\nwant: %s", i+1, g, w)
		}
	}
}
