package zns

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"io"
	"net"
	"slices"
	"syscall"
	"testing"
	"time"

	"qgo/interp/k"
)

// The IPC benchmarks run two q processes in the test process, as
// TestIPC* do, each beside a raw-TCP exchange of the same bytes on
// loopback measured in the same run: the ratio of the two is what the
// interpreter, the loop and netipc cost over the network itself. Each
// also reports cpu-ns/op, the CPU time the test process spent (both
// ends, all goroutines) per message: on a busy machine it varies less
// than the elapsed time.
//
//	go test -run '^$' -bench IPC ./zns

// BenchmarkIPCSync is sync round trips, h"1+1".
func BenchmarkIPCSync(b *testing.B) {
	b.Run("qgo", func(b *testing.B) {
		_, cli := benchPair(b)
		cpu := cpuStart()
		b.ResetTimer()
		if _, err := cli.l.Eval(fmt.Sprintf(`do[%d;h"1+1"]`, b.N)); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		cpu.report(b)
		b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "msgs/s")
	})
	b.Run("rawTCP", func(b *testing.B) {
		req, _ := k.Encode(k.Str("1+1"), k.MsgSync)
		resp, _ := k.Encode(k.J(2), k.MsgResponse)
		c := rawPeer(b, func(r *bufio.Reader, w io.Writer) error {
			for {
				if _, err := readFrame(r); err != nil {
					return err
				}
				if _, err := w.Write(resp); err != nil {
					return err
				}
			}
		})
		buf := make([]byte, len(resp))
		cpu := cpuStart()
		b.ResetTimer()
		for range b.N {
			if _, err := c.Write(req); err != nil {
				b.Fatal(err)
			}
			if _, err := io.ReadFull(c, buf); err != nil {
				b.Fatal(err)
			}
		}
		b.StopTimer()
		cpu.report(b)
		b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "msgs/s")
	})
}

// sendUpdates times b.N async updates from cli over its handle h, then a
// sync round trip that waits for them all to be served, and reports the
// CPU time this process used and the messages a second.
func sendUpdates(b *testing.B, cli *proc) {
	cpu := cpuStart()
	b.ResetTimer()
	if _, err := cli.l.Eval(fmt.Sprintf("do[%d;neg[h](`upd;`t;(`abc;1.5;100))];h\"\"", b.N)); err != nil {
		b.Fatal(err)
	}
	b.StopTimer()
	cpu.report(b)
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "msgs/s")
}

// BenchmarkIPCAsync is a tickerplant-style stream of async updates,
// neg[h](`upd;`t;(sym;price;size)), chased by a sync h"" so that all of
// them are counted served. In qgo the server's upd inserts each row into
// a table, as a real-time database's does; in qgoNoop it does nothing,
// which is what the transport and the loop cost alone; in floor the same
// qgo client sends the same stream to the floor server (floorServer),
// which reads each message and does nothing with it: the most the client
// can send.
func BenchmarkIPCAsync(b *testing.B) {
	async := func(b *testing.B, upd string, check func(srv *proc)) {
		srv, cli := benchPair(b)
		srv.eval(b, "t:([]sym:`$();price:`float$();size:`long$())")
		srv.eval(b, upd)
		sendUpdates(b, cli)
		check(srv)
	}
	b.Run("qgo", func(b *testing.B) {
		async(b, "upd:{[t;x] t insert x}", func(srv *proc) {
			if got := srv.eval(b, "count t"); got != fmt.Sprint(b.N) {
				b.Fatalf("count t = %s, want %d", got, b.N)
			}
			if got := srv.eval(b, "last t"); got != "sym  | `abc\nprice| 1.5\nsize | 100" {
				b.Fatalf("last t = %q", got)
			}
		})
	})
	b.Run("qgoNoop", func(b *testing.B) {
		async(b, "n:0;upd:{[t;x] n+:1;}", func(srv *proc) {
			if got := srv.eval(b, "n"); got != fmt.Sprint(b.N) {
				b.Fatalf("n = %s, want %d", got, b.N)
			}
		})
	})
	b.Run("floor", func(b *testing.B) {
		cli := newProc(b, "client", false, Options{})
		cli.eval(b, fmt.Sprintf("h:hopen %d", floorServer(b)))
		sendUpdates(b, cli)
	})
	b.Run("rawTCP", func(b *testing.B) {
		upd, _ := k.Encode(k.NewList(k.S("upd"), k.S("t"), k.NewList(k.S("abc"), k.F(1.5), k.J(100))), k.MsgAsync)
		chase, _ := k.Encode(k.Str(""), k.MsgSync)
		resp, _ := k.Encode(k.Str(""), k.MsgResponse)
		c := rawPeer(b, func(r *bufio.Reader, w io.Writer) error {
			for {
				m, err := readFrame(r)
				if err != nil {
					return err
				}
				if m[1] == k.MsgSync {
					if _, err := w.Write(resp); err != nil {
						return err
					}
				}
			}
		})
		bw := bufio.NewWriter(c)
		buf := make([]byte, len(resp))
		cpu := cpuStart()
		b.ResetTimer()
		for range b.N {
			bw.Write(upd)
		}
		bw.Write(chase)
		if err := bw.Flush(); err != nil {
			b.Fatal(err)
		}
		if _, err := io.ReadFull(c, buf); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		cpu.report(b)
		b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "msgs/s")
	})
}

