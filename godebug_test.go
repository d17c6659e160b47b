package main

import (
	"debug/buildinfo"
	"strings"
	"testing"
)

// TestDefaultGODEBUG: the binary is built with the runtime's update of
// GOMAXPROCS off (the //go:debug line of main.go), which costs every start a thread.
func TestDefaultGODEBUG(t *testing.T) {
	bi, err := buildinfo.ReadFile(qgo)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range bi.Settings {
		if s.Key == "DefaultGODEBUG" && strings.Contains(","+s.Value+",", ",updatemaxprocs=0,") {
			return
		}
	}
	t.Fatalf("DefaultGODEBUG of %s has no updatemaxprocs=0: %v", qgo, bi.Settings)
}
