// The Go runtime's settings qgo is built with (//go:debug, see
// https://go.dev/doc/godebug), as a module declaring an older Go would
// have them.
//
// updatemaxprocs=0: GOMAXPROCS is set at start-up from the CPUs and the
// container's CPU limit, and not looked at again. Since Go 1.25 the
// runtime otherwise starts a goroutine at every start that re-reads the
// limit each second, waking a thread for it: about 0.5 ms of the 2.5 ms
// a session takes to start, run a line and exit (a hello-world built
// for go 1.24 or older does not pay it). A limit changed while qgo runs
// is not followed, as with Go 1.24; q sets its own parallelism (-s).

//go:debug updatemaxprocs=0

package main
