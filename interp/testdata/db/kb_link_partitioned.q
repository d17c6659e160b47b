q)/ docs/kb/linking-columns.md#partitioned-tables: a link column resolves within its own partition
q)t1:([] id:101 102 103; v:1.1 2.2 3.3)
q)t2:([] t1link:`t1!t1[`id]?103 101 101 102; n:10 20 30 40)
q)`:temp/db/2019.01.01/t1/ set t1
`:temp/db/2019.01.01/t1/
q)`:temp/db/2019.01.01/t2/ set t2
`:temp/db/2019.01.01/t2/
q)t1:([] id:104 105; v:4.4 5.5)
q)t2:([] t1link:`t1!t1[`id]?105 104 104; n:50 60 70)
q)`:temp/db/2019.01.02/t1/ set t1
`:temp/db/2019.01.02/t1/
q)`:temp/db/2019.01.02/t2/ set t2
`:temp/db/2019.01.02/t2/
q)delete t1,t2 from `.
`.
q)\l temp/db
q)select date,n,t1link.v from t2 where date within 2019.01.01 2019.01.02
date       n  v
-----------------
2019.01.01 10 3.3
2019.01.01 20 1.1
2019.01.01 30 1.1
2019.01.01 40 2.2
2019.01.02 50 5.5
2019.01.02 60 4.4
2019.01.02 70 4.4
q)/ the doc's second example links enumerated symbols (it writes ?c2 for ?c3)
q)t1:([] c1:`c`b`a; c2: 10 20 30)
q)`:../db2/2019.01.01/t1/ set .Q.en[`:../db2/; t1]
`:../db2/2019.01.01/t1/
q)t2:([] c3:`a`b`a`c; c4: 1. 2. 3. 4.)
q)`:../db2/2019.01.01/t2/ set .Q.en[`:../db2/; update t1link:`t1!t1[`c1]?c3 from t2]
`:../db2/2019.01.01/t2/
q)t1:([] c1:`d`a; c2: 40 50)
q)`:../db2/2019.01.02/t1/ set .Q.en[`:../db2/; t1]
`:../db2/2019.01.02/t1/
q)t2:([] c3:`d`a`d; c4:5. 6. 7.)
q)`:../db2/2019.01.02/t2/ set .Q.en[`:../db2/; update t1link:`t1!t1[`c1]?c3 from t2]
`:../db2/2019.01.02/t2/
q)delete t1,t2 from `.
`.
q)\l ../db2
q)select c3,t1link.c2,c4 from t2 where date within 2019.01.01 2019.01.02
c3 c2 c4
--------
a  30 1
b  20 2
a  30 3
c  10 4
d  40 5
a  50 6
d  40 7
q)/ a link into a partitioned table needs the table holding it partitioned too
q).Q.dd[`:../db1;`2022.01.01`ecfmapping`] set .Q.en[`:../db1] ([]firmName:enlist "DUMMY")
`:../db1/2022.01.01/ecfmapping/
q)\l ../db1
q)select ecfmap.firmName from ([id:1 2];ecfmap:`ecfmapping!1 1)
'par
q)/ docs/ref/dotq.md#qp-is-partitioned: 1b for a partitioned table, 0 for a selection from it
q).Q.qp ecfmapping
1b
q).Q.qp select from ecfmapping
0
