package prim

import "testing"

// Examples from the KX reference pages (docs/ref/*.md), as console input
// and the value shown.

func TestTilCountFirstLast(t *testing.T) {
	runCases(t, []qcase{
		{"til 0", "`long$()"},
		{"til 1b", ",0"},
		{"til 5", "0 1 2 3 4"},
		{"til 5f", "'type"},
		{"til -1", "'domain"},
		{"!5", "0 1 2 3 4"},
		{"count 0", "1"},
		{"count \"zero\"", "4"},
		{"count (2;3 5;\"eight\")", "3"},
		{"count `a`b`c!2 3 5", "3"},
		{"count ([]city:`London`Paris`Berlin; country:`England`France`Germany)", "3"},
		{"#1 2 3", "3"},
		{"first 1 2 3 4 5", "1"},
		{"first 42", "42"},
		{"first `a`b`c!(1 2;3 4 5;\"hello\")", "1 2"},
		{"first `long$()", "0N"},
		{"first ([]a:1 2;b:`x`y)", "(`a`b)!(1;`x)"},
		{"*`a`b", "`a"},
		{"last til 10", "9"},
		{"last `a`b`c!1 2 3", "3"},
		{"last 42", "42"},
		{"last \"\"", "\" \""},
	})
}

func TestReverseWhereEnlist(t *testing.T) {
	runCases(t, []qcase{
		{"reverse 1 2 3 4", "4 3 2 1"},
		{"reverse `a`b!(1 2 3;\"xyz\")", "(`b`a)!(\"xyz\";1 2 3)"},
		{"reverse ([]a:1 2 3;b:\"xyz\")", "([]a:3 2 1;b:\"zyx\")"},
		{"|5", "5"},
		{"where 2 3 0 1", "0 0 1 1 1 3"},
		{"where 0 1 1 0 1", "1 2 4"},
		{"where `amr`ibm`msft!2 3 1", "`amr`amr`ibm`ibm`ibm`msft"},
		{"where 0 1 2 3!2 3 0 1", "0 0 1 1 1 3"},
		{"&01b", ",1"},
		{"where -1 2", "'domain"},
		{"where `a`b", "'type"},
		{"enlist 10", ",10"},
		{"enlist 1 2", "enlist 1 2"},
		{"enlist `a`b`c!(1;2 3;4)", "+(`a`b`c)!(,1;enlist 2 3;,4)"},
		{"enlist[til 5;`ibm`goog;\"hello\"]", "(0 1 2 3 4;`ibm`goog;\"hello\")"},
	})
}

func TestRaze(t *testing.T) {
	runCases(t, []qcase{
		{"raze (1 2;3 4 5)", "1 2 3 4 5"},
		{"raze (1 2;(3 4;5 6);7;8)", "(1;2;3 4;5 6;7;8)"},
		{"raze 42", ",42"},
		{"raze `q`w`e!(1 2;3 4;5 6)", "1 2 3 4 5 6"},
		{"raze (10;`a`b!(1 2;3 5))", "'type"},
		{"raze (\"ab\";\"c\")", "\"abc\""},
		// strings that fill their allocations: no pointer past their end
		// (go test -race checks pointer arithmetic)
		{"raze (\"abcdefgh\";\"ijklmnop\";16#\"q\")", "\"abcdefghijklmnopqqqqqqqqqqqqqqqq\""},
		{"raze (1;2.5)", "(1;2.5)"},
		{"raze ()", "()"},
		{"raze (([]a:1 2);([]a:,3))", "([]a:1 2 3)"},
	})
}

