package format

import (
	"math"
	"testing"

	"qgo/interp/k"
)

// vectorCases are typed vectors; the console prints them in their one-line
// form, so Console and Repr agree. Sources are pages of
// github.com/KxSystems/docs, under docs/.
func vectorCases(t *testing.T) []struct {
	v    k.Value
	want string
} {
	g1 := mustGUID(t, "337714f8-3d76-f283-cdc1-33ca89be59e9")
	g2 := mustGUID(t, "0a369037-75d3-b24d-6721-5a1d44d4bed5")
	return []struct {
		v    k.Value
		want string
	}{
		{j(1, 2, 3), "1 2 3"},
		{j(0, 1, 2, 3, 4), "0 1 2 3 4"},
		{j(k.NJ, 2, 3, 3, 3, 7, 7), "0N 2 3 3 3 7 7"}, // ref/fill.md
		{j(k.WJ, k.NJ, -k.WJ), "0W 0N -0W"},           // basics/datatypes.md
		{j(-9223372036854775799, k.NJ, -9223372036854775797), "-9223372036854775799 0N -9223372036854775797"},
		{j(5), ",5"},
		{j(), "`long$()"}, // ref/next.md
		{attr(k.AttrS, j(1, 1, 2, 2, 2, 3, 4)), "`s#1 1 2 2 2 3 4"}, // ref/asc.md
		{attr(k.AttrS, s("trade")), "`s#,`trade"},                   // ref/dotq.md
		{attr(k.AttrU, s("a", "b")), "`u#`a`b"},
		{attr(k.AttrS, j()), "`s#`long$()"},
		{ix(10, 10, 10), "10 10 10i"}, // ref/cast.md
		{ix(5, 6), "5 6i"},            // basics/internal.md
		{ix(k.NI, 1, 2), "0N 1 2i"},
		{ix(k.WI, -k.WI), "0W -0Wi"},
		{ix(7), ",7i"},
		{ix(), "`int$()"},
		{hx(1, 2, 3), "1 2 3h"},
		{hx(k.NH, k.WH), "0N 32767h"},
		{hx(), "`short$()"},
		{f(1.2, -4.5, 1, 1, 15), "1.2 -4.5 1 1 15"},            // ref/fill.md
		{f(11, 2.1, 3.1, 10, 4.5, 10), "11 2.1 3.1 10 4.5 10"}, // ref/fill.md
		{f(9, 27), "9 27f"},                                    // ref/exp.md
		{f(3), ",3f"},
		{f(k.NF, k.NF), "0n 0n"},                    // basics/datatypes.md
		{f(k.NF, 1.414213562373095), "0n 1.414214"}, // ref/exp.md
		{f(0.1821448, 1, 1.04138, k.NF, inf), "0.1821448 1 1.04138 0n 0w"},
		{f(1, 2, k.NF), "1 2 0n"},
		{f(k.NF, k.NF, ninf, math.Log(0.1), 0, math.Log(42)), "0n 0n -0w -2.302585 0 3.73767"}, // ref/log.md
		{f(65, 67), "65 67f"}, // ref/log.md
		{f(ninf, 0), "-0w 0"},
		{f(0.1, 0.01, 0.0001, 1e-08, 1e-16, 1e-32, 1e-64, 1e-128, 1e-256, 0), "0.1 0.01 0.0001 1e-08 1e-16 1e-32 1e-64 1e-128 1e-256 0"}, // ref/accumulators.md
		{f(1e10, 2), "1e+10 2"},
		{f(), "`float$()"},
		{ex(1, 2.34, -567.1, 20, 789), "1 2.34 -567.1 20 789e"}, // ref/join.md
		{ex(1, 2), "1 2e"},
		{ex(float32(math.NaN()), 1), "0N 1e"},
		{ex(), "`real$()"},
		{b("011"), "011b"}, // basics/implicit-iteration.md
		{b("00000110010101000100"), "00000110010101000100b"},
		{b("1"), ",1b"},
		{b(""), "`boolean$()"},
		{xx(0x00, 0x01), "0x0001"}, // ref/vs.md
		{xx(1), ",0x01"},           // ref/vs.md
		{xx(0x2e, 0xf7, 0xbd, 0xe6), "0x2ef7bde6"},
		{xx(), "`byte$()"},
		{str("bed"), `"bed"`},
		{str("a"), `,"a"`},
		{str(""), `""`},
		{str("Z\303\274rich"), `"Z\303\274rich"`}, // basics/datatypes.md
		{str("abc\ndef"), `"abc\ndef"`},
		{str("a\r\nb\t\"c\\"), `"a\r\nb\t\"c\\"`},
		{str("\000\024"), `"\000\024"`},
		{s("vache", "mouton"), "`vache`mouton"},           // basics/application.md
		{s("r1", "r1", "", "r2", "", ""), "`r1`r1``r2``"}, // ref/apply.md
		{s("apple"), ",`apple"},                           // basics/dictsandtables.md
		{s(""), ",`"},
		{s(), "`symbol$()"}, // basics/syscmds.md
		{s(":/home/kdb/data", "mywork.dat"), "`:/home/kdb/data`mywork.dat"},                                                         // ref/vs.md
		{&k.Vec[k.GUID]{T: k.KG, V: []k.GUID{g1, g2}}, "337714f8-3d76-f283-cdc1-33ca89be59e9 0a369037-75d3-b24d-6721-5a1d44d4bed5"}, // basics/datatypes.md
		{&k.Vec[k.GUID]{T: k.KG, V: []k.GUID{g1}}, ",337714f8-3d76-f283-cdc1-33ca89be59e9"},
		{&k.Vec[k.GUID]{T: k.KG}, "`guid$()"},
		// temporal vectors
		{i32(k.KM, 147, 148), "2012.04 2012.05m"},
		{i32(k.KM, 215, 214, 213), "2017.12 2017.11 2017.10m"}, // ref/add.md
		{i32(k.KM, k.NI, 0), "0N 2000.01m"},
		{i32(k.KD, day(2013, 3, 15), day(2013, 3, 16)), "2013.03.15 2013.03.16"},
		{i32(k.KD, day(2001, 1, 1), k.NI), "2001.01.01 0N"},
		{i32(k.KD, k.NI, k.NI), "0N 0Nd"},
		{i32(k.KD, day(2013, 3, 15)), ",2013.03.15"},
		{i32(k.KD), "`date$()"},
		{zz(float64(day(2013, 6, 4))+16.0/24+13.0/86400, float64(day(2013, 6, 4))+2.0/24+13.0/86400), "2013.06.04T16:00:13.000 2013.06.04T02:00:13.000"}, // ref/file-text.md
		{zz(), "`datetime$()"},
		{i64(k.KP, ts(2013, 3, 15, 18, 55, 40, 686000000)), ",2013.03.15D18:55:40.686000000"}, // ref/file-text.md
		{i64(k.KP, -k.WJ, k.WJ), "-0W 0Wp"},
		{i64(k.KP), "`timestamp$()"},
		{i64(k.KN, 0, 2, 12), "0D00:00:00.000000000 0D00:00:00.000000002 0D00:00:00.000000012"}, // ref/xbar.md
		{i64(k.KN, -k.WJ+1, k.WJ-1), "-106751D23:47:16.854775806 106751D23:47:16.854775806"},    // basics/datatypes.md
		{i64(k.KN), "`timespan$()"},
		{i32(k.KU, 540, 550, 560), "09:00 09:10 09:20"},
		{i32(k.KU), "`minute$()"},
		{i32(k.KV, 47572, 47573), "13:12:52 13:12:53"},
		{i32(k.KV), "`second$()"},
		{i32(k.KT, 68140686, 68140686), "18:55:40.686 18:55:40.686"},
		{i32(k.KT, k.NI), ",0Nt"},
		{i32(k.KT), "`time$()"},
	}
}

