package interp

import (
	"bytes"
	"testing"

	"qgo/interp/k"
)

// TestTableKeywords runs sessions of the table keywords and checks each
// line's console text (errors as 'msg).
func TestTableKeywords(t *testing.T) {
	type step struct{ in, want string }
	sessions := map[string][]step{
		"insert types": {
			{"t:([]a:1 2i;b:3 4f)", ""},
			{"`t insert (5i;6f)", ",2"},
			{"`t insert (5;6f)", ",3"}, // a long into an int column, as KX's k4unit does
			{"`t insert (5f;6f)", "'type"},
			{"`t insert (7 8i;9 10f)", "4 5"},
			{"`t insert `b`a!(1f;2i)", ",6"},
			{"`t insert ([]a:enlist 3i;b:enlist 4f)", ",7"},
			{"`t insert ([]c:1 2)", "'mismatch"},
			{"`t insert (1i;2f;3)", "'length"},
			{"count t", "8"},
			{"t insert (1i;2f)", "'type"},
		},
		"insert general column": {
			{"t:([]name:(\"ab\";\"cd\");v:1 2)", ""},
			{"`t insert (\"xyz\";3)", ",2"},
			{"t`name", "\"ab\"\n\"cd\"\n\"xyz\""},
		},
		"insert keyed": {
			{"kt:([k:`a`b]v:1 2)", ""},
			{"`kt insert (`a;3)", "'insert"},
			{"`kt insert (`c`c;3 4)", "'insert"},
			{"`kt insert (`c;3)", ",2"},
			{"kt`c", "v| 3"},
		},
		"insert undefined": {
			{"`n insert (1;2)", "'n"},
			{"`n insert ([]a:1 2)", "0 1"},
			{"n", "a\n-\n1\n2"},
		},
		"upsert": {
			{"t:([]a:1 2;b:`x`y)", ""},
			{"t upsert (3;`z)", "a b\n---\n1 x\n2 y\n3 z"},
			{"t upsert ([k:1 2]a:1 2)", "'type"},
			{"`t upsert (3;`z)", "`t"},
			{"`t upsert (4.5;`w)", "'type"},
			{"count t", "3"},
			{"kt:([k:`a`b]v:1 2)", ""},
			{"kt upsert ([]k:`b`c;v:20 30)", "k| v \n-| --\na| 1 \nb| 20\nc| 30"},
			{"kt upsert `k`v!(`a;9)", "k| v\n-| -\na| 9\nb| 2"},
			{"1 upsert 2", "1 2"}, // upsert is .[;();,;] (docs/wp/permissions): a join
		},
		"meta tables fkeys": {
			{"t:([]a:`s#1 2 3;b:(1 2;3 4;5 6);c:(1;`a;\"x\");d:\"abc\")", ""},
			{"meta t", "c| t f a\n-| -----\na| j   s\nb| J    \nc|      \nd| c    "},
			{"meta 1 2", "'type"},
			{"kt:([k:`a`b]v:1 2)", ""},
			{".n.t:t", ""},
			{"tables `.", "`kt`t"},
			{"tables `.n", ",`t"},
			{"tables 1", "'type"},
			{"count fkeys t", "0"},
		},
		"by name": {
			{"t:([]a:3 1 2;b:`x`y`z)", ""},
			{"`a xasc `t", "`t"},
			{"t`a", "`s#1 2 3"},
			{"`a xdesc `t", "`t"},
			{"t`a", "3 2 1"},
			{"`b xkey `t", "`t"},
			{"keys `t", ",`b"},
			{"cols `t", "`b`a"},
			{"keys `nope", "'nope"},
		},
	}
	for name, steps := range sessions {
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			in := New(&buf)
			in.SetErr(&buf)
			for _, s := range steps {
				text, err := in.Line(s.in)
				if err != nil {
					text = err.Error()
				}
				if trimLines(text) != trimLines(s.want) {
					t.Errorf("q)%s\ngot:\n%s\nwant:\n%s", s.in, text, s.want)
				}
			}
		})
	}
}

// TestCheckKeepsTypes checks the type guard of updates in place.
func TestCheckKeepsTypes(t *testing.T) {
	longs := k.Longs(1, 2)
	tab := tableOf([]string{"a"}, []k.Value{longs})
	cases := []struct {
		name    string
		old, nv k.Value
		fails   bool
	}{
		{"same table", tab, tableOf([]string{"a"}, []k.Value{k.Longs(1, 2, 3)}), false},
		{"float into longs", tab, tableOf([]string{"a"}, []k.Value{k.NewList(k.J(1), k.J(2), k.F(3))}), true},
		{"dict of longs", &k.Dict{K: k.Syms("a"), V: k.Longs(1)}, &k.Dict{K: k.Syms("a", "d"), V: k.NewList(k.J(1), k.F(5))}, true},
		{"dict stays", &k.Dict{K: k.Syms("a"), V: k.Longs(1)}, &k.Dict{K: k.Syms("a", "d"), V: k.Longs(1, 5)}, false},
		{"general column", tableOf([]string{"a"}, []k.Value{k.NewList(k.J(1), k.S("x"))}), tab, false},
	}
	for _, c := range cases {
		var err error
		func() {
			defer func() {
				if r := recover(); r != nil {
					err = r.(*k.Error)
				}
			}()
			checkKeepsTypes(c.old, c.nv)
		}()
		if (err != nil) != c.fails {
			t.Errorf("%s: error %v, want failure %v", c.name, err, c.fails)
		}
	}
}
