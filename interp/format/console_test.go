package format

import (
	"math"
	"strings"
	"testing"

	"qgo/interp/k"
)

// consoleCases are console displays of lists, dictionaries and tables,
// taken from transcripts in github.com/KxSystems/docs (pages under docs/).
// They are compared as qconform compares, with trailing blanks stripped
// from each line: the docs print none, while q pads table columns.
var consoleCases = []struct {
	src  string // where the transcript is
	v    k.Value
	want string
}{
	{"ref/join.md", l(k.J(0), f(1, 2.5), b("01"), k.S("a"), str("abc")),
		lines("0", "1 2.5", "01b", "`a", `"abc"`)},
	{"ref/next.md", l(str("abc"), k.S("ibm"), j()),
		lines(`"abc"`, "`ibm", "`long$()")},
	{"ref/lower.md", l(k.S("THE"), l(s("QUICK", "BROWN"), l(k.S("FOX"), s("JUMPS", "OVER"))), k.S("A"), s("LAZY", "DOG")),
		lines("`THE", "(`QUICK`BROWN;(`FOX;`JUMPS`OVER))", "`A", "`LAZY`DOG")},
	{"ref/accumulators.md", l(k.J(1), j(1), l(j(1)), l(l(j(1)))),
		lines("1", ",1", ",,1", ",,,1")},
	{"ref/accumulators.md", l(k.J(1), l(k.S("f"), k.J(1)), l(k.S("f"), l(k.S("f"), k.J(1)))),
		lines("1", "(`f;1)", "(`f;(`f;1))")},
	{"ref/cut.md", l(j(0, 1, 2, 3), j(4, 5, 6, 7), j(8, 9)),
		lines("0 1 2 3", "4 5 6 7", "8 9")},
	{"ref/cut.md", l(j(2, 3), j(4, 5, 6, 7, 8), j(9)),
		lines("2 3", "4 5 6 7 8", ",9")},
	{"ref/enlist.md", l(j(0, 1, 2, 3, 4), s("ibm", "goog"), str("hello")),
		lines("0 1 2 3 4", "`ibm`goog", `"hello"`)},
	{"ref/asc.md", l(k.B(true), k.J(0), k.J(1), k.C('a'), k.C('b'), atomD(2009, 1, 1)),
		lines("1b", "0", "1", `"a"`, `"b"`, "2009.01.01")},
	{"ref/identity.md: enlist {1;}[]", l(k.Identity), "::"},
	{"Q for Mortals 3.3.1: () has no console display", l(), ""},
	{"ref/value.md: value +[2]", l(prim("+"), k.J(2)), lines("+", "2")},
	{"basics/atomic.md", l(j(-5, -2), k.J(-3), j(8, 0, -2)),
		lines("-5 -2", "-3", "8 0 -2")},
	{"ref/in.md", l(b("010"), l(b("110"), b("000")), b("000")),
		lines("010b", "(110b;000b)", "000b")},
	{"ref/vs.md", l(str("abc"), str("def"), str("ghi")),
		lines(`"abc"`, `"def"`, `"ghi"`)},
	{"ref/vs.md", l(xx(0, 1), xx(4, 5)), lines("0x0001", "0x0405")},
	{"ref/vs.md", l(xx(1), xx(1), xx(1)), lines(",0x01", ",0x01", ",0x01")},
	{"ref/string.md", l(str("c"), str("a"), str("t")), lines(`,"c"`, `,"a"`, `,"t"`)},
	{"ref/string.md", l(l(str("2"), str("3")), l(str("a"), str("b"), str("c"))),
		lines(`(,"2";,"3")`, `(,"a";,"b";,"c")`)},
	{"ref/inv.md", l(b("100"), b("010"), b("001")), lines("100b", "010b", "001b")},
	{"basics/comparison.md", l(b("11111"), b("11111")), lines("11111b", "11111b")},
	{"ref/pad.md", l(str("The      "), l(str("fox      "), l(str("jumps    "), str("over     "))), l(str("the      "), str("dog      "))),
		lines(`"The      "`, `("fox      ";("jumps    ";"over     "))`, `("the      ";"dog      ")`)},
	// lists of lists of one count print as matrices
	{"ref/inv.md", l(f(1, 2.220446e-16, -2.775558e-17), f(0, 1, 5.551115e-17), f(0, 0, 1)),
		lines("1 2.220446e-16 -2.775558e-17", "0 1            5.551115e-17", "0 0            1")},
	{"ref/lsq.md", l(f(4.440892e-16, 2.220446e-16, 0, 4.440892e-16), f(8.881784e-16, 0, -1.776357e-15, 0)),
		lines("4.440892e-16 2.220446e-16 0             4.440892e-16", "8.881784e-16 0            -1.776357e-15 0")},
	{"basics/implicit-iteration.md", l(b("011"), l(k.B(true), b("10"), k.B(false))),
		lines("0  1   1", "1b 10b 0b")},
	{"basics/atomic.md", l(l(j(7, 8), j(9, 10, 11)), l(k.J(13), j(15, 16))),
		lines("7 8 9 10 11", "13  15 16")},
	{"ref/accumulators.md", l(j(2, 7), j(4, 14), j(8, 28), j(16, 56)),
		lines("2  7", "4  14", "8  28", "16 56")},
	{"ref/div.md", l(j(3, 2), j(-2, -2)), lines("3  2", "-2 -2")},
	{"ref/compose.md", l(j(-100, 2, 3, 4, -100, 6, 7, 8, 9, -100), j(0, 2, 5, 9, 0, 6, 13, 21, 30, 0)),
		lines("-100 2 3 4 -100 6 7  8  9  -100", "0    2 5 9 0    6 13 21 30 0")},
	{"basics/application.md", l(l(str("Now"), str("is"), str("the"), str("time")), l(str("for"), str("all"), str("good"), str("folk"))),
		lines(`"Now" "is"  "the"  "time"`, `"for" "all" "good" "folk"`)},
	{"ref/file-text.md", l(ix(0, 1), l(str("ab\nc"), str("def"))),
		lines("0       1", `"ab\nc" "def"`)},
	{"ref/file-text.md", l(ix(0, 10, 20), s("hea", "dfi", "oil"), ix(481, 579, 77)),
		lines("0   10  20", "hea dfi oil", "481 579 77")},
	{"ref/file-text.md", l(s("one", "two", "three"), l(str("1"), str("2"), str("3"))),
		lines("one  two  three", `,"1" ,"2" ,"3"`)},
	{"ref/file-text.md", l(i32(k.KD, day(2013, 3, 15), day(2013, 3, 15)), i32(k.KT, 68140686, 68140686)),
		lines("2013.03.15   2013.03.15", "18:55:40.686 18:55:40.686")},
	{"ref/dotq.md: .Q.ld", l(j(1, 2, 5, 6), l(str("/ multi line func"), str("f:{\n  x+y\n }"), str("/ single line func"), str("g:{x*y}"))),
		lines(`1                   2                5                    6`, `"/ multi line func" "f:{\n  x+y\n }" "/ single line func" "g:{x*y}"`)},
	// dictionaries
	{"basics/dictsandtables.md", dict(s("tom", "dick", "harry"), j(1040, 59, 27)),
		lines("tom  | 1040", "dick | 59", "harry| 27")},
	{"basics/comparison.md", dict(s("a", "b"), b("10")), lines("a| 1", "b| 0")},
	{"basics/dictsandtables.md", dict(s("a"), j(1)), "a| 1"},
	{"basics/dictsandtables.md", dict(l(), l()), ""},
	{"basics/dictsandtables.md", dict(s(), f()), ""},
	{"basics/datatypes.md", dict(s("minutes", "seconds", "nanoseconds"), l(atomI32(k.KU, 720), atomI32(k.KV, 43200), atomI64(k.KN, ns(12, 0, 0, 0)))),
		lines("minutes    | 12:00", "seconds    | 12:00:00", "nanoseconds| 0D12:00:00.000000000")},
	{"basics/dictsandtables.md", dict(s("name", "dob", "sex"), l(s("jack", "jill", "john"), i32(k.KD, day(1982, 9, 15), day(1984, 7, 5), day(1990, 11, 16)), s("m", "f", "m"))),
		lines("name| jack       jill       john", "dob | 1982.09.15 1984.07.05 1990.11.16", "sex | m          f          m")},
	{"ref/subtract.md", dict(s("a", "b"), l(j(9, -22, 2), j(3, 4, -7))),
		lines("a| 9 -22 2", "b| 3 4   -7")},
	{"ref/exp.md", dict(s("a", "b"), l(f(math.Exp(10), math.Exp(-21), math.Exp(3)), f(math.Exp(4), math.Exp(5), math.Exp(-6)))),
		lines("a| 22026.47 7.58256e-10 20.08554", "b| 54.59815 148.4132    0.002478752")},
	{"basics/funsql.md", dict(s("a", "b", "c"), l(j(10, 40, 40), j(20), j(30, 30))),
		lines("a| 10 40 40", "b| ,20", "c| 30 30")},
	{"ref/exec.md", dict(s("name", "eye"), l(s("tom", "dick", "harry", "jack", "jill"), s("blue", "green", "gray"))),
		lines("name| `tom`dick`harry`jack`jill", "eye | `blue`green`gray")},
	{"basics/funsql.md", dict(s("one", "two"), l(s("a", "b", "c", "c", "a", "a"), j(10, 20, 30, 30, 40, 40))),
		lines("one| a  b  c  c  a  a", "two| 10 20 30 30 40 40")},
	{"basics/funsql.md", dict(s("one", "two"), l(s("a", "b", "c", "c", "a", "a"), k.J(170))),
		lines("one| `a`b`c`c`a`a", "two| 170")},
	{"ref/string.md", dict(s("a", "b", "c"), l(str("2002"), str("2004"), str("2010"))),
		lines(`a| "2002"`, `b| "2004"`, `c| "2010"`)},
	{"ref/sublist.md", dict(s("a", "b"), l(j(1, 2, 3), str("xyz"))),
		lines("a| 1 2 3", "b| x y z")},
	{"basics/application.md", dict(s("name", "dob", "sex"), l(k.S(""), atomI32(k.KD, k.NI), k.S(""))),
		lines("name| `", "dob | 0Nd", "sex | `")},
	{"basics/application.md", dict(s("eye", "sex"), s("", "")), lines("eye|", "sex|")},
	{"ref/fill.md", dict(s("a", "b", "c"), j(1, 2, 30)), lines("a| 1", "b| 2", "c| 30")},
	{"ref/dotq.md: .Q.id", dict(s("abs1", "acos1"), l(l(), l())), lines("abs1 |", "acos1|")},
	{"ref/doth.md", dict(s("htm", "html"), l(str("text/html"), str("text/html"))),
		lines(`htm | "text/html"`, `html| "text/html"`)},
	{"ref/dotq.md", dict(s("a"), k.S("t")), "(,`a)!`t"},
	{"ref/pad.md", dict(s("a", "b", "c"), l(str("    quick"), str("    brown"), str("      fox"))),
		lines(`a| "    quick"`, `b| "    brown"`, `c| "      fox"`)},
	{"ref/apply.md", dict(j(70, 80, 90), j(7, 8, 9)), lines("70| 7", "80| 8", "90| 9")},
	{"ref/apply.md", dict(i32(k.KD, day(2001, 1, 3)), j(10)), "2001.01.03| 10"},
	{"ref/log.md: nulls in a matrix are blank", dict(s("a", "b"), l(f(math.Log(10), k.NF, math.Log(3)), f(math.Log(4), math.Log(5), k.NF))),
		lines("a| 2.302585          1.098612", "b| 1.386294 1.609438")},
	{"ref/log.md", dict(s("a", "b"), l(f(1, k.NF, math.Log10(3)), f(math.Log10(4), math.Log10(5), k.NF))),
		lines("a| 1               0.4771213", "b| 0.60206 0.69897")},
	{"ref/log.md", tbl("a b", f(math.Log(10), k.NF, math.Log(3)), f(math.Log(4), math.Log(5), k.NF)),
		lines("a        b", "-----------------", "2.302585 1.386294", "         1.609438", "1.098612")},
	{"ref/log.md", keyed(tbl("k", s("abc", "def", "ghi")), tbl("a b", f(math.Log(10), k.NF, math.Log(3)), f(math.Log(4), math.Log(5), k.NF))),
		lines("k  | a        b", "---| -----------------", "abc| 2.302585 1.386294", "def|          1.609438", "ghi| 1.098612")},
	{"ref/log.md", l(k.F(math.Log(2)), f(math.Log(3), math.Log(4))), lines("0.6931472", "1.098612 1.386294")},
	{"ref/log.md", l(k.F(2), f(math.Log(5)/math.Log(3), math.Log(6)/math.Log(4))), lines("2f", "1.464974 1.292481")},
	{"nulls in a dictionary show blank, as in a table", dict(s("a", "b"), j(1, k.NJ)), lines("a| 1", "b|")},
	// keyed tables, and dictionaries with a table on one side
	{"basics/application.md", keyed(tbl("name city", s("Tom", "Jo", "Tom"), s("NYC", "LA", "Lagos")), tbl("eye sex", s("green", "blue", "brown"), s("m", "f", "m"))),
		lines("name city | eye   sex", "----------| ---------", "Tom  NYC  | green m", "Jo   LA   | blue  f", "Tom  Lagos| brown m")},
	{"ref/dotq.md: .Q.s", keyed(tbl("h", j(1, 2, 3)), tbl("m", j(4, 5, 6))),
		lines("h| m", "-| -", "1| 4", "2| 5", "3| 6")},
	{"basics/qsql.md", keyed(tbl("stock", s("bac", "ibm", "usb")), tbl("total", j(1000, 2000, 815))),
		lines("stock| total", "-----| -----", "bac  | 1000", "ibm  | 2000", "usb  | 815")},
	{"basics/math.md", keyed(tbl("sym", s("ibm", "goog", "msoft")), tbl("qty p", j(1000, 2000, 3000), j(1550, 375, 98))),
		lines("sym  | qty  p", "-----| ---------", "ibm  | 1000 1550", "goog | 2000 375", "msoft| 3000 98")},
	{"ref/asc.md: meta", keyed(tbl("c", s("a", "b")), tbl("t f a", str("js"), s("", ""), s("p", ""))),
		lines("c| t f a", "-| -----", "a| j   p", "b| s")},
	{"basics/funsql.md", keyed(tbl("one", l(str("a"), str("b"), str("c"))), tbl("c1 c2 c3 c4", s("a", "b", "c"), j(40, 20, 30), f(3.14159, 2.2, 3.3), s("dog", "sheep", "dog"))),
		lines("one | c1 c2 c3      c4", "----| -------------------", `,"a"| a  40 3.14159 dog`, `,"b"| b  20 2.2     sheep`, `,"c"| c  30 3.3     dog`)},
	{"basics/funsql.md", keyed(tbl("one two", s("a", "a", "b", "c"), j(10, 40, 20, 30)), tbl("c1 c2 c3 c4", s("a", "a", "b", "c"), j(10, 40, 20, 30), f(1.1, 3.14159, 2.2, 3.3), s("cow", "dog", "sheep", "dog"))),
		lines("one two| c1 c2 c3      c4", "-------| -------------------", "a   10 | a  10 1.1     cow", "a   40 | a  40 3.14159 dog", "b   20 | b  20 2.2     sheep", "c   30 | c  30 3.3     dog")},
	{"basics/funsql.md", dict(s("a", "b", "c"), tbl("c2", l(j(10, 40, 40), j(20), j(30, 30)))),
		lines(" | c2", "-| --------", "a| 10 40 40", "b| ,20", "c| 30 30")},
	{"basics/funsql.md", dict(s("a", "b", "c"), tbl("two three", l(j(10, 40, 40), j(20), j(30, 30)), l(f(1.1, 4.4, 3.14159), f(2.2), f(3.3, 3.3)))),
		lines(" | two      three", "-| ------------------------", "a| 10 40 40 1.1 4.4 3.14159", "b| ,20      ,2.2", "c| 30 30    3.3 3.3")},
	{"basics/funsql.md", dict(tbl("one", s("a", "b", "c")), l(j(10, 40, 40), j(20), j(30, 30))),
		lines("one|", "---| --------", "a  | 10 40 40", "b  | ,20", "c  | 30 30")},
	{"ref/exec.md", dict(tbl("s", s("s1", "s2")), j(1600, 700)),
		lines("s |", "--| ----", "s1| 1600", "s2| 700")},
	{"ref/exec.md", dict(s("s1", "s2", "s3", "s4"), tbl("q", j(1600, 700, 200, 600))),
		lines("  | q", "--| ----", "s1| 1600", "s2| 700", "s3| 200", "s4| 600")},
	// tables
	{"ref/union.md", tbl("x y", j(2, 3, 5, 4), str("abcd")),
		lines("x y", "---", "2 a", "3 b", "5 c", "4 d")},
	{"basics/syntax.md", tbl("sym price", s("aapl"), j(100)),
		lines("sym  price", "----------", "aapl 100")},
	{"basics/qsql.md", tbl("c1 c11 x c2 c3", s("a", "b", "c"), s("a", "b", "c"), j(20, 40, 60), f(11.1, 22.2, 33.3), l(str("1.1"), str("2.2"), str("3.3"))),
		lines("c1 c11 x  c2   c3", "--------------------", `a  a   20 11.1 "1.1"`, `b  b   40 22.2 "2.2"`, `c  c   60 33.3 "3.3"`)},
	{"basics/qsql.md", tbl("a b", l(str("ref/a"), str("ref/b"), str("ref/c")), j(0, 2, 4)),
		lines("a       b", "---------", `"ref/a" 0`, `"ref/b" 2`, `"ref/c" 4`)},
	{"basics/qsql.md", tbl("a", j(6)), lines("a", "-", "6")},
	{"ref/string.md", tbl("a b", l(str("1"), str("2"), str("3")), l(str("ibm"), str("goog"), str("aapl"))),
		lines("a    b", "-----------", `,"1" "ibm"`, `,"2" "goog"`, `,"3" "aapl"`)},
	{"ref/enlist.md", tbl("a b c", j(1), l(j(2, 3)), j(4)),
		lines("a b   c", "-------", "1 2 3 4")},
	{"basics/math.md", tbl("b c", f(3, 1.5, 1), f(3.0/45, 3.0/46, 3.0/47)),
		lines("b   c", "--------------", "3   0.06666667", "1.5 0.06521739", "1   0.06382979")},
	{"ref/exp.md", tbl("a b", f(math.Exp(10), math.Exp(-21), math.Exp(3)), f(math.Exp(4), math.Exp(5), math.Exp(-6))),
		lines("a           b", "-----------------------", "22026.47    54.59815", "7.58256e-10 148.4132", "20.08554    0.002478752")},
	{"basics/comparison.md", tbl("timeSpan timeStamp", i64(k.KN, ns(9, 30, 1, 0)), i64(k.KP, ts(2016, 9, 6, 9, 30, 1, 0))),
		lines("timeSpan             timeStamp", "--------------------------------------------------", "0D09:30:01.000000000 2016.09.06D09:30:01.000000000")},
	{"ref/bin.md", tbl("time sym px vol", i32(k.KU, 540, 550), s("AAPL", "AAPL"), f(81.77547, 75.20102), j(36, 12)),
		lines("time  sym  px       vol", "-----------------------", "09:00 AAPL 81.77547 36", "09:10 AAPL 75.20102 12")},
	{"ref/aj.md: null cells are blank", tbl("time sym qty px", i32(k.KV, 36061, 36064), s("msft", "ge"), j(100, 150), j(101, k.NJ)),
		lines("time     sym  qty px", "---------------------", "10:01:01 msft 100 101", "10:01:04 ge   150")},
	{"ref/file-text.md", tbl("a", i32(k.KM, 208, 212)), lines("a", "-------", "2017.05", "2017.09")},
	{"ref/pad.md", tbl("a b", l(str("    quick"), str("    brown")), l(str("    jumps"), str("     over"))),
		lines("a           b", "-----------------------", `"    quick" "    jumps"`, `"    brown" "     over"`)},
	{"ref/xgroup.md", keyed(tbl("p", s("p1", "p3")), tbl("s qty", l(s("s1", "s2"), s("s1")), l(j(300, 300), j(400)))),
		lines("p | s      qty", "--| --------------", "p1| `s1`s2 300 300", "p3| ,`s1   ,400")},
	{"a table without columns prints nothing", &k.Table{Cols: k.Syms()}, ""},
	{"ref/deltas.md: int vectors in cells lose their i", keyed(tbl("sym", s("AAPL", "GOOG")), tbl("movement", l(ix(1, 0, -1), ix(1, 1, 1)))),
		lines("sym | movement", "----| --------", "AAPL| 1 0 -1", "GOOG| 1 1 1")},
	{"ref/select.md: symbol vectors in cells keep their backticks", keyed(tbl("sex", s("f", "m")), tbl("name eye", l(s("jill"), s("tom", "dick", "harry", "jack")), l(s("gray"), s("blue", "green", "blue", "blue")))),
		lines("sex| name                 eye", "---| ------------------------------------------", "f  | ,`jill               ,`gray", "m  | `tom`dick`harry`jack `blue`green`blue`blue")},
	{"ref/select.md", keyed(tbl("sex eye", s("f", "m", "m"), s("gray", "blue", "green")), tbl("name", l(s("jill"), s("tom", "harry", "jack"), s("dick")))),
		lines("sex eye  | name", "---------| ---------------", "f   gray | ,`jill", "m   blue | `tom`harry`jack", "m   green| ,`dick")},
	{"ref/ungroup.md", tbl("s p q r", s("a", "b", "c"), l(j(2), j(5, 7, 11), j(13, 17)), j(10, 20, 30), l(str("A"), str("CDE"), str("FG"))),
		lines("s p      q  r", "-----------------", `a ,2     10 ,"A"`, `b 5 7 11 20 "CDE"`, `c 13 17  30 "FG"`)},
	{"ref/dotq.md: .Q.ty", tbl("a b c d e", j(3, 4, 5), str("abc"), l(k.J(3), str("xy"), k.S("ab")), l(j(3, 4), j(5, 3), j(4, 5)), l(str("abc"), str("de"), str("fg"))),
		lines("a b c    d   e", "------------------", `3 a 3    3 4 "abc"`, `4 b "xy" 5 3 "de"`, `5 c `+"`ab"+`  4 5 "fg"`)},
	{"float vectors in cells lose their f", tbl("a", l(f(1, 2), f(3))), lines("a", "---", "1 2", ",3")},
	{"an empty table shows its header", tbl("a b", j(), s()), lines("a b", "---")},
	{"bool, byte and guid columns", tbl("b x g", b("10"), xx(1, 0xab), &k.Vec[k.GUID]{T: k.KG, V: make([]k.GUID, 2)}),
		lines("b x  g", "-----------------------------------------", "1 01 00000000-0000-0000-0000-000000000000", "0 ab 00000000-0000-0000-0000-000000000000")},
}

