package interp

import "testing"

// TestAmendInFolder covers amend through a folder's file symbol, the way
// database maintenance scripts edit splayed tables: @[`:dir;`name;f;y]
// amends the file dir/name (a column, or the .d file that lists them) and
// gives back the folder's symbol (docs/wp/hdb-analysis: @[`:2013.05.03/
// trade;`.d;,;`date]), and @[`:dir;`;:;t] saves t splayed in dir/.
func TestAmendInFolder(t *testing.T) {
	_, run := fileSession(t)
	expect(t, run, [][2]string{
		{"`:db/t/ set ([]a:1 2;b:3 4)", "`:db/t/"},
		{"@[`:db/t;`.d;,;`c]", "`:db/t"},
		{"get`:db/t/.d", "`a`b`c"},
		{"@[`:db/t;`.d;:;`a`b]", "`:db/t"},
		{"@[`:db/t;`a;2*]", "`:db/t"},
		{"get`:db/t/a", "2 4"},
		{"@[`:db/t;`a`b;:;(7 8;9 10)]", "`:db/t"},
		{"get`:db/t/b", "9 10"},
		{"@[`:db/t/;`b;neg]", "`:db/t/"},
		{"get`:db/t/b", "-9 -10"},
		{"@[`:db/u;`;:;([]x:`p`q)]", "'type"}, // symbols enumerated first, as for set
		{"@[`:db/u;`;:;.Q.en[`:db]([]x:`p`q)]", "`:db/u"},
		{"get`:db/u/.d", ",`x"},
		{"get`:db/u/x", "`sym$`p`q"},
		// a symbol list headed by a folder's symbol names a file in it
		{"get`:db/t`.d", "`a`b"},
		{"value`:db/t`b", "-9 -10"},
		{"get`:db`t`a", "7 8"},
	})
}
