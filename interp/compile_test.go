package interp

import (
	"bytes"
	"fmt"
	"math"
	"testing"

	"qgo/interp/k"
)

// compileSetup defines the lambdas the equivalence tests call.
var compileSetup = []string{
	"fib:{$[x<2;x;fib[x-1]+fib[x-2]]}",
	"g:10", "gs:`a`b", "gv:1 2 3",
	"ar:{x+y*2}", "sb:{x-y}", "ml:{x*y}", "neg1:{neg x}",
	"lt:{x<y}", "gt:{x>y}", "eq:{x=y}", "cmp:{(x<y;x>y;x=y)}",
	"loc:{a:x+1;b:a*2;a+b}", "locv:{a:x;a+:1;a}",
	"ret:{if[x>0;:`pos];`nonpos}", "ret2:{:x+1;x+2}",
	"cond3:{$[x;`t;`f]}", "cond5:{$[x=0;`z;x=1;`o;`m]}", "cond4:{$[x=0;`z;x=1;`o]}",
	"cond2:{$[x;1]}",
	"dl:{n:0;do[x;n+:2];n}", "wl:{n:0;while[n<x;n+:3];n}", "wl2:{n:x;while[n;n-:1;if[n=2;:`two]];n}",
	"ifo:{r:`no;if[x;r:`yes];r}",
	"glob:{g+x}", "globs:{g::x;g}", "globa:{g+:x;g}",
	"undef:{x+nosuch}", "sig:{'`boom}", "sigv:{'x}",
	"call2:{ar[x;y]}", "callp:{ar[x]}", "call3:{{x+y+z}[x;y;2]}",
	"nest:{{x*2}x}", "proj:{x+}", "comp:{(neg;x)}",
	"seq:{[a;b] c:a,b; count c}", "pat:{[(a;b)] a+b}",
	"str:{x,\"!\"}", "idx:{x[1]}", "idx2:{x[y]}", "dct:{x`a}",
	"vec:{x+1}", "vv:{x*x}", "fl:{x%y}", "md:{x mod y}",
	"rec:{rec x}", "each1:{x+1} each", "over1:{x+2*y}/",
	"tmp:{(x+1)+x*2}", "tmp2:{y:x*2;y+1;y}",
	"wh:{where x}", "mx:{max x}", "cnt:{count x}",
	"tr:{@[{x+`a};x;{\"caught \",x}]}", "trq:{.Q.trp[{x+`a};x;{.Q.sbt 1#y}]}",
	"paren:{(x+1)*(2-y)}", "nilarg:{[]42}", "manyargs:{[a;b;c;d;e] a+b+c+d+e}",
	"lbl:{x:x+1;x}", "deep:{[n] $[n>0;1+deep n-1;0]}",
	"cv:0#0", "cs:`s#0#0", "tb:([]a:0#0;b:0#0f)", "ag:{cv,:x;}",
	"tt:([]a:0#0;b:0#0f)", "ui:insert", "uu:upsert", "li:{x insert y}", "lu:{x upsert y}", "kt:([k:0#0] v:0#0f)",
	"tg:([]s:`g#0#`;b:0#0f)", "tu:([]a:`u#0#0)", "sy:`a`b", "te:([]s:`sy$();b:0#0f)",
}

