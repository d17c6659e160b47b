package json

import (
	"strings"
	"testing"

	"qgo/interp/format"
	"qgo/interp/k"
)

// read is Read(s), and whether it succeeded; a panic other than a q
// error fails the test.
func read(t *testing.T, s string) (v k.Value, ok bool) {
	t.Helper()
	defer func() {
		if r := recover(); r != nil {
			if _, qerr := r.(*k.Error); !qerr {
				t.Fatalf("Read(%q) panicked: %v", s, r)
			}
			ok = false
		}
	}()
	return Read(s), true
}

// write is Write(v), and whether it succeeded, as read is.
func write(t *testing.T, v k.Value) (b []byte, ok bool) {
	t.Helper()
	defer func() {
		if r := recover(); r != nil {
			if _, qerr := r.(*k.Error); !qerr {
				t.Fatalf("Write panicked: %v", r)
			}
			ok = false
		}
	}()
	return Write(v, Options{Format: format.Default()}), true
}

// TestDocs checks the examples of docs/ref/dotj.md: .j.k of the text
// .j.j writes gives the value back.
func TestDocs(t *testing.T) {
	cases := []struct{ text, console string }{
		{`{"a":[0,1],"b":["hello","world"]}`, "a| 0       1      \nb| \"hello\" \"world\""},
		{`[{"a":1,"b":"Greetings"},{"a":2,"b":"Earthlings"}]`, "a b           \n--------------\n1 \"Greetings\" \n2 \"Earthlings\""},
	}
	for _, c := range cases {
		v, ok := read(t, c.text)
		if !ok {
			t.Fatalf(".j.k %s signalled", c.text)
		}
		if got := format.Console(v, format.Default()); got != c.console {
			t.Errorf(".j.k %s:\n%s\nwant\n%s", c.text, got, c.console)
		}
	}
	if got := string(Write(k.Floats(0, 1, 2, 3), Options{Format: format.Default()})); got != "[0,1,2,3]" {
		t.Errorf(".j.j 0 1 2 3f: %s", got)
	}
}

// FuzzRead feeds arbitrary text to Read: it reads a value or signals a q
// error, never panics otherwise or crashes; what it reads Write writes
// without a Go panic, and text Write makes without infinities reads back
// to the same text.
func FuzzRead(f *testing.F) {
	for _, s := range []string{`{"a":[0,1],"b":["hello","world"]}`, `[{"a":1},{"a":2}]`, `[1,null,3]`,
		`"\u00e9\n"`, `[true,false]`, `{}`, `[]`, `[[[[1]]]]`, `1e400`, `"\ud83d\ude00"`, strings.Repeat("[", 30000)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, ok := read(t, s)
		if !ok {
			return
		}
		out, ok := write(t, v)
		if !ok || strings.Contains(string(out), "inf") {
			return
		}
		v2, ok := read(t, string(out))
		if !ok {
			t.Fatalf("%q reads, but not its writing %s", s, out)
		}
		if out2, _ := write(t, v2); string(out2) != string(out) {
			t.Fatalf("%q writes %s, which reads and writes as %s", s, out, out2)
		}
	})
}
