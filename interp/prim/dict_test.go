package prim

import (
	"testing"

	"qgo/interp/k"
)

func TestDictKeyValue(t *testing.T) {
	const kt = "kt:2!([]name:`Tom`Jo`Tom; city:`NYC`LA`Lagos; eye:`green`blue`brown; sex:`m`f`m)\n"
	runCases(t, []qcase{
		{"`a`b`c!1 2 3", "(`a`b`c)!1 2 3"},
		{"()!()", "()!()"},
		{"`a`b!1 2 3", "'length"},
		{kt + "kt", "([name:`Tom`Jo`Tom; city:`NYC`LA`Lagos] eye:`green`blue`brown; sex:`m`f`m)"},
		{kt + "kt~([]name:`Tom`Jo`Tom; city:`NYC`LA`Lagos)!([]eye:`green`blue`brown; sex:`m`f`m)", "1b"},
		{kt + "0!kt", "([]name:`Tom`Jo`Tom; city:`NYC`LA`Lagos; eye:`green`blue`brown; sex:`m`f`m)"},
		{"2!([]a:1 2 3;b:10 20 30;c:`x`y`z)", "([a:1 2 3;b:10 20 30]c:`x`y`z)"},
		{"5!([]a:1 2 3)", "'length"},
		{"key `q`w`e!(1 2;3 4;5 6)", "`q`w`e"},
		{"key ([s:`q`w`e]g:1 2 3;h:4 5 6)", "([]s:`q`w`e)"},
		{"key each (\"abc\";101b;1 2 3h;1 2 3i;1 2 3;1 2 3f)", "`char`boolean`short`int`long`float"},
		{"key 0#5", "`long"},
		{"key 10", "til 10"},
		{"!`a`b!1 2", "`a`b"},
		{"value `q`w`e!(1 2;3 4;5 6)", "(1 2;3 4;5 6)"},
		{"value ([s:`q`w`e]g:1 2 3)", "([]g:1 2 3)"},
		{"keys ([]a:1 2)", "`symbol$()"},
		{"keys ([s:`q`w]g:1 2)", ",`s"},
		{"`a xkey ([]b:1 2;a:`x`y)", "([a:`x`y]b:1 2)"},
		{"(`symbol$()) xkey ([a:`x`y]b:1 2)", "([]a:`x`y;b:1 2)"},
	})
}

func TestTablePrims(t *testing.T) {
	const tt = "t:([]a:3 4 5; b:6 7 8; c:`z`u`i)\n"
	runCases(t, []qcase{
		{"flip (1 2 3;4 5 6)", "(1 4;2 5;3 6)"},
		{"flip `sym`price`size!(`IBM`MSFT;10.2 23.45;100 100)", "([]sym:`IBM`MSFT;price:10.2 23.45;size:100 100)"},
		{"D:`sym`price`size!(`IBM`MSFT;10.2 23.45;100 100)\nD~flip flip D", "1b"},
		{"flip (1 2 3;4)", "(1 4;2 4;3 4)"},
		{"flip `sym`price`size!(`I;10.2 23.45 45.67;100)", "([]sym:`I`I`I;price:10.2 23.45 45.67;size:100 100 100)"},
		{"flip `a`b!(1 2;3 4 5)", "'length"},
		{"flip `a`b!1 2", "'rank"},
		{"reverse flip `a`b!(1 2 3;\"xyz\")", "([]a:3 2 1;b:\"zyx\")"},
		{tt + "cols t", "`a`b`c"},
		{"cols ([k:1 2]v:3 4)", "`k`v"},
		{tt + "`d`e xcol t", "([]d:3 4 5; e:6 7 8; c:`z`u`i)"},
		{tt + "(`a`c!`A`C) xcol t", "([]A:3 4 5; b:6 7 8; C:`z`u`i)"},
		{tt + "(enlist[`q]!enlist `r) xcol t", "'length"},
		{tt + "`b xcols t", "([]b:6 7 8; a:3 4 5; c:`z`u`i)"},
		{tt + "cols xcols[reverse cols t;t]", "`c`b`a"},
		{"ungroup ([]s:`a`b`c;p:(enlist 2;5 7 11;13 17);q:10 20 30;r:(enlist \"A\";\"CDE\";\"FG\"))",
			"([]s:`a`b`b`b`c`c;p:2 5 7 11 13 17;q:10 20 20 20 30 30;r:\"ACDEFG\")"},
		{"ungroup ([k:`a`b]v:(1 2;3 4 5))", "([]k:`a`a`b`b`b;v:1 2 3 4 5)"},
		{"ungroup group ([]a:1 2;b:`x`y)", "'type"}, // table keys, list values: no keyed table (was a Go panic)
		// a dictionary whose values are a table enlists one column per key,
		// each its row (the table's one column was taken for all: a Go panic in display)
		{"count each value flip enlist `a`b!([]a:10b;b:00b)", "1 1"},
		{"(enlist `a`b!([]a:10b;b:00b))[0;`b;`a]", "0b"},
		// trim leaves a dictionary's simple vector of values whole (it parted them from their keys)
		{"trim `a`b!0N 0N", "`a`b!0N 0N"},
		// a cast of a table that would turn a char column into one string keeps rows or fails
		{"`symbol$([]a:\"ab\")", "'length"},
		{"3$([]a:\"ab\")", "'length"},
		{"`$([]a:(\"ab\";\"c\"))", "([]a:`ab`c)"},
		{"\"D\"$([]a:\"ab\")", "'length"},
		{"\"J\"$`a`b!\"12\"", "'length"},
		{"\"J\"$([]a:(\"12\";\"3\"))", "([]a:12 3)"},
		// group of a table is no keyed table: table keys, lists of indices (Go panics in , and +)
		{"g:group ([]a:1 2 1)\nh:group ([]a:3 1)\ncount value g,h", "3"},
		{"(`a`b!1 2)*([y:enlist 2000i]i:enlist 0 1)", "'type"},
		{"count each value trim `a`b!(\"  x \";\" y\")", "1 1"},
		{"`a`b xgroup ([]a:0 0 1 1 2;b:`a`a`c`d`e;c:til 5)", "([a:0 1 1 2;b:`a`c`d`e]c:(0 1;,2;,3;,4))"},
		{"ungroup `a`b xgroup ([]a:0 0 1 1 2;b:`a`a`c`d`e;c:til 5)", "([]a:0 0 1 1 2;b:`a`a`c`d`e;c:til 5)"},
	})
}

