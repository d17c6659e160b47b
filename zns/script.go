// This file splits a q script into the statements the loop evaluates.

package zns

import "strings"

// SplitScript splits the source of a q script into statements, following
// q's script rules:
//
//   - a line that starts with space or tab continues the statement before
//     it; the lines are joined with "\n", so a multi-line lambda keeps its
//     layout;
//   - a line that starts with `/` is a comment, and a line that is just
//     `/` opens a comment block that runs to a line that is just `\`;
//   - a line that is just `\` outside a comment block ends the script:
//     the rest of the file is ignored;
//   - blank lines are skipped and do not end a statement.
//
// Trailing "\r" is dropped from every line. A line that is just `\\`
// stays a statement: evaluating it ends the session.
func SplitScript(src string) []string {
	var stmts []string
	inBlock := false
	for line := range strings.Lines(src) {
		line = strings.TrimRight(line, "\r\n")
		bare := strings.TrimRight(line, " \t")
		switch {
		case inBlock:
			inBlock = bare != `\`
		case bare == `\`:
			return stmts
		case bare == "/":
			inBlock = true
		case bare == "", line[0] == '/':
		case (line[0] == ' ' || line[0] == '\t') && len(stmts) > 0:
			stmts[len(stmts)-1] += "\n" + line
		default:
			stmts = append(stmts, line)
		}
	}
	return stmts
}
