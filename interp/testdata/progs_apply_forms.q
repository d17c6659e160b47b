q)/ $[x;y] is x$y (ref/mmu.md, cast.md); $[;y] is its projection, as mmu[;y] is
q)a:2 4#2 4 8 3 5 6 0 7f
q)b:4 3#"f"$til 12
q)$[a;b]
87 104 121
81 99  117
q)$[;b] each a
87 104 121
81 99  117
q)$[1 2 3f;4 5 6f]
32f
q)$["J";"42"]
42
q)$[;"42"] "H"
42h
q)/ Cond still needs three or more: an even count ends with the generic null
q)$[0b;1;0b;2]
q)$[1b;`yes;`no]
`yes
q)/ a composition has the rank of its last function: fewer arguments project it
q)f:{x+y}
q)c:('[neg;f])
q)p:c[1]
q)p 2
-3
q)c[;10] 5
-15
q)w:neg f::
q)m:w[100]
q)m 1
-101
q)/ a list of functions indexed at depth applies each to the rest of the path
q)(neg;abs)[;-3]
3 3
q)fs:({x*y};{x-y})
q)fs[;10;4]
40 6
q)gs:{(x+;x*)}
q)(gs 3;gs 10)[;;2]
5  6
12 20
q)(gs 3;gs 10)[;1;2]
6 20
q)/ \d takes a trailing comment, as the numeric settings do
q)\d .pa / the namespace of this test
q)v:42
q)\d .
q).pa.v
42
q)/ a symbol naming a function composes as the function does
q).pa.dbl:{2*x}
q)h:`.pa.dbl f::
q)h[1;2]
6
q)1 2 (`.pa.dbl f::)/ 10 20
84 88