func TestIndex(t *testing.T) {
	const d = "d:((1 2 3;4 5 6 7);(8 9;10;11 12);(13 14;15 16 17 18;19 20))\n"
	runCases(t, []qcase{
		{"\"abcdef\"[1 4 3]", "\"bed\""},
		{"m:(\"abc\";\"def\";\"ghi\";\"jkl\")\nm[3 1]", "(\"jkl\";\"def\")"},
		{"m:(\"abc\";\"def\";\"ghi\";\"jkl\")\nm[0;2 0 1]", "\"cab\""},
		{"d:`cat`cow`dog`sheep!`chat`vache`chien`mouton\nd[`cow`sheep]", "`vache`mouton"},
		{"d:`cat`cow`dog`sheep!`chat`vache`chien`mouton\nd `sheep`snake`cat`ant", "`mouton``chat`"},
		{"e:(10*til 10)!til 10\ne 80 35 20 -10", "8 0N 2 0N"},
		{"e:`s#(10*til 10)!til 10\ne 80 35 20 -10", "8 3 2 0N"},
		{"d:`s#`cat`cow`dog`sheep!`chat`vache`chien`mouton\nd `sheep`snake`cat`ant", "`mouton`mouton`chat`"},
		{"v:10 20 30 40 50\nv 5", "0N"},
		{"v:10 20 30 40 50\nv -1", "0N"},
		{"v:10 20 30 40 50\nv (1 2;3)", "(20 30;40)"},
		{"v:10 20 30 40 50\nv `a`b!1 2", "(`a`b)!20 30"},
		{"v:10 20 30 40 50\nv[]", "10 20 30 40 50"},
		{"dic:`a`b`c`d`e!10 20 30 40 50\ndic `x", "0N"},
		{"(1;`a)[1 1]", "`a`a"},
		{"(1;`a;2)[0 2]", "1 2"},
		{"(1 2;\"ab\") 5", "`long$()"},
		{"(1;`a) 5", "0N"},
		{"(1 2 3) 1.5", "'type"},
		{"1 2 3 `a", "'type"},
		{d + "d[1]", "(8 9;10;11 12)"},
		{d + "d[1;2]", "11 12"},
		{d + "d[1;2;0]", "11"},
		{d + "d[2 0;0 1]", "((13 14;15 16 17 18);(1 2 3;4 5 6 7))"},
		{d + "d[;0]", "(1 2 3;8 9;13 14)"},
		{d + "d[0 2;;1 0]", "((2 1;5 4);(14 13;16 15;20 19))"},
		{"(1;`a`b!(2 3 4;10 20 30 40))[1;`b;2]", "30"},
		{"t:([]a:1 2 3;b:`x`y`z)\nt 1", "(`a`b)!(2;`y)"},
		{"t:([]a:1 2 3;b:`x`y`z)\nt 5", "(`a`b)!(0N;`)"},
		{"t:([]a:1 2 3;b:`x`y`z)\nt `b", "`x`y`z"},
		{"t:([]a:1 2 3;b:`x`y`z)\nt 0 2", "([]a:1 3;b:`x`z)"},
		{"t:([]a:1 2 3;b:`x`y`z)\nt[1;`b]", "`y"},
		{"t:([]a:1 2 3;b:`x`y`z)\nt[;`a]", "1 2 3"},
		{"t:([]a:1 2 3;b:`x`y`z)\nt `c", "'c"},
		{"kt:([k:`a`b`c]v:1 2 3)\nkt `b", "(,`v)!,2"},
		{"kt:([k:`a`b`c]v:1 2 3)\nkt `b`c", "'length"}, // a vector is one key row (docs/ref/dotq.md)
		{"kt:([k:`a`b`c]v:1 2 3)\nkt enlist `b", "(,`v)!,2"},
		{"kt:([k:`a`b`c]v:1 2 3)\nkt ([]k:`b`c)", "([]v:2 3)"},
		{"kt:([k:`a`b`c]v:1 2 3)\nkt ([]k:`c`x)", "([]v:3 0N)"},
		{"kt:([k:`a`b;j:1 2]v:1 2)\nkt (`b;2)", "(,`v)!,2"},
		{"kt:([k:`a`b;j:1 2]v:1 2)\nkt `k`j!(`a;1)", "(,`v)!,1"},
	})
}