// compileCases are applications of the lambdas above: their values, and
// their errors with the error's location, must be the same when the bodies
// are compiled as when they are tree-walked.
var compileCases = []string{
	"fib 15", "fib 0", "fib 1", "fib 2.5", "fib `a",
	"ar[1;2]", "ar[1.5;2]", "ar[1;2.5]", "ar[1 2;3]", "ar[1;2 3]", "ar[1 2;3 4 5]", "ar[`a;1]", "ar[1i;2h]",
	"ar[0N;1]", "ar[0W;1]", "ar[9223372036854775806;1]", "ar[2000.01.01;1]", "ar[0Nf;1f]", "ar[1b;1b]",
	"sb[5;7]", "sb[5.5;0.5]", "sb[2000.01.02;2000.01.01]", "ml[3;4]", "ml[3;4.0]", "ml[1 2 3;2]", "ml[0N;2]",
	"neg1 5", "neg1 `a",
	"lt[1;2]", "lt[2;1]", "lt[1.0;2]", "lt[1;2.0]", "lt[0N;0]", "lt[0n;1f]", "lt[`a;`b]", "lt[1 2;2]",
	"gt[1;2]", "gt[3;2]", "gt[2000.01.01;2000.01.02]", "eq[1;1]", "eq[1f;1f]", "eq[0n;0n]", "eq[1;1f]",
	"eq[`a;`a]", "eq[1 2;1]", "cmp[1;2]", "cmp[2.5;2.5]", "lt[1;`a]",
	"loc 3", "loc 1.5", "loc `a", "locv 1", "locv 1 2",
	"ret 1", "ret 0", "ret 1 2", "ret2 1",
	"cond3 1b", "cond3 0b", "cond3 0", "cond3 `a", "cond3 1 2", "cond5 0", "cond5 1", "cond5 7",
	"cond4 0", "cond4 1", "cond4 2", "cond2 1",
	"dl 5", "dl 0", "dl -1", "dl 2.5", "dl `a", "wl 10", "wl 0", "wl2 5", "wl2 1", "wl `a",
	"ifo 1", "ifo 0", "ifo `a",
	"glob 1", "globs 5", "g", "globa 2", "g", "glob `a",
	"undef 1", "sig 1", "sigv `x", "sigv \"str\"", "sigv 1",
	"call2[1;2]", "call2[`a;2]", "(callp 1) 2", "call3[1;2]",
	"nest 4", "(proj 1) 2", "comp 3", "seq[1 2;3]", "pat (1;2)", "pat 1",
	"str \"hi\"", "idx 1 2 3", "idx `a", "idx2[1 2 3;0 2]", "idx2[1 2 3;5]", "dct `a`b!1 2",
	"vec til 5", "vec 1.5 2.5", "vv 1 2 3", "fl[1;2]", "fl[1;0]", "md[7;3]", "md[-7;3]",
	"rec 1", "each1 til 5", "over1[0;til 10]", "0 over1 1 2 3",
	"tmp 1", "tmp 1 2 3", "tmp 1.5", "tmp2 1 2",
	"wh 1 0 1b", "wh 3", "mx 3 1 2", "cnt 1 2 3",
	"tr 1", "trq 1",
	"paren[1;2]", "paren[1 2;3 4]", "nilarg[]", "manyargs[1;2;3;4;5]", "manyargs[1;2;3;4;`e]",
	"lbl 1", "deep 100",
	"ar[1]", "ar[1;2;3]", "fib[1;2]",
	"{x+y}[1;2]", "{[a;b;c] a*b*c}[2;3;4]", "{a:1;a+`b}[]", "{x}[]", "{;}[]", "{x;}[1]",
	"{$[x;y;z]}[1b;`a;`b]", "{if[x;:y];z}[0b;1;2]", "{do[x;y+:1];y}[3;0]",
	"{x[0]+:1;x}1 2", "{x,:y;x}[1 2;3]", "{x[`a]:y;x}[`a`b!1 2;5]", "{.qq.z:x; .qq.z}7",
	"{sum x*y}[1 2 3;4 5 6]", "{x+y}/[0;1 2 3]", "{x+2*y}\\[0;1 2 3]", "{1+x}'[1 2]",
	"{neg[x]}3", "{count[x]}1 2", "{neg[x;y]}[1;2]", "{x @ y}[neg;3]", "{x . y}[+;1 2]", "{(x;y)}[1;`a]", "{-1 x; x}\"out\"",
	"{a+:x;a}1", "{a:1;a-:x;a*:3;a}2.5", "{x+:`a}1", "{x*:1 2;x}3", "{g+::x;g}4", "{.qq.y+:x;.qq.y}2",
	// loops at the top level, compiled from 16 iterations
	"do[20;g+:1];g", "do[20;g-:0.5];g", "do[20;g*:2];g", "do[20;newg+:2];newg", "do[16;gv+:1];gv",
	"do[17;gv*:gv];gv", "do[20;gs+:1]", "do[16;'`stop]", "do[20;gl,:1];gl", "i:0;do[30;i+:1;if[i=5;:i]];i",
	"do[20;ar[1;2]]", "do[20;nosuch]", "do[20;fib 3;g+:1];g", "n:0;do[18;n+:1;n*:2;n-:1];n", "do[16;-1 \"x\"]",
	"do[20;v:til 3;v+:1];v", "do[16;sum:1]", "do[16;x+:1]", "\\d .qq", "do[16;nz+:1];nz", "\\d .", ".qq.nz",
	"do[16;a::1]", "do[16;v::1]", "do[20;w:w,1]",
	"{x%y}[1;2]", "{x%y}[1;0]", "{x%y}[0;0]", "{x%y}[-1;0]", "{x%y}[0N;2]", "{x%y}[1.5;2]", "{x%y}[3;0.5]",
	"{x%y}[1i;2]", "{x%y}[1 2;2]", "{x%y}[`a;2]", "{x%y}[2000.01.02;2]", "{x%y}[0n;0w]", "{x%2} each til 5",
	// conditions that compare (compiled as tests)
	"{$[x<y;`lt;x>y;`gt;`eq]}[1;2]", "{$[x<y;`lt;`ge]}[2.5;1]", "{$[x=y;`eq;`ne]}[0n;0n]", "{$[x>y;1;0]}[0N;5]",
	"{$[x<y;1;0]}[`a;`b]", "{$[x<y;1;0]}[1 2;3]", "{$[x<y;1;0]}[2000.01.01;2000.01.02]", "{$[x=y;1;0]}[1;1f]",
	"{$[x<y;1;0]}[1;`a]", "{if[x>y;:`big];`small}[3;2]", "{if[x=y;:`same];`diff}[1.5;1.5]", "{n:0;while[n<x;n+:1];n}4.5",
	"{$[x<y;1;0]}[-0w;0w]", "{$[x>y;1;0]}[0Wj;0N]", "{$[x=y;1;0]}[1e-15+1f;1f]",
	// long kernels (kernel.go) under each, over and scan
	"{x+1} each til 10", "{x+1} each 0N 1 2", "{x+1} each 1 2 3i", "{x+1} each 1.5 2", "{x+1} each `s#1 2 3",
	"{x+1} each 0#0", "{x+1} each 5", "{x+1}'[1 2 3]", "{x} each 1 2", "{2} each 1 2", "{x+`a} each 1 2",
	"{(x+1)*x-3} each til 10", "{x*9223372036854775807} each 1 2", "{x-0W} each -5 5", "{[a] a*a} each 1 2",
	"{x+2*y}/[0;til 10]", "{x+2*y}\\[0;til 10]", "{x-y}\\[5 6 7]", "{x-y}/[5 6 7]", "{x*y}/[0N;1 2]",
	"{x+y}/[1;0#0]", "{x+y}\\[1;0#0]", "{x+y}/[1;()]", "{x+y}/[1.5;1 2]", "{x+y}/[1;1.5 2]", "{x+y}/[1i;1 2]",
	"{x+y}/[1 2;3 4]", "{y}/[1;2 3]", "{x}\\[1;2 3]", "{[a;b] b-a}/[10;1 2 3]", "{x+y}/[1;`s#1 2]",
	"{x+1} peach til 5", "{x+y+z}/[0;1 2;3 4]", "{x+y}/[0;1 2 3;4]", "f1:{x+1}; f1 each 3 4", "{x+1} each enlist 2",
	// x,:y of a global grown in place (compile_append.go)
	"do[20;cv,:1];cv", "do[20;cv,:2.5]", "do[16;cv,:`a]", "cv", "do[20;cv,:1 2];count cv", "ag 7", "ag `a", "-3#cv",
	"do[20;cv,:1;r:cv];count r", "vw::sum cv", "do[20;cv,:1];vw", "do[20;cs,:5];cs", "do[20;cs,:0];attr cs",
	"do[20;tb,:(1;2f)];count tb", "do[20;tb,:(1;`x)]", "do[20;tb,:`a`b!(3;4f)];-2#tb", "do[20;tb,:([]a:1 2;b:3 4f)];count tb",
	// insert and upsert of a record into the table its global owns
	"do[20;`tt insert (1;2f)];count tt", "`tt insert (1;2f)", "do[20;`tt upsert (1;2f)];count tt", "`tt upsert (3;4f)",
	"do[20;ui[`tt;(1;2f)]];count tt", "ui[`tt;(5;6f)]", "do[20;uu[`tt;(1;2f)]];count tt", "uu[`tt;(1;2f)]",
	"do[20;li[`tt;(1;2f)]];count tt", "li[`tt;(1;2f)]", "do[20;lu[`tt;(1;2f)]];count tt", "lu[`tt;(1;2f)]",
	"do[20;`tt insert (1;`a)]", "do[20;li[`tt;(1;`a)]]", "do[20;lu[`tt;(1;`a)]]", "do[20;ui[`tt;(1.5;2f)]]", "do[20;`tt upsert (1;2)]", "do[20;`tt insert (1;2f;3)]",
	"do[20;`tt insert `a`b!(7;8f)];-1#tt", "do[20;`tt upsert `b`a!(9f;10)];-1#tt", "do[20;`tt insert (1 2;3 4f)];count tt",
	"r:tt;do[20;`tt insert (1;2f)];(count r;count tt)", "tv::count tt", "do[20;`tt insert (1;2f)];tv",
	"do[20;`kt upsert (1;2f)];kt", "do[20;`kt insert (2;2f)]", "do[20;`tg insert (`a;1f)];(attr tg`s;count tg)",
	"i:0;do[20;`tu insert enlist i;i+:1];count tu", "do[20;`tu insert enlist 0]", "attr tu`a",
	"do[20;`te insert (`sy$`a;1f)];count te", "do[20;`te insert (`a;1f)]", "do[20;`nosuch insert (1;2f)]",
	"\\d .qq", "do[20;`tt insert (1;2f)]", "\\d .", "count tt",
	".z.vs:{zl,:x}", "do[20;g+:1]", "{g+:1;a:2;a+:1;g::5;.qq.z+:1}[]", "{x,:1;gl,:2;g-:1}[3]", "do[20;gl,:1;g*:1]", "zl", "\\x .z.vs",
}

