package format

import (
	"strings"
	"testing"

	"qgo/interp/k"
)

// notebookCases come from a public Jupyter notebook of Q for Mortals
// exercises run against real q, whose cells keep q's output verbatim,
// trailing blanks included. They pin down padding exactly: table columns
// and matrix columns are padded to their width, the last one too, while
// the values of a dictionary are not.
var notebookCases = []struct {
	src  string // the q input
	v    k.Value
	want string
}{
	{"sums[sells] &\\: sums[buys]", l(f(2, 2, 2, 2, 2, 2), f(2, 3, 6, 6, 6, 6), f(2, 3, 7, 9, 9, 9), f(2, 3, 7, 10, 11, 11)),
		lines("2 2 2 2  2  2 ", "2 3 6 6  6  6 ", "2 3 7 9  9  9 ", "2 3 7 10 11 11")},
	{"m:(1 2 3 4; 100 200 300 400; 1000 2000 3000 4000)", l(j(1, 2, 3, 4), j(100, 200, 300, 400), j(1000, 2000, 3000, 4000)),
		lines("1    2    3    4   ", "100  200  300  400 ", "1000 2000 3000 4000")},
	{"@[m; 0 2; neg]", l(j(-10, -20, -30), j(100, 200, 300), j(-1000, -2000, -3000)),
		lines("-10   -20   -30  ", "100   200   300  ", "-1000 -2000 -3000")},
	{".[m; 0 1; neg]", l(j(10, -20, 30), j(100, 200, 300)), lines("10  -20 30 ", "100 200 300")},
	{"L1[;2]+:100", l(j(1, 2, 103), j(10, 20, 130)), lines("1  2  103", "10 20 130")},
	{"t[`name`iq]", l(s("Dent", "Beeblebrox", "Prefect"), j(98, 42, 126)),
		lines("Dent Beeblebrox Prefect", "98   42         126    ")},
	{"1 2 3,/:\\:10 20", l(l(j(1, 10), j(1, 20)), l(j(2, 10), j(2, 20)), l(j(3, 10), j(3, 20))),
		lines("1 10 1 20", "2 10 2 20", "3 10 3 20")},
	{"neg (1 2 3; 4 5)", l(j(-1, -2, -3), j(-4, -5)), lines("-1 -2 -3", "-4 -5")},
	{"dc[;1]", dict(s("c1", "c2"), j(10, 2)), lines("c1| 10", "c2| 2")},
	{"dc", dict(s("c1", "c2"), l(j(0, 10, 20, 30, 40), j(1, 2, 3))), lines("c1| 0 10 20 30 40", "c2| 1 2 3")},
	{"d1+d2", dict(j(0, 100, 500000, 99, 1000000), j(110, 20, 30, 200, 300)),
		lines("0      | 110", "100    | 20", "500000 | 30", "99     | 200", "1000000| 300")},
	{`group "i miss mississippi"`, dict(str("i msp"), l(j(0, 3, 8, 11, 14, 17), j(1, 6), j(2, 7), j(4, 5, 9, 10, 12, 13), j(15, 16))),
		lines("i| 0 3 8 11 14 17", " | 1 6", "m| 2 7", "s| 4 5 9 10 12 13", "p| 15 16")},
	{"first t", dict(s("name", "iq"), l(k.S("Dent"), k.J(98))), lines("name| `Dent", "iq  | 98")},
	{"exec name, distinct state from t", dict(s("name", "state"), l(s("a", "b", "c", "d", "e"), s("NY", "FL", "OH", "HI"))),
		lines("name | `a`b`c`d`e", "state| `NY`FL`OH`HI")},
	{"kt?`name`iq!(`Dent;98)", dict(s("eid"), j(1001)), "eid| 1001"},
	{"table1", tbl("c1 c2", j(10, 20, 30), f(1.1, 2.2, 3.3)), lines("c1 c2 ", "------", "10 1.1", "20 2.2", "30 3.3")},
	{"select c1, val:2*c3 from table2", tbl("c1 val", j(1000, 1001, 1002, 1003, 1004, 1005), j(20, 40, 60, 80, 100, 120)),
		lines("c1   val", "--------", "1000 20 ", "1001 40 ", "1002 60 ", "1003 80 ", "1004 100", "1005 120")},
	{"select name from t", tbl("name", s("a", "b", "c")), lines("name", "----", "a   ", "b   ", "c   ")},
	{"select i, c1, res:2*c2 from t", tbl("x c1 res", j(0, 1, 2), s("a", "b", "c"), j(20, 40, 60)),
		lines("x c1 res", "--------", "0 a  20 ", "1 b  40 ", "2 c  60 ")},
	{"select from t where price=(max;price) fby ([]sym;ex)", tbl("sym ex time price", s("IBM", "IBM", "MSFT"), s("N", "O", "N"), i32(k.KV, 43800, 45000, 45900), f(82.1, 81.95, 23.45)),
		lines("sym  ex time     price", "----------------------", "IBM  N  12:10:00 82.1 ", "IBM  O  12:30:00 81.95", "MSFT N  12:45:00 23.45")},
	{"select count_c1: count c1, sum_c3: sum c3 by c2 from table2", keyed(tbl("c2", s("a", "b", "c")), tbl("count_c1 sum_c3", j(3, 2, 1), j(110, 70, 30))),
		lines("c2| count_c1 sum_c3", "--| ---------------", "a | 3        110   ", "b | 2        70    ", "c | 1        30    ")},
	{"select count c2 by ovrund:c3<=40 from table2", keyed(tbl("ovrund", b("01")), tbl("c2", j(2, 4))),
		lines("ovrund| c2", "------| --", "0     | 2 ", "1     | 4 ")},
	{"kt", keyed(tbl("eid", j(1001, 1002, 1003)), tbl("name iq", s("Dent", "Beeblebrox", "Prefect"), j(98, 42, 126))),
		lines("eid | name       iq ", "----| --------------", "1001| Dent       98 ", "1002| Beeblebrox 42 ", "1003| Prefect    126")},
	{"key kt", tbl("eid", j(1001, 1002, 1003)), lines("eid ", "----", "1001", "1002", "1003")},
	{"ktc", keyed(tbl("lname fname", s("Dent", "Beeblebrox", "Prefect"), s("Arthur", "Zaphod", "Ford")), tbl("iq", j(98, 42, 126))),
		lines("lname      fname | iq ", "-----------------| ---", "Dent       Arthur| 98 ", "Beeblebrox Zaphod| 42 ", "Prefect    Ford  | 126")},
	{"meta t", keyed(tbl("c", s("name", "iq")), tbl("t f a", str("sj"), s("", ""), s("", ""))),
		lines("c   | t f a", "----| -----", "name| s    ", "iq  | j    ")},
	{"meta tdetails", keyed(tbl("c", s("eid", "sc")), tbl("t f a", str("jj"), s("kt_fk", ""), s("", ""))),
		lines("c  | t f     a", "---| ---------", "eid| j kt_fk  ", "sc | j        ")},
	{"`kt insert (1005; `Marvin; 200)", j(2), ",2"},
	{"-3!`a`b`c _ d", k.Str(Repr(dict(s(), j()), Default())), `"(` + "`symbol$())!`long$()" + `"`},
	{"powers[selected]", &k.Lambda{Src: "{x*x}"}, "{x*x}"},
	{"`s#1 2 4 8", attr(k.AttrS, j(1, 2, 4, 8)), "`s#1 2 4 8"},
	{"`g#1 2 3 2 3 4 3 4 5 2 3 4 5 4 3 5 6", attr(k.AttrG, j(1, 2, 3, 2, 3, 4, 3, 4, 5, 2, 3, 4, 5, 4, 3, 5, 6)), "`g#1 2 3 2 3 4 3 4 5 2 3 4 5 4 3 5 6"},
	{"`g#100?100", attr(k.AttrG, j(37, 30, 75, 61, 56, 23, 46, 14, 13, 9, 74, 55, 92, 14, 90, 17, 89, 49, 80, 11, 8, 8, 42, 94, 19, 12, 5, 77)),
		"`g#37 30 75 61 56 23 46 14 13 9 74 55 92 14 90 17 89 49 80 11 8 8 42 94 19 12.."},
	{"2015.01.01+til 31", i32(k.KD, seq(day(2015, 1, 1), 31)...),
		"2015.01.01 2015.01.02 2015.01.03 2015.01.04 2015.01.05 2015.01.06 2015.01.07 .."},
	{"`short$123456789", k.H(k.WH), "32767h"},
	{"`char$42", k.C('*'), `"*"`},
	{"9h$42", k.F(42), "42f"},
	{"2 xexp .5", k.F(1.4142135623730951), "1.414214"},
	{"reciprocal -0.0", k.F(ninf), "-0w"},
	{"`a`b`c[-1]", k.S(""), "`"},
	{"1 2 3 wavg 50 60 70", k.F(63.333333333333336), "63.33333"},
}

