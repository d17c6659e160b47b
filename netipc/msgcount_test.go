package netipc

import "testing"

// msgCount counts a message as unsent until its last byte is written,
// whatever the writes' sizes, and a dropped queue as written.
func TestMsgCount(t *testing.T) {
	var m msgCount
	m.queue(10)
	m.queue(5)
	m.queue(7)
	for _, c := range []struct{ wrote, want int }{
		{0, 3}, {9, 3}, {1, 2}, {4, 2}, {1, 1}, {6, 1}, {1, 0}, // the messages end at 10, 15 and 22
	} {
		m.written(c.wrote)
		if m.count() != c.want {
			t.Fatalf("after %d more bytes: %d unsent, want %d", c.wrote, m.count(), c.want)
		}
	}
	m.queue(3)
	m.queue(3)
	m.written(6) // both at once
	if m.count() != 0 {
		t.Fatalf("%d unsent, want 0", m.count())
	}
}
