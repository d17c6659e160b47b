package environ

import (
	"os"
	"testing"

	"qgo/interp/k"
)

// signal is the q error f signals, or "".
func signal(f func()) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = r.(*k.Error).Msg
		}
	}()
	f()
	return ""
}

// TestVariables checks getenv and setenv (docs/ref/getenv.md): a
// variable set is read back, an unset one is "", a name that is not a
// symbol is 'type.
func TestVariables(t *testing.T) {
	t.Setenv("QGO_ENVIRON_TEST", "")
	if got := Setenv(k.S("QGO_ENVIRON_TEST"), "/home/qgo"); !k.IsIdentity(got) {
		t.Errorf("setenv gave %v", got)
	}
	if got := os.Getenv("QGO_ENVIRON_TEST"); got != "/home/qgo" {
		t.Errorf("after setenv the variable is %q", got)
	}
	if got := Getenv(k.S("QGO_ENVIRON_TEST")).(*k.Vec[uint8]); string(got.V) != "/home/qgo" || got.T != k.KC {
		t.Errorf("getenv: %v", got)
	}
	if got := Getenv(k.S("QGO_ENVIRON_UNSET")).(*k.Vec[uint8]); len(got.V) != 0 {
		t.Errorf("getenv of an unset variable: %q", got.V)
	}
	if got := signal(func() { Getenv(k.J(1)) }); got != "type" {
		t.Errorf("getenv 1: %q", got)
	}
	if got := signal(func() { Setenv(k.Str("x"), "y") }); got != "type" {
		t.Errorf(`"x" setenv "y": %q`, got)
	}
}

// TestZone checks that gtime undoes ltime for timestamps and datetimes,
// that the null stays null, and that other types pass through.
func TestZone(t *testing.T) {
	ts := k.Atom[int64]{T: -k.KP, V: 449_000_000_000_000_000} // 2014.03.24
	if got := Gtime(Ltime(ts)); got != k.Value(ts) {
		t.Errorf("gtime ltime %v: %v", ts, got)
	}
	null := k.Atom[int64]{T: -k.KP, V: k.NJ}
	if got := Ltime(null); got != k.Value(null) {
		t.Errorf("ltime 0Np: %v", got)
	}
	if got := Ltime(k.J(7)); got != k.J(7) {
		t.Errorf("ltime 7: %v", got)
	}
	v := &k.Vec[int64]{T: k.KP, V: []int64{ts.V, k.NJ}}
	back := Gtime(Ltime(v)).(*k.Vec[int64])
	if back.V[0] != ts.V || back.V[1] != k.NJ {
		t.Errorf("gtime ltime of a vector: %v", back.V)
	}
}
