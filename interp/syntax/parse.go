package syntax

// Parse parses a chunk of q source (one console line, or one statement of a
// script with its continuation lines joined) into a Node. Statements
// separated by `;` at the top level become a Seq. A source that is only
// blanks or comments parses to nil, nil.
func Parse(src string) (Node, error) {
	return nil, &Error{Pos: 0, Msg: "nyi"}
}