// seq is n successive int32s from x.
func seq(x int32, n int) []int32 {
	v := make([]int32, n)
	for i := range v {
		v[i] = x + int32(i)
	}
	return v
}

func TestNotebook(t *testing.T) {
	o := Default()
	for _, c := range notebookCases {
		if got := Console(c.v, o); got != c.want {
			t.Errorf("q)%s\n got %q\nwant %q", c.src, got, c.want)
		}
	}
}

// TestNotebookGlobals is `get `.` from the notebook: a dictionary longer
// than the console, with lines longer than it, a projection of a lambda,
// and a composition of a projection with enlist.
func TestNotebookGlobals(t *testing.T) {
	names := []string{"help", "print", "a", "b", "long", "float", "bool", "date", "time", "symbol",
		"list_of_int", "list_by_til", "list_of_symbols", "list_op", "list_join", "func", "func2",
		"F0", "buys", "sells", "d", "dc", "trans", "table1"}
	vals := []k.Value{
		&k.Proj{F: &k.Lambda{Src: "{[gh;h;x]if[10=type u:gh[h]x;-2 u]}"}, Args: []k.Value{&k.Lambda{Src: "{[h;x]$[i.isf x;h x;i.isp x;h x;x]}"}}},
		&k.Proj{F: &k.Lambda{Src: "{x y;}"}, Args: []k.Value{&k.Comp{Fs: []k.Value{
			&k.Proj{F: &k.Lambda{Src: "{[f;x]embedPy[f;x]}"}, Args: []k.Value{&k.Prim{T: k.FU, Name: "foreign"}}},
			&k.Prim{T: k.FU, Name: "enlist"}}}}},
		k.J(43), k.S("a"), k.J(4), k.F(6e23), k.B(false), atomD(2000, 1, 1), atomI32(k.KT, 45296789),
		k.S("Similar_to_string_in_other_language"), j(1, 2, 3, 4), j(0, 1, 2, 3, 4, 5, 6, 7, 8),
		s("zero", "one", "two", "three"), j(1, 3, 5, 7, 9, 11, 13, 15), j(1, 2, 3, 4, 5),
		&k.Lambda{Src: "{[x;y;z] a:x*x; b:y;c:z; a-b+c}"}, &k.Lambda{Src: "{a:x*x; b:y;c:z; a-b+c}"},
		j(1, 2), f(2, 1, 4, 3, 5, 4), j(2, 4, 3, 2),
		dict(s("a", "b", "c"), l(j(42, 200, 300), j(42, 500), j(42))),
		dict(s("c1", "c2"), l(j(0, 10, 20, 30, 40), j(1, 2, 3))),
		tbl("c1 c2", j(10, 20, 30), f(1.1, 2.2, 3.3)), tbl("c1 c2", j(10, 20, 30), f(1.1, 2.2, 3.3)),
	}
	want := lines(
		"help           | {[gh;h;x]if[10=type u:gh[h]x;-2 u]}[{[h;x]$[i.isf x;h x;i.is..",
		"print          | {x y;}[{[f;x]embedPy[f;x]}[foreign]enlist]",
		"a              | 43",
		"b              | `a",
		"long           | 4",
		"float          | 6e+23",
		"bool           | 0b",
		"date           | 2000.01.01",
		"time           | 12:34:56.789",
		"symbol         | `Similar_to_string_in_other_language",
		"list_of_int    | 1 2 3 4",
		"list_by_til    | 0 1 2 3 4 5 6 7 8",
		"list_of_symbols| `zero`one`two`three",
		"list_op        | 1 3 5 7 9 11 13 15",
		"list_join      | 1 2 3 4 5",
		"func           | {[x;y;z] a:x*x; b:y;c:z; a-b+c}",
		"func2          | {a:x*x; b:y;c:z; a-b+c}",
		"F0             | 1 2",
		"buys           | 2 1 4 3 5 4f",
		"sells          | 2 4 3 2",
		"d              | `a`b`c!(42 200 300;42 500;,42)",
		"dc             | `c1`c2!(0 10 20 30 40;1 2 3)",
		"..")
	got := Console(dict(s(names...), l(vals...)), Default())
	if got != want {
		t.Errorf("get `.:\n got:\n%s\nwant:\n%s", got, want)
		gl, wl := strings.Split(got, "\n"), strings.Split(want, "\n")
		for i := range min(len(gl), len(wl)) {
			if gl[i] != wl[i] {
				t.Errorf("first difference, line %d:\n got %q\nwant %q", i+1, gl[i], wl[i])
				break
			}
		}
	}
}
