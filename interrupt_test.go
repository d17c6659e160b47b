package main

import (
	"io"
	"os"
	"syscall"
	"testing"
	"time"
)

// interruptCount counts the interrupts it is sent.
type interruptCount chan struct{}

func (c interruptCount) Interrupt() { c <- struct{}{} }

// TestInterruptsArmLater: a session that writes nothing catches SIGINT
// once armDelay has passed, and forwards it to the loop.
func TestInterruptsArmLater(t *testing.T) {
	var s interrupts
	got := make(interruptCount, 1)
	s.forward(got)
	if s.armed.Load() {
		t.Fatal("armed before anything asked")
	}
	s.armLater()
	for deadline := time.Now().Add(30 * time.Second); !s.armed.Load(); time.Sleep(time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("not armed 30 s after armLater")
		}
	}
	syscall.Kill(os.Getpid(), syscall.SIGINT)
	select {
	case <-got:
	case <-time.After(30 * time.Second):
		t.Fatal("SIGINT not forwarded")
	}
}

// TestInterruptsArmOnWrite: the first write through the console's
// writers arms the catching before it writes.
func TestInterruptsArmOnWrite(t *testing.T) {
	var s interrupts
	w := s.writer(io.Discard)
	if s.armed.Load() {
		t.Fatal("armed before a write")
	}
	if n, err := w.Write([]byte("2\n")); n != 2 || err != nil {
		t.Fatalf("Write: %d, %v", n, err)
	}
	if !s.armed.Load() {
		t.Fatal("not armed after a write")
	}
}
