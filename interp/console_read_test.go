package interp

import (
	"io"
	"testing"
)

// TestReadConsole checks read0 0: each call takes the console's next line
// (docs/basics/handles.md), the end of the input gives "", and a session
// with no console signals 'type.
func TestReadConsole(t *testing.T) {
	in, run := fileSession(t)
	expect(t, run, [][2]string{{"read0 0", "'type"}})
	lines := []string{"Bewlay Brothers", "xiskso"}
	in.SetConsoleInput(func() (string, error) {
		if len(lines) == 0 {
			return "", io.EOF
		}
		l := lines[0]
		lines = lines[1:]
		return l, nil
	})
	expect(t, run, [][2]string{
		{`s:{1 x;read0 0}"Next track: "`, "Next track: "},
		{"s", `"Bewlay Brothers"`},
		{`rl:{1">> ";read0 0}`, ""},
		{"rl`", `>> "xiskso"`},
		{"read0 0", `""`},
	})
}
