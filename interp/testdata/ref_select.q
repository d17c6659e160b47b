q)/ examples from KxSystems/docs docs/ref/select.md, with the kdb+ output shown there
q)tbl:([] id:1 1 2 2 2;val:100 200 300 400 500)
q)select from tbl
id val
------
1  100
1  200
2  300
2  400
2  500
q)t:([] c1:`a`b`c; c2:10 20 30; c3:1.1 2.2 3.3)
q)select c3, c1 from t
c3  c1
------
1.1 a
2.2 b
3.3 c
q)select from t
c1 c2 c3
---------
a  10 1.1
b  20 2.2
c  30 3.3
q)k:`a`b`a`b`c
q)v:10 20 30 40 50
q)select c2 by c1 from ([]c1:k;c2:v)
c1| c2
--| -----
a | 10 30
b | 20 40
c | ,50
q)v group k   / compare the group keyword
a| 10 30
b| 20 40
c| ,50
q)ungroup select c2 by c1 from ([]c1:k;c2:v)
c1 c2
-----
a  10
a  30
b  20
b  40
c  50
q)t:([] name:`tom`dick`harry`jack`jill;sex:`m`m`m`m`f;eye:`blue`green`blue`blue`gray)
q)t
name  sex eye
---------------
tom   m   blue
dick  m   green
harry m   blue
jack  m   blue
jill  f   gray
q)select name,eye by sex from t
sex| name                 eye
---| ------------------------------------------
f  | ,`jill               ,`gray
m  | `tom`dick`harry`jack `blue`green`blue`blue
q)select name by sex,eye from t
sex eye  | name
---------| ---------------
f   gray | ,`jill
m   blue | `tom`harry`jack
m   green| ,`dick
q)select by sex from t
sex| name eye
---| ---------
f  | jill gray
m  | jack blue
