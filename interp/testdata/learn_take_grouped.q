q)/ a table x takes from any dictionary keyed by a table's rows, as from a keyed table (docs/ref/take.md): the groups of a table, in the order x gives
q)t:([]d:2024.01.02 2024.01.01 2024.01.02;v:10 20 30)
q)g:group `d#t
q)value g
0 2
,1
q)r:(asc key g)#g
q)key r
d         
----------
2024.01.01
2024.01.02
q)value r
,1
0 2
q)value ([]d:enlist 2024.01.02)#g
0 2
q)kt:([k:1 2 3]v:10 20 30)
q)([]k:3 1)#kt
k| v 
-| --
3| 30
1| 10
