package interp

import (
	"strings"
	"testing"
	"time"
)

// Work that runs long on a big or hostile argument ends with 'stop soon
// after an interrupt (Ctrl-C, or -T on a server), however it spends its
// time: in a primitive's own loop, or waiting for something outside.
// Before, each of these held a server's loop until it finished, some for
// hours, and no client was served meanwhile.
func TestLongRunsStop(t *testing.T) {
	for _, src := range []string{
		`.Q.addr 3000000#"a"`, // a name server asked a character at a time
		`.Q.host til 3000000`,
	} {
		in := New(&strings.Builder{})
		got := make(chan error, 1)
		go func() { _, err := in.Eval(src); got <- err }()
		time.Sleep(200 * time.Millisecond)
		in.Interrupt()
		select {
		case err := <-got:
			if err == nil || err.Error() != "'stop" {
				t.Errorf("%s, interrupted: %v, want 'stop", src, err)
			}
		case <-time.After(30 * time.Second):
			t.Fatalf("%s: still running 30 s after an interrupt", src)
		}
	}
}
