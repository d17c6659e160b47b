q)/ examples from KxSystems/docs docs/basics/qsql.md, with the kdb+ output shown there
q)t1:t2:([]a:1 2;b:3 4)
q)update a:neg a from t1
a  b
----
-1 3
-2 4
q)t1~t2   / t1 unchanged
1b
q)update a:neg a from `t1
`t1
q)t1~t2   / t1 changed
0b
q)args:{(value x)1}
q){select from ([]a:0 1;b:2 3) where a=x,b=y}[0;2]
'rank
q){[x;y]select from ([]a:0 1;b:2 3) where a=x,b=y}[0;2]
a b
---
0 2
q)t:([] c1:`a`b`c; c2:10 20 30; c3:1.1 2.2 3.3)
q)select c1, c3*2 from t
c1 c3
------
a  2.2
b  4.4
c  6.6
q)select c1, dbl:c3*2 from t
c1 dbl
------
a  2.2
b  4.4
c  6.6
q)select c1, c1, 2*c2, c2+c3, string c3 from t
c1 c11 x  c2   c3
--------------------
a  a   20 11.1 "1.1"
b  b   40 22.2 "2.2"
c  c   60 33.3 "3.3"
q)select from t where i in 0 2
c1 c2 c3
---------
a  10 1.1
c  30 3.3
q)select from t where 101b
c1 c2 c3
---------
a  10 1.1
c  30 3.3
q)select from t where c2>15,c3<3.0
c1 c2 c3
---------
b  20 2.2
q)select from t where (c2>15) and c3<3.0
c1 c2 c3
---------
b  20 2.2
q)select sum a from ([]a:1 2 3)
a
-
6
q)select {(),sum x}a from ([]a:1 2 3)
a
-
6
q)u:([]a:raze ("ref/";"kb/"),\:/:"abc"; b:til 6)
q)select from u where a like {$[x;"ref/*";"kb/*"]}1b
a       b
---------
"ref/a" 0
"ref/b" 2
"ref/c" 4
q)f:{[x] x+42}
q)myquery:{[tbl; amt] select stock, time from tbl where amount > amt}