func TestPrevNextDifferFills(t *testing.T) {
	runCases(t, []qcase{
		{"next 2 3 5 7 11", "3 5 7 11 0N"},
		{"next (1 2;\"abc\";`ibm)", "(\"abc\";`ibm;`long$())"},
		{"prev 2 3 5 7 11", "0N 2 3 5 7"},
		{"prev (1 2;\"abc\";`ibm)", "(`long$();1 2;\"abc\")"},
		{"2 xprev 2 7 5 3 11", "0N 0N 2 7 5"},
		{"-2 xprev 2 7 5 3 11", "5 3 11 0N 0N"},
		{"1 xprev \"abcde\"", "\" abcd\""},
		{"differ`IBM`IBM`MSFT`CSCO`CSCO", "10110b"},
		{"differ 1 3 3 4 5 6 6", "1101110b"},
		{"differ (7;`a;`a;0N)", "1101b"},
		{"differ 96.100000000000009 96.099999999999994", "10b"},
		{"differ 0n 0n 1", "101b"},
		{"fills 0N 2 3 0N 0N 7 0N", "0N 2 3 3 3 7 7"},
		{"fills 1 0N 3 0N 0N 5", "1 1 3 3 3 5"},
		{"fills `x``y```z", "`x`x`y`y`y`z"},
		{"fills 0N 0N 3 0N 5", "0N 0N 3 3 5"},
		{"fills 1.5 0n 2", "1.5 1.5 2"},
		{"fills \"a  b\"", "\"aaab\""},
		{"fills ([]c2:1 0N 3)", "([]c2:1 1 3)"},
	})
}

func TestRotateSublist(t *testing.T) {
	runCases(t, []qcase{
		{"2 rotate 2 3 5 7 11", "5 7 11 2 3"},
		{"-2 rotate 2 3 5 7 11", "7 11 2 3 5"},
		{"1 rotate ([]a:1 2 3;b:\"xyz\")", "([]a:2 3 1;b:\"yzx\")"},
		{"7 rotate 1 2 3", "2 3 1"},
		{"3 rotate `long$()", "`long$()"},
		{"p:2 3 5 7 11\n3 sublist p", "2 3 5"},
		{"p:2 3 5 7 11\n10 sublist p", "2 3 5 7 11"},
		{"p:2 3 5 7 11\n1 2 sublist p", "3 5"},
		{"p:2 3 5 7 11\n-3 sublist p", "5 7 11"},
		{"2 sublist `a`b`c!(1 2 3;\"xyz\";2 3 5)", "(`a`b)!(1 2 3;\"xyz\")"},
		{"-2 sublist ([]a:1 2 3)", "([]a:2 3)"},
	})
}

func TestJoin(t *testing.T) {
	runCases(t, []qcase{
		{"1 2 3,4", "1 2 3 4"},
		{"1 2,3 4", "1 2 3 4"},
		{"(0;1 2.5;01b),(`a;\"abc\")", "(0;1 2.5;01b;`a;\"abc\")"},
		{"1 2.4 5,-7.9 10", "1 2.4 5 -7.9 10"},
		{"1 2.4 5,-7.9", "1 2.4 5 -7.9"},
		{"1 2.4 5,-7.9 10e", "(1f;2.4;5f;-7.9e;10e)"},
		{"1,`a", "(1;`a)"},
		{"(),1", ",1"},
		{"(),1 2", "1 2"},
		{"1 2,()", "1 2"},
		{"\"ab\",\"c\"", "\"abc\""},
		{"(`a`b`c!1 2 3),`c`d!4 5", "(`a`b`c`d)!1 2 4 5"},
		{"(`a`b`c!10 20 30),`c`d!400 500", "(`a`b`c`d)!10 20 400 500"},
		{"([]a:1 2 3;b:`a`b`c),([]a:10 11;b:`d`e)", "([]a:1 2 3 10 11;b:`a`b`c`d`e)"},
		{"10,`a`b!(1 2;3 5)", "'type"},
		{"(enlist 1 2 3),4 5 6", "(1 2 3;4;5;6)"},
		{"([]a:1 2;b:3 4),5 6", "([]a:1 2 5;b:3 4 6)"},
		{"([]a:1 2;b:3 4),(7 8;9 10)", "([]a:1 2 7 9;b:3 4 8 10)"},
		{"([]a:1 2;b:3 4),`a`b!5 6", "([]a:1 2 5;b:3 4 6)"},
		{"([k:`a`b]a:1 2;b:3 4),([k:`b`c]a:10 11)", "([k:`a`b`c]a:1 10 11;b:3 4 0N)"},
		{"([k:`a`b]a:1 2;b:3 4),`k`a`b!(`e;1;3)", "([k:`a`b`e]a:1 2 1;b:3 4 3)"},
		{"([k:`a`b]a:1 2;b:3 4),`k`a!(`a;9)", "([k:`a`b]a:9 2;b:3 4)"},
		{"([k:`a`b]a:1 2;b:3 4),((`c;5;6);(`d;7;8))", "([k:`a`b`c`d]a:1 2 5 7;b:3 4 6 8)"},
		{"([k:`a`b]a:1 2;b:3 4),([]k:`b`z;b:0 9)", "([k:`a`b`z]a:1 2 0N;b:3 0 9)"},
		{"([k:`a`b]a:1 2;b:3 4),`a`b!1 2", "'length"},
		{"([k:`a`b]a:1 2;b:3 4),(enlist `k)!enlist `x", "([k:`a`b`x]a:1 2 0N;b:3 4 0N)"},
		{"(`a`b!1 2),([k:,`a]v:,1)", "'type"},
	})
}