// benchPair starts a server and a client with h, a handle to it.
func benchPair(b *testing.B) (srv, cli *proc) {
	srv = newProc(b, "server", true, Options{})
	cli = newProc(b, "client", false, Options{})
	cli.eval(b, fmt.Sprintf("h:hopen %d", srv.port))
	return srv, cli
}

// rawPeer listens on loopback, serves one connection with serve on a
// goroutine of its own, and returns the client's end.
func rawPeer(b *testing.B, serve func(r *bufio.Reader, w io.Writer) error) net.Conn {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { ln.Close() })
	go func() { // the raw server
		c, err := ln.Accept()
		if err != nil {
			return
		}
		defer c.Close()
		serve(bufio.NewReader(c), c)
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { c.Close() })
	return c
}

// readFrame reads one little-endian message.
func readFrame(r *bufio.Reader) ([]byte, error) {
	var h [8]byte
	if _, err := io.ReadFull(r, h[:]); err != nil {
		return nil, err
	}
	m := make([]byte, binary.LittleEndian.Uint32(h[4:]))
	copy(m, h[:])
	_, err := io.ReadFull(r, m[8:])
	return m, err
}

// cpuMark is the CPU time the process had used when a benchmark's timed
// part began.
type cpuMark time.Duration

// cpuStart marks the CPU time used so far.
func cpuStart() cpuMark { return cpuMark(cpuUsed()) }

// report reports the CPU time used since m per iteration, as cpu-ns/op.
func (m cpuMark) report(b *testing.B) {
	b.ReportMetric(float64(cpuUsed()-time.Duration(m))/float64(b.N), "cpu-ns/op")
}

// cpuUsed is the user and system time the process has used.
func cpuUsed() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkIPCSyncRatio is sync round trips h"1+1" from one qgo client,
// in alternating batches, to a qgo server and to a floor server: a Go
// goroutine that speaks the same protocol and answers every request
// with the same response at once. It reports the ratio of the two
// (q/floor) for the best batch of each and for their medians; batches
// close in time see the same load, so the ratio varies less than
// either time does.
func BenchmarkIPCSyncRatio(b *testing.B) {
	srv, cli := benchPair(b)
	_ = srv
	floor := floorServer(b)
	cli.eval(b, fmt.Sprintf("f:hopen %d", floor))
	const batch = 200
	rounds := max(1, b.N/batch)
	var qs, fs []time.Duration
	run := func(h string) time.Duration {
		t0 := time.Now()
		if _, err := cli.l.Eval(fmt.Sprintf(`do[%d;%s"1+1"]`, batch, h)); err != nil {
			b.Fatal(err)
		}
		return time.Since(t0)
	}
	b.ResetTimer()
	for range rounds {
		qs = append(qs, run("h"))
		fs = append(fs, run("f"))
	}
	b.StopTimer()
	slices.Sort(qs)
	slices.Sort(fs)
	per := func(d time.Duration) float64 { return float64(d.Nanoseconds()) / batch }
	b.ReportMetric(per(qs[0]), "q-best-ns/rt")
	b.ReportMetric(per(fs[0]), "floor-best-ns/rt")
	b.ReportMetric(float64(qs[0])/float64(fs[0]), "best-q/floor")
	b.ReportMetric(float64(qs[len(qs)/2])/float64(fs[len(fs)/2]), "median-q/floor")
}

// floorServer listens on loopback and serves each connection as a
// do-nothing q server would at best: it accepts the login, then answers
// every sync message with the response 2 (as to "1+1") and ignores the
// others. It returns the port.
func floorServer(b *testing.B) int {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { ln.Close() })
	resp, _ := k.Encode(k.J(2), k.MsgResponse)
	go func() { // the floor server's accept loop
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go func() { // one connection
				defer c.Close()
				r := bufio.NewReader(c)
				if _, err := r.ReadBytes(0); err != nil { // user:password and capability, NUL
					return
				}
				if _, err := c.Write([]byte{3}); err != nil {
					return
				}
				for {
					m, err := readFrame(r)
					if err != nil {
						return
					}
					if m[1] == k.MsgSync {
						if _, err := c.Write(resp); err != nil {
							return
						}
					}
				}
			}()
		}
	}()
	return ln.Addr().(*net.TCPAddr).Port
}