func TestAmend(t *testing.T) {
	runCases(t, []qcase{
		{"v:10 20 30 40 50\nv[5 1]:42 100", "'length"},
		{"dic:`a`b`c`d`e!10 20 30 40 50\ndic[`x`b]:42 100\ndic", "(`a`b`c`d`e`x)!10 100 30 40 50 42"},
		{"a:1 2 3\na[1]:5\na", "1 5 3"},
		{"a:1 2 3\na[0 2]:9\na", "9 2 9"},
		{"a:1 2 3\na[0 2]:7 8\na", "7 2 8"},
		{"a:1 2 3\na[0]:1.5", "'type"},
		{"a:1 2 3\na[0 1]:1 2 3", "'length"},
		{"l:(1;`a)\nl[1]:2\nl", "1 2"},
		{"l:(1;2)\nl[0]:`a", "'type"},
		{"l:(1;\"b\")\nl[0]:`a\nl", "(`a;\"b\")"},
		{"l:(1;`b)\nl[0]:`a\nl", "`a`b"},
		{"d:`a`b!1 2\nd[`c]:3\nd", "(`a`b`c)!1 2 3"},
		{"d:`a`b!1 2\nd[`a]:`x", "'type"},
		{"d:`a`b!1 2\nd[`c]:`x\nd", "`a`b`c!(1;2;`x)"},
		{"d:()!()\nd[`a]:1\nd", "(,`a)!,1"},
		{"t:([]a:1 2;b:`x`y)\nt[`c]:3 4\nt", "([]a:1 2;b:`x`y;c:3 4)"},
		{"t:([]a:1 2;b:`x`y)\nt[1]:`a`b!(9;`z)\nt", "([]a:1 9;b:`x`z)"},
		{"t:([]a:1 2;b:`x`y)\nt[0;`a]:7\nt", "([]a:7 2;b:`x`y)"},
		{"kt:([k:`a`b]v:1 2)\nkt[`c]:`v!3\nkt", "([k:`a`b`c]v:1 2 3)"},
		{"kt:([k:`a`b]v:1 2)\nkt[`a]:`v!9\nkt", "([k:`a`b]v:9 2)"},
		{"m:(1 2 3;4 5 6)\nm[1;2]:0\nm", "(1 2 3;4 5 0)"},
		{"m:(1 2 3;4 5 6)\nm[;0]:9\nm", "(9 2 3;9 5 6)"},
		{"m:(1 2 3;4 5 6)\nm[;0]:7 8\nm", "(7 2 3;8 5 6)"},
		{"x:(5 2.14;\"abc\")\nx[1;2]:\"x\"\nx", "(5 2.14;\"abx\")"},
		{"d:`a`b!(1 2;3 4)\nd[`b;0]:9\nd", "(`a`b)!(1 2;9 4)"},
	})
}

func TestMatch(t *testing.T) {
	runCases(t, []qcase{
		{"1 2 3~1 2 3", "1b"},
		{"1 2 3 ~`a`b", "0b"},
		{"1~1h", "0b"},
		{"3~3.0", "0b"},
		{"1 2 3~`s#1 2 3", "1b"},
		{"([]x:1 2 3)~([]x:`s#1 2 3)", "1b"},
		{"1~1-0.0000000000001", "0b"},
		{"1f~1-0.0000000000001", "1b"},
		{"0n~0n", "1b"},
		{"()~()", "1b"},
		{"()~`long$()", "0b"},
		{"(1;`a)~(1;`a)", "1b"},
		{"(`a`b!1 2)~`a`b!1 2", "1b"},
		{"(`a`b!1 2)~`b`a!2 1", "0b"},
		{"10~first enlist 10", "1b"},
		{"\"a\"~\"a\"", "1b"},
		{"\"a\"~enlist \"a\"", "0b"},
	})
}