// TestCompiledMatchesWalk runs every case in two sessions, one compiling
// lambda bodies and one tree-walking them, and compares what each prints:
// values, errors and the error's location.
func TestCompiledMatchesWalk(t *testing.T) {
	run := func(walkOnly bool) []string {
		var out bytes.Buffer
		in := New(&out)
		in.SetErr(&out)
		in.walkOnly = walkOnly
		for _, l := range compileSetup {
			if _, err := in.Input(l); err != nil {
				t.Fatalf("%s: %v", l, err)
			}
		}
		got := make([]string, len(compileCases))
		for i, c := range compileCases {
			out.Reset()
			text, err := in.Input(c)
			got[i] = fmt.Sprintf("%s|%v|%s", text, err, out.String())
		}
		return got
	}
	walked, comp := run(true), run(false)
	for i, c := range compileCases {
		if walked[i] != comp[i] {
			t.Errorf("q)%s\ntree walker: %q\ncompiled:    %q", c, walked[i], comp[i])
		}
	}
	// the cases reach the forms compiled: a few values checked outright
	for i, c := range compileCases {
		want := map[string]string{"fib 15": "610", "cmp[1;2]": "100b", "dl 5": "10", "loc 3": "12"}[c]
		if got := comp[i]; want != "" && got != want+"|<nil>|" {
			t.Errorf("q)%s = %q, want %s", c, got, want)
		}
	}
}

