package interp

import (
	"io"
	"os"
	"path/filepath"
	"testing"

	"qgo/interp/k"
)

// A log written as kdb+tick writes it (`:L set () then h enlist x for
// each message) holds the same bytes as the list of messages set at
// once, and replays with -11! in its documented forms.
func TestLogAppendBytes(t *testing.T) {
	_, run := fileSession(t)
	expect(t, run, [][2]string{
		{".[`:L;();:;()]", "`:L"},
		{"h:hopen `:L", ""},
		{"msgs:((`upd;`trade;(0D09:30:00.000000000;`ibm;10.5));(`upd;`quote;(`a`b;1 2f));(`upd;`trade;()))", ""},
		{"h~h enlist msgs 0", "1b"},
		{"{h enlist x} each 1_msgs;", ""},
		{"`:R set msgs", "`:R"},
		{"(read1`:L)~read1`:R", "1b"},
		{"get[`:L]~msgs", "1b"},
		{"-11!(-2;`:L)", "3"},
		{"upd:{[t;x] n::n+1}", ""},
		{"n:0", ""},
		{"-11!`:L", "3"},
		{"n", "3"},
		{"-11!(-1;`:L)", "3"},
		{"-11!(2;`:L)", "2"},
		{"n", "8"},
	})
}

// BenchmarkLogAppend is one tickerplant log write, h enlist(`upd;t;x), to
// a log that already holds 20000 messages: it must cost about what
// writing the message's bytes costs, whatever the log's length.
func BenchmarkLogAppend(b *testing.B) {
	b.Chdir(b.TempDir())
	in := New(io.Discard)
	for _, src := range []string{".[`:L;();:;()]", "h:hopen `:L", "m:enlist(`upd;`trade;(`ibm`msft;1.5 2.5;100 200))", "do[20000;h m]"} {
		if _, err := in.Eval(src); err != nil {
			b.Fatal(err)
		}
	}
	benchEval(b, in, "h m")
}

// BenchmarkLogAppendGo is its baseline: the same bytes appended to an
// open file.
func BenchmarkLogAppendGo(b *testing.B) {
	f, err := os.Create(filepath.Join(b.TempDir(), "L"))
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	msg, err := k.EncodeBody(mustEvalB(b, "(`upd;`trade;(`ibm`msft;1.5 2.5;100 200))"))
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := f.Write(msg); err != nil {
			b.Fatal(err)
		}
	}
}

func mustEvalB(b *testing.B, src string) k.Value {
	v, err := New(io.Discard).Eval(src)
	if err != nil {
		b.Fatal(err)
	}
	return v
}

// read1(h;n) on a fifo handle asks the workspace for its n bytes before
// it makes the buffer: a count no memory can hold is 'wsfull, the session
// going on, not a Go out-of-memory crash.
func TestFifoReadWsfull(t *testing.T) {
	_, run := fileSession(t)
	expect(t, run, [][2]string{
		{"`:f 0: enlist \"abc\"", "`:f"},
		{"h:hopen`$\":fifo://f\"", ""},
		{"read1(h;0W)", "'wsfull"},
		{"read1(h;100000000000000)", "'wsfull"},
		{"\"c\"$read1(h;2)", "\"ab\""},
		{"hclose h", ""},
	})
}

// In k, the unary < of an atom opens it as hopen does and the unary > of
// one closes it as hclose does (docs/basics/funsql.md: iasc and hopen
// were once the same, as were idesc and hclose); of a list they grade.
// k4unit's file tests open and close `:qwer this way.
func TestKOpenClose(t *testing.T) {
	_, run := fileSession(t)
	expect(t, run, [][2]string{
		{"k)h:<`:qwer", ""},
		{"h~h \"23\"", "1b"},
		{"k)>h", ""},
		{"read0[`:qwer]~enlist \"23\"", "1b"},
		{"k)><`:qwer", ""},
		{"k)< 3 1 2", "1 2 0"},
		{"k)> 3 1 2", "0 2 1"},
		{"k)<:`a`c`b", "0 2 1"},
		{"@[iasc;`a;::]", "\"rank\""},
		{"hopen", "hopen"},
	})
}
