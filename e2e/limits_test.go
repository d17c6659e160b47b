//go:build unix

package e2e_test

import (
	"context"
	"net"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"
)

// session runs qgo -q (under the command wrap, such as prlimit, when
// given) with the console lines as its input, to the end of them, and
// returns everything it printed. It fails the test if qgo does not exit
// with status 0 within 4 minutes (a loaded CI machine runs the limits
// sessions slowly; a hang still fails): a fatal Go error exits with 2.
func session(t *testing.T, wrap []string, args []string, lines ...string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	argv := append(append(append([]string{}, wrap...), qgo), append(args, "-q")...)
	cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
	cmd.Stdin = strings.NewReader(strings.Join(lines, "\n") + "\n")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%s: %v\n%s", strings.Join(argv, " "), err, lastLines(string(out), 20))
	}
	return string(out)
}

// lastLines is the end of a long output.
func lastLines(s string, n int) string {
	l := strings.Split(s, "\n")
	return strings.Join(l[max(0, len(l)-n):], "\n")
}

// Allocations over -w signal 'wsfull before they are made, and the
// process goes on; \w and .Q.w[] report the limit and real figures.
func TestWorkspaceLimit(t *testing.T) {
	out := session(t, nil, []string{"-w", "1000"},
		`{x,x}/[40;enlist 1]`,
		`a:til 300000000`,
		`-1 "wmax ",string (system "w") 3;`,
		`-1 "used ",string .Q.w[]`+"`used;",
		`-1 "sum ",string sum til 1000000;`,
	)
	if n := strings.Count(out, "'wsfull"); n != 2 {
		t.Errorf("%d 'wsfull, want 2:\n%s", n, out)
	}
	for _, want := range []string{"wmax 1048576000\n", "sum 499999500000\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in:\n%s", want, out)
		}
	}
	if !strings.Contains(out, "used ") || strings.Contains(out, "used 0\n") {
		t.Errorf(".Q.w[]`used is not a real figure:\n%s", out)
	}
}

// With no -w, an allocation over what the process can have (here an
// address space capped by prlimit) signals 'wsfull instead of Go's fatal
// "out of memory", and the process goes on.
func TestWorkspaceMachine(t *testing.T) {
	prlimit, err := exec.LookPath("prlimit")
	if err != nil {
		t.Skip("no prlimit")
	}
	big := []string{
		`{x,x}/[40;enlist 1]`, `a:til 300000000`, `where 1000000000`, `1000000000#enlist "abc"`,
		`raze 100#enlist til 10000000`, `1000000000 0N#til 10`, `{x,x}/[40;"a"]`, `1000000000?10`,
		// results built by appending, with no size known before: text
		// replaced, joined, split, serialized, JSON, random names
		`ssr[1000000#"a";"a";10000#"b"]`, `ssr[1000000#"a";"a?";10000#"b"]`,
		`"," sv 100000#enlist 100000#"a"`, `"a" vs 300000000#"a"`, `-8!100000#enlist til 100000`,
		`.j.j 1000#enlist 10000000#"a"`, `100000000?` + "`8",
		// results made of many allocations each too small to check
		`sums each 1000#enlist til 1000000`, `{til 1000000} each til 10000`,
		`-3!100000#enlist til 100000`, `(100000#"a"),/:100000#enlist 100000#"b"`,
		"ej[`k;([]k:100000#1;a:til 100000);([]k:100000#1;b:til 100000)]", `flip 100000#enlist til 100000`,
		`"," 0: ([]a:1000000#enlist 1000#"a")`,
		// a deal's map of the values drawn
		`-100000000?0Ng`, `-200000000?0`, `-100000000?1000000000`,
		// the hash set of a group of rows (ej's keys, a list's items)
		"ej[`a;([]a:30000000#1);([]a:30000000#1)]",
	}
	out := session(t, []string{prlimit, "--as=3000000000"}, nil,
		append(big[:len(big):len(big)], `s:string til 100000000`, `-1 "sum ",string sum til 1000000;`)...)
	if n := strings.Count(out, "'wsfull"); n != len(big)+1 {
		t.Errorf("%d 'wsfull, want %d:\n%s", n, len(big)+1, out)
	}
	if !strings.Contains(out, "sum 499999500000\n") {
		t.Errorf("the process did not go on:\n%s", out)
	}
}

// A file with no end (a device) read whole is 'wsfull (here past -w,
// the quicker to reach), and read in part
// gives that part: read1`:/dev/zero, read0, get, 0:, -21! and \l each
// read with os.ReadFile and ended the process with Go's fatal out of
// memory.
func TestWorkspaceDevices(t *testing.T) {
	prlimit, err := exec.LookPath("prlimit")
	if err != nil {
		t.Skip("no prlimit")
	}
	if _, err := os.Stat("/dev/zero"); err != nil {
		t.Skip("no /dev/zero")
	}
	big := []string{"read1`:/dev/zero", "read0`:/dev/zero", "get`:/dev/zero", `("x";1)0:` + "`:/dev/zero",
		"-21!`:/dev/zero", "count read1`:/dev/urandom", `system"l /dev/zero"`}
	if _, err := exec.LookPath("yes"); err == nil {
		big = append(big, `system"yes"`) // output without end: it took it all, to Go's fatal out of memory
	}
	out := session(t, []string{prlimit, "--as=3000000000"}, []string{"-w", "256"},
		append(big[:len(big):len(big)], "read1(`:/dev/zero;0;4)", `-1 "sum ",string sum til 1000000;`)...)
	if n := strings.Count(out, "'wsfull"); n != len(big) {
		t.Errorf("%d 'wsfull, want %d:\n%s", n, len(big), out)
	}
	if !strings.Contains(out, "0x00000000\n") || !strings.Contains(out, "sum 499999500000\n") {
		t.Errorf("the process did not go on:\n%s", out)
	}
}

