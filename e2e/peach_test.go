package e2e_test

import (
	"bufio"
	"encoding/binary"
	"io"
	"net"
	"strings"
	"sync/atomic"
	"testing"

	"qgo/interp/k"
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

// rawWorker is a kdb+-speaking process that is not qgo: a listener
// speaking the protocol with bare sockets and the codec alone. To each
// sync message (f;x) with f a lambda and x a long it answers x*x, or the
// q error 'three for x=3; x a long vector (a chunk of .Q.fc), each item
// squared; anything else, the q error 'unexpected. It
// returns its port and how many requests it has answered so far.
func rawWorker(t *testing.T) (port string, served func() int64) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	var n atomic.Int64
	go func() {
		for {
			nc, err := ln.Accept()
			if err != nil {
				return
			}
			go func() {
				defer nc.Close()
				br := bufio.NewReader(nc)
				if _, err := br.ReadBytes(0); err != nil { // user:password\3\0
					return
				}
				nc.Write([]byte{3})
				for {
					hdr := make([]byte, 8)
					if _, err := io.ReadFull(br, hdr); err != nil {
						return
					}
					msg := make([]byte, binary.LittleEndian.Uint32(hdr[4:]))
					copy(msg, hdr)
					if _, err := io.ReadFull(br, msg[8:]); err != nil {
						return
					}
					var resp k.Value = &k.ErrVal{Msg: "unexpected"}
					req, err := k.Decode(msg)
					if l, ok := req.(*k.List); err == nil && msg[1] == 1 && ok && len(l.V) == 2 && l.V[0].Type() == k.FL {
						switch x := l.V[1].(type) {
						case k.Atom[int64]:
							resp = k.J(x.V * x.V)
							if x.V == 3 {
								resp = &k.ErrVal{Msg: "three"}
							}
						case *k.Vec[int64]: // a chunk from .Q.fc
							sq := make([]int64, len(x.V))
							for i, v := range x.V {
								sq[i] = v * v
							}
							resp = k.Longs(sq...)
						}
					}
					out, err := k.Encode(resp, k.MsgResponse)
					if err != nil {
						return
					}
					n.Add(1)
					if _, err := nc.Write(out); err != nil {
						return
					}
				}
			}()
		}
	}()
	_, port, _ = net.SplitHostPort(ln.Addr().String())
	return port, n.Load
}

// peach over a qgo worker and a worker that only speaks kdb+'s protocol
// (as a kdb+ process would be): each item goes to either as the sync
// message (f;x), results come back in order, and an error from either is
// signalled by peach, as q signals a secondary's error.
func TestPeachForeignWorker(t *testing.T) {
	raw, served := rawWorker(t)
	w := server(t, "worker", nil)
	m := start(t, "main", "-s", "-2")
	m.send(`.z.pd:` + "`u#" + `hopen each ` + raw + " " + w.port)
	m.send(`-1 "squares ",.Q.s1 {x*x} peach 1 2 4 5 6 7 8 9;`)
	m.send(`-1 "fc ",.Q.s1 .Q.fc[{x*x};1 2 4 5];`)
	m.send(`-1 "error ",@[{{$[x=3;'three;x*x]} peach x};1 2 3 4 5 6;{x}];`)
	m.send(`-1 "handles ",string count .z.pd;`)
	m.send(`-1 "done";`)
	m.waitText(t, "done\n")
	out := m.stdout.String()
	for _, want := range []string{
		"squares 1 4 16 25 36 49 64 81\n",
		"fc 1 4 16 25\n",
		"error three\n",
		"handles 2\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("want %q in:\n%s", want, out)
		}
	}
	if served() == 0 {
		t.Error("the raw worker answered nothing")
	}
}

// .z.pd as a function, in docs/basics/peach.md's idiom: the handles are
// opened by the first peach that asks for them, and kept for the next.
func TestPeachHandlesFunction(t *testing.T) {
	work := "work:{(.z.i;x*x)}"
	w1 := server(t, "worker1", nil, work)
	w2 := server(t, "worker2", nil, work)
	m := start(t, "main", "-s", "-2")
	m.send(`ports:` + w1.port + " " + w2.port)
	m.send(`.z.pd:{n:abs system"s";$[n=count handles;handles;[hclose each handles;:handles::` + "`u#" + `hopen each ports]]}`)
	m.send(`.z.pc:{handles::` + "`u#" + `handles except x;}`)
	m.send("handles:`u#`int$()")
	m.send(`-1 "before ",string count handles;`)
	m.send(`r:{work x} peach til 10`)
	m.send(`-1 "squares ",.Q.s1 r[;1];`)
	m.send(`-1 "after ",string count handles;`)
	m.send(`-1 "workers ",string count distinct r[;0] except .z.i;`)
	m.send(`h:handles; {work x} peach til 4; -1 "kept ",string h~handles;`)
	m.send(`-1 "done";`)
	m.waitText(t, "done\n")
	out := m.stdout.String()
	for _, want := range []string{"before 0\n", "squares 0 1 4 9 16 25 36 49 64 81\n", "after 2\n", "kept 1\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("want %q in:\n%s", want, out)
		}
	}
	if n := between(out, "workers ", "\n"); n != "1" && n != "2" {
		t.Errorf("work went to %s worker processes", n)
	}
}
