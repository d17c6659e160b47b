package interp

import (
	"fmt"
	"io"
	"os"
	"syscall"
	"testing"
	"time"
)

func cpuNow() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func TestZZCPU(t *testing.T) {
	if os.Getenv("ZZCPU") == "" {
		t.Skip()
	}
	rows := []struct{ setup, src string }{
		{"", "C:0#0;do[1000000;C,:1]"},
		{"", "t:([]a:0#0;b:0#0f);do[1000000;`t insert (1;2f)]"},
		{"upd:{x insert y}", "t:([]a:0#0;b:0#0f);do[1000000;upd[`t;(1;2f)]]"},
		{"", "t:([]a:0#0;b:0#0f);do[1000000;t,:(1;2f)]"},
	}
	goBase := func() {
		var a []int64
		var f []float64
		for i := 0; i < 1_000_000; i++ {
			a = append(a, 1)
			f = append(f, 2)
		}
		sink = int64(len(a) + len(f))
	}
	bg := time.Hour
	for range 7 {
		c0 := cpuNow()
		goBase()
		bg = min(bg, cpuNow()-c0)
	}
	fmt.Printf("go 2-col append: cpu %v\n", bg)
	for _, r := range rows {
		in := New(io.Discard)
		if r.setup != "" {
			in.Eval(r.setup)
		}
		best, bw := time.Hour, time.Hour
		for range 7 {
			w0 := time.Now()
			c0 := cpuNow()
			if _, err := in.Eval(r.src); err != nil {
				t.Fatal(err)
			}
			best = min(best, cpuNow()-c0)
			bw = min(bw, time.Since(w0))
		}
		fmt.Printf("%-55s cpu %v wall %v\n", r.src, best, bw)
	}
}
