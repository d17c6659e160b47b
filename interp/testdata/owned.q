q)/ insert by name grows the table in place while only the global holds it (DESIGN 3.4); a copy taken meanwhile must not change
q)t:([]a:`long$();b:`float$())
q)`t insert (1;2.0)
,0
q)`t insert (3 4;5 6f)
1 2
q)u:t
q)`t insert (9;9f)
,3
q)u
a b
---
1 2
3 5
4 6
q)count t
4
q)`t insert (7;`x)
'type
q)t
a b
---
1 2
3 5
4 6
9 9
q)do[1000;`t insert (1;2.0)]
q)count t
1004
q)v:t;do[3;`t insert (0;0f)];(count v;count t)
1004 1007
