q)/ k[x;y] of a keyword is x k y (docs/ref/insert.md: insert[`t;r]), also through a name bound to the keyword (kdb-tick's upd:insert); an elided argument projects; a global of the keyword's name is not the keyword
q)t:([]a:`int$();b:`float$())
q)insert[`t;(1i;2f)]
,0
q)upd:insert
q)upd[`t;(3i;4f)]
,1
q)upd[`t;(5i;`x)]
'type
q)ins:insert[`t;]
q)ins (6i;7f)
,2
q)t
a b
---
1 2
3 4
6 7
q)except[1 2 3;2]
1 3
q)f:{[x;y] within[x;y]}
q)f[5;1 10]
1b
q)sv[",";("ab";"cd")]
"ab,cd"
