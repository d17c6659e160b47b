// Package format renders q values exactly as the q 4.x console prints them.
//
// Three entry points cover q's three textual forms of a value:
//
//   - Console: what the q) prompt prints after evaluating an expression,
//     subject to the console size (\c) and float precision (\P);
//   - Repr: the one-line form q uses inside lists and dictionaries, and for
//     -3! and .Q.s1;
//   - String: what the `string` keyword gives for an atom.
//
// The rules were taken from the console transcripts in the KX documentation
// (github.com/KxSystems/docs, docs/ref and docs/basics); the tests cite the
// page of each non-obvious case.
package format