func TestConsole(t *testing.T) {
	o := Default()
	for _, c := range consoleCases {
		if got := trimLines(Console(c.v, o)); got != c.want {
			t.Errorf("%s:\n got:\n%s\nwant:\n%s", c.src, got, c.want)
		}
	}
}

// TestPadding pins down q's padding: every table column is padded to its
// width, the last one too (ref/doth.md: .h.jx shows "a    b   c  ").
func TestPadding(t *testing.T) {
	o := Default()
	cases := []struct {
		v    k.Value
		want string
	}{
		{tbl("a b c", j(500, 1000), j(904, 210), j(34, 148)), lines("a    b   c  ", "------------", "500  904 34 ", "1000 210 148")},
		{dict(s("a", "bb"), j(1, 20)), lines("a | 1", "bb| 20")},
		{l(j(1, 20), j(300, 4)), lines("1   20", "300 4 ")},
		{l(j(1, 20), j(3)), lines("1 20", ",3")},
	}
	for _, c := range cases {
		if got := Console(c.v, o); got != c.want {
			t.Errorf("Console(%v) =\n%q\nwant\n%q", c.v, got, c.want)
		}
	}
}

// TestTruncation checks \c: basics/syscmds.md shows \c 10 10 (coerced from
// \c 5 5) cutting til each 20+til 10 to 7 lines of 7 characters and "..";
// ref/doth.md shows a list of strings cut after 22 lines at \c 25 80.
func TestTruncation(t *testing.T) {
	items := make([]k.Value, 10)
	for i := range items {
		v := make([]int64, 20+i)
		for x := range v {
			v[x] = int64(x)
		}
		items[i] = j(v...)
	}
	got := Console(l(items...), Options{Rows: 10, Cols: 10, Prec: 7})
	want := strings.Repeat("0 1 2 3..\n", 7) + ".."
	if got != want {
		t.Errorf("\\c 10 10: got\n%s\nwant\n%s", got, want)
	}

	o := Default()
	strs := make([]k.Value, 30)
	for i := range strs {
		strs[i] = str("x")
	}
	got = Console(l(strs...), o)
	if n := strings.Count(got, "\n") + 1; n != 23 || !strings.HasSuffix(got, "\n..") {
		t.Errorf("30 strings at \\c 25 80: %d lines ending %q, want 22 and ..", n, got[len(got)-5:])
	}
	// 23 lines fit in a 25-line console; 24 do not
	strs = strs[:23]
	if got := Console(l(strs...), o); strings.Contains(got, "..") {
		t.Errorf("23 strings were cut: %q", got)
	}
	strs = append(strs, str("y"))
	if got := Console(l(strs...), o); strings.Count(got, "\n") != 22 || !strings.HasSuffix(got, "\n..") {
		t.Errorf("24 strings were not cut to 22 and ..: %q", got)
	}

	// a vector: a line of 79 characters fits in 80 columns, 80 do not
	v := make([]int64, 40)
	line := Console(j(v...), o) // "0 0 ... 0" is 79 characters
	if len(line) != 79 || strings.Contains(line, "..") {
		t.Errorf("40 zeros: %q", line)
	}
	v = append(v, 1)
	want = strings.Repeat("0 ", 38) + "0.."
	if got := Console(j(v...), o); got != want {
		t.Errorf("41 items: got %q, want %q", got, want)
	}

	// a table: header and dashes count as lines; widths come from the
	// rows shown
	n := 100
	col := make([]int64, n)
	for i := range col {
		col[i] = int64(i)
	}
	col[n-1] = 123456789
	got = Console(tbl("a", j(col...)), o)
	ls := strings.Split(got, "\n")
	if len(ls) != 23 || ls[0] != "a " || ls[1] != "--" || ls[21] != "19" || ls[22] != ".." {
		t.Errorf("100-row table: %q", ls)
	}

	// a long table row
	wide := tbl("a b", l(str(strings.Repeat("x", 100))), j(1))
	ls = strings.Split(Console(wide, o), "\n")
	if len(ls) != 3 || len(ls[2]) != 79 || !strings.HasSuffix(ls[2], "..") || len(ls[1]) != 79 {
		t.Errorf("wide table: %q", ls)
	}

	// a big vector is not rendered whole
	big := make([]int64, 10_000_000)
	if got := Console(j(big...), o); len(got) != 79 {
		t.Errorf("big vector: %d characters", len(got))
	}

	// no limits
	if got := Console(l(strs...), Options{Prec: 7}); strings.Contains(got, "..") {
		t.Errorf("unlimited console cut the output")
	}
}

// TestLambdaConsole checks that a lambda prints its source, newlines and
// all.
func TestLambdaConsole(t *testing.T) {
	src := "{[x]\n  a:1;\n  x+a}"
	if got := Console(&k.Lambda{Src: src}, Default()); got != src {
		t.Errorf("got %q", got)
	}
}

// A table can stand as a column (select x by g, where x is a dictionary
// per group, leaves one): each cell is that row as a dictionary, as any
// nested cell shows its -3! form; it was a Go panic.
func TestTableColumnCell(t *testing.T) {
	inner := tbl("v", j(7, 8))
	outer := tbl("a x", j(1, 2), inner)
	got := trimLines(Console(outer, Default()))
	want := "a x\n----------\n1 (,`v)!,7\n2 (,`v)!,8"
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}
