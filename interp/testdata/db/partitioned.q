q)/ a date-partitioned database of three days (docs/kb/partition.md, docs/ref/dotq.md)
q)t:([]sym:`ibm`msft`ibm`goog;price:1 2 3 4f;size:10 20 30 40)
q){.Q.dpft[`:db;x;`sym;`t]}each 2026.01.01 2026.01.02 2026.01.03
`t`t`t
q)\l db
q).Q.pn
t|
q)count t
12
q)/ outside qSQL a partitioned table's rows cannot be reached
q)first t
'par
q)t 0
'par
q)2#t
'par
q)select count i by date from t
date      | x
----------| -
2026.01.01| 4
2026.01.02| 4
2026.01.03| 4
q)select n:count i,f:first i,l:last i,avg price by date from t where size>15,date>2026.01.01
date      | n f l price
----------| -----------
2026.01.02| 3 0 3 3
2026.01.03| 3 0 3 3
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
q)select from t where date in 2026.01.01 2026.01.03,sym=`msft
date       sym  price size
--------------------------
2026.01.01 msft 2     20
2026.01.03 msft 2     20
q)?[t;enlist(in;`sym;enlist`ibm`goog);(enlist`date)!enlist`date;(enlist`n)!enlist(count;`i)]
date      | n
----------| -
2026.01.01| 3
2026.01.02| 3
2026.01.03| 3
q)select max price by date,sym from t where sym in `ibm`msft,date<2026.01.03
date       sym | price
---------------| -----
2026.01.01 ibm | 3
2026.01.01 msft| 2
2026.01.02 ibm | 3
2026.01.02 msft| 2
q)/ the extra-argument forms of select are not for a partitioned table (docs/ref/flip-splayed.md)
q)select[-2] from t
'nyi
q)select[>price] from t
'nyi
q)exec sum size by date from t
2026.01.01| 100
2026.01.02| 100
2026.01.03| 100
q)select count distinct sym by date.month from t
month  | sym
-------| ---
2026.01| 3
q)select from t where date=last date
date       sym  price size
--------------------------
2026.01.03 goog 4     40
2026.01.03 ibm  1     10
2026.01.03 ibm  3     30
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