func TestAmendOwned(t *testing.T) {
	v := q("1 2 3")
	orig := v.(*k.Vec[int64])
	r := AmendOwned(v, k.J(1), k.J(9))
	if r != v || qs(orig) != "1 9 3" {
		t.Errorf("AmendOwned did not update in place: %s", qs(r))
	}
	w := q("1 2 3")
	r = Amend(w, k.J(1), k.J(9))
	if qs(w) != "1 2 3" || qs(r) != "1 9 3" {
		t.Errorf("Amend changed its argument: %s %s", qs(w), qs(r))
	}
	l := q("(1;`a;\"b\")")
	r = AmendOwned(l, k.J(0), k.S("z"))
	if r != l || qs(r) != "(`z;`a;\"b\")" {
		t.Errorf("AmendOwned list: %s", qs(r))
	}
	s := Asc(q("3 1 2"))
	r = AmendOwned(s, k.J(0), k.J(5))
	if qs(r) != "5 2 3" {
		t.Errorf("AmendOwned keeps the sorted attribute: %s", qs(r))
	}
}

// A dictionary whose values are a table's rows gains one row per new key:
// a record for one key, a table's rows for several. New keys whose values
// are not records give a general list of values or a q error, never a
// dictionary whose keys outnumber its values (d[enlist 1 2]:9 added two
// keys and one row of 9s).
func TestAmendDictOfRows(t *testing.T) {
	mk := func() *k.Dict { return &k.Dict{K: q("`x`y"), V: q("([]a:1 2;b:3 4)")} }
	for _, c := range []struct {
		i, v string
		want string // the values' column a; ' a q error or general values
	}{
		{"`z", "`a`b!5 6", "1 2 5"},
		{"`x", "`a`b!5 6", "5 2"},
		{"`w`v", "([]a:7 8;b:9 10)", "1 2 7 8"},
		{"`y`v", "([]a:7 8;b:9 10)", "1 7 8"},
		{"enlist 1 2", "9", "'"},
		{"`w`v", "9", "'"},
		{"`w`v", "9 9", "'"},
	} {
		i, v := q(c.i), q(c.v)
		var got k.Value
		err := func() (err any) {
			defer func() { err = recover() }()
			got = Amend(mk(), i, v)
			return nil
		}()
		if c.want == "'" {
			if _, ok := err.(*k.Error); !ok && (err != nil || got.(*k.Dict).K.Len() != got.(*k.Dict).V.Len()) {
				t.Errorf("d[%s]:%s gave %s (panic %v), want a q error or as many values as keys", c.i, c.v, qs(got), err)
			}
			continue
		}
		if err != nil {
			t.Errorf("d[%s]:%s: %v", c.i, c.v, err)
			continue
		}
		d := got.(*k.Dict)
		tb, ok := d.V.(*k.Table)
		if !ok || d.K.Len() != tb.Len() || qs(tb.Data[0]) != qs(q(c.want)) {
			t.Errorf("d[%s]:%s gave %s, want %d keys and column a %s", c.i, c.v, qs(got), q(c.want).Len(), c.want)
		}
	}
}

// x,y of dictionaries, x's values a table's rows, adds one value per new
// key of y: as many values as keys (y's values were joined
// as one record, so `y!([]a:1;b:2),`a`b!3 4 had three keys and two rows).
func TestJoinDictOfRows(t *testing.T) {
	x := &k.Dict{K: q("`y`z"), V: q("([]a:1 2;b:3 4)")}
	for _, y := range []k.Value{
		&k.Dict{K: q("`a`b"), V: q("3 4")},
		&k.Dict{K: q("`w`v"), V: q("([]a:5 6;b:7 8)")},
		&k.Dict{K: q("`y`v"), V: q("([]a:5 6;b:7 8)")},
	} {
		got := func() (v k.Value) {
			defer func() {
				if p := recover(); p != nil {
					if _, ok := p.(*k.Error); !ok {
						t.Errorf("x,%s: Go panic %v", qs(y), p)
					}
				}
			}()
			return Join(x, y)
		}()
		if d, ok := got.(*k.Dict); got != nil && (!ok || d.K.Len() != d.V.Len()) {
			t.Errorf("x,%s gave %s, want as many values as keys", qs(y), qs(got))
		}
	}
}
