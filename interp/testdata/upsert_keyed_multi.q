q)/ tables keyed by several columns upserted a record at a time in place (owned_keys.go): new and existing keys, nulls, batches with repeated keys, insert, readers, mixed key types, wrong types falling back
q)kt:([a:`long$();b:`symbol$()] v:`float$())
q)`kt upsert (1;`x;1f)
`kt
q)`kt upsert (1;`y;2f)
`kt
q)`kt upsert (2;`x;3f)
`kt
q)r:kt
q)`kt upsert (1;`x;10f)
`kt
q)kt
a b| v 
---| --
1 x| 10
1 y| 2 
2 x| 3 
q)r
a b| v
---| -
1 x| 1
1 y| 2
2 x| 3
q)`kt upsert (0N;`;5f)
`kt
q)`kt upsert (0N;`;6f)
`kt
q)kt
a b| v 
---| --
1 x| 10
1 y| 2 
2 x| 3 
   | 6 
q)`kt upsert ([a:3 1 3;b:`z`y`z] v:7 8 9f)
`kt
q)kt
a b| v 
---| --
1 x| 10
1 y| 8 
2 x| 3 
   | 6 
3 z| 7 
3 z| 9 
q)`kt upsert ([]a:4 4;b:`q`q;v:1 2f)
`kt
q)kt
a b| v 
---| --
1 x| 10
1 y| 8 
2 x| 3 
   | 6 
3 z| 7 
3 z| 9 
4 q| 1 
4 q| 2 
q)count kt
8
q)kt[(1;`y)]
v| 8
q)kt (3;`z)
v| 7
q)`kt insert (1;`x;0f)
'insert
q)`kt insert (5;`w;0f)
,8
q)kt (5;`w)
v| 0
q)kt,:(6;`w;1f)
q)kt,:(6;`w;2f)
q)kt
a b| v 
---| --
1 x| 10
1 y| 8 
2 x| 3 
   | 6 
3 z| 7 
3 z| 9 
4 q| 1 
4 q| 2 
5 w| 0 
6 w| 2 
q)`kt upsert (1;2;3f)
'type
q)`kt upsert (1i;`x;3f)
`kt
q)kt
a b| v
---| -
1 x| 3
1 y| 8
2 x| 3
   | 6
3 z| 7
3 z| 9
4 q| 1
4 q| 2
5 w| 0
6 w| 2
q)d:([d:`date$();c:`char$();g:`boolean$()] n:`int$())
q)`d upsert (2000.01.01;"a";1b;1i)
`d
q)`d upsert (2000.01.01;"a";0b;2i)
`d
q)`d upsert (2000.01.01;"a";1b;3i)
`d
q)`d upsert (2000.01.02;"b";1b;4i)
`d
q)d
d          c g| n
--------------| -
2000.01.01 a 1| 3
2000.01.01 a 0| 2
2000.01.02 b 1| 4
q)f:{`kt upsert x}
q)f (7;`v;1f)
`kt
q)f (7;`v;2f)
`kt
q)kt (7;`v)
v| 2
q)u:([a:`long$();b:`long$();c:`short$()] v:`float$())
q)i:0;do[1000;`u upsert (i mod 10;i mod 7;`short$i mod 3;`float$i);i+:1]
q)count u
210
q)u (3;4;1h)
v| 823
q)sum u`v
'length
