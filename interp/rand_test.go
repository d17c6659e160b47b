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

// `\S 0N` shows the generator's current state, and seeding with it goes
// on with the draws that would have come next (docs/basics/syscmds.md);
// `\S` still shows the last seed set.
func TestSeedState(t *testing.T) {
	in := New(io.Discard)
	if got := show(t, in, `system"S 0N"`); got != "-314159i" {
		t.Errorf(`\S 0N at start = %s`, got)
	}
	mustEval(t, in, "5?10")
	mustEval(t, in, `x:system "S 0N"`)
	if got := show(t, in, "x=-314159i"); got != "0b" {
		t.Errorf(`\S 0N did not move with the draws: x=%s`, show(t, in, "x"))
	}
	mustEval(t, in, "r:(10?10;-5?5;2?1.0)")
	mustEval(t, in, `system "S ",string x`)
	if got := show(t, in, "r~(10?10;-5?5;2?1.0)"); got != "1b" {
		t.Errorf("seeding with the state did not resume the draws")
	}
	if got := show(t, in, `system"S"`); got != show(t, in, "x") {
		t.Errorf(`\S after \S x = %s, want %s`, got, show(t, in, "x"))
	}
	// the state is the whole generator: many draws from each of several
	// states repeat exactly
	for range 3 {
		mustEval(t, in, `x:system "S 0N"; r:1000?1000000`)
		mustEval(t, in, `system "S ",string x`)
		if got := show(t, in, "r~1000?1000000"); got != "1b" {
			t.Fatalf("1000 draws from state %s did not repeat", show(t, in, "x"))
		}
	}
}
