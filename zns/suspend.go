// This file defines the loop's side of suspension: an evaluation that
// fails inside a function, on a console line at a terminal, stops at a
// `q))` prompt and waits there, while the loop goes on serving events,
// console lines included, until one of those lines resumes or ends it
// (interp/suspend.go).

package zns

import (
	"io"

	"qgo/interp"
)

// Suspend reports err, the failure of the console line being served, and
// serves events until a line at the new q)) level resumes the suspended
// evaluation (`:e`), fails its function (`'x`) or aborts it (`\`). The
// line that resumes it is answered when the evaluation ends, with what it
// prints. It implements interp.Suspender, on the loop goroutine, inside
// the suspended evaluation; levels nest as the calls do. If the session
// ends meanwhile, the evaluation is aborted and the loop ends after it.
func (l *Loop) Suspend(err error) *interp.Resume {
	l.setPrompt()
	if l.current != nil {
		l.current.reply <- result{err: err}
		l.current = nil
	} else {
		io.WriteString(l.errs, err.Error()+"\n")
	}
	var res *interp.Resume
	for res == nil {
		code, end := l.next(&res)
		if end && l.ended == nil {
			l.ended = &code
		}
		if l.ended != nil { // the session ended here or in a level above
			return &interp.Resume{Abort: true}
		}
	}
	return res
}
