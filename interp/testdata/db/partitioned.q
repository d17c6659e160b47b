q)/ a date-partitioned database of three days (docs/kb/partition.md, docs/ref/dotq.md)
q)t:([]sym:`ibm`msft`ibm`goog;price:1 2 3 4f;size:10 20 30 40)
q){.Q.dpft[`:db;x;`sym;`t]}each 2026.01.01 2026.01.02 2026.01.03
`t`t`t
q)\l db
q).Q.pn
t|
q)count t
12
q)select count i by date from t
date      | x
----------| -
2026.01.01| 4
2026.01.02| 4
2026.01.03| 4
q)/ i numbers the rows within each partition
q)select from t where date=2026.01.02,i<2
date       sym  price size
--------------------------
2026.01.02 goog 4     40
2026.01.02 ibm  1     10
q)select sum size,max price by sym from t where date within 2026.01.02 2026.01.03
sym | size price
----| ----------
goog| 80   4
ibm | 80   3
msft| 40   2
q)exec count i from t where date>2026.01.01
8
q)select first sym,last size by date from t
date      | sym  size
----------| ---------
2026.01.01| goog 20
2026.01.02| goog 20
2026.01.03| goog 20
q)select avg price,sum size from t where sym=`ibm
price size
----------
2     120
q).Q.ind[t;0 5 11]
date       sym  price size
--------------------------
2026.01.01 goog 4     40
2026.01.02 ibm  1     10
2026.01.03 msft 2     20
q)select from t where date=2025.12.31
date sym price size
-------------------
q)cols t
`date`sym`price`size
q)exec c from meta t
`date`sym`price`size
q)exec t from meta t
"dsfj"
q).Q.pf
`date
q).Q.pv
2026.01.01 2026.01.02 2026.01.03
q).Q.PD
`:.`:.`:.
q).Q.cn t
4 4 4
q).Q.pn
t| 4 4 4
q).Q.u
1b
q)date
2026.01.01 2026.01.02 2026.01.03
q)/ a column file missing from a partition
q)hdel `:2026.01.03/t/price
`:2026.01.03/t/price
q)select price from t where date=2026.01.03
'./2026.01.03/t/price. OS reports: No such file or directory
q)select size from t where date=2026.01.03
size
----
40
10
30
20
q)/ a .d that is not a symbol list
q)`:2026.01.03/t/.d set 1 2 3
`:2026.01.03/t/.d
q)\l .
'./2026.01.03/t/.d: type
q)`:2026.01.03/t/.d set `sym`price`size
`:2026.01.03/t/.d
q)/ a partition that is not a directory
q)`:2026.01.04 set 1 2
`:2026.01.04
q)\l .
'./2026.01.04. OS reports: Not a directory
