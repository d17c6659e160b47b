q)/ `s, `u and `g are preserved on append in memory, if possible (docs/ref/set-attribute.md): an insert of a new item into a `u# column keeps it, growing the column in place by the column's hash; an item the column has drops it. A value taken before keeps its rows.
q)t:([]a:`u#0#0;b:0#0f)
q)i:0;do[100;`t insert (i;2f);i+:1]
q)attr t`a
`u
q)t2:t
q)`t insert (100;3f)
,100
q)count t2
100
q)t[`a]?100 7
100 7
q)select from t where a=99
a  b
----
99 2
q)`t insert (5;1f)
,101
q)attr t`a
`
q)count t
102
q)t[`a]?5
5
q)v:`u#`a`b
q)v,:`c
q)attr v
`u
q)w:v
q)v,:`d`e
q)attr v
`u
q)v?`e`b
4 1
q)v,:`a
q)attr v
`
q)v
`a`b`c`d`e`a
q)w
`u#`a`b`c
q)s:`u#`x`y
q)s,:`y`z
q)attr s
`
q)g:([]s:`g#`symbol$();p:`float$())
q){`g insert (x;1f)} each `a`b`a`c;
q)attr g`s
`g
q)select from g where s=`a
s p
---
a 1
a 1
