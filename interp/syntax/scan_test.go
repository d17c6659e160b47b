package syntax

import (
	"strings"
	"testing"

	"qgo/interp/k"
)

// tokString renders tokens compactly: a literal as c:<value>, a name as
// n:<name>, an operator o:, an iterator a: (prefixed by _ when a blank
// precedes it), brackets as themselves and a separator as ; (or \n).
func tokString(toks []token) string {
	var parts []string
	for _, t := range toks {
		var s string
		switch t.kind {
		case tEOF:
			continue
		case tConst:
			s = "c:" + formatValue(t.val)
		case tName:
			s = "n:" + t.text
		case tOp:
			s = "o:" + t.text
		case tAdverb:
			s = "a:" + t.text
			if t.space {
				s = "_" + s
			}
		case tSemi:
			s = ";"
			if t.text == "\n" {
				s = `\n`
			}
		default:
			s = t.text
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, ", ")
}

var scanTests = []struct{ in, want string }{
	{"", ""},
	{"x-1", "n:x, o:-, c:1"},
	{"x -1", "n:x, c:-1"},
	{"x - 1", "n:x, o:-, c:1"},
	{"x- 1", "n:x, o:-, c:1"},
	{"2 -1", "c:2 -1"},
	{"1-1", "c:1, o:-, c:1"},
	{"3.5 -1", "c:3.5 -1"},
	{"x[1]-1", "n:x, [, c:1, ], o:-, c:1"},
	{"(a+b)-1", "(, n:a, o:+, n:b, ), o:-, c:1"},
	{"{x}-1", "{, n:x, }, o:-, c:1"},
	{"`a-1", "c:`a, o:-, c:1"},
	{`"a"-1`, `c:"a", o:-, c:1`},
	{"2*-1", "c:2, o:*, c:-1"},
	{"x--1", "n:x, o:-, c:-1"},
	{"(-1)", "(, c:-1, )"},
	{"f[-1;-.5]", "n:f, [, c:-1, ;, c:-0.5, ]"},
	{"+/-1 2", "o:+, a:/, c:-1 2"},
	{"-x", "o:-, n:x"},
	{"-1b", "o:-, c:1b"},
	{"1 2 3", "c:1 2 3"},
	{"1  2\t3", "c:1 2 3"},
	{"1 2 3+4", "c:1 2 3, o:+, c:4"},
	{"1 0b", "c:1, c:0b"},
	{"0x01 2", "c:0x01, c:2"},
	{"1 2 3 /c", "c:1 2 3"},
	{"x+/y", "n:x, o:+, a:/, n:y"},
	{"x +/ y", "n:x, o:+, a:/, n:y"},
	{"x / y", "n:x"},
	{"/ all comment", ""},
	{"x,/:y", "n:x, o:,, a:/:, n:y"},
	{`x,\:y`, `n:x, o:,, a:\:, n:y`},
	{"-':x", "o:-, a:':, n:x"},
	{"f'x", "n:f, a:', n:x"},
	{"f 'x", "n:f, _a:', n:x"},
	{"a<=b>=c<>d", "n:a, o:<=, n:b, o:>=, n:c, o:<>, n:d"},
	{"a::b", "n:a, o:::, n:b"},
	{"a+:b", "n:a, o:+, o::, n:b"},
	{"x_y", "n:x_y"},
	{"1_x", "c:1, o:_, n:x"},
	{"x _y", "n:x, o:_, n:y"},
	{".z.pg", "n:.z.pg"},
	{".q.til 3", "n:.q.til, c:3"},
	{"a.b.c", "n:a.b.c"},
	{".[f;x]", "o:., [, n:f, ;, n:x, ]"},
	{"x . y", "n:x, o:., n:y"},
	{".5", "c:0.5"},
	{"a1b2", "n:a1b2"},
	{"`a`b`c", "c:`a`b`c"},
	{"`a `b", "c:`a, c:`b"},
	{"`a``b", "c:`a``b"},
	{"`", "c:`"},
	{"`$\"x\"", "c:`, o:$, c:\"x\""},
	{"`:dir/f.txt", "c:`:dir/f.txt"},
	{"`a/b", "c:`a/b"}, // a slash continues any symbol (docs/ref/hsym.md: hsym`c:/q/test.txt)
	{"`c:/q/test.txt`x", "c:`c:/q/test.txt`x"},
	{"`:h:5001", "c:`:h:5001"},
	{"`a.b_c1", "c:`a.b_c1"},
	{`"a\"b"`, `c:"a\"b"`},
	{`"\101\n"`, `c:"A\n"`},
	{`"2/3"`, `c:"2/3"`},
	{"0: 1: 2:", "o:0:, o:1:, o:2:"},
	{"`:f 0:x", "c:`:f, o:0:, n:x"},
	{"a:1\nb:2", `n:a, o::, c:1, \n, n:b, o::, c:2`},
	{"a:1\n b:2", "n:a, o::, c:1, n:b, o::, c:2"},
	{"a:1;\nb:2", "n:a, o::, c:1, ;, n:b, o::, c:2"},
	{"a:1\n;b:2", "n:a, o::, c:1, ;, n:b, o::, c:2"},
	{"{\nx}", "{, n:x, }"},
	{"{x\n}", "{, n:x, }"},
	{"a\n/ comment\nb", `n:a, \n, n:b`},
	{"a\n/\nblock\n comment\n\\\nb", `n:a, \n, n:b`},
	{"a\n/\nnever closed", "n:a"},
	{"a\n\\\nb", "n:a"},
	{"a\n\n\nb", `n:a, \n, n:b`},
	{"a / c1\n  b / c2", "n:a, n:b"},
	{"a\r\nb", `n:a, \n, n:b`},
}

func TestScan(t *testing.T) {
	for _, tt := range scanTests {
		toks, err := scan(tt.in)
		if err != nil {
			t.Errorf("scan(%q): error %v", tt.in, err)
			continue
		}
		if got := tokString(toks); got != tt.want {
			t.Errorf("scan(%q)\n got %s\nwant %s", tt.in, got, tt.want)
		}
	}
}

var scanErrors = []struct {
	in  string
	pos int
	msg string
}{
	{`"abc`, 0, `"`},
	{`x,"a\`, 2, `"`},
	{"1a", 0, "1a"},
	{"x+1 2a", 4, "2a"},
	{"2000.13.01", 0, "2000.13.01"},
	{"12:60", 0, "12:60"},
	{"0Nq", 0, "0Nq"},
	{"0x1g", 0, "0x1g"},
	{"1 2.5h", 2, "2.5h"},
	{"a\x00", 1, "char"},
	{"a é", 2, "char"},
	{"1i 2h", 0, "1i 2h"},
	{"40000h", 0, "40000h"},
	{"999999:00:00", 0, "999999:00:00"},
	{"999999:00:00.000", 0, "999999:00:00.000"},
}

func TestScanErrors(t *testing.T) {
	for _, tt := range scanErrors {
		_, err := scan(tt.in)
		if err == nil {
			t.Errorf("scan(%q): no error, want %q", tt.in, tt.msg)
			continue
		}
		if err.Pos != tt.pos || err.Msg != tt.msg {
			t.Errorf("scan(%q): error %q at %d, want %q at %d", tt.in, err.Msg, err.Pos, tt.msg, tt.pos)
		}
	}
}

// TestScanStringEscapes: a string literal's runs of plain characters and
// its escapes \n \t \r \\ \" and \NNN (octal) make its bytes, in order.
func TestScanStringEscapes(t *testing.T) {
	for src, want := range map[string]string{
		`""`:                      "",
		`"a"`:                     "a",
		`"plain text, no escape"`: "plain text, no escape",
		`"ab\ncd\"e\\f\101g"`:     "ab\ncd\"e\\fAg",
		`"\t\r\n"`:                "\t\r\n",
		`"x\"`:                    "", // unterminated: the escaped quote is a quote
		`"\0"`:                    "\x00",
		`"\101\102C"`:             "ABC",
		`"tail\\"`:                `tail\`,
	} {
		toks, err := scan(src)
		if want == "" && src != `""` {
			if err == nil {
				t.Errorf("scan(%s): no error, want one", src)
			}
			continue
		}
		if err != nil || len(toks) != 2 || toks[0].kind != tConst {
			t.Errorf("scan(%s) = %v, %v", src, tokString(toks), err)
			continue
		}
		var got string
		switch v := toks[0].val.(type) {
		case *k.Vec[uint8]:
			got = string(v.V)
		case k.Atom[uint8]:
			got = string(v.V)
		}
		if got != want {
			t.Errorf("scan(%s) = %q, want %q", src, got, want)
		}
	}
}

// BenchmarkScanStrings scans a list of twenty strings (as .h.ty's MIME
// types in the bootstrap script), beside its baseline: a Go loop that
// copies each literal's bytes out of the same source.
func BenchmarkScanStrings(b *testing.B) {
	src := "(" + strings.Repeat(`"application/x-shockwave-flash";`, 19) + `"text/plain")`
	b.Run("scan", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			toks, err := scan(src)
			if err != nil {
				b.Fatal(err)
			}
			putToks(toks) // as the parser does
		}
	})
	b.Run("go", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			var out [][]byte
			for rest := src; ; {
				i := strings.IndexByte(rest, '"')
				if i < 0 {
					break
				}
				j := strings.IndexByte(rest[i+1:], '"')
				out = append(out, []byte(rest[i+1:i+1+j]))
				rest = rest[i+j+2:]
			}
			if len(out) != 20 {
				b.Fatal(len(out))
			}
		}
	})
}
