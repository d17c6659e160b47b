package e2e_test

import (
	"strings"
	"testing"
)

// peach over two secondary processes (-s -2, .z.pd): the same results as
// each, worked out by the workers (each answers with its own pid), a
// worker's error signalled to the caller, and .Q.fc cutting the list
// between them.
func TestPeachProcesses(t *testing.T) {
	// each item takes 2ms, so both workers surely take part
	work := "work:{t:.z.p;while[.z.p<t+00:00:00.002];(.z.i;x*x)}"
	w1 := server(t, "worker1", nil, work)
	w2 := server(t, "worker2", nil, work)
	m := start(t, "main", "-s", "-2")
	m.send(`.z.pd:` + "`u#" + `hopen each ` + w1.port + " " + w2.port)
	m.send(`r:{work x} peach til 20`)
	m.send(`-1 "squares ",.Q.s1 r[;1];`)
	m.send(`-1 "same ",string r[;1]~{x*x} each til 20;`)
	m.send(`-1 "pids ",string count distinct r[;0];`)
	m.send(`-1 "mine ",string .z.i in r[;0];`)
	m.send(`-1 "parallel ",.Q.s1 {x+1}':[1 2 3];`)
	m.send(`-1 "error ",@[{{x+` + "`a" + `} peach x};1 2 3;{x}];`)
	m.send(`-1 "fc ",.Q.s1 .Q.fc[{x*2};til 7];`)
	m.send(`-1 "dict ",.Q.s1 {x*10} peach ` + "`a`b!1 2;")
	m.send(`-1 "one ",string[.z.i=first first {(.z.i;x)} peach enlist 5];`)
	m.send(`-1 "done";`)
	m.waitText(t, "done\n")
	out := m.stdout.String()
	for _, want := range []string{
		"squares 0 1 4 9 16 25 36 49 64 81 100 121 144 169 196 225 256 289 324 361\n",
		"same 1\n",
		"mine 0\n",
		"parallel 2 3 4\n",
		"error type\n",
		"fc 0 2 4 6 8 10 12\n",
		"dict `a`b!10 20\n",
		"one 1\n", // a single item runs on the main thread, as in q
	} {
		if !strings.Contains(out, want) {
			t.Errorf("want %q in:\n%s", want, out)
		}
	}
	if n := between(out, "pids ", "\n"); n != "2" {
		t.Errorf("work went to %s processes", n)
	}
}

// Without secondary processes peach is each, on the main thread: a
// function that assigns a global works, as q documents.
func TestPeachMainThread(t *testing.T) {
	m := start(t, "main")
	m.send("{`a set x} peach 0 1")
	m.send(`-1 "a ",string a;`)
	m.send(`-1 "done";`)
	m.waitText(t, "done\n")
	if !strings.Contains(m.stdout.String(), "a 1\n") {
		t.Errorf("got:\n%s", m.stdout.String())
	}
}

// A worker that sends anything but a response is cut off, as kdb+ does:
// the peach fails and the handle is closed.
func TestPeachWorkerMisbehaves(t *testing.T) {
	w := server(t, "worker", nil, `.z.pg:{neg[.z.w]"1";value x}`)
	m := start(t, "main", "-s", "-1")
	m.send(`h:hopen ` + w.port)
	m.send(`.z.pd:enlist h`)
	m.send(`-1 "peach ",@[{{x} peach x};1 2;{x}];`)
	m.send(`-1 "open ",string h in .z.H;`)
	m.send(`-1 "done";`)
	m.waitText(t, "done\n")
	out := m.stdout.String()
	if !strings.Contains(out, "open 0\n") || strings.Contains(out, "peach 1 2") {
		t.Errorf("got:\n%s", out)
	}
}
