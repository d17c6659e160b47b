package syntax

import (
	"reflect"
	"strings"
	"testing"
)

var parseTests = []struct{ in, want string }{
	// empty sources
	{"", "nil"},
	{"   ", "nil"},
	{"/ just a comment", "nil"},
	{"/\nblock\n\\", "nil"},
	// right to left, no precedence
	{"2*3+4", "(* 2 (+ 3 4))"},
	{"2+3*4", "(+ 2 (* 3 4))"},
	{"a * b +c", "(* a (+ b c))"},
	{"(a*b)+c", "(+ (paren (* a b)) c)"},
	{"2 3 * 4 5 - 6 7", "(* 2 3 (- 4 5 6 7))"},
	{"count first (2 3 4;5 6)", "(count (first (list 2 3 4 5 6)))"},
	// minus: operator or negative literal
	{"x-1", "(- x 1)"},
	{"x -1", "(x -1)"},
	{"x - 1", "(- x 1)"},
	{"2 -1", "2 -1"},
	{"1-1", "(- 1 1)"},
	{"3.5-1", "(- 3.5 1)"},
	{"3.5 -1", "3.5 -1"},
	{"x[1]-1", "(- x[1] 1)"},
	{"(a+b)- 1", "(- (paren (+ a b)) 1)"},
	{"x*-1", "(* x -1)"},
	{"-1_x", "(_ -1 x)"},
	// juxtaposition: nouns, names and keywords
	{"f x", "(f x)"},
	{"f x y", "(f (x y))"},
	{"count x", "(count x)"},
	{"string count x", "(string (count x))"},
	{"f count x", "(f (count x))"},
	{"a b+c", "(a (+ b c))"},
	{`"abcdef" 1 0 3`, `("abcdef" 1 0 3)`},
	{"{x-2} 5 3", "((lambda [x] (- x 2)) 5 3)"},
	{"d`a", "(d `a)"},
	{"`a`b!1 2", "(! `a`b 1 2)"},
	{"-1\"hello\"", `(-1 "hello")`},
	{"0N!x", "(! 0N x)"},
	// infix keywords
	{"x in y", "(in x y)"},
	{"x in y,z", "(in x (, y z))"},
	{"2 xexp 3", "(xexp 2 3)"},
	{"a and b or c", "(and a (or b c))"},
	{"count each x", "(each count x)"},
	{"(+) scan 1 2 3", "(scan (paren +) 1 2 3)"},
	{"t lj s", "(lj t s)"},
	{"`a`b xasc t", "(xasc `a`b t)"},
	{"in[x;y]", "in[x;y]"},
	{"in", "in"},
	{"aj[`s;t;q]", "aj[`s;t;q]"},
	// application
	{"f[a;b]", "f[a;b]"},
	{"f[;b]", "f[;b]"},
	{"f[a;]", "f[a;]"},
	{"f[]", "f[]"},
	{"f[ ]", "f[]"},
	{"f[1][2]", "f[1][2]"},
	{"m[0;1]", "m[0;1]"},
	{"d[`a]", "d[`a]"},
	{"count x[0]", "(count x[0])"},
	{"+[1;2]", "+[1;2]"},
	{"f [1]", "f[1]"},
	{"f[x]y", "(f[x] y)"},
	{"f[x] y", "(f[x] y)"},
	{"{x+y}[1;2]", "(lambda [x y] (+ x y))[1;2]"},
	{"@[f;x;g]", "@[f;x;g]"},
	{".[f;(1;2)]", ".[f;(list 1 2)]"},
	{"@[;1]", "@[;1]"},
	// iterators
	{"+/", "+/"},
	{"f'", "f'"},
	{"{x}/:", "(lambda [x] x)/:"},
	{`+\`, `+\`},
	{",':", ",':"},
	{"(+/)/", "(paren +/)/"},
	{`+\/:\:`, `+\/:\:`},
	{"x +/ y", "(+/ x y)"},
	{"+/ x", "(+/ x)"},
	{"+/[x]", "+/[x]"},
	{"+/[1;x]", "+/[1;x]"},
	{"f'[x;y]", "f'[x;y]"},
	{"f'x", "(f' x)"},
	{"a f' b", "(f' a b)"},
	{"x,'y", "(,' x y)"},
	{"x,/:y", "(,/: x y)"},
	{`x,\:y`, `(,\: x y)`},
	{"-':x", "(-': x)"},
	{"count'[x]", "count'[x]"},
	{"f[x]'[y]", "f[x]'[y]"},
	{"1 2 3/", "1 2 3/"},
	// parentheses, lists, sections
	{"(+)", "(paren +)"},
	{"(+/)", "(paren +/)"},
	{"(+/)1 2 3", "((paren +/) 1 2 3)"},
	{"(2+)", "(paren (+ 2 nil))"},
	{"(2+)4", "((paren (+ 2 nil)) 4)"},
	{"(+[2])", "(paren +[2])"},
	{"(a;b;c)", "(list a b c)"},
	{"()", "(list)"},
	{"(a;;c)", "(list a nil c)"},
	{"(;)", "(list nil nil)"},
	{"(x)", "(paren x)"},
	{"((x))", "(paren (paren x))"},
	{"(::)", "(paren ::)"},
	{"(:)", "(paren :)"},
	{"f[::]", "f[::]"},
	{"@[d;`a;:;1]", "@[d;`a;:;1]"},
	{"::", "::"},
	{"(#:)", "(paren #:)"},
	{"x,", "(, x nil)"},
	// lambdas and their implicit parameters
	{"{x+y}", "(lambda [x y] (+ x y))"},
	{"{x+z*10}", "(lambda [x y z] (+ x (* z 10)))"},
	{"{y}", "(lambda [x y] y)"},
	{"{1}", "(lambda [x] 1)"},
	{"{}", "(lambda [x] nil)"},
	{"{x;}", "(lambda [x] x nil)"},
	{"{[a;b] a+b}", "(lambda [a b] (+ a b))"},
	{"{[a] a}", "(lambda [a] a)"},
	{"{[] 1}", "(lambda [] 1)"},
	{"{[x;y](x*x)+y}", "(lambda [x y] (+ (paren (* x x)) y))"},
	{"{a:1; a+x}", "(lambda [x] (: a 1) (+ a x))"},
	{"{{z}}", "(lambda [x] (lambda [x y z] z))"},
	{"{{x}[y]}", "(lambda [x y] (lambda [x] x)[y])"},
	{"{z:1}", "(lambda [x y z] (: z 1))"},
	{"{x.a}", "(lambda [x] x.a)"},
	{"{select from y where a=x,b=z}", "(lambda [x y] (select (from y) (where (= a x) (= b z))))"},
	{"{select x by z from t}", "(lambda [x] (select (cols x:x) (by z:z) (from t)))"},
	{"{select[y] from t}", "(lambda [x y] (select (limit y) (from t)))"},
	{"{([] z:1)}", "(lambda [x] (table (keys) (cols z:1)))"},
	{"{a:6;b:7;:a*b;c::98}", "(lambda [x] (: a 6) (: b 7) (return (* a b)) (:: c 98))"},
	{"{if[type[x]<0; :x]}", "(lambda [x] (if (< type[x] 0) (return x)))"},
	{"{'`TheEnd}", "(lambda [x] (signal `TheEnd))"},
	{"{x}'", "(lambda [x] x)'"},
	// assignment
	{"a:x", "(: a x)"},
	{"a : 10", "(: a 10)"},
	{"a::x", "(:: a x)"},
	{"a+:x", "(+: a x)"},
	{"a,:x", "(,: a x)"},
	{"a-:1", "(-: a 1)"},
	{"a<=:1", "(<=: a 1)"},
	{"a[i]:x", "(: a[i] x)"},
	{"a[i;j]:x", "(: a[i;j] x)"},
	{"a[;j]:x", "(: a[;j] x)"},
	{"a[]:x", "(: a[] x)"},
	{"a[i]+:x", "(+: a[i] x)"},
	{"a[i],:x", "(,: a[i] x)"},
	{".ns.v:x", "(: .ns.v x)"},
	{".z.pg:{value x}", "(: .z.pg (lambda [x] (value x)))"},
	{"a:b:1", "(: a (: b 1))"},
	{"1+a:2", "(+ 1 (: a 2))"},
	{"x:-1", "(: x -1)"},
	{"f:+", "(: f +)"},
	{"f:+/", "(: f +/)"},
	{"a:1 2 3", "(: a 1 2 3)"},
	{"a: ()", "(: a (list))"},
	{"a + :x", "(+ a (return x))"},
	{"a_:1", "(: a_ 1)"},
	{"t:([]a:1 2)", "(: t (table (keys) (cols a:1 2)))"},
	// returns and signals
	{":x", "(return x)"},
	{"'x", "(signal x)"},
	{`'"oops"`, `(signal "oops")`},
	{"'`err", "(signal `err)"},
	{"f 'x", "(f (signal x))"},
	{"if[x;'`bad]", "(if x (signal `bad))"},
	{"('x)", "(paren (signal x))"},
	{"x+'y", "(+' x y)"},
	{"0N!0;'`err;0N!1", "(seq (! 0N 0) (signal `err) (! 0N 1))"},
	{"'[f;ff][1;2;3;4]", "'[f;ff][1;2;3;4]"},
	{"d:('[f;ff])", "(: d (paren '[f;ff]))"},
	{"('[;]) over (g;f)", "(over (paren '[;]) (list g f))"},
	{"'[;]/[(g;f)]", "'[;]/[(list g f)]"},
	{"' [a;b]", "(signal (seq a b))"},
	{"'[count]txt", "(count' txt)"},
	{";/[+]til 5", "(seq nil (+/ (til 5)))"},
	{`;\[+][1000;til 5]`, `(seq nil +\[1000;(til 5)])`},
	{"x '[f] y", "(x (f' y))"},
	{"1000/[+]til 5", "(1000/[+] (til 5))"},
	// control words and blocks
	{"$[c;a;b]", "($ c a b)"},
	{"$[c;a;d;e;b]", "($ c a d e b)"},
	{"$[c;;b]", "($ c nil b)"},
	{"if[c;e1;e2]", "(if c e1 e2)"},
	{"do[n;a;b]", "(do n a b)"},
	{"while[c;a]", "(while c a)"},
	{"if [c;a]", "(if c a)"},
	{"$", "$"},
	{"`$\"x\"", "($ ` \"x\")"},
	{"x$y", "($ x y)"},
	{"$[c;a;b][0]", "($ c a b)[0]"},
	{"[a:1;a+2]", "(seq (: a 1) (+ a 2))"},
	{"x:[1;2]", "(: x (seq 1 2))"},
	{"if", "if"},
	// statements
	{"a;b", "(seq a b)"},
	{"a;", "(seq a nil)"},
	{";", "(seq nil nil)"},
	{"a;;b", "(seq a nil b)"},
	{"a:1;b:2;a+b", "(seq (: a 1) (: b 2) (+ a b))"},
	{"a:1\nb:2", "(seq (: a 1) (: b 2))"},
	{"a:1;\nb:2", "(seq (: a 1) (: b 2))"},
	{"f:{[a;b]   / comment\n  a2:a*a;\n  b2:b*b;\n  a2+b2  / result\n  }", "(: f (lambda [a b] (: a2 (* a a)) (: b2 (* b b)) (+ a2 b2)))"},
	{"f:{\n  a:1;\n  a+x\n  }", "(: f (lambda [x] (: a 1) (+ a x)))"},
	{"f:{\n  a:1;\n  a+x\n}", "(: f (lambda [x] (: a 1) (+ a x)))"},
	{"(a + b;\n  ;\n  c - d)", "(list (+ a b) nil (- c d))"},
	{"f:{x\n  +1}", "(: f (lambda [x] (+ x 1)))"},
	{"{a:1\nb:2}", "(lambda [x] (: a 1) (: b 2))"},
	{"a:1\n/\ncomment\n\\\nb:2", "(seq (: a 1) (: b 2))"},
	{"x+y / sum", "(+ x y)"},
	{"count\"2/3\"", `(count "2/3")`},
	// tables
	{"([] a:1 2; b:`x`y)", "(table (keys) (cols a:1 2 b:`x`y))"},
	{"([]sym:`aapl`msft;price:100 200)", "(table (keys) (cols sym:`aapl`msft price:100 200))"},
	{"([k:1 2] v:3 4)", "(table (keys k:1 2) (cols v:3 4))"},
	{"([names:`bob`carol;city:`NYC`CHI]; ages:42 39)", "(table (keys names:`bob`carol city:`NYC`CHI) (cols ages:42 39))"},
	{"([] sym; price)", "(table (keys) (cols sym:sym price:price))"},
	{"([] x+1; s.a)", "(table (keys) (cols (+ x 1) s.a))"},
	{"([])", "(table (keys) (cols))"},
	{"([]a:enlist 1)", "(table (keys) (cols a:(enlist 1)))"},
	{"count ([] a:1 2)", "(count (table (keys) (cols a:1 2)))"},
	// qSQL
	{"select from t", "(select (from t))"},
	{"select a, b from t", "(select (cols a:a b:b) (from t))"},
	{"select c1, dbl:c3*2 from t", "(select (cols c1:c1 dbl:(* c3 2)) (from t))"},
	{"select total:sum amt by stock from trade", "(select (cols total:(sum amt)) (by stock:stock) (from trade))"},
	{"select name by sex,eye from t", "(select (cols name:name) (by sex:sex eye:eye) (from t))"},
	{"select by sex from t", "(select (by sex:sex) (from t))"},
	{"select from t where c2>15,c3<3.0", "(select (from t) (where (> c2 15) (< c3 3f)))"},
	{"select from t where (c2>15) and c3<3.0", "(select (from t) (where (and (paren (> c2 15)) (< c3 3f))))"},
	{"select[3;>price] from bids where sym=s,size>0", "(select (limit 3 (> price)) (from bids) (where (= sym s) (> size 0)))"},
	{"select[5] from t", "(select (limit 5) (from t))"},
	{"select[10 20] from t", "(select (limit 10 20) (from t))"},
	{"select distinct from t", "(select distinct (from t))"},
	{"select distinct a from t", "(select distinct (cols a:a) (from t))"},
	{"select (id,'4),val from tbl", "(select (cols (paren (,' id 4)) val:val) (from tbl))"},
	{"select f[a;b], c from t", "(select (cols f[a;b] c:c) (from t))"},
	{"select {x,y}[a;b] from t", "(select (cols (lambda [x y] (, x y))[a;b]) (from t))"},
	{"select sname:s.name, qty from sp", "(select (cols sname:s.name qty:qty) (from sp))"},
	{"select from t where a in `x`y", "(select (from t) (where (in a `x`y)))"},
	{"select a from `t", "(select (cols a:a) (from `t))"},
	{"select from t lj s", "(select (from (lj t s)))"},
	{"count select from t", "(count (select (from t)))"},
	{"(select from t), select from s", "(, (paren (select (from t))) (select (from s)))"},
	{"x:select from t;x", "(seq (: x (select (from t))) x)"},
	{"select a by from t", "(select (cols a:a) (by) (from t))"},
	{"select a from t where b", "(select (cols a:a) (from t) (where b))"},
	{"exec a from t", "(exec (cols a:a) (from t))"},
	{"exec distinct a from t", "(exec distinct (cols a:a) (from t))"},
	{"exec a, b from t", "(exec (cols a:a b:b) (from t))"},
	{"exec a by b from t", "(exec (cols a:a) (by b:b) (from t))"},
	{"exec by a from t", "(exec (by a:a) (from t))"},
	{"update c:b*2 from ([]a:1 2;b:3 4)", "(update (cols c:(* b 2)) (from (table (keys) (cols a:1 2 b:3 4))))"},
	{"update a:neg a from `t1", "(update (cols a:(neg a)) (from `t1))"},
	{"update s:sum v by g from t where v>0", "(update (cols s:(sum v)) (by g:g) (from t) (where (> v 0)))"},
	{"delete a,b from t", "(delete (cols a:a b:b) (from t))"},
	{"delete from t where a=1", "(delete (from t) (where (= a 1)))"},
	{"delete x from `.", "(delete (cols x:x) (from `.))"},
	{"by:1", "(: by 1)"},
	{"from+where", "(+ from where)"},
	// system commands
	{`\l file.q`, `(system "l file.q")`},
	{`\\`, `(system "\\")`},
	{`\`, `(system "")`},
	{` \t 100`, `(system "t 100")`},
	{`\l /data/files`, `(system "l /data/files")`},
	{`\t:100 f[]`, `(system "t:100 f[]")`},
	{"\\cd /tmp\n", `(system "cd /tmp")`},
	{"a:1\n\\c 10 20\nb", `(seq (: a 1) (system "c 10 20") b)`},
	{"\\l x.q\na", `(seq (system "l x.q") a)`},
	{"a:1\n\\\nb", "(: a 1)"},
	{"1:2", "(1: 2)"},
	{"(`:f;4)1:0x0100", "(1: (list `:f 4) 0x0100)"},
	{"0:0N!s", "(0: (! 0N s))"},
	{"(/;+)", "(list / +)"},
	{"(+;\\:)", "(list + \\:)"},
	// q 4.1 patterns
	{"(b;c):2 3", "(: (plist b c) 2 3)"},
	{"a:(b;:1+):1 2", "(: a (: (plist b (filter (+ 1 nil) nil)) 1 2))"},
	{"f:{[(a;b);c]a+b+c}", "(: f (lambda [(plist a b) c] (+ a (+ b c))))"},
	{"{[x;]x}", "(lambda [x nil] x)"},
	{"{[(x)]x}", "(lambda [x] x)"},
	{"(1 2):1 3", "(: 1 2 1 3)"},
	{"(a[1]):4", "(: a[1] 4)"},
	{"(x where x=0W):0N", "(: x[(where (= x 0W))] 0N)"},
	{"(b;c;3):2 3 4", "(: (plist b c 3) 2 3 4)"},
	{"(a;b;):1 2", "(: (plist a b nil) 1 2)"},
	{`(1 2!(one;two)):1 2!"ab"`, `(: (pdict 1 2 (plist one two)) (! 1 2 "ab"))`},
	{"([one:;four:d]):x", "(: (pdict `one`four (plist nil d)) x)"},
	{"([]cc:e):t", "(: (pflip nil (pdict `cc (plist e))) t)"},
	{"([k1:f]cc:e):t", "(: (p! (pflip nil (pdict `k1 (plist f))) (pflip nil (pdict `cc (plist e)))) t)"},
	{"(flip([a;b])):t", "(: (pflip nil (pdict `a`b (plist a b))) t)"},
	{"(a!b):d", "(: (p! a b) d)"},
	{"(a!):d", "(: (p! a nil) d)"},
	{"(:`f):3f", "(: (check `f nil) 3f)"},
	{"((a;b):`F):3 4f", "(: (check `F (plist a b)) 3 4f)"},
	{"(a:3+):4", "(: (filter (+ 3 nil) a) 4)"},
	{"{[x:check]x}", "(lambda [(filter check x)] x)"},
	{"{[x:`j]x}", "(lambda [(check `j x)] x)"},
	{`:[1f;r:` + "`" + `f;"float";"other"]`, `(: 1f (check ` + "`" + `f r) "float" "other")`},
	{":/[1 2 3]", ":/[1 2 3]"},
	{"x: :/ 1 2", "(: x (:/ 1 2))"},
}

func TestParse(t *testing.T) {
	for _, tt := range parseTests {
		n, err := Parse(tt.in)
		if err != nil {
			t.Errorf("Parse(%q): error %q at %d", tt.in, err, err.(*Error).Pos)
			continue
		}
		if got := String(n); got != tt.want {
			t.Errorf("Parse(%q)\n got %s\nwant %s", tt.in, got, tt.want)
		}
	}
}

var parseErrors = []struct {
	in  string
	pos int
	msg string
}{
	{"(1;2", 0, "("},
	{"f[1;2", 1, "["},
	{"{x+1", 0, "{"},
	{"f:{x", 2, "{"},
	{"1)", 1, ")"},
	{"1]", 1, "]"},
	{"}", 0, "}"},
	{"(1]", 2, "]"},
	{"{[a;b}", 5, "}"},
	{"{[a b] a}", 2, "parse"},
	{"{[a;b;c;d;e;f;g;h;i] a}", 18, "params"},
	{`"abc`, 0, `"`},
	{"a:", 2, "parse"},
	{"a::", 3, "parse"},
	{"a[1]:", 5, "parse"},
	{"(1+2):3", 2, "assign"},
	{"(a+:1):3", 1, "assign"},
	{"([k:1]a:;b:c)", 7, "parse"}, // a hole is a dictionary literal's only (q 4.1)
	{"(([]a:;b:c);d)", 5, "parse"},
	{"{[a.b;c]a}", 2, "parse"},
	{"{[x[1]]x}", 3, "parse"},
	{"f[x][y]:1", 7, "assign"},
	{"/ ok\n'", 5, "parse"},
	{"count \\a", 6, "\\"},
	{"a:1;/x", 4, "parse"},
	{"select price trade", 18, "from"},
	{"select a from", 13, "from"},
	{"select a,,b from t", 9, "parse"},
	{"delete a+b from t", 8, "parse"},
	{"x\x01", 1, "char"},
	{"2000.02.30", 0, "2000.02.30"},
	// q has no unary syntax for a glyph: applied prefix, it signals itself
	{"-x", 0, "-"},
	{"- 1", 0, "-"},
	{"--1", 0, "-"},
	{"2+2;+2", 4, "+"},
	{"(#;3;,`a`b)", 5, ","},
	{"f:{x*#y}", 5, "#"},
	{"select[-c] from t", 7, "-"},
}

// kParseTests are k sources (a k) line), where a glyph applied prefix is
// its unary form.
var kParseTests = []struct{ in, want string }{
	{"-x", "(- x)"},
	{"- 1", "(- 1)"},
	{"--1", "(- -1)"},
	{"#x,y", "(# (, x y))"},
	{"{$x}", "(lambda [x] ($ x))"},
}

func TestParseK(t *testing.T) {
	for _, tt := range kParseTests {
		n, err := ParseK(tt.in, nil)
		if err != nil {
			t.Errorf("ParseK(%q): error %q", tt.in, err)
			continue
		}
		if got := String(n); got != tt.want {
			t.Errorf("ParseK(%q)\n got %s\nwant %s", tt.in, got, tt.want)
		}
	}
}

func TestParseErrors(t *testing.T) {
	for _, tt := range parseErrors {
		n, err := Parse(tt.in)
		e, ok := err.(*Error)
		if !ok {
			t.Errorf("Parse(%q) = %s, %v; want error %q", tt.in, String(n), err, tt.msg)
			continue
		}
		if e.Pos != tt.pos || e.Msg != tt.msg {
			t.Errorf("Parse(%q): error %q at %d, want %q at %d", tt.in, e.Msg, e.Pos, tt.msg, tt.pos)
		}
	}
}

// TestDeep checks that deeply nested or long input parses, or fails with
// 'stack, without exhausting the stack.
func TestDeep(t *testing.T) {
	for _, tt := range []struct {
		src string
		msg string
	}{
		{strings.Repeat("1+", 9000) + "1", ""},
		{strings.Repeat("f ", 9000) + "x", ""},
		{strings.Repeat("(", 9000) + "1" + strings.Repeat(")", 9000), ""},
		{strings.Repeat("(", 100000) + "1" + strings.Repeat(")", 100000), "stack"},
		{strings.Repeat("{", 100000), "stack"},
		{strings.Repeat("f[", 100000), "stack"},
		{strings.Repeat("a:", 100000) + "1", "stack"},
		{strings.Repeat("f ", 100000) + "x", "stack"},
		// postfix chains nest the tree with no recursion in the parser;
		// the tree's walkers recurse, and a million deep ended the process
		{"x" + strings.Repeat("[0]", 9000), ""},
		{"+" + strings.Repeat("/", 9000), ""},
		{"x" + strings.Repeat("[0]", 100000), "stack"},
		{"+" + strings.Repeat("/", 100000), "stack"},
		{"+" + strings.Repeat("'", 100000), "stack"},
		{"f" + strings.Repeat("[0]/", 100000), "stack"},
	} {
		_, err := Parse(tt.src)
		if msg := ""; err != nil {
			msg = err.Error()
			if msg != tt.msg {
				t.Errorf("Parse(%.10q...): error %q, want %q", tt.src, msg, tt.msg)
			}
		} else if tt.msg != "" {
			t.Errorf("Parse(%.10q...): no error, want %q", tt.src, tt.msg)
		}
	}
}

// TestLambdaSrc checks that a lambda keeps its exact source text.
func TestLambdaSrc(t *testing.T) {
	src := "f:{[a;b]  / add\n  a+b }; g:{x}"
	n, err := Parse(src)
	if err != nil {
		t.Fatal(err)
	}
	seq := n.(*Seq)
	f := seq.Items[0].(*Assign).X.(*Lambda)
	if want := "{[a;b]  / add\n  a+b }"; f.Src != want {
		t.Errorf("Src %q, want %q", f.Src, want)
	}
	if g := seq.Items[1].(*Assign).X.(*Lambda); g.Src != "{x}" || g.P != len(src)-3 {
		t.Errorf("g: Src %q at %d", g.Src, g.P)
	}
}

// TestPositions checks the byte offsets nodes carry.
func TestPositions(t *testing.T) {
	n, err := Parse("ab+cd[1]")
	if err != nil {
		t.Fatal(err)
	}
	d := n.(*Dyad)
	if d.P != 2 || d.L.Pos() != 0 || d.R.Pos() != 5 || d.R.(*Apply).F.Pos() != 3 {
		t.Errorf("positions: dyad %d, L %d, R %d", d.P, d.L.Pos(), d.R.Pos())
	}
	n, _ = Parse("  x:1;y")
	if s := n.(*Seq); s.P != 2 || s.Items[1].Pos() != 6 {
		t.Errorf("seq at %d, second item at %d", s.P, s.Items[1].Pos())
	}
}

// TestShapes checks details the S-expressions do not show: empty
// argument lists are non-nil, unkeyed tables have nil Keys.
func TestShapes(t *testing.T) {
	n, _ := Parse("f[]")
	if a := n.(*Apply); a.Args == nil || len(a.Args) != 0 {
		t.Errorf("f[]: Args %#v", a.Args)
	}
	n, _ = Parse("()")
	if l := n.(*List); l.Items == nil || len(l.Items) != 0 {
		t.Errorf("(): Items %#v", l.Items)
	}
	n, _ = Parse("([] a:1)")
	if tb := n.(*Table); tb.Keys != nil {
		t.Errorf("([] a:1): Keys %#v", tb.Keys)
	}
	n, _ = Parse("{[] 1}")
	if f := n.(*Lambda); f.Params == nil || len(f.Params) != 0 {
		t.Errorf("{[] 1}: Params %#v", f.Params)
	}
	n, _ = Parse("select from t")
	if q := n.(*Query); q.Cols != nil || q.By != nil || q.HasBy || q.Where != nil || q.Limit != nil {
		t.Errorf("select from t: %#v", q)
	}
	n, _ = Parse("a[;1]:2")
	if a := n.(*Assign); !reflect.DeepEqual(len(a.Index), 2) || a.Index[0] != nil {
		t.Errorf("a[;1]:2: Index %#v", a.Index)
	}
}

func TestInspect(t *testing.T) {
	n, err := Parse("f:{[a] a+g[b;c]}; select d from e where h")
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	Inspect(n, func(n Node) bool {
		if id, ok := n.(*Ident); ok {
			names = append(names, id.Name)
		}
		return true
	})
	want := []string{"a", "g", "b", "c", "d", "e", "h"}
	if !reflect.DeepEqual(names, want) {
		t.Errorf("names %v, want %v", names, want)
	}
}

// TestParseIn checks that a keyword the language reserves is not
// assigned by a trailing :: (reverse:: is the identity applied, so flip
// reverse:: composes, ref/identity.md), while with no reserved words a
// lone reverse:: assigns nothing and fails.
func TestParseIn(t *testing.T) {
	reserved := func(n string) bool { return n == "reverse" || n == "flip" }
	for _, src := range []string{"reverse::", "flip reverse::"} {
		if n, err := ParseIn(src, reserved); err != nil {
			t.Errorf("%s with reverse reserved: %v", src, err)
		} else if _, ok := n.(*Assign); ok {
			t.Errorf("%s with reverse reserved: an assignment", src)
		}
	}
	// with nothing reserved a lone name:: assigns nothing and fails, while
	// a name after another term still closes a composition (rslv es::)
	if _, err := Parse("reverse::"); err == nil {
		t.Errorf("reverse:: with nothing reserved: no error")
	}
	if n, err := Parse("flip reverse::"); err != nil {
		t.Errorf("flip reverse:: with nothing reserved: %v", err)
	} else if _, ok := n.(*Assign); ok {
		t.Errorf("flip reverse:: with nothing reserved: an assignment")
	}
}

// TestIsInfix: the keywords q applies infix, and some it does not
// (docs/basics/syntax.md: a keyword of rank 2 applies infix; joins of
// rank 3 or more, and unary keywords, do not).
func TestIsInfix(t *testing.T) {
	for _, w := range []string{"and", "in", "like", "each", "over", "xbar", "lj", "uj", "fby", "wavg", "sublist", "upsert", "dsave", "setenv"} {
		if !IsInfix(w) {
			t.Errorf("IsInfix(%q) = false", w)
		}
	}
	for _, w := range []string{"", "aj", "ej", "wj", "count", "til", "sum", "x", "And"} {
		if IsInfix(w) {
			t.Errorf("IsInfix(%q) = true", w)
		}
	}
}