// Under an address-space limit, a process whose heap once peaked near
// the limit takes large objects again once it holds little: Go keeps
// the address space it mapped, and its free spans take them. Before,
// after two rounds each round's til 30000000 was 'wsfull for good.
func TestWorkspaceMachineReuse(t *testing.T) {
	prlimit, err := exec.LookPath("prlimit")
	if err != nil {
		t.Skip("no prlimit")
	}
	var lines []string
	for range 6 {
		lines = append(lines, `a:til 30000000`, `b:-8!a`, `a:b:0`)
	}
	out := session(t, []string{prlimit, "--as=3000000000"}, nil, append(lines, `-1 "done";`)...)
	if strings.Contains(out, "'wsfull") || !strings.Contains(out, "done\n") {
		t.Errorf("want no 'wsfull, then done:\n%s", out)
	}
}

// A value nested a million deep is a q error to display, not a Go stack
// overflow that ends the process.
func TestDeepDisplay(t *testing.T) {
	out := session(t, nil, nil, `x:(); do[1000000; x:enlist x]; x`, `.Q.s x`, `-1 "alive";`)
	if strings.Count(out, "'stack") != 2 || !strings.Contains(out, "alive\n") {
		t.Errorf("want 'stack twice, then alive:\n%s", out)
	}
}

// handshake connects to a kdb+ server and logs in: it reports whether the
// server answered the handshake (true), or closed the connection (false),
// within 30s; a connection it neither served nor refused fails the test.
func handshake(t *testing.T, port string) (net.Conn, bool) {
	t.Helper()
	c, err := net.DialTimeout("tcp", "127.0.0.1:"+port, 30*time.Second)
	if err != nil {
		t.Fatalf("dial: %v", err)
	}
	c.SetDeadline(time.Now().Add(30 * time.Second))
	c.Write([]byte("u:p\x03\x00"))
	var b [1]byte
	_, err = c.Read(b[:])
	if err == nil {
		c.SetDeadline(time.Time{})
		return c, true
	}
	if ne, ok := err.(net.Error); ok && ne.Timeout() {
		t.Fatalf("the server neither served nor refused a connection in 30s")
	}
	c.Close()
	return nil, false
}

// At its descriptor limit, a server refuses new clients at once, and
// says so once per burst; it serves again when clients have gone.
// Clients that reset during the handshake leave no log line.
func TestDescriptorLimit(t *testing.T) {
	prlimit, err := exec.LookPath("prlimit")
	if err != nil {
		t.Skip("no prlimit")
	}
	srv := serverWrapped(t, "", "server", []string{prlimit, "--nofile=48"}, nil)
	served := func(n int) (conns []net.Conn, refused int) {
		for range n {
			if c, ok := handshake(t, srv.port); ok {
				conns = append(conns, c)
			} else {
				refused++
			}
		}
		return conns, refused
	}
	logged := func() int { return strings.Count(srv.stderr.String(), "out of file descriptors") }
	// waitLogged waits for n log lines: the server logs after it refused,
	// and its stderr reaches the test later still.
	waitLogged := func(n int) {
		for deadline := time.Now().Add(30 * time.Second); logged() < n && time.Now().Before(deadline); {
			time.Sleep(20 * time.Millisecond)
		}
		time.Sleep(100 * time.Millisecond) // and any line more that a wrong server would log
	}
	conns, refused := served(80)
	if len(conns) < 20 || refused < 20 {
		t.Fatalf("%d served, %d refused of 80 at a limit of 48 descriptors", len(conns), refused)
	}
	waitLogged(1)
	if n := logged(); n != 1 {
		t.Errorf("%d log lines for one burst of %d refusals, want 1:\n%s", n, refused, srv.stderr.String())
	}
	servedAgain := func() {
		for _, c := range conns {
			c.Close()
		}
		deadline := time.Now().Add(10 * time.Second)
		for {
			if c, ok := handshake(t, srv.port); ok {
				c.Close()
				return
			}
			if time.Now().After(deadline) {
				t.Fatal("not served again after the clients closed")
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	// served again once clients have gone; a second burst is logged again
	servedAgain()
	conns, refused = served(80)
	servedAgain()
	if refused > 0 {
		waitLogged(2)
	}
	if n := logged(); refused > 0 && n != 2 {
		t.Errorf("%d log lines after two bursts, want 2:\n%s", n, srv.stderr.String())
	}
	// resets in the middle of a handshake are ordinary: no log line
	before := srv.stderr.String()
	for range 20 { // well within the limit
		c, err := net.Dial("tcp", "127.0.0.1:"+srv.port)
		if err != nil {
			t.Fatal(err)
		}
		c.Write([]byte("u:p"))
		c.(*net.TCPConn).SetLinger(0) // close with RST
		c.Close()
	}
	time.Sleep(200 * time.Millisecond)
	if after := srv.stderr.String(); after != before {
		t.Errorf("resets during the handshake were logged:\n%s", strings.TrimPrefix(after, before))
	}
}
