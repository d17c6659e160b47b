package k

import (
	"encoding/binary"
	"errors"
	"testing"
)

// Under a workspace limit, an allocation over it is 'wsfull before it is
// made, from Reserve (a signal), Room (an error) and the IPC encoder.
func TestWorkspaceLimit(t *testing.T) {
	SetWorkspace(64 << 20)
	defer SetWorkspace(0)
	if err := Room(100<<20, 1); err == nil || err.Error() != "'wsfull" {
		t.Errorf("Room(100 MB) under 64 MB: %v, want 'wsfull", err)
	}
	if err := Room(1<<20, 1); err != nil {
		t.Errorf("Room(1 MB) under 64 MB: %v", err)
	}
	func() {
		defer func() {
			var e *Error
			if p := recover(); p == nil || !errors.As(p.(error), &e) || e.Msg != "wsfull" {
				t.Errorf("Reserve(100M longs): %v, want 'wsfull", p)
			}
		}()
		Reserve(100<<20, 8)
	}()
	// a value and its message that fit together are sent, as q sends them
	// (24 MB held, 24 MB more for the message, under 64 MB)
	if _, err := Encode(Longs(make([]int64, 3<<20)...), MsgAsync); err != nil {
		t.Errorf("Encode of 24 MB under 64 MB: %v", err)
	}
	v := Longs(make([]int64, 10<<20)...) // 80 MB on the wire
	if _, err := Encode(v, MsgAsync); err == nil || err.Error() != "'wsfull" {
		t.Errorf("Encode of 80 MB under 64 MB: %v, want 'wsfull", err)
	}
	SetWorkspace(0)
	if _, err := Encode(v, MsgAsync); err != nil {
		t.Errorf("Encode of 80 MB with no limit: %v", err)
	}
}

// Decoding a message whose objects take more memory than the workspace
// has is 'wsfull before they are made, not the process out of memory: a
// general list of 5M boolean atoms is 10 MB on the wire and 80 MB of
// items. What fits decodes.
func TestDecodeWorkspaceLimit(t *testing.T) {
	const n = 5 << 20
	msg := make([]byte, HeaderLen+6+2*n)
	msg[0], msg[1] = 1, MsgSync
	binary.LittleEndian.PutUint32(msg[4:], uint32(len(msg)))
	binary.LittleEndian.PutUint32(msg[HeaderLen+2:], n)
	for i := HeaderLen + 6; i < len(msg); i += 2 {
		msg[i], msg[i+1] = 0xff, 1 // a boolean atom
	}
	small, _ := Encode(&Vec[uint8]{T: KX, V: make([]byte, 10<<20)}, MsgSync)
	SetWorkspace(64 << 20)
	defer SetWorkspace(0)
	if _, err := Decode(msg); err == nil || err.Error() != "'wsfull" {
		t.Errorf("Decode of 80 MB of items under 64 MB: %v, want 'wsfull", err)
	}
	if _, err := Decode(small); err != nil {
		t.Errorf("Decode of 10 MB of bytes under 64 MB: %v", err)
	}
	SetWorkspace(0)
	if v, err := Decode(msg); err != nil || v.Len() != n {
		t.Errorf("Decode with no limit: %v", err)
	}
}
