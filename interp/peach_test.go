package interp

import (
	"bytes"
	"io"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
	"time"
)

// threads is a session started with -s n.
func threads(n int, out io.Writer) *Interp {
	in := New(out)
	in.SetSettings(Settings{Threads: n})
	return in
}

// With -s N, peach runs on N goroutines, q's secondary threads: the same
// results as each, in order, for lists, tables and dictionaries; globals
// read but not updated ('noupdate); the first error signalled; what the
// workers print reaches the console whole.
func TestPeachThreads(t *testing.T) {
	var out bytes.Buffer
	in := threads(2, &out)
	mustEval(t, in, "g:100;gv:1 2 3;f:{s:0;do[x;s+:1];s+g};t:([]a:til 5;b:5?10)")
	for _, c := range []struct{ each, peach string }{
		{"f each til 50", "f peach til 50"},
		{"f'[til 50]", "f':[til 50]"},
		{"{x`a} each t", "{x`a} peach t"},
		{"{x*2} each `a`b`c!1 2 3", "{x*2} peach `a`b`c!1 2 3"},
		{"{x,x} each (1 2;`a`b;\"xy\")", "{x,x} peach (1 2;`a`b;\"xy\")"},
		{"{x?10} each 3#5", "count each {x?10} peach 3#5"},
		{".Q.fc[{x*2};til 9]", "0 2 4 6 8 10 12 14 16"},
		// reading a setting is no update: funq's noflip:{system"g"} in peach
		{"{system\"g\"} each til 4", "{system\"g\"} peach til 4"},
		{"{system\"P\"} each til 4", "{system\"P\"} peach til 4"},
	} {
		want, got := show(t, in, c.each), show(t, in, c.peach)
		if c.each == "{x?10} each 3#5" {
			want = "5 5 5"
		}
		if got != want {
			t.Errorf("%s = %s, want %s (as %s)", c.peach, got, want, c.each)
		}
	}
	for _, c := range []struct{ src, err string }{
		{"{`a set x} peach 0 1", "noupdate"},
		{"{a::x} peach 0 1", "noupdate"},
		{"{@[`gv;0;:;x]} peach 0 1", "noupdate"},
		{"{system\"p 0\"} peach 0 1", "noupdate"},
		{"{x+`a} peach 1 2 3", "type"},
		{"{$[x=3;'three;x]} peach til 10", "three"},
	} {
		if _, err := in.Eval(c.src); err == nil || !strings.HasPrefix(err.Error(), "'"+c.err) {
			t.Errorf("%s: %v, want '%s", c.src, err, c.err)
		}
	}
	if got := show(t, in, "g"); got != "100" {
		t.Errorf("g = %s after the failed updates", got)
	}
	// one item runs on the main thread, which may update globals
	mustEval(t, in, "{`a set x} peach enlist 7")
	if got := show(t, in, "a"); got != "7" {
		t.Errorf("a = %s", got)
	}
	out.Reset()
	mustEval(t, in, `{-1 "line ",string x;} peach til 20`)
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 20 {
		t.Errorf("%d lines printed:\n%s", len(lines), out.String())
	}
	for _, l := range lines {
		if !strings.HasPrefix(l, "line ") {
			t.Errorf("a torn line: %q", l)
		}
	}
}

// A secondary thread may read a view's cached value, but a view that
// must be computed again there is 'threadview (docs/basics/errors.md);
// on the main thread (one item, or no -s) it is computed as usual.
func TestPeachThreadsView(t *testing.T) {
	in := threads(2, io.Discard)
	mustEval(t, in, "n:3")
	mustEval(t, in, "sq::n*n")
	if _, err := in.Eval("{sq+x} peach 0 1"); err == nil || !strings.HasPrefix(err.Error(), "'threadview") {
		t.Errorf("a pending view read in peach: %v, want 'threadview", err)
	}
	if got := show(t, in, "sq"); got != "9" {
		t.Errorf("sq = %s", got)
	}
	if got := show(t, in, "{sq+x} peach 0 1"); got != "9 10" {
		t.Errorf("a computed view read in peach: %s", got)
	}
	mustEval(t, in, "n:4")
	if got := show(t, in, "{sq+x} peach enlist 1"); got != ",17" {
		t.Errorf("one item, on the main thread: %s", got)
	}
	serial := threads(0, io.Discard)
	mustEval(t, serial, "n:5")
	mustEval(t, serial, "sq::n*n")
	if got := show(t, serial, "{sq+x} peach 0 1"); got != "25 26" {
		t.Errorf("without secondary threads: %s", got)
	}
}

// Interrupting the main session stops its workers.
func TestPeachThreadsInterrupt(t *testing.T) {
	in := threads(2, io.Discard)
	go func() {
		time.Sleep(50 * time.Millisecond)
		in.Interrupt()
	}()
	_, err := in.Eval("{while[1b]} peach 1 2")
	if err == nil || !strings.HasPrefix(err.Error(), "'stop") {
		t.Errorf("interrupted peach: %v", err)
	}
	if got := show(t, in, "1+1"); got != "2" {
		t.Errorf("after the interrupt: %s", got)
	}
}

// gcRoom raises the collector's setting while secondary threads run,
// and the first collection after the last peach ends puts it back.
func TestGCRoomRestores(t *testing.T) {
	if gogc() < 0 {
		t.Skip("GOGC=off: the tuner leaves it")
	}
	done := gcRoom()
	tuner.mu.Lock()
	during, armed := tuner.pct, tuner.armed
	tuner.mu.Unlock()
	if during < gogc() || !armed {
		t.Errorf("during peach the setting is %d (armed %v), below the process's %d", during, armed, gogc())
	}
	runtime.GC() // while the peach runs, the tuner stays
	done()
	deadline := time.Now().Add(30 * time.Second)
	for {
		runtime.GC()
		tuner.mu.Lock()
		pct, armed := tuner.pct, tuner.armed
		tuner.mu.Unlock()
		if !armed && pct == gogc() {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("after peach the setting is %d (armed %v), want %d", pct, armed, gogc())
		}
		time.Sleep(time.Millisecond)
	}
	// or the setting the pacing of mapped files made (mapped_gc.go); its
	// lock held, so that no pacing after a collection runs between the
	// setting read and the pacing's figure read
	pacer.Lock()
	got := debug.SetGCPercent(gogc())
	paced := pacer.pct
	pacer.Unlock()
	if got != gogc() && got != paced {
		t.Errorf("the collector's setting is %d, want %d (or the pacing's %d)", got, gogc(), paced)
	}
}
