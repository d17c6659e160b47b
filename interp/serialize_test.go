package interp

import (
	"bytes"
	"strings"
	"testing"

	"qgo/interp/k"
)

// evalText evaluates src in a fresh session and returns its console text
// or error.
func evalText(t *testing.T, in *Interp, src string) string {
	t.Helper()
	text, err := in.Line(src)
	if err != nil {
		return err.Error()
	}
	return text
}

func TestDeserializeErrors(t *testing.T) {
	in := New(&bytes.Buffer{})
	cases := map[string]string{
		`-9!0x0102`:                   "'badmsg",
		`-9!"abc"`:                    "'type",
		`-9!0x01000000ff000000f90100`: "'badmsg",
		`-9!-8!til`:                   "{til x}",
	}
	for src, want := range cases {
		if got := evalText(t, in, src); got != want {
			t.Errorf("%s: got %q, want %q", src, got, want)
		}
	}
}

// A serialized lambda is compiled from its source, never evaluated: a
// message whose "lambda" is an expression must not run it.
func TestDeserializeLambdaSafety(t *testing.T) {
	in := New(&bytes.Buffer{})
	msg, err := k.Encode(&k.Lambda{Src: "hacked:1"}, k.MsgAsync)
	if err != nil {
		t.Fatal(err)
	}
	in.Set("m", &k.Vec[uint8]{T: k.KX, V: msg})
	if got := evalText(t, in, "-9!m"); got != "'badmsg" {
		t.Errorf("-9! of a non-lambda source: %q", got)
	}
	if _, ok := in.Get("hacked"); ok {
		t.Errorf("the source was evaluated")
	}
}

func TestDeserializeLambdaContext(t *testing.T) {
	in := New(&bytes.Buffer{})
	for _, src := range []string{`\d .d`, `test:{x+y}`, `b:-8!test`, `\d .`, `f:-9!.d.b`} {
		if _, err := in.Line(src); err != nil {
			t.Fatalf("%s: %v", src, err)
		}
	}
	f, _ := in.Get("f")
	l, ok := f.(*k.Lambda)
	if !ok || l.Ctx != ".d" || l.Code == nil {
		t.Fatalf("f = %#v", f)
	}
	if got := evalText(t, in, "f[2;3]"); got != "5" {
		t.Errorf("f[2;3] = %q", got)
	}
}

func TestSerializeRoundTrips(t *testing.T) {
	in := New(&bytes.Buffer{})
	exprs := []string{
		"1 2 3", "`a`b!1 2", "([]a:1 2;b:`x`y)", "([k:1 2]v:`a`b)", "(1;`a;\"b\";2.5;0Ng)",
		"2024.01.15D10:30:00", "0D01:22:33.444555666", "`s#1 2 3", "`u#`a`b", "{[a;b] a*b}",
		"(1 2;3 4)", "()", "`$()", "\"\"",
		"0n 0w -0w", "0N 0W", "(::)", "1000000#til 10",
	}
	for _, e := range exprs {
		for _, f := range []string{"-8!", "-18!"} {
			src := "x~-9!" + f + "x:" + e
			if strings.HasPrefix(e, "{") {
				src = "(string x)~string -9!" + f + "x:" + e
			}
			if got := evalText(t, in, src); got != "1b" {
				t.Errorf("%s: %s", src, got)
			}
		}
	}
}

// Functions come back as functions that do the same.
func TestSerializeFunctions(t *testing.T) {
	in := New(&bytes.Buffer{})
	for _, f := range []string{"+/", "sums", "neg", "+[;1]", "{x+y+z}[;2;3]", "count each", "reverse"} {
		src := "(g 1 2 3)~(-9!-8!g:" + f + ") 1 2 3"
		if got := evalText(t, in, src); got != "1b" {
			t.Errorf("%s: %s", src, got)
		}
	}
}

func TestCompressedIsSmaller(t *testing.T) {
	in := New(&bytes.Buffer{})
	if got := evalText(t, in, "(count -18!x)<count -8!x:100000#1 2 3"); got != "1b" {
		t.Errorf("-18! did not compress: %s", got)
	}
	if got := evalText(t, in, "(-18!x)~-8!x:1 2 3"); got != "1b" {
		t.Errorf("-18! of a small value should be the plain message: %s", got)
	}
}
