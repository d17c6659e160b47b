package prim

import (
	"testing"

	"qgo/interp/k"
)

func TestLikeSs(t *testing.T) {
	const s = "s:\"toronto ontario\"\n"
	runCases(t, []qcase{
		{"`quick like \"qu?ck\"", "1b"},
		{"(`quick;`quack`quark) like \"qu?ck\"", "'type"},
		{"(\"quick\";\"x\") like \"qu?ck\"", "10b"},
		{"`brown like \"br[ao]wn\"", "1b"},
		{"`quickly like \"quick*\"", "1b"},
		{"`quick like \"quick\"", "1b"},
		{"`quick like \"quickish\"", "0b"},
		{"`brawn`brown like \"br[^o]wn\"", "10b"},
		{"(`a`b`c!`quick`brown`fox)like \"brown\"", "(`a`b`c)!010b"},
		{"(\"brown\";\"drown\";\"frown\";\"grown\") like \"?rown\"", "1111b"},
		{"\"brown\" like \"[^cf]rown\"", "1b"},
		{"\"br^wn\" like \"br[&^]wn\"", "1b"},
		{"\"brAwn\" like \"br[A-Z]wn\"", "1b"},
		{"\"br0wn\" like \"br[0-3]wn\"", "1b"},
		{"\"br0wn\" like \"br[3-6]wn\"", "0b"},
		{"\"br0wn\" like \"br[^3-6]wn\"", "1b"},
		{"\"brown\" like \"br?*wn\"", "1b"},
		{"\"brown\" like \"br[?*]wn\"", "0b"},
		{"\"br*wn\" like \"br[*]wn\"", "1b"},
		{"\"br]wn\" like \"[bf]r[]]wn\"", "1b"},
		{"(\"roam\";\"rome\") like \"ro[ab]?\"", "10b"},
		{"\"a[c\" like \"a[[]c\"", "1b"},
		{"\"broom of your own\" like \"br*wn\"", "1b"},
		{"\"brwn\" like \"br*wn\"", "1b"},
		{"\"the time\" like \"*the*\"", "1b"},
		{"\"the the\" like \"*the*the*\"", "'nyi"},
		{"\"the the\" like \"*the*the\"", "'nyi"},
		{"(\"Smith John 321-4567\";\"Smythe 321-a x\") like \"*321-[0-9]*\"", "10b"},
		{"\"We the people of the United States\" ss \"the\"", "3 17"},
		{s + "s ss \"ont\"", "3 8"},
		{s + "s ss \"[ir]o\"", "2 13"},
		{s + "s ss \"t?r\"", "0 10"},
		{"\"A grown man in a gown\" ss \"n\"", "6 10 13 20"},
		{"\"A grown man in a gown\" ss \"\"", "'length"},
		{"\"time\" ss \"t*e\"", "'length"},
	})
	sv := q("\"toronto ontario\"")
	if got := qs(Ssr(sv, q("\"ont\""), q("\"x\""), nil)); got != qs(q("\"torxo xario\"")) {
		t.Errorf("ssr string: %s", got)
	}
	up := func(f, x k.Value) k.Value { return Upper(x) }
	if got := qs(Ssr(sv, q("\"t?r\""), &k.Prim{T: k.FU, Name: "upper"}, up)); got != qs(q("\"TORonto onTARio\"")) {
		t.Errorf("ssr function: %s", got)
	}
	if got := qs(Ssr(q("\"Hello word!\""), q("\"rd\""), q("\"rld\""), nil)); got != qs(q("\"Hello world!\"")) {
		t.Errorf("ssr: %s", got)
	}
}

func TestCaseTrim(t *testing.T) {
	runCases(t, []qcase{
		{"lower\"IBM\"", "\"ibm\""},
		{"lower`IBM", "`ibm"},
		{"upper\"ibm\"", "\"IBM\""},
		{"upper`ibm`msft", "`IBM`MSFT"},
		{"upper(`The;(`quick`brown;(`fox;`jumps`over));`a;`lazy`dog)", "(`THE;(`QUICK`BROWN;(`FOX;`JUMPS`OVER));`A;`LAZY`DOG)"},
		{"upper \"a\"", "\"A\""},
		{"lower 1", "'type"},
		{"trim \"   IBM   \"", "\"IBM\""},
		{"trim 0N 0N 1 2 3 0N 0N  4 5 0N 0N", "1 2 3 0N 0N 4 5"},
		{"ltrim\"   IBM   \"", "\"IBM   \""},
		{"rtrim\"   IBM   \"", "\"   IBM\""},
		{"trim\"a\"", "\"a\""},
		{"trim 42", "42"},
		{"trim \"   \"", "\"\""},
		{"trim((\"fox\";(\"jumps \";\"over   \"));(\"a\";\"dog \"))", "((\"fox\";(\"jumps\";\"over\"));(\"a\";\"dog\"))"},
		{"ltrim`a`b!((\"fox\";(\"jumps \";\"over   \"));(\"a\";\"dog \"))", "(`a`b)!((\"fox\";(\"jumps \";\"over   \"));(\"a\";\"dog \"))"},
		{"rtrim ([]a:(\"fox\";(\"jumps \";\"over   \"));b:(\"a\";\"dog \"))", "([]a:(\"fox\";(\"jumps\";\"over\"));b:(\"a\";\"dog\"))"},
	})
}

