q)/ d[k],:y appends to the entry at k, and gives the entry (docs/ref/assign.md, amend with an operator);
q)/ values read before keep their items, and a fold can grow an entry of its accumulator
q)d:`a`b!(1 2;`x`y)
q)e:d
q)d[`a],:3
q)d[`a],:4 5
q)d
a| 1 2 3 4 5
b| `x`y
q)e
a| 1 2
b| x y
q)d[`b],:`z
q)d`b
`x`y`z
q)(d[`b],:`v)~`x`y`z`v
1b
q)a:d`a
q)d[`a],:6
q)a
1 2 3 4 5
q)d`a
1 2 3 4 5 6
q)/ another type makes the entry a general list
q)d[`a],:`w
q)d`a
1
2
3
4
5
6
`w
q)f:{x[`k],:y; x}
q)f/[`k`n!(0#0;0);til 6]
k| 0 1 2 3 4 5
n| 0
q)g:{x[`s],:y; x[`c]+:1; x}
q)g/[`s`c!("";0);("ab";"c";"def")]
s| "abcdef"
c| 3
