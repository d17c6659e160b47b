//go:build unix

// Package e2e_test runs qgo as real processes on loopback: a server
// killed under its client, a server that malformed clients (IPC, HTTP,
// WebSocket) speak to, three processes behind a deferred-response
// gateway, password files given on the command line, KX's node-q
// client against a qgo server (when QGO_NODEQ names a directory holding
// node_modules/node-q; .ci/run installs it), and a tickerplant with its
// subscribers, feed and historical process (tick_test.go: KX's kdb-tick
// when QGO_KDBTICK names a developer's checkout of it, and one written
// for the test).
//
// Every process runs in a process group of its own, killed when its test
// ends, and every wait is bounded. Servers listen on ephemeral ports
// (-p 127.0.0.1:0W) and print the port they got.
package e2e_test

import (
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"qgo/internal/qgotest"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"
)

// qgo is the binary under test, built by TestMain.
var qgo string

func TestMain(m *testing.M) {
	os.Exit(buildAndRun(m))
}

// buildAndRun builds qgo into a temporary directory and runs the tests.
func buildAndRun(m *testing.M) int {
	bin, _, cleanup, err := qgotest.Build("qgo-e2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer cleanup()
	qgo = bin
	return m.Run()
}

// buffer is safe for exec's copying goroutine and the test reading it.
type buffer = qgotest.Buffer

// proc is a qgo process.
type proc struct {
	name           string
	cmd            *exec.Cmd
	stdin          io.WriteCloser
	stdout, stderr buffer
	done           chan struct{}
	port           string // the port it listens on, when it does
}

// start runs qgo -q with args; its stdin is a pipe the test writes
// console lines to. The process group is killed when the test ends.
func start(t testing.TB, name string, args ...string) *proc {
	t.Helper()
	return startIn(t, "", name, args...)
}

// startIn is start in the working directory dir ("" for the test's).
func startIn(t testing.TB, dir, name string, args ...string) *proc {
	t.Helper()
	return startWrapped(t, dir, name, nil, args...)
}

// startWrapped is startIn with qgo run by the command wrap (such as
// prlimit and its options).
func startWrapped(t testing.TB, dir, name string, wrap []string, args ...string) *proc {
	t.Helper()
	p := &proc{name: name, done: make(chan struct{})}
	argv := append(append(append([]string{}, wrap...), qgo), append(args, "-q")...)
	p.cmd = exec.Command(argv[0], argv[1:]...)
	p.cmd.Dir = dir
	p.cmd.Stdout = &p.stdout
	p.cmd.Stderr = &p.stderr
	p.cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	w, err := p.cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	p.stdin = w
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		p.cmd.Wait()
		close(p.done)
	}()
	t.Cleanup(func() {
		p.kill()
		select {
		case <-p.done:
		case <-time.After(30 * time.Second):
			t.Errorf("%s: still running 30s after SIGKILL", p.name)
		}
		if t.Failed() {
			t.Logf("%s\n--- stdout:\n%s--- stderr:\n%s", p.name, p.stdout.String(), p.stderr.String())
		}
	})
	return p
}

// kill kills the process and its children.
func (p *proc) kill() { syscall.Kill(-p.cmd.Process.Pid, syscall.SIGKILL) }

// portLine is what a server prints at start: `\p` after -p 0W.
var portLine = regexp.MustCompile(`(?m)^port (\d+)$`)

// server starts a process listening on an ephemeral loopback port, after
// running the q lines setup, and waits for its port.
func server(t testing.TB, name string, args []string, setup ...string) *proc {
	t.Helper()
	return serverIn(t, "", name, args, setup...)
}

// serverIn is server in the working directory dir.
func serverIn(t testing.TB, dir, name string, args []string, setup ...string) *proc {
	t.Helper()
	return serverWrapped(t, dir, name, nil, args, setup...)
}

// serverWrapped is serverIn with qgo run by the command wrap.
func serverWrapped(t testing.TB, dir, name string, wrap, args []string, setup ...string) *proc {
	t.Helper()
	p := startWrapped(t, dir, name, wrap, append(args, "-p", "127.0.0.1:0W")...) // a script must come first
	for _, s := range setup {
		p.send(s)
	}
	p.send(`-1"port ",string system"p";`)
	p.waitFor(t, portLine)
	p.port = portLine.FindStringSubmatch(p.stdout.String())[1]
	return p
}

// send writes a console line.
func (p *proc) send(line string) { io.WriteString(p.stdin, line+"\n") }

// waitFor waits up to 30s for the output to match re.
func (p *proc) waitFor(t testing.TB, re *regexp.Regexp) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for !re.MatchString(p.stdout.String()) {
		if time.Now().After(deadline) {
			t.Fatalf("%s: no %v after 30s\n--- stdout:\n%s--- stderr:\n%s", p.name, re, p.stdout.String(), p.stderr.String())
		}
		select {
		case <-p.done:
			if !re.MatchString(p.stdout.String()) {
				t.Fatalf("%s exited without printing %v\n--- stdout:\n%s--- stderr:\n%s", p.name, re, p.stdout.String(), p.stderr.String())
			}
		case <-time.After(10 * time.Millisecond):
		}
	}
}

