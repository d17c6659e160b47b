package main

import (
	"reflect"
	"testing"
)

func TestParseArgs(t *testing.T) {
	tests := []struct {
		args []string
		want options
	}{
		{nil, options{precision: 7}},
		{[]string{"-q"}, options{quiet: true, precision: 7}},
		{[]string{"s.q", "-p", "5001", "-q"}, options{script: "s.q", port: "5001", quiet: true, precision: 7}},
		{[]string{"-c", "25", "80", "-P", "3", "-t", "1000"}, options{rows: 25, cols: 80, precision: 3, timer: 1000}},
		{[]string{"s.q", "-abc", "123", "-q", "x"}, options{script: "s.q", quiet: true, precision: 7, args: []string{"-abc", "123", "x"}}},
		{[]string{"-q", "s.q"}, options{quiet: true, precision: 7, args: []string{"s.q"}}},
		{[]string{"-p", "-5001"}, options{port: "-5001", precision: 7}},
		{[]string{"s.q", "-e", "2", "-s", "4", "-w", "100", "-T", "30", "-u", "1", "-U", "pw.txt"},
			options{script: "s.q", precision: 7, errorMode: 2, threads: 4, workspace: 100, timeout: 30, user: "1", passwords: "pw.txt"}},
		{[]string{"-e", "-q"}, options{precision: 7, errorMode: 1, quiet: true}},
		{[]string{"-q", "-e"}, options{precision: 7, errorMode: 1, quiet: true}},
		{[]string{"tick.q", "sym", ".", "-p", "5010", "-o", "-5"}, options{script: "tick.q", port: "5010", offset: "-5", precision: 7, args: []string{"sym", "."}}},
		// -g and -W are q's own, so not in .z.x (ref/dotz.md), as a framework
		// passes -g to each process it starts beside options of its own
		{[]string{"torq.q", "-procname", "rdb1", "-g", "1", "-W", "3", "-T", "180"},
			options{script: "torq.q", precision: 7, gc: "1", week: "3", timeout: 180, args: []string{"-procname", "rdb1"}}},
	}
	noenv := func(string) string { return "" }
	for _, tt := range tests {
		got, err := parseArgs(tt.args, noenv)
		if err != nil {
			t.Errorf("parseArgs(%q): %v", tt.args, err)
			continue
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("parseArgs(%q) = %+v, want %+v", tt.args, got, tt.want)
		}
	}
}

func TestParseArgsErrors(t *testing.T) {
	for _, args := range [][]string{
		{"-c", "25"},
		{"-c", "25", "x"},
		{"-c", "0", "80"},
		{"-P"},
		{"-P", "x"},
		{"-t", "1.5"},
		{"-e", "3"},
		{"-t", "-5"},
	} {
		if _, err := parseArgs(args, func(string) string { return "" }); err == nil {
			t.Errorf("parseArgs(%q) succeeded", args)
		}
	}
}

func TestConsoleSizeFromEnv(t *testing.T) {
	env := map[string]string{"LINES": "30", "COLUMNS": "120"}
	tests := []struct {
		args       []string
		env        map[string]string
		rows, cols int
	}{
		{nil, env, 30, 120},
		{[]string{"-c", "40", "100"}, env, 40, 100},
		{nil, map[string]string{"LINES": "x", "COLUMNS": "-3"}, 0, 0},
		{nil, nil, 0, 0},
	}
	for _, tt := range tests {
		o, err := parseArgs(tt.args, func(k string) string { return tt.env[k] })
		if err != nil || o.rows != tt.rows || o.cols != tt.cols {
			t.Errorf("parseArgs(%q) with %v: size %d %d, %v; want %d %d", tt.args, tt.env, o.rows, o.cols, err, tt.rows, tt.cols)
		}
	}
}
