q)/ a literal with keys alone is a dictionary, whatever its values; a pattern filter amends at depth (docs/releases/ChangesIn4.1.md)
q)([aaa:123])
aaa| 123
q)addv:{([v:(;:x+;:(x*10)+)]):y}
q)addv[10;([k:`hello;v:1 2 3])]
k| `hello
v| 1 12 103
