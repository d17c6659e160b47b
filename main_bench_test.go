package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
)

// The start-up benchmarks time a whole process as a user starts one: qgo
// evaluating 1+1, printing 2 and exiting, its input piped (echo 1+1 | qgo
// -q) or a script (qgo f.q -q, f.q runs 1+1 then exit 0, and a script
// shows its values as q does). Each is run in turn with its baseline, a Go
// hello-world process (static) started the same way, reading the same
// input, and beside both a hello-world that links package net as go build
// links it by default (with cgo, when a C compiler is there, net's
// resolver makes the binary load libc: the floor of any Go program that
// speaks TCP), and qgo as a user's go build builds it, so (gobuild). The
// qgo of the ratio is built static, as qgotest.Build builds it. The
// benchmark reports the median and the tenth percentile of each (µs; on a
// shared machine the p10 is the run least slowed by others), the median
// of the static qgo's ratios to hello-world pair by pair, and the median
// of the plain-built qgo's ratios to the hello-world linking net (what a
// go build of qgo costs beyond the floor of its toolchain).
//
//	go test . -run X -bench Startup -benchtime 100x

// helloSrc is the baseline: a Go program that reads its input lines and
// prints 2 for 1+1, with no more imports than it needs.
const helloSrc = `package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	s := bufio.NewScanner(os.Stdin)
	for s.Scan() {
		if s.Text() == "1+1" {
			fmt.Println(2)
		}
	}
}
`

// helloNet is the baseline linking package net.
var helloNet = strings.Replace(helloSrc, `"os"`, `"os"

	_ "net"`, 1)

// buildHello builds a baseline from src in a scratch directory, static
// or as go build builds it by default (cgo).
func buildHello(b *testing.B, src string, static bool) string {
	dir := b.TempDir()
	for name, src := range map[string]string{"main.go": src, "go.mod": "module hello\n\ngo 1.21\n"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	bin := filepath.Join(dir, "hello")
	build := exec.Command("go", "build", "-o", bin, ".")
	build.Dir = dir
	build.Env = append(os.Environ(), "GOFLAGS=")
	if static {
		build.Env = append(build.Env, "CGO_ENABLED=0")
	}
	if out, err := build.CombinedOutput(); err != nil {
		b.Fatalf("go build hello: %v\n%s", err, out)
	}
	return bin
}

// buildPlain builds qgo as a user does, go build with the environment's
// defaults (cgo on when a C compiler is there).
func buildPlain(b *testing.B) string {
	bin := filepath.Join(b.TempDir(), "qgo")
	build := exec.Command("go", "build", "-o", bin, ".")
	build.Env = append(os.Environ(), "GOFLAGS=")
	if out, err := build.CombinedOutput(); err != nil {
		b.Fatalf("go build qgo: %v\n%s", err, out)
	}
	return bin
}

// copied is a copy of the binary bin, written with write(2). The linker
// writes its output through a memory mapping, which leaves the file in
// the page cache as 4 KB pieces; a copy (as cp or install makes, or the
// file read back from disk) is held in larger ones, and the start-up's
// page faults map those faster: a freshly built qgo starts 15-25% slower
// than its copy on Linux 6. Both processes are timed from copies, as a
// user runs an installed binary.
func copied(b *testing.B, bin string) string {
	src, err := os.ReadFile(bin)
	if err != nil {
		b.Fatal(err)
	}
	dst := filepath.Join(b.TempDir(), filepath.Base(bin))
	if err := os.WriteFile(dst, src, 0o755); err != nil {
		b.Fatal(err)
	}
	return dst
}

// startOnce runs one process to its end and returns how long it took.
func startOnce(b *testing.B, want string, stdin string, name string, args ...string) time.Duration {
	cmd := exec.Command(name, args...)
	cmd.Stdin = strings.NewReader(stdin)
	t := time.Now()
	out, err := cmd.Output()
	d := time.Since(t)
	if err != nil || string(out) != want {
		b.Fatalf("%s %v: %q, %v; want %q", name, args, out, err, want)
	}
	return d
}

// BenchmarkStartup is qgo's start, 1+1 and exit beside a Go hello-world's.
func BenchmarkStartup(b *testing.B) {
	hello, qgo := copied(b, buildHello(b, helloSrc, true)), copied(b, qgo)
	net := copied(b, buildHello(b, helloNet, false))
	plain := copied(b, buildPlain(b))
	script := filepath.Join(b.TempDir(), "f.q")
	if err := os.WriteFile(script, []byte("1+1\nexit 0\n"), 0o644); err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct {
		name, stdin, want string
		args              []string
	}{
		{"piped", "1+1\n", "2\n", []string{"-q"}},
		{"script", "", "2\n", []string{script, "-q"}},
	} {
		b.Run(c.name, func(b *testing.B) {
			var q, g, n, p, r, rp []float64
			for b.Loop() {
				dq := startOnce(b, c.want, c.stdin, qgo, c.args...)
				dg := startOnce(b, "2\n", "1+1\n", hello)
				dn := startOnce(b, "2\n", "1+1\n", net)
				dp := startOnce(b, c.want, c.stdin, plain, c.args...)
				q, g = append(q, float64(dq.Microseconds())), append(g, float64(dg.Microseconds()))
				n, p = append(n, float64(dn.Microseconds())), append(p, float64(dp.Microseconds()))
				r = append(r, float64(dq)/float64(dg))
				rp = append(rp, float64(dp)/float64(dn))
			}
			b.ReportMetric(p10(q), "qgo-p10-µs")
			b.ReportMetric(p10(g), "hello-p10-µs")
			b.ReportMetric(p10(n), "hello-net-p10-µs")
			b.ReportMetric(p10(p), "qgo-gobuild-p10-µs")
			b.ReportMetric(median(q), "qgo-µs")
			b.ReportMetric(median(g), "hello-µs")
			b.ReportMetric(median(n), "hello-net-µs")
			b.ReportMetric(median(p), "qgo-gobuild-µs")
			b.ReportMetric(median(r), "ratio")
			b.ReportMetric(median(rp), "gobuild-ratio")
		})
	}
}

// median is the middle of x (x is reordered).
func median(x []float64) float64 {
	sort.Float64s(x)
	return x[len(x)/2]
}

// p10 is the tenth percentile of x (x is reordered).
func p10(x []float64) float64 {
	sort.Float64s(x)
	return x[len(x)/10]
}
