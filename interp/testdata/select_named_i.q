q)/ a column written name:expr keeps its name, even i:i, the virtual
q)/ column named i; unnamed, i gives the column the name x
q)t:([]p:0 0 1;s:1 2 3)
q)select i:i,p from t
i p
---
0 0
1 0
2 1
q)select i,p from t
x p
---
0 0
1 0
2 1
q)update i:i from t
p s i
-----
0 1 0
0 2 1
1 3 2
q)exec a:p from t
a| 0 0 1
