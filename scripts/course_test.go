//go:build unix

// Package scripts_test runs the course in scripts/ end to end: it builds
// qgo, runs every lesson script between real qgo processes on loopback and
// checks what they print, and runs each exercise checker against the
// reference solution (which must pass) and against the unmodified starting
// file (which must fail, saying what failed).
//
// Every process is started in a process group of its own and killed with
// its group when the test ends (an exercise checker starts the server it
// checks as its own child). Every wait is bounded.
package scripts_test

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"qgo/internal/qgotest"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// qgo is the binary under test, built by TestMain; root is the module
// root, the directory the scripts are run from (as a learner runs them:
// qgo scripts/ipc/server.q -p 5091).
var qgo, root string

func TestMain(m *testing.M) {
	os.Exit(buildAndRun(m))
}

// buildAndRun builds qgo into a temporary directory, runs the tests and
// removes the directory.
func buildAndRun(m *testing.M) int {
	bin, dir, cleanup, err := qgotest.Build("qgo-course-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer cleanup()
	qgo, root = bin, dir
	return m.Run()
}

// buffer is safe for exec's copying goroutine and the test reading it.
type buffer = qgotest.Buffer

// proc is a qgo process started by a test.
type proc struct {
	name           string
	cmd            *exec.Cmd
	stdin          io.WriteCloser // nil when stdin is /dev/null
	stdout, stderr buffer
	done           chan struct{} // closed when the process has exited
	code           int           // its exit status, once done is closed
}

// start runs qgo with args from the module root. With keepStdin, its
// stdin is a pipe the test closes (ending the console) with closeStdin;
// otherwise it is /dev/null, so a process that does not listen on a port
// exits at the end of its script. The process and its children are
// killed when the test ends.
func start(t *testing.T, keepStdin bool, args ...string) *proc {
	t.Helper()
	p := &proc{name: strings.Join(args, " "), done: make(chan struct{})}
	p.cmd = exec.Command(qgo, args...)
	p.cmd.Dir = root
	p.cmd.Stdout = &p.stdout
	p.cmd.Stderr = &p.stderr
	p.cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if keepStdin {
		w, err := p.cmd.StdinPipe()
		if err != nil {
			t.Fatal(err)
		}
		p.stdin = w
	}
	if err := p.cmd.Start(); err != nil {
		t.Fatalf("qgo %s: %v", p.name, err)
	}
	go func() { // the waiter: records the exit status
		err := p.cmd.Wait()
		p.code = 0
		if x, ok := err.(*exec.ExitError); ok {
			p.code = x.ExitCode()
		} else if err != nil {
			p.code = -1
		}
		close(p.done)
	}()
	t.Cleanup(func() {
		syscall.Kill(-p.cmd.Process.Pid, syscall.SIGKILL)
		select {
		case <-p.done:
		case <-time.After(30 * time.Second):
			t.Errorf("qgo %s: still running 30s after SIGKILL", p.name)
		}
		if t.Failed() {
			t.Logf("qgo %s\n--- stdout:\n%s--- stderr:\n%s", p.name, p.stdout.String(), p.stderr.String())
		}
	})
	return p
}

// closeStdin ends the process's console input.
func (p *proc) closeStdin(t *testing.T) {
	t.Helper()
	if p.stdin != nil {
		p.stdin.Close()
	}
}

// wait waits up to d for the process to exit and returns its status.
func (p *proc) wait(t *testing.T, d time.Duration) int {
	t.Helper()
	select {
	case <-p.done:
		return p.code
	case <-time.After(d):
		t.Fatalf("qgo %s: still running after %v\n--- stdout:\n%s--- stderr:\n%s", p.name, d, p.stdout.String(), p.stderr.String())
		return -1
	}
}

// waitOutput waits up to d for want to appear on the process's stdout.
func (p *proc) waitOutput(t *testing.T, want string, d time.Duration) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !strings.Contains(p.stdout.String(), want) {
		select {
		case <-p.done:
			if !strings.Contains(p.stdout.String(), want) {
				t.Fatalf("qgo %s exited (status %d) without printing %q\n--- stdout:\n%s--- stderr:\n%s", p.name, p.code, want, p.stdout.String(), p.stderr.String())
			}
			return
		case <-time.After(20 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			t.Fatalf("qgo %s: no %q after %v\n--- stdout:\n%s--- stderr:\n%s", p.name, want, d, p.stdout.String(), p.stderr.String())
		}
	}
}

// freePort returns a TCP port that was free on loopback a moment ago.
func freePort(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return strconv.Itoa(l.Addr().(*net.TCPAddr).Port)
}

// waitListening waits up to 10s for something to accept connections on
// port.
func waitListening(t *testing.T, port string) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		c, err := net.DialTimeout("tcp", "127.0.0.1:"+port, time.Second)
		if err == nil {
			c.Close()
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("nothing listens on port %s after 10s: %v", port, err)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// listening is what each server script prints once it listens.
var listening = regexp.MustCompile(`listening on port (\d+)\n`)

// server starts a script that listens on an ephemeral loopback port
// (-p 127.0.0.1:0W: a port the system gives it, so no other process can
// take it first) and waits until it says it does. It returns the process
// and the port.
func server(t *testing.T, script string, extra ...string) (*proc, string) {
	t.Helper()
	p := start(t, false, append([]string{script, "-q", "-p", "127.0.0.1:0W"}, extra...)...)
	p.waitOutput(t, "listening on port ", 30*time.Second)
	var m []string
	for deadline := time.Now().Add(30 * time.Second); m == nil; time.Sleep(20 * time.Millisecond) {
		if m = listening.FindStringSubmatch(p.stdout.String()); m == nil && time.Now().After(deadline) {
			t.Fatalf("qgo %s: no whole port line after 30s\n--- stdout:\n%s", p.name, p.stdout.String())
		}
	}
	waitListening(t, m[1])
	return p, m[1]
}

// inOrder checks that got holds each of want, in this order, each after
// the end of the one before.
func inOrder(t *testing.T, what, got string, want ...string) {
	t.Helper()
	rest := got
	for _, w := range want {
		i := strings.Index(rest, w)
		if i < 0 {
			t.Errorf("%s: want %q (after the lines before it); got:\n%s", what, w, got)
			return
		}
		rest = rest[i+len(w):]
	}
}

// client runs a client script to its end (stdin /dev/null) within 30s and
// checks that it exits 0 and prints nothing on stderr.
func client(t *testing.T, args ...string) *proc {
	t.Helper()
	p := start(t, false, append([]string{args[0], "-q"}, args[1:]...)...)
	if code := p.wait(t, 30*time.Second); code != 0 {
		t.Errorf("qgo %s: exit status %d", p.name, code)
	}
	if s := p.stderr.String(); s != "" {
		t.Errorf("qgo %s: stderr:\n%s", p.name, s)
	}
	return p
}

// lines joins lines with "\n" and ends them with one.
func lines(l ...string) string { return strings.Join(l, "\n") + "\n" }

// The lessons of the Advanced IPC module, each a client script run
// against scripts/ipc/server.q.

func TestIPCServer(t *testing.T) {
	srv, port := server(t, "scripts/ipc/server.q")
	srv.waitOutput(t, "server: listening on port "+port+"\n", 10*time.Second)

	// Without a port it refuses to start, saying why.
	p := start(t, false, "scripts/ipc/server.q", "-q")
	if code := p.wait(t, 10*time.Second); code != 1 {
		t.Errorf("server.q without -p: exit status %d, want 1", code)
	}
	if !strings.Contains(p.stderr.String(), "server.q needs a port") {
		t.Errorf("server.q without -p: stderr %q", p.stderr.String())
	}
}

func TestLessonClient(t *testing.T) {
	_, port := server(t, "scripts/ipc/server.q")
	c := client(t, "scripts/ipc/client.q", port)
	inOrder(t, "client.q", c.stdout.String(),
		"/ \\p: the port we listen on; a client listens on none\n0i\n",
		"/ hopen: four ways to name the server\n",
		"i\n",                                             // four handles
		"/ .z.W", "| 0\n", "| 0\n", "| 0\n", "| 0\n/ h x", // nothing queued on any of the four
		"4\n42\n",
		"/ neg h: asynchronous - returns at once, nothing comes back\n42\n",
		"/ hclose: close connections\n1\n")
}

func TestLessonDotz(t *testing.T) {
	_, port := server(t, "scripts/ipc/server.q")
	c := client(t, "scripts/ipc/dotz.q", port)
	inOrder(t, "dotz.q", c.stdout.String(),
		"/ outside a message handler",
		"i\n",  // .z.a here: this host's address, whatever it is
		"0i\n", // .z.w at the console
		"/ inside a handler",
		"127 0 0 1i\n", // .z.a as the server sees us
		"/ the server talks back to us through .z.w",
		"server says: hello, I reached you through .z.w\n")
}

func TestLessonCallback(t *testing.T) {
	srv, port := server(t, "scripts/ipc/callbackExample.q")
	srv.waitOutput(t, "callback server: listening on port "+port, 10*time.Second)
	c := client(t, "scripts/ipc/callbackExample.q", port)
	inOrder(t, "callbackExample.q client", c.stdout.String(),
		"client: (neg h) (`proc; 42; `echo)\n",
		"43\n", // echo, called back by the server through .z.w
		"client: the server called us back\n")
	srv.waitOutput(t, "42\n", 10*time.Second) // echo, run by the server's proc
	if strings.Contains(srv.stdout.String(), "\n43\n") {
		t.Errorf("the server ran the callback itself:\n%s", srv.stdout.String())
	}
}

func TestLessonPw(t *testing.T) {
	_, port := server(t, "scripts/ipc/server.q")
	c := client(t, "scripts/ipc/pw.q", port)
	inOrder(t, "pw.q", c.stdout.String(),
		"'.z.pw\n",
		lines("user| password", "----| --------", `mary| "pwd"   `, `john| "pwd"   `, `ann | "pwd"   `),
		"/ before .z.pw, anyone can connect",
		"i\n",
		"/ mary without a password:\n'access\n",
		"/ mary with her password:\n",
		"i\n",
		"/ mary with a wrong password:\n'access\n",
		"/ \\x .z.pw expunges the handler",
		"i\n")
	if strings.Count(c.stdout.String(), "'access") != 2 {
		t.Errorf("pw.q: want 2 refusals:\n%s", c.stdout.String())
	}
}

func TestLessonPoPc(t *testing.T) {
	srv, port := server(t, "scripts/ipc/server.q")
	c := client(t, "scripts/ipc/popc.q", port)
	out := c.stdout.String()
	inOrder(t, "popc.q", out,
		"/ .ipc.handles: every handle that connects\n,", // one handle
		"i\n2\n", // then two
		"/ .ipc.connections",
		lines("handle| time user id state", "------| ------------------"), // empty right now
		"ClientA open \n", // a row for the new connection
		"/ .z.pc changes the state",
		"ClientA open \n", "ClientA close\n", "ClientA open \n",
		"/ or deletes the connection",
		"ClientA close\n", "ClientA open \n",
		"/ leave the server as we found it")
	rows := func(section string) int { // the rows of the table shown after section
		_, after, _ := strings.Cut(out, section)
		table, _, _ := strings.Cut(after, "\n/ ")
		return strings.Count(table, "ClientA")
	}
	for section, want := range map[string]int{"/ .z.pc changes": 3, "/ or deletes": 2} {
		if got := rows(section); got != want {
			t.Errorf("popc.q: after %q, %d rows; want %d", section, got, want)
		}
	}
	inOrder(t, "server.q", srv.stdout.String(),
		"server: connection opened, handle ",
		"server: connection closed, handle ")
}

func TestLessonPgPs(t *testing.T) {
	_, port := server(t, "scripts/ipc/server.q")
	c := client(t, "scripts/ipc/pgps.q", port)
	want := []string{
		"'.z.pg\n",
		"/ users, with a class each",
		"4\n4\n", // John and Mary
		"/ only superUsers may run queries",
		"4\n\"No Permissions\"\n\"No Permissions\"\n",
		"/ only John can expunge .z.pg now",
		"4\n4\n",
		"/ .z.ps: whatever it returns is not sent back",
		"\"New synchronous message: \\\"2+2\\\"\"\n",
		"4\n",
		"/ a firewall",
		"0b\n",
		"42\n",
	}
	inOrder(t, "pgps.q", c.stdout.String(), want...)
	if strings.Contains(c.stdout.String(), "New asynchronous message") {
		t.Errorf("pgps.q: an async result came back:\n%s", c.stdout.String())
	}
}

// answersHTTP reports whether the server on port answers an HTTP request
// at all.
func answersHTTP(port string) bool {
	cl := http.Client{Timeout: 30 * time.Second}
	r, err := cl.Get("http://127.0.0.1:" + port + "/")
	if err != nil {
		return false
	}
	r.Body.Close()
	return true
}

func TestLessonPh(t *testing.T) {
	srv, port := server(t, "scripts/ipc/server.q")
	if !answersHTTP(port) {
		t.Fatal("qgo does not answer HTTP on its listening port: the .z.ph lesson needs a browser to reach the server")
	}
	c := client(t, "scripts/ipc/ph.q", port)
	inOrder(t, "ph.q", c.stdout.String(),
		"/ .z.ph is the only handler with a default definition\n1b\n",
		"/ now browse http://localhost:"+port+"/?2+2")

	// The browser.
	cl := http.Client{Timeout: 10 * time.Second}
	r, err := cl.Get("http://127.0.0.1:" + port + "/?2+2")
	if err != nil {
		t.Fatal(err)
	}
	body, err := io.ReadAll(r.Body)
	r.Body.Close()
	if err != nil {
		t.Fatal(err)
	}
	if r.StatusCode != http.StatusOK || !strings.Contains(string(body), "<pre>4") {
		t.Errorf("GET /?2+2: %s\n%s", r.Status, body)
	}
	srv.waitOutput(t, "server: http query ?2+2\n", 10*time.Second)
}

func TestLessonFlush(t *testing.T) {
	_, port := server(t, "scripts/ipc/server.q")
	c := client(t, "scripts/ipc/flush.q", port)
	inOrder(t, "flush.q", c.stdout.String(),
		"/ neg[h][] blocks until all of them have been sent\n1b\n",
		"/ sent is not processed: a sync request chases them\n10000\n")
}

// The message-handler notes.

func TestHandlers(t *testing.T) {
	srv, port := server(t, "scripts/handlers/server.q")
	c := client(t, "scripts/handlers/client.q", port)
	inOrder(t, "handlers/client.q", c.stdout.String(),
		"/ a sync message", "2\n",
		"i\n", // the handle .z.pg kept
		"/ async messages", "10\n",
		"/ .z.pw refuses the user guest\n'access\n")
	// the server's stdin is /dev/null: its console closed at start, and
	// .z.pc showed handle 0 then (q since 2.4); wait for the client's close
	opened := regexp.MustCompile(`"Connection opened by [^,]*, handle (\d+)"`).FindStringSubmatch(srv.stdout.String())
	if opened == nil {
		t.Fatalf("handlers/server.q: no connection shown:\n%s", srv.stdout.String())
	}
	closed := "\"Connection closed, handle " + opened[1] + "\""
	srv.waitOutput(t, closed, 10*time.Second)
	inOrder(t, "handlers/server.q", srv.stdout.String(),
		"server: listening on port "+port,
		"\"Connection opened by ",
		"i\n", // .z.pg shows the caller's handle
		"\"async message \\\"total+`a\\\" failed: 'type\"\n",
		closed)
	if strings.Count(srv.stdout.String(), "Connection opened") != 1 {
		t.Errorf("guest was let in:\n%s", srv.stdout.String())
	}
}

func TestReconnect(t *testing.T) {
	srv, port := server(t, "scripts/ipc/server.q")
	c := start(t, true, "scripts/handlers/reconnect.q", "-q", port, "100")
	c.waitOutput(t, "client: connected, handle ", 10*time.Second)

	syscall.Kill(-srv.cmd.Process.Pid, syscall.SIGKILL) // the server goes away
	srv.wait(t, 10*time.Second)
	c.waitOutput(t, "client: connection lost, retrying every 100 ms\n", 10*time.Second)
	time.Sleep(300 * time.Millisecond) // a few failed tries: they must stay quiet and keep the timer on
	if strings.Contains(c.stdout.String(), "reconnected") {
		t.Fatalf("reconnected with no server:\n%s", c.stdout.String())
	}

	start(t, false, "scripts/ipc/server.q", "-q", "-p", port) // it comes back
	c.waitOutput(t, "client: reconnected, handle ", 10*time.Second)
	c.closeStdin(t)
	if code := c.wait(t, 10*time.Second); code != 0 {
		t.Errorf("reconnect.q: exit status %d", code)
	}
	if s := c.stderr.String(); s != "" {
		t.Errorf("reconnect.q: stderr:\n%s", s)
	}
}

func TestPi(t *testing.T) {
	p := start(t, true, "scripts/handlers/pi.q", "-q")
	io.WriteString(p.stdin, "5+4\n30+42\n30*2\n\\x .z.pi\n5+4\n")
	p.closeStdin(t)
	if code := p.wait(t, 10*time.Second); code != 0 {
		t.Errorf("pi.q: exit status %d", code)
	}
	inOrder(t, "pi.q", p.stdout.String(), ">9\n", ">72\n", ">60\n", "9\n")
	if strings.Count(p.stdout.String(), ">") != 4 { // the fourth for \x .z.pi itself
		t.Errorf("pi.q: want 4 lines through the custom .z.pi; got:\n%s", p.stdout.String())
	}
}

// The exercises: each checker passes against the reference solution and
// fails, saying what failed, against the unmodified starting file.

func TestExercises(t *testing.T) {
	for n := 1; n <= 12; n++ {
		file := fmt.Sprintf("ex%02d.q", n)
		t.Run(file, func(t *testing.T) {
			t.Run("solution", func(t *testing.T) {
				p := check(t, n, "scripts/exercises/solutions/"+file)
				out := p.stdout.String()
				if p.code != 0 || strings.Contains(out, "FAIL") {
					t.Errorf("check.q %d on the solution: exit status %d\n%s%s", n, p.code, out, p.stderr.String())
				}
				inOrder(t, "check.q", out, fmt.Sprintf("Exercise %d - ", n), "  PASS ", fmt.Sprintf("exercise %d: all ", n), " checks passed\n")
			})
			t.Run("start", func(t *testing.T) {
				p := check(t, n, "scripts/exercises/"+file)
				out := p.stdout.String()
				if p.code != 1 {
					t.Errorf("check.q %d on the starting file: exit status %d, want 1\n%s%s", n, p.code, out, p.stderr.String())
				}
				inOrder(t, "check.q", out, fmt.Sprintf("Exercise %d - ", n), "  FAIL ", fmt.Sprintf("exercise %d: ", n), " checks failed - edit scripts/exercises/"+file)
			})
		})
	}
}

// check runs the checker of exercise n against file on a free port, as a
// learner would (the checker starts the server with the qgo running it),
// and waits for it to end.
func check(t *testing.T, n int, file string) *proc {
	t.Helper()
	args := []string{"scripts/exercises/check.q", strconv.Itoa(n), "-q", "-port", freePort(t)}
	if !strings.HasPrefix(file, fmt.Sprintf("scripts/exercises/ex%02d.q", n)) {
		args = append(args, "-file", file)
	}
	p := start(t, false, args...)
	p.wait(t, 60*time.Second)
	return p
}

// The checker says plainly when it cannot check: no exercise number, a
// number out of range, a file that is not there, a server that does not
// start.
func TestCheckerErrors(t *testing.T) {
	dir := t.TempDir()
	exits := filepath.Join(dir, "exits.q")
	if err := os.WriteFile(exits, []byte("-1\"bye\";\nexit 3\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		args   []string
		code   int
		stdout string
		stderr string
	}{
		{nil, 2, "", "usage: qgo scripts/exercises/check.q N"},
		{[]string{"13"}, 2, "", "there are exercises 1 to 12, not 13"},
		{[]string{"3", "-file", filepath.Join(dir, "none.q")}, 2, "", "there is no file " + filepath.Join(dir, "none.q")},
		{[]string{"3", "-file", exits}, 1, "  FAIL your server did not start: qgo " + exits + " -p ", ""},
	} {
		args := append([]string{"scripts/exercises/check.q", "-q"}, c.args...)
		if c.args != nil {
			args = append(args, "-port", freePort(t))
		}
		p := start(t, false, args...)
		if code := p.wait(t, 30*time.Second); code != c.code {
			t.Errorf("check.q %v: exit status %d, want %d", c.args, code, c.code)
		}
		if !strings.Contains(p.stdout.String(), c.stdout) || !strings.Contains(p.stderr.String(), c.stderr) {
			t.Errorf("check.q %v: want %q on stdout and %q on stderr; got\n--- stdout:\n%s--- stderr:\n%s", c.args, c.stdout, c.stderr, p.stdout.String(), p.stderr.String())
		}
		if c.code == 1 && !strings.Contains(p.stdout.String(), "exited\n  what it printed:\n    bye\n") {
			t.Errorf("check.q %v: want what the server printed; got\n%s", c.args, p.stdout.String())
		}
	}
}

// TestSourcesRecorded makes the sources the binary under test was built
// from inputs of this package's cached test result, so that go test runs
// these tests again after a change to any of them.
func TestSourcesRecorded(t *testing.T) { qgotest.RecordSources(t) }
