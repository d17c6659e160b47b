// Package repl is qgo's console: it reads input lines, hands each to an
// Evaluator and prints the text it gets back. It knows nothing about q
// values; formatting is the interpreter's job.
//
// With a terminal on stdin it edits lines with github.com/chzyer/readline
// behind the prompt `q)`, keeps a history file, and prints errors in red
// (ANSI SGR 31; not when stdout is not a terminal, NO_COLOR is set or TERM
// is dumb).
// Otherwise it reads stdin line by line with no prompt and no echo, as a
// pipe or a test harness expects.
package repl
