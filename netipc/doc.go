// Package netipc will be qgo's kdb+ IPC transport: the listener, the
// handshake, message framing and the handle table. It moves whole
// messages as bytes and knows nothing about q values (DESIGN.md 3.3).
// It is empty until the IPC work lands.
package netipc