func TestTake(t *testing.T) {
	runCases(t, []qcase{
		{"5#0 1 2 3 4 5 6 7 8", "0 1 2 3 4"},
		{"-5#0 1 2 3 4 5 6 7 8", "4 5 6 7 8"},
		{"5#`Arthur`Steve`Dennis", "`Arthur`Steve`Dennis`Arthur`Steve"},
		{"-5#`Arthur`Steve`Dennis", "`Steve`Dennis`Arthur`Steve`Dennis"},
		{"3#9", "9 9 9"},
		{"2#`a", "`a`a"},
		{"0#1 2", "`long$()"},
		{"2 5#\"!\"", "(\"!!!!!\";\"!!!!!\")"},
		{"2 3#til 6", "(0 1 2;3 4 5)"},
		{"2 4#`Arthur`Steve`Dennis", "(`Arthur`Steve`Dennis`Arthur;`Steve`Dennis`Arthur`Steve)"},
		{"2 3 4#\"a\"", "((\"aaaa\";\"aaaa\";\"aaaa\");(\"aaaa\";\"aaaa\";\"aaaa\"))"},
		{"0N 3#til 10", "(0 1 2;3 4 5;6 7 8;,9)"},
		{"enlist[2]#til 10", "0 1"},
		{"2 2 3#til 5", "((0 1 2;3 4 0);(1 2 3;4 0 1))"},
		{"1 2 0#\"a\"", "enlist (\"\";\"\")"},
		{"1 0N 2#til 5", "'domain"},
		{"-1 2 3#til 5", "'domain"},
		{"1 0 2#1 2", "'domain"},
		{"2 3 0N#1 2", "'domain"},
		{"0N 2 1#1 2", "'domain"},
		{"3 0N#til 10", "(0 1 2;3 4 5;6 7 8 9)"},
		{"2 0N#0#0", "(`long$();`long$())"},
		{"4 0N#til 9", "(0 1;2 3;4 5;6 7 8)"},
		{"d:`a`b`c!1 2 3\n2#d", "(`a`b)!1 2"},
		{"d:`a`b`c!1 2 3\n-2#d", "(`b`c)!2 3"},
		{"d:`a`b`c!1 2 3\n`a`b#d", "(`a`b)!1 2"},
		{"d:`a`b`c!1 2 3\n(enlist `a)#d", "(,`a)!,1"},
		{"t:([] name:`Dent`Beeblebrox`Prefect; iq:98 42 126)\n2#t", "([] name:`Dent`Beeblebrox; iq:98 42)"},
		{"t:([] name:`Dent`Beeblebrox`Prefect; iq:98 42 126)\n-2#t", "([] name:`Beeblebrox`Prefect; iq:42 126)"},
		{"t:([] name:`Dent`Beeblebrox`Prefect; iq:98 42 126; age:20 22 25)\n`name`age#t", "([] name:`Dent`Beeblebrox`Prefect; age:20 22 25)"},
		{"s:([s:`s1`s2`s3]name:`smith`jones`blake)\n([]s:`s1`s2)#s", "([s:`s1`s2]name:`smith`jones)"},
		{"`s#1 2 3", "`s#1 2 3"},
		{"`#`s#1 2 3", "1 2 3"},
		{"`s#3 2 1", "'s-fail"},
		{"`u#1 2 1", "'u-fail"},
		{"`p#2 2 2 1 1 4 4 4 4 3 3", "`p#2 2 2 1 1 4 4 4 4 3 3"},
		{"`p#1 2 1", "'p-fail"},
		{"2,`p#2 2 2 1 1", "2 2 2 2 1 1"},
		{"attr `s#1 2 3", "`s"},
		{"attr 1 3 4", "`"},
		{"attr asc 1 3 4", "`s"},
	})
}

