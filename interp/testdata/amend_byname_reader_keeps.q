q)/ @[`v;i;f;y] and .[`v;(i;j);f;y] amend the global item by item; a value taken from v before keeps what it held, a view on v sees each change
q)v:til 5
q)w:v
q)@[`v;0;:;100]
`v
q)@[`v;1;:;101]
`v
q)x:v
q)@[`v;2;:;102]
`v
q)@[`v;3;+;1000]
`v
q)w
0 1 2 3 4
q)x
100 101 2 3 4
q)v
100 101 102 1003 4
q)s::sum v
q)s
1310
q)@[`v;4;:;0]
`v
q)s
1306
q)L:(1 2;3 4;5 6)
q)M:L
q).[`L;1 0;:;30]
`L
q).[`L;1 1;:;40]
`L
q)r:L 1
q).[`L;1 0;+;1]
`L
q)M 1
3 4
q)r
30 40
q)L 1
31 40
q)L 0
1 2
