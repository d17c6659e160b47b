package interp

import (
	"io"
	"strings"
	"testing"
)

// TestBootstrapNames checks that a new session defines the names of .Q, .h
// and .j that the console and the course use.
func TestBootstrapNames(t *testing.T) {
	in := New(io.Discard)
	names := strings.Fields(`.Q.s .Q.s1 .Q.fmt .Q.f .Q.a .Q.A .Q.n .Q.nA .Q.an .Q.b6 .Q.id .Q.dd
		.Q.addmonths .Q.t .Q.ty .Q.tx .Q.opt .Q.def .Q.x .Q.btoa .Q.atob .Q.sha1 .Q.res .Q.k .Q.K
		.Q.w .Q.host .Q.addr .Q.x10 .Q.j10 .Q.x12 .Q.j12 .Q.fc .Q.ff .Q.fu .Q.ft .Q.gc .Q.ld .Q.l
		.Q.v .Q.V .Q.qp .Q.qt .Q.ts .Q.trp .Q.trpd .Q.sbt .Q.M .Q.S .Q.s2 .Q.tab .Q.ajf0
		.j.j .j.k .j.jd
		.h.iso8601 .h.xs .h.hu .h.hug .h.htc .h.hta .h.htac .h.ha .h.hb .h.hn .h.hy .h.hp .h.he
		.h.html .h.nbr .h.pre .h.xmp .h.text .h.xd .h.xt .h.ty .h.tx .h.uh .h.br .h.hr .h.code
		.h.d .h.cd .h.td .h.ed .h.edsn .h.c0 .h.c1 .h.HOME .h.sa .h.sb .h.sc .h.fram .h.http
		.h.logo .h.val .h.ht .h.data .h.jx`)
	for _, n := range names {
		if _, ok := in.Get(n); !ok {
			t.Errorf("%s is not defined", n)
		}
	}
	if in.ctx != "" {
		t.Errorf("bootstrap left the namespace at %q", in.ctx)
	}
}

// TestSplitScript checks how the bootstrap script is cut into statements.
func TestSplitScript(t *testing.T) {
	src := "/ comment\na:1\n\nf:{x+\n  y}\n\tg\nb:2\n/ end\n"
	chunks, lines := splitScript(src)
	want := []string{"a:1", "f:{x+\n  y}\n\tg", "b:2"}
	if len(chunks) != len(want) {
		t.Fatalf("got %q, want %q", chunks, want)
	}
	for i := range want {
		if chunks[i] != want[i] {
			t.Errorf("chunk %d: got %q, want %q", i, chunks[i], want[i])
		}
	}
	if lines[0] != 2 || lines[1] != 4 || lines[2] != 7 {
		t.Errorf("lines %v, want [2 4 7]", lines)
	}
	// carriage returns are dropped, and a comment or blank line between
	// a statement and its indented lines does not end it
	for src, want := range map[string][]string{
		"a:{x\r\n y}\r\nb:2\r\n":    {"a:{x\n y}", "b:2"},
		"a:{x\n y\r\n z}\n":         {"a:{x\n y\n z}"},
		"a:{x\n/ note\n y}\nb":      {"a:{x\n y}", "b"},
		"a:{x\n\n y\n  z}":          {"a:{x\n y\n  z}"},
		"a:1\n b\nc:{\n\td}\n\n\ne": {"a:1\n b", "c:{\n\td}", "e"},
	} {
		if got, _ := splitScript(src); strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("%q: got %q, want %q", src, got, want)
		}
	}
}

// TestNativesAreGlobals checks that natives can be redefined and deleted
// like any global, and that a fresh session gets them back.
func TestNativesAreGlobals(t *testing.T) {
	in := New(io.Discard)
	for _, src := range []string{`.j.j:{x}`, `.Q.s:0`} {
		if _, err := in.Line(src); err != nil {
			t.Fatalf("%s: %v", src, err)
		}
	}
	if got, _ := in.Line(`.j.j 12`); got != "12" {
		t.Errorf(".j.j redefined: got %q", got)
	}
	if got, _ := New(io.Discard).Line(`.j.j 12`); got != `"12"` {
		t.Errorf("fresh .j.j: got %q", got)
	}
}

// BenchmarkBootstrap measures what the namespaces add to New.
func BenchmarkBootstrap(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		New(io.Discard)
	}
}

// TestBootPut checks what lets bootstrap put its definitions rather than
// store them as assignments: each one's name is absolute and no name on
// its path is a dictionary (through which an assignment would amend).
func TestBootPut(t *testing.T) {
	in := New(io.Discard)
	for _, s := range bootStmts {
		if s.name == "" {
			continue
		}
		if in.qualify(s.name, nil) != s.name {
			t.Errorf("%s is not absolute", s.name)
		}
		for j := 1; j < len(s.name); j++ {
			if s.name[j] != '.' {
				continue
			}
			if g, path, ok := in.absDictPath(s.name[:j] + ".qgoUndefined"); ok && len(path) == 1 {
				t.Errorf("%s: %s is a dictionary", s.name, g)
			}
		}
	}
}
