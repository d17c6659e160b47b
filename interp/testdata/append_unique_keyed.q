q)/ unique columns and keyed tables grown a record at a time: ascending keys (no hash probe), keys out of order, duplicates, nulls, readers
q)t:([]a:`u#0#0;b:0#0f)
q)`t insert (3;1f)
,0
q)`t insert (5;2f)
,1
q)attr t`a
`u
q)`t insert (9;3f)
,2
q)t
a b
---
3 1
5 2
9 3
q)r:t
q)`t insert (4;4f)
,3
q)attr t`a
`u
q)`t insert (10;5f)
,4
q)attr t`a
`u
q)`t insert (9;6f)
,5
q)attr t`a
`
q)t
a  b
----
3  1
5  2
9  3
4  4
10 5
9  6
q)r
a b
---
3 1
5 2
9 3
q)`u#1 2 1
'u-fail
q)u:([]a:`u#`int$();b:`float$())
q)`u insert (1i;1f)
,0
q)`u insert (2i;1f)
,1
q)`u insert (1i;1f)
,2
q)attr u`a
`
q)w:([]a:`u#0#0;b:0#0f)
q)`w insert (0N;1f)
,0
q)`w insert (-5;1f)
,1
q)`w insert (0N;1f)
,2
q)attr w`a
`
q)x:`u#0#0
q)x,:1
q)x,:2
q)x,:2
q)attr x
`
q)x
1 2 2
q)kt:([k:`long$()] v:`float$())
q)`kt upsert (1;1f)
`kt
q)`kt upsert (2;2f)
`kt
q)`kt upsert (3;3f)
`kt
q)s:kt
q)`kt upsert (2;20f)
`kt
q)`kt upsert (0N;7f)
`kt
q)`kt upsert (0N;8f)
`kt
q)`kt upsert (4;4f)
`kt
q)kt
k| v 
-| --
1| 1 
2| 20
3| 3 
 | 8 
4| 4 
q)s
k| v
-| -
1| 1
2| 2
3| 3
q)`kt upsert ([k:5 6 5 7] v:1 2 3 4f)
`kt
q)kt
k| v 
-| --
1| 1 
2| 20
3| 3 
 | 8 
4| 4 
5| 1 
6| 2 
5| 3 
7| 4 
q)count kt
9
q)kt 5
v| 1
q)`kt insert (5;9f)
'insert
q)`kt insert (8;9f)
,9
q)kt 8
v| 9
q)ks:([k:`short$()] v:`float$())
q)`ks upsert (1h;1f)
`ks
q)`ks upsert (3h;2f)
`ks
q)`ks upsert (2h;3f)
`ks
q)`ks upsert (3h;4f)
`ks
q)ks
k| v
-| -
1| 1
3| 4
2| 3
q)kj:([k:`int$()] v:`float$())
q)kj,:(1i;1f)
q)kj,:(2i;2f)
q)kj,:(1i;3f)
q)kj
k| v
-| -
1| 3
2| 2
q)km:([k:`month$()] v:`float$())
q)`km upsert (2000.01m;1f)
`km
q)`km upsert (2000.02m;1f)
`km
q)`km upsert (2000.01m;5f)
`km
q)km
k      | v
-------| -
2000.01| 5
2000.02| 1
