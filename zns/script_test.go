package zns

import (
	"reflect"
	"testing"
)

func TestSplitScript(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string
	}{
		{"empty", "", nil},
		{"lines", "a:1\nb:2\n", []string{"a:1", "b:2"}},
		{"no final newline", "a:1\nb:2", []string{"a:1", "b:2"}},
		{"crlf", "a:1\r\nb:2\r\n", []string{"a:1", "b:2"}},
		{"comments", "/ a comment\na:1\n/another\n", []string{"a:1"}},
		{"trailing comment stays", "a:1 / one\n", []string{"a:1 / one"}},
		{"continuation", "f:{[x]\n  y:x+1;\n\ty}\nf 2\n", []string{"f:{[x]\n  y:x+1;\n\ty}", "f 2"}},
		{"blank lines inside", "f:{\n\n  x}\n\ng:1\n", []string{"f:{\n  x}", "g:1"}},
		{"whitespace first line", "  a:1\n b\n", []string{"  a:1\n b"}},
		{"block comment", "a:1\n/\nnot:code\n  neither\n\\\nb:2\n", []string{"a:1", "b:2"}},
		{"block comment with trailing blanks", "/ \nx\n\\  \nb:2\n", []string{"b:2"}},
		{"unclosed block", "a:1\n/\nb:2\n", []string{"a:1"}},
		{"end of script", "a:1\n\\\nb:2\n", []string{"a:1"}},
		{"exit stays", "a:1\n\\\\\nb:2\n", []string{"a:1", `\\`, "b:2"}},
		{"system command", "\\d .foo\nx:1\n", []string{`\d .foo`, "x:1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := SplitScript(tt.src); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("SplitScript(%q) = %q, want %q", tt.src, got, tt.want)
			}
		})
	}
}
