package kdb

// SetRemote makes c treat its process as one on another host, so that
// tests on loopback see long messages compressed.
func SetRemote(c *Conn, remote bool) { c.remote = remote }
