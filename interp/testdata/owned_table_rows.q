q)/ upsert and ,: of a table with the table's columns append its rows (docs/ref/upsert.md, docs/ref/join.md), growing the columns in place: a value taken before keeps its rows
q)t:([]a:`long$();b:`float$())
q)x:([]a:1 2;b:3 4f)
q)`t upsert x
`t
q)u:t
q)`t upsert x
`t
q)t,:([]a:5 6;b:7 8f)
q)v:t
q)t,:x
q)(count u;count v)
2 6
q)t
a b
---
1 3
2 4
1 3
2 4
5 7
6 8
1 3
2 4
q)do[1000;`t upsert x]
q)do[1000;t,:x]
q)count t
4008
q)`t upsert ([]b:9 10f;a:9 10)
`t
q)-2#t
a  b 
-----
9  9 
10 10
q)count t upsert x
4012
q)count t
4010
q)w:t
q)`t upsert t
`t
q)count each (w;t)
4010 8020
