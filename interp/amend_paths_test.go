package interp

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"

	"qgo/interp/k"
)

// amendVals are the values the programs of TestAmendPathsAgree start from
// and assign: vectors, general lists, dictionaries (map dictionaries of
// `u# keys among them), tables keyed and not, `u# lists.
var amendVals = []string{
	"1 2 3", "1.5 2.5 3.5", "`a`b`c", "(1 2;3 4;5 6)", "`a`b`c!1 2 3", "(`u#(1 2;3 4))!5 6",
	"([]a:1 2 3;b:4 5 6)", "([k:1 2]v:3 4)", `"abc"`, "`u#1 2 3", "`u#(1 2;3 4)", "(1;`a;\"b\")",
	"`a`b!(1 2;3 4)", "0#0", "()", "(`u#`a`b)!1 2", "til 20", "20#enlist 1 2", "`u#{(x;x)} each til 20",
}

// amendStmt is a random statement on the names a, b and c: an assignment
// that shares a value between names, or an amend, append, drop or upsert,
// at top level, in a lambda, under do, or folded by over.
func amendStmt(r *rand.Rand, global bool) string {
	names := "abc"
	x, y := string(names[r.IntN(3)]), string(names[r.IntN(3)])
	if r.IntN(8) == 0 {
		return x + ":" + amendVals[r.IntN(len(amendVals))]
	}
	forms := []string{
		"X:Y", "X:Y", "X,:Y", "X,:enlist Y 0", "X,:1#Y", "X,:first Y",
		"X[0]:Y 0", "X[0]+:1", "X[1]:X 0", "X:1_X", "X:-1_X", "X:2 _ X", "X:0 _ X",
		"X[`k]:1", "X[`a]:Y 0", "X[`a]+:1", "X[enlist 7 7]:8", "X[enlist 1 2]:9", "X[7]:7",
		"X[0;0]:9", "X[0],:9", "X[`a],:9", "X[1 0]:Y 0 1", "X[Y 0]:1",
		"X:{x,:1; x}Y", "X:{x[0]:9;x}Y", "X:{[x;y] x[y]:1; x}/[Y;0 1]", "X:{[x;y] x,:y; x}/[Y;X]",
		"X:{[x;y] x[y]+:1; :x}/[Y;0 0 1]", "X:{q:x; q,:x; q:1_q; q}Y", "X:{x,:y;x}'[Y;Y]",
		"X:@[X;0;:;Y 1]", "X:.[X;0 0;:;9]", "X:distinct X", "X:`u#distinct X", "X:X,X", "X:Y,X",
		"X:(Y;1)0", "X:`x`y!(Y;Y)", "X:(`x`y!(Y;Y))`x", "X:Y[]", "do[2;X,:1#Y]", "do[2;X[0]+:1]",
		"do[3;X:1_X;X,:1#Y]", "X:Y 0 1", "X:Y til count Y", "X:{x} each Y", "X:X except Y 0",
		"X:update a:9 from X", "X:select from Y", "X:key Y", "X:value Y", "X:flip Y", "X:0!Y",
		"X:1!Y", "X:Y`a", "X:Y 0", "X:(Y 0) in Y", "X:Y?Y 0", "X:X upsert Y 0", "X:X upsert Y",
	}
	if global {
		forms = append(forms, "`X upsert Y 0", "`X insert Y 0", "`X upsert Y", "@[`X;0;:;Y 1]",
			".[`X;0 0;:;9]", "{X,:1}[]", "{X[0]:9}[]", "{X[0]:9;}[]", "{X[`a]:9;}[]", "{X,:Y;}[]",
			"{x[0]:7; X::x}Y", "{x,:7; X::x}Y", "X:value `Y", "X:get `Y", "update a:9 from `X",
			"delete from `X where a=1")
	}
	s := forms[r.IntN(len(forms))]
	return strings.NewReplacer("X", x, "Y", y).Replace(s)
}

