package interp

import (
	"io"
	"testing"

	"qgo/interp/format"
)

// show is the console text of src evaluated in in.
func show(t *testing.T, in *Interp, src string) string {
	t.Helper()
	return format.Console(mustEval(t, in, src), format.Default())
}

// Roll and deal draw from the interpreter's own generator, which `\S`
// seeds: the same seed gives the same draws, in every session, and a
// fresh session starts from q's default seed.
func TestSeed(t *testing.T) {
	a, b := New(io.Discard), New(io.Discard)
	if got := show(t, a, `system"S"`); got != "-314159i" {
		t.Errorf(`\S at start = %s`, got)
	}
	draws := `(10?100;-5?5;3?` + "`3" + `;2?1.0;0N?4)`
	first := show(t, a, draws)
	if other := show(t, b, draws); other != first {
		t.Errorf("two fresh sessions drew\n%s\nand\n%s", first, other)
	}
	if again := show(t, a, draws); again == first {
		t.Errorf("the generator did not move on: %s twice", first)
	}
	mustEval(t, a, `system"S 42"`)
	seeded := show(t, a, draws)
	mustEval(t, a, `system"S 42"`)
	if again := show(t, a, draws); again != seeded {
		t.Errorf(`after \S 42 twice: %s, then %s`, seeded, again)
	}
	if got := show(t, a, `system"S"`); got != "42i" {
		t.Errorf(`\S after \S 42 = %s`, got)
	}
	mustEval(t, a, `system"S 43"`)
	if other := show(t, a, draws); other == seeded {
		t.Errorf(`\S 43 drew what \S 42 did: %s`, other)
	}
}