// waitText waits for s on stdout.
func (p *proc) waitText(t testing.TB, s string) {
	t.Helper()
	p.waitFor(t, regexp.MustCompile(regexp.QuoteMeta(s)))
}

// waitErr waits up to 30s for s on stderr.
func (p *proc) waitErr(t testing.TB, s string) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for !strings.Contains(p.stderr.String(), s) {
		if time.Now().After(deadline) {
			t.Fatalf("%s: no %q on stderr after 30s\n--- stdout:\n%s--- stderr:\n%s", p.name, s, p.stdout.String(), p.stderr.String())
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// The server dies under its client: the client's .z.pc runs, and the
// handle is gone.
func TestServerDies(t *testing.T) {
	srv := server(t, "server", nil)
	cli := start(t, "client")
	cli.send(`.z.pc:{-1"closed ",string x}`)
	cli.send(`h:hopen ` + srv.port)
	cli.send(`-1 "opened ",string h;`)
	cli.waitText(t, "opened ")
	srv.kill()
	cli.waitFor(t, regexp.MustCompile(`(?m)^closed \d+$`))
	cli.send(`h"1+1"`)
	cli.waitErr(t, "OS reports: Bad file descriptor")
	if h, c := between(cli.stdout.String(), "opened ", "\n"), between(cli.stdout.String(), "closed ", "\n"); h != c {
		t.Errorf(".z.pc got %s for handle %s", c, h)
	}
}

// between is the text of s after the first before, up to after.
func between(s, before, after string) string {
	_, s, _ = strings.Cut(s, before)
	s, _, _ = strings.Cut(s, after)
	return s
}

// Three processes: a client, a gateway that defers its response (-30!)
// while two workers compute, and the workers calling back through .z.w:
// KX's docs/kb/deferred-response.md example.
func TestDeferredGateway(t *testing.T) {
	w1 := server(t, "worker1", nil, "base:100")
	w2 := server(t, "worker2", nil, "base:200")
	gw := server(t, "gateway", nil,
		"workerHandles:hopen each "+w1.port+" "+w2.port,
		"pending:()!()",
		"reduceFunction:{raze x iasc first each x}", // the workers answer in either order
		// (KX's text appends with pending[clientHandle],:enlist result,
		// which needs a missing key of ()!() to give (): not yet in qgo.)
		`callback:{[clientHandle;result] pending[clientHandle]:$[clientHandle in key pending;pending clientHandle;()],enlist result; if[count[workerHandles]=count pending clientHandle; isError:0<sum pending[clientHandle][;0]; result:pending[clientHandle][;1]; r:$[isError;{first x where 10h=type each x};reduceFunction]result; -30!(clientHandle;isError;r); pending[clientHandle]:()]}`,
		`.z.pg:{[query] remoteFunction:{[clntHandle;query] neg[.z.w](`+"`"+`callback;clntHandle;@[(0b;)value@;query;{[errorString](1b;errorString)}])}; neg[workerHandles]@\:(remoteFunction;.z.w;query); -30!(::)}`,
	)
	cli := start(t, "client")
	cli.send("h:hopen " + gw.port)
	cli.send(`-1 .Q.s1 h"base+til 3";`)
	cli.waitText(t, "100 101 102 200 201 202\n")
	cli.send(`-1 .Q.s1 @[h;"base+` + "`" + `a";{"error: ",x}];`)
	cli.waitText(t, "\"error: type\"\n")
	cli.send(`-1 .Q.s1 h"base";`)
	cli.waitText(t, "100 200\n")
}

// -U and -u on the command line: plain and MD5 passwords, then .z.pw;
// \x is refused.
func TestPasswordFiles(t *testing.T) {
	dir := t.TempDir()
	users := filepath.Join(dir, "users")
	// md5 "secret" = 5ebe2294ecd0e0f08eab7690d2a6ee69
	os.WriteFile(users, []byte("mary:pwd\njohn:5ebe2294ecd0e0f08eab7690d2a6ee69\n"), 0o600)
	for _, opt := range []string{"-U", "-u"} {
		t.Run(opt, func(t *testing.T) {
			srv := server(t, "server", []string{opt, users})
			srv.send(`\x .z.pw`)
			srv.waitErr(t, "'access")
			cli := start(t, "client")
			p := srv.port
			cli.send(`-1 string hopen` + "`::" + p + `:mary:pwd;`)
			cli.send(`-1 string hopen` + "`::" + p + `:john:secret;`)
			cli.send(`-1 @[{string hopen x};` + "`::" + p + `:mary:bad;{"refused ",x}];`)
			cli.send(`-1 @[{string hopen x};` + "`::" + p + `;{"refused ",x}];`)
			cli.send(`-1 "done";`)
			cli.waitText(t, "done\n")
			out := cli.stdout.String()
			if strings.Count(out, "refused access\n") != 2 || strings.Count(out, "refused") != 2 {
				t.Errorf("logins:\n%s", out)
			}
			// -u also refuses clients system commands (q's sandbox)
			cli.send(`h:hopen` + "`::" + p + `:mary:pwd;`)
			cli.send(`-1 "system: ",.Q.s1 @[h;"\\p";{"refused ",x}];`)
			want := map[string]string{"-U": "system: " + p + "i\n", "-u": "system: \"refused access\"\n"}[opt]
			cli.waitText(t, want)
			if opt == "-u" {
				// and deleting a file, opening one with hopen, exiting, reaching
				// a file outside the working directory
				for _, q := range []string{"hdel`:nofile", "hopen`:nofile", "exit 3", "key`:/", "read0`:/etc/hosts", "get`:../x"} {
					cli.send(`-1 "` + q + `: ",.Q.s1 @[h;"` + q + `";{"refused ",x}];`)
					cli.waitText(t, q+": \"refused access\"\n")
				}
			}
		})
	}
}

// -p host:port listens on that interface and \p reports the port.
func TestListenOptions(t *testing.T) {
	srv := server(t, "server", nil)
	srv.send(`\p 0`)
	srv.send(`-1 "stopped ",string system"p";`)
	srv.waitText(t, "stopped 0\n")
	cli := start(t, "client")
	cli.send(`-1 @[{string hopen x};` + srv.port + `;{"refused ",x}];`)
	cli.waitText(t, "refused hop. OS reports: Connection refused\n")
	srv.send(`\p 127.0.0.1:` + srv.port)
	srv.send(`-1 "again ",string system"p";`)
	srv.waitText(t, "again "+srv.port+"\n")
	cli.send(`-1 string (hopen ` + srv.port + `)"6*7";`)
	cli.waitText(t, "42\n")
}

// TestOneShotTrap: Trap and Trap At given a process's symbol (`::port,
// `:host:port) apply it, the one-shot request, and catch what it signals,
// a refused connection among them; a file's symbol is still amended.
func TestOneShotTrap(t *testing.T) {
	srv := server(t, "server", nil)
	cli := start(t, "client")
	cli.send("-1 string @[`::" + srv.port + `;"6*7";{"no ",x}];`)
	cli.waitText(t, "42\n")
	cli.send(".[`:localhost:" + srv.port + `;enlist "1+` + "`" + `";{-1 "caught ",x}];`)
	cli.waitText(t, "caught type\n")
	srv.send(`\p 0`)
	srv.send(`-1 "stopped ",string system"p";`)
	srv.waitText(t, "stopped 0\n")
	cli.send("-1 @[`::" + srv.port + `;"6*7";{"refused ",x}];`)
	cli.waitText(t, "refused hop. OS reports: Connection refused\n")
	cli.send("@[`:nofile.oneshot;0;{x}]")
	cli.waitErr(t, "nofile.oneshot")
}

// TestOneShotExpectsResponse: a one-shot request serves nothing while
// it waits, so a server that sends an async message before its answer
// fails it with 'expected response (docs/basics/errors.md), where a
// handle kept open would have run the message; the next one-shot works.
func TestOneShotExpectsResponse(t *testing.T) {
	srv := server(t, "server", nil)
	cli := start(t, "client")
	cli.send("-1 @[`::" + srv.port + `;"neg[.z.w](` + "`" + `undefinedfn;1)";{"failed ",x}];`)
	cli.waitText(t, "failed expected response\n")
	cli.send("-1 string `::" + srv.port + `"6*7";`)
	cli.waitText(t, "42\n")
}

// TestOneShotPeach: a secondary thread may use a socket through the
// one-shot request (docs/ref/each.md), trapped or not, as KX's nano
// benchmark runs each test on its workers: @[;(`test;::);e] peach workers.
func TestOneShotPeach(t *testing.T) {
	a := server(t, "a", nil)
	b := server(t, "b", nil)
	cli := start(t, "client", "-s", "2")
	cli.send("w:`$\":127.0.0.1:\",/:(\"" + a.port + "\";\"" + b.port + "\")")
	cli.send(`-1 "ports ",-3!{x"system\"p\""} peach w;`)
	cli.waitText(t, "ports "+a.port+" "+b.port+"i\n")
	cli.send(`-1 "caught ",-3!@[;"1+` + "`" + `";{"err ",x}] peach w;`)
	cli.waitText(t, `caught ("err type";"err type")`+"\n")
}

// TestSourcesRecorded makes the sources the binary under test was built
// from inputs of this package's cached test result, so that go test runs
// these tests again after a change to any of them.
func TestSourcesRecorded(t *testing.T) { qgotest.RecordSources(t) }