func TestVsSv(t *testing.T) {
	runCases(t, []qcase{
		{"\",\" vs \"one,two,three\"", "(\"one\";\"two\";\"three\")"},
		{"\", \" vs \"spring, summer, autumn, winter\"", "(\"spring\";\"summer\";\"autumn\";\"winter\")"},
		{"\"|\" vs \"red|green||blue\"", "(\"red\";\"green\";\"\";\"blue\")"},
		{"` vs \"abc\\ndef\\nghi\"", "(\"abc\";\"def\";\"ghi\")"},
		{"` vs \"abc\\r\\ndef\\r\\nghi\"", "(\"abc\";\"def\";\"ghi\")"},
		{"\"\\n\" vs \"abc\\ndef\\nghi\\n\"", "(\"abc\";\"def\";\"ghi\";\"\")"},
		{"` vs \"abc\\ndef\\nghi\\n\"", "(\"abc\";\"def\";\"ghi\")"},
		{"` vs `mywork.dat", "`mywork`dat"},
		{"` vs `:/home/kdb/data/mywork.dat", "`:/home/kdb/data`mywork.dat"},
		{"0x02 vs 0x0102010201", "(,0x01;,0x01;,0x01)"},
		{"0x0203 vs 0x000102030405", "(0x0001;0x0405)"},
		{"0b vs 23173h", "0101101010000101b"},
		{"0b vs 23173i", "00000000000000000101101010000101b"},
		{"0x0 vs 2413h", "0x096d"},
		{"0x0 vs 2413i", "0x0000096d"},
		{"0x0 vs 2413e", "0x4516d000"},
		{"0x0 vs 2413f", "0x40a2da0000000000"},
		{"10 vs 1995", "1 9 9 5"},
		{"2 vs 9", "1 0 0 1"},
		{"24 60 60 vs 3805", "1 3 25"},
		{"10 vs 1995 1996 1997", "(1 1 1;9 9 9;9 9 9;5 6 7)"},
		{"10 vs(1995;1996 1997)", "(1 1 1;9 9 9;9 9 9;5 6 7)"},
		{"\",\" sv (\"one\";\"two\";\"three\")", "\"one,two,three\""},
		{"\", \" sv (\"one\";\"two\";\"three\")", "\"one, two, three\""},
		{"\".\" sv (\"192\";\"168\";\"1\";\"23\")", "\"192.168.1.23\""},
		{"` sv (\"one\";\"two\";\"three\")", "\"one\\ntwo\\nthree\\n\""},
		{"` sv `quick`brown`fox", "`quick.brown.fox"},
		{"0x03 sv 0x02 vs 0x0102010201", "0x0103010301"},
		{"0x02 sv (enlist 0x01;enlist 0x01;enlist 0x01)", "0x0102010201"},
		{"` sv `:/home/kdb/q`data`2010.03.22`trade", "`:/home/kdb/q/data/2010.03.22/trade"},
		{"` sv `mywork`dat", "`mywork.dat"},
		{"10 sv 2 3 5 7", "2357"},
		{"100 sv 2010 3 17", "20100317"},
		{"0 24 60 60 sv 2 3 5 7", "183907"},
		{"2 sv 1 0 1i", "5"},
		{"2i sv 1 0 1i", "5i"},
		{"2 sv 64#1i", "-1"},
		{"2 sv 0 1,62#0i", "4611686018427387904"},
		{"0x0 sv 0x00ff", "255h"},
		{"0x0 sv 0x80ff", "-32513h"},
		{"0x0 sv 0x004080ff", "4227327i"},
		{"0x0 sv 0x0001020304050607", "283686952306183"},
		{"256 sv 0 1 2 3 4 5 6 7", "283686952306183"},
		{"0b sv 64#1b", "-1"},
		{"0b sv 32#1b", "-1i"},
		{"0b sv 16#1b", "-1h"},
		{"0b sv 8#1b", "0xff"},
	})
}
