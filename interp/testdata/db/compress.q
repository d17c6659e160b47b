q)/ docs/kb/file-compression.md and docs/basics/internal.md#-21x, random data fixed
q)`:a set til 10000
`:a
q)(`:za;17;2;9)set get`:a
`:za
q)get[`:a]~get`:za
1b
q){get[`:a]~get x set get`:a}each((`:z1;17;1;0);(`:z3;17;3;0);(`:z4;17;4;12);(`:z5;17;5;3))
1111b
q)1_-21!`:z4
uncompressedLength| 80016
algorithm         | 4i
logicalBlockSize  | 17i
zipLevel          | 12i
q)-21!`:a
q)count -21!`:a
0
q)hcount `:za
80016
q)(`:zippedTest;17;2;6) set til 100000
`:zippedTest
q)`:zippedTest upsert til 100000
`:zippedTest
q)(-21!`:zippedTest)`uncompressedLength`algorithm`logicalBlockSize`zipLevel
1600016
2i
17i
6i
q)count get`:zippedTest
200000
q)(`:bad;12;9;0) set 1 2
'domain
q)/ compression by default, a compressed splay, and a partitioned table read through it
q).z.zd:17 2 6
q)t:([]sym:`ibm`msft`ibm`goog;price:1 2 3 4f;size:10 20 30 40;note:(enlist"a";"bb";"";"ccc"))
q){.Q.dpft[`:db;x;`sym;`t]}each 2026.01.01 2026.01.02
`t`t
q)\x .z.zd
q)(-21!`:db/2026.01.02/t/price)`algorithm
2i
q)count -21!`:db/2026.01.02/t/.d
0
q)\l db
q)select sum size,first note by date from t
date      | size note
----------| ----------
2026.01.01| 100  "ccc"
2026.01.02| 100  "ccc"
q)select from t where date=2026.01.02,price>2
date       sym  price size note
--------------------------------
2026.01.02 goog 4     40   "ccc"
2026.01.02 ibm  3     30   ""
q)show dic:``a`b!(17 5 3;17 2 6;17 2 6)
 | 17 5 3
a| 17 2 6
b| 17 2 6
q)(`:../zt/;dic) set ([]a:til 10;b:10#1.5;c:`sym?10#`x)
`:../zt/
q)(-21!`:../zt/a)`algorithm
2i
q)(-21!`:../zt/c)`algorithm
5i