// TestCompiledSuspends checks that the debugger stops inside a compiled
// body as inside a tree-walked one: same level, same locals, same trace.
func TestCompiledSuspends(t *testing.T) {
	steps := []string{"f[3;`a]", "a", "x", "y", "a+`x", "h 5", "b", "\\", "\\"}
	run := func(walkOnly bool) []string {
		in, out := dbgSession(t)
		in.walkOnly = walkOnly
		for _, l := range []string{"g:{a:x*2;a+y}", "f:{g[x;y]}", "h:{b:x-1;c:b+nosuch;c}"} {
			if _, err := in.Input(l); err != nil {
				t.Fatal(err)
			}
		}
		in.SetSuspend(true)
		var got []string
		for _, s := range steps {
			out.Reset()
			text, err := in.Input(s)
			got = append(got, fmt.Sprintf("%s|%v|%s|%d", text, err, out.String(), in.Level()))
		}
		return got
	}
	walked, comp := run(true), run(false)
	for i, s := range steps {
		if walked[i] != comp[i] {
			t.Errorf("q))%s\ntree walker: %q\ncompiled:    %q", s, walked[i], comp[i])
		}
	}
	if comp[1] != "6|<nil>||1" {
		t.Errorf("a at the suspended g = %q, want 6 at level 1", comp[1])
	}
}

// TestLongKernel checks which lambdas get a long kernel (kernel.go) and
// what it computes.
func TestLongKernel(t *testing.T) {
	in := New(&bytes.Buffer{})
	kern := func(src string) longKernel {
		t.Helper()
		v, err := in.Eval(src)
		if err != nil {
			t.Fatalf("%s: %v", src, err)
		}
		return in.kernel(v, max(1, len(v.(*k.Lambda).Params)))
	}
	for src, want := range map[string]int64{
		"{x+1}": 8, "{x+2*y}": 7 + 2*5, "{(x-y)*x}": (7 - 5) * 7, "{[a;b] b-a}": 5 - 7, "{x}": 7, "{3}": 3,
		"{x*0N}": math.MinInt64,
	} {
		f := kern(src)
		if f == nil {
			t.Errorf("%s has no long kernel", src)
			continue
		}
		if got := f(7, 5); got != want {
			t.Errorf("%s at 7 5 = %d, want %d", src, got, want)
		}
	}
	for _, src := range []string{"{x+`a}", "{x%2}", "{a:x;a}", "{x+1.5}", "{x+y+z}", "{x+g}", "{neg x}", "{x+1;x}", "{x<y}"} {
		if kern(src) != nil {
			t.Errorf("%s has a long kernel", src)
		}
	}
}
