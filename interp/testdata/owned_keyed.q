q)/ upsert, insert and ,: of one record into a keyed table grow it in place (owned_keyed.go), with q's meaning kept: a new key appends a row, an existing key's row takes the record's values (docs/ref/upsert.md), insert refuses a key the table has, and a value taken before keeps its rows
q)kt:([k:`long$()] v:`float$())
q)`kt upsert (1;10f)
`kt
q)`kt upsert (2;20f)
`kt
q)a:kt
q)`kt upsert (1;11f)
`kt
q)`kt upsert (3;30f)
`kt
q)a
k| v 
-| --
1| 10
2| 20
q)kt
k| v 
-| --
1| 11
2| 20
3| 30
q)b:kt
q)`kt upsert (2;22f)
`kt
q)`kt upsert (2;23f)
`kt
q)(b[2]`v;kt[2]`v)
20 23f
q)`kt insert (4;40f)
,3
q)`kt insert (4;41f)
'insert
q)kt 4
v| 40
q)count kt
4
q)/ a long into a float column is 'type, as a join would have it
q)`kt upsert (5;50)
'type
q)kt,:(1;12f)
q)kt,:(9;90f)
q)c:kt
q)kt,:(9;91f)
q)(c[9]`v;kt[9]`v)
90 91f
q)kt
k| v 
-| --
1| 12
2| 23
3| 30
4| 40
9| 91
q)/ symbol keys, several value columns, in a loop
q)q:([s:`symbol$()] p:`float$(); n:`long$())
q)upd:{x upsert y}
q){upd[`q;(x;1f*y;y)]}'[`a`bb`a`ccc`bb;1 2 3 4 5];
q)q
s  | p n
---| ---
a  | 3 3
bb | 5 5
ccc| 4 4
q)i:0
q)do[1000;`q upsert (`$"s",string i mod 7;1f*i;i);i+:1]
q)count q
10
q)q`s6
p| 993f
n| 993
q)/ a local keyed table grows the same way; the caller's table is its own
q)f:{r:x;do[3;r,:(y;2f)];r,:(5;6f);r}
q)x0:([k:1 2] v:3 4f)
q)f[x0;7]
k| v
-| -
1| 3
2| 4
7| 2
5| 6
q)x0
k| v
-| -
1| 3
2| 4
q)/ docs/ref/join.md: append upserts records into a keyed table
q)t:([k:`a`b]a:1 2;b:3 4)
q)t,:((`c;5;6);(`d;7;8))
q)t,:([k:`e;a:1;b:3])
q)t,:(`g;9;9)
q)t,:(`a;0;0)
q)t
k| a b
-| ---
a| 0 0
b| 2 4
c| 5 6
d| 7 8
e| 1 3
g| 9 9
q)t,:([k:`c`d`f]a:10 11 12)
q)t
k| a  b
-| ----
a| 0  0
b| 2  4
c| 10 6
d| 11 8
e| 1  3
g| 9  9
f| 12
q)/ a table of the keyed table's columns, keyed or not, is upserted row by row (docs/ref/upsert.md): a key it had takes the row's values, a new key is appended
q)lt:([s:`symbol$()] p:`float$(); n:`long$())
q)`lt upsert ([s:`a`b] p:1 2f; n:1 2)
`lt
q)m:lt
q)`lt upsert ([]s:`b`c; p:3 4f; n:3 4)
`lt
q)`lt upsert ([s:`a`b] p:6 7f; n:6 7)
`lt
q)lt
s| p n
-| ---
a| 6 6
b| 7 7
c| 4 4
q)m
s| p n
-| ---
a| 1 1
b| 2 2
q)lt,:([s:`d`a] p:8 9f; n:8 9)
q)lt
s| p n
-| ---
a| 9 9
b| 7 7
c| 4 4
d| 8 8
q)`lt upsert ([s:`e] p:enlist 1i; n:enlist 1)
'type
