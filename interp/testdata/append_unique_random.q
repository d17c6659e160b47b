q)/ unique columns grown in random order: the index holds one position per integer item; lookups through a reader, a duplicate dropping u#
q)p:5 3 9 1 7
q)t:([]a:`u#0#0;b:0#0f);i:0;do[5;`t insert (p i;2f);i+:1]
q)attr t`a
`u
q)r:t
q)`t insert (4;1f)
,5
q)select from t where a=4
a b
---
4 1
q)select from r where a=4
a b
---
q)4 9 100 in t`a
110b
q)(t`a)?9 4 100
2 5 6
q)`t insert (9;1f)
,6
q)attr t`a
`
q)(t`a)?9 4 100
2 5 7
q)x:`u#3 1 2
q)x,:0
q)x?0 2 5
3 2 4
q)x,:1
q)attr x
`
q)x?1
1
q)h:`u#`short$3 1 2
q)h,:5h
q)h?5 2 7h
3 2 4
