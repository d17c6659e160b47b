q)/ .Q.li adds partitions on disk to the open database (docs/ref/dotq.md#li, kdb+ output shown there)
q)`:db/2001.01.01/t/ set tt:.Q.en[`:db]([]sym:10?`A`B`C;time:10?.z.T;price:10?10f)
`:db/2001.01.01/t/
q)\l db
q)`:2001.01.02/t/`:2001.01.03/t/ set\:tt
`:2001.01.02/t/`:2001.01.03/t/
q)date
,2001.01.01
q).Q.li[2001.01.02];date
2001.01.01 2001.01.02
q).Q.li[2001.01.02 2001.01.03];select count i by date from t
date      | x
----------| --
2001.01.01| 10
2001.01.02| 10
2001.01.03| 10
q)/ .Q.lo[db;cd;scripts] loads a database, the directory left as it was when cd is 0 (docs/ref/dotq.md#lo)
q)\cd ..
q)`:db2/2023.02.01/trade/ set .Q.en[`:db2]([]sym:`C`B`C;price:6.5 9.5 2.5)
`:db2/2023.02.01/trade/
q)key`:db2/2023.02.01
,`trade
q).Q.lo[`:db2;0;0]
q)trade
date       sym price
--------------------
2023.02.01 C   6.5
2023.02.01 B   9.5
2023.02.01 C   2.5
q)key`:db2/2023.02.01
,`trade
q)select sum price by sym from trade
sym| price
---| -----
B  | 9.5
C  | 9