// showEach shows each value as .Q.s1 does, or says "unequal counts" for
// a dictionary with more keys than values (a keyed table whose key is
// every column has a value table of no columns, which counts none).
const showEach = `{$[99h<>type x;.Q.s1 x;(count key x)=count value x;.Q.s1 x;98h<>type value x;"unequal counts";0=count cols value x;.Q.s1 x;"unequal counts"]} each `

// attrs are the attributes in .Q.s1's text, which an IPC round trip
// does not keep on a table's column names.
var attrs = regexp.MustCompile("`[supg]#")

// Random programs of statements that share values between the names a, b
// and c and amend, append to, drop from and upsert into them (where
// qgo writes in place into buffers a name owns, map dictionaries,
// `u# lists' hashes), run twice: as written, and with every name given a
// fresh copy of its value after each statement (-9!-8!), so that no
// value is shared and every amend copies. The values agree after every
// statement, and no dictionary has more keys than values. The programs
// run at top level on globals, and in a lambda on its locals.
func TestAmendPathsAgree(t *testing.T) {
	const programs, stmts = 200, 60
	r := rand.New(rand.NewPCG(8, 13))
	show := func(in *Interp, names string) string {
		v, err := in.Eval(showEach + names)
		if err != nil {
			return err.Error()
		}
		var b strings.Builder
		for _, s := range v.(*k.List).V {
			b.WriteString(attrs.ReplaceAllString(string(s.(*k.Vec[uint8]).V), "") + "\n")
		}
		return b.String()
	}
	for p := range programs {
		global := p%2 == 0
		var prog []string
		for _, n := range "abc" {
			prog = append(prog, string(n)+":"+amendVals[r.IntN(len(amendVals))])
		}
		for range stmts {
			prog = append(prog, amendStmt(r, global))
		}
		var out [2]string
		for run := range 2 {
			copies := ""
			if run == 1 {
				copies = "a:-9!-8!a; b:-9!-8!b; c:-9!-8!c; "
			}
			in := New(&bytes.Buffer{})
			var errs bytes.Buffer
			in.SetErr(&errs)
			var log strings.Builder
			if global {
				for i, s := range prog {
					in.Eval(s) // an error leaves the names as they were
					if run == 1 {
						in.Eval(copies)
					}
					fmt.Fprintf(&log, "%d %s\n%s\n", i, s, show(in, "(a;b;c)"))
				}
			} else {
				// in a lambda: each statement in a trap, its locals passed in
				// and taken back
				var body strings.Builder
				for _, s := range prog {
					fmt.Fprintf(&body, "r:.[{[a;b;c] %s; (a;b;c)};(a;b;c);{`err}]; if[not `err~r; a:r 0; b:r 1; c:r 2]; %s", s, copies)
					body.WriteString("L,:enlist " + showEach + "(a;b;c); ")
				}
				in.Eval("L:()")
				if _, err := in.Eval("{[a;b;c] " + body.String() + "}[1;2;3]"); err != nil {
					t.Fatalf("program %d: %v\n%s\n%s", p, err, strings.Join(prog, "\n"), errs.String())
				}
				v, _ := in.Get("L")
				for _, e := range v.(*k.List).V {
					for _, s := range e.(*k.List).V {
						log.WriteString(attrs.ReplaceAllString(string(s.(*k.Vec[uint8]).V), "") + "\n")
					}
				}
			}
			out[run] = log.String()
		}
		if strings.Contains(out[0], "unequal counts") || strings.Contains(out[1], "unequal counts") {
			t.Errorf("program %d leaves a dictionary with more keys than values:\n%s", p, out[0])
		}
		if out[0] != out[1] {
			a, b := strings.Split(out[0], "\n"), strings.Split(out[1], "\n")
			for i := range min(len(a), len(b)) {
				if a[i] != b[i] {
					t.Errorf("program %d (global %v) differs at line %d:\n%s\nin place: %s\ncopied:   %s",
						p, global, i, strings.Join(prog, "\n"), a[i], b[i])
					break
				}
			}
		}
	}
}
