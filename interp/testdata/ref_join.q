q)/ examples from KxSystems/docs docs/ref/join.md, with the kdb+ output shown there
q)1 2 3,4
1 2 3 4
q)1 2,3 4
1 2 3 4
q)(0;1 2.5;01b),(`a;"abc")
0
1 2.5
01b
`a
"abc"
q)1 2.4 5,-7.9 10               /float vectors
1 2.4 5 -7.9 10
q)1 2.4 5,-7.9                  /float vector and atom
1 2.4 5 -7.9
q)1 2.4 5, -7.9 10e             /float and real vectors
1f
2.4
5f
-7.9e
10e
q)v:1 2.34 -567.1 20e
q)v,(type v)$789                / cast an int to a real
1 2.34 -567.1 20 789e
q)v,(type v)$1b                 / cast a boolean to a real
1 2.34 -567.1 20 1e
q)v,(type v)$0xab
1 2.34 -567.1 20 171e
q)sym:`a`b
q)sym2:`c`d
q)(`a`b`c!1 2 3),`c`d!4 5
a| 1
b| 2
c| 4
d| 5
q)t:([]a:1 2 3;b:`a`b`c)
q)s:([]a:10 11;b:`d`e)
q)show t,s
a  b
----
1  a
2  b
3  c
10 d
11 e
q)r:([]c:10 20 30;d:1.2 3.4 5.6)
q)s:1 2 3
q)s,:4
q)s
1 2 3 4
q)s:([a:1;b:2])
q)t:([]a:1 2i;b:3 4f)
q)t,:([]a:5 6i;b:7 8f)
q)t
a b
---
1 3
2 4
5 7
6 8
q)s:(::;3;4)
q)s,:5f
q)s
::
3
4
5f
q)s:enlist 1 2 3    / rank 2
q)s,4 5 6           / rank 1
1 2 3
4
5
6
q)s,:4 5 6
q)sym:`a`b
q)s:`a`c
q)t:([]a:1 2;b:3 4)
q)t,:5 6
q)t,:(7 8;9 10)
q)t
a b
----
1 3
2 4
5 6
7 8
9 10
q)t:([]a:1 2;b:3 4)
q)t,:([]b:6 7)
q)t:([k:`a`b]a:1 2;b:3 4)
q)t,:([k:`c`d`f]a:10 11 12)
q)/ x,:y with y one rank below x appends y whole (docs/ref/join.md)
q)s:(::;3;4)
q)s,:5f
q)s
::
3
4
5f
q)s:enlist 1 2 3
q)s,4 5 6
1 2 3
4
5
6
q)s,:4 5 6
q)s
1 2 3
4 5 6
