q)/ update ... by computes each group over its own rows; the table updated is a copy
q)t:([]s:`a`b`a`b`c;p:1 2 3 4 5)
q)update d:deltas p by s from t
s p d
-----
a 1 1
b 2 2
a 3 2
b 4 2
c 5 5
q)update p:10*p by s from t where p>1
s p 
----
a 1 
b 20
a 30
b 40
c 50
q)update q:sum p,r:count i by s from t
s p q r
-------
a 1 4 2
b 2 6 2
a 3 4 2
b 4 6 2
c 5 5 1
q)t
s p
---
a 1
b 2
a 3
b 4
c 5
q)update p:p-first p by s from `t
`t
q)t
s p
---
a 0
b 0
a 2
b 2
c 0
