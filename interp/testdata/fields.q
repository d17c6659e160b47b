q)/ x.f: fields reached through a name — temporal parts (docs/ref/cast.md#temporal,
q)/ docs/kb/programming-idioms.md), columns of tables, and foreign keys in qSQL
q)/ (docs/basics/joins.md#implicit-joins).
q)time:09:10:52.139
q)(time.hh;time.mm;time.ss)
9 10 52i
q)time.minute
09:10
q)time.second
09:10:52
q)`hh`uu`ss$03:55:58.11
3 55 58i
q)`mm$03:30:00.000
30i
q)x:2015.01.22
q)x.year
2015i
q)x.mm
1i
q)x.dd
22i
q)x.month
2015.01m
q)x.week
2015.01.19
q)`week$2015.01.19 2015.01.25 2000.01.01
2015.01.19 2015.01.19 1999.12.27
q)`year`dd`mm`hh`uu`ss$2015.10.28D03:55:58
2015 28 10 3 55 58i
q)p:2015.10.28D03:55:58.123456789
q)p.date
2015.10.28
q)p.time
03:55:58.123
q)p.mm
10i
q)p.minute
03:55
q)n:0D12:34:56.789
q)n.hh
12i
q)n.mm
34i
q)d:2024.01.02 2025.03.04
q)d.year
2024 2025i
q)d.month
2024.01 2025.03m
q)m:2014.02m
q)m.year
2014i
q)m.mm
2i
q)/ inside qSQL: select, exec, where and by (the column takes the field's name)
q)t:([]time:09:30:00.000 09:45:10.000 10:15:00.000;sym:`a`b`a;px:1 2 3f)
q)select time.hh from t
hh
--
9
9
10
q)exec time.minute from t
09:30 09:45 10:15
q)select sum px by time.hh from t
hh| px
--| --
9 | 3
10| 3
q)select from t where time.hh=9
time         sym px
-------------------
09:30:00.000 a   1
09:45:10.000 b   2
q)select n:count i by sym,time.hh from t
sym hh| n
------| -
a   9 | 1
a   10| 1
b   9 | 1
q)update h:time.hh from t
time         sym px h
----------------------
09:30:00.000 a   1  9
09:45:10.000 b   2  9
10:15:00.000 a   3  10
q)t.px
1 2 3f
q)/ foreign keys: s.name reaches the name column of the table s enumerates
q)s:([s:`s1`s2`s3`s4`s5]name:`smith`jones`blake`clark`adams;status:20 10 30 20 30;city:`london`paris`paris`london`athens)
q)sp:([]s:`s$`s1`s1`s1`s1`s4`s1`s2`s2`s3`s4`s4`s1;p:`p1`p2`p3`p4`p5`p6`p1`p2`p2`p2`p4`p5;qty:300 200 400 200 100 100 300 400 200 200 300 400)
q)select sname:s.name, qty from sp
sname qty
---------
smith 300
smith 200
smith 400
smith 200
clark 100
smith 100
jones 300
jones 400
blake 200
clark 200
clark 300
smith 400
q)emaster:([eid:1001 1002 1003 1004 1005] currency:`gbp`eur`eur`gbp`eur)
q)update eid:`emaster$1001 1002 1005 1004 1003 from `s
`s
q)select s.name, qty, s.eid.currency from sp
name  qty currency
------------------
smith 300 gbp
smith 200 gbp
smith 400 gbp
smith 200 gbp
clark 100 gbp
smith 100 gbp
jones 300 eur
jones 400 eur
blake 200 eur
clark 200 gbp
clark 300 gbp
smith 400 gbp
q)select sum qty by s.city from sp where s.status>10
city  | qty
------| ----
london| 2200
paris | 200
q)exec distinct s.name from sp where qty>300
`smith`jones
q)/ a column named by an assignment inside its expression (docs/kb/faq.md)
q)meta trade:([] stock:`$(); price:`float$(); `long$amount:(); `time$time:())
c     | t f a
------| -----
stock | s
price | f
amount| j
time  | t
q)/ an unnamed column is named after its leftmost term, else x (docs/basics/qsql.md)
q)t:([] c1:`a`b`c; c2:10 20 30; c3:1.1 2.2 3.3)
q)select c1, c1, 2*c2, c2+c3, string c3 from t
c1 c11 x  c2   c3
--------------------
a  a   20 11.1 "1.1"
b  b   40 22.2 "2.2"
c  c   60 33.3 "3.3"
q)cols select neg c3, c1 from t
`c3`c1
q)/ the fields of .z's clocks
q)type .z.d.year
-6h
q).z.D.month=`month$.z.D
1b
q)(`date$.z.p)=.z.p.date
1b
q)/ link columns: `t!indices, followed by dot notation (docs/kb/linking-columns.md)
q)t:([] id:101 102 103 104; v:1.1 2.2 3.3 4.4)
q)update parent:`t!id?101 101 102 102 from `t
`t
q)t
id  v   parent
--------------
101 1.1 0
102 2.2 0
103 3.3 1
104 4.4 1
q)exec f from meta t
```t
q)select id, parentid:parent.id from t
id  parentid
------------
101 101
102 101
103 102
104 102
q)sym:()
q)t1:([] c1:`sym?`c`b`a; c2: 10 20 30)
q)t2:([] c3:`sym?`a`b`a`c; c4: 1 2 3 4.)
q)update t1link:`t1!t1.c1?c3 from `t2
`t2
q)select c3, t1link.c2 from t2
c3 c2
-----
a  30
b  20
a  30
c  10
q)/ a link past the end of its table shows its index (docs/wp/foreign-keys.md: `financials!6 shows 6); following it gives nulls
q)l:([] id:101 102 103 104; v:1.1 2.2 3.3 4.4)
q)update parent:`l!id?101 101 102 109 from `l
`l
q)l
id  v   parent
--------------
101 1.1 0
102 2.2 0
103 3.3 1
104 4.4 4
q)exec parent.id from l
101 101 102 0N