func TestVectors(t *testing.T) {
	o := Default()
	for _, c := range vectorCases(t) {
		if got := Repr(c.v, o); got != c.want {
			t.Errorf("Repr(%v) = %q, want %q", c.v, got, c.want)
		}
		if got := Console(c.v, o); got != c.want {
			t.Errorf("Console(%v) = %q, want %q", c.v, got, c.want)
		}
	}
}

// reprCases are the one-line forms of compound values, as -3! and .Q.s1
// give them and as items of lists print.
var reprCases = []struct {
	v    k.Value
	want string
}{
	{l(), "()"},
	{l(j(1, 2, 5, 6), j(1, 2, 7, 8), j(3, 4, 5, 6), j(3, 4, 7, 8)), "(1 2 5 6;1 2 7 8;3 4 5 6;3 4 7 8)"}, // ref/cross.md, .Q.s1
	{l(l(j(1, 2), j(5, 6)), l(j(1, 2), j(7, 8))), "((1 2;5 6);(1 2;7 8))"},                               // ref/cross.md
	{l(f(3.141593)), ",,3.141593"},  // ref/file-binary.md, .Q.s1 of a 1×1 matrix
	{l(k.S("f"), k.J(1)), "(`f;1)"}, // ref/accumulators.md
	{l(k.S("f"), l(k.S("f"), k.J(1))), "(`f;(`f;1))"},
	{l(j(1)), ",,1"}, // ref/accumulators.md: 5 enlist\1
	{l(str("abc"), str("de")), `("abc";"de")`},
	{l(str("2"), str("3")), `(,"2";,"3")`}, // ref/string.md
	{l(j(), k.J(1)), "(`long$();1)"},
	{l(prim("like"), k.S("sym"), str("F*")), "(like;`sym;\"F*\")"},           // basics/funsql.md
	{l(prim("~:"), l(prim("="), k.S("sym"), s("FD"))), "(~:;(=;`sym;,`FD))"}, // basics/funsql.md
	{l(l(prim("="), k.S("c1"), s("c"))), ",(=;`c1;,`c)"},
	{l(l(l(prim("="), k.S("c1"), s("c")))), ",,(=;`c1;,`c)"}, // basics/funsql.md
	{l(k.Identity, k.J(1)), "(::;1)"},
	{l(k.Identity), ",::"},
	{l(prim(">"), k.J(140), l(&k.Lambda{Src: "k){x}"}, k.S("i"))), "(>;140;(k){x};`i))"}, // basics/funsql.md: a k lambda in a parse tree
	{l(&k.Lambda{Src: "{x}"}, k.J(1)), "({x};1)"},
	{dict(s("a", "b"), j(1, 2)), "`a`b!1 2"},
	{dict(s("sym", "price", "size"), s("sym", "price", "size")), "`sym`price`size!`sym`price`size"}, // basics/funsql.md
	{dict(s("this"), s("this")), "(,`this)!,`this"},                                                 // basics/internal.md
	{dict(s("c2"), l(l(prim("*"), k.J(2), k.S("c2")))), "(,`c2)!,(*;2;`c2)"},                        // basics/funsql.md
	{dict(s("foo"), l(str("bar"))), "(,`foo)!,\"bar\""},                                             // ref/doth.md
	{dict(s("a"), k.S("t")), "(,`a)!`t"},                                                            // ref/file-binary.md
	{dict(s(), f()), "(`symbol$())!`float$()"},
	{dict(l(), l()), "()!()"},
	{dict(j(10, 20, 30), ix(50, 60, 70)), "10 20 30!50 60 70i"},
	{dict(s("a", "b", "c"), l(atomI64(k.KP, 10), k.S("sad"), k.S("x"))), "`a`b`c!(2000.01.01D00:00:00.000000010;`sad;`x)"},
	{l(dict(s("a", "b"), j(1, 2)), k.J(3)), "(`a`b!1 2;3)"},
	{tbl("a b", j(1, 2), j(3, 4)), "+`a`b!(1 2;3 4)"},
	{tbl("a", j(1, 2, 3)), "+(,`a)!,1 2 3"},
	{tbl("s p qty", s("s1", "s1"), s("p1", "p4"), j(300, 200)), "+`s`p`qty!(`s1`s1;`p1`p4;300 200)"},
	{tbl("date sym time num", i32(k.KD), s(), i32(k.KT), j()), "+`date`sym`time`num!(`date$();`symbol$();`time$();`long$())"},                 // ref/dotq.md
	{keyed(tbl("color", s("blue", "green", "red")), tbl("qty", j(900, 1000, 1200))), "(+(,`color)!,`blue`green`red)!+(,`qty)!,900 1000 1200"}, // basics/syscmds.md
	{l(tbl("a", j(1)), k.J(2)), "(+(,`a)!,,1;2)"},
	{&k.Lambda{Src: "{x+y}"}, "{x+y}"},
	{&k.Lambda{Src: "k){$[0h>@x;'`rank;<x]}"}, "k){$[0h>@x;'`rank;<x]}"}, // basics/funsql.md: iasc
	{&k.Prim{T: k.FU, Name: "@:"}, "@:"},                                 // basics/parsetrees.md: type
	{&k.Prim{T: k.FU, Name: "like"}, "like"},                             // basics/parsetrees.md
	{k.Identity, "::"},
	{&k.Derived{T: k.FOver, F: prim("+")}, "+/"}, // ref/string.md
	{&k.Derived{T: k.FScan, F: prim("+")}, `+\`},
	{&k.Derived{T: k.FEach, F: &k.Lambda{Src: "{x}"}}, "{x}'"},
	{&k.Derived{T: k.FPrior, F: prim("-")}, "-':"},
	{&k.Derived{T: k.FRight, F: prim(",")}, ",/:"},
	{&k.Derived{T: k.FLeft, F: prim(",")}, `,\:`},
	{&k.Proj{F: prim("+"), Args: []k.Value{k.J(2)}}, "+[2]"},
	{&k.Proj{F: prim("%"), Args: []k.Value{nil, k.J(2)}}, "%[;2]"},
	{&k.Proj{F: &k.Lambda{Src: "{x+y+z}"}, Args: []k.Value{k.J(2), nil, k.J(4)}}, "{x+y+z}[2;;4]"},
	{&k.Proj{F: &k.Lambda{Src: "{x*y}"}, Args: []k.Value{k.J(3), nil}}, "{x*y}[3;]"},
	{&k.Proj{F: &k.Lambda{Src: "{x}"}, Args: []k.Value{str("brown")}}, `{x}["brown"]`},
	{&k.Proj{F: &k.Derived{T: k.FOver, F: prim("+")}, Args: []k.Value{k.J(2)}}, "+/[2]"},
	{&k.Comp{Fs: []k.Value{&k.Prim{T: k.FU, Name: "~:"}, &k.Derived{T: k.FPrior, F: prim("~")}}}, "~~':"}, // ref/value.md: value differ
	{&k.Proj{F: prim("$"), Args: []k.Value{k.C('b')}}, `$["b"]`},                                          // ref/value.md
	{l(prim("+"), k.J(2)), "(+;2)"},
	{&k.ErrVal{Msg: "type"}, "'type"},
}

func TestRepr(t *testing.T) {
	o := Default()
	for _, c := range reprCases {
		if got := Repr(c.v, o); got != c.want {
			t.Errorf("Repr(%v) = %q, want %q", c.v, got, c.want)
		}
	}
}

// TestReprUntruncated checks that Repr ignores the console size, as -3!
// does.
func TestReprUntruncated(t *testing.T) {
	v := make([]int64, 1000)
	got := Repr(j(v...), Options{Rows: 10, Cols: 10, Prec: 7})
	if len(got) != 1999 {
		t.Errorf("Repr of 1000 zeros has length %d, want 1999", len(got))
	}
}
