q)/ table keywords: insert, upsert, meta, tables, keys, xkey, xasc, xcols, xgroup, ungroup, ! and , on tables.
q)/ Inputs and outputs are the console examples of KxSystems/docs (kdb+ 4.1); where the docs load a
q)/ script (trade.q, sp.q) the tables are built inline with the values the docs show.
q)/ docs/ref/tables.md
q)p:([]p:`p1`p2;color:`red`green)
q)s:([]s:`s1`s2;city:`london`paris)
q)sp:([]s:`s1`s2;p:`p1`p2;qty:300 200)
q)tables `.
`p`s`sp
q)tables[]
`p`s`sp
q).work.tab:sp
q)tables `.work
,`tab
q)/ docs/ref/insert.md
q)show x:([a:`x`y];b:10 20)
a| b
-| --
x| 10
y| 20
q)`x insert (`z;30)
,2
q)x
a| b
-| --
x| 10
y| 20
z| 30
q)tnew
'tnew
q)`tnew insert ([c1:`a`b];c2:10 20)
0 1
q)tnew
c1| c2
--| --
a | 10
b | 20
q)`x insert (`z;30)
'insert
q)`x insert (`s`t;40 50)
3 4
q)x
a| b
-| --
x| 10
y| 20
z| 30
s| 40
t| 50
q)meta u:([] name:(); age:())
c   | t f a
----| -----
name|
age |
q)`u insert (`tom`dick;30 40)
0 1
q)meta u
c   | t f a
----| -----
name| s
age | j
q)/ docs/ref/upsert.md
q)t:([]name:`tom`dick`harry;age:28 29 30;sex:`M)
q)t upsert (`dick;49;`M)
name  age sex
-------------
tom   28  M
dick  29  M
harry 30  M
dick  49  M
q)t upsert((`dick;49;`M);(`jane;23;`F))
name  age sex
-------------
tom   28  M
dick  29  M
harry 30  M
dick  49  M
jane  23  F
q)`t upsert ([]age:49 23;name:`dick`jane)
`t
q)t
name  age sex
-------------
tom   28  M
dick  29  M
harry 30  M
dick  49
jane  23
q)/ the docs show a keyed a (their input says ([]s:..), their output is keyed)
q)show a:([s:`q`w`e]r:1 2 3;u:5 6 7)
s| r u
-| ---
q| 1 5
w| 2 6
e| 3 7
q)a upsert (`e;30;70)
s| r  u
-| -----
q| 1  5
w| 2  6
e| 30 70
q)a upsert ((`e;30;70);(`r;40;80))
s| r  u
-| -----
q| 1  5
w| 2  6
e| 30 70
r| 40 80
q)a upsert ([s:`e`r`q]r:30 4 10;u:70 8 50)
s| r  u
-| -----
q| 10 50
w| 2  6
e| 30 70
r| 4  8
q)`a upsert ([s:`e`r`q]r:30 4 10;u:70 8 50)
`a
q)/ docs/ref/meta.md
q)show u:([] code:`F1; vr:(enlist 2.3))
code vr
--------
F1   2.3
q)meta u
c   | t f a
----| -----
code| s
vr  | f
q)show v:([] code:`F2; vr:(enlist (5.4; 43.2)))
code vr
-------------
F2   5.4 43.2
q)meta v
c   | t f a
----| -----
code| s
vr  | F
q)trade:([]time:enlist 09:30:00.000;sym:enlist`a;price:enlist 10.75;size:enlist 100i)
q)show meta trade
c    | t f a
-----| -----
time | t
sym  | s
price| f
size | i
q)show meta `trade
c    | t f a
-----| -----
time | t
sym  | s
price| f
size | i
q)`sym xasc`trade;
q)show meta trade
c    | t f a
-----| -----
time | t
sym  | s   s
price| f
size | i
q)/ docs/ref/keys.md
q)keys trade
`symbol$()
q)keys`trade
`symbol$()
q)`sym xkey trade
sym| time         price size
---| -----------------------
a  | 09:30:00.000 10.75 100
q)keys trade
`symbol$()
q)`sym xkey `trade
`trade
q)keys trade
,`sym
q)keys`trade
,`sym
q)/ docs/ref/cols.md
q)t:([]a:3 4 5; b:6 7 8; c:`z`u`i)
q)`d`e xcol t
d e c
-----
3 6 z
4 7 u
5 8 i
q)`b xcols t
b a c
-----
6 3 z
7 4 u
8 5 i
q)t:xcols[reverse cols t;t]
q)cols t
`c`b`a
q)/ docs/ref/xgroup.md
q)`a`b xgroup ([]a:0 0 1 1 2;b:`a`a`c`d`e;c:til 5)
a b| c
---| ---
0 a| 0 1
1 c| ,2
1 d| ,3
2 e| ,4
q)/ docs/ref/ungroup.md
q)p:((enlist 2);5 7 11;13 17)
q)r:((enlist"A");"CDE";"FG")
q)show t:([]s:`a`b`c;p;q:10 20 30;r)
s p      q  r
-----------------
a ,2     10 ,"A"
b 5 7 11 20 "CDE"
c 13 17  30 "FG"
q)ungroup t
s p  q  r
---------
a 2  10 A
b 5  20 C
b 7  20 D
b 11 20 E
c 13 30 F
c 17 30 G
q)/ docs/ref/enkey.md
q)t:([]a:1 2 3;b:10 20 30;c:`x`y`z)
q)2!t
a b | c
----| -
1 10| x
2 20| y
3 30| z
q)t:([a:1 2 3]b:10 20 30;c:`x`y`z)
q)0!t
a b  c
------
1 10 x
2 20 y
3 30 z
q)/ docs/ref/join.md
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
q)t:([k:`a`b]a:1 2;b:3 4)
q)t,:((`c;5;6);(`d;7;8))
q)t
k| a b
-| ---
a| 1 3
b| 2 4
c| 5 6
d| 7 8