func TestDropCut(t *testing.T) {
	runCases(t, []qcase{
		{"5_0 1 2 3 4 5 6 7 8", "5 6 7 8"},
		{"-5_0 1 2 3 4 5 6 7 8", "0 1 2 3"},
		{"1 _ `a`b`c!1 2 3", "(`b`c)!2 3"},
		{"b:\"apple: banana: cherry\"\n(b?\":\") _ b", "\": banana: cherry\""},
		{"0 1 2 3 4 5 6 7 8_5", "0 1 2 3 4 6 7 8"},
		{"(`a`b`c!1 2 3)_`a", "(`b`c)!2 3"},
		{"`a _ `a`b`c!1 2 3", "(`b`c)!2 3"},
		{"`a`b _ `a`b`c!1 2 3", "(,`c)!,3"},
		{"(`a`b`c!1 2 3) _ `a`b", "'type"},
		{"d:100 200!`a`b\n1 _ d", "(,200)!,`b"},
		{"d:100 200!`a`b\nd _ 1", "100 200!`a`b"},
		{"d:100 200!`a`b\nd _ 100", "(,200)!,`b"},
		{"d:100 200!`a`b\nenlist[1] _ d", "100 200!`a`b"},
		{"d:100 200!`a`b\nenlist[100] _ d", "(,200)!,`b"},
		{"d:100 200!`a`b\n100 _ d", "(`long$())!`symbol$()"},
		{"t:([]a:1 2 3;b:4 5 6;c:`d`e`f)\n`a`b _ t", "([]c:`d`e`f)"},
		{"t:([]a:1 2 3;b:4 5 6;c:`d`e`f)\nt _ `a`b", "'type"},
		{"t:([]a:1 2 3;b:4 5 6;c:`d`e`f)\n`a _ t", "'type"},
		{"t:([]a:1 2 3;b:4 5 6;c:`d`e`f)\nt _ `a", "'type"},
		{"t:([]a:1 2 3;b:4 5 6;c:`d`e`f)\nt _ 1", "([]a:1 3;b:4 6;c:`d`f)"},
		{"2 4 9 _ til 10", "(2 3;4 5 6 7 8;,9)"},
		{"2 4 4 9 _ til 10", "(2 3;`long$();4 5 6 7 8;,9)"},
		{"0 4 5 _ til 7", "(0 1 2 3;,4;5 6)"},
		{"t:([]a:til 5;b:`a`b`c`d`e)\n(0 3 _ t) 1", "([]a:3 4;b:`d`e)"},
		{"4 cut til 10", "(0 1 2 3;4 5 6 7;8 9)"},
		{"2 4 cut til 6", "(2 3;4 5)"},
		{"3 1 _ til 5", "'domain"},
	})
}

func TestCross(t *testing.T) {
	runCases(t, []qcase{
		{"1 2 3 cross 10 20", "(1 10;1 20;2 10;2 20;3 10;3 20)"},
		{"([]s:`IBM`MSFT)cross([]v:1 2)", "([]s:`IBM`IBM`MSFT`MSFT;v:1 2 1 2)"},
		{"(1 2;3 4) cross (5 6;7 8)", "(1 2 5 6;1 2 7 8;3 4 5 6;3 4 7 8)"},
		{"\"ab\" cross \"xy\"", "(\"ax\";\"ay\";\"bx\";\"by\")"},
	})
}
